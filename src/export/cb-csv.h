/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-hours.h"
#include "cb-practice.h"

G_BEGIN_DECLS

/* Comma-separated values (RFC 4180) for a spreadsheet: UTF-8 without a
 * byte order mark (LibreOffice Calc asks for the character set when it
 * opens a CSV file, and offers UTF-8), fields separated by commas, records
 * ended by CRLF, a field quoted when it holds a comma, a double quote, a
 * line break or leading or trailing space, a double quote inside doubled.
 * Hours are written with a point and two decimals ("12.50"), dates as
 * YYYY-MM-DD, which Calc reads as numbers and dates in any language. */

/* One field, quoted if it needs to be. */
char     *cb_csv_escape_field     (const char         *field);
/* Appends one record (@fields, NULL-terminated) and its CRLF. */
void      cb_csv_append_record    (GString            *csv,
                                   const char * const *fields);

/* The ICF coaching log: a header record (Client Name, Contact
 * Information, Individual/Group, Number in Group, Start Date, End Date,
 * Paid Hours, Pro-bono Hours), one record per line of cb_hours_list_log(),
 * then a totals record adding up the records above it. Clients not to be
 * named appear as "Client 1", "Client 2"… (in the log's order) without
 * contact information, or are left off, as @unnamed says. Contact
 * information is the client's e-mail and telephone. */
char     *cb_csv_build_hours_log  (CbHours            *hours,
                                   CbLogUnnamed        unnamed);
/* The CPD log: Date, Activity, Formal or Informal, Hours, Provider, What
 * Was Learned, Evidence File; one record per CPD entry among @documents,
 * oldest first, then a totals record. */
char     *cb_csv_build_cpd_log    (GListModel         *documents);

/* Writes @text to @path whole or not at all (a temporary file beside it,
 * synced and renamed), mode 0600. Touches no model object: safe on a
 * worker thread. */
gboolean  cb_csv_write            (const char         *text,
                                   const char         *path,
                                   GError            **error);
/* The hours log of @practice, counted today, with the practice's choice
 * for clients not to be named, written to @path. */
gboolean  cb_csv_export_hours     (CbPractice         *practice,
                                   const char         *path,
                                   GError            **error);

G_END_DECLS
