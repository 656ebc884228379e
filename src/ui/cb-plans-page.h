/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-form.h"
#include "cb-plan-editor.h"
#include "cb-plan.h"

G_BEGIN_DECLS

#define CB_TYPE_PLANS_PAGE (cb_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (CbPlansPage, cb_plans_page, CB, PLANS_PAGE, AdwBin)

/* A client's development plans: the list, newest first, or an
 * explanation and a New Plan button when there are none; and the open
 * plan in a CbPlanEditor. Its actions ("plan.new", ".close", ".print",
 * ".export-pdf", ".print-blank", ".add-objective", ".remove-objective"
 * with an objective's id) are in cb_plans_page_get_actions(), which the
 * window also inserts so its header bar can offer them. */
GtkWidget    *cb_plans_page_new         (void);
CbClient     *cb_plans_page_get_client  (CbPlansPage *self);
void          cb_plans_page_set_client  (CbPlansPage *self,
                                         CbClient    *client);
GActionGroup *cb_plans_page_get_actions (CbPlansPage *self);
/* The plans shown, in order (CbPlan). */
GListModel   *cb_plans_page_get_plans   (CbPlansPage *self);
GtkListBox   *cb_plans_page_get_list_box (CbPlansPage *self);
/* "empty", "list" or "editor". */
const char   *cb_plans_page_get_view    (CbPlansPage *self);

/* What "New Plan" does: a plan for the client (cb_plan_new_for_client()),
 * added through the store and opened. */
CbPlan       *cb_plans_page_new_plan    (CbPlansPage *self,
                                         GDateTime   *now);
CbPlan       *cb_plans_page_get_plan    (CbPlansPage *self);
void          cb_plans_page_open        (CbPlansPage *self,
                                         CbPlan      *plan);
void          cb_plans_page_close       (CbPlansPage *self);
CbPlanEditor *cb_plans_page_get_editor  (CbPlansPage *self);
/* The form printed or exported for the open plan; @blank: a plan to
 * fill in by hand. */
CbForm       *cb_plans_page_describe    (CbPlansPage *self,
                                         gboolean     blank);
/* What "Export as PDF…" does once a file is chosen. */
void          cb_plans_page_export_pdf  (CbPlansPage *self,
                                         GFile       *file);

G_END_DECLS
