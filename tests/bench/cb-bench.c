/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Coachbook's benchmark. It builds, in temporary data folders, a client
 * book as real ones look (cb-test-book.c: N clients with M meetings each
 * over three years, two or three actions a meeting and most old ones
 * never ticked, plans, reviews, private notes), a 10-client book and an
 * empty one, and prints side by side:
 *  - the first painted frame of the real application, empty and large
 *    (and the moment its window is mapped, beside GNOME Text Editor's in
 *    the same run, measured the same way);
 *  - the time until the large book is usable (every client listed, Today
 *    filled in) and searchable, and the longest stall of the main thread
 *    after the first frame;
 *  - the store's full load against json-glib parsing the same bytes
 *    already in memory;
 *  - resident memory after load, empty and large;
 *  - search: the time to update the results per keystroke, beside a plain
 *    in-memory substring scan of the same text;
 *  - saving one edited meeting, large book against the 10-client one.
 * It asserts nothing: tests assert behaviour, this prints figures. Run it
 * under X (tools/bench runs it under Xvfb). */
#include "config.h"

#include <locale.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cb-meeting.h"
#include "cb-search-index.h"
#include "cb-store.h"
#include "cb-test-book.h"

#define MAX_RUNS 15

static int n_clients = 1000;
static int meetings_per_client = 20;
static int runs = 3;
static char *app_path;
static gboolean no_app;

static const GOptionEntry options[] = {
  { "clients", 0, 0, G_OPTION_ARG_INT, &n_clients, "Clients in the large book (default 1000)", "N" },
  { "meetings-per-client", 0, 0, G_OPTION_ARG_INT, &meetings_per_client, "Meetings of each client (default 20)", "N" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Repetitions of each measurement; the median is printed (default 3)", "N" },
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The coachbook program (default: beside this one)", "PATH" },
  { "no-app", 0, 0, G_OPTION_ARG_NONE, &no_app, "Do not start the application (no display needed)", NULL },
  { NULL }
};

/* Helpers */

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

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rm_rf (child);
      else
        unlink (child);
    }
  rmdir (path);
}

/* Every JSON file under @dir, the trash and quarantine left out. */
static void
collect_json (const char *dir,
              GPtrArray  *paths)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_str_equal (name, "trash") || g_str_equal (name, "quarantine"))
        continue;
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_json (child, paths);
      else if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (paths, g_steal_pointer (&child));
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (const double *values,
        int           n)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare_doubles);
  return sorted[n / 2];
}

static double
maximum (const double *values,
         int           n)
{
  double m = 0;

  for (int i = 0; i < n; i++)
    m = MAX (m, values[i]);
  return m;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The books */

typedef struct
{
  char    *home;      /* XDG_DATA_HOME */
  char    *dir;       /* the practice's folder */
  guint64  bytes;     /* of its JSON files */
  guint    n_files;
  guint    n_meetings;
} Book;

static void
book_generate (Book *book,
               guint clients,
               guint meetings)
{
  g_autofree char *root = NULL;
  g_autoptr(CbStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CbTestBookOptions book_options = { clients, meetings, 3 };
  CbPractice *practice;
  GDate today;

  book->home = make_root ();
  root = g_build_filename (book->home, "coachbook", NULL);
  store = cb_store_new (root);
  practice = cb_store_create_practice (store, "Benchmark Practice", &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  if (clients > 0)
    cb_test_book_fill (practice, &book_options, &today);
  g_assert_true (cb_store_flush (store));
  book->dir = cb_store_dup_practice_dir (store, practice);
  book->n_meetings = clients * meetings;

  collect_json (book->dir, paths);
  book->n_files = paths->len;
  book->bytes = 0;
  for (guint i = 0; i < paths->len; i++)
    {
      GStatBuf st;

      if (g_stat (paths->pdata[i], &st) == 0)
        book->bytes += st.st_size;
    }
}

static void
book_clear (Book *book)
{
  rm_rf (book->home);
  g_free (book->home);
  g_free (book->dir);
}

/* Opens the book's practice with a store of its own, as the window does. */
static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static CbStore *
book_open (Book        *book,
           CbPractice **practice,
           double      *ms)
{
  g_autofree char *root = g_build_filename (book->home, "coachbook", NULL);
  CbStore *store = cb_store_new (root);
  g_autoptr(GError) error = NULL;
  GAsyncResult *opened = NULL;
  gint64 start;

  cb_store_load_practices (store, &error);
  g_assert_no_error (error);
  *practice = g_list_model_get_item (cb_store_get_practices (store), 0);

  /* Timed until the practice holds every document, as the window sees it. */
  start = g_get_monotonic_time ();
  cb_store_open_practice_async (store, *practice, NULL, on_opened, &opened);
  while (opened == NULL)
    g_main_context_iteration (NULL, TRUE);
  cb_store_open_practice_finish (store, opened, &error);
  *ms = ms_since (start);
  g_assert_no_error (error);
  g_clear_object (&opened);

  return store;
}

/* json-glib alone: every file of the book, already in memory, parsed. */
static double
bare_parse_ms (Book   *book,
               double *reading_ms)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) buffers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  gint64 start = g_get_monotonic_time ();

  collect_json (book->dir, paths);
  for (guint i = 0; i < paths->len; i++)
    {
      char *data;
      gsize length;

      if (g_file_get_contents (paths->pdata[i], &data, &length, NULL))
        {
          g_ptr_array_add (buffers, data);
          g_array_append_val (lengths, length);
        }
    }
  *reading_ms = ms_since (start);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < buffers->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, buffers->pdata[i], g_array_index (lengths, gsize, i), NULL))
        g_error ("could not parse a generated file");
    }

  return ms_since (start);
}

/* Saving: one meeting edited, until its file is written. */
static double
save_one_ms (CbStore    *store,
             CbPractice *practice,
             guint       round)
{
  GListModel *clients = cb_practice_get_clients (practice);
  g_autoptr(CbClient) client = g_list_model_get_item (clients, round % g_list_model_get_n_items (clients));
  CbMeeting *meeting = cb_client_get_latest_meeting (client);
  g_autofree char *text = g_strdup_printf ("Edited in round %u of the benchmark.", round);
  gint64 start;

  g_assert_nonnull (meeting);
  /* From a store at rest: tidying the folders after opening is not part of it. */
  g_assert_true (cb_store_flush (store));
  cb_record_set_string (CB_RECORD (meeting), "summary", text);
  start = g_get_monotonic_time ();
  g_assert_true (cb_store_flush (store));

  return ms_since (start);
}

/* Search */

static const char *typed[] = {
  "delegation",
  "board meeting",
  "confidence team",
  "zugspitze",
  "wisniewska plan",
  "feedback colleagues",
};

/* Memory in use in this process (the heap's, not the pages it kept). */
static long
heap_kib (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (long) ((info.uordblks + info.hblkhd) / 1024);
}

typedef struct
{
  double index_ms;
  long   index_kib;
  double per_key_median, per_key_max;
  double scan_median, scan_max;
  guint  n_keys;
  guint  n_results;   /* for the last word */
} SearchFigures;

static void
append_text (CbRecord *record,
             guint     index,
             gboolean  private_field,
             gpointer  user_data)
{
  GString *out = user_data;
  const CbFieldSpec *spec = cb_record_get_field (record, index);

  if (private_field)
    return;
  if (spec->kind == CB_FIELD_LIST)
    {
      g_auto(GStrv) lines = cb_record_dup_strv_at (record, index);

      for (guint i = 0; lines[i] != NULL; i++)
        g_string_append_printf (out, "%s\n", lines[i]);
    }
  else
    g_string_append_printf (out, "%s\n", cb_record_get_string_at (record, index));
}

/* The plain way: every document's text, folded, kept in memory, and each
 * word of the query looked for in each with strstr(). */
static guint
scan (GPtrArray  *texts,
      const char *query)
{
  g_autofree char *folded = cb_search_fold (query, NULL);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    {
      gboolean all = TRUE;

      for (guint w = 0; all && words[w] != NULL; w++)
        if (*words[w] != '\0' && strstr (texts->pdata[i], words[w]) == NULL)
          all = FALSE;
      n += all;
    }

  return n;
}

static void
measure_search (CbPractice    *practice,
                SearchFigures *figures)
{
  g_autoptr(CbSearchIndex) index = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scans = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *clients = cb_practice_get_clients (practice);
  gint64 start;

  {
    long before = heap_kib ();

    start = g_get_monotonic_time ();
    index = cb_search_index_new (practice);
    cb_search_index_wait (index);
    figures->index_ms = ms_since (start);
    figures->index_kib = heap_kib () - before;
  }

  for (guint c = 0; c < g_list_model_get_n_items (clients); c++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, c);
      GListModel *documents = cb_client_get_documents (client);
      GString *text = g_string_new (NULL);

      cb_search_foreach_field (CB_RECORD (client), append_text, text);
      g_ptr_array_add (texts, cb_search_fold (text->str, NULL));
      g_string_free (text, TRUE);
      for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, d);

          text = g_string_new (NULL);
          cb_search_foreach_field (CB_RECORD (document), append_text, text);
          g_ptr_array_add (texts, cb_search_fold (text->str, NULL));
          g_string_free (text, TRUE);
        }
    }

  /* Typed a key at a time: each keystroke's results, and the snippets of
   * the dozen that fit on screen, as the search page shows them. */
  for (guint t = 0; t < G_N_ELEMENTS (typed); t++)
    for (gsize length = 1; length <= strlen (typed[t]); length++)
      {
        g_autofree char *query = g_strndup (typed[t], length);
        g_autoptr(GPtrArray) hits = NULL;
        guint n_total = 0;
        double ms;

        start = g_get_monotonic_time ();
        hits = cb_search_index_query (index, query, FALSE, 500, &n_total);
        for (guint h = 0; h < MIN (hits->len, 12); h++)
          g_free (cb_search_dup_snippet (((CbSearchHit *) hits->pdata[h])->document, query, FALSE, NULL));
        ms = ms_since (start);
        g_array_append_val (keys, ms);
        figures->n_results = n_total;

        start = g_get_monotonic_time ();
        scan (texts, query);
        ms = ms_since (start);
        g_array_append_val (scans, ms);
      }

  figures->n_keys = keys->len;
  figures->per_key_median = median ((double *) keys->data, keys->len);
  figures->per_key_max = maximum ((double *) keys->data, keys->len);
  figures->scan_median = median ((double *) scans->data, scans->len);
  figures->scan_max = maximum ((double *) scans->data, scans->len);
}

/* The application */

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

typedef struct
{
  double first_frame;   /* its own report, after the first paint */
  double mapped;        /* its window mapped, seen from X */
  double loaded;        /* the practice's documents all read */
  double usable;        /* every client listed and Today filled in */
  double indexed;       /* searchable */
  double stall;         /* the longest stall of its main thread after the first frame */
  long   rss;
} AppFigures;

static Display *display;

/* The first MapNotify of a top-level window since @since. */
static gboolean
poll_mapped (gint64  start,
             double *mapped)
{
  gboolean seen = FALSE;

  while (display != NULL && XPending (display) > 0)
    {
      XEvent event;

      XNextEvent (display, &event);
      if (event.type == MapNotify && !seen && *mapped == 0)
        {
          *mapped = ms_since (start);
          seen = TRUE;
        }
    }

  return seen;
}

static GPid
spawn (const char * const *argv,
       const char         *data_home,
       int                *out_fd)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *config = g_build_filename (data_home, "config", NULL);
  g_autofree char *cache = g_build_filename (data_home, "cache", NULL);
  GPid pid;

  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "COACHBOOK_BENCH", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);

  /* Another program's messages are not ours to show. */
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH |
                                 (out_fd == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL : 0),
                                 NULL, NULL, &pid, NULL, out_fd, NULL, &error))
    {
      g_printerr ("Could not start %s: %s\n", argv[0], error->message);
      return 0;
    }

  return pid;
}

static void
stop (GPid pid,
      int  out_fd)
{
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  if (out_fd >= 0)
    close (out_fd);
}

static gboolean
launch_app (Book       *book,
            AppFigures *figures)
{
  const char *argv[] = { app_path, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 start, deadline, settle = 0;
  int out_fd = -1;
  GPid pid;

  memset (figures, 0, sizeof *figures);
  if (display != NULL)
    XSync (display, True);

  start = g_get_monotonic_time ();
  if ((pid = spawn (argv, book->home, &out_fd)) == 0)
    return FALSE;

  deadline = start + 120 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline && (settle == 0 || g_get_monotonic_time () < settle))
    {
      struct pollfd fds[2] = { { out_fd, POLLIN, 0 }, { display != NULL ? ConnectionNumber (display) : -1, POLLIN, 0 } };
      char *line;

      poll (fds, display != NULL ? 2 : 1, 20);
      poll_mapped (start, &figures->mapped);
      if (fds[0].revents & (POLLIN | POLLHUP))
        {
          char buffer[512];
          gssize n = read (out_fd, buffer, sizeof buffer);

          if (n <= 0)
            break;
          g_string_append_len (out, buffer, n);
        }

      /* Whole lines only. */
      while ((line = strchr (out->str, '\n')) != NULL)
        {
          g_autofree char *text = g_strndup (out->str, line - out->str);

          g_string_erase (out, 0, line - out->str + 1);
          if (g_str_equal (text, "first-frame"))
            figures->first_frame = ms_since (start);
          else if (g_str_has_prefix (text, "loaded "))
            figures->loaded = ms_since (start);
          else if (g_str_has_prefix (text, "usable "))
            figures->usable = ms_since (start);
          else if (g_str_equal (text, "indexed"))
            figures->indexed = ms_since (start);
          else if (g_str_has_prefix (text, "stall "))
            figures->stall = g_ascii_strtod (text + 6, NULL);
        }

      /* Once searchable, a second more for stalls to show, then the memory. */
      if (settle == 0 && figures->usable > 0 && figures->indexed > 0)
        settle = g_get_monotonic_time () + G_USEC_PER_SEC;
    }

  figures->rss = rss_kib (pid);
  stop (pid, out_fd);

  if (figures->first_frame == 0 || figures->usable == 0 || figures->indexed == 0)
    {
      g_printerr ("The application did not report its first frame, load and index (left: %s)\n", out->str);
      return FALSE;
    }

  return TRUE;
}

/* GNOME Text Editor, started the same way, until its window is mapped. */
static double
launch_text_editor (const char *home)
{
  const char *argv[] = { "gnome-text-editor", "--standalone", "--new-window", NULL };
  gint64 start, deadline;
  double mapped = 0;
  GPid pid;

  if (display == NULL || g_find_program_in_path ("gnome-text-editor") == NULL)
    return 0;

  XSync (display, True);
  start = g_get_monotonic_time ();
  if ((pid = spawn (argv, home, NULL)) == 0)
    return 0;

  deadline = start + 30 * G_USEC_PER_SEC;
  while (mapped == 0 && g_get_monotonic_time () < deadline)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

      poll (&fd, 1, 20);
      poll_mapped (start, &mapped);
    }
  /* Long enough to settle, so that the next run starts from rest. */
  g_usleep (300000);
  stop (pid, -1);

  return mapped;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Coachbook");
  g_autoptr(GError) error = NULL;
  Book empty = { 0 }, small = { 0 }, large = { 0 };
  double parse[MAX_RUNS], reading[MAX_RUNS], load[MAX_RUNS], ratio[MAX_RUNS];
  double save_large[MAX_RUNS], save_small[MAX_RUNS];
  double frame_empty[MAX_RUNS], frame_large[MAX_RUNS], map_empty[MAX_RUNS], map_large[MAX_RUNS], map_editor[MAX_RUNS];
  double usable[MAX_RUNS], indexed[MAX_RUNS], loaded[MAX_RUNS], stall[MAX_RUNS], rss_empty[MAX_RUNS], rss_large[MAX_RUNS];
  SearchFigures search = { 0 };
  long store_kib = 0;
  gboolean have_app, have_editor = FALSE;
  g_autofree char *editor_home = NULL;
  guint n_loaded = 0;
  gint64 start;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, MAX_RUNS);
  n_clients = MAX (n_clients, 10);
  meetings_per_client = MAX (meetings_per_client, 1);
  if (app_path == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (argv[0]);
      app_path = g_build_filename (dir, "..", "src", "coachbook", NULL);
    }

  start = g_get_monotonic_time ();
  book_generate (&empty, 0, 0);
  book_generate (&small, 10, meetings_per_client);
  book_generate (&large, n_clients, meetings_per_client);
  g_printerr ("Books generated in %.1f s\n", ms_since (start) / 1000.0);

  /* The store, and json-glib alone, back to back in each run: the
   * machine's speed drifts between runs more than within one. */
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(CbStore) store = NULL;
      g_autoptr(CbPractice) practice = NULL;

      long before;

      parse[r] = bare_parse_ms (&large, &reading[r]);
      before = heap_kib ();
      store = book_open (&large, &practice, &load[r]);
      if (r == 0)
        store_kib = heap_kib () - before;
      ratio[r] = load[r] / parse[r];
      n_loaded = g_list_model_get_n_items (cb_practice_get_clients (practice));

      save_large[r] = save_one_ms (store, practice, r);
      if (r == runs - 1)
        measure_search (practice, &search);
      cb_store_flush (store);
    }
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(CbStore) store = NULL;
      g_autoptr(CbPractice) practice = NULL;
      double ms;

      store = book_open (&small, &practice, &ms);
      save_small[r] = save_one_ms (store, practice, r);
      cb_store_flush (store);
    }

  have_app = !no_app && (g_getenv ("DISPLAY") != NULL);
  if (have_app)
    {
      display = XOpenDisplay (NULL);
      if (display != NULL)
        XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
      editor_home = make_root ();

      for (int r = 0; r < runs && have_app; r++)
        {
          AppFigures e, l;

          have_app = launch_app (&empty, &e) && launch_app (&large, &l);
          frame_empty[r] = e.first_frame;
          map_empty[r] = e.mapped;
          rss_empty[r] = e.rss;
          frame_large[r] = l.first_frame;
          map_large[r] = l.mapped;
          loaded[r] = l.loaded;
          usable[r] = l.usable;
          indexed[r] = l.indexed;
          stall[r] = l.stall;
          rss_large[r] = l.rss;
          map_editor[r] = launch_text_editor (editor_home);
          have_editor = map_editor[r] > 0;
        }
    }

  g_print ("Coachbook benchmark: %d clients, %u meetings, %u files, %.1f MiB on disk; median of %d runs\n\n",
           n_clients, large.n_meetings, large.n_files, large.bytes / 1048576.0, runs);
  g_print ("%-50s %11s %11s %7s %9s\n", "measure", "empty", "large", "ratio", "target");

  if (have_app)
    {
      double fe = median (frame_empty, runs), fl = median (frame_large, runs);
      double re = median (rss_empty, runs), rl = median (rss_large, runs);

      g_print ("%-50s %8.1f ms %8.1f ms %7.2f %9s\n", "first painted frame", fe, fl, fl / fe, "≤ 1.25");
      g_print ("%-50s %8.1f ms %8.1f ms %7.2f\n", "window mapped (seen from X)", median (map_empty, runs),
               median (map_large, runs), median (map_large, runs) / median (map_empty, runs));
      if (have_editor)
        g_print ("%-50s %8.1f ms\n", "  GNOME Text Editor's window mapped, same run", median (map_editor, runs));
      else
        g_print ("%-50s %11s\n", "  GNOME Text Editor", "(not installed: tools/bench installs it)");
      g_print ("%-50s %11s %8.1f ms\n", "every document read (from start)", "", median (loaded, runs));
      g_print ("%-50s %11s %8.1f ms %7s %9s\n", "usable: every client listed, Today filled in", "",
               median (usable, runs), "", "≤ 2000");
      g_print ("%-50s %11s %8.1f ms\n", "searchable: every word indexed", "", median (indexed, runs));
      g_print ("%-50s %11s %8.1f ms %7s %9s\n", "longest main-thread stall after the first frame", "",
               median (stall, runs), "", "≤ 50");
      g_print ("%-50s %7.0f KiB %7.0f KiB %7.2f %9s\n", "resident memory, searchable (VmRSS)", re, rl,
               (rl - re) / MAX (large.bytes / 1024.0, 1), "≤ 2.00");
      g_print ("%-50s %11s %7.0f KiB\n", "  budget: empty + 2 × bytes on disk", "",
               re + 2 * large.bytes / 1024.0);
    }
  else
    g_print ("%-50s %s\n", "first frame, usable, stalls, memory", "(no display: run under Xvfb, as tools/bench does)");

  g_print ("%-50s %11s %8.1f ms\n", "reading the files into memory (no parsing)", "", median (reading, runs));
  g_print ("%-50s %11s %8.1f ms\n", "json-glib alone, the same bytes in memory", "", median (parse, runs));
  g_print ("%-50s %11s %8.1f ms %7.2f %9s\n", "store: every document loaded, from disk", "",
           median (load, runs), median (ratio, runs), "≤ 1.30");
  g_print ("%-50s %11s %11u\n", "  clients loaded", "", n_loaded);
  g_print ("%-50s %11s %7ld KiB %7.2f\n", "  memory the loaded book takes (this process)", "", store_kib,
           store_kib / MAX (large.bytes / 1024.0, 1));
  g_print ("%-50s %11s %7ld KiB %7.2f\n", "  memory the search index takes (this process)", "", search.index_kib,
           search.index_kib / MAX (large.bytes / 1024.0, 1));
  g_print ("%-50s %11s %8.1f ms\n", "search index built (off the main thread)", "", search.index_ms);
  g_print ("%-50s %11s %8.2f ms %7s %9s\n", "search: results per keystroke, median", "",
           search.per_key_median, "", "≤ 16");
  g_print ("%-50s %11s %8.2f ms %7s %9s\n", "search: results per keystroke, worst", "",
           search.per_key_max, "", "≤ 50");
  g_print ("%-50s %11s %8.2f ms\n", "  plain substring scan of the same text, median", "", search.scan_median);
  g_print ("%-50s %11s %8.2f ms\n", "  plain substring scan of the same text, worst", "", search.scan_max);
  g_print ("%-50s %11s %11u\n", "  keystrokes timed", "", search.n_keys);
  g_print ("%-50s %8.2f ms %8.2f ms %7.2f %9s\n", "saving one edited meeting (10 clients | large)",
           median (save_small, runs), median (save_large, runs),
           median (save_large, runs) / median (save_small, runs), "≈ 1");

  if (display != NULL)
    XCloseDisplay (display);
  if (editor_home != NULL)
    rm_rf (editor_home);
  book_clear (&empty);
  book_clear (&small);
  book_clear (&large);

  return 0;
}
