/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-journal-entry.h"

G_BEGIN_DECLS

#define CB_TYPE_EVIDENCE_PICKER (cb_evidence_picker_get_type ())

G_DECLARE_FINAL_TYPE (CbEvidencePicker, cb_evidence_picker, CB, EVIDENCE_PICKER, GtkPopover)

/* A popover to tag a journal entry: a search entry over a list of every
 * unit and assessment criterion of the evidence catalogue (search by
 * number, "3014 3.5", or by words, "confidentiality ethics"). Activating
 * a row adds its tag to the entry, or takes it off when the entry has it
 * (the row shows a tick); the popover stays open for the next. */
GtkWidget      *cb_evidence_picker_new       (void);
CbJournalEntry *cb_evidence_picker_get_entry (CbEvidencePicker *self);
void            cb_evidence_picker_set_entry (CbEvidencePicker *self,
                                              CbJournalEntry   *entry);

G_END_DECLS
