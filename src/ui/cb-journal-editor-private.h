/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-evidence-picker.h"
#include "cb-journal-editor.h"

G_BEGIN_DECLS

/* What the tests of the editor reach. */
CbEvidencePicker *cb_journal_editor_get_picker       (CbJournalEditor *self);
GtkMenuButton    *cb_journal_editor_get_tag_button   (CbJournalEditor *self);
/* The pills shown: a GListModel of CbEvidenceTag, or GtkStringObject for
 * a tag the catalogue does not know. */
GListModel       *cb_journal_editor_get_tag_pills    (CbJournalEditor *self);
GtkDropDown      *cb_journal_editor_get_client_chooser  (CbJournalEditor *self);
GtkDropDown      *cb_journal_editor_get_meeting_chooser (CbJournalEditor *self);

G_END_DECLS
