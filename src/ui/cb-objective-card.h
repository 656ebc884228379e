/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-objective.h"
#include "cb-plan.h"

G_BEGIN_DECLS

#define CB_TYPE_OBJECTIVE_CARD (cb_objective_card_get_type ())

G_DECLARE_FINAL_TYPE (CbObjectiveCard, cb_objective_card, CB, OBJECTIVE_CARD, GtkWidget)

/* One objective of a development plan, as a card: its text, the SMART
 * check (five toggles S M A R T, the Track 10 guidance for each in a
 * popover with a note each, and a gentle "Not yet SMART: …" hint that
 * never blocks anything), status, timescale and target date, the dated
 * milestones with their done ticks, success criteria, progress notes, and
 * the meeting actions that moved it (each opens its meeting through
 * "client.open-document"). "Remove" activates "view.remove-objective" with
 * the objective's id. */
GtkWidget       *cb_objective_card_new               (CbPlan          *plan,
                                                      CbClient        *client,
                                                      CbObjective     *objective);
CbObjective     *cb_objective_card_get_objective     (CbObjectiveCard *self);
/* "Objective 2": its place in the plan, from 1. */
void             cb_objective_card_set_number        (CbObjectiveCard *self,
                                                      guint            number);
/* Lists the meeting actions that serve the objective again. */
void             cb_objective_card_update_actions    (CbObjectiveCard *self);

/* The row of a field of the objective by JSON name, or NULL. */
GtkWidget       *cb_objective_card_get_row           (CbObjectiveCard *self,
                                                      const char      *field_name);
GtkToggleButton *cb_objective_card_get_smart_toggle  (CbObjectiveCard *self,
                                                      CbSmartCriterion criterion);
GtkMenuButton   *cb_objective_card_get_smart_button  (CbObjectiveCard *self);
/* The "Not yet SMART: …" hint, hidden once the objective is SMART. */
GtkLabel        *cb_objective_card_get_smart_hint    (CbObjectiveCard *self);
/* What "Add Milestone" does: a milestone with no text, then the focus in it. */
CbMilestone     *cb_objective_card_add_milestone     (CbObjectiveCard *self);
GtkListBox      *cb_objective_card_get_milestones_list (CbObjectiveCard *self);
GtkListBox      *cb_objective_card_get_actions_list  (CbObjectiveCard *self);

G_END_DECLS
