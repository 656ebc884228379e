/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-book"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-application.h"
#include "cb-client-page.h"
#include "cb-document-page.h"
#include "cb-meeting.h"
#include "cb-store.h"
#include "cb-test-book.h"
#include "cb-today-page-private.h"
#include "cb-ui-test-util.h"
#include "cb-window.h"

/* A book of a few hundred meetings over three years, as real ones look,
 * driven through the window: Today's counts, the older overdue actions
 * and closing them in bulk with Undo; the search across the practice,
 * its results, accents, private notes and opening a result. */

#define N_CLIENTS 40
#define MEETINGS_PER_CLIENT 10

static char *data_home;
static CbApplication *app;
static CbWindow *window;
static CbPractice *practice;
static GDate today;

/* What Today should say, counted from the book itself. */
typedef struct
{
  guint overdue;        /* open actions of active clients due in the last four weeks */
  guint older;          /* open actions of active clients due before that */
  guint meetings_today; /* meetings and bookings of today */
} Expected;

static Expected
count_book (void)
{
  Expected expected = { 0, 0, 0 };
  GListModel *clients = cb_practice_get_clients (practice);
  GDate recent = today;

  g_date_subtract_days (&recent, CB_TODAY_OVERDUE_DAYS);

  for (guint c = 0; c < g_list_model_get_n_items (clients); c++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, c);
      g_autoptr(GPtrArray) meetings = cb_client_list_documents (client, CB_TYPE_MEETING, NULL);
      gboolean active = cb_client_get_status (client) == CB_CLIENT_STATUS_ACTIVE;

      for (guint m = 0; m < meetings->len; m++)
        {
          CbMeeting *meeting = meetings->pdata[m];
          GListModel *actions = cb_meeting_get_actions (meeting);
          GDate date;

          if (cb_meeting_get_next_gdate (meeting, &date) && g_date_compare (&date, &today) == 0)
            expected.meetings_today++;
          if (cb_meeting_get_gdate (meeting, &date) && g_date_compare (&date, &today) == 0)
            expected.meetings_today++;

          for (guint a = 0; active && a < g_list_model_get_n_items (actions); a++)
            {
              g_autoptr(CbAction) action = g_list_model_get_item (actions, a);
              GDate due;

              if (cb_action_get_done (action))
                continue;
              g_date_clear (&due, 1);
              g_date_set_parse (&due, cb_action_get_due_date (action));
              if (!g_date_valid (&due) || g_date_compare (&due, &today) >= 0)
                continue;
              if (g_date_compare (&due, &recent) >= 0)
                expected.overdue++;
              else
                expected.older++;
            }
        }
    }

  return expected;
}

static guint
count_kind (CbTodayItemKind kind)
{
  GListModel *rows = cb_today_page_get_rows (cb_window_get_today_page (window));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (CB_IS_TODAY_ITEM (row) && cb_today_item_get_kind (CB_TODAY_ITEM (row)) == kind)
        n++;
    }

  return n;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* What pressing @response in the dialog does: the answer, and the dialog
 * closes. */
static void
answer (const char *response)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cb_ui_test_iterate ();
}

static void
test_today (void)
{
  CbToday *model = cb_window_get_today (window);
  Expected expected;
  guint older;

  cb_window_show_today (window);
  WAIT_FOR (!cb_today_get_loading (model));
  cb_ui_test_iterate ();
  expected = count_book ();

  /* The book is as real books are: many old actions never ticked. */
  g_assert_cmpuint (expected.older, >, 100);
  g_assert_cmpuint (expected.overdue, >, 0);
  g_assert_cmpuint (expected.meetings_today, >, 0);

  g_assert_cmpuint (count_kind (CB_TODAY_ITEM_ACTION_OVERDUE), ==, expected.overdue);
  g_assert_cmpuint (count_kind (CB_TODAY_ITEM_MEETING_TODAY), ==, expected.meetings_today);
  g_assert_cmpuint (cb_today_get_n_older_overdue (model), ==, expected.older);
  older = expected.older;
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  /* Lines came in above the ones on screen as Today filled in: the list
   * is still at its top, today's meetings first. */
  {
    GtkWidget *scrolled = cb_ui_test_find_descendant (GTK_WIDGET (cb_window_get_today_page (window)),
                                                      GTK_TYPE_SCROLLED_WINDOW);

    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))), ==, 0);
  }
  cb_ui_test_screenshot (GTK_WIDGET (window), "book-today");

  /* Every older one, in a list of their own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cb_window_get_today_page (window)), "today.show-older", NULL));
  WAIT_FOR (cb_today_page_get_older_window (cb_window_get_today_page (window)) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_today_get_older_overdue (model)), ==, older);
  cb_ui_test_wait_for_frame (GTK_WIDGET (cb_today_page_get_older_window (cb_window_get_today_page (window))));
  cb_ui_test_screenshot (GTK_WIDGET (cb_today_page_get_older_window (cb_window_get_today_page (window))), "book-older");
  gtk_window_destroy (cb_today_page_get_older_window (cb_window_get_today_page (window)));
  cb_ui_test_iterate ();

  /* Closing them in bulk asks first; Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cb_window_get_today_page (window)), "today.close-older", NULL));
  WAIT_FOR (find_message_dialog () != NULL);
  answer ("cancel");
  g_assert_cmpuint (cb_today_get_n_older_overdue (model), ==, older);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cb_window_get_today_page (window)), "today.close-older", NULL));
  WAIT_FOR (find_message_dialog () != NULL);
  answer ("close");
  WAIT_FOR (cb_today_get_n_older_overdue (model) == 0 && !cb_today_get_loading (model));
  cb_ui_test_iterate ();
  g_assert_cmpuint (count_book ().older, ==, 0);
  /* The recent ones are not touched. */
  g_assert_cmpuint (count_book ().overdue, ==, expected.overdue);
  g_assert_cmpuint (count_kind (CB_TODAY_ITEM_ACTION_OVERDUE), ==, expected.overdue);

  /* Undo puts every one back. */
  {
    AdwToast *toast = cb_window_get_last_toast (window);
    g_autofree char *title = g_strdup_printf ("%u actions marked as done", older);

    g_assert_nonnull (toast);
    g_assert_cmpstr (adw_toast_get_title (toast), ==, title);
    g_signal_emit_by_name (toast, "button-clicked");
  }
  WAIT_FOR (cb_today_get_n_older_overdue (model) == older && !cb_today_get_loading (model));
  g_assert_cmpuint (count_book ().older, ==, older);
}

static GtkWidget *
search_entry (void)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (cb_window_get_sidebar (window)),
                                                    CB_TYPE_SIDEBAR, "search_entry"));
}

/* Types @text in the sidebar's search field and waits for the results. */
static CbSearchPage *
search_for (const char *text)
{
  CbSearchPage *page = cb_window_get_search_page (window);

  gtk_editable_set_text (GTK_EDITABLE (search_entry ()), text);
  WAIT_FOR (g_strcmp0 (cb_search_page_get_query (page), text) == 0);
  cb_ui_test_iterate ();

  return page;
}

/* The results that are documents (not headings). */
static GPtrArray *
found (CbSearchPage *page)
{
  GListModel *results = cb_search_page_get_results (page);
  GPtrArray *documents = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(CbSearchResult) result = g_list_model_get_item (results, i);

      if (!cb_search_result_is_heading (result))
        g_ptr_array_add (documents, cb_search_result_get_document (result));
    }

  return documents;
}

static guint
position_of (CbSearchPage *page,
             CbDocument   *document)
{
  GListModel *results = cb_search_page_get_results (page);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(CbSearchResult) result = g_list_model_get_item (results, i);

      if (!cb_search_result_is_heading (result) && cb_search_result_get_document (result) == document)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static const char *
snippet_of (CbSearchPage *page,
            CbDocument   *document)
{
  g_autoptr(CbSearchResult) result = g_list_model_get_item (cb_search_page_get_results (page),
                                                            position_of (page, document));

  return cb_search_result_get_snippet (result);
}

static void
test_search (void)
{
  CbClient *first = NULL;
  CbMeeting *marked;
  CbSearchPage *page;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  cb_search_index_wait (cb_window_get_search_index (window));
  for (guint i = 0; i < g_list_model_get_n_items (cb_practice_get_clients (practice)) && first == NULL; i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (cb_practice_get_clients (practice), i);

      if (g_str_equal (cb_client_get_name (client), CB_TEST_BOOK_FIRST_CLIENT))
        first = client;
    }
  g_assert_nonnull (first);
  meetings = cb_client_list_meetings (first);
  marked = meetings->pdata[0];

  /* Ctrl+F goes to the search field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  cb_ui_test_iterate ();

  /* A word of a meeting summary, typed in lower case. */
  page = search_for ("zugspitze");
  g_assert_cmpstr (cb_window_get_view (window), ==, "search");
  hits = found (page);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits->pdata[0] == (gpointer) marked);
  g_assert_nonnull (strstr (snippet_of (page, CB_DOCUMENT (marked)), "<b>" CB_TEST_BOOK_SUMMARY_WORD "</b>"));
  /* Under the client's heading. */
  {
    g_autoptr(CbSearchResult) heading = g_list_model_get_item (cb_search_page_get_results (page), 0);

    g_assert_true (cb_search_result_is_heading (heading));
    g_assert_cmpstr (cb_search_result_get_title (heading), ==, CB_TEST_BOOK_FIRST_CLIENT);
  }
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "book-search");

  /* A word of an action, without its accent, by its start. */
  page = search_for ("ubungspl");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = found (page);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits->pdata[0] == (gpointer) marked);
  g_assert_nonnull (strstr (snippet_of (page, CB_DOCUMENT (marked)), "<b>Übungspl</b>an"));

  /* The client's name without accents finds the client. */
  page = search_for ("wisniewska");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = found (page);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits->pdata[0] == (gpointer) first);

  /* A word found in many documents: every one, grouped by client. */
  page = search_for ("delegated");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = found (page);
  g_assert_cmpuint (hits->len, >, 10);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "book-search-many");

  /* Private notes are left out unless asked for. */
  page = search_for ("kilimanjaro");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = found (page);
  g_assert_cmpuint (hits->len, ==, 0);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "book-search-none");
  {
    GtkWidget *check = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CB_TYPE_SEARCH_PAGE, "private_check"));

    g_assert_true (GTK_IS_CHECK_BUTTON (check));
    g_assert_true (gtk_widget_activate (check));
    cb_ui_test_iterate ();
    g_assert_true (cb_search_page_get_include_private (page));
  }
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = found (page);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (hits->pdata[0] == (gpointer) marked);
  cb_search_page_set_include_private (page, FALSE);

  /* An edit is found a moment later, without a new search. */
  page = search_for ("zugspitze");
  cb_record_set_string (CB_RECORD (meetings->pdata[1]), "challenges", "Afraid of heights, since the Zugspitze.");
  WAIT_FOR (position_of (page, meetings->pdata[1]) != GTK_INVALID_LIST_POSITION);

  /* Opening a result opens its document. */
  cb_search_page_activate (page, position_of (page, CB_DOCUMENT (marked)));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");
  g_assert_true (cb_client_page_get_client (cb_window_get_client_page (window)) == first);
  g_assert_cmpstr (cb_client_page_get_view (cb_window_get_client_page (window)), ==, "meetings");
  g_assert_true (cb_document_page_get_document (cb_client_page_get_page (cb_window_get_client_page (window),
                                                                         CB_TYPE_MEETING)) == CB_DOCUMENT (marked));
  /* The search is still there to come back to. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry ())), ==, "zugspitze");

  /* Clearing the field goes back to what was shown before the search. */
  page = search_for ("zugs");
  g_assert_cmpstr (cb_window_get_view (window), ==, "search");
  gtk_editable_set_text (GTK_EDITABLE (search_entry ()), "");
  WAIT_FOR (g_strcmp0 (cb_window_get_view (window), "search") != 0);
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  CbTestBookOptions options = { N_CLIENTS, MEETINGS_PER_CLIENT, 3 };
  CbStore *store;
  int result;

  setlocale (LC_ALL, "");

  data_home = g_dir_make_tmp ("coachbook-book-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  now = g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));

  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  store = cb_application_get_store (app);
  practice = cb_store_create_practice (store, "A Career", &error);
  g_assert_no_error (error);
  cb_test_book_fill (practice, &options, &today);
  g_assert_true (cb_store_flush (store));

  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  WAIT_FOR (cb_window_get_practice (window) == practice && cb_practice_get_loaded (practice));

  g_test_add_func ("/ui/book/today", test_today);
  g_test_add_func ("/ui/book/search", test_search);

  result = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  cb_ui_test_iterate ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);

  cb_ui_test_remove_tree (data_home);
  g_free (data_home);

  return result;
}
