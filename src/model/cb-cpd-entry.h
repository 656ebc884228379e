/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* One entry of the coach's CPD log (FORMS.md §11; seeds/000 Track 10: "Do
 * you keep a CPD (Continuous Professional Development) log which captures
 * both the formal and informal learning opportunities you experience each
 * year?"): type "coachbook.cpd-entry", version 1, the coach's own (kept in
 * me/cpd/), dated by "date".
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   "date"      DATE      YYYY-MM-DD
 *   "activity"  LINE      what the learning was (a course, a book, supervision)
 *   "kind"      CHOICE    CbCpdKind: "formal" | "informal"
 *   "hours"     DECIMAL   hours spent, e.g. 1.5 (a number ≥ 0, hundredths)
 *   "provider"  LINE      who provided it
 *   "learned"   TEXT      what was learned
 *   "evidence"  FILE      the file name of a copy of the evidence kept in
 *                         the practice, beside the entry: me/cpd/files/
 *                         <entry id>-<name> (cb_store_import_file_async())
 *
 * The booklet gives no columns for the log; these are FORMS.md §11's. */

#define CB_TYPE_CPD_ENTRY (cb_cpd_entry_get_type ())

G_DECLARE_FINAL_TYPE (CbCpdEntry, cb_cpd_entry, CB, CPD_ENTRY, CbDocument)

#define CB_CPD_ENTRY_TYPE_NAME "coachbook.cpd-entry"

/* An empty entry: no date, formal, 0 hours. */
CbCpdEntry *cb_cpd_entry_new          (void);

const char *cb_cpd_entry_get_date     (CbCpdEntry  *self);
void        cb_cpd_entry_set_date     (CbCpdEntry  *self,
                                       const char  *date);
const char *cb_cpd_entry_get_activity (CbCpdEntry  *self);
void        cb_cpd_entry_set_activity (CbCpdEntry  *self,
                                       const char  *activity);
CbCpdKind   cb_cpd_entry_get_kind     (CbCpdEntry  *self);
void        cb_cpd_entry_set_kind     (CbCpdEntry  *self,
                                       CbCpdKind    kind);
double      cb_cpd_entry_get_hours    (CbCpdEntry  *self);
/* Rounded to hundredths; refuses (critical) what a DECIMAL cannot hold. */
void        cb_cpd_entry_set_hours    (CbCpdEntry  *self,
                                       double       hours);
const char *cb_cpd_entry_get_provider (CbCpdEntry  *self);
void        cb_cpd_entry_set_provider (CbCpdEntry  *self,
                                       const char  *provider);
const char *cb_cpd_entry_get_learned  (CbCpdEntry  *self);
void        cb_cpd_entry_set_learned  (CbCpdEntry  *self,
                                       const char  *learned);
/* The evidence file's name in the practice, or "". */
const char *cb_cpd_entry_get_evidence (CbCpdEntry  *self);
void        cb_cpd_entry_set_evidence (CbCpdEntry  *self,
                                       const char  *file_name);
/* The evidence file's name as the coach gave it (without the entry's id
 * in front), or "". */
const char *cb_cpd_entry_get_evidence_name (CbCpdEntry *self);

/* The CPD entries among @documents (others are skipped), oldest first
 * (by date, undated last, then created): a new array of references. */
GPtrArray  *cb_cpd_list_entries       (GListModel  *documents);

/* Hours of one calendar year of the log; year 0 holds the undated. */
typedef struct
{
  int    year;
  double hours;
  guint  n_entries;
  guint  n_formal;
  guint  n_informal;
} CbCpdYear;

/* Totals of the CPD entries among @documents: one CbCpdYear per year that
 * has entries, newest year first, undated entries (year 0) last; @overall
 * (optional) receives the hours of all. */
GArray     *cb_cpd_totals             (GListModel  *documents,
                                       double      *overall);

/* The printable CPD log of every entry among @documents: per year, a
 * table (date, activity and provider, formal or informal, hours, what
 * was learned) and the year's hours, then the hours of all years. A blank
 * context gives a log with empty rows to fill in by hand. */
CbForm     *cb_cpd_describe_log       (GListModel          *documents,
                                       const CbFormContext *context);

G_END_DECLS
