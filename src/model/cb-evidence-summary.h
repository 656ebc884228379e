/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-evidence.h"
#include "cb-form.h"
#include "cb-journal-entry.h"

G_BEGIN_DECLS

/* The evidence a practice's learning journal gives, tag by tag: for every
 * unit and assessment criterion of the catalogue the entries tagged with
 * it (newest first), which have none yet (the gaps a candidate must close
 * before an assessment), and the counts per unit. A snapshot: made again
 * when the journal changes. */

typedef struct _CbEvidenceSummary CbEvidenceSummary;

#define CB_TYPE_EVIDENCE_SUMMARY (cb_evidence_summary_get_type ())

typedef struct
{
  guint n_tags;      /* criteria (a CMI unit's) or units (ENTO) */
  guint n_covered;   /* of those, with at least one entry */
  guint n_entries;   /* entries tagged with any of them */
} CbEvidenceCount;

GType               cb_evidence_summary_get_type      (void) G_GNUC_CONST;

/* The summary of @practice's journal against @catalogue (NULL: the
 * default catalogue). */
CbEvidenceSummary  *cb_evidence_summary_new           (CbPractice          *practice,
                                                       CbEvidenceCatalogue *catalogue);
CbEvidenceSummary  *cb_evidence_summary_ref           (CbEvidenceSummary   *self);
void                cb_evidence_summary_unref         (CbEvidenceSummary   *self);

CbEvidenceCatalogue *cb_evidence_summary_get_catalogue (CbEvidenceSummary  *self);
/* The entries tagged with @tag_id, newest first (borrowed; empty, never
 * NULL, for a tag without entries or not in the catalogue). */
GPtrArray          *cb_evidence_summary_get_entries   (CbEvidenceSummary   *self,
                                                       const char          *tag_id);
gboolean            cb_evidence_summary_is_gap        (CbEvidenceSummary   *self,
                                                       CbEvidenceTag       *tag);
/* The tags with no entry yet, in the catalogue's order (a new array of
 * borrowed tags). */
GPtrArray          *cb_evidence_summary_list_gaps     (CbEvidenceSummary   *self);
void                cb_evidence_summary_count_unit    (CbEvidenceSummary   *self,
                                                       CbEvidenceUnit      *unit,
                                                       CbEvidenceCount     *count);
void                cb_evidence_summary_count_scheme  (CbEvidenceSummary   *self,
                                                       CbEvidenceScheme     scheme,
                                                       CbEvidenceCount     *count);
/* Entries in the journal, and those with at least one tag. */
guint               cb_evidence_summary_get_n_entries (CbEvidenceSummary   *self);
guint               cb_evidence_summary_get_n_tagged  (CbEvidenceSummary   *self);
/* Tags the entries carry that the catalogue does not know (from a newer
 * Coachbook), sorted; kept in the entries but counted nowhere. */
GStrv               cb_evidence_summary_dup_unknown_tags (CbEvidenceSummary *self);
/* "34 of 72 criteria have evidence", for the journal's header. */
char               *cb_evidence_summary_dup_headline  (CbEvidenceSummary   *self);
/* "ENTO units: 2 of 5 have evidence". */
char               *cb_evidence_summary_dup_ento_line (CbEvidenceSummary   *self);

/* The portfolio: one section per unit, each criterion followed by the
 * entries tagged with it (title, date, what was learned), the gaps marked;
 * linked clients by initials unless @show_names. */
CbForm             *cb_evidence_describe_portfolio    (CbPractice          *practice,
                                                       const CbFormContext *context,
                                                       gboolean             show_names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbEvidenceSummary, cb_evidence_summary_unref)

G_END_DECLS
