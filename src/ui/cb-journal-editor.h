/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-journal-entry.h"

G_BEGIN_DECLS

#define CB_TYPE_JOURNAL_EDITOR (cb_journal_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbJournalEditor, cb_journal_editor, CB, JOURNAL_EDITOR, AdwBin)

/* The editor of a learning journal entry: the reflection question it
 * answers, the generated rows of its date, title and four texts, its
 * evidence tags as removable pills with a picker to add more, and links to
 * a client of @practice (shown by name: this is the coach's own screen)
 * and one of that client's meetings. Actions, in the group "journal.":
 * add-tag (s), remove-tag (s), clear-prompt. */
GtkWidget      *cb_journal_editor_new        (void);
CbJournalEntry *cb_journal_editor_get_entry  (CbJournalEditor *self);
void            cb_journal_editor_set_entry  (CbJournalEditor *self,
                                              CbPractice      *practice,
                                              CbJournalEntry  *entry);
/* The editing widget of a field by JSON name ("title", "what_learned"…). */
GtkWidget      *cb_journal_editor_get_editor (CbJournalEditor *self,
                                              const char      *field_name);

G_END_DECLS
