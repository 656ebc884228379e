/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-agreement.h"
#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-plan.h"
#include "cb-review.h"
#include "cb-sample.h"
#include "cb-test-util.h"

static CbReview *
round_trip (CbReview *review)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (review), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.review\""));

  back = cb_json_parse (CB_TYPE_REVIEW, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_REVIEW (back));

  return CB_REVIEW (back);
}

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_REVIEW);
  g_autoptr(GTypeClass) outcome_class = g_type_class_ref (CB_TYPE_REVIEW_OUTCOME);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = {
    "date", "review_type", "sources", "sources_notes", "discussion", "outcomes", "next_steps",
    "success_against_criteria", "further_development", "recognition", "dependency_check",
    "dependency_notes", "private_notes",
  };
  static const char * const outcome_order[] = { "objective_id", "objective", "outcome", "evidence" };
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.review");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "reviews");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpstr (document_class->form_title, ==, "Review Form");
  g_assert_true (cb_document_type_from_name ("coachbook.review") == CB_TYPE_REVIEW);

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_REVIEW;
  g_assert_true (registered);

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i].name, ==, order[i]);
  g_assert_cmpint (cb_record_class_get_variant_field (CB_RECORD_CLASS (klass)), ==,
                   cb_record_class_find_field (CB_RECORD_CLASS (klass), "review_type"));
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "private_notes")].flags &
                   CB_FIELD_FLAG_PRIVATE, !=, 0);
  g_assert_true (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "outcomes")].type_func () == CB_TYPE_REVIEW_OUTCOME);
  g_assert_nonnull (strstr (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "success_against_criteria")].help,
                            "criteria agreed at the outset"));

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (outcome_class), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (outcome_order));
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i].name, ==, outcome_order[i]);
  g_assert_cmpint (fields[0].flags & CB_FIELD_FLAG_NO_PRINT, !=, 0);

  /* Nicks written to disk. */
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_REVIEW_TYPE, CB_REVIEW_TYPE_SUMMATIVE), ==, "summative");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_OUTCOME, CB_OUTCOME_NOT_ACHIEVED), ==, "not-achieved");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_DEPENDENCY, CB_DEPENDENCY_READY), ==, "ready-to-go-on-alone");
}

static void
test_round_trip (void)
{
  for (CbReviewType type = CB_REVIEW_TYPE_INITIAL; type <= CB_REVIEW_TYPE_SUMMATIVE; type++)
    {
      g_autoptr(CbReview) review = cb_review_new (type);
      g_autoptr(CbReview) back = NULL;
      CbReviewOutcome *outcome;

      g_assert_cmpint (cb_review_get_review_type (review), ==, type);
      cb_test_fill_record (CB_RECORD (review), "review");
      cb_review_set_review_type (review, type);
      outcome = cb_review_add_outcome (review, "objective-1", "Chair a meeting");
      cb_review_outcome_set_outcome (outcome, CB_OUTCOME_PARTLY);
      cb_review_outcome_set_evidence (outcome, "Chaired one item");

      back = round_trip (review);
      cb_test_assert_records_equal (CB_RECORD (review), CB_RECORD (back));
      g_assert_cmpint (cb_review_get_review_type (back), ==, type);
      g_assert_cmpuint (g_list_model_get_n_items (cb_review_get_outcomes (back)), ==, 3);
      outcome = cb_review_find_outcome (back, "objective-1");
      g_assert_nonnull (outcome);
      g_assert_cmpint (cb_review_outcome_get_outcome (outcome), ==, CB_OUTCOME_PARTLY);
      g_assert_cmpstr (cb_review_outcome_get_evidence (outcome), ==, "Chaired one item");
      g_assert_cmpstr (cb_review_outcome_get_objective (outcome), ==, "Chair a meeting");
    }

  {
    g_autoptr(CbReview) empty = cb_review_new (CB_REVIEW_TYPE_FORMATIVE);
    g_autoptr(CbReview) back = round_trip (empty);

    cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (back));
    g_assert_cmpint (cb_review_get_dependency_check (back), ==, CB_DEPENDENCY_UNSET);
  }
}

static void
test_summative_group (void)
{
  g_autoptr(CbReview) review = cb_review_new (CB_REVIEW_TYPE_FORMATIVE);
  const CbFieldGroup *groups;
  const CbFieldGroup *summative = NULL;
  guint n_groups;

  groups = cb_record_class_get_groups (CB_RECORD_GET_CLASS (review), &n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      if (g_strcmp0 (groups[i].id, "summative") == 0)
        summative = &groups[i];
      else
        g_assert_true (cb_record_group_applies (CB_RECORD (review), &groups[i]));
    }

  g_assert_nonnull (summative);
  g_assert_cmpstr (summative->variant, ==, "summative");
  g_assert_false (cb_record_group_applies (CB_RECORD (review), summative));
  cb_review_set_review_type (review, CB_REVIEW_TYPE_INITIAL);
  g_assert_false (cb_record_group_applies (CB_RECORD (review), summative));
  cb_review_set_review_type (review, CB_REVIEW_TYPE_SUMMATIVE);
  g_assert_true (cb_record_group_applies (CB_RECORD (review), summative));
}

/* A client with an agreement and a plan of two objectives. */
static CbClient *
make_client (CbPlan **plan_out)
{
  CbClient *client = cb_client_new ();
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_LEARNING_CONTRACT);
  g_autoptr(CbPlan) old = cb_plan_new ();
  g_autoptr(CbPlan) plan = cb_plan_new ();
  const char *objectives[] = { "Learn to build a budget", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  CbObjective *objective;

  cb_client_set_name (client, "Sam Patel");
  cb_record_set_string (CB_RECORD (agreement), "overall_goal", "Run the department’s budget");
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, objectives);
  cb_record_set_value (CB_RECORD (agreement), cb_record_class_find_field (CB_RECORD_GET_CLASS (agreement), "learning_objectives"), &value);
  cb_client_add_document (client, CB_DOCUMENT (agreement));

  cb_plan_set_start_date (old, "2025-01-01");
  cb_plan_add_objective (old, "An old objective");
  cb_client_add_document (client, CB_DOCUMENT (old));

  cb_plan_set_start_date (plan, "2026-01-05");
  cb_plan_set_long_term_goal (plan, "Become finance lead");
  objective = cb_plan_add_objective (plan, "Build next year’s budget");
  cb_objective_set_success_criteria (objective, "Signed off by the director");
  cb_plan_add_objective (plan, "Present the budget to the team");
  cb_plan_add_objective (plan, "");   /* an empty row is not carried */
  cb_client_add_document (client, CB_DOCUMENT (plan));

  *plan_out = plan;
  return client;
}

static void
test_from_plan (void)
{
  CbPlan *plan = NULL;
  g_autoptr(CbClient) client = make_client (&plan);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbReview) review = cb_review_new_for_client (client, CB_REVIEW_TYPE_FORMATIVE, now);
  g_autoptr(CbReview) back = NULL;
  GListModel *outcomes = cb_review_get_outcomes (review);
  GListModel *objectives = cb_plan_get_objectives (plan);

  g_assert_cmpstr (cb_review_get_date (review), ==, "2026-03-10");
  g_assert_cmpint (cb_review_get_review_type (review), ==, CB_REVIEW_TYPE_FORMATIVE);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);
      g_autoptr(CbReviewOutcome) outcome = g_list_model_get_item (outcomes, i);

      g_assert_cmpstr (cb_review_outcome_get_objective_id (outcome), ==, cb_objective_get_id (objective));
      g_assert_cmpstr (cb_review_outcome_get_objective (outcome), ==, cb_objective_get_objective (objective));
      g_assert_cmpint (cb_review_outcome_get_outcome (outcome), ==, CB_OUTCOME_NOT_ASSESSED);
    }
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (review), "success_against_criteria"), ==, "");
  /* Not added to the client. */
  g_assert_null (cb_client_get_latest_review (client));

  /* The ids survive a round trip, so the outcome still finds its objective. */
  back = round_trip (review);
  {
    g_autoptr(CbObjective) first = g_list_model_get_item (objectives, 0);
    g_assert_nonnull (cb_review_find_outcome (back, cb_objective_get_id (first)));
  }

  /* A client without a plan: no outcomes. */
  {
    g_autoptr(CbClient) other = cb_client_new ();
    g_autoptr(CbReview) initial = cb_review_new_for_client (other, CB_REVIEW_TYPE_INITIAL, now);

    g_assert_cmpuint (g_list_model_get_n_items (cb_review_get_outcomes (initial)), ==, 0);
  }
}

static void
test_summative_criteria (void)
{
  CbPlan *plan = NULL;
  g_autoptr(CbClient) client = make_client (&plan);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbReview) review = cb_review_new_for_client (client, CB_REVIEW_TYPE_SUMMATIVE, now);
  const char *criteria = cb_record_get_string (CB_RECORD (review), "success_against_criteria");

  g_assert_cmpuint (g_list_model_get_n_items (cb_review_get_outcomes (review)), ==, 2);
  g_assert_true (g_str_has_prefix (criteria, "The criteria agreed at the outset:"));
  g_assert_nonnull (strstr (criteria, "Run the department’s budget"));
  g_assert_nonnull (strstr (criteria, "Learn to build a budget"));
  g_assert_nonnull (strstr (criteria, "Become finance lead"));
  g_assert_nonnull (strstr (criteria, "Build next year’s budget — success criteria: Signed off by the director"));
  g_assert_null (strstr (criteria, "An old objective"));

  cb_client_add_document (client, CB_DOCUMENT (review));
  g_assert_true (cb_client_get_summative_review (client) == review);
  g_assert_true (cb_client_get_latest_review (client) == review);
}

static CbForm *
describe (CbReview *review,
          gboolean  blank,
          gboolean  include_private)
{
  CbFormContext context = { "Test Practice", "Sam Patel", blank, include_private };

  return cb_document_describe_form (CB_DOCUMENT (review), &context);
}

static int
heading_index (CbForm     *form,
               const char *text)
{
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind == CB_FORM_HEADING && g_strcmp0 (block->label, text) == 0)
        return (int) i;
    }

  return -1;
}

static const CbFormBlock *
find_block (CbForm          *form,
            CbFormBlockKind  kind,
            const char      *label)
{
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind == kind && (label == NULL || g_strcmp0 (block->label, label) == 0))
        return block;
    }

  return NULL;
}

static void
test_form (void)
{
  g_autoptr(CbReview) review = cb_review_new (CB_REVIEW_TYPE_FORMATIVE);
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) private_form = NULL;
  g_autoptr(CbForm) summative_form = NULL;
  g_autofree char *text = NULL;
  g_autofree char *private_text = NULL;
  const CbFormBlock *block;
  CbReviewOutcome *outcome;
  int s1, s2, s3, s4;

  cb_review_set_date (review, "2026-03-09");
  cb_record_set_flags (CB_RECORD (review), "sources", CB_REVIEW_SOURCE_OBSERVATION | CB_REVIEW_SOURCE_360);
  cb_record_set_string (CB_RECORD (review), "discussion", "Went well");
  cb_record_set_string (CB_RECORD (review), "recognition", "Summative only text");
  cb_record_set_string (CB_RECORD (review), "private_notes", "Only for me");
  outcome = cb_review_add_outcome (review, "objective-1", "Chair a meeting");
  cb_review_outcome_set_outcome (outcome, CB_OUTCOME_ACHIEVED);
  cb_review_outcome_set_evidence (outcome, "Minutes of the meeting");
  cb_review_add_outcome (review, "objective-2", "Build the budget");

  form = describe (review, FALSE, FALSE);
  g_assert_cmpstr (cb_form_get_title (form), ==, "Review Form");
  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "9 March 2026"));
  g_assert_null (strstr (text, "Only for me"));
  g_assert_null (strstr (text, "objective-1"));
  g_assert_null (strstr (text, "Summative only text"));
  g_assert_cmpint (heading_index (form, "Summative review"), <, 0);

  /* Track 9's four steps, in order. */
  s1 = heading_index (form, "1. Collecting information");
  s2 = heading_index (form, "2. Carrying out the review");
  s3 = heading_index (form, "3. Recording the outcomes");
  s4 = heading_index (form, "4. Planning the next steps");
  g_assert_cmpint (s1, >, 0);
  g_assert_cmpint (s1, <, s2);
  g_assert_cmpint (s2, <, s3);
  g_assert_cmpint (s3, <, s4);

  block = find_block (form, CB_FORM_CHECKLIST, "Type of review");
  g_assert_cmpuint (g_strv_length (block->items), ==, 3);
  g_assert_cmpuint (block->checked, ==, 1 << CB_REVIEW_TYPE_FORMATIVE);
  block = find_block (form, CB_FORM_CHECKLIST, "Sources of information");
  g_assert_cmpuint (g_strv_length (block->items), ==, 6);
  g_assert_cmpuint (block->checked, ==, (1 << 0) | (1 << 4));

  block = find_block (form, CB_FORM_TABLE, NULL);
  g_assert_cmpstr (block->items[0], ==, "Objective");
  g_assert_cmpstr (block->items[1], ==, "Outcome");
  g_assert_cmpstr (block->items[2], ==, "Evidence");
  g_assert_cmpuint (block->rows->len, ==, 2);
  g_assert_cmpstr (((char **) block->rows->pdata[0])[1], ==, "Achieved");
  g_assert_cmpstr (((char **) block->rows->pdata[0])[2], ==, "Minutes of the meeting");
  g_assert_cmpstr (((char **) block->rows->pdata[1])[1], ==, "");

  private_form = describe (review, FALSE, TRUE);
  private_text = cb_form_to_text (private_form);
  g_assert_nonnull (strstr (private_text, "Only for me"));

  cb_review_set_review_type (review, CB_REVIEW_TYPE_SUMMATIVE);
  cb_review_set_dependency_check (review, CB_DEPENDENCY_NEEDS_SOME_SUPPORT);
  summative_form = describe (review, FALSE, FALSE);
  g_assert_cmpint (heading_index (summative_form, "Summative review"), >, heading_index (summative_form, "4. Planning the next steps"));
  g_assert_cmpstr (find_block (summative_form, CB_FORM_TEXT, "How success is recognised")->text, ==, "Summative only text");
  g_assert_nonnull (find_block (summative_form, CB_FORM_TEXT, "Success against the criteria agreed at the outset"));
  g_assert_nonnull (find_block (summative_form, CB_FORM_TEXT, "Further areas for development"));
  block = find_block (summative_form, CB_FORM_CHECKLIST, "Is the learner ready to go on alone?");
  g_assert_cmpuint (g_strv_length (block->items), ==, 3);   /* "not checked" is not a choice on paper */
  g_assert_cmpuint (block->checked, ==, 1 << 1);
}

static void
test_form_blank (void)
{
  g_autoptr(CbReview) filled = cb_review_new (CB_REVIEW_TYPE_FORMATIVE);
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;
  const CbFormBlock *block;

  cb_test_fill_record (CB_RECORD (filled), "x");
  form = describe (filled, TRUE, TRUE);
  text = cb_form_to_text (form);
  g_assert_null (strstr (text, "discussion x"));
  g_assert_null (strstr (text, "private_notes"));
  g_assert_null (strstr (text, "objective x"));
  g_assert_cmpint (heading_index (form, "1. Collecting information"), >, 0);
  g_assert_cmpint (heading_index (form, "4. Planning the next steps"), >, 0);
  /* A blank review form serves every type, the final part included. */
  g_assert_cmpint (heading_index (form, "Summative review (final review only)"), >, 0);

  block = find_block (form, CB_FORM_TABLE, NULL);
  g_assert_cmpuint (block->rows->len, ==, 0);
  g_assert_cmpuint (block->blank_lines, >, 0);
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *b = cb_form_get_block (form, i);

      if (b->kind == CB_FORM_CHECKLIST)
        g_assert_cmpuint (b->checked, ==, 0);
      if (b->kind == CB_FORM_TEXT || b->kind == CB_FORM_FIELD)
        g_assert_null (b->text);
    }
}

static void
test_title (void)
{
  g_autoptr(CbReview) review = cb_review_new (CB_REVIEW_TYPE_SUMMATIVE);
  g_autofree char *untitled = cb_document_dup_title (CB_DOCUMENT (review));
  g_autofree char *title = NULL;

  g_assert_cmpstr (untitled, ==, "Summative review");
  cb_review_set_date (review, "2026-03-09");
  title = cb_document_dup_title (CB_DOCUMENT (review));
  g_assert_cmpstr (title, ==, "Summative review on 9 March 2026");
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  guint n_types[3] = { 0, };
  CbReview *summative = NULL;

  cb_sample_add_agreements (clients);
  cb_sample_add_meetings (clients, now);
  cb_sample_add_plans_and_reviews (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      g_autoptr(GPtrArray) reviews = cb_client_list_reviews (clients->pdata[i]);

      for (guint j = 0; j < reviews->len; j++)
        {
          CbReview *review = reviews->pdata[j];
          g_autoptr(CbReview) back = round_trip (review);

          n_types[cb_review_get_review_type (review)]++;
          cb_test_assert_records_equal (CB_RECORD (review), CB_RECORD (back));
          if (cb_review_get_review_type (review) == CB_REVIEW_TYPE_SUMMATIVE)
            {
              g_assert_cmpstr (cb_client_get_name (clients->pdata[i]), ==, "Gareth Llewellyn");
              summative = review;
            }
        }
    }

  g_assert_cmpuint (n_types[CB_REVIEW_TYPE_INITIAL], >=, 1);
  g_assert_cmpuint (n_types[CB_REVIEW_TYPE_FORMATIVE], >=, 2);
  g_assert_cmpuint (n_types[CB_REVIEW_TYPE_SUMMATIVE], ==, 1);
  g_assert_nonnull (summative);
  g_assert_cmpint (cb_review_get_dependency_check (summative), ==, CB_DEPENDENCY_READY);
  g_assert_cmpuint (g_list_model_get_n_items (cb_review_get_outcomes (summative)), ==, 2);
  g_assert_true (g_str_has_prefix (cb_record_get_string (CB_RECORD (summative), "success_against_criteria"),
                                   "The criteria agreed at the outset:"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/class", test_class);
  g_test_add_func ("/review/round-trip", test_round_trip);
  g_test_add_func ("/review/summative-group", test_summative_group);
  g_test_add_func ("/review/from-plan", test_from_plan);
  g_test_add_func ("/review/summative-criteria", test_summative_criteria);
  g_test_add_func ("/review/form", test_form);
  g_test_add_func ("/review/form/blank", test_form_blank);
  g_test_add_func ("/review/title", test_title);
  g_test_add_func ("/review/sample", test_sample);

  return g_test_run ();
}
