/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-relationship"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-action.h"
#include "cb-agreement.h"
#include "cb-evaluation.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-relationship.h"
#include "cb-review.h"

/* The lifecycle of a learning relationship (seeds/000 Track 3: gaining
 * commitment, getting to know each other, working together, learning
 * together, reviewing and evaluation, saying good-bye) and regular reviews
 * (Track 9), read from the documents a client has. See the header for the
 * rules, in order. */

#define REVIEW_INTERVAL_MONTHS 3

GType
cb_next_step_kind_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { CB_NEXT_STEP_NONE_YET, "CB_NEXT_STEP_NONE_YET", "none-yet" },
    { CB_NEXT_STEP_NO_AGREEMENT, "CB_NEXT_STEP_NO_AGREEMENT", "no-agreement" },
    { CB_NEXT_STEP_NO_PLAN, "CB_NEXT_STEP_NO_PLAN", "no-plan" },
    { CB_NEXT_STEP_PLAN_NOT_SMART, "CB_NEXT_STEP_PLAN_NOT_SMART", "plan-not-smart" },
    { CB_NEXT_STEP_NO_MEETING_YET, "CB_NEXT_STEP_NO_MEETING_YET", "no-meeting-yet" },
    { CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS, "CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS", "no-review-for-3-months" },
    { CB_NEXT_STEP_REVIEW_DUE, "CB_NEXT_STEP_REVIEW_DUE", "review-due" },
    { CB_NEXT_STEP_READY_TO_CLOSE, "CB_NEXT_STEP_READY_TO_CLOSE", "ready-to-close" },
    { CB_NEXT_STEP_EVALUATION_MISSING, "CB_NEXT_STEP_EVALUATION_MISSING", "evaluation-missing" },
    { CB_NEXT_STEP_ENDED, "CB_NEXT_STEP_ENDED", "ended" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    {
      GType t = g_enum_register_static ("CbNextStepKind", values);
      g_once_init_leave (&type_id, t);
    }

  return type_id;
}

/* What exists for one client, gathered once. */
typedef struct
{
  gboolean     ended;
  gboolean     has_agreement;
  gboolean     has_evaluation;
  CbPlan      *plan;             /* current plan, borrowed */
  CbReview    *summative;        /* borrowed */
  CbReview    *latest_review;    /* borrowed */
  GDate        plan_start;       /* invalid when the plan has no date */
  GDate        latest_review_date;
  GDate        latest_meeting_date;
  gboolean     meeting_since_plan;
  gboolean     plan_smart;       /* an open objective not SMART, or none: FALSE */
  gboolean     plan_complete;    /* rule 10 */
  gboolean     review_due;       /* rule 11 */
  gboolean     review_overdue;   /* rule 12 */
} Facts;

static gboolean
date_is_set (const GDate *date)
{
  return g_date_valid (date);
}

static gboolean
client_date (CbClient   *client,
             const char *name,
             GDate      *date)
{
  return cb_date_from_iso (cb_record_get_string (CB_RECORD (client), name), date);
}

static gboolean
has_ended (CbClient *client,
           GDate    *today)
{
  GDate end;

  if (cb_client_get_status (client) == CB_CLIENT_STATUS_ENDED)
    return TRUE;

  return client_date (client, "end_date", &end) && g_date_compare (&end, today) <= 0;
}

static void
scan_documents (CbClient *client,
                Facts    *facts)
{
  GListModel *documents = cb_client_get_documents (client);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_AGREEMENT (document))
        facts->has_agreement = TRUE;
      else if (g_strcmp0 (cb_document_get_type_name (document), CB_EVALUATION_TYPE_NAME) == 0)
        facts->has_evaluation = TRUE;
    }
}

static void
scan_plan (CbClient *client,
           GDate    *today,
           Facts    *facts)
{
  g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);
  g_autoptr(GPtrArray) reviews = cb_client_list_reviews (client);
  g_auto(GStrv) review_dates = NULL;
  GListModel *objectives;
  guint n_objectives = 0, n_open = 0, n_achieved = 0, n_not_smart = 0;
  GDate agreed_end, since;

  for (guint i = 0; i < meetings->len; i++)
    if (cb_meeting_get_gdate (g_ptr_array_index (meetings, i), &facts->latest_meeting_date))
      break;

  if (facts->plan == NULL)
    return;

  cb_plan_get_start_gdate (facts->plan, &facts->plan_start);

  /* Meetings since the plan was made (an undated plan: any dated meeting). */
  for (guint i = 0; i < meetings->len; i++)
    {
      GDate date;

      if (cb_meeting_get_gdate (g_ptr_array_index (meetings, i), &date) &&
          (!date_is_set (&facts->plan_start) || g_date_compare (&date, &facts->plan_start) >= 0))
        {
          facts->meeting_since_plan = TRUE;
          break;
        }
    }

  objectives = cb_plan_get_objectives (facts->plan);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);

      if (*cb_objective_get_objective (objective) == '\0')
        continue;

      n_objectives++;
      if (cb_objective_is_open (objective))
        {
          n_open++;
          if (!cb_objective_is_smart (objective))
            n_not_smart++;
        }
      else if (cb_objective_get_status (objective) == CB_OBJECTIVE_STATUS_ACHIEVED)
        n_achieved++;
    }

  facts->plan_smart = n_objectives > 0 && n_not_smart == 0;
  facts->plan_complete = (n_objectives > 0 && n_open == 0 && n_achieved > 0) ||
                         (client_date (client, "agreed_end_date", &agreed_end) &&
                          g_date_compare (&agreed_end, today) <= 0);

  /* Rule 11: a review date reached with no review since. */
  review_dates = cb_plan_dup_review_dates (facts->plan);
  for (guint i = 0; review_dates[i] != NULL; i++)
    {
      GDate due;

      if (!cb_date_from_iso (g_strstrip (review_dates[i]), &due) || g_date_compare (&due, today) > 0)
        continue;

      if (!date_is_set (&facts->latest_review_date) || g_date_compare (&facts->latest_review_date, &due) < 0)
        facts->review_due = TRUE;
    }

  /* Rule 12: three months since the newest review, or since the plan began. */
  if (date_is_set (&facts->latest_review_date))
    since = facts->latest_review_date;
  else
    since = facts->plan_start;

  if (date_is_set (&since))
    {
      g_date_add_months (&since, REVIEW_INTERVAL_MONTHS);
      facts->review_overdue = g_date_compare (&since, today) < 0;
    }
}

static void
gather_facts (CbClient *client,
              GDate    *today,
              Facts    *facts)
{
  memset (facts, 0, sizeof *facts);
  g_date_clear (&facts->plan_start, 1);
  g_date_clear (&facts->latest_review_date, 1);
  g_date_clear (&facts->latest_meeting_date, 1);

  facts->ended = has_ended (client, today);
  scan_documents (client, facts);
  facts->plan = cb_client_get_current_plan (client);
  facts->summative = cb_client_get_summative_review (client);
  facts->latest_review = cb_client_get_latest_review (client);
  if (facts->latest_review != NULL)
    cb_review_get_gdate (facts->latest_review, &facts->latest_review_date);
  scan_plan (client, today, facts);
}

static CbLifecycleStage
derive_stage (const Facts *facts)
{
  if (facts->ended)
    return CB_LIFECYCLE_STAGE_SAYING_GOODBYE;
  if (!facts->has_agreement)
    return CB_LIFECYCLE_STAGE_GAINING_COMMITMENT;
  if (facts->summative != NULL)
    return CB_LIFECYCLE_STAGE_REVIEWING;
  if (facts->plan == NULL)
    return CB_LIFECYCLE_STAGE_GETTING_TO_KNOW;

  if (facts->plan_complete || facts->review_due || facts->review_overdue)
    return CB_LIFECYCLE_STAGE_REVIEWING;

  /* Just reviewed: the newest review is since the plan and no meeting
   * has followed it yet. */
  if (date_is_set (&facts->latest_review_date) &&
      (!date_is_set (&facts->plan_start) || g_date_compare (&facts->latest_review_date, &facts->plan_start) > 0) &&
      (!date_is_set (&facts->latest_meeting_date) || g_date_compare (&facts->latest_review_date, &facts->latest_meeting_date) >= 0))
    return CB_LIFECYCLE_STAGE_REVIEWING;

  if (facts->meeting_since_plan)
    return CB_LIFECYCLE_STAGE_LEARNING_TOGETHER;

  return CB_LIFECYCLE_STAGE_WORKING_TOGETHER;
}

static void
set_step (CbNextStep       *step,
          CbNextStepKind    kind,
          CbLifecycleStage  stage,
          const char       *message,
          const char       *document_type,
          CbDocument       *document)
{
  step->kind = kind;
  step->stage = stage;
  step->message = message;
  step->document_type = document_type;
  step->document_id = document != NULL ? cb_document_get_id (document) : NULL;
  step->action = document_type != NULL ? CB_NEXT_STEP_ACTION_NEW : CB_NEXT_STEP_ACTION_NONE;
  step->document_kind = NULL;
}

/* The step's action when it is not "a new document of its type". */
static void
set_action (CbNextStep       *step,
            CbNextStepAction  action,
            const char       *document_kind)
{
  step->action = action;
  step->document_kind = document_kind;
}

CbNextStep
cb_relationship_suggest (CbClient *client,
                         GDate    *today)
{
  CbNextStep step = { CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_GAINING_COMMITMENT, NULL, NULL, NULL,
                      CB_NEXT_STEP_ACTION_NONE, NULL };
  GDate local_today;
  Facts facts;

  g_return_val_if_fail (CB_IS_CLIENT (client), step);

  if (today == NULL)
    {
      cb_date_set_today (&local_today);
      today = &local_today;
    }

  gather_facts (client, today, &facts);

  if (facts.ended)
    {
      if (facts.summative == NULL)
        {
          set_step (&step, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
                    _("The relationship has ended without a summative review: record one, with the success against the criteria agreed at the outset, and ask for an evaluation (Track 9)."),
                    CB_REVIEW_TYPE_NAME, NULL);
          set_action (&step, CB_NEXT_STEP_ACTION_NEW, "summative");
        }
      else if (!facts.has_evaluation)
        set_step (&step, CB_NEXT_STEP_EVALUATION_MISSING, CB_LIFECYCLE_STAGE_REVIEWING,
                  _("No evaluation yet: ask for an end-of-relationship evaluation, so that you both learn from the relationship."),
                  CB_EVALUATION_TYPE_NAME, CB_DOCUMENT (facts.summative));
      else
        set_step (&step, CB_NEXT_STEP_ENDED, CB_LIFECYCLE_STAGE_SAYING_GOODBYE,
                  _("This relationship has ended, with its summative review and evaluation. Nothing more to do."),
                  NULL, NULL);
      return step;
    }

  if (!facts.has_agreement)
    {
      set_step (&step, CB_NEXT_STEP_NO_AGREEMENT, CB_LIFECYCLE_STAGE_GAINING_COMMITMENT,
                _("No agreement yet: agree a learning contract or coaching agreement at your first meeting (Track 3)."),
                "coachbook.agreement", NULL);
      return step;
    }

  if (facts.summative != NULL)
    {
      if (!facts.has_evaluation)
        set_step (&step, CB_NEXT_STEP_EVALUATION_MISSING, CB_LIFECYCLE_STAGE_REVIEWING,
                  _("The summative review is done but there is no evaluation yet: ask for an end-of-relationship evaluation before you say good-bye."),
                  CB_EVALUATION_TYPE_NAME, CB_DOCUMENT (facts.summative));
      else
        {
          set_step (&step, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_SAYING_GOODBYE,
                    _("Summative review and evaluation are done: celebrate what was achieved, say good-bye and mark the relationship as ended."),
                    NULL, NULL);
          set_action (&step, CB_NEXT_STEP_ACTION_END, NULL);
        }
      return step;
    }

  if (facts.plan == NULL)
    {
      set_step (&step, CB_NEXT_STEP_NO_PLAN, CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
                _("No plan yet: identify the learning needs together and agree a development plan with SMART objectives (Tracks 6 and 10)."),
                CB_PLAN_TYPE_NAME, NULL);
      return step;
    }

  if (!facts.plan_smart)
    {
      set_step (&step, CB_NEXT_STEP_PLAN_NOT_SMART, CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
                _("The plan is not yet SMART: give each objective a date by which it will be done and a way to measure it (Track 10)."),
                CB_PLAN_TYPE_NAME, CB_DOCUMENT (facts.plan));
      set_action (&step, CB_NEXT_STEP_ACTION_OPEN, NULL);
      return step;
    }

  if (!facts.meeting_since_plan)
    {
      set_step (&step, CB_NEXT_STEP_NO_MEETING_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
                _("No meeting since the plan was agreed: meet to put the plan into action, listen and give feedback."),
                "coachbook.meeting", CB_DOCUMENT (facts.plan));
      return step;
    }

  if (facts.plan_complete)
    {
      set_step (&step, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
                _("Ready to close: hold a summative review and ask for an evaluation (Track 9)."),
                CB_REVIEW_TYPE_NAME, CB_DOCUMENT (facts.plan));
      /* The guided ending offers the summative review and the evaluation. */
      set_action (&step, CB_NEXT_STEP_ACTION_END, NULL);
      return step;
    }

  if (facts.review_due)
    {
      set_step (&step, CB_NEXT_STEP_REVIEW_DUE, CB_LIFECYCLE_STAGE_REVIEWING,
                _("A review date in the plan has come: collect information, review progress together, record the outcomes and plan the next steps (Track 9)."),
                CB_REVIEW_TYPE_NAME, CB_DOCUMENT (facts.plan));
      set_action (&step, CB_NEXT_STEP_ACTION_NEW, "formative");
      return step;
    }

  if (facts.review_overdue)
    {
      set_step (&step, CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS, CB_LIFECYCLE_STAGE_REVIEWING,
                _("No review for 3 months: a formative review helps you both keep track of progress (Track 9)."),
                CB_REVIEW_TYPE_NAME, CB_DOCUMENT (facts.plan));
      set_action (&step, CB_NEXT_STEP_ACTION_NEW, "formative");
      return step;
    }

  set_step (&step, CB_NEXT_STEP_NONE_YET, derive_stage (&facts),
            _("On track: nothing needs doing yet."), NULL, NULL);
  return step;
}

CbLifecycleStage
cb_relationship_derive_stage (CbClient *client,
                              GDate    *today)
{
  GDate local_today;
  Facts facts;

  g_return_val_if_fail (CB_IS_CLIENT (client), CB_LIFECYCLE_STAGE_GAINING_COMMITMENT);

  if (today == NULL)
    {
      cb_date_set_today (&local_today);
      today = &local_today;
    }

  gather_facts (client, today, &facts);
  return derive_stage (&facts);
}

gboolean
cb_relationship_has_ended (CbClient *client,
                           GDate    *today)
{
  GDate local_today;

  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  if (today == NULL)
    {
      cb_date_set_today (&local_today);
      today = &local_today;
    }

  return has_ended (client, today);
}

gboolean
cb_relationship_has_agreement (CbClient *client)
{
  Facts facts = { 0, };

  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  scan_documents (client, &facts);
  return facts.has_agreement;
}

gboolean
cb_relationship_has_evaluation (CbClient *client)
{
  Facts facts = { 0, };

  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  scan_documents (client, &facts);
  return facts.has_evaluation;
}

gboolean
cb_relationship_end (CbClient     *client,
                     const char   *end_date,
                     CbEndReason   reason,
                     gboolean      make_review,
                     gboolean      make_evaluation,
                     CbDocument  **review,
                     CbDocument  **evaluation)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  CbRecord *record;

  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  if (review != NULL)
    *review = NULL;
  if (evaluation != NULL)
    *evaluation = NULL;

  if (reason == CB_END_REASON_UNSET || !cb_date_is_valid_iso (end_date) ||
      cb_client_get_status (client) == CB_CLIENT_STATUS_ENDED)
    return FALSE;

  record = CB_RECORD (client);
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");

  /* One edit of the client as far as its views are concerned: every
   * field changes before anyone is told. */
  g_object_freeze_notify (G_OBJECT (client));
  cb_record_set_string (record, "end_date", end_date);
  cb_record_set_enum (record, "end_reason", reason);
  cb_record_set_enum (record, "lifecycle_stage", CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  cb_client_set_status (client, CB_CLIENT_STATUS_ENDED);
  g_object_thaw_notify (G_OBJECT (client));

  if (make_review)
    {
      g_autoptr(CbReview) made = cb_review_new_for_client (client, CB_REVIEW_TYPE_SUMMATIVE, now);

      cb_client_add_document (client, CB_DOCUMENT (made));
      if (review != NULL)
        *review = CB_DOCUMENT (made);
    }

  if (make_evaluation)
    {
      g_autoptr(CbEvaluation) made = cb_evaluation_new ();

      cb_evaluation_set_date (made, today);
      cb_client_add_document (client, CB_DOCUMENT (made));
      if (evaluation != NULL)
        *evaluation = CB_DOCUMENT (made);
    }

  return TRUE;
}
