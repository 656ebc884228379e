/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-today.h"
#include "cb-test-util.h"

/* A practice built in memory, "today" fixed at Tuesday 10 March 2026:
 *   Ana:  a meeting on 1 February with four actions (overdue, done, due
 *         this week, due later) that booked the next meeting for 12 March;
 *   Ben:  a meeting today at 16:00 (booking the 24th: too far) and one on
 *         20 February with an overdue action;
 *   Cleo: meetings on 3, 17 (today + 7) and 25 March (too far);
 *   Dev:  a meeting on 1 March that booked today, no time.
 * Every items-changed is replayed on a shadow list, which must always
 * equal the model. */

typedef struct
{
  CbPractice *practice;
  CbToday    *today;
  CbClient   *ana, *ben, *cleo, *dev;
  CbMeeting  *ana_feb, *ben_today, *ben_feb, *cleo_17, *dev_mar;
  CbAction   *ana_overdue, *ana_done, *ana_due, *ana_later, *ben_overdue;
  GPtrArray  *shadow;
  guint       n_changes;
  guint       position, removed, added;
} Fixture;

static CbClient *
add_client (Fixture    *f,
            const char *name)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_practice_add_client (f->practice, client);
  return client;
}

static CbMeeting *
add_meeting (CbClient   *client,
             const char *date,
             const char *time)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, time);
  cb_meeting_set_venue (meeting, "Room");
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  f->n_changes++;
  f->position = position;
  f->removed = removed;
  f->added = added;

  g_assert_cmpuint (position + removed, <=, f->shadow->len);
  g_ptr_array_remove_range (f->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (f->shadow, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (f->shadow->len, ==, g_list_model_get_n_items (model));
}

static void
assert_shadow (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (f->today);

  g_assert_cmpuint (f->shadow->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < f->shadow->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == f->shadow->pdata[i]);
    }
  g_assert_null (g_list_model_get_item (model, f->shadow->len));
}

/* The model, one line per item: "kind date time title". */
static char *
dump (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (f->today);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (CB_TYPE_TODAY_ITEM_KIND);
  GString *out = g_string_new (NULL);

  assert_shadow (f);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CbTodayItem) item = g_list_model_get_item (model, i);
      g_autofree char *date = cb_date_to_iso (cb_today_item_get_date (item));

      g_string_append_printf (out, "%s %s %s %s%s\n",
                              g_enum_get_value (kinds, cb_today_item_get_kind (item))->value_nick,
                              date,
                              *cb_today_item_get_time (item) != '\0' ? cb_today_item_get_time (item) : "-",
                              cb_today_item_get_title (item),
                              cb_today_item_get_is_booking (item) ? " (booked)" : "");
    }

  return g_string_free (out, FALSE);
}

static void
assert_dump (Fixture    *f,
             const char *expected)
{
  g_autofree char *actual = dump (f);

  if (g_strcmp0 (actual, expected) != 0)
    g_error ("Today differs.\nExpected:\n%s\nActual:\n%s", expected, actual);
}

static void
set_today (CbToday *today,
           guint    day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, 3, 2026);
  cb_today_set_date (today, &date);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->practice = cb_practice_new ("Today");
  f->ana = add_client (f, "Ana Silva");
  f->ben = add_client (f, "Ben Okafor");
  f->cleo = add_client (f, "Cleo Hart");
  f->dev = add_client (f, "Dev Mehta");

  f->ana_feb = add_meeting (f->ana, "2026-02-01", "09:00");
  f->ana_overdue = cb_meeting_add_action (f->ana_feb, "Ana overdue", CB_ACTION_OWNER_CLIENT, "2026-03-01");
  f->ana_done = cb_meeting_add_action (f->ana_feb, "Ana done", CB_ACTION_OWNER_CLIENT, "2026-03-05");
  cb_action_set_done (f->ana_done, TRUE, NULL);
  f->ana_due = cb_meeting_add_action (f->ana_feb, "Ana due", CB_ACTION_OWNER_COACH, "2026-03-12");
  f->ana_later = cb_meeting_add_action (f->ana_feb, "Ana later", CB_ACTION_OWNER_CLIENT, "2026-03-30");
  cb_meeting_add_action (f->ana_feb, "Ana undated", CB_ACTION_OWNER_CLIENT, NULL);
  cb_meeting_set_next_date (f->ana_feb, "2026-03-12");
  cb_meeting_set_next_time (f->ana_feb, "14:00");
  cb_meeting_set_next_venue (f->ana_feb, "Café");

  f->ben_feb = add_meeting (f->ben, "2026-02-20", "10:00");
  f->ben_overdue = cb_meeting_add_action (f->ben_feb, "Ben overdue", CB_ACTION_OWNER_CLIENT, "2026-03-08");
  f->ben_today = add_meeting (f->ben, "2026-03-10", "16:00");
  cb_meeting_set_next_date (f->ben_today, "2026-03-24");

  add_meeting (f->cleo, "2026-03-03", "11:00");
  f->cleo_17 = add_meeting (f->cleo, "2026-03-17", "10:00");
  add_meeting (f->cleo, "2026-03-25", "10:00");

  f->dev_mar = add_meeting (f->dev, "2026-03-01", "12:00");
  cb_meeting_set_next_date (f->dev_mar, "2026-03-10");

  f->today = cb_today_new (f->practice);
  set_today (f->today, 10);

  f->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->today)); i++)
    g_ptr_array_add (f->shadow, g_list_model_get_item (G_LIST_MODEL (f->today), i));
  g_signal_connect (f->today, "items-changed", G_CALLBACK (on_items_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->shadow, g_ptr_array_unref);
  g_assert_finalize_object (f->today);
  g_clear_object (&f->practice);
}

#define INITIAL \
  "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n" \
  "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n" \
  "action-overdue 2026-03-01 - Ana overdue\n" \
  "action-overdue 2026-03-08 - Ben overdue\n" \
  "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n" \
  "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n" \
  "action-due 2026-03-12 - Ana due\n"

static void
test_initial (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CbTodayItem) booking = NULL;
  g_autoptr(CbTodayItem) action = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->today)) == CB_TYPE_TODAY_ITEM);
  assert_dump (f, INITIAL);

  booking = g_list_model_get_item (G_LIST_MODEL (f->today), 4);
  g_assert_true (cb_today_item_get_client (booking) == f->ana);
  g_assert_true (cb_today_item_get_meeting (booking) == f->ana_feb);
  g_assert_null (cb_today_item_get_action (booking));
  g_assert_cmpstr (cb_today_item_get_venue (booking), ==, "Café");

  action = g_list_model_get_item (G_LIST_MODEL (f->today), 2);
  g_assert_true (cb_today_item_get_action (action) == f->ana_overdue);
  g_assert_true (cb_today_item_get_meeting (action) == f->ana_feb);
}

static void
test_tick_done (Fixture       *f,
                gconstpointer  data)
{
  cb_action_set_done (f->ana_overdue, TRUE, NULL);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 2);
  g_assert_cmpuint (f->removed, ==, 1);
  g_assert_cmpuint (f->added, ==, 0);
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due\n");

  /* Unticked, it comes back where it was. */
  cb_action_set_done (f->ana_overdue, FALSE, NULL);
  g_assert_cmpuint (f->position, ==, 2);
  g_assert_cmpuint (f->removed, ==, 0);
  g_assert_cmpuint (f->added, ==, 1);
  assert_dump (f, INITIAL);

  /* An edit that changes nothing shown emits nothing. */
  f->n_changes = 0;
  cb_record_set_string (CB_RECORD (f->ana_feb), "summary", "Not shown in Today");
  cb_record_set_string (CB_RECORD (f->ana_feb), "steps", "Neither is this");
  cb_action_set_owner (f->ana_due, CB_ACTION_OWNER_OTHER);
  g_assert_cmpuint (f->n_changes, ==, 0);

  /* Rewording an action replaces only its line. */
  cb_action_set_action (f->ana_due, "Ana due, reworded");
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 6);
  g_assert_cmpuint (f->removed, ==, 1);
  g_assert_cmpuint (f->added, ==, 1);

  /* A due date moved into the past makes it overdue. */
  cb_action_set_due_date (f->ana_later, "2026-03-09");
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "action-overdue 2026-03-09 - Ana later\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due, reworded\n");
}

static void
test_move_meeting (Fixture       *f,
                   gconstpointer  data)
{
  /* Next week → tomorrow: it moves ahead of Ana's booking. */
  cb_meeting_set_date (f->cleo_17, "2026-03-11");
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 4);
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-11 10:00 Meeting with Cleo Hart\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "action-due 2026-03-12 - Ana due\n");

  /* → today, earlier than Ben's. */
  cb_meeting_set_date (f->cleo_17, "2026-03-10");
  g_assert_cmpuint (f->position, ==, 0);
  assert_dump (f,
               "meeting-today 2026-03-10 10:00 Meeting with Cleo Hart\n"
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "action-due 2026-03-12 - Ana due\n");

  /* A later time on the same day reorders today's meetings. */
  cb_meeting_set_time (f->cleo_17, "17:30");
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 17:30 Meeting with Cleo Hart\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "action-due 2026-03-12 - Ana due\n");

  /* Out of the week: gone. */
  cb_meeting_set_date (f->cleo_17, "2026-03-18");
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "action-due 2026-03-12 - Ana due\n");

  /* A booking moved is a meeting moved. */
  cb_meeting_set_next_date (f->ana_feb, "2026-03-14");
  cb_meeting_set_next_venue (f->ana_feb, "Library");
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-14 14:00 Meeting with Ana Silva (booked)\n"
               "action-due 2026-03-12 - Ana due\n");
}

static void
test_add_meeting (Fixture       *f,
                  gconstpointer  data)
{
  CbMeeting *meeting;

  /* A new meeting for Ben this week. */
  meeting = add_meeting (f->ben, "2026-03-13", "09:15");
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 5);
  g_assert_cmpuint (f->removed, ==, 0);
  g_assert_cmpuint (f->added, ==, 1);

  /* Its action due this week. */
  cb_meeting_add_action (meeting, "Ben due", CB_ACTION_OWNER_CLIENT, "2026-03-16");
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-13 09:15 Meeting with Ben Okafor\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due\n"
               "action-due 2026-03-16 - Ben due\n");

  /* Dev's booking for today gets its own record: the booking gives way to it. */
  meeting = add_meeting (f->dev, "2026-03-10", "08:00");
  assert_dump (f,
               "meeting-today 2026-03-10 08:00 Meeting with Dev Mehta\n"
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-13 09:15 Meeting with Ben Okafor\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due\n"
               "action-due 2026-03-16 - Ben due\n");

  /* Removed again, the booking is back. */
  g_assert_true (cb_client_remove_document (f->dev, CB_DOCUMENT (meeting)));
  g_assert_cmpuint (f->position, ==, 0);
  g_assert_cmpuint (f->removed, ==, 2);
  g_assert_cmpuint (f->added, ==, 2);
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-13 09:15 Meeting with Ben Okafor\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due\n"
               "action-due 2026-03-16 - Ben due\n");

  /* Removing an action row. */
  cb_meeting_remove_action (f->ben_feb, f->ben_overdue);
  g_assert_cmpuint (f->position, ==, 3);
  g_assert_cmpuint (f->removed, ==, 1);
  g_assert_cmpuint (f->added, ==, 0);
  assert_shadow (f);
}

static void
test_clients (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CbClient) eve = cb_client_new ();
  g_autoptr(CbClient) ana = g_object_ref (f->ana);

  /* Ana leaves: her three lines go, in one change from the first of them. */
  g_assert_true (cb_practice_remove_client (f->practice, f->ana));
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 2);
  g_assert_cmpuint (f->removed, ==, 5);
  g_assert_cmpuint (f->added, ==, 2);
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n");

  /* Her meetings no longer count, even when edited. */
  f->n_changes = 0;
  cb_meeting_set_date (f->ana_feb, "2026-03-11");
  g_assert_cmpuint (f->n_changes, ==, 0);

  /* A new client arrives with a meeting today. */
  cb_client_set_name (eve, "Eve Adams");
  add_meeting (eve, "2026-03-10", "07:30");
  cb_practice_add_client (f->practice, eve);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->position, ==, 0);
  g_assert_cmpuint (f->removed, ==, 0);
  g_assert_cmpuint (f->added, ==, 1);

  /* A client renamed: the titles follow. */
  cb_client_set_name (f->ben, "Benedict Okafor");
  assert_dump (f,
               "meeting-today 2026-03-10 07:30 Meeting with Eve Adams\n"
               "meeting-today 2026-03-10 16:00 Meeting with Benedict Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n");
}

static void
test_date (Fixture       *f,
           gconstpointer  data)
{
  /* A day later: Ben's meeting and Dev's booking are past; Ana's action
   * due on the 12th is still ahead; Cleo's 17th is still in the week. */
  set_today (f->today, 11);
  g_assert_cmpuint (f->n_changes, ==, 1);
  assert_dump (f,
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-due 2026-03-12 - Ana due\n");

  /* The 17th is today: Ben's booking for the 24th comes into the week;
   * Cleo's 25th and Ana's action due on the 30th stay out of it. */
  set_today (f->today, 17);
  assert_dump (f,
               "meeting-today 2026-03-17 10:00 Meeting with Cleo Hart\n"
               "action-overdue 2026-03-01 - Ana overdue\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "action-overdue 2026-03-12 - Ana due\n"
               "meeting-upcoming 2026-03-24 - Meeting with Ben Okafor (booked)\n");

  /* Setting the same day again changes nothing. */
  f->n_changes = 0;
  set_today (f->today, 17);
  g_assert_cmpuint (f->n_changes, ==, 0);

  /* Back to following the clock. */
  cb_today_set_date (f->today, NULL);
  {
    GDate local;

    cb_date_set_today (&local);
    g_assert_cmpint (g_date_compare (cb_today_get_date (f->today), &local), ==, 0);
  }
  assert_shadow (f);
}

static void
test_collect_meetings (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbMeeting) past = cb_meeting_new ();
  g_autoptr(CbMeeting) later = cb_meeting_new ();
  g_autoptr(GPtrArray) items = NULL;
  GDate from;

  cb_client_set_name (client, "Fay");
  cb_meeting_set_date (past, "2026-01-01");
  cb_meeting_set_next_date (past, "2026-05-01");
  cb_client_add_document (client, CB_DOCUMENT (past));
  cb_meeting_set_date (later, "2026-12-24");
  cb_client_add_document (client, CB_DOCUMENT (later));

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 10, 3, 2026);

  /* With no end: the meeting in December only, as the latest meeting
   * (December) booked nothing. */
  items = cb_today_collect_meetings (client, &from, NULL);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_true (cb_today_item_get_meeting (items->pdata[0]) == later);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Without December, January's booking for May shows. */
  cb_client_remove_document (client, CB_DOCUMENT (later));
  items = cb_today_collect_meetings (client, &from, NULL);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_true (cb_today_item_get_is_booking (items->pdata[0]));
  g_assert_cmpint (cb_today_item_get_kind (items->pdata[0]), ==, CB_TODAY_ITEM_MEETING_UPCOMING);
}

static void
test_lifetime (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Lifetime");
  g_autoptr(CbClient) client = cb_client_new ();
  CbToday *today;

  cb_practice_add_client (practice, client);
  today = cb_today_new (practice);
  g_assert_true (cb_today_get_practice (today) == practice);
  g_assert_finalize_object (today);

  /* Nobody listens any more: edits are safe. */
  add_meeting (client, "2026-03-10", "10:00");
  cb_practice_remove_client (practice, client);
}

/* Actions overdue for longer than Today shows are counted, listed on
 * request, and can be closed in bulk and reopened; a client who is not
 * active has no actions in Today. */
static void
test_older_overdue (Fixture       *f,
                    gconstpointer  data)
{
  CbAction *old_one, *older_one;
  GListModel *older;
  g_autoptr(CbTodayItem) first = NULL;
  g_autoptr(GPtrArray) closed = NULL;

  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 0);

  /* Due 3 February and 1 January: more than 28 days before 10 March. */
  old_one = cb_meeting_add_action (f->ben_feb, "Ben old", CB_ACTION_OWNER_CLIENT, "2026-02-03");
  older_one = cb_meeting_add_action (f->ana_feb, "Ana older", CB_ACTION_OWNER_CLIENT, "2026-01-01");
  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 2);
  assert_dump (f, INITIAL);

  older = cb_today_get_older_overdue (f->today);
  g_assert_cmpuint (g_list_model_get_n_items (older), ==, 2);
  first = g_list_model_get_item (older, 0);
  g_assert_true (cb_today_item_get_action (first) == older_one);
  g_assert_cmpint (cb_today_item_get_kind (first), ==, CB_TODAY_ITEM_ACTION_OVERDUE);
  g_assert_true (cb_today_item_get_client (first) == f->ana);

  /* Ticked done, it leaves the list and the count. */
  cb_action_set_done (old_one, TRUE, NULL);
  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (older), ==, 1);

  /* Closed in bulk, a slice at a time, and reopened. */
  closed = cb_today_close_older_overdue (f->today);
  g_assert_cmpuint (closed->len, ==, 1);
  g_assert_true (cb_today_get_busy (f->today));
  while (cb_today_get_busy (f->today))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (cb_action_is_open (older_one));
  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (older), ==, 0);
  cb_today_reopen_actions (f->today, closed);
  while (cb_today_get_busy (f->today))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cb_action_is_open (older_one));
  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 1);

  /* A paused client's actions are not Today's business; its meetings are. */
  cb_client_set_status (f->ana, CB_CLIENT_STATUS_PAUSED);
  g_assert_cmpuint (cb_today_get_n_older_overdue (f->today), ==, 0);
  assert_dump (f,
               "meeting-today 2026-03-10 16:00 Meeting with Ben Okafor\n"
               "meeting-today 2026-03-10 - Meeting with Dev Mehta (booked)\n"
               "action-overdue 2026-03-08 - Ben overdue\n"
               "meeting-upcoming 2026-03-12 14:00 Meeting with Ana Silva (booked)\n"
               "meeting-upcoming 2026-03-17 10:00 Meeting with Cleo Hart\n");
}

/* A practice of many clients is gone through in slices: "loading" until
 * every client is done, with the same list as at once. */
static void
test_slices (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Many");
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  CbToday *today;
  GDate date;
  guint expected = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, 3, 2026);

  for (guint i = 0; i < 3000; i++)
    {
      CbClient *client = cb_client_new ();
      g_autofree char *name = g_strdup_printf ("Client %04u", i);

      cb_client_set_name (client, name);
      for (guint m = 0; m < 4; m++)
        {
          g_autoptr(CbMeeting) meeting = cb_meeting_new ();

          cb_meeting_set_date (meeting, m == 0 && i % 100 == 0 ? "2026-03-10" : "2025-06-01");
          cb_meeting_add_action (meeting, "Open for long", CB_ACTION_OWNER_CLIENT, "2025-07-01");
          cb_meeting_add_action (meeting, "Done", CB_ACTION_OWNER_CLIENT, "2025-07-01");
          cb_action_set_done (g_list_model_get_item (cb_meeting_get_actions (meeting), 1), TRUE, NULL);
          g_object_unref (g_list_model_get_item (cb_meeting_get_actions (meeting), 1));
          cb_client_add_document (client, CB_DOCUMENT (meeting));
        }
      g_ptr_array_add (clients, client);
      expected += i % 100 == 0 ? 1 : 0;
    }

  today = cb_today_new (practice);
  cb_today_set_date (today, &date);
  cb_practice_add_clients (practice, (CbClient **) clients->pdata, clients->len);

  /* 3,000 clients take more than one slice. */
  g_assert_true (cb_today_get_loading (today));
  while (cb_today_get_loading (today))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (today)), ==, expected);
  g_assert_cmpuint (cb_today_get_n_older_overdue (today), ==, 3000 * 4);
  g_assert_cmpuint (g_list_model_get_n_items (cb_today_get_older_overdue (today)), ==, 3000 * 4);

  g_assert_finalize_object (today);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/today/initial", Fixture, NULL, fixture_set_up, test_initial, fixture_tear_down);
  g_test_add ("/today/tick-done", Fixture, NULL, fixture_set_up, test_tick_done, fixture_tear_down);
  g_test_add ("/today/move-meeting", Fixture, NULL, fixture_set_up, test_move_meeting, fixture_tear_down);
  g_test_add ("/today/add-meeting", Fixture, NULL, fixture_set_up, test_add_meeting, fixture_tear_down);
  g_test_add ("/today/clients", Fixture, NULL, fixture_set_up, test_clients, fixture_tear_down);
  g_test_add ("/today/date", Fixture, NULL, fixture_set_up, test_date, fixture_tear_down);
  g_test_add_func ("/today/collect-meetings", test_collect_meetings);
  g_test_add_func ("/today/lifetime", test_lifetime);
  g_test_add ("/today/older-overdue", Fixture, NULL, fixture_set_up, test_older_overdue, fixture_tear_down);
  g_test_add_func ("/today/slices", test_slices);

  return g_test_run ();
}
