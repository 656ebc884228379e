/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* Where a client's learning relationship stands, and the next useful step
 * (000 Track 3: the six stages of the lifecycle; Track 9: reviews). Both
 * are derived only from what exists — the client's agreements, plans,
 * meetings, reviews and evaluations, its status and dates — never from a
 * stored flag (the client's own "lifecycle_stage" field is not read).
 * Evaluations are recognised by their type name "coachbook.evaluation".
 *
 * "Ended" below means: status "ended", or an end_date on or before today.
 * "Summative" means a review of type summative. "The plan" is the client's
 * current plan (cb_client_get_current_plan()).
 *
 * cb_relationship_suggest() applies these rules in order; the first that
 * matches gives the step:
 *  1. ended, no summative review       → READY_TO_CLOSE    (reviewing)
 *  2. ended, no evaluation             → EVALUATION_MISSING (reviewing)
 *  3. ended                            → ENDED             (saying good-bye)
 *  4. no agreement                     → NO_AGREEMENT      (gaining commitment)
 *  5. a summative review, no evaluation → EVALUATION_MISSING (reviewing)
 *  6. a summative review and an evaluation → READY_TO_CLOSE, worded as
 *     "say good-bye and mark the relationship ended" (saying good-bye)
 *  7. no plan                          → NO_PLAN           (working together)
 *  8. an open objective of the plan is not SMART, or the plan has no
 *     objectives                       → PLAN_NOT_SMART    (working together)
 *  9. no meeting dated on or after the plan's start date
 *                                      → NO_MEETING_YET    (learning together)
 * 10. every objective of the plan achieved or dropped (one at least
 *     achieved), or the client's agreed_end_date on or before today
 *                                      → READY_TO_CLOSE    (reviewing)
 * 11. one of the plan's review_dates on or before today with no review
 *     dated on or after it             → REVIEW_DUE        (reviewing)
 * 12. the newest review (or, with none, the plan's start date) more than
 *     3 months before today            → NO_REVIEW_FOR_3_MONTHS (reviewing)
 * 13. otherwise                        → NONE_YET: nothing needs doing
 *     yet; the stage is the derived stage.
 *
 * cb_relationship_derive_stage(), for the stepper, in order:
 *  ended                                          → SAYING_GOODBYE
 *  no agreement                                   → GAINING_COMMITMENT
 *  a summative review                             → REVIEWING
 *  no plan                                        → GETTING_TO_KNOW
 *  rule 10, 11 or 12 holds, or the newest review is dated after the plan's
 *  start and on or after the newest meeting       → REVIEWING
 *  a meeting on or after the plan's start date    → LEARNING_TOGETHER
 *  otherwise (a plan, no meeting since)           → WORKING_TOGETHER
 */

typedef enum
{
  CB_NEXT_STEP_NONE_YET,                 /* "none-yet" */
  CB_NEXT_STEP_NO_AGREEMENT,             /* "no-agreement" */
  CB_NEXT_STEP_NO_PLAN,                  /* "no-plan" */
  CB_NEXT_STEP_PLAN_NOT_SMART,           /* "plan-not-smart" */
  CB_NEXT_STEP_NO_MEETING_YET,           /* "no-meeting-yet" */
  CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS,   /* "no-review-for-3-months" */
  CB_NEXT_STEP_REVIEW_DUE,               /* "review-due" */
  CB_NEXT_STEP_READY_TO_CLOSE,           /* "ready-to-close" */
  CB_NEXT_STEP_EVALUATION_MISSING,       /* "evaluation-missing" */
  CB_NEXT_STEP_ENDED,                    /* "ended" */
} CbNextStepKind;

#define CB_TYPE_NEXT_STEP_KIND (cb_next_step_kind_get_type ())
GType cb_next_step_kind_get_type (void) G_GNUC_CONST;

#define CB_EVALUATION_TYPE_NAME "coachbook.evaluation"

/* What taking the step does, for a view to do without naming types. */
typedef enum
{
  CB_NEXT_STEP_ACTION_NONE,
  CB_NEXT_STEP_ACTION_NEW,    /* a new document of document_type (of document_kind, or the
                               * kind the coach chooses when NULL) */
  CB_NEXT_STEP_ACTION_OPEN,   /* open document_id, of document_type */
  CB_NEXT_STEP_ACTION_END,    /* end the relationship (the guided ending) */
} CbNextStepAction;

typedef struct
{
  CbNextStepKind    kind;
  CbLifecycleStage  stage;          /* the stage the step belongs to */
  const char       *message;        /* translated sentence a coach reads; static */
  const char       *document_type;  /* type name of the document the step
                                     * asks for ("coachbook.agreement",
                                     * "coachbook.plan", "coachbook.meeting",
                                     * "coachbook.review",
                                     * "coachbook.evaluation"), or NULL */
  const char       *document_id;    /* the document concerned (the plan that
                                     * is not SMART, the summative review…),
                                     * or NULL; valid while the client keeps it */
  CbNextStepAction  action;
  const char       *document_kind;  /* with ACTION_NEW: the kind of document
                                     * (a review's type nick), or NULL */
} CbNextStep;

/* The next useful step for @client on @today (NULL: the local date). */
CbNextStep        cb_relationship_suggest         (CbClient *client,
                                                   GDate    *today);
/* The lifecycle stage to show on the stepper. */
CbLifecycleStage  cb_relationship_derive_stage    (CbClient *client,
                                                   GDate    *today);

/* Ends the relationship on @end_date (YYYY-MM-DD) for @reason (not
 * UNSET): the client's end date, how it ended, its status (ended) and its
 * lifecycle stage (saying good-bye) change together, as one edit; with
 * @make_review a summative review (cb_review_new_for_client()) and with
 * @make_evaluation an evaluation, both dated today, join the client.
 * Returns FALSE, changing nothing, when the client has ended already or
 * the reason or date is missing. The documents made are returned in
 * @review and @evaluation (owned by the client; NULL when not made). */
gboolean          cb_relationship_end             (CbClient      *client,
                                                   const char    *end_date,
                                                   CbEndReason    reason,
                                                   gboolean       make_review,
                                                   gboolean       make_evaluation,
                                                   CbDocument   **review,
                                                   CbDocument   **evaluation);

/* Facts the rules use, for views that want them too. */
gboolean          cb_relationship_has_ended       (CbClient *client,
                                                   GDate    *today);
gboolean          cb_relationship_has_agreement   (CbClient *client);
gboolean          cb_relationship_has_evaluation  (CbClient *client);

G_END_DECLS
