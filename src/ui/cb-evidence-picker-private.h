/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-evidence-picker.h"

G_BEGIN_DECLS

/* What the tests of the picker reach. */
GtkEditable *cb_evidence_picker_get_search_entry (CbEvidencePicker *self);
GtkListView *cb_evidence_picker_get_list_view    (CbEvidencePicker *self);
/* The tags the search shows (a GListModel of CbEvidenceTag). */
GListModel  *cb_evidence_picker_get_results      (CbEvidencePicker *self);

G_END_DECLS
