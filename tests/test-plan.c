/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-practice.h"
#include "cb-sample.h"
#include "cb-test-util.h"

static CbPlan *
round_trip (CbPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (plan), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.plan\""));

  back = cb_json_parse (CB_TYPE_PLAN, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_PLAN (back));

  return CB_PLAN (back);
}

static void
assert_field_order (CbRecordClass      *klass,
                    const char * const *order,
                    guint               n_order)
{
  const CbFieldSpec *fields;
  guint n_fields;

  fields = cb_record_class_get_fields (klass, &n_fields);
  g_assert_cmpuint (n_fields, ==, n_order);
  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_cmpstr (fields[i].name, ==, order[i]);
      g_assert_nonnull (fields[i].label);
    }
}

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_PLAN);
  g_autoptr(GTypeClass) objective_class = g_type_class_ref (CB_TYPE_OBJECTIVE);
  g_autoptr(GTypeClass) milestone_class = g_type_class_ref (CB_TYPE_MILESTONE);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = {
    "mentee_name", "mentor_name", "meeting_date", "length", "method", "start_date", "completion_date",
    "review_dates", "long_term_goal", "priorities", "want_to_do", "want_to_feel", "want_to_be",
    "achieve_by", "need_to_learn", "objectives", "learning_opportunities", "comments",
  };
  static const char * const objective_order[] = {
    "id", "objective", "smart_specific", "smart_specific_note", "smart_measurable", "smart_measurable_note",
    "smart_achievable", "smart_achievable_note", "smart_realistic", "smart_realistic_note",
    "smart_timed", "smart_timed_note", "timescale", "target_date", "milestones", "success_criteria",
    "status", "progress_notes",
  };
  static const char * const milestone_order[] = { "text", "date", "done" };
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;
  int index;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.plan");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "plans");
  g_assert_cmpstr (document_class->date_field, ==, "start_date");
  g_assert_cmpstr (document_class->form_title, ==, "Development Plan");
  g_assert_true (cb_document_type_from_name ("coachbook.plan") == CB_TYPE_PLAN);

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_PLAN;
  g_assert_true (registered);

  assert_field_order (CB_RECORD_CLASS (klass), order, G_N_ELEMENTS (order));
  assert_field_order (CB_RECORD_CLASS (objective_class), objective_order, G_N_ELEMENTS (objective_order));
  assert_field_order (CB_RECORD_CLASS (milestone_class), milestone_order, G_N_ELEMENTS (milestone_order));

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  index = cb_record_class_find_field (CB_RECORD_CLASS (klass), "objectives");
  g_assert_cmpint (fields[index].kind, ==, CB_FIELD_TABLE);
  g_assert_true (fields[index].type_func () == CB_TYPE_OBJECTIVE);
  index = cb_record_class_find_field (CB_RECORD_CLASS (klass), "learning_opportunities");
  g_assert_cmpint (fields[index].kind, ==, CB_FIELD_MULTI_CHOICE);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "priorities")].kind, ==, CB_FIELD_LIST);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "need_to_learn")].kind, ==, CB_FIELD_LIST);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "review_dates")].kind, ==, CB_FIELD_LIST);
  /* Track 5's eleven learning opportunities. */
  {
    g_autoptr(GFlagsClass) flags = g_type_class_ref (CB_TYPE_LEARNING_OPPORTUNITY);
    g_assert_cmpuint (flags->n_values, ==, 11);
  }

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (objective_class), &n_fields);
  g_assert_cmpint (fields[0].flags & CB_FIELD_FLAG_NO_PRINT, !=, 0);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (objective_class), "milestones")].kind, ==, CB_FIELD_TABLE);
  /* Track 10's guidance is the help of each tick, and shown on demand. */
  g_assert_nonnull (strstr (fields[cb_record_class_find_field (CB_RECORD_CLASS (objective_class), "smart_specific")].help,
                            "how easy it would be for a third party to understand them"));
  g_assert_nonnull (strstr (fields[cb_record_class_find_field (CB_RECORD_CLASS (objective_class), "smart_timed")].help,
                            "specify a date in the not too distant future"));
  for (guint c = 0; c < CB_SMART_N_CRITERIA; c++)
    {
      int tick = cb_record_class_find_field (CB_RECORD_CLASS (objective_class), cb_smart_criterion_get_field (c));
      int note = cb_record_class_find_field (CB_RECORD_CLASS (objective_class), cb_smart_criterion_get_note_field (c));

      g_assert_cmpint (tick, >=, 0);
      g_assert_cmpint (note, ==, tick + 1);
      g_assert_cmpint (fields[tick].kind, ==, CB_FIELD_BOOLEAN);
      g_assert_cmpint (fields[note].kind, ==, CB_FIELD_LINE);
      g_assert_cmpstr (cb_smart_criterion_get_guidance (c), ==, fields[tick].help);
      g_assert_cmpstr (cb_smart_criterion_get_label (c), ==, fields[tick].label);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(CbPlan) plan = cb_plan_new ();
  g_autoptr(CbPlan) back = NULL;
  g_autoptr(CbPlan) empty = cb_plan_new ();
  g_autoptr(CbPlan) empty_back = NULL;
  CbObjective *objective;
  CbObjective *found;
  const char *priorities[] = { "First things first", "Then the rest", NULL };

  cb_test_fill_record (CB_RECORD (plan), "plan");
  g_assert_cmpuint (g_list_model_get_n_items (cb_plan_get_objectives (plan)), ==, 2);

  cb_plan_set_priorities (plan, priorities);
  objective = cb_plan_add_objective (plan, "Present at the team meeting");
  g_assert_true (cb_uuid_is_valid (cb_objective_get_id (objective)));
  cb_objective_set_smart (objective, CB_SMART_TIMED, TRUE);
  cb_objective_set_smart_note (objective, CB_SMART_TIMED, "Next team meeting");
  cb_objective_set_target_date (objective, "2026-05-01");
  cb_objective_set_status (objective, CB_OBJECTIVE_STATUS_ACHIEVED);
  cb_objective_add_milestone (objective, "Slides drafted", "2026-04-01");
  cb_milestone_set_done (cb_objective_add_milestone (objective, "Rehearsal", "2026-04-15"), TRUE);

  back = round_trip (plan);
  cb_test_assert_records_equal (CB_RECORD (plan), CB_RECORD (back));

  g_assert_cmpuint (g_list_model_get_n_items (cb_plan_get_objectives (back)), ==, 3);
  found = cb_plan_find_objective (back, cb_objective_get_id (objective));
  g_assert_nonnull (found);
  g_assert_cmpstr (cb_objective_get_objective (found), ==, "Present at the team meeting");
  g_assert_true (cb_objective_get_smart (found, CB_SMART_TIMED));
  g_assert_false (cb_objective_get_smart (found, CB_SMART_SPECIFIC));
  g_assert_cmpstr (cb_objective_get_smart_note (found, CB_SMART_TIMED), ==, "Next team meeting");
  g_assert_cmpint (cb_objective_get_status (found), ==, CB_OBJECTIVE_STATUS_ACHIEVED);
  {
    GListModel *milestones = cb_objective_get_milestones (found);
    g_autoptr(CbMilestone) second = NULL;
    g_auto(GStrv) back_priorities = cb_plan_dup_priorities (back);

    g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 2);
    second = g_list_model_get_item (milestones, 1);
    g_assert_cmpstr (cb_milestone_get_text (second), ==, "Rehearsal");
    g_assert_cmpstr (cb_milestone_get_date (second), ==, "2026-04-15");
    g_assert_true (cb_milestone_get_done (second));
    g_assert_cmpstrv (back_priorities, priorities);
  }
  /* The filled rows carry nested milestone tables too. */
  {
    g_autoptr(CbObjective) first = g_list_model_get_item (cb_plan_get_objectives (back), 0);
    g_assert_cmpuint (g_list_model_get_n_items (cb_objective_get_milestones (first)), ==, 2);
  }

  empty_back = round_trip (empty);
  cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
}

static guint n_changed;

static void
on_changed (CbRecord *record,
            gpointer  user_data)
{
  n_changed++;
}

static void
test_nested_edit (void)
{
  g_autoptr(CbPlan) plan = cb_plan_new ();
  CbObjective *objective = cb_plan_add_objective (plan, "Objective");
  CbMilestone *milestone = cb_objective_add_milestone (objective, "Step", "2026-04-01");
  guint generation = cb_document_get_generation (CB_DOCUMENT (plan));

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), NULL);
  n_changed = 0;

  /* An edit of a milestone of an objective is an edit of the plan. */
  cb_milestone_set_done (milestone, TRUE);
  g_assert_cmpuint (n_changed, >, 0);
  g_assert_cmpuint (cb_document_get_generation (CB_DOCUMENT (plan)), >, generation);
  g_assert_true (cb_document_get_dirty (CB_DOCUMENT (plan)));
}

static void
test_smart (void)
{
  g_autoptr(CbObjective) o = cb_objective_new (NULL);
  GDate today;

  g_assert_true (cb_uuid_is_valid (cb_objective_get_id (o)));
  g_assert_false (cb_objective_is_smart (o));
  g_assert_cmpstr (cb_objective_smart_hint (o), ==, "Not yet SMART: say what the objective is");
  g_assert_false (cb_objective_is_open (o));

  cb_objective_set_objective (o, "Speak at the team meeting");
  g_assert_true (cb_objective_is_open (o));
  g_assert_cmpstr (cb_objective_smart_hint (o), ==,
                   "Not yet SMART: add a date by which it will be done and how you will measure it");

  cb_objective_set_success_criteria (o, "Five minutes without notes");
  g_assert_cmpstr (cb_objective_smart_hint (o), ==, "Not yet SMART: add a date by which it will be done");
  g_assert_false (cb_objective_is_smart (o));

  cb_objective_set_timescale (o, "By the next team meeting");
  g_assert_null (cb_objective_smart_hint (o));
  g_assert_true (cb_objective_is_smart (o));

  /* A target date is a date too; a measure can be the tick alone. */
  cb_objective_set_timescale (o, "");
  cb_objective_set_target_date (o, "2026-06-01");
  g_assert_true (cb_objective_is_smart (o));
  cb_objective_set_success_criteria (o, "");
  g_assert_cmpstr (cb_objective_smart_hint (o), ==, "Not yet SMART: add how you will measure it");
  cb_objective_set_smart (o, CB_SMART_MEASURABLE, TRUE);
  g_assert_true (cb_objective_is_smart (o));
  cb_objective_set_target_date (o, "");
  cb_objective_set_timescale (o, "   ");
  g_assert_cmpstr (cb_objective_smart_hint (o), ==, "Not yet SMART: add a date by which it will be done");

  /* Milestones: due on the day, overdue after it. */
  {
    g_autoptr(CbMilestone) m = cb_milestone_new ("Slides", "2026-03-10");

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, 10, 3, 2026);
    g_assert_true (cb_milestone_is_due (m, &today));
    g_assert_false (cb_milestone_is_overdue (m, &today));
    g_date_add_days (&today, 1);
    g_assert_true (cb_milestone_is_overdue (m, &today));
    cb_milestone_set_done (m, TRUE);
    g_assert_false (cb_milestone_is_due (m, &today));
  }
}

static void
test_progress (void)
{
  g_autoptr(CbPlan) plan = cb_plan_new ();
  CbObjective *a, *b, *c;
  CbPlanProgress progress;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);

  cb_plan_get_progress (plan, &today, &progress);
  g_assert_cmpuint (progress.n_objectives, ==, 0);
  g_assert_true (cb_plan_is_smart (plan));

  a = cb_plan_add_objective (plan, "A");
  cb_objective_set_timescale (a, "Soon");
  cb_objective_set_success_criteria (a, "Done");
  cb_objective_set_status (a, CB_OBJECTIVE_STATUS_IN_PROGRESS);
  cb_objective_add_milestone (a, "done one", "2026-03-01");
  cb_milestone_set_done (cb_objective_add_milestone (a, "done two", "2026-02-01"), TRUE);
  cb_objective_add_milestone (a, "due today", "2026-03-10");
  cb_objective_add_milestone (a, "later", "2026-04-10");

  b = cb_plan_add_objective (plan, "B");   /* not SMART */
  cb_objective_add_milestone (b, "undated", NULL);

  c = cb_plan_add_objective (plan, "C");
  cb_objective_set_status (c, CB_OBJECTIVE_STATUS_ACHIEVED);
  cb_plan_add_objective (plan, "");         /* an empty row counts for nothing */
  {
    CbObjective *d = cb_plan_add_objective (plan, "D");
    cb_objective_set_status (d, CB_OBJECTIVE_STATUS_DROPPED);
  }

  cb_plan_get_progress (plan, &today, &progress);
  g_assert_cmpuint (progress.n_objectives, ==, 4);
  g_assert_cmpuint (progress.by_status[CB_OBJECTIVE_STATUS_NOT_STARTED], ==, 1);
  g_assert_cmpuint (progress.by_status[CB_OBJECTIVE_STATUS_IN_PROGRESS], ==, 1);
  g_assert_cmpuint (progress.by_status[CB_OBJECTIVE_STATUS_ACHIEVED], ==, 1);
  g_assert_cmpuint (progress.by_status[CB_OBJECTIVE_STATUS_DROPPED], ==, 1);
  g_assert_cmpuint (progress.n_not_smart, ==, 1);   /* B; C and D are closed */
  g_assert_cmpuint (progress.n_milestones, ==, 5);
  g_assert_cmpuint (progress.milestones_done, ==, 1);
  g_assert_cmpuint (progress.milestones_due, ==, 2);
  g_assert_cmpuint (progress.milestones_overdue, ==, 1);
  g_assert_false (cb_plan_is_smart (plan));
}

static CbMeeting *
add_meeting (CbClient   *client,
             const char *date)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  cb_meeting_set_date (meeting, date);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;
}

static void
test_actions (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbPlan) plan = cb_plan_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;
  CbObjective *objective, *other;
  CbMeeting *first, *second;
  CbAction *a1, *a2, *a3;

  cb_client_set_name (client, "Sam Patel");
  cb_client_add_document (client, CB_DOCUMENT (plan));
  objective = cb_plan_add_objective (plan, "Chair the weekly meeting");
  other = cb_plan_add_objective (plan, "Something else");

  second = add_meeting (client, "2026-03-10");
  first = add_meeting (client, "2026-02-10");
  a1 = cb_meeting_add_action (first, "Watch the head chair a meeting", CB_ACTION_OWNER_CLIENT, NULL);
  cb_meeting_add_action (first, "Unrelated", CB_ACTION_OWNER_CLIENT, NULL);
  a2 = cb_meeting_add_action (second, "Chair one item", CB_ACTION_OWNER_CLIENT, NULL);
  a3 = cb_meeting_add_action (second, "Read about agendas", CB_ACTION_OWNER_COACH, NULL);
  cb_action_set_serves_objective (a1, cb_objective_get_id (objective));
  cb_action_set_serves_objective (a2, cb_objective_get_id (objective));
  cb_action_set_serves_objective (a3, cb_objective_get_id (other));

  found = cb_plan_list_actions_for_objective (plan, client, cb_objective_get_id (objective));
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (found->pdata[0] == a1);   /* oldest meeting first */
  g_assert_true (found->pdata[1] == a2);

  none = cb_plan_list_actions_for_objective (plan, client, "");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_current (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbPlan) old = cb_plan_new ();
  g_autoptr(CbPlan) current = cb_plan_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbPlan) fresh = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  g_assert_null (cb_client_get_current_plan (client));

  cb_client_set_name (client, "Sam Patel");
  cb_plan_set_start_date (current, "2026-03-01");
  cb_plan_set_start_date (old, "2025-09-01");
  cb_client_add_document (client, CB_DOCUMENT (current));
  cb_client_add_document (client, CB_DOCUMENT (old));
  cb_client_add_document (client, CB_DOCUMENT (meeting));

  g_assert_true (cb_client_get_current_plan (client) == current);
  plans = cb_client_list_plans (client);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_true (plans->pdata[1] == old);

  fresh = cb_plan_new_for_client (client, now);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (fresh), "mentee_name"), ==, "Sam Patel");
  g_assert_cmpstr (cb_plan_get_start_date (fresh), ==, "2026-03-10");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (fresh), "meeting_date"), ==, "2026-03-10");
  g_assert_cmpuint (g_list_model_get_n_items (cb_client_get_documents (client)), ==, 3);
}

static CbForm *
describe (CbPlan   *plan,
          gboolean  blank)
{
  CbFormContext context = { "Test Practice", "Sam Patel", blank, TRUE };

  return cb_document_describe_form (CB_DOCUMENT (plan), &context);
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
            guint            from,
            CbFormBlockKind  kind,
            const char      *label)
{
  for (guint i = from; i < cb_form_get_n_blocks (form); i++)
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
  g_autoptr(CbPlan) plan = cb_plan_new ();
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;
  const CbFormBlock *block;
  const char *priorities[] = { "Rota", "Delegation", NULL };
  CbObjective *objective;
  int goal, short_term, o1, o2, opportunities;

  cb_record_set_string (CB_RECORD (plan), "mentee_name", "Sam Patel");
  cb_record_set_string (CB_RECORD (plan), "mentor_name", "Morgan Ellery");
  cb_plan_set_start_date (plan, "2026-03-09");
  cb_plan_set_long_term_goal (plan, "Lead the ward with confidence");
  cb_plan_set_priorities (plan, priorities);
  cb_record_set_flags (CB_RECORD (plan), "learning_opportunities", CB_LEARNING_OPPORTUNITY_READING);
  objective = cb_plan_add_objective (plan, "No unfilled shifts for four weeks");
  cb_objective_set_smart (objective, CB_SMART_SPECIFIC, TRUE);
  cb_objective_set_smart (objective, CB_SMART_TIMED, TRUE);
  cb_objective_set_smart_note (objective, CB_SMART_ACHIEVABLE, "With bank staff");
  cb_objective_set_timescale (objective, "By the end of the quarter");
  cb_objective_set_success_criteria (objective, "The rota shows it");
  cb_objective_add_milestone (objective, "Plan drafted", "2026-03-20");
  cb_plan_add_objective (plan, "Delegate more");

  form = describe (plan, FALSE);
  g_assert_cmpstr (cb_form_get_title (form), ==, "Development Plan");
  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "Sam Patel"));
  g_assert_nonnull (strstr (text, "9 March 2026"));
  g_assert_null (strstr (text, cb_objective_get_id (objective)));   /* ids are not printed */

  /* Resource 15's order: header, long-term goal, priorities, objectives. */
  g_assert_nonnull (find_block (form, 0, CB_FORM_FIELD, "Mentee"));
  g_assert_nonnull (find_block (form, 0, CB_FORM_CHECKLIST, "Method of contact"));
  goal = heading_index (form, "Long term goal");
  short_term = heading_index (form, "Short term goals and priorities");
  o1 = heading_index (form, "Objective 1");
  o2 = heading_index (form, "Objective 2");
  opportunities = heading_index (form, "Learning opportunities");
  g_assert_cmpint (goal, >, 0);
  g_assert_cmpint (goal, <, short_term);
  g_assert_cmpint (short_term, <, heading_index (form, "Identifying learning needs"));
  g_assert_cmpint (heading_index (form, "Identifying learning needs"), <, o1);
  g_assert_cmpint (o1, <, o2);
  g_assert_cmpint (o2, <, opportunities);
  g_assert_cmpint (opportunities, <, heading_index (form, "Additional comments"));

  block = find_block (form, short_term, CB_FORM_LIST, NULL);
  g_assert_cmpstr (block->items[0], ==, "1. Rota");
  g_assert_cmpstr (block->items[1], ==, "2. Delegation");

  block = find_block (form, o1, CB_FORM_CHECKLIST, "SMART check");
  g_assert_cmpuint (g_strv_length (block->items), ==, 5);
  g_assert_cmpstr (block->items[0], ==, "Specific");
  g_assert_cmpuint (block->checked, ==, (1 << CB_SMART_SPECIFIC) | (1 << CB_SMART_TIMED));
  g_assert_cmpstr (find_block (form, o1, CB_FORM_FIELD, "Achievable")->text, ==, "With bank staff");
  g_assert_cmpstr (find_block (form, o1, CB_FORM_FIELD, "Timescale")->text, ==, "By the end of the quarter");
  block = find_block (form, o1, CB_FORM_TABLE, NULL);
  g_assert_cmpstr (block->items[0], ==, "Milestone");
  g_assert_cmpuint (block->rows->len, ==, 1);
  g_assert_cmpstr (((char **) block->rows->pdata[0])[0], ==, "Plan drafted");
  g_assert_cmpstr (((char **) block->rows->pdata[0])[1], ==, "20 March 2026");
  g_assert_cmpstr (find_block (form, o1, CB_FORM_TEXT, "Success criteria")->text, ==, "The rota shows it");
  block = find_block (form, o1, CB_FORM_CHECKLIST, "Status");
  g_assert_cmpuint (block->checked, ==, 1 << CB_OBJECTIVE_STATUS_NOT_STARTED);

  /* The second objective has an empty milestones table to write in. */
  block = find_block (form, o2, CB_FORM_TABLE, NULL);
  g_assert_cmpuint (block->rows->len, ==, 0);
  g_assert_cmpuint (block->blank_lines, >, 0);

  block = find_block (form, opportunities, CB_FORM_CHECKLIST, NULL);
  g_assert_cmpuint (g_strv_length (block->items), ==, 11);
  g_assert_cmpuint (block->checked, ==, 1 << 7);
}

static void
test_form_blank (void)
{
  g_autoptr(CbPlan) empty = cb_plan_new ();
  g_autoptr(CbPlan) filled = cb_plan_new ();
  g_autoptr(CbForm) form = describe (empty, TRUE);
  g_autoptr(CbForm) blank_filled = NULL;
  g_autofree char *text = NULL;
  const CbFormBlock *block;
  int o1;

  g_assert_cmpint (heading_index (form, "Long term goal"), >, 0);
  o1 = heading_index (form, "Objective 1");
  g_assert_cmpint (o1, >, 0);
  g_assert_cmpint (heading_index (form, "Objective 3"), >, o1);
  block = find_block (form, o1, CB_FORM_TEXT, "Objective");
  g_assert_null (block->text);
  g_assert_cmpuint (block->blank_lines, >, 0);
  block = find_block (form, o1, CB_FORM_TABLE, NULL);
  g_assert_cmpuint (block->rows->len, ==, 0);
  g_assert_cmpuint (block->blank_lines, >, 0);
  block = find_block (form, o1, CB_FORM_CHECKLIST, "SMART check");
  g_assert_cmpuint (block->checked, ==, 0);
  block = find_block (form, 0, CB_FORM_FIELD, "Mentee");
  g_assert_null (block->text);

  /* A filled plan printed blank shows none of its values. */
  cb_test_fill_record (CB_RECORD (filled), "x");
  blank_filled = describe (filled, TRUE);
  text = cb_form_to_text (blank_filled);
  g_assert_null (strstr (text, "long_term_goal x"));
  g_assert_null (strstr (text, "objective x"));
  g_assert_null (strstr (text, "text x"));
  for (guint i = 0; i < cb_form_get_n_blocks (blank_filled); i++)
    {
      const CbFormBlock *b = cb_form_get_block (blank_filled, i);

      if (b->kind == CB_FORM_CHECKLIST)
        g_assert_cmpuint (b->checked, ==, 0);
      if (b->kind == CB_FORM_TABLE)
        g_assert_cmpuint (b->rows->len, ==, 0);
    }
}

static void
test_practice_pdp (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Test Practice");
  g_autoptr(CbPlan) pdp = cb_plan_new ();
  g_autofree char *title = NULL;
  g_autofree char *client_title = NULL;
  g_autoptr(CbPlan) other = cb_plan_new ();

  cb_plan_set_start_date (pdp, "2026-01-05");
  cb_practice_add_document (practice, CB_DOCUMENT (pdp));
  g_assert_true (cb_practice_find_document (practice, cb_document_get_id (CB_DOCUMENT (pdp))) == CB_DOCUMENT (pdp));
  title = cb_document_dup_title (CB_DOCUMENT (pdp));
  g_assert_cmpstr (title, ==, "Personal Development Plan from 5 January 2026");

  cb_plan_set_start_date (other, "2026-01-05");
  client_title = cb_document_dup_title (CB_DOCUMENT (other));
  g_assert_cmpstr (client_title, ==, "Development Plan from 5 January 2026");
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  guint n_plans = 0, n_smart = 0, n_not_smart = 0, n_milestones = 0, n_linked = 0;

  cb_sample_add_agreements (clients);
  cb_sample_add_meetings (clients, now);
  cb_sample_add_plans_and_reviews (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      CbClient *client = clients->pdata[i];
      g_autoptr(GPtrArray) plans = cb_client_list_plans (client);

      for (guint j = 0; j < plans->len; j++)
        {
          CbPlan *plan = plans->pdata[j];
          g_autoptr(CbPlan) back = round_trip (plan);
          GListModel *objectives = cb_plan_get_objectives (plan);

          n_plans++;
          cb_test_assert_records_equal (CB_RECORD (plan), CB_RECORD (back));
          for (guint k = 0; k < g_list_model_get_n_items (objectives); k++)
            {
              g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, k);
              g_autoptr(GPtrArray) actions = cb_plan_list_actions_for_objective (plan, client, cb_objective_get_id (objective));

              if (cb_objective_is_smart (objective))
                n_smart++;
              else
                n_not_smart++;
              n_milestones += g_list_model_get_n_items (cb_objective_get_milestones (objective));
              n_linked += actions->len;
            }
        }
    }

  g_assert_cmpuint (n_plans, >=, 3);
  g_assert_cmpuint (n_smart, >=, 3);
  g_assert_cmpuint (n_not_smart, >=, 1);
  g_assert_cmpuint (n_milestones, >=, 6);
  g_assert_cmpuint (n_linked, >=, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/class", test_class);
  g_test_add_func ("/plan/round-trip", test_round_trip);
  g_test_add_func ("/plan/nested-edit", test_nested_edit);
  g_test_add_func ("/plan/smart", test_smart);
  g_test_add_func ("/plan/progress", test_progress);
  g_test_add_func ("/plan/actions", test_actions);
  g_test_add_func ("/plan/current", test_current);
  g_test_add_func ("/plan/form", test_form);
  g_test_add_func ("/plan/form/blank", test_form_blank);
  g_test_add_func ("/plan/practice-pdp", test_practice_pdp);
  g_test_add_func ("/plan/sample", test_sample);

  return g_test_run ();
}
