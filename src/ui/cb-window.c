/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-window"

#include "config.h"

#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <glib/gi18n.h>

#include "cb-document-types.h"
#include "cb-ics.h"
#include "cb-search-page.h"
#include "cb-store.h"
#include "cb-hours-page.h"
#include "cb-templates-window.h"
#include "cb-today-page.h"
#include "cb-view.h"
#include "cb-window.h"

typedef struct
{
  CbPractice *practice;
  CbClient   *client;
} Trashed;

struct _CbWindow
{
  AdwApplicationWindow  parent_instance;

  CbStore              *store;
  GSettings            *settings;
  CbPractice           *practice;
  CbToday              *today;
  CbSearchIndex        *search_index;
  char                 *before_search; /* what the content pane showed before a search */
  GCancellable         *cancellable;
  GHashTable           *trashed;       /* client id → Trashed */
  AdwToast             *last_toast;    /* weak */
  gulong                after_paint_id;
  GPtrArray            *development_pages;  /* CbDocumentPage of each type the coach owns */
  CbHoursPage          *hours_page;         /* "me-hours" */
  CbView               *view;          /* the view shown, whose actions are "view." */
  GActionGroup         *view_actions;
  GtkWidget            *header_widget; /* the view's, in header_box */

  /* template */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkSpinner           *main_spinner;
  CbWelcomePage        *welcome_page;
  AdwLeaflet           *leaflet;
  CbSidebar            *sidebar;
  GtkWidget            *content_box;
  AdwHeaderBar         *content_header;
  AdwViewSwitcherTitle *content_title;
  GtkWidget            *back_button;
  GtkWidget            *view_back_button;
  GtkMenuButton        *view_menu_button;
  GtkWidget            *delete_button;
  GtkBox               *header_box;
  GtkStack             *content_stack;
  GtkSpinner           *content_spinner;
  CbClientPage         *client_page;
  CbProfilePage        *profile_page;
  CbTodayPage          *today_page;
  CbSearchPage         *search_page;
};

G_DEFINE_FINAL_TYPE (CbWindow, cb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
trashed_free (gpointer data)
{
  Trashed *t = data;

  g_clear_object (&t->practice);
  g_clear_object (&t->client);
  g_free (t);
}

static void
set_action_enabled (CbWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The view shown in the content pane (a client, a list of documents, the
 * coach profile), or NULL for Today, the spinner or the empty pane. */
static CbView *
shown_view (CbWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->content_stack);

  if (self->practice == NULL || !CB_IS_VIEW (child))
    return NULL;
  if (CB_IS_CLIENT_PAGE (child) && cb_client_page_get_client (CB_CLIENT_PAGE (child)) == NULL)
    return NULL;

  return CB_VIEW (child);
}

static void
on_view_action_enabled_cb (CbWindow *self)
{
  gboolean can_delete = self->view_actions != NULL &&
                        g_action_group_has_action (self->view_actions, "delete") &&
                        g_action_group_get_action_enabled (self->view_actions, "delete");

  if (self->delete_button != NULL)
    gtk_widget_set_visible (self->delete_button, can_delete);
}

/* What the content pane's header bar offers follows the view it shows,
 * whatever the view: back to the list while a document is open, the
 * view's own widget (Mark as Agreed…), Move to Trash and its menu. The
 * view's actions are the window's "view." too, for the shortcuts. */
static void
update_header (CbWindow *self)
{
  CbView *view;
  GActionGroup *actions;
  GMenuModel *menu;
  GtkWidget *header_widget;
  gboolean can_close;
  const char *content;

  if (self->content_stack == NULL)
    return;

  view = shown_view (self);
  actions = view != NULL ? cb_view_get_actions (view) : NULL;
  menu = view != NULL ? cb_view_get_menu (view) : NULL;
  header_widget = view != NULL ? cb_view_get_header_widget (view) : NULL;
  can_close = view != NULL && cb_view_get_can_close (view);
  content = gtk_stack_get_visible_child_name (self->content_stack);

  self->view = view;

  if (self->view_actions != actions)
    {
      if (self->view_actions != NULL)
        g_signal_handlers_disconnect_by_func (self->view_actions, on_view_action_enabled_cb, self);
      g_set_object (&self->view_actions, actions);
      if (actions != NULL)
        g_signal_connect_object (actions, "action-enabled-changed",
                                 G_CALLBACK (on_view_action_enabled_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_insert_action_group (GTK_WIDGET (self), "view", actions);
    }

  if (self->header_widget != header_widget)
    {
      if (self->header_widget != NULL)
        gtk_box_remove (self->header_box, self->header_widget);
      self->header_widget = header_widget;
      if (header_widget != NULL)
        gtk_box_append (self->header_box, header_widget);
    }

  gtk_menu_button_set_menu_model (self->view_menu_button, menu);
  gtk_widget_set_visible (GTK_WIDGET (self->view_menu_button), menu != NULL && g_menu_model_get_n_items (menu) > 0);
  gtk_widget_set_visible (self->view_back_button, can_close);
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet) && !can_close);
  adw_view_switcher_title_set_view_switcher_enabled (self->content_title,
                                                     view != NULL && g_strcmp0 (content, "client") == 0);
  on_view_action_enabled_cb (self);

  if (view != NULL)
    {
      g_autofree char *title = cb_view_dup_title (view);
      g_autofree char *subtitle = cb_view_dup_subtitle (view);

      adw_view_switcher_title_set_title (self->content_title, title != NULL ? title : "");
      adw_view_switcher_title_set_subtitle (self->content_title, subtitle != NULL ? subtitle : "");
    }
  else if (g_strcmp0 (content, "today") != 0)
    {
      adw_view_switcher_title_set_title (self->content_title, "");
      adw_view_switcher_title_set_subtitle (self->content_title, "");
    }
}

static void
on_view_changed_cb (CbWindow *self,
                    CbView   *view)
{
  /* Views say goodbye as the window goes. */
  if (self->content_stack == NULL)
    return;

  if (view == shown_view (self) || view == self->view)
    update_header (self);
}

static void
update_actions (CbWindow *self)
{
  gboolean has_practice = self->practice != NULL;
  const char *content = gtk_stack_get_visible_child_name (self->content_stack);
  gboolean has_client = has_practice &&
                        g_strcmp0 (content, "client") == 0 &&
                        cb_client_page_get_client (self->client_page) != NULL;

  set_action_enabled (self, "new-client", has_practice);
  set_action_enabled (self, "rename-practice", has_practice);
  set_action_enabled (self, "show-profile", has_practice);
  set_action_enabled (self, "search", has_practice);
  set_action_enabled (self, "delete-client", has_client);
  set_action_enabled (self, "agreement-templates", has_practice);
  set_action_enabled (self, "export-ics", has_practice);
  update_header (self);
}

static void
show_content (CbWindow   *self,
              const char *name)
{
  gtk_spinner_set_spinning (self->content_spinner, g_str_equal (name, "loading"));
  gtk_stack_set_visible_child_name (self->content_stack, name);
  update_actions (self);
}

static void
show_main (CbWindow   *self,
           const char *name)
{
  gtk_spinner_set_spinning (self->main_spinner, g_str_equal (name, "loading"));
  gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
show_error_toast (CbWindow     *self,
                  const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  cb_window_add_toast (self, toast);
}

/* tools/bench runs the real program with COACHBOOK_BENCH set and reads
 * these lines to time the first frame and the end of loading. */
static void bench_report (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
bench_report (const char *format,
              ...)
{
  g_autofree char *line = NULL;
  va_list args;

  if (g_getenv ("COACHBOOK_BENCH") == NULL)
    return;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  g_print ("%s\n", line);
  fflush (stdout);
}

/* With COACHBOOK_BENCH, a timer due every few milliseconds at high
 * priority measures how long the main thread is kept from it: the longest
 * stall since the first frame is reported each time it grows. */
#define BENCH_TICK_MS 2

static gboolean
bench_tick_cb (gpointer data)
{
  static gint64 last, longest;
  gint64 now = g_get_monotonic_time ();

  if (last != 0 && now - last - BENCH_TICK_MS * 1000 > longest)
    {
      longest = now - last - BENCH_TICK_MS * 1000;
      bench_report ("stall %.1f", longest / 1000.0);
    }
  last = now;

  return G_SOURCE_CONTINUE;
}

static gint64 bench_layout_start;

static void
bench_layout_before_cb (GdkFrameClock *clock)
{
  bench_layout_start = g_get_monotonic_time ();
}

static void
bench_layout_after_cb (GdkFrameClock *clock)
{
  gint64 ms = (g_get_monotonic_time () - bench_layout_start) / 1000;

  if (ms > 12)
    bench_report ("layout %" G_GINT64_FORMAT " at %" G_GINT64_FORMAT, ms, g_get_monotonic_time () / 1000 % 100000);
}

static void
bench_watch_stalls (void)
{
  if (g_getenv ("COACHBOOK_BENCH") != NULL)
    g_timeout_add_full (G_PRIORITY_HIGH, BENCH_TICK_MS, bench_tick_cb, NULL, NULL);
}

/* Reading a practice parses every file on worker threads: what they
 * freed stays with their heaps unless given back, and a large book would
 * leave tens of megabytes of them behind. */
#ifdef __GLIBC__
static void
trim_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  malloc_trim (0);
}
#endif

/* On a thread of its own: going through a large heap takes a few frames. */
static void
release_freed_memory (void)
{
#ifdef __GLIBC__
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_run_in_thread (task, trim_thread);
#endif
}

static void
on_search_indexing_cb (CbSearchIndex *index)
{
  if (!cb_search_index_get_indexing (index))
    release_freed_memory ();
}

/* Usable: every client listed and Today filled in; indexed: the search
 * has the words of every document. */
static void
bench_report_progress (CbWindow *self)
{
  static gboolean usable, indexed;

  if (self->practice == NULL || !cb_practice_get_loaded (self->practice))
    return;

  if (!usable && self->today != NULL && !cb_today_get_loading (self->today))
    {
      usable = TRUE;
      bench_report ("usable %u", g_list_model_get_n_items (cb_practice_get_clients (self->practice)));
    }
  if (!indexed && self->search_index != NULL && !cb_search_index_get_indexing (self->search_index))
    {
      indexed = TRUE;
      bench_report ("indexed");
#ifdef __GLIBC__
      {
        struct mallinfo2 info = mallinfo2 ();

        bench_report ("heap %zu", (info.uordblks + info.hblkhd) / 1024);
      }
#endif
    }
}

/* Whether there is a meeting today or an overdue action: then the
 * practice opens on Today. */
static gboolean
today_has_items (CbWindow *self)
{
  guint n = self->today != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->today)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbTodayItem) item = g_list_model_get_item (G_LIST_MODEL (self->today), i);
      CbTodayItemKind kind = cb_today_item_get_kind (item);

      if (kind == CB_TODAY_ITEM_MEETING_TODAY || kind == CB_TODAY_ITEM_ACTION_OVERDUE)
        return TRUE;
    }

  return FALSE;
}

static void
show_today (CbWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = NULL;

  if (self->today != NULL)
    {
      g_free (iso);
      iso = cb_date_to_iso (cb_today_get_date (self->today));
    }
  date = cb_format_date (iso);

  show_content (self, "today");
  adw_view_switcher_title_set_title (self->content_title, _("Today"));
  adw_view_switcher_title_set_subtitle (self->content_title, date != NULL ? date : "");
  cb_sidebar_select_today (self->sidebar);
}

static gboolean
show_today_if_due (CbWindow *self)
{
  if (!today_has_items (self))
    return FALSE;

  show_today (self);
  return TRUE;
}

static void show_first_view (CbWindow *self);

static void
on_first_today_cb (CbWindow *self)
{
  if (self->today != NULL && cb_today_get_loading (self->today))
    return;

  g_signal_handlers_disconnect_by_func (self->today, on_first_today_cb, self);
  show_first_view (self);
}

/* Once the practice is read: Today when something is due, or else the
 * empty pane, decided when Today has gone through every client (until
 * then the spinner stays). */
static void
show_first_view (CbWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "loading") != 0)
    return;

  if (self->today != NULL && cb_today_get_loading (self->today))
    {
      g_signal_handlers_disconnect_by_func (self->today, on_first_today_cb, self);
      g_signal_connect_object (self->today, "notify::loading", G_CALLBACK (on_first_today_cb),
                               self, G_CONNECT_SWAPPED);
      return;
    }

  if (!show_today_if_due (self))
    show_content (self, "empty");
}

static void
on_practice_opened_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cb_store_open_practice_finish (CB_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_error_toast (self, error);
    }

  show_first_view (self);
  release_freed_memory ();

  if (self->practice != NULL && g_getenv ("COACHBOOK_BENCH") != NULL)
    {
      bench_report ("loaded %u", g_list_model_get_n_items (cb_practice_get_clients (self->practice)));
      g_signal_connect_object (self->today, "notify::loading", G_CALLBACK (bench_report_progress), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->search_index, "notify::indexing", G_CALLBACK (bench_report_progress), self, G_CONNECT_SWAPPED);
      bench_report_progress (self);
    }
}

static void
on_practices_loaded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbPractice) first = NULL;
  g_autofree char *last = NULL;
  GListModel *practices;
  CbPractice *practice = NULL;

  if (!cb_store_load_practices_finish (CB_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_error_toast (self, error);
    }

  practices = cb_store_get_practices (self->store);
  if (g_list_model_get_n_items (practices) == 0)
    {
      show_main (self, "welcome");
      cb_welcome_page_reset (self->welcome_page);
      return;
    }

  last = g_settings_get_string (self->settings, "last-practice");
  if (*last != '\0')
    practice = cb_store_find_practice (self->store, last);
  if (practice == NULL)
    practice = first = g_list_model_get_item (practices, 0);

  cb_window_open_practice (self, practice);
}

static void
start_loading (CbWindow *self)
{
  cb_store_load_practices_async (self->store, self->cancellable,
                                 on_practices_loaded_cb, g_object_ref (self));
}

/* Reading starts once the first frame is on screen, so the window appears
 * at once with its spinner however many clients there are. */
static void
on_first_after_paint_cb (GdkFrameClock *clock,
                         CbWindow      *self)
{
  g_clear_signal_handler (&self->after_paint_id, clock);
  bench_report ("first-frame");
  bench_watch_stalls ();
  if (g_getenv ("COACHBOOK_BENCH_LAYOUT") != NULL)
    {
      g_signal_connect (clock, "update", G_CALLBACK (bench_layout_before_cb), NULL);
      g_signal_connect (clock, "paint", G_CALLBACK (bench_layout_after_cb), NULL);
    }
  start_loading (self);
}

static void
on_leaflet_folded_cb (CbWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  update_header (self);
  adw_header_bar_set_show_end_title_buttons (cb_sidebar_get_header_bar (self->sidebar), folded);
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded);
}

static void
on_leaflet_visible_child_cb (CbWindow *self)
{
  /* Back in the list on a narrow window: nothing is selected, so that
   * choosing the same client again opens it again. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->sidebar))
    cb_sidebar_unselect (self->sidebar);
}

static void
show_client (CbWindow *self,
             CbClient *client)
{
  cb_client_page_set_client (self->client_page, client);
  show_content (self, "client");
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_client_selected_cb (CbWindow  *self,
                       CbClient  *client)
{
  if (cb_client_page_get_client (self->client_page) == client &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "client") == 0)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
      return;
    }

  show_client (self, client);
}

static void
on_profile_selected_cb (CbWindow *self)
{
  show_content (self, "profile");
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* A view of the coach's own documents, "me-<folder>". */
static void
on_development_selected_cb (CbWindow   *self,
                            const char *view)
{
  if (gtk_stack_get_child_by_name (self->content_stack, view) == NULL)
    return;

  show_content (self, view);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_today_selected_cb (CbWindow *self)
{
  show_today (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* A meeting or an action in Today: the client's meeting, open. */
static void
on_today_item_activated_cb (CbWindow    *self,
                            CbTodayItem *item)
{
  CbClient *client = cb_today_item_get_client (item);
  CbMeeting *meeting = cb_today_item_get_meeting (item);

  if (client == NULL)
    return;

  cb_sidebar_select_client (self->sidebar, client);
  if (cb_client_page_get_client (self->client_page) != client ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "client") != 0)
    show_client (self, client);

  if (meeting != NULL)
    cb_client_page_open_document (self->client_page, CB_DOCUMENT (meeting));
  update_header (self);
}

/* Typing in the sidebar's search field searches the whole practice: the
 * results take the content pane, and what it showed comes back when the
 * field is cleared. */
static void
on_search_changed_cb (CbWindow   *self,
                      const char *text)
{
  const char *content = gtk_stack_get_visible_child_name (self->content_stack);
  g_autofree char *query = g_strstrip (g_strdup (text));

  if (self->practice == NULL)
    return;

  cb_search_page_set_query (self->search_page, query);

  if (*query != '\0')
    {
      if (g_strcmp0 (content, "search") != 0 && g_strcmp0 (content, "loading") != 0)
        {
          g_free (self->before_search);
          self->before_search = g_strdup (content);
        }
      /* On a narrow window the list and its search field stay in view
       * while typing; Enter shows the results. */
      if (g_strcmp0 (content, "loading") != 0)
        show_content (self, "search");
      return;
    }

  if (g_strcmp0 (content, "search") != 0)
    return;

  if (g_strcmp0 (self->before_search, "today") == 0)
    show_today (self);
  else if (self->before_search != NULL &&
           (g_strcmp0 (self->before_search, "client") != 0 ||
            cb_client_page_get_client (self->client_page) != NULL))
    show_content (self, self->before_search);
  else
    show_content (self, "empty");
}

/* Enter in the search field: on a narrow window, where the results are
 * not beside the list, it shows them; else the first client shown opens. */
static gboolean
on_search_activated_cb (CbWindow *self)
{
  if (!adw_leaflet_get_folded (self->leaflet) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "search") != 0)
    return FALSE;

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  return TRUE;
}

/* A search result: the client, or the document open in its view. */
static void
on_search_document_activated_cb (CbWindow   *self,
                                 CbDocument *document)
{
  CbDocument *owner = CB_IS_CLIENT (document) ? document : cb_document_get_parent (document);

  if (CB_IS_CLIENT (owner))
    {
      CbClient *client = CB_CLIENT (owner);

      show_client (self, client);
      if (owner != document)
        cb_client_page_open_document (self->client_page, document);
      else
        cb_client_page_set_view (self->client_page, "profile");

      /* The search stays as it is, to come back to. */
      if (cb_sidebar_shows_client (self->sidebar, client))
        cb_sidebar_select_client (self->sidebar, client);
      else
        cb_sidebar_unselect (self->sidebar);
      update_header (self);
      return;
    }

  for (guint i = 0; i < self->development_pages->len; i++)
    {
      CbDocumentPage *page = self->development_pages->pdata[i];

      if (cb_document_page_get_document_type (page) == G_OBJECT_TYPE (document))
        {
          g_autofree char *view = g_strconcat ("me-", CB_DOCUMENT_GET_CLASS (document)->folder, NULL);

          show_content (self, view);
          cb_sidebar_select_development (self->sidebar, view);
          cb_document_page_open (page, document);
          adw_leaflet_set_visible_child (self->leaflet, self->content_box);
          update_header (self);
          return;
        }
    }
}

static void
on_practice_created_cb (CbWindow   *self,
                        CbPractice *practice)
{
  cb_window_open_practice (self, practice);
}

static void
on_problems_items_changed_cb (GListModel *problems,
                              guint       position,
                              guint       removed,
                              guint       added,
                              CbWindow   *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);
      CbProblemKind kind = cb_problem_get_kind (problem);
      AdwToast *toast = adw_toast_new (cb_problem_get_message (problem));

      /* Conflicts and set-aside files matter: they stay until dismissed. */
      if (kind == CB_PROBLEM_CONFLICT || kind == CB_PROBLEM_QUARANTINED)
        adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      cb_window_add_toast (self, toast);
    }
}

/* Actions */

static void
new_client_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbWindow *self = user_data;
  g_autoptr(CbClient) client = NULL;

  if (self->practice == NULL)
    return;

  /* view → model → store: the practice takes it, the store writes it. */
  client = cb_client_new ();
  cb_practice_add_client (self->practice, client);
  cb_sidebar_select_client (self->sidebar, client);
  if (cb_client_page_get_client (self->client_page) != client)
    show_client (self, client);
  cb_client_page_focus_name (self->client_page);
}

static void
delete_client_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbWindow *self = user_data;
  CbClient *client = cb_client_page_get_client (self->client_page);
  g_autofree char *title = NULL;
  Trashed *t;
  AdwToast *toast;

  if (client == NULL || self->practice == NULL)
    return;

  t = g_new0 (Trashed, 1);
  t->practice = g_object_ref (self->practice);
  t->client = g_object_ref (client);
  g_hash_table_replace (self->trashed, g_strdup (cb_document_get_id (CB_DOCUMENT (client))), t);

  title = cb_document_dup_title (CB_DOCUMENT (client));
  cb_client_page_set_client (self->client_page, NULL);
  cb_sidebar_unselect (self->sidebar);
  show_content (self, "empty");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  /* The store moves the client's folder to the practice's trash. */
  cb_practice_remove_client (t->practice, t->client);

  /* Translators: %s is a client's name */
  toast = adw_toast_new_format (_("“%s” moved to the trash"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target (toast, "s", cb_document_get_id (CB_DOCUMENT (t->client)));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  cb_window_add_toast (self, toast);
}

static void
undo_delete_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbWindow *self = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  Trashed *t = g_hash_table_lookup (self->trashed, id);
  g_autoptr(CbClient) client = NULL;
  g_autoptr(CbPractice) practice = NULL;

  if (t == NULL)
    return;

  client = g_object_ref (t->client);
  practice = g_object_ref (t->practice);
  g_hash_table_remove (self->trashed, id);

  /* Back in the practice: the store moves the folder back. */
  cb_practice_add_client (practice, client);
  if (practice == self->practice)
    {
      cb_sidebar_select_client (self->sidebar, client);
      if (cb_client_page_get_client (self->client_page) != client)
        show_client (self, client);
    }
}

static void
practice_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CbWindow *self = user_data;
  CbPractice *practice = cb_store_find_practice (self->store, g_variant_get_string (parameter, NULL));

  if (practice != NULL)
    cb_window_open_practice (self, practice);
}

static void
on_name_dialog_entry_changed_cb (GtkEditable      *entry,
                                 AdwMessageDialog *dialog)
{
  CbWindow *self = g_object_get_data (G_OBJECT (dialog), "cb-window");
  CbPractice *except = g_object_get_data (G_OBJECT (dialog), "cb-practice");
  GtkLabel *error_label = g_object_get_data (G_OBJECT (dialog), "cb-error-label");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = cb_store_check_practice_name (self->store, gtk_editable_get_text (entry), except, &error);
  adw_message_dialog_set_response_enabled (dialog, "ok", ok);
  gtk_label_set_label (error_label, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (error_label), !ok && *gtk_editable_get_text (entry) != '\0');

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
on_name_dialog_entry_activate_cb (GtkEntry         *entry,
                                  AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "ok"))
    adw_message_dialog_response (dialog, "ok");
}

static void
on_name_dialog_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            gpointer          user_data)
{
  CbWindow *self = g_object_get_data (G_OBJECT (dialog), "cb-window");
  CbPractice *rename = g_object_get_data (G_OBJECT (dialog), "cb-practice");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cb-entry");
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "ok"))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (rename != NULL)
    {
      if (!cb_store_check_practice_name (self->store, name, rename, &error))
        show_error_toast (self, error);
      else
        cb_practice_set_name (rename, name);
    }
  else
    {
      CbPractice *practice = cb_store_create_practice (self->store, name, &error);

      if (practice == NULL)
        show_error_toast (self, error);
      else
        cb_window_open_practice (self, practice);
    }
}

static void
show_practice_name_dialog (CbWindow   *self,
                           CbPractice *rename)
{
  GtkWidget *dialog, *box, *entry, *error_label;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   rename ? _("Rename Practice") : _("New Practice"),
                                   rename ? NULL : _("A practice is a separate client book, for example one for private clients and one for a mentoring programme at work."));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Practice name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Practice name"),
                                  -1);
  error_label = g_object_new (GTK_TYPE_LABEL,
                              "wrap", TRUE,
                              "xalign", 0.0f,
                              "visible", FALSE,
                              NULL);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_add_css_class (error_label, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", rename ? _("_Rename") : _("_Create"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "cb-window", self);
  g_object_set_data_full (G_OBJECT (dialog), "cb-practice",
                          rename ? g_object_ref (rename) : NULL, g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "cb-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "cb-error-label", error_label);

  g_signal_connect (entry, "changed", G_CALLBACK (on_name_dialog_entry_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (on_name_dialog_entry_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_name_dialog_response_cb), NULL);

  if (rename != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), cb_practice_get_name (rename));
  on_name_dialog_entry_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_practice_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  show_practice_name_dialog (CB_WINDOW (user_data), NULL);
}

static void
rename_practice_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbWindow *self = user_data;

  if (self->practice != NULL)
    show_practice_name_dialog (self, self->practice);
}

static void
sample_practice_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbWindow *self = user_data;
  CbPractice *sample = cb_store_find_practice (self->store, _("Sample Practice"));

  /* Open the sample practice if there is one, or make one. */
  if (sample != NULL)
    cb_window_open_practice (self, sample);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->welcome_page), "welcome.sample", NULL);
}

static void
show_profile_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CbWindow *self = user_data;

  if (self->practice == NULL)
    return;

  cb_sidebar_select_profile (self->sidebar);
  on_profile_selected_cb (self);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CbWindow *self = user_data;

  if (self->practice == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar));
  cb_sidebar_focus_search (self->sidebar);
}

static void
back_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CbWindow *self = user_data;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  cb_sidebar_unselect (self->sidebar);
}

static void
agreement_templates_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CbWindow *self = user_data;
  GtkWidget *templates;

  if (self->practice == NULL)
    return;

  templates = cb_templates_window_new (GTK_WINDOW (self), self->store, self->practice);
  gtk_window_present (GTK_WINDOW (templates));
}

static void
export_ics_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  const char *text = task_data;
  g_autofree char *path = g_file_get_path (g_object_get_data (G_OBJECT (task), "cb-file"));
  g_autoptr(GError) error = NULL;

  /* Only the writing happens here: the calendar was built from the model
   * on the main thread, where the model lives. */
  if (!cb_ics_write (text, path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_ics_exported_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CbWindow *self = CB_WINDOW (source);
  GFile *file = g_object_get_data (G_OBJECT (result), "cb-file");
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is a file name, then the reason */
      toast = adw_toast_new_format (_("Could not save “%s”: %s"), name, error->message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (file);

      /* Translators: %s is the name of the calendar file just saved */
      toast = adw_toast_new_format (_("Saved “%s”"), name);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-file");
      adw_toast_set_action_target (toast, "s", uri);
    }
  cb_window_add_toast (self, toast);
}

static void
on_ics_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            CbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cb_window_export_ics (self, file);
    }

  g_object_unref (chooser);
}

static void
export_ics_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->practice == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Upcoming Meetings"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested name of the calendar file of upcoming meetings */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Coaching sessions.ics"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_ics_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  gtk_show_uri (GTK_WINDOW (user_data), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static const GActionEntry win_actions[] = {
  { "new-client", new_client_action, NULL, NULL, NULL },
  { "delete-client", delete_client_action, NULL, NULL, NULL },
  { "undo-delete", undo_delete_action, "s", NULL, NULL },
  { "practice", practice_action, "s", "''", NULL },
  { "new-practice", new_practice_action, NULL, NULL, NULL },
  { "rename-practice", rename_practice_action, NULL, NULL, NULL },
  { "sample-practice", sample_practice_action, NULL, NULL, NULL },
  { "show-profile", show_profile_action, NULL, NULL, NULL },
  { "search", search_action, NULL, NULL, NULL },
  { "back", back_action, NULL, NULL, NULL },
  { "agreement-templates", agreement_templates_action, NULL, NULL, NULL },
  { "open-file", open_file_action, "s", NULL, NULL },
  { "export-ics", export_ics_action, NULL, NULL, NULL },
};

/* Delete moves what the view shows to the trash (the open document, or
 * the client on the profile), unless the focus is in a field where
 * Delete edits text. */
static gboolean
delete_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  CbWindow *self = CB_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)))
    return FALSE;

  if (self->view_actions == NULL || !g_action_group_has_action (self->view_actions, "delete") ||
      !g_action_group_get_action_enabled (self->view_actions, "delete"))
    return FALSE;

  g_action_group_activate_action (self->view_actions, "delete", NULL);
  return TRUE;
}

/* GtkWidget / GtkWindow */

static void
cb_window_realize (GtkWidget *widget)
{
  CbWindow *self = CB_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (cb_window_parent_class)->realize (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock != NULL && self->after_paint_id == 0 && self->practice == NULL)
    self->after_paint_id = g_signal_connect (clock, "after-paint",
                                             G_CALLBACK (on_first_after_paint_cb), self);
}

static void
cb_window_unrealize (GtkWidget *widget)
{
  CbWindow *self = CB_WINDOW (widget);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, clock);

  GTK_WIDGET_CLASS (cb_window_parent_class)->unrealize (widget);
}

static gboolean
cb_window_close_request (GtkWindow *window)
{
  CbWindow *self = CB_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  /* Everything typed reaches the disk before the window goes. */
  cb_store_flush (self->store);

  return GTK_WINDOW_CLASS (cb_window_parent_class)->close_request (window);
}

/* GObject */

/* "application" is not a construct property: this runs once it is set. */
static void
cb_window_setup (CbWindow      *self,
                 CbApplication *app)
{
  GListModel *problems;

  self->store = g_object_ref (cb_application_get_store (app));
  self->settings = g_object_ref (cb_application_get_settings (app));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  cb_welcome_page_set_store (self->welcome_page, self->store);
  cb_sidebar_set_practices (self->sidebar, cb_store_get_practices (self->store));

  problems = cb_store_get_problems (self->store);
  g_signal_connect_object (problems, "items-changed",
                           G_CALLBACK (on_problems_items_changed_cb), self, 0);

  update_actions (self);
}

static void
cb_window_dispose (GObject *object)
{
  CbWindow *self = CB_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->content_title != NULL)
    adw_view_switcher_title_set_stack (self->content_title, NULL);
  if (self->view_actions != NULL)
    g_signal_handlers_disconnect_by_func (self->view_actions, on_view_action_enabled_cb, self);
  g_clear_object (&self->view_actions);
  if (self->header_widget != NULL)
    gtk_box_remove (self->header_box, self->header_widget);
  self->header_widget = NULL;
  self->view = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->practice);
  g_clear_object (&self->today);
  g_clear_object (&self->search_index);
  g_clear_pointer (&self->before_search, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_clear_pointer (&self->development_pages, g_ptr_array_unref);
  g_clear_weak_pointer (&self->last_toast);

  G_OBJECT_CLASS (cb_window_parent_class)->dispose (object);
}

static void
cb_window_class_init (CbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cb_window_dispose;

  widget_class->realize = cb_window_realize;
  widget_class->unrealize = cb_window_unrealize;

  window_class->close_request = cb_window_close_request;

  g_type_ensure (CB_TYPE_WELCOME_PAGE);
  g_type_ensure (CB_TYPE_SIDEBAR);
  g_type_ensure (CB_TYPE_CLIENT_PAGE);
  g_type_ensure (CB_TYPE_PROFILE_PAGE);
  g_type_ensure (CB_TYPE_TODAY_PAGE);
  g_type_ensure (CB_TYPE_SEARCH_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, main_spinner);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, view_back_button);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, view_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, header_box);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, content_spinner);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, client_page);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, profile_page);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, search_page);
  gtk_widget_class_bind_template_callback (widget_class, on_practice_created_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_client_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_development_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_document_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-client", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  /* As GNOME Text Editor: print the open document, or its blank form. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "view.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.print-blank", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.print-blank", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_shortcut_cb, NULL);
}

static void
cb_window_init (CbWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->trashed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, trashed_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);

  g_signal_connect_swapped (self->leaflet, "notify::visible-child",
                            G_CALLBACK (on_leaflet_visible_child_cb), self);

  /* The client page's views: switched from the header bar, or from the
   * page's own bar at the bottom when the header is too narrow. */
  adw_view_switcher_title_set_stack (self->content_title, cb_client_page_get_view_stack (self->client_page));
  g_object_bind_property (self->content_title, "title-visible",
                          cb_client_page_get_switcher_bar (self->client_page), "reveal",
                          G_BINDING_SYNC_CREATE);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "client", cb_client_page_get_actions (self->client_page));

  /* A view of the coach's own documents for each type the coach owns. */
  {
    const GType *types;
    guint n_types;

    self->development_pages = g_ptr_array_new ();
    types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
    for (guint i = 0; i < n_types; i++)
      {
        CbDocumentClass *klass = g_type_class_peek (types[i]);
        g_autofree char *name = g_strconcat ("me-", klass->folder, NULL);
        GtkWidget *page = cb_document_page_new_for_type (types[i]);

        gtk_stack_add_named (self->content_stack, page, name);
        g_ptr_array_add (self->development_pages, page);
      }

    /* Hours: counted from the meetings, not a document type. */
    self->hours_page = CB_HOURS_PAGE (cb_hours_page_new ());
    gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->hours_page), "me-hours");
  }

  /* Whatever the content pane shows says what the header offers. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->content_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CB_IS_VIEW (child))
      g_signal_connect_object (child, "changed", G_CALLBACK (on_view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_stack, "notify::visible-child",
                           G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);

  on_leaflet_folded_cb (self);
  /* The window opens as it will look, the sidebar and the content pane
   * each with its spinner: laying it all out comes before the first frame
   * rather than as a pause once the window is there. Without a practice,
   * the welcome page takes its place. */
  show_main (self, "practice");
  show_content (self, "loading");
}

CbWindow *
cb_window_new (CbApplication *application)
{
  CbWindow *self;

  g_return_val_if_fail (CB_IS_APPLICATION (application), NULL);

  self = g_object_new (CB_TYPE_WINDOW,
                       "application", application,
                       NULL);
  cb_window_setup (self, application);

  return self;
}

CbPractice *
cb_window_get_practice (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->practice;
}

void
cb_window_open_practice (CbWindow   *self,
                         CbPractice *practice)
{
  const char *id;

  g_return_if_fail (CB_IS_WINDOW (self));
  g_return_if_fail (CB_IS_PRACTICE (practice));

  show_main (self, "practice");

  if (self->practice == practice)
    return;

  /* Stop reading the practice we leave. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_set_object (&self->practice, practice);
  id = cb_document_get_id (CB_DOCUMENT (practice));

  cb_client_page_set_client (self->client_page, NULL);
  g_clear_object (&self->today);
  self->today = cb_today_new (practice);
  cb_today_page_set_today (self->today_page, self->today);
  g_clear_object (&self->search_index);
  self->search_index = cb_search_index_new (practice);
  g_signal_connect (self->search_index, "notify::indexing", G_CALLBACK (on_search_indexing_cb), NULL);
  cb_search_page_set_index (self->search_page, self->search_index);
  cb_search_page_set_query (self->search_page, NULL);
  g_clear_pointer (&self->before_search, g_free);
  cb_sidebar_set_practice (self->sidebar, practice);
  cb_sidebar_set_today (self->sidebar, self->today);
  cb_profile_page_set_practice (self->profile_page, self->store, practice);
  for (guint i = 0; i < self->development_pages->len; i++)
    {
      GObject *page = self->development_pages->pdata[i];

      /* Pages that keep copies of files (CPD evidence) are handed the store. */
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "store") != NULL)
        g_object_set (page, "store", self->store, NULL);
      cb_document_page_set_owner (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (practice));
    }
  cb_hours_page_set_practice (self->hours_page, practice);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar));

  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "practice")),
                             g_variant_new_string (id));
  g_settings_set_string (self->settings, "last-practice", id);

  show_content (self, "loading");
  if (cb_practice_get_loaded (practice))
    {
      show_first_view (self);
      return;
    }

  cb_store_open_practice_async (self->store, practice, self->cancellable,
                                on_practice_opened_cb, g_object_ref (self));
}

const char *
cb_window_get_help_page (CbWindow *self)
{
  const char *main_page, *content;
  CbView *view;

  g_return_val_if_fail (CB_IS_WINDOW (self), "index");

  main_page = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (main_page, "welcome") == 0)
    return "getting-started";
  if (g_strcmp0 (main_page, "practice") != 0)
    return "index";

  if ((view = shown_view (self)) != NULL)
    return cb_view_get_help_page (view);

  content = gtk_stack_get_visible_child_name (self->content_stack);
  if (g_strcmp0 (content, "today") == 0)
    return "today";

  return "clients";
}

const char *
cb_window_get_view (CbWindow *self)
{
  const char *main_page;

  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  main_page = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (main_page, "practice") != 0)
    return main_page;

  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
cb_window_add_toast (CbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CB_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_set_weak_pointer (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

AdwToast *
cb_window_get_last_toast (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->last_toast;
}

CbSidebar *
cb_window_get_sidebar (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->sidebar;
}

CbWelcomePage *
cb_window_get_welcome_page (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->welcome_page;
}

CbClientPage *
cb_window_get_client_page (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->client_page;
}

CbProfilePage *
cb_window_get_profile_page (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->profile_page;
}

CbSearchPage *
cb_window_get_search_page (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->search_page;
}

CbSearchIndex *
cb_window_get_search_index (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->search_index;
}

CbTodayPage *
cb_window_get_today_page (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->today_page;
}

CbToday *
cb_window_get_today (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->today;
}

void
cb_window_show_today (CbWindow *self)
{
  g_return_if_fail (CB_IS_WINDOW (self));

  if (self->practice != NULL)
    show_today (self);
}

void
cb_window_export_ics (CbWindow *self,
                      GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CB_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->practice != NULL);

  task = g_task_new (self, NULL, on_ics_exported_cb, NULL);
  g_task_set_source_tag (task, cb_window_export_ics);
  g_task_set_task_data (task, cb_ics_build (self->practice, NULL), g_free);
  g_object_set_data_full (G_OBJECT (task), "cb-file", g_object_ref (file), g_object_unref);

  if (g_file_peek_path (file) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Calendars can only be saved in a folder on this computer."));
      return;
    }

  g_task_run_in_thread (task, export_ics_thread);
}
