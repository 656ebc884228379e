/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-objective-card.h"
#include "cb-plan.h"
#include "cb-progress-bar.h"

G_BEGIN_DECLS

#define CB_TYPE_PLAN_EDITOR (cb_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbPlanEditor, cb_plan_editor, CB, PLAN_EDITOR, AdwBin)

/* A development plan (FORMS.md §5), top to bottom: the long-term goal and
 * progress at a glance (objectives by status, milestones done / due /
 * overdue, from cb_plan_get_progress()), the priorities, Track 6's
 * learning-needs questions, the objectives as cards (CbObjectiveCard),
 * then the rest of the plan's field table (the Resource 15 details,
 * learning opportunities, comments) as generated rows. "Add Objective"
 * uses "view.add-objective", which the page showing the editor provides. */
GtkWidget       *cb_plan_editor_new              (void);
CbPlan          *cb_plan_editor_get_plan         (CbPlanEditor *self);
void             cb_plan_editor_set_plan         (CbPlanEditor *self,
                                                  CbClient     *client,
                                                  CbPlan       *plan);
CbProgressBar   *cb_plan_editor_get_progress_bar (CbPlanEditor *self);
/* The card of the objective at @index, or NULL. */
CbObjectiveCard *cb_plan_editor_get_card         (CbPlanEditor *self,
                                                  guint         index);
/* The row of a plan field by JSON name, or NULL. */
GtkWidget       *cb_plan_editor_get_row          (CbPlanEditor *self,
                                                  const char   *field_name);
GtkWidget       *cb_plan_editor_get_editor       (CbPlanEditor *self,
                                                  const char   *field_name);
void             cb_plan_editor_scroll_to        (CbPlanEditor *self,
                                                  GtkWidget    *widget);

G_END_DECLS
