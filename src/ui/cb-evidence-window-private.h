/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-evidence.h"
#include "cb-evidence-window.h"
#include "cb-journal-entry.h"

G_BEGIN_DECLS

/* What the tests of the evidence view reach. */

typedef enum
{
  CB_EVIDENCE_ROW_UNIT,    /* a unit, with its counts */
  CB_EVIDENCE_ROW_TAG,     /* a criterion, or an ENTO unit as a whole */
  CB_EVIDENCE_ROW_ENTRY,   /* an entry giving evidence for the tag above */
} CbEvidenceRowKind;

#define CB_TYPE_EVIDENCE_ROW (cb_evidence_row_get_type ())
G_DECLARE_FINAL_TYPE (CbEvidenceRow, cb_evidence_row, CB, EVIDENCE_ROW, GObject)

CbEvidenceRowKind  cb_evidence_row_get_kind  (CbEvidenceRow *self);
CbEvidenceUnit    *cb_evidence_row_get_unit  (CbEvidenceRow *self);
/* The tag of a TAG or ENTRY row, or NULL. */
CbEvidenceTag     *cb_evidence_row_get_tag   (CbEvidenceRow *self);
/* The entry of an ENTRY row, or NULL. */
CbJournalEntry    *cb_evidence_row_get_entry (CbEvidenceRow *self);
/* A TAG row without entries. */
gboolean           cb_evidence_row_is_gap    (CbEvidenceRow *self);

/* The rows shown (after "Only Gaps"), a GListModel of CbEvidenceRow. */
GListModel        *cb_evidence_window_get_rows       (CbEvidenceWindow *self);
GtkListView       *cb_evidence_window_get_list_view  (CbEvidenceWindow *self);
void               cb_evidence_window_set_only_gaps  (CbEvidenceWindow *self,
                                                      gboolean          only_gaps);
/* The header's line: "34 of 72 criteria have evidence". */
const char        *cb_evidence_window_get_headline   (CbEvidenceWindow *self);
/* Makes the rows again now rather than when the main loop is idle. */
void               cb_evidence_window_refresh        (CbEvidenceWindow *self);

G_END_DECLS
