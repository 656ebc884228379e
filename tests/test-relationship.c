/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-agreement.h"
#include "cb-document-types.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-relationship.h"
#include "cb-review.h"
#include "cb-sample.h"
#include "cb-test-util.h"

/* Today, for every fixture: 10 March 2026. */
static GDate today;

static CbClient *
new_client (const char     *name,
            CbClientStatus  status)
{
  CbClient *client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_client_set_status (client, status);
  /* A stored stage that disagrees: it must never be read. */
  cb_record_set_enum (CB_RECORD (client), "lifecycle_stage", CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  return client;
}

static void
add_agreement (CbClient *client)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_COACHING);

  cb_client_add_document (client, CB_DOCUMENT (agreement));
}

static CbPlan *
add_plan (CbClient   *client,
          const char *start,
          gboolean    smart)
{
  g_autoptr(CbPlan) plan = cb_plan_new ();
  CbObjective *objective;

  cb_plan_set_start_date (plan, start);
  objective = cb_plan_add_objective (plan, "Chair the weekly meeting");
  if (smart)
    {
      cb_objective_set_target_date (objective, "2026-06-30");
      cb_objective_set_success_criteria (objective, "Chaired three meetings");
    }
  cb_client_add_document (client, CB_DOCUMENT (plan));
  return plan;
}

static void
add_meeting (CbClient   *client,
             const char *date)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  cb_meeting_set_date (meeting, date);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
}

static CbReview *
add_review (CbClient     *client,
            const char   *date,
            CbReviewType  type)
{
  g_autoptr(CbReview) review = cb_review_new (type);

  cb_review_set_date (review, date);
  cb_client_add_document (client, CB_DOCUMENT (review));
  return review;
}

/* An evaluation, found by its type name only (another part of the model). */
static gboolean
add_evaluation (CbClient *client)
{
  GType type = cb_document_type_from_name (CB_EVALUATION_TYPE_NAME);
  g_autoptr(CbDocument) evaluation = NULL;

  if (type == G_TYPE_INVALID)
    return FALSE;

  evaluation = g_object_new (type, NULL);
  g_assert_cmpstr (cb_document_get_type_name (evaluation), ==, CB_EVALUATION_TYPE_NAME);
  cb_client_add_document (client, evaluation);
  return TRUE;
}

static void
assert_step (CbClient         *client,
             CbNextStepKind    kind,
             CbLifecycleStage  step_stage,
             CbLifecycleStage  derived)
{
  CbNextStep step = cb_relationship_suggest (client, &today);

  if (step.kind != kind)
    g_error ("%s: expected %s, got %s (%s)", cb_client_get_name (client),
             g_enum_get_value (g_type_class_peek (CB_TYPE_NEXT_STEP_KIND), kind)->value_nick,
             g_enum_get_value (g_type_class_peek (CB_TYPE_NEXT_STEP_KIND), step.kind)->value_nick,
             step.message);
  g_assert_cmpint (step.stage, ==, step_stage);
  g_assert_nonnull (step.message);
  g_assert_cmpuint (strlen (step.message), >, 10);
  g_assert_cmpint (cb_relationship_derive_stage (client, &today), ==, derived);
}

static void
test_kinds (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_NEXT_STEP_KIND);

  g_assert_cmpuint (klass->n_values, ==, 10);
  g_assert_cmpstr (g_enum_get_value (klass, CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS)->value_nick, ==, "no-review-for-3-months");
  g_assert_cmpstr (g_enum_get_value (klass, CB_NEXT_STEP_NONE_YET)->value_nick, ==, "none-yet");
}

static void
test_enquiry (void)
{
  g_autoptr(CbClient) client = new_client ("Enquiry", CB_CLIENT_STATUS_ENQUIRY);
  CbNextStep step;

  assert_step (client, CB_NEXT_STEP_NO_AGREEMENT, CB_LIFECYCLE_STAGE_GAINING_COMMITMENT,
               CB_LIFECYCLE_STAGE_GAINING_COMMITMENT);
  step = cb_relationship_suggest (client, &today);
  g_assert_cmpstr (step.message, ==,
                   "No agreement yet: agree a learning contract or coaching agreement at your first meeting (Track 3).");
  g_assert_cmpstr (step.document_type, ==, "coachbook.agreement");
  g_assert_false (cb_relationship_has_agreement (client));

  /* Meetings without an agreement are still before commitment. */
  add_meeting (client, "2026-03-01");
  assert_step (client, CB_NEXT_STEP_NO_AGREEMENT, CB_LIFECYCLE_STAGE_GAINING_COMMITMENT,
               CB_LIFECYCLE_STAGE_GAINING_COMMITMENT);
}

static void
test_agreement_only (void)
{
  g_autoptr(CbClient) client = new_client ("Agreement only", CB_CLIENT_STATUS_ACTIVE);
  CbNextStep step;

  add_agreement (client);
  g_assert_true (cb_relationship_has_agreement (client));
  assert_step (client, CB_NEXT_STEP_NO_PLAN, CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
               CB_LIFECYCLE_STAGE_GETTING_TO_KNOW);
  step = cb_relationship_suggest (client, &today);
  g_assert_cmpstr (step.document_type, ==, "coachbook.plan");
  g_assert_null (step.document_id);
}

static void
test_plan_not_smart (void)
{
  g_autoptr(CbClient) client = new_client ("Plan not SMART", CB_CLIENT_STATUS_ACTIVE);
  g_autoptr(CbClient) empty = new_client ("Plan with no objectives", CB_CLIENT_STATUS_ACTIVE);
  g_autoptr(CbPlan) empty_plan = cb_plan_new ();
  CbNextStep step;
  CbPlan *plan;

  add_agreement (client);
  plan = add_plan (client, "2026-02-01", FALSE);
  add_meeting (client, "2026-02-15");
  assert_step (client, CB_NEXT_STEP_PLAN_NOT_SMART, CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
               CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);
  step = cb_relationship_suggest (client, &today);
  g_assert_cmpstr (step.document_id, ==, cb_document_get_id (CB_DOCUMENT (plan)));

  /* Dropping the objective that is not SMART clears the way. */
  {
    g_autoptr(CbObjective) objective = g_list_model_get_item (cb_plan_get_objectives (plan), 0);
    cb_objective_set_status (objective, CB_OBJECTIVE_STATUS_DROPPED);
    cb_plan_add_objective (plan, "Something SMART");
  }
  {
    g_autoptr(CbObjective) objective = g_list_model_get_item (cb_plan_get_objectives (plan), 1);
    cb_objective_set_timescale (objective, "By June");
    cb_objective_set_smart (objective, CB_SMART_MEASURABLE, TRUE);
  }
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
               CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);

  add_agreement (empty);
  cb_plan_set_start_date (empty_plan, "2026-02-01");
  cb_client_add_document (empty, CB_DOCUMENT (empty_plan));
  assert_step (empty, CB_NEXT_STEP_PLAN_NOT_SMART, CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
               CB_LIFECYCLE_STAGE_WORKING_TOGETHER);
}

static void
test_no_meeting_yet (void)
{
  g_autoptr(CbClient) client = new_client ("No meeting since the plan", CB_CLIENT_STATUS_ACTIVE);

  add_agreement (client);
  add_meeting (client, "2026-01-20");   /* before the plan */
  add_plan (client, "2026-02-01", TRUE);
  assert_step (client, CB_NEXT_STEP_NO_MEETING_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
               CB_LIFECYCLE_STAGE_WORKING_TOGETHER);
}

static void
test_plan_and_meetings (void)
{
  g_autoptr(CbClient) client = new_client ("Plan and meetings", CB_CLIENT_STATUS_ACTIVE);
  const char *dates[] = { "2026-04-01", NULL };
  CbPlan *plan;
  CbNextStep step;

  add_agreement (client);
  plan = add_plan (client, "2026-02-01", TRUE);
  cb_plan_set_review_dates (plan, dates);
  add_meeting (client, "2026-02-01");
  add_meeting (client, "2026-03-01");
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
               CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);
  step = cb_relationship_suggest (client, &today);
  g_assert_null (step.document_type);

  /* Just reviewed, no meeting since: reviewing. */
  add_review (client, "2026-03-05", CB_REVIEW_TYPE_FORMATIVE);
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
  add_meeting (client, "2026-03-08");
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
               CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);
}

static void
test_review_overdue (void)
{
  g_autoptr(CbClient) client = new_client ("Review overdue", CB_CLIENT_STATUS_ACTIVE);
  g_autoptr(CbClient) never = new_client ("Never reviewed", CB_CLIENT_STATUS_PAUSED);
  CbNextStep step;

  add_agreement (client);
  add_plan (client, "2025-09-01", TRUE);
  add_meeting (client, "2025-09-01");
  add_review (client, "2025-11-30", CB_REVIEW_TYPE_FORMATIVE);
  add_meeting (client, "2026-02-20");
  assert_step (client, CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
  step = cb_relationship_suggest (client, &today);
  g_assert_cmpstr (step.document_type, ==, "coachbook.review");
  g_assert_cmpstr (step.message, ==, "No review for 3 months: a formative review helps you both keep track of progress (Track 9).");

  /* Exactly three months ago is not yet overdue. */
  add_review (client, "2025-12-10", CB_REVIEW_TYPE_FORMATIVE);
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
               CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);

  /* Never reviewed: three months from the plan's start. */
  add_agreement (never);
  add_plan (never, "2025-11-01", TRUE);
  add_meeting (never, "2025-11-15");
  assert_step (never, CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
}

static void
test_review_due (void)
{
  g_autoptr(CbClient) client = new_client ("Review due", CB_CLIENT_STATUS_ACTIVE);
  const char *dates[] = { "2026-02-01", "2026-03-10", "2026-05-01", NULL };
  CbPlan *plan;

  add_agreement (client);
  plan = add_plan (client, "2026-01-05", TRUE);
  cb_plan_set_review_dates (plan, dates);
  add_meeting (client, "2026-01-05");
  add_review (client, "2026-02-02", CB_REVIEW_TYPE_FORMATIVE);
  add_meeting (client, "2026-02-20");
  /* The review of 1 February was held; the one due today was not. */
  assert_step (client, CB_NEXT_STEP_REVIEW_DUE, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);

  add_review (client, "2026-03-10", CB_REVIEW_TYPE_FORMATIVE);
  assert_step (client, CB_NEXT_STEP_NONE_YET, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
}

static void
test_ready_to_close (void)
{
  g_autoptr(CbClient) client = new_client ("Objectives achieved", CB_CLIENT_STATUS_ACTIVE);
  g_autoptr(CbClient) dated = new_client ("Agreed end reached", CB_CLIENT_STATUS_ACTIVE);
  CbPlan *plan;

  add_agreement (client);
  plan = add_plan (client, "2026-01-05", TRUE);
  add_meeting (client, "2026-02-01");
  {
    g_autoptr(CbObjective) objective = g_list_model_get_item (cb_plan_get_objectives (plan), 0);
    cb_objective_set_status (objective, CB_OBJECTIVE_STATUS_ACHIEVED);
  }
  assert_step (client, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);

  add_agreement (dated);
  add_plan (dated, "2026-01-05", TRUE);
  add_meeting (dated, "2026-02-01");
  cb_record_set_string (CB_RECORD (dated), "agreed_end_date", "2026-03-01");
  assert_step (dated, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
}

static void
test_summative_no_evaluation (void)
{
  g_autoptr(CbClient) client = new_client ("Summative, no evaluation", CB_CLIENT_STATUS_ACTIVE);
  CbReview *summative;
  CbNextStep step;

  add_agreement (client);
  add_plan (client, "2025-10-01", TRUE);
  add_meeting (client, "2025-10-01");
  summative = add_review (client, "2026-03-01", CB_REVIEW_TYPE_SUMMATIVE);
  assert_step (client, CB_NEXT_STEP_EVALUATION_MISSING, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_REVIEWING);
  step = cb_relationship_suggest (client, &today);
  g_assert_cmpstr (step.document_type, ==, "coachbook.evaluation");
  g_assert_cmpstr (step.document_id, ==, cb_document_get_id (CB_DOCUMENT (summative)));

  if (!add_evaluation (client))
    {
      g_test_skip ("No evaluation document type");
      return;
    }
  g_assert_true (cb_relationship_has_evaluation (client));
  assert_step (client, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_SAYING_GOODBYE,
               CB_LIFECYCLE_STAGE_REVIEWING);
}

static void
test_ended (void)
{
  g_autoptr(CbClient) client = new_client ("Ended", CB_CLIENT_STATUS_ENDED);
  g_autoptr(CbClient) by_date = new_client ("Ended by date", CB_CLIENT_STATUS_ACTIVE);

  add_agreement (client);
  add_plan (client, "2025-01-05", TRUE);
  g_assert_true (cb_relationship_has_ended (client, &today));
  assert_step (client, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  add_review (client, "2025-12-01", CB_REVIEW_TYPE_SUMMATIVE);
  assert_step (client, CB_NEXT_STEP_EVALUATION_MISSING, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  if (add_evaluation (client))
    assert_step (client, CB_NEXT_STEP_ENDED, CB_LIFECYCLE_STAGE_SAYING_GOODBYE,
                 CB_LIFECYCLE_STAGE_SAYING_GOODBYE);

  /* An end date reached ends it too, whatever the status says. */
  add_agreement (by_date);
  cb_record_set_string (CB_RECORD (by_date), "end_date", "2026-03-10");
  g_assert_true (cb_relationship_has_ended (by_date, &today));
  assert_step (by_date, CB_NEXT_STEP_READY_TO_CLOSE, CB_LIFECYCLE_STAGE_REVIEWING,
               CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  cb_record_set_string (CB_RECORD (by_date), "end_date", "2026-03-11");
  g_assert_false (cb_relationship_has_ended (by_date, &today));
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  GDate sample_today;

  g_date_clear (&sample_today, 1);
  g_date_set_dmy (&sample_today, 10, 3, 2026);

  cb_sample_add_agreements (clients);
  cb_sample_add_meetings (clients, now);
  cb_sample_add_plans_and_reviews (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      CbClient *client = clients->pdata[i];
      CbNextStep step = cb_relationship_suggest (client, &sample_today);
      const char *name = cb_client_get_name (client);

      g_assert_nonnull (step.message);
      if (g_strcmp0 (name, "Priya Raman") == 0)
        g_assert_cmpint (step.kind, ==, CB_NEXT_STEP_PLAN_NOT_SMART);
      else if (g_strcmp0 (name, "Gareth Llewellyn") == 0)
        {
          g_assert_cmpint (cb_relationship_derive_stage (client, &sample_today), ==, CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
          g_assert_true (step.kind == CB_NEXT_STEP_EVALUATION_MISSING || step.kind == CB_NEXT_STEP_ENDED);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);

  g_test_add_func ("/relationship/kinds", test_kinds);
  g_test_add_func ("/relationship/enquiry", test_enquiry);
  g_test_add_func ("/relationship/agreement-only", test_agreement_only);
  g_test_add_func ("/relationship/plan-not-smart", test_plan_not_smart);
  g_test_add_func ("/relationship/no-meeting-yet", test_no_meeting_yet);
  g_test_add_func ("/relationship/plan-and-meetings", test_plan_and_meetings);
  g_test_add_func ("/relationship/review-overdue", test_review_overdue);
  g_test_add_func ("/relationship/review-due", test_review_due);
  g_test_add_func ("/relationship/ready-to-close", test_ready_to_close);
  g_test_add_func ("/relationship/summative-no-evaluation", test_summative_no_evaluation);
  g_test_add_func ("/relationship/ended", test_ended);
  g_test_add_func ("/relationship/sample", test_sample);

  return g_test_run ();
}
