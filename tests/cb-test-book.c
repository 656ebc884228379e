/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-review.h"
#include "cb-sample.h"
#include "cb-test-book.h"

static const char *first_names[] = { "Amara", "Ben", "Chiara", "Dev", "Eilidh", "Farid", "Grace", "Hamish", "Ines", "Jonah",
                                     "Keisha", "Luca", "Mei", "Niall", "Olu", "Parveen", "Quinn", "Rosa", "Sanjay", "Tess",
                                     "Łucja", "Søren", "Zoë", "Jürgen", "Ana" };
static const char *last_names[] = { "Adeyemi", "Brennan", "Castillo", "Dunmore", "Evans", "Fairweather", "Gallagher", "Hussain",
                                    "Ivanova", "Jones", "Kowalczyk", "Lindqvist", "MacLeod", "Nakamura", "O'Connor", "Patel",
                                    "Quarshie", "Rahman", "Sørensen", "Thompson", "Müller", "Nowak", "Ó Briain", "García" };
static const char *actions[] = {
  "Draft the 90-day plan and share it before the next meeting",
  "Ask two colleagues for feedback on the last presentation",
  "Block an hour a week in the diary for planning",
  "Write down three things that went well each Friday",
  "Hand over the weekly report to the deputy",
  "Rehearse the opening two minutes without notes",
  "Read the chapter on difficult conversations",
  "Book a meeting with the line manager about the secondment",
  "Try the scaling question with one member of the team",
  "List what only you can do, and what others could",
};

/* A copy of @document with a fresh id (its rows keep theirs). */
static CbDocument *
clone (CbDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = cb_json_serialize (document, NULL, &error);
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(GString) renamed = NULL;
  CbDocument *copy;

  g_assert_no_error (error);
  renamed = g_string_new (text);
  g_string_replace (renamed, cb_document_get_id (document), id, 0);
  copy = cb_json_parse (G_OBJECT_TYPE (document), renamed->str, renamed->len, &error);
  g_assert_no_error (error);

  return copy;
}

static char *
date_string (const GDate *today,
             int          days)
{
  GDate date = *today;
  char buffer[16];

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);

  return g_strdup (buffer);
}

/* The sample's meetings, plans and reviews, as patterns. */
typedef struct
{
  GPtrArray *meetings;
  GPtrArray *plans;     /* CbPlan, with the reviews of its client after it in reviews */
  GPtrArray *reviews;
  GPtrArray *clients;
} Patterns;

static void
collect (Patterns *patterns)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  patterns->clients = cb_sample_create_clients ();
  cb_sample_add_meetings (patterns->clients, now);
  cb_sample_add_plans_and_reviews (patterns->clients, now);

  patterns->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  patterns->plans = g_ptr_array_new_with_free_func (g_object_unref);
  patterns->reviews = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < patterns->clients->len; c++)
    {
      GListModel *documents = cb_client_get_documents (patterns->clients->pdata[c]);

      for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
        {
          CbDocument *document = g_list_model_get_item (documents, i);

          if (CB_IS_MEETING (document) && *cb_record_get_string (CB_RECORD (document), "summary") != '\0')
            g_ptr_array_add (patterns->meetings, document);
          else if (CB_IS_PLAN (document))
            g_ptr_array_add (patterns->plans, document);
          else if (CB_IS_REVIEW (document))
            g_ptr_array_add (patterns->reviews, document);
          else
            g_object_unref (document);
        }
    }

  g_assert_cmpuint (patterns->meetings->len, >, 0);
  g_assert_cmpuint (patterns->plans->len, >, 0);
  g_assert_cmpuint (patterns->reviews->len, >, 0);
}

static void
patterns_clear (Patterns *patterns)
{
  g_ptr_array_unref (patterns->meetings);
  g_ptr_array_unref (patterns->plans);
  g_ptr_array_unref (patterns->reviews);
  g_ptr_array_unref (patterns->clients);
}

static CbMeeting *
make_meeting (Patterns    *patterns,
              GRand       *rand,
              const GDate *today,
              int          days,
              gboolean     marked)
{
  CbMeeting *pattern = patterns->meetings->pdata[g_rand_int_range (rand, 0, patterns->meetings->len)];
  CbMeeting *meeting = CB_MEETING (clone (CB_DOCUMENT (pattern)));
  GListModel *rows = cb_meeting_get_actions (meeting);
  g_autofree char *date = date_string (today, days);
  guint n_actions = g_rand_int_range (rand, 2, 4);
  const char * const no_ids[] = { NULL };

  /* Its own date, no booking, no actions carried over from the sample. */
  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, g_rand_boolean (rand) ? "10:00" : "14:30");
  cb_meeting_set_next_date (meeting, "");
  cb_meeting_set_next_time (meeting, "");
  cb_meeting_set_carried_over (meeting, no_ids);
  while (g_list_model_get_n_items (rows) > 0)
    {
      g_autoptr(CbAction) row = g_list_model_get_item (rows, 0);
      cb_meeting_remove_action (meeting, row);
    }

  /* Two or three actions due a fortnight later; most old ones never
   * ticked, as in real books. */
  for (guint a = 0; a < n_actions; a++)
    {
      g_autofree char *due = date_string (today, days + 14);
      const char *text = marked && a == 0 ? "Write the " CB_TEST_BOOK_ACTION_WORD " for the team"
                                          : actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (actions))];
      CbAction *action = cb_meeting_add_action (meeting, text, a == 2 ? CB_ACTION_OWNER_COACH : CB_ACTION_OWNER_CLIENT, due);

      if (days + 14 < 0)
        {
          gboolean old = days + 14 < -60;

          if (g_rand_double (rand) < (old ? 0.3 : 0.5))
            {
              GDate done = *today;

              g_date_subtract_days (&done, MAX (-(days + 14) - 1, 1));
              cb_action_set_done (action, TRUE, &done);
            }
        }
    }

  if (marked)
    {
      cb_record_set_string (CB_RECORD (meeting), "summary",
                            "We talked about the climb of the " CB_TEST_BOOK_SUMMARY_WORD " as a picture of the year ahead.");
      cb_record_set_string (CB_RECORD (meeting), "private_notes",
                            "Mentioned " CB_TEST_BOOK_PRIVATE_WORD " twice; ask what it stands for.");
    }
  else if (g_rand_int_range (rand, 0, 5) == 0)
    cb_record_set_string (CB_RECORD (meeting), "private_notes",
                          "Seemed more tired than usual; check how the restructuring is going.");

  return meeting;
}

void
cb_test_book_fill (CbPractice              *practice,
                   const CbTestBookOptions *options,
                   const GDate             *today)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  guint span = MAX (options->years, 1) * 365;
  Patterns patterns;

  g_return_if_fail (CB_IS_PRACTICE (practice));

  collect (&patterns);

  for (guint i = 0; i < options->n_clients; i++)
    {
      CbClient *pattern = patterns.clients->pdata[i % patterns.clients->len];
      CbClient *client = CB_CLIENT (clone (CB_DOCUMENT (pattern)));
      guint m = options->meetings_per_client;
      guint r = g_rand_int_range (rand, 0, 10);
      g_autofree char *name = NULL;

      if (i == 0)
        name = g_strdup (CB_TEST_BOOK_FIRST_CLIENT);
      else
        name = g_strdup_printf ("%s %s%s%s", first_names[i % G_N_ELEMENTS (first_names)],
                                last_names[(i / G_N_ELEMENTS (first_names)) % G_N_ELEMENTS (last_names)],
                                i >= G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names) ? "-" : "",
                                i >= G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names)
                                ? last_names[(i / 7) % G_N_ELEMENTS (last_names)] : "");
      cb_client_set_name (client, name);
      cb_record_set_string (CB_RECORD (client), "preferred_name", "");
      /* Most clients active; some paused, some ended. */
      cb_client_set_status (client, i == 0 || r < 8 ? CB_CLIENT_STATUS_ACTIVE
                                    : r == 8 ? CB_CLIENT_STATUS_PAUSED : CB_CLIENT_STATUS_ENDED);

      /* Meetings over the years up to a few days ago: the last three a
       * fortnight apart, the others spread over the years before. */
      for (guint k = 0; k < m; k++)
        {
          guint j = m - 1 - k;   /* 0: the newest */
          int back = j < 3 ? (int) (14 * j) : m > 3 ? (int) (42 + ((span - 42) * (j - 2)) / (m - 2)) : 0;
          int days = -(back + 2 + (int) (i % 10));
          g_autoptr(CbMeeting) meeting = make_meeting (&patterns, rand, today, days, i == 0 && k == m - 1);

          /* The last meeting books the next: today for some clients, later in the week for others. */
          if (k == m - 1 && i % 3 == 0)
            {
              g_autofree char *next = date_string (today, (int) (i % 9));

              cb_meeting_set_next_date (meeting, next);
              cb_meeting_set_next_time (meeting, "09:30");
            }
          cb_client_add_document (client, CB_DOCUMENT (meeting));
        }

      /* A development plan and a review for each year. */
      {
        CbDocument *plan = clone (patterns.plans->pdata[i % patterns.plans->len]);

        cb_client_add_document (client, plan);
        g_object_unref (plan);
        for (guint y = 0; y < MAX (options->years, 1); y++)
          {
            CbDocument *review = clone (patterns.reviews->pdata[(i + y) % patterns.reviews->len]);

            cb_client_add_document (client, review);
            g_object_unref (review);
          }
      }

      g_ptr_array_add (clients, client);
    }

  cb_practice_add_clients (practice, (CbClient **) clients->pdata, clients->len);
  patterns_clear (&patterns);
}
