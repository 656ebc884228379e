/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Coachbook's benchmark: builds a practice of N fully filled clients in a
 * temporary data folder and prints, side by side,
 *  - the time to the first painted frame of the real application with an
 *    empty practice and with the large one (needs a display: run under Xvfb),
 *  - the time the store needs to load every client, against the time
 *    json-glib alone needs to parse the same files already in memory,
 *  - the resident memory of the application after loading.
 * It asserts nothing: tests assert behaviour, this prints figures. */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cb-sample.h"
#include "cb-store.h"

static int n_clients = 1000;
static int runs = 3;
static char *app_path;

static const GOptionEntry options[] = {
  { "clients", 0, 0, G_OPTION_ARG_INT, &n_clients, "Number of clients to generate (default 1000)", "N" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Repetitions of each measurement; the median is printed (default 3)", "N" },
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The coachbook program (default: beside this one)", "PATH" },
  { NULL }
};

static const char *first_names[] = { "Amara", "Ben", "Chiara", "Dev", "Eilidh", "Farid", "Grace", "Hamish", "Ines", "Jonah", "Keisha", "Luca", "Mei", "Niall", "Olu", "Parveen", "Quinn", "Rosa", "Sanjay", "Tess" };
static const char *last_names[] = { "Adeyemi", "Brennan", "Castillo", "Dunmore", "Evans", "Fairweather", "Gallagher", "Hussain", "Ivanova", "Jones", "Kowalczyk", "Lindqvist", "MacLeod", "Nakamura", "O'Connor", "Patel", "Quarshie", "Rahman", "Sørensen", "Thompson" };

static char *
make_root (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("coachbook-bench-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        rm_rf (child);
      else
        unlink (child);
    }
  rmdir (path);
}

/* A practice of @n clients, every field filled with realistic text. */
static char *
generate (const char *data_home,
          int         n,
          guint64    *bytes)
{
  g_autofree char *root = g_build_filename (data_home, "coachbook", NULL);
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(GPtrArray) templates = cb_sample_create_clients ();
  g_autoptr(GError) error = NULL;
  CbPractice *practice;
  g_autofree char *dir = NULL;

  practice = cb_store_create_practice (store, "Benchmark Practice", &error);
  g_assert_no_error (error);
  cb_sample_fill_coach_profile (cb_practice_get_coach_profile (practice));

  for (int i = 0; i < n; i++)
    {
      CbClient *template = templates->pdata[i % templates->len];
      g_autoptr(CbClient) client = cb_client_new ();
      g_autofree char *name = g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                                               last_names[(i / G_N_ELEMENTS (first_names)) % G_N_ELEMENTS (last_names)]);
      const CbFieldSpec *fields;
      guint n_fields;

      fields = cb_record_get_fields (CB_RECORD (template), &n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          if (fields[f].kind == CB_FIELD_RECORD)
            continue;
          cb_record_get_value (CB_RECORD (template), f, &value);
          cb_record_set_value (CB_RECORD (client), f, &value);
        }
      cb_client_set_name (client, name);
      /* Fill what the templates leave empty, so every profile is complete. */
      for (guint f = 0; f < n_fields; f++)
        {
          gboolean is_text = fields[f].kind == CB_FIELD_LINE || fields[f].kind == CB_FIELD_TEXT;

          if (is_text && *cb_record_get_string_at (CB_RECORD (client), f) == '\0')
            cb_record_set_string (CB_RECORD (client), fields[f].name, "Discussed at the first meeting; to revisit at the review.");
        }
      cb_practice_add_client (practice, client);
    }

  g_assert_true (cb_store_flush (store));
  dir = cb_store_dup_practice_dir (store, practice);

  /* Bytes on disk of the practice. */
  *bytes = 0;
  {
    g_autofree char *clients_dir = g_build_filename (dir, "clients", NULL);
    g_autoptr(GDir) d = g_dir_open (clients_dir, 0, NULL);
    const char *name;
    g_autofree char *practice_file = g_build_filename (dir, "practice.json", NULL);
    GStatBuf st;

    if (g_stat (practice_file, &st) == 0)
      *bytes += st.st_size;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (clients_dir, name, "client.json", NULL);
        if (g_stat (path, &st) == 0)
          *bytes += st.st_size;
      }
  }

  return g_steal_pointer (&dir);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* json-glib alone: parse every client file, already read into memory. */
static double read_ms_last;

static double
bare_parse_ms (const char *practice_dir)
{
  g_autofree char *clients_dir = g_build_filename (practice_dir, "clients", NULL);
  g_autoptr(GPtrArray) buffers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GDir) d = g_dir_open (clients_dir, 0, NULL);
  const char *name;
  gint64 start = g_get_monotonic_time ();

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (clients_dir, name, "client.json", NULL);
      char *data;
      gsize length;

      if (g_file_get_contents (path, &data, &length, NULL))
        {
          g_ptr_array_add (buffers, data);
          g_array_append_val (lengths, length);
        }
    }

  read_ms_last = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < buffers->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, buffers->pdata[i], g_array_index (lengths, gsize, i), NULL))
        g_error ("could not parse a generated file");
    }

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The store: from nothing in memory to every client loaded. */
static double
store_load_ms (const char *data_home,
               guint      *n_loaded)
{
  g_autofree char *root = g_build_filename (data_home, "coachbook", NULL);
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(CbPractice) practice = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *opened = NULL;
  gint64 start;
  double ms;

  cb_store_load_practices (store, &error);
  g_assert_no_error (error);
  practice = g_list_model_get_item (cb_store_get_practices (store), 0);

  /* Timed until the practice holds every client, as the window sees it;
   * tidying the folders afterwards is not part of it. */
  start = g_get_monotonic_time ();
  cb_store_open_practice_async (store, practice, NULL, on_opened, &opened);
  while (opened == NULL)
    g_main_context_iteration (NULL, TRUE);
  cb_store_open_practice_finish (store, opened, &error);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);
  g_clear_object (&opened);
  cb_store_flush (store);

  *n_loaded = g_list_model_get_n_items (cb_practice_get_clients (practice));
  return ms;
}

static long
rss_kib (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return -1;
  line = strstr (text, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

/* Launches the application on @data_home and measures the time until its
 * first painted frame and, once every client is loaded, its memory. */
static gboolean
launch_app (const char *data_home,
            double     *first_frame_ms,
            double     *loaded_ms,
            long       *rss)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { app_path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  GPid pid;
  int out_fd;
  gint64 start, deadline;
  gboolean seen_frame = FALSE, seen_loaded = FALSE;

  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  env = g_environ_setenv (env, "COACHBOOK_BENCH", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("Could not start %s: %s\n", app_path, error->message);
      return FALSE;
    }

  deadline = start + 60 * G_USEC_PER_SEC;
  while (!(seen_frame && seen_loaded) && g_get_monotonic_time () < deadline)
    {
      char buffer[256];
      gssize n = read (out_fd, buffer, sizeof buffer);

      if (n <= 0)
        break;
      g_string_append_len (out, buffer, n);

      if (!seen_frame && strstr (out->str, "first-frame\n") != NULL)
        {
          *first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
          seen_frame = TRUE;
        }
      if (!seen_loaded && strstr (out->str, "loaded ") != NULL && strchr (strstr (out->str, "loaded "), '\n') != NULL)
        {
          *loaded_ms = (g_get_monotonic_time () - start) / 1000.0;
          seen_loaded = TRUE;
          g_usleep (1000000);  /* let the list settle and paint */
          *rss = rss_kib (pid);
        }
    }

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  close (out_fd);

  if (!(seen_frame && seen_loaded))
    {
      g_printerr ("The application did not report its first frame and load (output: %s)\n", out->str);
      return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Coachbook");
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_home = NULL;
  g_autofree char *large_home = NULL;
  g_autofree char *large_dir = NULL;
  g_autofree char *empty_dir = NULL;
  guint64 bytes = 0, empty_bytes = 0;
  double parse_by_run[16], load_by_run[16];
  double parse[16], reading[16], load[16], frame_empty[16], frame_large[16], loaded_empty[16], loaded_large[16];
  long rss_empty[16], rss_large[16];
  guint n_loaded = 0;
  gboolean have_app;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, 15);
  if (app_path == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (argv[0]);
      app_path = g_build_filename (dir, "..", "..", "src", "coachbook", NULL);
    }

  empty_home = make_root ();
  large_home = make_root ();
  empty_dir = generate (empty_home, 0, &empty_bytes);
  large_dir = generate (large_home, n_clients, &bytes);

  for (int r = 0; r < runs; r++)
    {
      parse[r] = bare_parse_ms (large_dir);
      parse_by_run[r] = parse[r];
      reading[r] = read_ms_last;
      load[r] = store_load_ms (large_home, &n_loaded);
      load_by_run[r] = load[r];
    }

  have_app = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  if (have_app)
    {
      for (int r = 0; r < runs; r++)
        {
          have_app = have_app &&
                     launch_app (empty_home, &frame_empty[r], &loaded_empty[r], &rss_empty[r]) &&
                     launch_app (large_home, &frame_large[r], &loaded_large[r], &rss_large[r]);
        }
    }

  g_print ("Coachbook benchmark: %d clients, %.1f MiB on disk, median of %d runs\n\n",
           n_clients, bytes / 1048576.0, runs);
  g_print ("%-44s %12s %12s %8s %8s\n", "measure", "empty", "large", "ratio", "target");
  if (have_app)
    {
      double fe = median (frame_empty, runs), fl = median (frame_large, runs);
      long re, rl;
      long budget;

      for (int r = 0; r < runs; r++)
        {
          /* medians of the longs */
          loaded_empty[r] = rss_empty[r];
          loaded_large[r] = rss_large[r];
        }
      re = (long) median (loaded_empty, runs);
      rl = (long) median (loaded_large, runs);
      budget = re + (long) (2 * bytes / 1024);

      g_print ("%-44s %9.1f ms %9.1f ms %8.2f %8s\n", "first painted frame", fe, fl, fl / fe, "≤ 1.25");
      g_print ("%-44s %8ld KiB %8ld KiB %8.2f %8s\n", "resident memory after load (VmRSS)", re, rl,
               (double) (rl - re) / (double) MAX (bytes / 1024, 1), "≤ 2.00");
      g_print ("%-44s %12s %8ld KiB\n", "  budget: empty + 2 × bytes on disk", "", budget);
    }
  else
    g_print ("%-44s %12s\n", "first painted frame, memory", "(no display: run under Xvfb, as tools/bench does)");

  {
    double p = median (parse, runs), l = median (load, runs);
    double ratios[16];

    /* Each run's ratio, measured back to back, then the median: the
     * machine's speed drifts between runs more than within one. */
    for (int r = 0; r < runs; r++)
      ratios[r] = load_by_run[r] / parse_by_run[r];

    g_print ("%-44s %12s %9.1f ms\n", "reading the files into memory (no parsing)", "", median (reading, runs));
    g_print ("%-44s %12s %9.1f ms\n", "json-glib alone, files already in memory", "", p);
    g_print ("%-44s %12s %9.1f ms %8.2f %8s\n", "store: every client loaded, from disk", "", l,
             median (ratios, runs), "≤ 1.30");
    g_print ("%-44s %12s %12u\n", "clients loaded", "", n_loaded);
  }

  rm_rf (empty_home);
  rm_rf (large_home);

  return 0;
}
