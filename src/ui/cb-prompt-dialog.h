/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CB_TYPE_PROMPT_DIALOG (cb_prompt_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbPromptDialog, cb_prompt_dialog, CB, PROMPT_DIALOG, AdwWindow)

/* Chooses the reflection question a new journal entry answers: the
 * questions at the end of Tracks 2–10 of the booklet, word for word,
 * under their track, searchable. Choosing one emits ::chosen with the
 * question's id ("3.2") and closes the dialog. */
GtkWidget *cb_prompt_dialog_new (GtkWindow *parent);

G_END_DECLS
