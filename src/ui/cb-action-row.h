/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-action.h"
#include "cb-date-button.h"
#include "cb-objective.h"

G_BEGIN_DECLS

#define CB_TYPE_ACTION_ROW (cb_action_row_get_type ())

G_DECLARE_FINAL_TYPE (CbActionRow, cb_action_row, CB, ACTION_ROW, GtkListBoxRow)

/* One action agreed at a meeting, edited in place: done, what, who (the
 * client, the coach or someone named) and by when. Every edit goes to the
 * CbAction row at once; the row follows the action when it changes.
 * "Remove" activates "view.remove-action" with the action's id. */
GtkWidget      *cb_action_row_new             (CbAction    *action);
CbAction       *cb_action_row_get_action      (CbActionRow *self);
GtkCheckButton *cb_action_row_get_done_check  (CbActionRow *self);
GtkEditable    *cb_action_row_get_text_entry  (CbActionRow *self);
GtkDropDown    *cb_action_row_get_owner       (CbActionRow *self);
GtkEditable    *cb_action_row_get_owner_name  (CbActionRow *self);
CbDateButton   *cb_action_row_get_due_button  (CbActionRow *self);
void            cb_action_row_focus           (CbActionRow *self);
/* Offers "Serves objective": a drop-down of @objectives (CbObjective, the
 * client's current plan's) and "No objective", writing the chosen
 * objective's id to the action's serves_objective. Hidden without
 * objectives. */
void            cb_action_row_set_objectives  (CbActionRow *self,
                                               GListModel  *objectives);
GtkDropDown    *cb_action_row_get_objective   (CbActionRow *self);

G_END_DECLS
