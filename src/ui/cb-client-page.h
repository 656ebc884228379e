/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreements-page.h"
#include "cb-client.h"
#include "cb-ending-dialog.h"
#include "cb-lifecycle-stepper.h"
#include "cb-meetings-page.h"
#include "cb-plans-page.h"
#include "cb-record-editor.h"
#include "cb-referrals-page.h"
#include "cb-reviews-page.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT_PAGE (cb_client_page_get_type ())

G_DECLARE_FINAL_TYPE (CbClientPage, cb_client_page, CB, CLIENT_PAGE, AdwBin)

/* A client's page, in views: "profile", the lifecycle stepper over the
 * generated editor of the client's field table, with a notice when the
 * client was saved by a newer Coachbook; "agreements", the client's
 * agreements; "meetings", the records of the client's meetings; "plans",
 * development plans; "reviews"; "referrals". The window's header bar
 * holds the view switcher; the page's own switcher bar shows at the
 * bottom on a narrow window.
 *
 * Its actions, in cb_client_page_get_actions() and inserted as "client.":
 * "next-step" (what the stepper suggests: a new agreement, plan, meeting,
 * review or evaluation, opening the plan, or ending the relationship),
 * "open-meeting" (a meeting's id: the Meetings view with it open),
 * "end-relationship" (the guided ending, CbEndingDialog) and
 * "open-evaluation" (the client's evaluation in a window of its own). */
GtkWidget      *cb_client_page_new        (void);
CbClient       *cb_client_page_get_client (CbClientPage *self);
void            cb_client_page_set_client (CbClientPage *self,
                                           CbClient     *client);
CbRecordEditor *cb_client_page_get_editor (CbClientPage *self);
/* Puts the keyboard focus in the name field. */
void            cb_client_page_focus_name (CbClientPage *self);

AdwViewStack       *cb_client_page_get_view_stack      (CbClientPage *self);
AdwViewSwitcherBar *cb_client_page_get_switcher_bar    (CbClientPage *self);
CbAgreementsPage   *cb_client_page_get_agreements_page (CbClientPage *self);
CbMeetingsPage     *cb_client_page_get_meetings_page   (CbClientPage *self);
CbPlansPage        *cb_client_page_get_plans_page      (CbClientPage *self);
CbReviewsPage      *cb_client_page_get_reviews_page    (CbClientPage *self);
CbReferralsPage    *cb_client_page_get_referrals_page  (CbClientPage *self);
CbLifecycleStepper *cb_client_page_get_stepper         (CbClientPage *self);
GActionGroup       *cb_client_page_get_actions         (CbClientPage *self);
/* What "End Relationship…" does: the guided ending for the client, shown
 * and returned (owned by GTK), or NULL without a client. */
CbEndingDialog     *cb_client_page_end_relationship    (CbClientPage *self);
/* The window showing the client's evaluation, while one is open, or NULL. */
GtkWindow          *cb_client_page_get_evaluation_window (CbClientPage *self);
/* "profile", "agreements", "meetings", "plans", "reviews" or "referrals". */
const char         *cb_client_page_get_view            (CbClientPage *self);
void                cb_client_page_set_view            (CbClientPage *self,
                                                        const char   *view);

G_END_DECLS
