/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "cb-agreement.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-store.h"
#include "cb-test-util.h"

typedef struct
{
  char    *root;
  CbStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *tmp = cb_test_make_root ();

  f->root = g_build_filename (tmp, "coachbook", NULL);
  f->store = cb_store_new (f->root);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *tmp = g_path_get_dirname (f->root);

  cb_store_flush (f->store);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  cb_test_rm_rf (tmp);
  g_free (f->root);
}

static CbStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CbStore *store;

  cb_store_flush (f->store);
  store = cb_store_new (f->root);
  cb_store_load_practices (store, &error);
  g_assert_no_error (error);

  return store;
}

static CbPractice *
open_only_practice (CbStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbPractice) practice = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_practices (store)), ==, 1);
  practice = g_list_model_get_item (cb_store_get_practices (store), 0);
  cb_store_open_practice (store, practice, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&practice);
}

static char *
client_path (CbStore    *store,
             CbPractice *practice,
             CbClient   *client)
{
  g_autofree char *dir = cb_store_dup_practice_dir (store, practice);

  return g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (client)), "client.json", NULL);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
write_text (const char *path,
            const char *text,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents_full (path, text, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbStore) again = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  CbPractice *practice;
  CbPractice *loaded;
  CbClient *loaded_client;

  practice = cb_store_create_practice (f->store, "Ellery Coaching", &error);
  g_assert_no_error (error);
  cb_test_fill_record (CB_RECORD (cb_practice_get_coach_profile (practice)), "coach");
  cb_test_fill_record (CB_RECORD (client), "client");
  cb_practice_add_client (practice, client);
  g_assert_true (cb_store_flush (f->store));
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (client)));
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (practice)));

  again = reopen (f);
  loaded = open_only_practice (again);
  g_assert_cmpstr (cb_practice_get_name (loaded), ==, "Ellery Coaching");
  cb_test_assert_records_equal (CB_RECORD (practice), CB_RECORD (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 1);
  loaded_client = cb_practice_find_client (loaded, cb_document_get_id (CB_DOCUMENT (client)));
  g_assert_nonnull (loaded_client);
  cb_test_assert_records_equal (CB_RECORD (client), CB_RECORD (loaded_client));
  g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_problems (again)), ==, 0);
  g_object_unref (loaded);
}

static void
check_modes (const char *path,
             guint      *n_files,
             guint      *n_dirs)
{
  struct stat st;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  if (S_ISDIR (st.st_mode))
    {
      if ((st.st_mode & 0777) != 0700)
        g_error ("%s has mode %o", path, st.st_mode & 0777);
      (*n_dirs)++;
      dir = g_dir_open (path, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          check_modes (child, n_files, n_dirs);
        }
    }
  else
    {
      if ((st.st_mode & 0777) != 0600)
        g_error ("%s has mode %o", path, st.st_mode & 0777);
      (*n_files)++;
    }
}

static void
test_modes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  CbPractice *practice;
  guint n_files = 0, n_dirs = 0;
  mode_t old = umask (022);

  practice = cb_store_create_practice (f->store, "Modes", &error);
  g_assert_no_error (error);
  cb_practice_add_client (practice, client);
  g_assert_true (cb_store_flush (f->store));

  /* Re-saving keeps the mode. */
  cb_client_set_name (client, "Again");
  g_assert_true (cb_store_flush (f->store));

  check_modes (f->root, &n_files, &n_dirs);
  g_assert_cmpuint (n_files, ==, 2);
  g_assert_cmpuint (n_dirs, >=, 4);

  umask (old);
}

static void
test_autosave_within_a_second (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  CbPractice *practice;
  gint64 start;

  practice = cb_store_create_practice (f->store, "Autosave", &error);
  cb_practice_add_client (practice, client);
  g_assert_true (cb_store_flush (f->store));
  path = client_path (f->store, practice, client);

  /* Typing: many edits, no Save button. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sam Patel %u", i);
      cb_client_set_name (client, name);
    }
  g_assert_true (cb_store_has_pending (f->store));

  start = g_get_monotonic_time ();
  while (cb_document_get_dirty (CB_DOCUMENT (client)) && g_get_monotonic_time () - start < 3 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "\"Sam Patel 29\""));
}

static const char *
bad_envelope (void)
{
  return "\"version\": 1, \"id\": \"0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f\", "
         "\"created\": \"2026-01-02T03:04:05+01:00\", \"modified\": \"2026-01-02T03:04:05Z\"";
}

static void
test_quarantine (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbStore) again = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *qdir = NULL;
  CbPractice *practice;
  CbPractice *loaded;
  GListModel *problems;
  GString *deep = g_string_new (NULL);
  struct {
    const char *label;
    char       *text;
    gssize      length;
  } bad[8];
  guint n_bad = 0;
  g_autofree char *big = NULL;

  practice = cb_store_create_practice (f->store, "Quarantine", &error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CbClient) client = cb_client_new ();
      g_autofree char *name = g_strdup_printf ("Good %u", i);

      cb_client_set_name (client, name);
      cb_practice_add_client (practice, client);
    }
  g_assert_true (cb_store_flush (f->store));
  dir = cb_store_dup_practice_dir (f->store, practice);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  big = g_malloc (CB_JSON_MAX_SIZE + 100);
  memset (big, ' ', CB_JSON_MAX_SIZE + 99);
  big[0] = '{';
  big[CB_JSON_MAX_SIZE + 98] = '}';

#define BAD(l, t, n) bad[n_bad].label = l; bad[n_bad].text = t; bad[n_bad].length = n; n_bad++
  BAD ("invalid JSON", g_strdup ("{ \"type\": \"coachbook.client\", "), -1);
  BAD ("invalid UTF-8", g_strdup ("{ \"type\": \"coachbook.client\", \"name\": \"\xc3\x28\" }"), -1);
  BAD ("wrong types", g_strdup_printf ("{ \"type\": \"coachbook.client\", %s, \"name\": [\"a\"] }", bad_envelope ()), -1);
  BAD ("unknown type", g_strdup_printf ("{ \"type\": \"coachbook.unicorn\", %s }", bad_envelope ()), -1);
  BAD ("deep", g_strdup (deep->str), deep->len);
  BAD ("large", g_memdup2 (big, CB_JSON_MAX_SIZE + 99), CB_JSON_MAX_SIZE + 99);
  BAD ("empty", g_strdup (""), 0);
#undef BAD

  for (guint i = 0; i < n_bad; i++)
    {
      g_autofree char *id = cb_new_uuid ();
      g_autofree char *path = g_build_filename (dir, "clients", id, "client.json", NULL);

      write_text (path, bad[i].text, bad[i].length);
      g_free (bad[i].text);
    }

  again = reopen (f);
  loaded = open_only_practice (again);

  /* Everything good loads. */
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 3);

  /* Each bad file is reported, by path and reason, and set aside. */
  problems = cb_store_get_problems (again);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_bad);
  for (guint i = 0; i < n_bad; i++)
    {
      g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);

      g_assert_cmpint (cb_problem_get_kind (problem), ==, CB_PROBLEM_QUARANTINED);
      g_assert_true (g_str_has_suffix (cb_problem_get_path (problem), "client.json"));
      g_assert_nonnull (strstr (cb_problem_get_message (problem), cb_problem_get_path (problem)));
      g_assert_nonnull (strstr (cb_problem_get_message (problem), "quarantine"));
      g_assert_false (g_file_test (cb_problem_get_path (problem), G_FILE_TEST_EXISTS));
    }

  qdir = g_build_filename (dir, "quarantine", NULL);
  {
    g_autoptr(GDir) d = g_dir_open (qdir, 0, NULL);
    const char *name;
    guint files = 0, reasons = 0;

    g_assert_nonnull (d);
    while ((name = g_dir_read_name (d)) != NULL)
      {
        if (g_str_has_suffix (name, ".reason.txt"))
          {
            g_autofree char *p = g_build_filename (qdir, name, NULL);
            g_autofree char *text = read_text (p);

            g_assert_nonnull (strstr (text, "Reason: "));
            g_assert_nonnull (strstr (text, "File: clients/"));
            reasons++;
          }
        else
          files++;
      }
    g_assert_cmpuint (files, ==, n_bad);
    g_assert_cmpuint (reasons, ==, n_bad);
  }

  g_object_unref (loaded);
  g_string_free (deep, TRUE);
}

static void
test_conflict_not_overwritten (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbStore) again = NULL;
  g_autofree char *path = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *ours = NULL;
  CbPractice *practice;
  CbPractice *loaded;
  CbClient *client;

  practice = cb_store_create_practice (f->store, "Conflicts", &error);
  {
    g_autoptr(CbClient) c = cb_client_new ();
    cb_client_set_name (c, "Original");
    cb_practice_add_client (practice, c);
  }
  g_assert_true (cb_store_flush (f->store));

  again = reopen (f);
  loaded = open_only_practice (again);
  client = g_list_model_get_item (cb_practice_get_clients (loaded), 0);
  path = client_path (again, loaded, client);

  /* A sync tool replaces the file behind the store's back. */
  theirs = g_strdup_printf ("{\n  \"type\" : \"coachbook.client\",\n  \"version\" : 1,\n  \"id\" : \"%s\",\n"
                            "  \"created\" : \"2026-01-01T00:00:00Z\",\n  \"modified\" : \"2026-01-03T00:00:00Z\",\n"
                            "  \"name\" : \"Changed on the laptop\",\n  \"status\" : \"active\"\n}\n",
                            cb_document_get_id (CB_DOCUMENT (client)));
  write_text (path, theirs, -1);

  cb_client_set_name (client, "Changed here");
  g_assert_true (cb_store_flush (again));

  /* Their version is untouched; ours is kept beside it; the user is told. */
  on_disk = read_text (path);
  g_assert_cmpstr (on_disk, ==, theirs);
  g_assert_nonnull (cb_document_get_conflict_copy (CB_DOCUMENT (client)));
  ours = read_text (cb_document_get_conflict_copy (CB_DOCUMENT (client)));
  g_assert_nonnull (strstr (ours, "Changed here"));
  g_assert_nonnull (strstr (cb_document_get_conflict_copy (CB_DOCUMENT (client)), "client.conflict-"));
  {
    GListModel *problems = cb_store_get_problems (again);
    g_autoptr(CbProblem) problem = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
    problem = g_list_model_get_item (problems, 0);
    g_assert_cmpint (cb_problem_get_kind (problem), ==, CB_PROBLEM_CONFLICT);
    g_assert_nonnull (strstr (cb_problem_get_message (problem), "Both versions are kept"));
  }

  /* Later edits keep going to our copy, never over theirs. */
  cb_client_set_name (client, "Changed here again");
  g_assert_true (cb_store_flush (again));
  g_free (on_disk);
  on_disk = read_text (path);
  g_assert_cmpstr (on_disk, ==, theirs);
  g_free (ours);
  ours = read_text (cb_document_get_conflict_copy (CB_DOCUMENT (client)));
  g_assert_nonnull (strstr (ours, "Changed here again"));

  /* Next time the practice opens, the conflict copy is shown. */
  {
    g_autoptr(CbStore) third = NULL;
    CbPractice *p;

    g_clear_object (&again);
    third = cb_store_new (f->root);
    cb_store_load_practices (third, NULL);
    p = open_only_practice (third);
    g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_problems (third)), ==, 1);
    g_object_unref (p);
  }

  g_object_unref (client);
  g_object_unref (loaded);
}

static void
test_newer_version_not_written (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbStore) again = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autofree char *id = cb_new_uuid ();
  CbPractice *practice;
  CbPractice *loaded;
  CbClient *client;

  practice = cb_store_create_practice (f->store, "Future", &error);
  g_assert_true (cb_store_flush (f->store));
  dir = cb_store_dup_practice_dir (f->store, practice);
  path = g_build_filename (dir, "clients", id, "client.json", NULL);
  text = g_strdup_printf ("{ \"type\": \"coachbook.client\", \"version\": 3, \"id\": \"%s\", "
                          "\"created\": \"2030-01-01T00:00:00Z\", \"modified\": \"2030-01-01T00:00:00Z\", "
                          "\"name\": \"From the future\", \"hologram\": {\"x\": 1} }", id);
  write_text (path, text, -1);

  again = reopen (f);
  loaded = open_only_practice (again);
  client = cb_practice_find_client (loaded, id);
  g_assert_nonnull (client);
  g_assert_true (cb_document_get_read_only (CB_DOCUMENT (client)));
  g_assert_cmpstr (cb_client_get_name (client), ==, "From the future");

  cb_client_set_name (client, "Edited");
  g_assert_true (cb_store_flush (again));
  after = read_text (path);
  g_assert_cmpstr (after, ==, text);

  {
    g_autoptr(CbProblem) problem = g_list_model_get_item (cb_store_get_problems (again), 0);
    g_assert_cmpint (cb_problem_get_kind (problem), ==, CB_PROBLEM_READ_ONLY);
  }
  g_object_unref (loaded);
}

static void
test_trash_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autofree char *dir = NULL;
  g_autofree char *in_clients = NULL;
  g_autofree char *in_trash = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "Trash", &error);
  cb_practice_add_client (practice, client);
  g_assert_true (cb_store_flush (f->store));
  dir = cb_store_dup_practice_dir (f->store, practice);
  in_clients = g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (client)), NULL);
  in_trash = g_build_filename (dir, "trash", cb_document_get_id (CB_DOCUMENT (client)), NULL);

  /* The last edit before deleting is written before the folder moves. */
  cb_client_set_name (client, "Last words");
  cb_practice_remove_client (practice, client);
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, 0);
  g_assert_true (cb_store_flush (f->store));
  g_assert_false (g_file_test (in_clients, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (in_trash, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *p = g_build_filename (in_trash, "client.json", NULL);
    g_autofree char *text = read_text (p);
    g_assert_nonnull (strstr (text, "Last words"));
  }

  /* A fresh start does not show it. */
  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);
    g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 0);
    g_object_unref (loaded);
  }

  /* Undo brings it back, and edits are saved in its old place. */
  cb_practice_add_client (practice, client);
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, 1);
  cb_client_set_name (client, "Back again");
  g_assert_true (cb_store_flush (f->store));
  g_assert_true (g_file_test (in_clients, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (in_trash, G_FILE_TEST_EXISTS));
  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);
    CbClient *c = cb_practice_find_client (loaded, cb_document_get_id (CB_DOCUMENT (client)));
    g_assert_nonnull (c);
    g_assert_cmpstr (cb_client_get_name (c), ==, "Back again");
    g_object_unref (loaded);
  }
}

static void
test_temp_files_removed (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autofree char *dir = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *keep = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "Temp", &error);
  cb_practice_add_client (practice, client);
  g_assert_true (cb_store_flush (f->store));
  dir = cb_store_dup_practice_dir (f->store, practice);

  t1 = g_build_filename (dir, ".cb-tmp-practice.json-a1B2c3", NULL);
  t2 = g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (client)), ".cb-tmp-client.json-Zz9yX8", NULL);
  keep = g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (client)), "notes-of-mine.txt", NULL);
  write_text (t1, "{ half", -1);
  write_text (t2, "{ half", -1);
  write_text (keep, "mine", -1);

  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);

    g_assert_false (g_file_test (t1, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (t2, G_FILE_TEST_EXISTS));
    /* Files that are not ours are never touched. */
    g_assert_true (g_file_test (keep, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 1);
    g_object_unref (loaded);
  }
}

static void
test_practice_names (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "  Ellery Coaching ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_practice_get_name (practice), ==, "Ellery Coaching");

  g_assert_null (cb_store_create_practice (f->store, "ellery coaching", &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_NAME_TAKEN);
  g_clear_error (&error);

  g_assert_null (cb_store_create_practice (f->store, "   ", &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_NAME);
  g_clear_error (&error);

  /* Renaming to its own name is fine. */
  g_assert_true (cb_store_check_practice_name (f->store, "Ellery Coaching", practice, NULL));
  g_assert_true (cb_store_find_practice (f->store, cb_document_get_id (CB_DOCUMENT (practice))) == practice);
  g_assert_true (cb_store_find_practice (f->store, "ELLERY COACHING") == practice);
}

static void
test_sample_practice (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CbPractice *practice;

  practice = cb_store_create_sample_practice (f->store, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (cb_store_flush (f->store));
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), >=, 5);

  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);
    GListModel *clients = cb_practice_get_clients (loaded);
    gboolean statuses[4] = { FALSE, };

    g_assert_cmpuint (g_list_model_get_n_items (clients), ==, g_list_model_get_n_items (cb_practice_get_clients (practice)));
    for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
      {
        g_autoptr(CbClient) c = g_list_model_get_item (clients, i);
        statuses[cb_client_get_status (c)] = TRUE;
        g_assert_cmpstr (cb_client_get_organisation (c), !=, "");
      }
    for (guint i = 0; i < 4; i++)
      g_assert_true (statuses[i]);
    g_assert_cmpstr (cb_record_get_string (CB_RECORD (cb_practice_get_coach_profile (loaded)), "name"), !=, "");
    g_object_unref (loaded);
  }
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!cb_store_import_photo_finish (CB_STORE (object), result, error) && *error == NULL)
    g_assert_not_reached ();
}

static void
import_photo (CbStore     *store,
              CbPractice  *practice,
              const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint before = 0;

  cb_store_import_photo_async (store, practice, file, NULL, import_done, error);
  cb_store_flush (store);
  (void) before;
}

static void
test_photo (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_path_get_dirname (f->root);
  g_autofree char *png = g_build_filename (tmp, "me.png", NULL);
  g_autofree char *gif = g_build_filename (tmp, "me.gif", NULL);
  g_autofree char *photo = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "Photo", &error);
  write_text (png, "\x89PNG\r\n\x1a\n rest of a png", 22);
  write_text (gif, "GIF89a not allowed", -1);

  import_photo (f->store, practice, gif, &error);
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "JPEG or PNG"));
  g_clear_error (&error);
  g_assert_null (cb_store_dup_photo_path (f->store, practice));

  import_photo (f->store, practice, png, &error);
  g_assert_no_error (error);
  photo = cb_store_dup_photo_path (f->store, practice);
  g_assert_nonnull (photo);
  g_assert_true (g_str_has_suffix (photo, "/photo.png"));
  g_assert_true (g_file_test (photo, G_FILE_TEST_EXISTS));
  g_assert_true (cb_store_flush (f->store));

  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);
    g_autofree char *p = cb_store_dup_photo_path (again, loaded);
    g_assert_cmpstr (p, ==, photo);
    g_object_unref (loaded);
  }
}

static void
test_client_documents (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbAgreement) agreement = NULL;
  g_autoptr(CbAgreement) template = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *agreement_path = NULL;
  g_autofree char *template_path = NULL;
  CbPractice *practice;
  struct stat st;

  practice = cb_store_create_practice (f->store, "Documents", &error);
  cb_client_set_name (client, "Sam Patel");
  cb_practice_add_client (practice, client);

  agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);
  cb_client_add_document (client, CB_DOCUMENT (agreement));
  template = cb_agreement_new_from_template (CB_AGREEMENT_KIND_PEER_MENTORING, NULL);
  cb_practice_add_template (practice, CB_DOCUMENT (template));
  g_assert_true (cb_store_flush (f->store));

  dir = cb_store_dup_practice_dir (f->store, practice);
  agreement_path = g_strdup_printf ("%s/clients/%s/agreements/%s.json", dir,
                                    cb_document_get_id (CB_DOCUMENT (client)),
                                    cb_document_get_id (CB_DOCUMENT (agreement)));
  template_path = g_strdup_printf ("%s/templates/%s.json", dir, cb_document_get_id (CB_DOCUMENT (template)));
  g_assert_cmpint (g_stat (agreement_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (template_path, &st), ==, 0);

  /* An edit of a client's document is saved without a Save button. */
  cb_record_set_string (CB_RECORD (agreement), "hope_1", "Present to the board with confidence");
  g_assert_true (cb_document_get_dirty (CB_DOCUMENT (agreement)));
  g_assert_true (cb_store_flush (f->store));
  {
    g_autofree char *text = read_text (agreement_path);
    g_assert_nonnull (strstr (text, "Present to the board with confidence"));
  }

  /* Deleting the client takes its documents along; undo brings them back
   * and later edits land in the right place. */
  cb_practice_remove_client (practice, client);
  g_assert_true (cb_store_flush (f->store));
  g_assert_false (g_file_test (agreement_path, G_FILE_TEST_EXISTS));
  cb_practice_add_client (practice, client);
  cb_record_set_string (CB_RECORD (agreement), "hope_2", "Lead the team meeting");
  g_assert_true (cb_store_flush (f->store));
  {
    g_autofree char *text = read_text (agreement_path);
    g_assert_nonnull (strstr (text, "Lead the team meeting"));
  }

  /* A broken document beside it goes to quarantine; a sync tool's
   * conflict copy is reported; the rest loads. */
  {
    g_autofree char *broken = g_strdup_printf ("%s/clients/%s/agreements/%s.json", dir,
                                               cb_document_get_id (CB_DOCUMENT (client)),
                                               "0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f");
    g_autofree char *copy = g_strdup_printf ("%s/clients/%s/agreements/%s.sync-conflict-20261101-101010-ABCDEFG.json", dir,
                                             cb_document_get_id (CB_DOCUMENT (client)),
                                             cb_document_get_id (CB_DOCUMENT (agreement)));
    write_text (broken, "{ \"type\": \"coachbook.agreement\", \"version\": 1", -1);
    write_text (copy, "{}", -1);
  }

  {
    g_autoptr(CbStore) again = reopen (f);
    CbPractice *loaded = open_only_practice (again);
    CbClient *c = cb_practice_find_client (loaded, cb_document_get_id (CB_DOCUMENT (client)));
    CbDocument *a;
    GListModel *problems = cb_store_get_problems (again);
    guint quarantined = 0, conflicts = 0;

    g_assert_nonnull (c);
    g_assert_cmpuint (g_list_model_get_n_items (cb_client_get_documents (c)), ==, 1);
    a = cb_client_find_document (c, cb_document_get_id (CB_DOCUMENT (agreement)));
    g_assert_nonnull (a);
    g_assert_true (cb_document_get_parent (a) == CB_DOCUMENT (c));
    cb_test_assert_records_equal (CB_RECORD (agreement), CB_RECORD (a));
    g_assert_nonnull (cb_practice_find_template (loaded, cb_document_get_id (CB_DOCUMENT (template))));
    g_assert_true (cb_agreement_find_template (loaded, CB_AGREEMENT_KIND_PEER_MENTORING) != NULL);

    for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
      {
        g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);

        if (cb_problem_get_kind (problem) == CB_PROBLEM_QUARANTINED)
          quarantined++;
        else if (cb_problem_get_kind (problem) == CB_PROBLEM_CONFLICT)
          conflicts++;
      }
    g_assert_cmpuint (quarantined, ==, 1);
    g_assert_cmpuint (conflicts, ==, 1);

    /* Edits of a loaded document are saved too. */
    cb_record_set_string (CB_RECORD (a), "hope_3", "Loaded and edited");
    g_assert_true (cb_store_flush (again));
    {
      g_autofree char *text = read_text (agreement_path);
      g_assert_nonnull (strstr (text, "Loaded and edited"));
    }
    g_object_unref (loaded);
  }
}

static void
test_clients_appearing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbStore) again = NULL;
  g_autoptr(CbClient) incoming = cb_client_new ();
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  CbPractice *practice;
  CbPractice *loaded;
  gint64 deadline;

  practice = cb_store_create_practice (f->store, "Synced", &error);
  {
    g_autoptr(CbClient) here = cb_client_new ();
    cb_client_set_name (here, "Made here");
    cb_practice_add_client (practice, here);
  }
  g_assert_true (cb_store_flush (f->store));
  dir = cb_store_dup_practice_dir (f->store, practice);

  again = reopen (f);
  loaded = open_only_practice (again);
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 1);

  /* A sync tool brings in a client made on another computer. */
  cb_client_set_name (incoming, "Made on the laptop");
  text = cb_json_serialize (CB_DOCUMENT (incoming), NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "clients", cb_document_get_id (CB_DOCUMENT (incoming)), "client.json", NULL);
  write_text (path, text, -1);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (cb_practice_get_clients (loaded)) < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (loaded)), ==, 2);
  {
    CbClient *c = cb_practice_find_client (loaded, cb_document_get_id (CB_DOCUMENT (incoming)));

    g_assert_nonnull (c);
    g_assert_cmpstr (cb_client_get_name (c), ==, "Made on the laptop");

    /* And it is a client like any other: edits are saved. */
    cb_client_set_name (c, "Made on the laptop, edited here");
    g_assert_true (cb_store_flush (again));
    g_free (text);
    text = read_text (path);
    g_assert_nonnull (strstr (text, "edited here"));
  }

  g_object_unref (loaded);
}

static void
test_unreadable_folder (void)
{
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autofree char *practices = g_build_filename (root, "practices", NULL);
  g_autoptr(CbStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (getuid () == 0)
    {
      /* root reads anything; use a file where the folder should be. */
      g_mkdir_with_parents (root, 0700);
      write_text (practices, "not a folder", -1);
    }
  else
    {
      g_mkdir_with_parents (practices, 0700);
      g_chmod (practices, 0);
    }

  store = cb_store_new (root);
  g_assert_false (cb_store_load_practices (store, &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, practices));

  g_chmod (practices, 0700);
  cb_test_rm_rf (tmp);
}


/* A document deleted from its owner goes to the practice's trash, in the
 * same place under trash/documents/, with its last edit; it comes back on
 * Undo, and a new start does not show it meanwhile. The coach's own are
 * kept in me/<folder>/. */
static void
check_document_trash (Fixture    *f,
                      CbPractice *practice,
                      CbDocument *owner,
                      CbDocument *document,
                      const char *home)
{
  g_autofree char *dir = cb_store_dup_practice_dir (f->store, practice);
  g_autofree char *file_name = g_strdup_printf ("%s.json", cb_document_get_id (document));
  g_autofree char *path = g_build_filename (dir, home, file_name, NULL);
  g_autofree char *trashed = g_build_filename (dir, "trash", "documents", home, file_name, NULL);

  g_assert_true (cb_store_flush (f->store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The last edit before deleting is written before the file moves. */
  cb_record_set_string (CB_RECORD (document), CB_DOCUMENT_GET_CLASS (document)->date_field, "2026-04-01");
  g_assert_true (cb_document_remove_child (owner, document));
  g_assert_true (cb_store_flush (f->store));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *text = read_text (trashed);
    g_assert_nonnull (strstr (text, "2026-04-01"));
  }

  /* Not there on a new start, nor written while in the trash. */
  {
    g_autoptr(CbStore) again = reopen (f);
    g_autoptr(CbPractice) loaded = open_only_practice (again);

    g_assert_null (cb_practice_lookup_document (loaded, cb_document_get_id (document), NULL));
  }

  /* Undo: back in its place, and edits are saved there. */
  g_assert_true (cb_document_add_child (owner, document));
  cb_record_set_string (CB_RECORD (document), CB_DOCUMENT_GET_CLASS (document)->date_field, "2026-04-02");
  g_assert_true (cb_store_flush (f->store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (trashed, G_FILE_TEST_EXISTS));
  {
    g_autoptr(CbStore) again = reopen (f);
    g_autoptr(CbPractice) loaded = open_only_practice (again);
    CbDocument *found = cb_practice_lookup_document (loaded, cb_document_get_id (document), NULL);

    g_assert_nonnull (found);
    g_assert_cmpstr (cb_record_get_string (CB_RECORD (found), CB_DOCUMENT_GET_CLASS (document)->date_field), ==,
                     "2026-04-02");
    g_assert_true (G_OBJECT_TYPE (found) == G_OBJECT_TYPE (document));
  }
}

static void
test_document_trash (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autofree char *home = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "Trash", &error);
  g_assert_no_error (error);
  cb_practice_add_client (practice, client);
  cb_meeting_set_date (meeting, "2026-03-01");
  cb_client_add_document (client, CB_DOCUMENT (meeting));

  home = g_build_filename ("clients", cb_document_get_id (CB_DOCUMENT (client)), "meetings", NULL);
  check_document_trash (f, practice, CB_DOCUMENT (client), CB_DOCUMENT (meeting), home);
}

static void
test_coach_documents (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbPlan) plan = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (f->store, "Mine", &error);
  g_assert_no_error (error);
  plan = cb_plan_new_for_coach (practice, NULL);
  cb_plan_set_long_term_goal (plan, "Qualify as a coach");
  cb_document_add_child (CB_DOCUMENT (practice), CB_DOCUMENT (plan));
  g_assert_true (cb_practice_find_document (practice, cb_document_get_id (CB_DOCUMENT (plan))) == CB_DOCUMENT (plan));

  /* In me/plans/, read back as the coach's, not a client's or a template. */
  {
    g_autoptr(CbStore) again = reopen (f);
    g_autoptr(CbPractice) loaded = open_only_practice (again);
    CbDocument *found = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (plan)));

    g_assert_true (CB_IS_PLAN (found));
    g_assert_true (cb_document_get_parent (found) == CB_DOCUMENT (loaded));
    g_assert_cmpstr (cb_plan_get_long_term_goal (CB_PLAN (found)), ==, "Qualify as a coach");
    g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_templates (loaded)), ==, 0);
  }

  check_document_trash (f, practice, CB_DOCUMENT (practice), CB_DOCUMENT (plan), "me/plans");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/modes-0600-0700", test_modes);
  ADD ("/store/autosave-within-a-second", test_autosave_within_a_second);
  ADD ("/store/quarantine", test_quarantine);
  ADD ("/store/conflict-not-overwritten", test_conflict_not_overwritten);
  ADD ("/store/newer-version-not-written", test_newer_version_not_written);
  ADD ("/store/trash-and-undo", test_trash_and_undo);
  ADD ("/store/temp-files-removed", test_temp_files_removed);
  ADD ("/store/practice-names", test_practice_names);
  ADD ("/store/sample-practice", test_sample_practice);
  ADD ("/store/photo", test_photo);
  ADD ("/store/client-documents", test_client_documents);
  ADD ("/store/clients-appearing", test_clients_appearing);
  ADD ("/store/document-trash-and-undo", test_document_trash);
  ADD ("/store/coach-documents", test_coach_documents);
#undef ADD
  g_test_add_func ("/store/unreadable-folder", test_unreadable_folder);

  return g_test_run ();
}
