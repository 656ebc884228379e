/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-practice.h"

G_BEGIN_DECLS

/* The practice's booked meetings as an iCalendar file (RFC 5545), for a
 * calendar program: every meeting dated today or later, and the next
 * meeting booked at each client's latest meeting. Only when, where, how
 * long and with whom: never what was said, never private notes.
 *
 * Each event's UID is stable across exports: "<meeting-id>@coachbook" for
 * a meeting, "<meeting-id>-next@coachbook" for the next meeting booked at
 * it. */

/* The calendar as text, CRLF line ends, lines folded at 75 octets.
 * @now (NULL: the current time) gives "today" and the DTSTAMP. */
char     *cb_ics_build  (CbPractice  *practice,
                         GDateTime   *now);
/* Writes cb_ics_build() to @path atomically (a private 0600 file, whole or
 * not at all). */
/* Writes a calendar built with cb_ics_build() to @path, whole or not at
 * all, mode 0600. Touches no model object: safe on a worker thread. */
gboolean  cb_ics_write  (const char  *text,
                         const char  *path,
                         GError     **error);
gboolean  cb_ics_export (CbPractice  *practice,
                         const char  *path,
                         GError     **error);

/* One TEXT value escaped (backslash, semicolon, comma, line breaks) and
 * one content line folded, for tests. */
char     *cb_ics_escape_text (const char *text);
char     *cb_ics_fold_line   (const char *line);

G_END_DECLS
