/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-practice.h"
#include "cb-sample.h"
#include "cb-test-util.h"

static CbMeeting *
round_trip (CbMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (meeting), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.meeting\""));

  back = cb_json_parse (CB_TYPE_MEETING, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_MEETING (back));

  return CB_MEETING (back);
}

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_MEETING);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = {
    "date", "time", "venue", "length_minutes", "method", "payment", "attendance", "group_size",
    "achieved_since_last", "carried_over",
    "challenges", "topics", "summary", "actions", "steps", "next_topic", "actions_before_next",
    "resources_required", "next_date", "next_time", "next_venue", "guide",
    "grow_goal", "grow_reality", "grow_options", "grow_way_forward", "commitment", "commitment_next_steps",
    "oskar_outcome", "oskar_scaling_now", "oskar_scaling_target", "oskar_know_how", "oskar_affirm_action",
    "oskar_review", "exploration", "new_understanding", "action_planning", "private_notes",
  };
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.meeting");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "meetings");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpstr (document_class->form_title, ==, "Record of Meeting");
  g_assert_true (cb_document_type_from_name ("coachbook.meeting") == CB_TYPE_MEETING);

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_MEETING;
  g_assert_true (registered);

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_cmpstr (fields[i].name, ==, order[i]);
      g_assert_nonnull (fields[i].label);
    }

  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "private_notes")].flags &
                   CB_FIELD_FLAG_PRIVATE, !=, 0);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "carried_over")].flags &
                   CB_FIELD_FLAG_NO_PRINT, !=, 0);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "time")].kind, ==, CB_FIELD_TIME);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "actions")].kind, ==, CB_FIELD_TABLE);
  g_assert_cmpint (cb_record_class_get_variant_field (CB_RECORD_CLASS (klass)), ==,
                   cb_record_class_find_field (CB_RECORD_CLASS (klass), "guide"));
  /* Resource 12's questions are the GROW stages' help. */
  g_assert_nonnull (strstr (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "grow_goal")].help,
                            "How will you know when you have reached your goal?"));
}

static void
test_action (void)
{
  g_autoptr(CbAction) a = cb_action_new ();
  g_autoptr(CbAction) b = cb_action_new ();
  GDate today;

  g_assert_true (cb_uuid_is_valid (cb_action_get_id (a)));
  g_assert_cmpstr (cb_action_get_id (a), !=, cb_action_get_id (b));
  g_assert_false (cb_action_is_open (a));   /* no text yet */

  cb_action_set_action (a, "Write the plan");
  g_assert_true (cb_action_is_open (a));
  g_assert_cmpstr (cb_action_get_owner_label (a), ==, "Client");
  cb_action_set_owner (a, CB_ACTION_OWNER_OTHER);
  g_assert_cmpstr (cb_action_get_owner_label (a), ==, "Other");
  cb_action_set_owner_name (a, "Grace");
  g_assert_cmpstr (cb_action_get_owner_label (a), ==, "Grace");

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);
  g_assert_false (cb_action_is_overdue (a, &today));   /* no due date */
  cb_action_set_due_date (a, "2026-03-09");
  g_assert_true (cb_action_is_overdue (a, &today));
  cb_action_set_due_date (a, "2026-03-10");
  g_assert_false (cb_action_is_overdue (a, &today));
  cb_action_set_due_date (a, "2026-03-01");

  cb_action_set_done (a, TRUE, &today);
  g_assert_true (cb_action_get_done (a));
  g_assert_cmpstr (cb_action_get_done_date (a), ==, "2026-03-10");
  g_assert_false (cb_action_is_open (a));
  g_assert_false (cb_action_is_overdue (a, &today));
  cb_action_set_done (a, FALSE, &today);
  g_assert_cmpstr (cb_action_get_done_date (a), ==, "");
  g_assert_true (cb_action_is_overdue (a, &today));

  /* A row an editor appends has an id too. */
  {
    g_autoptr(CbMeeting) meeting = cb_meeting_new ();
    CbRecord *row = cb_record_append_row (CB_RECORD (meeting), "actions");

    g_assert_true (cb_uuid_is_valid (cb_action_get_id (CB_ACTION (row))));
  }
}

static void
test_round_trip (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbMeeting) back = NULL;
  g_autoptr(CbMeeting) empty = cb_meeting_new ();
  g_autoptr(CbMeeting) empty_back = NULL;
  const char *ids[] = { "aaaaaaaa-1111-4111-8111-111111111111", "bbbbbbbb-2222-4222-8222-222222222222", NULL };
  CbAction *action;
  g_auto(GStrv) carried = NULL;

  cb_test_fill_record (CB_RECORD (meeting), "meeting");
  /* Ratings are kept on their scale even when set directly. */
  g_assert_cmpint (cb_meeting_get_commitment (meeting), <=, 10);
  cb_meeting_set_commitment (meeting, 5, NULL);
  cb_meeting_set_scaling (meeting, 3, 9, NULL);
  cb_meeting_set_carried_over (meeting, ids);
  action = cb_meeting_add_action (meeting, "Ring the matron; ask about bank staff", CB_ACTION_OWNER_COACH, "2026-04-01");
  cb_action_set_serves_objective (action, "objective-7");

  back = round_trip (meeting);
  cb_test_assert_records_equal (CB_RECORD (meeting), CB_RECORD (back));
  g_assert_cmpuint (g_list_model_get_n_items (cb_meeting_get_actions (back)), ==, 3);
  {
    g_autoptr(CbAction) row = g_list_model_get_item (cb_meeting_get_actions (back), 2);

    g_assert_cmpstr (cb_action_get_id (row), ==, cb_action_get_id (action));
    g_assert_cmpstr (cb_action_get_serves_objective (row), ==, "objective-7");
    g_assert_cmpint (cb_action_get_owner (row), ==, CB_ACTION_OWNER_COACH);
  }
  g_assert_cmpint (cb_meeting_get_commitment (back), ==, 5);
  g_assert_cmpint (cb_meeting_get_scaling_now (back), ==, 3);
  g_assert_cmpint (cb_meeting_get_scaling_target (back), ==, 9);
  carried = cb_meeting_dup_carried_over (back);
  g_assert_cmpstrv (carried, ids);

  empty_back = round_trip (empty);
  cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
}

static CbMeeting *
add_meeting (CbClient   *client,
             const char *date,
             const char *time)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, time);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;
}

static void
test_following (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbMeeting) first_next = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 14, 53, 20);
  g_autoptr(GDateTime) late = g_date_time_new_local (2026, 3, 10, 23, 59, 0);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CbMeeting) next = NULL;
  g_autoptr(CbMeeting) next_late = NULL;
  g_auto(GStrv) carried = NULL;
  CbMeeting *old, *latest;
  CbAction *done, *open_old, *open_new, *blank;

  /* No earlier meeting: only date and time. */
  first_next = cb_meeting_new_following (client, now);
  g_assert_cmpstr (cb_meeting_get_date (first_next), ==, "2026-03-10");
  g_assert_cmpstr (cb_meeting_get_time (first_next), ==, "15:00");
  g_assert_cmpstr (cb_meeting_get_venue (first_next), ==, "");
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (first_next)));

  old = add_meeting (client, "2026-01-05", "09:00");
  cb_meeting_set_venue (old, "The old office");
  cb_meeting_set_method (old, CB_MEETING_METHOD_TELEPHONE);
  done = cb_meeting_add_action (old, "Done already", CB_ACTION_OWNER_CLIENT, "2026-01-20");
  cb_action_set_done (done, TRUE, NULL);
  open_old = cb_meeting_add_action (old, "Still open from January", CB_ACTION_OWNER_CLIENT, "2026-01-30");

  latest = add_meeting (client, "2026-02-16", "10:30");
  cb_meeting_set_venue (latest, "Café on Mill Lane");
  cb_meeting_set_length_minutes (latest, 75);
  cb_meeting_set_method (latest, CB_MEETING_METHOD_VIDEO_CALL);
  open_new = cb_meeting_add_action (latest, "Open from February", CB_ACTION_OWNER_COACH, "2026-03-01");
  blank = cb_meeting_add_action (latest, "", CB_ACTION_OWNER_CLIENT, NULL);

  list = cb_client_list_meetings (client);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (list->pdata[0] == latest);
  g_assert_true (list->pdata[1] == old);
  g_assert_true (cb_client_get_latest_meeting (client) == latest);

  next = cb_meeting_new_following (client, now);
  g_assert_cmpstr (cb_meeting_get_date (next), ==, "2026-03-10");
  g_assert_cmpstr (cb_meeting_get_time (next), ==, "15:00");
  g_assert_cmpstr (cb_meeting_get_venue (next), ==, "Café on Mill Lane");
  g_assert_cmpint (cb_meeting_get_length_minutes (next), ==, 75);
  g_assert_cmpint (cb_meeting_get_method (next), ==, CB_MEETING_METHOD_VIDEO_CALL);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (next), "achieved_since_last"), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (cb_meeting_get_actions (next)), ==, 0);

  carried = cb_meeting_dup_carried_over (next);
  g_assert_cmpuint (g_strv_length (carried), ==, 2);
  g_assert_cmpstr (carried[0], ==, cb_action_get_id (open_old));
  g_assert_cmpstr (carried[1], ==, cb_action_get_id (open_new));
  g_assert_false (g_strv_contains ((const char * const *) carried, cb_action_get_id (done)));
  g_assert_false (g_strv_contains ((const char * const *) carried, cb_action_get_id (blank)));

  /* Rounded to the quarter hour, never into tomorrow. */
  next_late = cb_meeting_new_following (client, late);
  g_assert_cmpstr (cb_meeting_get_time (next_late), ==, "23:45");
  g_assert_cmpstr (cb_meeting_get_date (next_late), ==, "2026-03-10");
}

static guint n_child_changed;

static void
on_child_changed (CbDocument *practice,
                  CbDocument *child,
                  GParamSpec *pspec,
                  gpointer    data)
{
  CbDocument **last = data;

  n_child_changed++;
  *last = child;
}

static void
test_tick_carried_over (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Tick");
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbMeeting) next = NULL;
  g_auto(GStrv) carried = NULL;
  CbDocument *last = NULL;
  CbMeeting *old, *owner = NULL;
  CbAction *open_old, *found;
  GDate today;
  guint generation;

  cb_client_set_name (client, "Sam Patel");
  cb_practice_add_client (practice, client);
  old = add_meeting (client, "2026-02-01", "09:00");
  open_old = cb_meeting_add_action (old, "Ask for the board pack", CB_ACTION_OWNER_CLIENT, "2026-02-20");

  next = cb_meeting_new_following (client, now);
  cb_client_add_document (client, CB_DOCUMENT (next));
  carried = cb_meeting_dup_carried_over (next);
  g_assert_cmpuint (g_strv_length (carried), ==, 1);

  found = cb_meeting_find_action (client, carried[0], &owner);
  g_assert_true (found == open_old);
  g_assert_true (owner == old);
  g_assert_null (cb_meeting_find_action (client, "no-such-action", &owner));
  g_assert_null (owner);

  cb_document_mark_saved (CB_DOCUMENT (old), cb_document_get_generation (CB_DOCUMENT (old)));
  cb_document_mark_saved (CB_DOCUMENT (next), cb_document_get_generation (CB_DOCUMENT (next)));
  generation = cb_document_get_generation (CB_DOCUMENT (old));
  g_signal_connect (practice, "child-changed::actions", G_CALLBACK (on_child_changed), &last);
  n_child_changed = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);
  cb_meeting_tick_carried_over (next, client, carried[0], TRUE, &today);

  /* The original row changed: the meeting where it was agreed is the one to save. */
  g_assert_true (cb_action_get_done (open_old));
  g_assert_cmpstr (cb_action_get_done_date (open_old), ==, "2026-03-10");
  g_assert_true (cb_document_get_dirty (CB_DOCUMENT (old)));
  g_assert_cmpuint (cb_document_get_generation (CB_DOCUMENT (old)), >, generation);
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (next)));
  g_assert_cmpuint (n_child_changed, >=, 1);
  g_assert_true (last == CB_DOCUMENT (old));

  /* Unticking works the same way; an unknown id changes nothing. */
  cb_meeting_tick_carried_over (next, client, carried[0], FALSE, &today);
  g_assert_false (cb_action_get_done (open_old));
  cb_meeting_tick_carried_over (next, client, "gone", TRUE, &today);
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (next)));

  g_signal_handlers_disconnect_by_func (practice, on_child_changed, &last);
}

static void
test_commitment (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(GError) error = NULL;
  const int refused[] = { -1, 11, 100, G_MININT, G_MAXINT };

  g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, 0);
  g_assert_false (cb_meeting_commitment_needs_more (meeting));   /* not rated */

  for (int rating = 0; rating <= 10; rating++)
    {
      g_assert_true (cb_meeting_set_commitment (meeting, rating, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, rating);
      g_assert_true (cb_meeting_commitment_needs_more (meeting) == (rating >= 1 && rating <= 6));
    }

  cb_meeting_set_commitment (meeting, 6, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (cb_meeting_set_commitment (meeting, refused[i], &error));
      g_assert_error (error, CB_MEETING_ERROR, CB_MEETING_ERROR_OUT_OF_RANGE);
      g_clear_error (&error);
      g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, 6);
    }

  g_assert_true (cb_meeting_set_scaling (meeting, 0, 10, &error));
  g_assert_false (cb_meeting_set_scaling (meeting, 4, 11, &error));
  g_assert_error (error, CB_MEETING_ERROR, CB_MEETING_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (cb_meeting_set_scaling (meeting, -1, 5, &error));
  g_clear_error (&error);
  g_assert_cmpint (cb_meeting_get_scaling_now (meeting), ==, 0);
  g_assert_cmpint (cb_meeting_get_scaling_target (meeting), ==, 10);

  /* An editor setting the property directly is clamped to the scale. */
  g_object_set (meeting, "commitment", (gint64) 42, NULL);
  g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, 10);
  g_object_set (meeting, "oskar-scaling-now", (gint64) -3, NULL);
  g_assert_cmpint (cb_meeting_get_scaling_now (meeting), ==, 0);
  g_assert_cmpint (cb_record_get_integer (CB_RECORD (meeting), "oskar_scaling_now"), ==, 0);

  /* A document from a newer version cannot be changed. */
  cb_document_set_read_only (CB_DOCUMENT (meeting), TRUE);
  g_assert_false (cb_meeting_set_commitment (meeting, 3, &error));
  g_assert_error (error, CB_MEETING_ERROR, CB_MEETING_ERROR_READ_ONLY);
}

static CbForm *
describe (CbMeeting *meeting,
          gboolean   blank,
          gboolean   include_private)
{
  CbFormContext context = { "Test Practice", "Sam Patel", blank, include_private };

  return cb_document_describe_form (CB_DOCUMENT (meeting), &context);
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

static void
test_form (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) private_form = NULL;
  g_autofree char *text = NULL;
  g_autofree char *private_text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbMeeting) meeting = NULL;
  const CbFormBlock *table;
  CbMeeting *old;
  CbAction *carried_done;
  const char *headings[] = {
    "Actions achieved since the last meeting",
    "Challenges, solutions and outstanding objectives",
    "This meeting",
    "Actions agreed",
    "GROW",
    "Next meeting",
  };
  int last = -1;

  cb_client_set_name (client, "Sam Patel");
  old = add_meeting (client, "2026-02-01", "09:00");
  cb_meeting_add_action (old, "Ask for the board pack", CB_ACTION_OWNER_CLIENT, "2026-02-20");
  carried_done = cb_meeting_add_action (old, "Book the rehearsal room", CB_ACTION_OWNER_COACH, NULL);

  meeting = cb_meeting_new_following (client, now);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  cb_meeting_tick_carried_over (meeting, client, cb_action_get_id (carried_done), TRUE, NULL);
  cb_meeting_set_venue (meeting, "Room 4");
  cb_meeting_set_length_minutes (meeting, 90);
  cb_record_set_string (CB_RECORD (meeting), "summary", "We talked about the board.");
  cb_record_set_string (CB_RECORD (meeting), "private_notes", "SECRET: anxious about the board");
  cb_meeting_set_guide (meeting, CB_MEETING_GUIDE_GROW);
  cb_record_set_string (CB_RECORD (meeting), "grow_goal", "Present without notes");
  cb_meeting_set_commitment (meeting, 5, NULL);
  cb_meeting_add_action (meeting, "Write three questions", CB_ACTION_OWNER_CLIENT, "2026-03-20");
  cb_meeting_set_next_date (meeting, "2026-04-07");
  cb_meeting_set_next_time (meeting, "10:00");

  form = describe (meeting, FALSE, FALSE);
  g_assert_cmpstr (cb_form_get_title (form), ==, "Record of Meeting");
  text = cb_form_to_text (form);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      int index = heading_index (form, headings[i]);

      if (index < 0)
        g_error ("heading “%s” missing from\n%s", headings[i], text);
      g_assert_cmpint (index, >, last);
      last = index;
    }

  g_assert_nonnull (strstr (text, "Room 4"));
  g_assert_nonnull (strstr (text, "90 minutes"));
  g_assert_nonnull (strstr (text, "We talked about the board."));
  g_assert_nonnull (strstr (text, "Present without notes"));
  g_assert_nonnull (strstr (text, "5 out of 10"));
  g_assert_nonnull (strstr (text, "what still needs to happen to help increase motivation?"));
  g_assert_nonnull (strstr (text, "7 April 2026"));
  /* Carried-over actions listed with their ticks. */
  g_assert_nonnull (strstr (text, "☐ Ask for the board pack"));
  g_assert_nonnull (strstr (text, "☑ Book the rehearsal room"));

  table = find_block (form, CB_FORM_TABLE, NULL);
  g_assert_nonnull (table);
  g_assert_cmpstr (table->items[0], ==, "Action");
  g_assert_cmpstr (table->items[1], ==, "Owner");
  g_assert_cmpstr (table->items[2], ==, "Date to be achieved");
  g_assert_cmpstr (table->items[3], ==, "Done");
  g_assert_null (table->items[4]);
  g_assert_cmpuint (table->rows->len, ==, 1);
  g_assert_cmpstr (((char **) table->rows->pdata[0])[0], ==, "Write three questions");
  g_assert_cmpstr (((char **) table->rows->pdata[0])[1], ==, "Client");
  g_assert_cmpstr (((char **) table->rows->pdata[0])[2], ==, "20 March 2026");

  /* Private notes only when asked for, under their own heading. */
  g_assert_null (strstr (text, "SECRET"));
  g_assert_cmpint (heading_index (form, "Private notes"), <, 0);
  private_form = describe (meeting, FALSE, TRUE);
  private_text = cb_form_to_text (private_form);
  g_assert_nonnull (strstr (private_text, "SECRET: anxious about the board"));
  g_assert_cmpint (heading_index (private_form, "Private notes"), >, heading_index (private_form, "Next meeting"));

  /* Only the chosen guide's stages. */
  cb_meeting_set_guide (meeting, CB_MEETING_GUIDE_OSKAR);
  {
    g_autoptr(CbForm) oskar = describe (meeting, FALSE, FALSE);

    g_assert_cmpint (heading_index (oskar, "GROW"), <, 0);
    g_assert_cmpint (heading_index (oskar, "OSKAR"), >=, 0);
  }
  cb_meeting_set_guide (meeting, CB_MEETING_GUIDE_THREE_STAGE);
  {
    g_autoptr(CbForm) three = describe (meeting, FALSE, FALSE);

    g_assert_cmpint (heading_index (three, "Three-stage model of mentoring"), >=, 0);
    g_assert_cmpint (heading_index (three, "OSKAR"), <, 0);
  }
}

static void
test_form_blank (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbMeeting) filled = cb_meeting_new ();
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) blank_filled = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  const CbFormBlock *table;

  form = describe (meeting, TRUE, FALSE);
  text = cb_form_to_text (form);
  g_assert_cmpint (heading_index (form, "Actions agreed"), >=, 0);
  g_assert_cmpint (heading_index (form, "Next meeting"), >=, 0);
  table = find_block (form, CB_FORM_TABLE, NULL);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->rows->len, ==, 0);
  g_assert_cmpuint (table->blank_lines, >, 0);
  g_assert_nonnull (find_block (form, CB_FORM_FIELD, "Date"));
  g_assert_null (find_block (form, CB_FORM_FIELD, "Date")->text);
  g_assert_nonnull (find_block (form, CB_FORM_TEXT, "Summary of discussion"));
  g_assert_null (find_block (form, CB_FORM_TEXT, "Summary of discussion")->text);

  /* A blank form has no values, even from a filled record. */
  cb_test_fill_record (CB_RECORD (filled), "x");
  blank_filled = describe (filled, TRUE, TRUE);
  text2 = cb_form_to_text (blank_filled);
  g_assert_null (strstr (text2, "summary x"));
  g_assert_null (strstr (text2, "private_notes"));
}

static void
test_title (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autofree char *untitled = cb_document_dup_title (CB_DOCUMENT (meeting));
  g_autofree char *title = NULL;

  g_assert_cmpstr (untitled, ==, "Meeting");
  cb_meeting_set_date (meeting, "2026-03-09");
  title = cb_document_dup_title (CB_DOCUMENT (meeting));
  g_assert_cmpstr (title, ==, "Meeting on 9 March 2026");
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  guint n_meetings = 0, n_guides[4] = { 0, }, n_private = 0, n_open = 0, n_done = 0;

  cb_sample_add_meetings (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      g_autoptr(GPtrArray) meetings = cb_client_list_meetings (clients->pdata[i]);

      for (guint j = 0; j < meetings->len; j++)
        {
          CbMeeting *meeting = meetings->pdata[j];
          GListModel *actions = cb_meeting_get_actions (meeting);
          g_autoptr(CbMeeting) back = round_trip (meeting);

          n_meetings++;
          n_guides[cb_meeting_get_guide (meeting)]++;
          n_private += *cb_record_get_string (CB_RECORD (meeting), "private_notes") != '\0';
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(CbAction) action = g_list_model_get_item (actions, k);

              if (cb_action_is_open (action))
                n_open++;
              else
                n_done++;
            }
          cb_test_assert_records_equal (CB_RECORD (meeting), CB_RECORD (back));
        }
    }

  g_assert_cmpuint (n_meetings, >=, 5);
  g_assert_cmpuint (n_guides[CB_MEETING_GUIDE_GROW], >=, 1);
  g_assert_cmpuint (n_guides[CB_MEETING_GUIDE_OSKAR], >=, 1);
  g_assert_cmpuint (n_guides[CB_MEETING_GUIDE_THREE_STAGE], >=, 1);
  g_assert_cmpuint (n_private, >=, 2);
  g_assert_cmpuint (n_open, >=, 3);
  g_assert_cmpuint (n_done, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting/class", test_class);
  g_test_add_func ("/meeting/action", test_action);
  g_test_add_func ("/meeting/round-trip", test_round_trip);
  g_test_add_func ("/meeting/following", test_following);
  g_test_add_func ("/meeting/tick-carried-over", test_tick_carried_over);
  g_test_add_func ("/meeting/commitment", test_commitment);
  g_test_add_func ("/meeting/form", test_form);
  g_test_add_func ("/meeting/form/blank", test_form_blank);
  g_test_add_func ("/meeting/title", test_title);
  g_test_add_func ("/meeting/sample", test_sample);

  return g_test_run ();
}
