/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <pango/pango.h>

#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-search-index.h"
#include "cb-store.h"
#include "cb-test-util.h"

/* The search across a practice: folding, the index following the
 * practice (edits, new and deleted documents, files a sync tool brings
 * in), private notes, the order of results and the snippets. */

static void
test_fold (void)
{
  struct { const char *in, *out; } cases[] = {
    { "Wiśniewski", "wisniewski" },
    { "Übung", "ubung" },
    { "Łódź", "lodz" },
    { "Straße", "strasse" },
    { "ÆRØ Ærø", "aero aero" },
    { "Crème BRÛLÉE", "creme brulee" },
    { "İstanbul", "istanbul" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = cb_search_fold (cases[i].in, NULL);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }

  /* Where each byte of the folded text comes from. */
  {
    g_autoptr(GArray) offsets = NULL;
    g_autofree char *folded = cb_search_fold ("aß Ś", &offsets);

    g_assert_cmpstr (folded, ==, "ass s");
    g_assert_cmpuint (offsets->len, ==, strlen (folded) + 1);
    g_assert_cmpuint (g_array_index (offsets, guint, 0), ==, 0);   /* a */
    g_assert_cmpuint (g_array_index (offsets, guint, 1), ==, 1);   /* s of ß */
    g_assert_cmpuint (g_array_index (offsets, guint, 2), ==, 1);   /* s of ß */
    g_assert_cmpuint (g_array_index (offsets, guint, 3), ==, 3);   /* space */
    g_assert_cmpuint (g_array_index (offsets, guint, 4), ==, 4);   /* s of Ś */
    g_assert_cmpuint (g_array_index (offsets, guint, 5), ==, strlen ("aß Ś"));
  }

  g_assert_true (cb_search_text_matches ("Ćwiczenie z Übung", "ubung cwicz"));
  g_assert_false (cb_search_text_matches ("Ćwiczenie z Übung", "bung"));
  g_assert_true (cb_search_text_matches ("anything", ""));
}

static CbClient *
add_client (CbPractice *practice,
            const char *name,
            const char *organisation)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_record_set_string (CB_RECORD (client), "organisation", organisation);
  cb_practice_add_client (practice, client);

  return client;
}

static CbMeeting *
add_meeting (CbClient   *client,
             const char *date,
             const char *summary,
             const char *private_notes)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  cb_meeting_set_date (meeting, date);
  cb_record_set_string (CB_RECORD (meeting), "summary", summary);
  if (private_notes != NULL)
    cb_record_set_string (CB_RECORD (meeting), "private_notes", private_notes);
  cb_client_add_document (client, CB_DOCUMENT (meeting));

  return meeting;
}

static GPtrArray *
query (CbSearchIndex *index,
       const char    *text,
       gboolean       include_private)
{
  guint n_total = 0;
  GPtrArray *hits = cb_search_index_query (index, text, include_private, 0, &n_total);

  g_assert_cmpuint (n_total, ==, hits->len);
  return hits;
}

static gboolean
finds (CbSearchIndex *index,
       const char    *text,
       gpointer       document,
       gboolean       include_private)
{
  g_autoptr(GPtrArray) hits = query (index, text, include_private);

  for (guint i = 0; i < hits->len; i++)
    if (((CbSearchHit *) hits->pdata[i])->document == document)
      return TRUE;

  return FALSE;
}

static void
test_index (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Ellery Coaching");
  g_autoptr(CbSearchIndex) index = NULL;
  CbClient *tomasz, *anna;
  CbMeeting *early, *late, *anna_meeting;
  CbAction *action;
  g_autoptr(CbPlan) own = NULL;

  tomasz = add_client (practice, "Tomasz Wiśniewski", "Harbourline Logistics");
  early = add_meeting (tomasz, "2025-03-04", "Talked through the Übung for difficult conversations.",
                       "Seemed tired; ask about the restructuring.");
  late = add_meeting (tomasz, "2026-05-10", "Reviewed the conversations with his team.", NULL);
  action = cb_meeting_add_action (late, "Draft the delegation plan for the warehouse", CB_ACTION_OWNER_CLIENT, "2026-05-24");
  g_assert_nonnull (action);
  anna = add_client (practice, "Anna Berg", "Northwind");
  anna_meeting = add_meeting (anna, "2026-01-12", "Difficult conversations at board level.", NULL);
  own = cb_plan_new_for_coach (practice, NULL);
  cb_plan_set_long_term_goal (own, "Become confident with team conversations and supervision");
  cb_practice_add_document (practice, CB_DOCUMENT (own));

  index = cb_search_index_new (practice);
  cb_search_index_wait (index);
  g_assert_false (cb_search_index_get_indexing (index));

  /* Names, organisations, summaries, actions, the coach's own; case and
   * accents ignored; words found by their start, in any order. */
  g_assert_true (finds (index, "wisniewski", tomasz, FALSE));
  g_assert_true (finds (index, "WIŚN", tomasz, FALSE));
  g_assert_true (finds (index, "harbourline", tomasz, FALSE));
  g_assert_true (finds (index, "ubung", early, FALSE));
  g_assert_true (finds (index, "Übung", early, FALSE));
  g_assert_true (finds (index, "warehouse delegation", late, FALSE));
  g_assert_true (finds (index, "supervision", own, FALSE));
  g_assert_false (finds (index, "arehouse", late, FALSE));
  g_assert_false (finds (index, "delegation cupboard", late, FALSE));

  /* A client's name with a word of one of the client's documents finds
   * that document; the name alone, only the client. */
  {
    g_autoptr(GPtrArray) hits = query (index, "wisniewski warehouse", FALSE);

    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_true (((CbSearchHit *) hits->pdata[0])->document == CB_DOCUMENT (late));
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = query (index, "tomasz", FALSE);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_true (((CbSearchHit *) hits->pdata[0])->document == CB_DOCUMENT (tomasz));
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = query (index, "berg warehouse", FALSE);
    g_assert_cmpuint (hits->len, ==, 0);
  }

  /* Private notes only when asked, and then said to be. */
  g_assert_false (finds (index, "restructuring", early, FALSE));
  g_assert_true (finds (index, "restructuring", early, TRUE));
  {
    g_autoptr(GPtrArray) hits = query (index, "restructuring", TRUE);

    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_true (((CbSearchHit *) hits->pdata[0])->in_private);
    g_assert_true (((CbSearchHit *) hits->pdata[0])->client == tomasz);
  }
  /* The words of one search may be split between the text and the notes. */
  g_assert_false (finds (index, "ubung tired", early, FALSE));
  g_assert_true (finds (index, "ubung tired", early, TRUE));
  {
    g_autoptr(GPtrArray) hits = query (index, "ubung", TRUE);

    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_false (((CbSearchHit *) hits->pdata[0])->in_private);
  }

  /* Grouped by client in name order, the coach's own last; a client's
   * documents newest first. */
  {
    g_autoptr(GPtrArray) hits = query (index, "conversations", FALSE);

    g_assert_cmpuint (hits->len, ==, 4);
    g_assert_true (((CbSearchHit *) hits->pdata[0])->document == CB_DOCUMENT (anna_meeting));
    g_assert_true (((CbSearchHit *) hits->pdata[1])->document == CB_DOCUMENT (late));
    g_assert_true (((CbSearchHit *) hits->pdata[2])->document == CB_DOCUMENT (early));
    g_assert_true (((CbSearchHit *) hits->pdata[3])->document == CB_DOCUMENT (own));
    g_assert_null (((CbSearchHit *) hits->pdata[3])->client);
  }

  /* At most as many as asked, with how many there are. */
  {
    guint n_total = 0;
    g_autoptr(GPtrArray) hits = cb_search_index_query (index, "conv", FALSE, 2, &n_total);

    g_assert_cmpuint (hits->len, ==, 2);
    g_assert_cmpuint (n_total, ==, 4);
  }

  /* Identifiers are not words of the document. */
  {
    g_autofree char *id_start = g_strndup (cb_action_get_id (action), 8);

    g_assert_false (finds (index, id_start, late, FALSE));
  }

  /* Nothing for nothing. */
  g_assert_cmpuint (query (index, "", FALSE)->len, ==, 0);
  g_assert_cmpuint (query (index, " ,. ", FALSE)->len, ==, 0);
  g_assert_cmpuint (query (index, "zzzz", FALSE)->len, ==, 0);
}

static void
wait_for_changed (CbSearchIndex *index)
{
  cb_search_index_wait (index);
}

static void
count_cb (CbSearchIndex *index,
          guint         *count)
{
  (*count)++;
}

static void
test_follows_practice (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Ellery Coaching");
  g_autoptr(CbSearchIndex) index = cb_search_index_new (practice);
  CbClient *client;
  CbMeeting *meeting;
  CbAction *action;
  g_autoptr(CbMeeting) held = NULL;
  guint changed = 0;

  g_signal_connect (index, "changed", G_CALLBACK (count_cb), &changed);

  /* A new client, then a new meeting. */
  client = add_client (practice, "Ilse Øvergaard", "Fjordlys");
  wait_for_changed (index);
  g_assert_true (finds (index, "overgaard", client, FALSE));
  g_assert_cmpuint (changed, >, 0);

  meeting = add_meeting (client, "2026-02-02", "Mapped the stakeholders.", NULL);
  wait_for_changed (index);
  g_assert_true (finds (index, "stakeholders", meeting, FALSE));

  /* An edit: the new words are found, the old ones no longer. */
  cb_record_set_string (CB_RECORD (meeting), "summary", "Prepared the offsite agenda.");
  wait_for_changed (index);
  g_assert_true (finds (index, "offsite", meeting, FALSE));
  g_assert_false (finds (index, "stakeholders", meeting, FALSE));

  /* A row of a table (an action) and a renamed client. */
  action = cb_meeting_add_action (meeting, "Book the boathouse", CB_ACTION_OWNER_CLIENT, NULL);
  wait_for_changed (index);
  g_assert_true (finds (index, "boathouse", meeting, FALSE));
  cb_action_set_action (action, "Book the lighthouse");
  wait_for_changed (index);
  g_assert_true (finds (index, "lighthouse", meeting, FALSE));
  g_assert_false (finds (index, "boathouse", meeting, FALSE));
  cb_client_set_name (client, "Ilse Dahl");
  wait_for_changed (index);
  g_assert_true (finds (index, "dahl", client, FALSE));
  g_assert_false (finds (index, "overgaard", client, FALSE));

  /* Deleted: gone at once; back again (Undo): found again. */
  held = g_object_ref (meeting);
  g_assert_true (cb_client_remove_document (client, CB_DOCUMENT (meeting)));
  g_assert_false (finds (index, "offsite", held, FALSE));
  cb_client_add_document (client, CB_DOCUMENT (held));
  wait_for_changed (index);
  g_assert_true (finds (index, "offsite", held, FALSE));

  /* A client deleted takes its documents with it. */
  {
    g_autoptr(CbClient) gone = g_object_ref (client);

    g_assert_true (cb_practice_remove_client (practice, client));
    g_assert_false (finds (index, "dahl", gone, FALSE));
    g_assert_false (finds (index, "offsite", held, FALSE));
  }

  /* Many edits after another: the index stays right (dead entries are
   * swept out as they pile up). */
  {
    CbClient *busy = add_client (practice, "Busy Bee", "Hive");
    CbMeeting *m = add_meeting (busy, "2026-03-03", "start", NULL);

    for (guint i = 0; i < 5000; i++)
      {
        g_autofree char *text = g_strdup_printf ("round%u", i);

        cb_record_set_string (CB_RECORD (m), "summary", text);
        if (i % 500 == 0)
          wait_for_changed (index);
      }
    wait_for_changed (index);
    g_assert_true (finds (index, "round4999", m, FALSE));
    g_assert_false (finds (index, "round4000", m, FALSE));
    g_assert_cmpuint (query (index, "round", FALSE)->len, ==, 1);
  }
}

static void
test_snippet (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  const char *label = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *long_one = NULL;
  g_autofree char *none = NULL;
  g_autofree char *private = NULL;
  GString *text = g_string_new (NULL);

  cb_record_set_string (CB_RECORD (meeting), "summary", "We tried the Übung <again> & it worked; the übung helps.");
  cb_record_set_string (CB_RECORD (meeting), "private_notes", "Secret ubung notes");

  snippet = cb_search_dup_snippet (CB_DOCUMENT (meeting), "ubung", FALSE, &label);
  g_assert_cmpstr (snippet, ==, "We tried the <b>Übung</b> &lt;again&gt; &amp; it worked; the <b>übung</b> helps.");
  g_assert_cmpstr (label, ==, "Summary of Discussion");
  g_assert_true (pango_parse_markup (snippet, -1, 0, NULL, NULL, NULL, NULL));

  /* A long text: a few words before the first match, and an ellipsis. */
  for (guint i = 0; i < 60; i++)
    g_string_append (text, "lorem ipsum ");
  g_string_append (text, "Straße ");
  for (guint i = 0; i < 60; i++)
    g_string_append (text, "dolor sit ");
  cb_record_set_string (CB_RECORD (meeting), "summary", text->str);
  g_string_free (text, TRUE);
  long_one = cb_search_dup_snippet (CB_DOCUMENT (meeting), "strasse", FALSE, NULL);
  g_assert_true (g_str_has_prefix (long_one, "…"));
  g_assert_true (g_str_has_suffix (long_one, "…"));
  g_assert_nonnull (strstr (long_one, "<b>Straße</b>"));
  g_assert_cmpuint (g_utf8_strlen (long_one, -1), <, 220);

  none = cb_search_dup_snippet (CB_DOCUMENT (meeting), "secret", FALSE, NULL);
  g_assert_null (none);
  private = cb_search_dup_snippet (CB_DOCUMENT (meeting), "secret", TRUE, &label);
  g_assert_cmpstr (private, ==, "<b>Secret</b> ubung notes");
  g_assert_cmpstr (label, ==, "Private Notes");
}

/* A sync tool brings a client with a meeting into an open practice: the
 * index finds them. */
static void
test_sync_tool (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autoptr(CbStore) first = cb_store_new (root);
  g_autoptr(CbStore) store = NULL;
  g_autoptr(CbPractice) practice = NULL;
  g_autoptr(CbClient) incoming = cb_client_new ();
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbSearchIndex) index = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *client_dir = NULL;
  CbPractice *made;
  gint64 deadline;
  gboolean found = FALSE;

  made = cb_store_create_practice (first, "Synced", &error);
  g_assert_no_error (error);
  add_client (made, "Made here", "Here");
  g_assert_true (cb_store_flush (first));
  g_clear_object (&first);

  /* Opened as the window opens it: then the store watches the folders. */
  store = cb_store_new (root);
  cb_store_load_practices (store, &error);
  g_assert_no_error (error);
  practice = g_list_model_get_item (cb_store_get_practices (store), 0);
  cb_store_open_practice (store, practice, &error);
  g_assert_no_error (error);
  index = cb_search_index_new (practice);
  cb_search_index_wait (index);
  dir = cb_store_dup_practice_dir (store, practice);

  cb_client_set_name (incoming, "Zofia Wójcik");
  cb_meeting_set_date (meeting, "2026-04-01");
  cb_record_set_string (CB_RECORD (meeting), "summary", "Rehearsed the pitch to investors.");
  client_dir = g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (incoming)), NULL);
  {
    g_autofree char *text = cb_json_serialize (CB_DOCUMENT (incoming), NULL, &error);
    g_autofree char *path = g_build_filename (client_dir, "client.json", NULL);
    g_autofree char *meeting_text = cb_json_serialize (CB_DOCUMENT (meeting), NULL, &error);
    g_autofree char *meetings = g_build_filename (client_dir, "meetings", NULL);
    g_autofree char *meeting_path = g_strdup_printf ("%s/%s.json", meetings, cb_document_get_id (CB_DOCUMENT (meeting)));

    g_assert_no_error (error);
    g_mkdir_with_parents (meetings, 0700);
    g_assert_true (g_file_set_contents (meeting_path, meeting_text, -1, NULL));
    g_assert_true (g_file_set_contents (path, text, -1, NULL));
  }

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!found && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) hits = NULL;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
      cb_search_index_wait (index);
      hits = cb_search_index_query (index, "wojcik investors", FALSE, 0, NULL);
      found = hits->len == 1;
    }
  g_assert_true (found);
  g_assert_true (finds (index, "wojcik", cb_practice_find_client (practice, cb_document_get_id (CB_DOCUMENT (incoming))), FALSE));

  g_clear_object (&index);
  cb_store_flush (store);
  g_clear_object (&practice);
  g_clear_object (&store);
  cb_test_rm_rf (tmp);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/index", test_index);
  g_test_add_func ("/search/follows-practice", test_follows_practice);
  g_test_add_func ("/search/snippet", test_snippet);
  g_test_add_func ("/search/sync-tool", test_sync_tool);

  return g_test_run ();
}
