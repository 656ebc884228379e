/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A child process saves documents over and over and is killed with SIGKILL
 * at random moments. After every kill each document must be readable and
 * hold either its previous or its new version, and no temporary file may
 * survive the next opening of the practice. */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cb-json.h"
#include "cb-store.h"
#include "cb-test-util.h"

#define N_CLIENTS 3
#define N_SAVES   1000

static const char *self_path;

/* Child: saves client i % 3 with role "save N" for N from first to last,
 * flushing each save, and prints N to its pipe after each flush returns. */
static int
run_child (const char *root,
           int         first,
           int         last)
{
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(CbPractice) practice = NULL;
  GListModel *clients;

  cb_store_load_practices (store, NULL);
  practice = g_list_model_get_item (cb_store_get_practices (store), 0);
  cb_store_open_practice (store, practice, NULL);
  clients = cb_practice_get_clients (practice);

  for (int n = first; n <= last; n++)
    {
      g_autoptr(CbClient) client = NULL;
      g_autofree char *role = g_strdup_printf ("save %d", n);
      g_autofree char *padding = g_strnfill ((gsize) (n % 97) * 40, 'x');

      for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
        {
          g_autoptr(CbClient) c = g_list_model_get_item (clients, i);
          if (g_str_has_suffix (cb_client_get_name (c), g_strdup_printf ("%d", n % N_CLIENTS)))
            client = g_steal_pointer (&c);
        }
      g_assert_nonnull (client);

      cb_record_set_string (CB_RECORD (client), "role", role);
      cb_record_set_string (CB_RECORD (client), "strengths", padding);
      if (!cb_store_flush (store))
        return 3;
      printf ("%d\n", n);
      fflush (stdout);
    }

  return 0;
}

static int
read_save_number (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CbDocument) doc = NULL;
  gsize length;
  const char *role;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  doc = cb_json_parse (CB_TYPE_CLIENT, text, length, &error);
  if (doc == NULL)
    g_error ("%s is damaged after a crash: %s", path, error->message);

  role = cb_record_get_string (CB_RECORD (doc), "role");
  if (*role == '\0')
    return -1;

  g_assert_true (g_str_has_prefix (role, "save "));
  return atoi (role + 5);
}

static guint
count_temp_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_prefix (name, ".cb-tmp-"))
        n++;
      else if (g_file_test (path, G_FILE_TEST_IS_DIR))
        n += count_temp_files (path);
    }

  return n;
}

static void
test_sigkill_during_saves (void)
{
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autofree char *practice_dir = NULL;
  g_autofree char *client_paths[N_CLIENTS] = { NULL, };
  int last_confirmed[N_CLIENTS] = { -1, -1, -1 };
  GRand *rand = g_rand_new ();
  int next = 0;
  guint kills = 0;
  guint temp_seen = 0;
  guint rounds = 0;

  /* A practice with three clients. */
  {
    g_autoptr(CbStore) store = cb_store_new (root);
    CbPractice *practice = cb_store_create_practice (store, "Crash", NULL);

    for (int i = 0; i < N_CLIENTS; i++)
      {
        g_autoptr(CbClient) client = cb_client_new ();
        g_autofree char *name = g_strdup_printf ("Client %d", i);

        cb_client_set_name (client, name);
        cb_practice_add_client (practice, client);
        practice_dir = cb_store_dup_practice_dir (store, practice);
        client_paths[i] = g_build_filename (practice_dir, "clients",
                                            cb_document_get_id (CB_DOCUMENT (client)), "client.json", NULL);
      }
    g_assert_true (cb_store_flush (store));
  }

  while (next < N_SAVES)
    {
      g_autofree char *first = g_strdup_printf ("%d", next);
      g_autofree char *last = g_strdup_printf ("%d", N_SAVES - 1);
      const char *argv[] = { self_path, "--child", root, first, last, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GIOChannel) channel = NULL;
      g_autoptr(GString) out = g_string_new (NULL);
      GPid pid;
      int out_fd;
      int status;
      int last_done = next - 1;
      gulong delay_us = g_rand_int_range (rand, 5000, 80000);
      char buffer[4096];
      gssize n;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      g_usleep (delay_us);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (out, buffer, n);
      close (out_fd);

      {
        g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);
        for (guint i = 0; lines[i] != NULL; i++)
          if (*lines[i] != '\0')
            last_done = atoi (lines[i]);
      }

      if (WIFSIGNALED (status))
        kills++;
      else
        g_assert_cmpint (WEXITSTATUS (status), ==, 0);

      temp_seen += count_temp_files (practice_dir);

      /* Every document is whole: the version last confirmed or the one being written. */
      for (int i = 0; i < N_CLIENTS; i++)
        {
          int got = read_save_number (client_paths[i]);
          int confirmed = -1;

          for (int k = last_done; k >= 0; k--)
            if (k % N_CLIENTS == i)
              {
                confirmed = k;
                break;
              }

          if (got != confirmed)
            {
              /* Only the save in flight when the child died may be newer. */
              g_assert_cmpint (got, ==, last_done + 1);
              g_assert_cmpint (got % N_CLIENTS, ==, i);
            }
          last_confirmed[i] = got;
        }

      /* Go on from the last save the child confirmed; a child killed before
       * it confirmed anything is simply run again. */
      next = last_done + 1;
      rounds++;
      g_assert_cmpuint (rounds, <, 5000);
    }

  /* Opening the practice leaves no temporary file behind. */
  {
    g_autoptr(CbStore) store = cb_store_new (root);
    g_autoptr(CbPractice) practice = NULL;
    g_autoptr(GError) error = NULL;

    cb_store_load_practices (store, &error);
    g_assert_no_error (error);
    practice = g_list_model_get_item (cb_store_get_practices (store), 0);
    cb_store_open_practice (store, practice, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, N_CLIENTS);
    g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_problems (store)), ==, 0);
    g_assert_cmpuint (count_temp_files (practice_dir), ==, 0);
  }

  g_test_message ("%u kills over %d saves; %u temporary files were left by killed children "
                  "and removed on opening; last roles %d %d %d",
                  kills, N_SAVES, temp_seen, last_confirmed[0], last_confirmed[1], last_confirmed[2]);
  g_assert_cmpuint (kills, >=, 5);

  g_rand_free (rand);
  cb_test_rm_rf (tmp);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 5 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2], atoi (argv[3]), atoi (argv[4]));

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/sigkill-during-1000-saves", test_sigkill_during_saves);

  return g_test_run ();
}
