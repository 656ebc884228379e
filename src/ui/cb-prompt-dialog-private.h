/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-prompt-dialog.h"

G_BEGIN_DECLS

/* What the tests of the dialog reach. */
GtkEditable *cb_prompt_dialog_get_search_entry (CbPromptDialog *self);
GtkListView *cb_prompt_dialog_get_list_view    (CbPromptDialog *self);
/* The rows shown: tracks and their questions. */
GListModel  *cb_prompt_dialog_get_rows         (CbPromptDialog *self);
/* The question id of a row, or NULL for a track's heading. */
const char  *cb_prompt_dialog_row_get_id       (GObject        *row);

G_END_DECLS
