/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_PLANS_PAGE (cb_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (CbPlansPage, cb_plans_page, CB, PLANS_PAGE, CbDocumentPage)

/* Development plans (CbDocumentPage), a client's or the coach's own: a
 * new plan starts today with the names filled in (cb_plan_new_for_client(),
 * cb_plan_new_for_coach()); the open plan is shown in a CbPlanEditor,
 * whose "Add Objective" and remove buttons use "view.add-objective" and
 * "view.remove-objective" (s: the objective's id). */

G_END_DECLS
