/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-window"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "cb-action-row.h"
#include "cb-agreement-dialog.h"
#include "cb-agreements-page.h"
#include "cb-client-page-private.h"
#include "cb-document-page-private.h"
#include "cb-view.h"
#include "cb-application.h"
#include "cb-client-page.h"
#include "cb-enums.h"
#include "cb-meeting-editor.h"
#include "cb-meetings-page.h"
#include "cb-ending-dialog.h"
#include "cb-field-row.h"
#include "cb-lifecycle-stepper.h"
#include "cb-objective-card.h"
#include "cb-plan-editor.h"
#include "cb-plans-page.h"
#include "cb-progress-bar.h"
#include "cb-review-editor.h"
#include "cb-reviews-page.h"
#include "cb-profile-page.h"
#include "cb-record-editor.h"
#include "cb-sidebar.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"
#include "cb-templates-window.h"
#include "cb-today-page-private.h"
#include "cb-welcome-page.h"
#include "cb-window.h"

/* One application and one window, driven through a person's day: the
 * tests run in order and each continues from where the last one ended. */

static char *data_home;
static CbApplication *app;
static CbWindow *window;
static char *ada_id;

static void
screenshot (const char *name)
{
  cb_ui_test_screenshot (GTK_WIDGET (window), name);
}

/* Scrolls the page holding @widget so that it is near the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;
  double x, y;

  g_assert_nonnull (scrolled);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_translate_coordinates (widget, scrolled, 0, 0, &x, &y));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + y - 60);
}

static CbRecordEditor *
client_editor (void)
{
  return cb_client_page_get_editor (cb_window_get_client_page (window));
}

static CbClient *
shown_client (void)
{
  return cb_client_page_get_client (cb_window_get_client_page (window));
}

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  cb_ui_test_iterate ();
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
type_in_entry (CbRecordEditor *editor,
               const char     *field,
               const char     *text)
{
  GtkWidget *row = cb_record_editor_get_editor (editor, field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static guint
enum_position (GType type,
               int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == value)
      return i;

  g_assert_not_reached ();
}

static guint
shown_count (void)
{
  return g_list_model_get_n_items (cb_sidebar_get_shown_clients (cb_window_get_sidebar (window)));
}

static GtkWidget *
sidebar_child (const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (cb_window_get_sidebar (window)),
                                                    CB_TYPE_SIDEBAR, name));
}

static void
search_for (const char *text)
{
  GtkWidget *entry = sidebar_child ("search_entry");
  g_autofree char *needle = g_utf8_casefold (text, -1);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry reports a change after a short delay. */
  WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0);
  g_usleep (200 * 1000);
  cb_ui_test_iterate ();
  g_usleep (200 * 1000);
  cb_ui_test_iterate ();
}

static CbClient *
add_client (const char     *name,
            const char     *organisation,
            CbClientStatus  status)
{
  CbRecordEditor *editor;
  CbClient *client;

  activate ("win.new-client", NULL);
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");
  client = shown_client ();
  g_assert_nonnull (client);

  editor = client_editor ();
  type_in_entry (editor, "name", name);
  type_in_entry (editor, "organisation", organisation);
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_record_editor_get_editor (editor, "status")),
                              enum_position (CB_TYPE_CLIENT_STATUS, status));
  cb_ui_test_iterate ();

  g_assert_cmpstr (cb_client_get_name (client), ==, name);
  g_assert_cmpint (cb_client_get_status (client), ==, status);

  return client;
}

/* Tests */

static void
test_first_run (void)
{
  GtkWidget *error_label;
  CbWelcomePage *welcome = cb_window_get_welcome_page (window);

  WAIT_FOR (g_strcmp0 (cb_window_get_view (window), "welcome") == 0);
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "getting-started");
  screenshot ("first-run");

  /* An empty name is refused with the store's own message, inline. */
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (welcome), CB_TYPE_WELCOME_PAGE, "error_label"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (welcome), "welcome.create", NULL));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_cmpstr (cb_window_get_view (window), ==, "welcome");
}

static void
test_create_practice (void)
{
  CbWelcomePage *welcome = cb_window_get_welcome_page (window);
  GtkWidget *name_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (welcome), CB_TYPE_WELCOME_PAGE, "name_row"));
  GtkWidget *create_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (welcome), CB_TYPE_WELCOME_PAGE, "create_button"));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "My Practice");
  g_signal_emit_by_name (create_button, "clicked");
  cb_ui_test_iterate ();

  g_assert_nonnull (cb_window_get_practice (window));
  g_assert_cmpstr (cb_practice_get_name (cb_window_get_practice (window)), ==, "My Practice");
  WAIT_FOR (g_strcmp0 (cb_window_get_view (window), "empty") == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sidebar_child ("list_stack"))), ==, "empty");
  screenshot ("empty-practice");
}

static void
test_add_and_edit_client (void)
{
  CbPractice *practice = cb_window_get_practice (window);
  CbRecordEditor *editor;
  CbClient *client;
  GtkWidget *email, *motivation, *vak_row, *date_button, *calendar;
  g_autoptr(GDateTime) date = NULL;

  activate ("win.new-client", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, 1);
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "clients");
  client = shown_client ();
  g_assert_nonnull (client);
  ada_id = g_strdup (cb_document_get_id (CB_DOCUMENT (client)));

  editor = client_editor ();
  type_in_entry (editor, "name", "Ada Lovelace");
  type_in_entry (editor, "preferred_name", "Ada");
  type_in_entry (editor, "organisation", "Analytical Engines Ltd");

  email = cb_record_editor_get_editor (editor, "email");
  gtk_editable_set_text (GTK_EDITABLE (email), "ada@");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  gtk_editable_set_text (GTK_EDITABLE (email), "ada@example.org");
  g_assert_false (gtk_widget_has_css_class (email, "error"));

  motivation = cb_record_editor_get_editor (editor, "motivation");
  set_text_view (motivation, "Wants to lead the engine team.\nNeeds confidence presenting.");

  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_record_editor_get_editor (editor, "relationship")),
                              enum_position (CB_TYPE_RELATIONSHIP, CB_RELATIONSHIP_MENTORING));

  vak_row = cb_record_editor_get_row (editor, "vak");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (cb_field_row_get_check (vak_row, CB_VAK_VISUAL)), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (cb_field_row_get_check (vak_row, CB_VAK_KINAESTHETIC)), TRUE);

  date_button = cb_record_editor_get_editor (editor, "start_date");
  g_assert_true (GTK_IS_MENU_BUTTON (date_button));
  calendar = gtk_popover_get_child (gtk_menu_button_get_popover (GTK_MENU_BUTTON (date_button)));
  date = g_date_time_new_local (2026, 3, 9, 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
  g_signal_emit_by_name (calendar, "day-selected");
  cb_ui_test_iterate ();

  /* The model follows the widgets… */
  g_assert_cmpstr (cb_client_get_name (client), ==, "Ada Lovelace");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "preferred_name"), ==, "Ada");
  g_assert_cmpstr (cb_client_get_organisation (client), ==, "Analytical Engines Ltd");
  g_assert_cmpstr (cb_client_get_email (client), ==, "ada@example.org");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "motivation"), ==,
                   "Wants to lead the engine team.\nNeeds confidence presenting.");
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (client), "relationship"), ==, CB_RELATIONSHIP_MENTORING);
  g_assert_cmpuint (cb_record_get_flags (CB_RECORD (client), "vak"), ==, CB_VAK_VISUAL | CB_VAK_KINAESTHETIC);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "start_date"), ==, "2026-03-09");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (date_button)), !=, "");

  /* …and the widgets follow the model. */
  cb_record_set_string (CB_RECORD (client), "telephone", "01632 960123");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cb_record_editor_get_editor (editor, "telephone"))), ==, "01632 960123");
  cb_record_set_string (CB_RECORD (client), "strengths", "Mathematics");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (cb_record_editor_get_editor (editor, "strengths")));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Mathematics");
  }

  /* The sidebar row shows the new name. */
  g_assert_cmpuint (shown_count (), ==, 1);
  screenshot ("client-page");
}

static void
test_search_and_filter (void)
{
  CbClient *bob, *carol;
  GtkWidget *dropdown = sidebar_child ("status_dropdown");
  g_autoptr(CbClient) first = NULL;

  bob = add_client ("Bob Smith", "Acme Widgets", CB_CLIENT_STATUS_ACTIVE);
  carol = add_client ("Carol Jones", "Northwind", CB_CLIENT_STATUS_PAUSED);
  g_assert_cmpuint (shown_count (), ==, 3);

  /* Sorted by name. */
  first = g_list_model_get_item (cb_sidebar_get_shown_clients (cb_window_get_sidebar (window)), 0);
  g_assert_cmpstr (cb_client_get_name (first), ==, "Ada Lovelace");

  search_for ("acme");
  g_assert_cmpuint (shown_count (), ==, 1);
  search_for ("ADA");
  g_assert_cmpuint (shown_count (), ==, 1);
  search_for ("ada@example");
  g_assert_cmpuint (shown_count (), ==, 1);
  search_for ("nobody here");
  g_assert_cmpuint (shown_count (), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sidebar_child ("list_stack"))), ==, "no-match");
  search_for ("");
  g_assert_cmpuint (shown_count (), ==, 3);

  /* Status filter: All, Enquiry, Active, Paused, Ended. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + enum_position (CB_TYPE_CLIENT_STATUS, CB_CLIENT_STATUS_PAUSED));
  cb_ui_test_iterate ();
  g_assert_cmpuint (shown_count (), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + enum_position (CB_TYPE_CLIENT_STATUS, CB_CLIENT_STATUS_ACTIVE));
  cb_ui_test_iterate ();
  g_assert_cmpuint (shown_count (), ==, 2);

  /* A client whose status changes leaves the filtered list at once. */
  cb_client_set_status (bob, CB_CLIENT_STATUS_ENDED);
  cb_ui_test_iterate ();
  g_assert_cmpuint (shown_count (), ==, 1);
  cb_client_set_status (bob, CB_CLIENT_STATUS_ACTIVE);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  cb_ui_test_iterate ();
  g_assert_cmpuint (shown_count (), ==, 3);

  /* Renaming re-sorts. */
  cb_client_set_name (carol, "Aaron Jones");
  cb_ui_test_iterate ();
  g_clear_object (&first);
  first = g_list_model_get_item (cb_sidebar_get_shown_clients (cb_window_get_sidebar (window)), 0);
  g_assert_true (first == carol);
  cb_client_set_name (carol, "Carol Jones");
}

static void
test_coach_profile (void)
{
  CbProfilePage *page = cb_window_get_profile_page (window);
  CbRecordEditor *editor = cb_profile_page_get_editor (page);
  CbCoachProfile *profile = cb_practice_get_coach_profile (cb_window_get_practice (window));
  GtkWidget *row, *counter;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *gif = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GFile) gif_file = NULL;
  g_autoptr(GFile) png_file = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  AdwToast *toast;

  activate ("win.show-profile", NULL);
  g_assert_cmpstr (cb_window_get_view (window), ==, "profile");
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "coach-profile");

  type_in_entry (editor, "name", "Jo Coach");
  type_in_entry (editor, "current_role", "Executive coach");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (profile), "name"), ==, "Jo Coach");

  /* Word counter: fine at the limit, a warning past it, never a refusal. */
  row = cb_record_editor_get_row (editor, "role_description");
  counter = cb_field_row_get_counter (row);
  g_assert_nonnull (counter);
  for (guint i = 0; i < 100; i++)
    g_string_append (words, "word ");
  set_text_view (cb_field_row_get_editor (row), words->str);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counter)), ==, "100 / 100 words");
  g_assert_false (gtk_widget_has_css_class (counter, "warning"));
  g_string_append (words, "one two three");
  set_text_view (cb_field_row_get_editor (row), words->str);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counter)), ==, "103 / 100 words");
  g_assert_true (gtk_widget_has_css_class (counter, "warning"));
  g_assert_cmpuint (cb_count_words (cb_record_get_string (CB_RECORD (profile), "role_description")), ==, 103);

  /* The 50-word limit comes from the field table too. */
  counter = cb_field_row_get_counter (cb_record_editor_get_row (editor, "qualifications"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counter)), ==, "0 / 50 words");
  set_text_view (cb_record_editor_get_editor (editor, "qualifications"), "ICF Associate Certified Coach; EMCC member.");

  /* A GIF is refused, with the store's message in a toast. */
  gif = g_build_filename (data_home, "photo.gif", NULL);
  g_assert_true (g_file_set_contents (gif, "GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14, NULL));
  gif_file = g_file_new_for_path (gif);
  cb_profile_page_import_photo (page, gif_file);
  WAIT_FOR ((toast = cb_window_get_last_toast (window)) != NULL &&
            strstr (adw_toast_get_title (toast), "JPEG or PNG") != NULL);
  adw_toast_dismiss (toast);

  /* A PNG becomes the avatar, read off the main thread. */
  png = g_build_filename (data_home, "photo.png", NULL);
  pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 64);
  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, png, "png", NULL, NULL));
  png_file = g_file_new_for_path (png);
  cb_profile_page_import_photo (page, png_file);
  WAIT_FOR (adw_avatar_get_custom_image (cb_profile_page_get_avatar (page)) != NULL);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (profile), "photo"), !=, "");

  screenshot ("coach-profile");

  scroll_to (row);
  screenshot ("coach-profile-word-limits");
}

static void
test_delete_and_undo (void)
{
  CbPractice *practice = cb_window_get_practice (window);
  CbClient *ada = cb_practice_find_client (practice, ada_id);
  AdwToast *toast;

  g_assert_nonnull (ada);
  cb_sidebar_select_client (cb_window_get_sidebar (window), ada);
  cb_ui_test_iterate ();
  g_assert_true (shown_client () == ada);
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");

  activate ("win.delete-client", NULL);
  g_assert_null (cb_practice_find_client (practice, ada_id));
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, 2);
  g_assert_cmpuint (shown_count (), ==, 2);
  g_assert_cmpstr (cb_window_get_view (window), ==, "empty");
  toast = cb_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Ada Lovelace” moved to the trash");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo-delete");

  activate ("win.undo-delete", g_variant_new_string (ada_id));
  g_assert_true (cb_practice_find_client (practice, ada_id) == ada);
  g_assert_cmpuint (shown_count (), ==, 3);
  g_assert_true (shown_client () == ada);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (ada), "motivation"), ==,
                   "Wants to lead the engine team.\nNeeds confidence presenting.");
  adw_toast_dismiss (toast);
}

static void
test_narrow (void)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (window), CB_TYPE_WINDOW, "leaflet"));
  GtkWidget *back = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CB_TYPE_WINDOW, "back_button"));

  g_assert_false (adw_leaflet_get_folded (leaflet));
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  WAIT_FOR (adw_leaflet_get_folded (leaflet));
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window)) <= 420);
  g_assert_true (gtk_widget_get_visible (back));
  screenshot ("narrow-client");

  activate ("win.back", NULL);
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (cb_window_get_sidebar (window)));
  screenshot ("narrow-list");

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  WAIT_FOR (!adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (back));
}

static void
check_client_on_disk (CbClient *client)
{
  CbRecord *r = CB_RECORD (client);

  g_assert_cmpstr (cb_client_get_name (client), ==, "Ada Lovelace");
  g_assert_cmpstr (cb_record_get_string (r, "preferred_name"), ==, "Ada");
  g_assert_cmpstr (cb_client_get_organisation (client), ==, "Analytical Engines Ltd");
  g_assert_cmpstr (cb_client_get_email (client), ==, "ada@example.org");
  g_assert_cmpstr (cb_record_get_string (r, "telephone"), ==, "01632 960123");
  g_assert_cmpstr (cb_record_get_string (r, "motivation"), ==,
                   "Wants to lead the engine team.\nNeeds confidence presenting.");
  g_assert_cmpstr (cb_record_get_string (r, "strengths"), ==, "Mathematics");
  g_assert_cmpint (cb_record_get_enum (r, "relationship"), ==, CB_RELATIONSHIP_MENTORING);
  g_assert_cmpuint (cb_record_get_flags (r, "vak"), ==, CB_VAK_VISUAL | CB_VAK_KINAESTHETIC);
  g_assert_cmpstr (cb_record_get_string (r, "start_date"), ==, "2026-03-09");
  g_assert_cmpint (cb_client_get_status (client), ==, CB_CLIENT_STATUS_ACTIVE);
}

static void
test_saved_to_disk (void)
{
  CbStore *store = cb_application_get_store (app);
  g_autoptr(CbStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { COACHBOOK_EXE, "--practice", "My Practice", "--list-clients", NULL };
  CbPractice *practice;
  CbClient *client;
  CbRecord *profile;

  g_assert_true (cb_store_flush (store));

  /* Another process, the real program, finds everything on disk. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("coachbook --list-clients: %s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, ada_id));
  g_assert_nonnull (strstr (out, "Ada Lovelace"));
  g_assert_nonnull (strstr (out, "Analytical Engines Ltd"));
  g_assert_nonnull (strstr (out, "Bob Smith"));
  g_assert_nonnull (strstr (out, "Carol Jones"));

  /* And so does a fresh store in this process, field by field. */
  fresh = cb_store_new (cb_store_get_root (store));
  g_assert_true (cb_store_load_practices (fresh, &error));
  g_assert_no_error (error);
  practice = cb_store_find_practice (fresh, "My Practice");
  g_assert_nonnull (practice);
  g_assert_true (cb_store_open_practice (fresh, practice, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cb_practice_get_clients (practice)), ==, 3);
  client = cb_practice_find_client (practice, ada_id);
  g_assert_nonnull (client);
  check_client_on_disk (client);

  profile = CB_RECORD (cb_practice_get_coach_profile (practice));
  g_assert_cmpstr (cb_record_get_string (profile, "name"), ==, "Jo Coach");
  g_assert_cmpstr (cb_record_get_string (profile, "current_role"), ==, "Executive coach");
  g_assert_cmpuint (cb_count_words (cb_record_get_string (profile, "role_description")), ==, 103);
  g_assert_cmpstr (cb_record_get_string (profile, "qualifications"), ==,
                   "ICF Associate Certified Coach; EMCC member.");
  g_assert_cmpstr (cb_record_get_string (profile, "photo"), !=, "");
}

static void
test_sample_practice (void)
{
  CbPractice *practice;
  g_autoptr(CbClient) first = NULL;

  /* The practice switcher's item; it makes the sample with the same
   * action as the first-run page's secondary button. */
  activate ("win.sample-practice", NULL);
  practice = cb_window_get_practice (window);
  g_assert_cmpstr (cb_practice_get_name (practice), ==, "Sample Practice");
  WAIT_FOR (shown_count () > 0);

  first = g_list_model_get_item (cb_sidebar_get_shown_clients (cb_window_get_sidebar (window)), 0);
  cb_sidebar_select_client (cb_window_get_sidebar (window), first);
  cb_ui_test_iterate ();
  g_assert_true (shown_client () == first);
  screenshot ("sample-practice");
  scroll_to (cb_record_editor_get_row (client_editor (), "start_date"));
  screenshot ("sample-client-dates");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cb_record_editor_get_row (client_editor (), "internal_blocks")), TRUE);
  scroll_to (cb_record_editor_get_row (client_editor (), "learning_style"));
  screenshot ("sample-client-learning-style");

  /* Switching back through the practice switcher's action. */
  activate ("win.practice", g_variant_new_string ("My Practice"));
  g_assert_cmpstr (cb_practice_get_name (cb_window_get_practice (window)), ==, "My Practice");
  g_assert_cmpuint (shown_count (), ==, 3);

  /* Asking again opens the existing sample rather than making another. */
  activate ("win.sample-practice", NULL);
  g_assert_true (cb_window_get_practice (window) == practice);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return w;
    }

  return NULL;
}

static void
test_dialogs (void)
{
  CbPractice *practice;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkWindow *other;

  activate ("win.practice", g_variant_new_string ("My Practice"));
  practice = cb_window_get_practice (window);

  /* Rename Practice…: validated with the store's check as you type. */
  activate ("win.rename-practice", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "My Practice");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sample Practice");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Jo’s Coaching");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  cb_ui_test_screenshot (GTK_WIDGET (dialog), "rename-practice");
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_practice_get_name (practice), ==, "Jo’s Coaching");

  /* Keyboard Shortcuts and About open. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  other = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (other);
  gtk_window_destroy (other);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  other = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (other);
  gtk_window_destroy (other);
  cb_ui_test_iterate ();
}

static void
test_problems (void)
{
  GListStore *problems = G_LIST_STORE (cb_store_get_problems (cb_application_get_store (app)));
  g_autoptr(CbProblem) problem = NULL;
  AdwToast *toast;

  problem = cb_problem_new (CB_PROBLEM_CONFLICT, "/tmp/client.json",
                            "“Ada Lovelace” was changed by another program. Both versions are kept.");
  g_list_store_append (problems, problem);
  cb_ui_test_iterate ();
  toast = cb_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, cb_problem_get_message (problem));
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  adw_toast_dismiss (toast);
}

/* Kinds the client and profile tables do not use yet, through a record
 * type of the test's own: every later document type relies on them. */

#define TEST_TYPE_NESTED (test_nested_get_type ())
G_DECLARE_FINAL_TYPE (TestNested, test_nested, TEST, NESTED, CbRecord)
struct _TestNested { CbRecord parent_instance; };
G_DEFINE_FINAL_TYPE (TestNested, test_nested, CB_TYPE_RECORD)

static const CbFieldGroup nested_groups[] = {
  { "main", "Main", NULL },
};

static const CbFieldSpec nested_fields[] = {
  { "note", CB_FIELD_LINE, "Note", NULL, "main", NULL, 0, CB_FIELD_FLAG_NONE },
};

static void
test_nested_class_init (TestNestedClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass), nested_fields, G_N_ELEMENTS (nested_fields),
                                  nested_groups, G_N_ELEMENTS (nested_groups));
}

static void
test_nested_init (TestNested *self)
{
}

#define TEST_TYPE_KINDS (test_kinds_get_type ())
G_DECLARE_FINAL_TYPE (TestKinds, test_kinds, TEST, KINDS, CbRecord)
struct _TestKinds { CbRecord parent_instance; };
G_DEFINE_FINAL_TYPE (TestKinds, test_kinds, CB_TYPE_RECORD)

static const CbFieldGroup kinds_groups[] = {
  { "first", "First", "The first group" },
  { "second", "Second", NULL },
};

static const CbFieldSpec kinds_fields[] = {
  { "items", CB_FIELD_LIST, "Items", NULL, "first", NULL, 0, CB_FIELD_FLAG_NONE },
  { "done", CB_FIELD_BOOLEAN, "Done", "Whether it is done", "first", NULL, 0, CB_FIELD_FLAG_NONE },
  { "count", CB_FIELD_INTEGER, "Count", NULL, "second", NULL, 0, CB_FIELD_FLAG_NONE },
  { "when", CB_FIELD_DATE, "When", NULL, "second", NULL, 0, CB_FIELD_FLAG_NONE },
  { "details", CB_FIELD_RECORD, "Details", NULL, "second", test_nested_get_type, 0, CB_FIELD_FLAG_NONE },
};

static void
test_kinds_class_init (TestKindsClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass), kinds_fields, G_N_ELEMENTS (kinds_fields),
                                  kinds_groups, G_N_ELEMENTS (kinds_groups));
}

static void
test_kinds_init (TestKinds *self)
{
}

static void
test_record_editor_kinds (void)
{
  CbRecord *record = g_object_new (TEST_TYPE_KINDS, NULL);
  CbRecordEditor *editor = CB_RECORD_EDITOR (g_object_ref_sink (cb_record_editor_new ()));
  GtkWidget *view, *sw, *spin, *note, *clear;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) items = NULL;
  const char *x[] = { "x", "y", NULL };

  cb_record_editor_set_record (editor, record);
  g_assert_nonnull (cb_record_editor_get_group (editor, "first"));
  g_assert_nonnull (cb_record_editor_get_group (editor, "second"));

  /* LIST: one item per line, blank lines dropped, both ways. */
  view = cb_record_editor_get_editor (editor, "items");
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, "Book the room\n\n  Send the agenda \n", -1);
  g_object_get (record, "items", &items, NULL);
  g_assert_cmpuint (g_strv_length (items), ==, 2);
  g_assert_cmpstr (items[0], ==, "Book the room");
  g_assert_cmpstr (items[1], ==, "Send the agenda");
  g_object_set (record, "items", x, NULL);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "x\ny");

  /* BOOLEAN: a switch. */
  sw = cb_record_editor_get_editor (editor, "done");
  g_assert_true (GTK_IS_SWITCH (sw));
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  g_assert_true (cb_record_get_boolean (record, "done"));
  g_object_set (record, "done", FALSE, NULL);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));

  /* INTEGER: a spin button. */
  spin = cb_record_editor_get_editor (editor, "count");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 5);
  g_assert_cmpint (cb_record_get_integer (record, "count"), ==, 5);

  /* DATE: shown in the locale's format, cleared with the clear button. */
  g_object_set (record, "when", "2026-01-02", NULL);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (cb_record_editor_get_editor (editor, "when"))), !=, "Not set");
  clear = gtk_widget_get_prev_sibling (cb_record_editor_get_editor (editor, "when"));
  g_assert_true (GTK_IS_BUTTON (clear));
  g_assert_true (gtk_widget_get_visible (clear));
  g_signal_emit_by_name (clear, "clicked");
  g_assert_cmpstr (cb_record_get_string (record, "when"), ==, "");
  g_assert_false (gtk_widget_get_visible (clear));

  /* RECORD: a group of its own, rows named parent.child. */
  note = cb_record_editor_get_editor (editor, "details.note");
  g_assert_true (ADW_IS_ENTRY_ROW (note));
  gtk_editable_set_text (GTK_EDITABLE (note), "Nested");
  g_assert_cmpstr (cb_record_get_string (cb_record_get_record (record, "details"), "note"), ==, "Nested");

  g_assert_finalize_object (editor);
  g_assert_finalize_object (record);
}

/* The generated editor on its own: it follows a read-only document, and
 * neither it nor its rows keep the record alive once they are gone. */
static void
test_record_editor_lifecycle (void)
{
  CbClient *client = cb_client_new ();
  GtkWidget *page = g_object_ref_sink (cb_client_page_new ());
  CbRecordEditor *editor = cb_client_page_get_editor (CB_CLIENT_PAGE (page));
  GtkWidget *revealer = GTK_WIDGET (gtk_widget_get_template_child (page, CB_TYPE_CLIENT_PAGE, "read_only_revealer"));
  GtkWidget *name_row;

  cb_client_set_name (client, "Grace Hopper");
  cb_client_page_set_client (CB_CLIENT_PAGE (page), client);
  name_row = cb_record_editor_get_row (editor, "name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Grace Hopper");
  g_assert_true (gtk_widget_is_sensitive (name_row));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* Every group of the table is there, in order, and file fields are left
   * to custom views. */
  g_assert_nonnull (cb_record_editor_get_group (editor, "contact"));
  g_assert_nonnull (cb_record_editor_get_group (editor, "consent"));
  g_assert_true (ADW_IS_COMBO_ROW (cb_record_editor_get_editor (editor, "status")));
  g_assert_true (ADW_IS_EXPANDER_ROW (cb_record_editor_get_editor (editor, "internal_blocks")));
  g_assert_true (GTK_IS_TEXT_VIEW (cb_record_editor_get_editor (editor, "consent_details")));

  cb_document_set_read_only (CB_DOCUMENT (client), TRUE);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (gtk_widget_is_sensitive (name_row));
  cb_document_set_read_only (CB_DOCUMENT (client), FALSE);
  g_assert_true (gtk_widget_is_sensitive (name_row));

  /* Switching records drops the old rows. */
  cb_client_page_set_client (CB_CLIENT_PAGE (page), NULL);
  g_assert_null (cb_record_editor_get_row (editor, "name"));

  g_assert_finalize_object (page);
  g_assert_finalize_object (client);
}


/* Agreements: from the empty state through a mentoring agreement made
 * from the menu, edited, agreed with both signatures and saved as a PDF. */

static CbAgreementsPage *
agreements_page (void)
{
  return CB_AGREEMENTS_PAGE (cb_client_page_get_page (cb_window_get_client_page (window), CB_TYPE_AGREEMENT));
}

static GtkWidget *
window_child (const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CB_TYPE_WINDOW, name));
}

/* Whether the view's own widget (Mark as Agreed…) is in the header bar and shown. */
static gboolean
header_widget_shown (void)
{
  GtkWidget *widget = gtk_widget_get_first_child (window_child ("header_box"));

  return widget != NULL && gtk_widget_get_visible (widget);
}

/* The row of the @index-th document of @page's list, once drawn. */
static CbDocumentRow *
row_at (gpointer page,
        guint    index)
{
  g_autoptr(CbDocument) document = g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), index);

  g_assert_nonnull (document);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  return cb_ui_test_find_document_row (GTK_WIDGET (page), document);
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Activates the item of a menu whose target is @target, as clicking it does. */
static void
activate_menu_item (GMenuModel *menu,
                    const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) value = NULL;

      if (section != NULL)
        {
          activate_menu_item (section, target);
          continue;
        }

      value = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      if (value == NULL || !g_str_equal (g_variant_get_string (value, NULL), target))
        continue;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      activate (action, g_steal_pointer (&value));
    }
}

static gboolean
file_starts_with (const char *path,
                  const char *prefix)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return length >= strlen (prefix) && memcmp (contents, prefix, strlen (prefix)) == 0;
}

static void
test_agreements (void)
{
  CbPractice *practice = cb_window_get_practice (window);
  CbClient *ada;
  CbClientPage *client_page = cb_window_get_client_page (window);
  CbAgreementsPage *page = agreements_page ();
  CbRecordEditor *editor;
  GtkWidget *empty_button, *confidentiality, *pdf_button;
  CbDocumentRow *row;
  CbAgreement *agreement;
  CbAgreementDialog *dialog;
  g_autofree char *text = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  AdwToast *toast;

  ada = cb_practice_find_client (practice, ada_id);
  g_assert_nonnull (ada);
  cb_sidebar_select_client (cb_window_get_sidebar (window), ada);
  cb_ui_test_iterate ();
  g_assert_true (shown_client () == ada);

  /* The client page's second view; F1 follows it. */
  g_assert_cmpstr (cb_client_page_get_view (client_page), ==, "profile");
  cb_client_page_set_view (client_page, "agreements");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "agreements");
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "empty");
  g_assert_false (header_widget_shown ());
  screenshot ("agreements-empty");

  /* New Agreement ▸ Mentoring Agreement, from the empty state's menu. */
  empty_button = cb_document_page_get_new_button (CB_DOCUMENT_PAGE (page));
  g_assert_true (GTK_IS_MENU_BUTTON (empty_button));
  activate_menu_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (empty_button)), "mentoring");
  agreement = CB_AGREEMENT (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  editor = CB_RECORD_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (agreement);
  g_assert_cmpint (cb_agreement_get_kind (agreement), ==, CB_AGREEMENT_KIND_MENTORING);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_DRAFT);
  g_assert_true (cb_client_find_document (ada, cb_document_get_id (CB_DOCUMENT (agreement))) == CB_DOCUMENT (agreement));
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "editor");
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page))), ==, 1);

  /* Its clauses come filled in with the wording of the template
   * (Brainard, Harkus & George), and only the mentoring clauses show. */
  g_assert_true (g_str_has_prefix (cb_record_get_string (CB_RECORD (agreement), "mentoring_introduction"),
                                   "We are voluntarily entering into a mentoring relationship"));
  g_assert_true (g_str_has_prefix (cb_record_get_string (CB_RECORD (agreement), "no_fault_termination"),
                                   "We are committed to open and honest communication"));
  confidentiality = cb_record_editor_get_editor (editor, "mentoring_confidentiality");
  g_assert_true (GTK_IS_TEXT_VIEW (confidentiality));
  text = text_view_text (confidentiality);
  g_assert_cmpstr (text, ==, cb_record_get_string (CB_RECORD (agreement), "mentoring_confidentiality"));
  g_assert_true (g_str_has_prefix (text, "Any sensitive issues that we discuss will be held in confidence."));
  g_assert_nonnull (cb_record_editor_get_group (editor, "mentoring-objectives"));
  g_assert_null (cb_record_editor_get_group (editor, "peer-meetings"));
  g_assert_null (cb_record_editor_get_row (editor, "meeting_length"));
  g_assert_null (cb_record_editor_get_row (editor, "overall_goal"));
  g_assert_null (cb_record_editor_get_row (editor, "kind"));
  g_assert_false (gtk_widget_get_visible (cb_record_editor_get_row (editor, "status")));

  /* Adjusting a clause with the client, in its text view. */
  set_text_view (confidentiality, "Any sensitive issues that we discuss will be held in confidence, "
                                  "including anything about the engine team.");
  set_text_view (cb_record_editor_get_editor (editor, "hope_1"), "Lead the engine team with confidence");
  set_text_view (cb_record_editor_get_editor (editor, "plan_1"), "Practise presenting at each monthly meeting");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "mentoring_confidentiality"), ==,
                   "Any sensitive issues that we discuss will be held in confidence, "
                   "including anything about the engine team.");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "hope_1"), ==, "Lead the engine team with confidence");

  /* The header offers the open agreement's actions, Move to Trash among them. */
  g_assert_true (header_widget_shown ());
  g_assert_true (gtk_widget_get_visible (window_child ("view_menu_button")));
  g_assert_true (gtk_widget_get_visible (window_child ("view_back_button")));
  g_assert_true (gtk_widget_get_visible (window_child ("delete_button")));
  screenshot ("agreement-editor");

  /* Mark as Agreed…: both signature dates, in the dialog's date pickers. */
  activate ("view.mark-agreed", NULL);
  dialog = CB_AGREEMENT_DIALOG (find_toplevel (CB_TYPE_AGREEMENT_DIALOG));
  g_assert_nonnull (dialog);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    g_assert_cmpstr (cb_date_button_get_date (cb_agreement_dialog_get_date_button (dialog, 0)), ==, today);
    g_assert_cmpstr (cb_date_button_get_date (cb_agreement_dialog_get_date_button (dialog, 1)), ==, today);
  }
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 10, 12, 0, 0);
    GtkCalendar *calendar = cb_date_button_get_calendar (cb_agreement_dialog_get_date_button (dialog, 1));

    /* The client's date picked in the calendar, the coach's set directly. */
    cb_date_button_set_date (cb_agreement_dialog_get_date_button (dialog, 0), "2026-03-09");
    gtk_calendar_select_day (calendar, day);
    g_signal_emit_by_name (calendar, "day-selected");
  }
  g_assert_cmpstr (cb_date_button_get_date (cb_agreement_dialog_get_date_button (dialog, 1)), ==, "2026-03-10");
  cb_ui_test_screenshot (GTK_WIDGET (dialog), "mark-as-agreed");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cb_ui_test_iterate ();

  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_AGREED);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "coach_signed"), ==, "2026-03-09");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "client_signed"), ==, "2026-03-10");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "date_agreed"), ==, "2026-03-10");
  g_assert_false (header_widget_shown ());
  screenshot ("agreement-agreed");

  /* The row in the list changed at once. */
  activate ("view.close", NULL);
  row = row_at (page, 0);
  g_assert_nonnull (row);
  g_assert_true (cb_document_row_get_document (row) == CB_DOCUMENT (agreement));
  g_assert_cmpstr (cb_document_row_get_pill (row), ==, "Agreed");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cb_document_row_get_pill_label (row)), "cb-agreement-agreed"));
  g_assert_cmpstr (cb_document_row_get_title (row), ==, "Mentoring Agreement");
  g_assert_cmpstr (cb_document_row_get_subtitle (row), ==, "Agreed 10 March 2026");
  cb_document_page_activate_row (CB_DOCUMENT_PAGE (page), 0);
  cb_ui_test_iterate ();
  g_assert_true (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)) == CB_DOCUMENT (agreement));

  /* Export as PDF…, with the path the file chooser would give. */
  pdf = g_build_filename (data_home, "Mentoring Agreement – Ada Lovelace.pdf", NULL);
  pdf_file = g_file_new_for_path (pdf);
  cb_document_page_export_pdf (CB_DOCUMENT_PAGE (page), pdf_file);
  WAIT_FOR ((toast = cb_window_get_last_toast (window)) != NULL &&
            g_str_has_prefix (adw_toast_get_title (toast), "Saved"));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Saved “Mentoring Agreement – Ada Lovelace.pdf”");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.open-file");
  g_assert_true (file_starts_with (pdf, "%PDF"));
  adw_toast_dismiss (toast);
  /* The coach profile saves as a PDF through the same engine. */
  {
    g_autofree char *profile_pdf = g_build_filename (data_home, "Coach Profile – Jo Coach.pdf", NULL);
    g_autoptr(GFile) profile_file = g_file_new_for_path (profile_pdf);

    cb_profile_page_export_pdf (cb_window_get_profile_page (window), profile_file);
    WAIT_FOR ((toast = cb_window_get_last_toast (window)) != NULL &&
              g_strcmp0 (adw_toast_get_title (toast), "Saved “Coach Profile – Jo Coach.pdf”") == 0);
    g_assert_true (file_starts_with (profile_pdf, "%PDF"));
    adw_toast_dismiss (toast);
  }

  pdf_button = window_child ("view_menu_button");
  g_assert_true (gtk_widget_get_visible (pdf_button));

  /* Back to the list. */
  activate ("view.close", NULL);
  g_assert_null (CB_AGREEMENT (cb_document_page_get_document (CB_DOCUMENT_PAGE (page))));
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "list");
  g_assert_false (gtk_widget_get_visible (window_child ("delete_button")));
  g_assert_false (gtk_widget_get_visible (window_child ("view_back_button")));
}

/* Agreement Templates…: the practice's own wording, used from then on. */
static void
test_agreement_templates (void)
{
  CbPractice *practice = cb_window_get_practice (window);
  CbAgreementsPage *page = agreements_page ();
  CbTemplatesWindow *templates;
  CbRecordEditor *editor;
  CbAgreement *template = NULL, *agreement;
  GListModel *documents = cb_practice_get_templates (practice);
  g_autoptr(CbAgreement) first = NULL;
  const char *wording = "Each meeting will last about ninety minutes, and never more than two hours.";

  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);

  activate ("win.agreement-templates", NULL);
  templates = CB_TEMPLATES_WINDOW (find_toplevel (CB_TYPE_TEMPLATES_WINDOW));
  g_assert_nonnull (templates);
  cb_ui_test_screenshot (GTK_WIDGET (templates), "agreement-templates");

  /* Opening a kind for editing makes the practice's template from the
   * built-in wording. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (templates), "templates.edit", "s", "peer-mentoring"));
  cb_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  template = CB_AGREEMENT (g_list_model_get_item (documents, 0));
  g_object_unref (template);
  g_assert_cmpint (cb_agreement_get_kind (template), ==, CB_AGREEMENT_KIND_PEER_MENTORING);

  /* Only the clauses: no dates, status or notes in a template. */
  editor = cb_templates_window_get_editor (templates);
  g_assert_true (cb_record_editor_get_record (editor) == CB_RECORD (template));
  g_assert_nonnull (cb_record_editor_get_row (editor, "meeting_length"));
  g_assert_nonnull (cb_record_editor_get_row (editor, "mentor_role"));
  g_assert_null (cb_record_editor_get_row (editor, "date_agreed"));
  g_assert_null (cb_record_editor_get_row (editor, "status"));
  g_assert_null (cb_record_editor_get_row (editor, "hope_1"));

  set_text_view (cb_record_editor_get_editor (editor, "meeting_length"), wording);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (template), "meeting_length"), ==, wording);
  cb_ui_test_screenshot (GTK_WIDGET (templates), "agreement-template-editor");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (templates), "templates.back", NULL));
  gtk_window_destroy (GTK_WINDOW (templates));
  cb_ui_test_iterate ();

  /* A new peer mentoring agreement starts from the practice's wording. */
  activate ("view.new", g_variant_new_string ("peer-mentoring"));
  agreement = CB_AGREEMENT (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (agreement);
  g_assert_true (agreement != template);
  g_assert_cmpint (cb_agreement_get_kind (agreement), ==, CB_AGREEMENT_KIND_PEER_MENTORING);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (agreement), "meeting_length"), ==, wording);
  g_assert_true (g_str_has_prefix (cb_record_get_string (CB_RECORD (agreement), "feedback"),
                                   "The mentor agrees to provide feedback"));
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  g_assert_nonnull (cb_record_editor_get_row (CB_RECORD_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page))), "meeting_length"));
  g_assert_null (cb_record_editor_get_row (CB_RECORD_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page))), "hope_1"));

  /* Newest first. */
  activate ("view.close", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page))), ==, 2);
  first = g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), 0);
  g_assert_true (first == agreement);
  screenshot ("agreements-list");

  /* Opening the agreed one from its row and ending it. */
  {
    CbDocumentRow *row = row_at (page, 1);
    CbAgreement *mentoring = CB_AGREEMENT (cb_document_row_get_document (row));
    CbAgreementDialog *dialog;

    cb_document_page_activate_row (CB_DOCUMENT_PAGE (page), 1);
    g_assert_true (CB_AGREEMENT (cb_document_page_get_document (CB_DOCUMENT_PAGE (page))) == mentoring);
    activate ("view.end", NULL);
    dialog = CB_AGREEMENT_DIALOG (find_toplevel (CB_TYPE_AGREEMENT_DIALOG));
    g_assert_nonnull (dialog);
    cb_date_button_set_date (cb_agreement_dialog_get_date_button (dialog, 0), "2026-09-30");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "ok");
    gtk_window_destroy (GTK_WINDOW (dialog));
    cb_ui_test_iterate ();
    g_assert_cmpint (cb_agreement_get_status (mentoring), ==, CB_AGREEMENT_STATUS_ENDED);
    g_assert_cmpstr (cb_record_get_string (CB_RECORD (mentoring), "ended_date"), ==, "2026-09-30");
    activate ("view.close", NULL);
    row = row_at (page, 1);
    g_assert_true (cb_document_row_get_document (row) == CB_DOCUMENT (mentoring));
    g_assert_cmpstr (cb_document_row_get_pill (row), ==, "Ended");
    g_assert_cmpstr (cb_document_row_get_subtitle (row), ==, "Ended 30 September 2026");
  }

  /* Back on the profile view, for the tests that follow. */
  cb_client_page_set_view (cb_window_get_client_page (window), "profile");
  cb_ui_test_iterate ();
}

/* Meetings: a first meeting logged with two actions, then the next one,
 * pre-filled from it, with GROW, its own actions and a carried-over action
 * ticked; Today shows what is booked and overdue and follows the ticks;
 * the upcoming meetings go to a calendar file. */

static CbMeetingsPage *
meetings_page (void)
{
  return CB_MEETINGS_PAGE (cb_client_page_get_page (cb_window_get_client_page (window), CB_TYPE_MEETING));
}

static char *
iso_in_days (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Adds an action through the actions view, as the coach does. */
static CbAction *
add_action_in_view (CbMeetingEditor *editor,
                    const char      *text,
                    CbActionOwner    owner,
                    const char      *owner_name,
                    const char      *due)
{
  GtkListBox *list = cb_meeting_editor_get_actions_list (editor);
  CbMeeting *meeting = cb_meeting_editor_get_meeting (editor);
  guint n = g_list_model_get_n_items (cb_meeting_get_actions (meeting));
  GtkListBoxRow *row;
  CbActionRow *action_row;
  CbAction *action;

  activate ("view.add-action", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_meeting_get_actions (meeting)), ==, n + 1);
  row = gtk_list_box_get_row_at_index (list, n);
  g_assert_true (CB_IS_ACTION_ROW (row));
  action_row = CB_ACTION_ROW (row);
  action = cb_action_row_get_action (action_row);

  gtk_editable_set_text (cb_action_row_get_text_entry (action_row), text);
  gtk_drop_down_set_selected (cb_action_row_get_owner (action_row), enum_position (CB_TYPE_ACTION_OWNER, owner));
  if (owner_name != NULL)
    {
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cb_action_row_get_owner_name (action_row))));
      gtk_editable_set_text (cb_action_row_get_owner_name (action_row), owner_name);
    }
  cb_date_button_set_date (cb_action_row_get_due_button (action_row), due);
  cb_ui_test_iterate ();

  g_assert_cmpstr (cb_action_get_action (action), ==, text);
  g_assert_cmpint (cb_action_get_owner (action), ==, owner);
  if (owner_name != NULL)
    g_assert_cmpstr (cb_action_get_owner_name (action), ==, owner_name);
  g_assert_cmpstr (cb_action_get_due_date (action), ==, due);
  g_assert_false (cb_action_get_done (action));

  return action;
}

static CbMeeting *first_meeting;
static CbMeeting *second_meeting;
static char *overdue_id;
static char *ticked_id;

static void
test_meetings (void)
{
  CbClientPage *client_page = cb_window_get_client_page (window);
  CbMeetingsPage *page;
  CbMeetingEditor *editor;
  CbClient *client = shown_client ();
  CbMeeting *meeting;
  CbAction *overdue, *ticked;
  GtkWidget *row, *time_row;
  g_autofree char *today = iso_in_days (0);
  g_autofree char *ten_days_ago = iso_in_days (-10);
  g_autofree char *three_days_ago = iso_in_days (-3);
  g_autofree char *in_three_days = iso_in_days (3);
  g_autofree char *in_five_days = iso_in_days (5);
  g_auto(GStrv) carried = NULL;

  g_assert_nonnull (client);
  cb_client_page_set_view (client_page, "meetings");
  cb_ui_test_iterate ();
  page = meetings_page ();
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "empty");
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "meetings");

  /* The first meeting, logged ten days late: where, how and how long. */
  activate ("view.new", g_variant_new_string (""));
  meeting = first_meeting = CB_MEETING (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (meeting);
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "editor");
  g_assert_true (gtk_widget_get_visible (window_child ("view_back_button")));
  g_assert_true (gtk_widget_get_visible (window_child ("view_menu_button")));
  editor = CB_MEETING_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page)));
  cb_meeting_set_date (meeting, ten_days_ago);
  gtk_editable_set_text (GTK_EDITABLE (cb_meeting_editor_get_editor (editor, "venue")), "The Engine Room");
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_meeting_editor_get_editor (editor, "method")),
                              enum_position (CB_TYPE_MEETING_METHOD, CB_MEETING_METHOD_VIDEO_CALL));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cb_meeting_editor_get_editor (editor, "length_minutes")), 60);
  g_assert_cmpstr (cb_meeting_get_venue (meeting), ==, "The Engine Room");
  g_assert_cmpint (cb_meeting_get_method (meeting), ==, CB_MEETING_METHOD_VIDEO_CALL);
  g_assert_cmpint (cb_meeting_get_length_minutes (meeting), ==, 60);

  /* TIME: typed as HH:MM; what it cannot read is shown, not written. */
  time_row = cb_meeting_editor_get_editor (editor, "time");
  g_assert_true (ADW_IS_ENTRY_ROW (time_row));
  gtk_editable_set_text (GTK_EDITABLE (time_row), "25:99");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  g_assert_cmpstr (cb_meeting_get_time (meeting), !=, "25:99");
  gtk_editable_set_text (GTK_EDITABLE (time_row), "9:30");
  g_assert_false (gtk_widget_has_css_class (time_row, "error"));
  g_assert_cmpstr (cb_meeting_get_time (meeting), ==, "09:30");
  cb_meeting_set_time (meeting, "14:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "14:00");

  set_text_view (cb_meeting_editor_get_editor (editor, "topics"), "Leading the engine team");
  overdue = add_action_in_view (editor, "Draft the team proposal", CB_ACTION_OWNER_CLIENT, NULL, three_days_ago);
  ticked = add_action_in_view (editor, "Read Coaching for Performance", CB_ACTION_OWNER_OTHER, "Sam", ten_days_ago);
  overdue_id = g_strdup (cb_action_get_id (overdue));
  ticked_id = g_strdup (cb_action_get_id (ticked));

  /* Removing an action through its row. */
  add_action_in_view (editor, "A slip of the finger", CB_ACTION_OWNER_COACH, NULL, in_three_days);
  {
    GtkListBoxRow *last = gtk_list_box_get_row_at_index (cb_meeting_editor_get_actions_list (editor), 2);
    GtkWidget *remove = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (last), CB_TYPE_ACTION_ROW, "remove_button"));

    g_signal_emit_by_name (remove, "clicked");
    cb_ui_test_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (cb_meeting_get_actions (meeting)), ==, 2);
  }

  activate ("view.close", NULL);
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "list");

  /* The next meeting starts from the first. */
  activate ("view.new", g_variant_new_string (""));
  meeting = second_meeting = CB_MEETING (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_true (meeting != first_meeting);
  g_assert_cmpstr (cb_meeting_get_date (meeting), ==, today);
  g_assert_cmpstr (cb_meeting_get_venue (meeting), ==, "The Engine Room");
  g_assert_cmpint (cb_meeting_get_method (meeting), ==, CB_MEETING_METHOD_VIDEO_CALL);
  g_assert_cmpint (cb_meeting_get_length_minutes (meeting), ==, 60);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cb_meeting_editor_get_editor (editor, "venue"))), ==,
                   "The Engine Room");
  carried = cb_meeting_dup_carried_over (meeting);
  g_assert_true (g_strv_contains ((const char * const *) carried, overdue_id));
  g_assert_true (g_strv_contains ((const char * const *) carried, ticked_id));
  cb_meeting_set_time (meeting, "23:30");

  set_text_view (cb_meeting_editor_get_editor (editor, "topics"), "Presenting to the board\nDelegation");
  set_text_view (cb_meeting_editor_get_editor (editor, "summary"),
                 "Ada has drafted half of the proposal. We rehearsed the opening of the talk.");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (meeting), "topics"), ==, "Presenting to the board\nDelegation");
  g_assert_true (g_str_has_prefix (cb_record_get_string (CB_RECORD (meeting), "summary"), "Ada has drafted"));

  /* Ticking a carried-over action marks it done where it was agreed. */
  {
    GtkCheckButton *check = cb_meeting_editor_get_carried_check (editor, ticked_id);

    g_assert_nonnull (check);
    g_assert_nonnull (cb_meeting_editor_get_carried_check (editor, overdue_id));
    g_assert_true (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "carried_over")));
    gtk_check_button_set_active (check, TRUE);
    cb_ui_test_iterate ();
    g_assert_true (cb_action_get_done (ticked));
    g_assert_true (cb_meeting_find_action (client, ticked_id, NULL) == ticked);
    g_assert_false (cb_action_get_done (overdue));
    g_assert_true (cb_document_get_dirty (CB_DOCUMENT (first_meeting)) ||
                   cb_document_get_generation (CB_DOCUMENT (first_meeting)) > 0);
  }

  /* Two actions agreed at this meeting. */
  add_action_in_view (editor, "Ask Grace for feedback on the draft", CB_ACTION_OWNER_COACH, NULL, in_three_days);
  add_action_in_view (editor, "Plan the talk with the board secretary", CB_ACTION_OWNER_OTHER, "Sam", in_five_days);
  g_assert_cmpuint (g_list_model_get_n_items (cb_meeting_get_actions (meeting)), ==, 2);
  scroll_to (GTK_WIDGET (cb_meeting_editor_get_actions_list (editor)));
  screenshot ("meeting-actions");

  /* No guide: no guide sections at all. */
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "grow_goal")));
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "oskar_outcome")));
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "exploration")));

  /* GROW, with its questions and the commitment rating. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_meeting_editor_get_editor (editor, "guide")),
                              enum_position (CB_TYPE_MEETING_GUIDE, CB_MEETING_GUIDE_GROW));
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_meeting_get_guide (meeting), ==, CB_MEETING_GUIDE_GROW);
  g_assert_true (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "grow_goal")));
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "oskar_outcome")));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "grow-oskar");
  set_text_view (cb_meeting_editor_get_editor (editor, "grow_goal"), "Lead the engine team by the spring.");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (meeting), "grow_goal"), ==, "Lead the engine team by the spring.");

  row = cb_meeting_editor_get_row (editor, "commitment_next_steps");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (row));
  gtk_toggle_button_set_active (cb_meeting_editor_get_commitment_button (editor, 5), TRUE);
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, 5);
  g_assert_true (cb_meeting_commitment_needs_more (meeting));
  g_assert_true (gtk_widget_get_visible (row));
  set_text_view (cb_meeting_editor_get_editor (editor, "commitment_next_steps"), "A first run-through with a friendly audience.");
  scroll_to (cb_meeting_editor_get_row (editor, "grow_way_forward"));
  screenshot ("meeting-grow");
  gtk_toggle_button_set_active (cb_meeting_editor_get_commitment_button (editor, 8), TRUE);
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_meeting_get_commitment (meeting), ==, 8);
  g_assert_false (gtk_widget_get_visible (row));
  g_assert_false (gtk_toggle_button_get_active (cb_meeting_editor_get_commitment_button (editor, 5)));

  /* OSKAR's two scales go to the model. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_meeting_editor_get_editor (editor, "guide")),
                              enum_position (CB_TYPE_MEETING_GUIDE, CB_MEETING_GUIDE_OSKAR));
  cb_ui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "grow_goal")));
  g_assert_true (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "oskar_outcome")));
  gtk_range_set_value (cb_meeting_editor_get_scale (editor, "oskar_scaling_now"), 4);
  gtk_range_set_value (cb_meeting_editor_get_scale (editor, "oskar_scaling_target"), 8);
  g_assert_cmpint (cb_meeting_get_scaling_now (meeting), ==, 4);
  g_assert_cmpint (cb_meeting_get_scaling_target (meeting), ==, 8);
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_meeting_editor_get_editor (editor, "guide")),
                              enum_position (CB_TYPE_MEETING_GUIDE, CB_MEETING_GUIDE_THREE_STAGE));
  cb_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "exploration")));
  g_assert_false (gtk_widget_get_visible (cb_meeting_editor_get_group_of (editor, "oskar_outcome")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_meeting_editor_get_editor (editor, "guide")),
                              enum_position (CB_TYPE_MEETING_GUIDE, CB_MEETING_GUIDE_GROW));
  cb_ui_test_iterate ();

  /* Private notes: marked, and left out of what is printed unless asked. */
  {
    GtkWidget *private_group = cb_meeting_editor_get_group_of (editor, "private_notes");
    g_autoptr(CbForm) form = NULL;
    g_autoptr(GVariant) state = NULL;

    g_assert_true (gtk_widget_has_css_class (private_group, "cb-private-group"));
    set_text_view (cb_meeting_editor_get_editor (editor, "private_notes"), "Seemed tired; ask about workload.");
    state = g_action_group_get_action_state (cb_document_page_get_actions (CB_DOCUMENT_PAGE (page)), "include-private");
    g_assert_false (g_variant_get_boolean (state));
    form = cb_document_page_describe (CB_DOCUMENT_PAGE (page), FALSE);
    g_assert_nonnull (form);
  }

  /* The list, newest first. */
  activate ("view.close", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page))), ==, 2);
  {
    g_autoptr(CbMeeting) newest = g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), 0);
    CbDocumentRow *first_row = row_at (page, 0);

    g_assert_true (newest == second_meeting);
    g_assert_nonnull (first_row);
    g_assert_true (g_str_has_prefix (cb_document_row_get_subtitle (first_row), "Presenting to the board"));
  }
  screenshot ("meetings-list");
}

static void
test_today (void)
{
  CbPractice *practice = cb_window_get_practice (window);
  CbTodayPage *page = cb_window_get_today_page (window);
  CbClient *client = shown_client ();
  CbAction *overdue = cb_meeting_find_action (client, overdue_id, NULL);
  g_autoptr(GError) error = NULL;
  CbPractice *quiet;

  g_assert_nonnull (overdue);

  /* The Today row at the top of the sidebar. */
  g_signal_emit_by_name (sidebar_child ("today_list"), "row-activated", sidebar_child ("today_row"));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "today");
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "today");
  g_assert_cmpstr (cb_today_page_get_view (page), ==, "list");
  g_assert_true (gtk_widget_get_visible (sidebar_child ("today_count")));

  /* One list, each section under its heading; rows built as shown. */
  {
    g_autoptr(CbTodayItem) meeting = cb_today_page_get_item (page, CB_TODAY_ITEM_MEETING_TODAY, 0);
    g_autoptr(CbTodayItem) action = cb_today_page_get_item (page, CB_TODAY_ITEM_ACTION_OVERDUE, 0);
    g_autoptr(CbTodayItem) due = cb_today_page_get_item (page, CB_TODAY_ITEM_ACTION_DUE, 0);
    g_autoptr(CbTodayItem) second_overdue = cb_today_page_get_item (page, CB_TODAY_ITEM_ACTION_OVERDUE, 1);
    GtkWidget *row;

    g_assert_nonnull (meeting);
    g_assert_nonnull (action);
    g_assert_nonnull (due);
    g_assert_null (second_overdue);
    cb_ui_test_wait_for_frame (GTK_WIDGET (window));
    row = cb_today_page_find_row (page, meeting);
    g_assert_nonnull (row);
    g_assert_cmpstr (cb_today_page_row_get_title (row), ==, "Ada Lovelace");
    g_assert_true (g_str_has_prefix (cb_today_page_row_get_subtitle (row), "The Engine Room"));
    row = cb_today_page_find_row (page, action);
    g_assert_nonnull (row);
    g_assert_cmpstr (cb_today_page_row_get_title (row), ==, "Draft the team proposal");
    screenshot ("today");

    /* Ticking the overdue action done: Today follows at once. */
    gtk_check_button_set_active (cb_today_page_row_get_check (row), TRUE);
    WAIT_FOR (cb_today_page_find_position (page, CB_TODAY_ITEM_ACTION_OVERDUE, 0) == GTK_INVALID_LIST_POSITION);
    g_assert_true (cb_action_get_done (overdue));
  }

  /* A meeting in Today opens the client's meeting. */
  cb_today_page_activate (page, cb_today_page_find_position (page, CB_TODAY_ITEM_MEETING_TODAY, 0));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "client");
  g_assert_cmpstr (cb_client_page_get_view (cb_window_get_client_page (window)), ==, "meetings");
  g_assert_true (cb_document_page_get_document (CB_DOCUMENT_PAGE (meetings_page ())) == CB_DOCUMENT (second_meeting));
  activate ("view.close", NULL);

  /* Export Upcoming Meetings…, with the path the file chooser would give. */
  {
    g_autofree char *ics = g_build_filename (data_home, "Coaching sessions.ics", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (ics);
    AdwToast *toast;

    cb_window_export_ics (window, file);
    WAIT_FOR ((toast = cb_window_get_last_toast (window)) != NULL &&
              g_strcmp0 (adw_toast_get_title (toast), "Saved “Coaching sessions.ics”") == 0);
    g_assert_true (file_starts_with (ics, "BEGIN:VCALENDAR"));
    adw_toast_dismiss (toast);
  }

  /* A practice with nothing booked says so kindly. */
  quiet = cb_store_create_practice (cb_application_get_store (app), "Quiet Practice", &error);
  g_assert_no_error (error);
  cb_window_open_practice (window, quiet);
  WAIT_FOR (cb_practice_get_loaded (quiet));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), !=, "today");
  cb_window_show_today (window);
  g_assert_cmpstr (cb_window_get_view (window), ==, "today");
  g_assert_cmpstr (cb_today_page_get_view (page), ==, "empty");
  g_assert_false (gtk_widget_get_visible (sidebar_child ("today_count")));
  screenshot ("today-empty");

  /* Back to a practice with a meeting today: it opens on Today. */
  cb_window_open_practice (window, practice);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "today");
  g_assert_cmpstr (cb_today_page_get_view (page), ==, "list");

  cb_sidebar_select_client (cb_window_get_sidebar (window), client);
  cb_ui_test_iterate ();
  cb_client_page_set_view (cb_window_get_client_page (window), "profile");
  cb_ui_test_iterate ();
}

static CbClientPage *
client_page (void)
{
  return cb_window_get_client_page (window);
}

static CbLifecycleStepper *
stepper (void)
{
  return cb_client_page_get_stepper (client_page ());
}

static char *
iso_days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static CbPlan *grace_plan;
static CbObjective *grace_objective;

/* A new client through the relationship: the stepper follows what is
 * added, and its button does the suggested thing. */
static void
test_plans (void)
{
  CbPlansPage *plans = CB_PLANS_PAGE (cb_client_page_get_page (client_page (), CB_TYPE_PLAN));
  CbMeetingsPage *meetings = CB_MEETINGS_PAGE (cb_client_page_get_page (client_page (), CB_TYPE_MEETING));
  CbPlanEditor *editor = NULL;
  CbProgressBar *progress;
  CbObjectiveCard *card;
  CbClient *client;
  CbMeeting *meeting;
  CbAction *action;
  CbActionRow *action_row;
  CbMilestone *milestone;
  CbLifecycleStage stage;
  g_autofree char *last_week = iso_days_from_today (-7);
  g_autofree char *next_month = iso_days_from_today (30);
  g_autofree char *suggestion = NULL;

  /* Six views; the new ones empty for a new client. */
  activate ("win.new-client", NULL);
  client = shown_client ();
  g_assert_nonnull (client);
  type_in_entry (client_editor (), "name", "Grace Hopper");
  cb_ui_test_iterate ();
  g_assert_nonnull (adw_view_stack_get_child_by_name (cb_client_page_get_view_stack (client_page ()), "plans"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (cb_client_page_get_view_stack (client_page ()), "reviews"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (cb_client_page_get_view_stack (client_page ()), "referrals"));
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (plans)), ==, "empty");

  /* No agreement: gaining commitment, and the button opens New Agreement. */
  g_assert_true (cb_lifecycle_stepper_get_client (stepper ()) == client);
  g_assert_cmpint (cb_lifecycle_stepper_get_stage (stepper ()), ==, CB_LIFECYCLE_STAGE_GAINING_COMMITMENT);
  g_assert_cmpint (cb_lifecycle_stepper_get_next_step (stepper ()), ==, CB_NEXT_STEP_NO_AGREEMENT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cb_lifecycle_stepper_get_button (stepper ()))));
  g_assert_cmpstr (gtk_button_get_label (cb_lifecycle_stepper_get_button (stepper ())), ==, "New _Agreement…");
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  screenshot ("stepper");
  activate ("client.next-step", NULL);
  g_assert_cmpstr (cb_client_page_get_view (client_page ()), ==, "agreements");
  {
    CbDocumentPage *agreements = cb_client_page_get_page (client_page (), CB_TYPE_AGREEMENT);
    GtkWidget *button = cb_document_page_get_new_button (agreements);
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

    WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (popover)));
    gtk_popover_popdown (popover);
    cb_document_page_new_document (agreements, "coaching");
  }
  cb_ui_test_iterate ();

  /* An agreement, no plan: the stepper moves on, live. */
  stage = cb_lifecycle_stepper_get_stage (stepper ());
  g_assert_cmpint (stage, ==, CB_LIFECYCLE_STAGE_GETTING_TO_KNOW);
  g_assert_cmpint (cb_lifecycle_stepper_get_next_step (stepper ()), ==, CB_NEXT_STEP_NO_PLAN);
  g_assert_cmpstr (gtk_button_get_label (cb_lifecycle_stepper_get_button (stepper ())), ==, "New _Plan");
  suggestion = g_strdup (cb_lifecycle_stepper_get_suggestion (stepper ()));
  g_assert_cmpstr (suggestion, !=, "");

  /* The stepper's button makes the plan and opens it. */
  activate ("client.next-step", NULL);
  g_assert_cmpstr (cb_client_page_get_view (client_page ()), ==, "plans");
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (plans)), ==, "editor");
  grace_plan = CB_PLAN (cb_document_page_get_document (CB_DOCUMENT_PAGE (plans)));
  g_assert_nonnull (grace_plan);
  g_assert_true (cb_client_get_current_plan (client) == grace_plan);
  g_assert_true (gtk_widget_get_visible (window_child ("view_back_button")));
  g_assert_true (gtk_widget_get_visible (window_child ("view_menu_button")));
  g_assert_true (gtk_widget_get_visible (window_child ("delete_button")));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "plans");
  editor = CB_PLAN_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (plans)));
  g_assert_cmpint (cb_lifecycle_stepper_get_stage (stepper ()), ==, CB_LIFECYCLE_STAGE_WORKING_TOGETHER);
  g_assert_cmpint (cb_lifecycle_stepper_get_next_step (stepper ()), ==, CB_NEXT_STEP_PLAN_NOT_SMART);
  g_assert_cmpstr (cb_lifecycle_stepper_get_suggestion (stepper ()), !=, suggestion);

  set_text_view (cb_plan_editor_get_editor (editor, "long_term_goal"),
                 "Lead the compiler team and present its work to the board.");
  g_assert_cmpstr (cb_plan_get_long_term_goal (grace_plan), ==, "Lead the compiler team and present its work to the board.");
  g_assert_nonnull (cb_plan_editor_get_row (editor, "priorities"));
  g_assert_nonnull (cb_plan_editor_get_row (editor, "want_to_do"));
  g_assert_nonnull (cb_plan_editor_get_row (editor, "need_to_learn"));
  progress = cb_plan_editor_get_progress_bar (editor);
  g_assert_cmpstr (cb_progress_bar_get_objectives_text (progress), ==, "No objectives yet");

  /* An objective: not yet SMART, said gently. */
  activate ("view.add-objective", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_plan_get_objectives (grace_plan)), ==, 1);
  card = cb_plan_editor_get_card (editor, 0);
  g_assert_nonnull (card);
  grace_objective = cb_objective_card_get_objective (card);
  set_text_view (cb_field_row_get_editor (cb_objective_card_get_row (card, "objective")),
                 "Give a twenty-minute talk on the new compiler to the board");
  g_assert_cmpstr (cb_objective_get_objective (grace_objective), ==,
                   "Give a twenty-minute talk on the new compiler to the board");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (cb_objective_card_get_smart_hint (card)))));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (cb_objective_card_get_smart_hint (card)), "Not yet SMART"));
  g_assert_cmpstr (cb_progress_bar_get_objectives_text (progress), ==, "0 of 1 objective achieved · 1 not started");

  /* The ticks go to the model; the hint follows the date and measure. */
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_SPECIFIC), TRUE);
  g_assert_true (cb_objective_get_smart (grace_objective, CB_SMART_SPECIFIC));
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_TIMED), TRUE);
  g_assert_true (cb_objective_get_smart (grace_objective, CB_SMART_TIMED));
  g_assert_cmpstr (gtk_label_get_label (cb_objective_card_get_smart_hint (card)), ==,
                   cb_objective_smart_hint (grace_objective));
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_MEASURABLE), TRUE);
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_ACHIEVABLE), TRUE);
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_REALISTIC), TRUE);
  cb_ui_test_iterate ();
  g_assert_true (cb_objective_get_smart (grace_objective, CB_SMART_MEASURABLE));
  /* Measured, but no date or timescale yet: still a gentle hint. */
  g_assert_cmpstr (gtk_label_get_label (cb_objective_card_get_smart_hint (card)), ==,
                   "Not yet SMART: add a date by which it will be done");
  gtk_editable_set_text (GTK_EDITABLE (cb_field_row_get_editor (cb_objective_card_get_row (card, "timescale"))),
                         "By the end of next month");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_objective_get_timescale (grace_objective), ==, "By the end of next month");
  g_assert_true (cb_objective_is_smart (grace_objective));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (cb_objective_card_get_smart_hint (card)))));
  /* Untick measurable: the hint comes back, nothing is refused. */
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_MEASURABLE), FALSE);
  cb_ui_test_iterate ();
  g_assert_false (cb_objective_get_smart (grace_objective, CB_SMART_MEASURABLE));
  g_assert_cmpstr (gtk_label_get_label (cb_objective_card_get_smart_hint (card)), ==,
                   "Not yet SMART: add how you will measure it");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (cb_objective_card_get_smart_hint (card)))));
  /* Success criteria are a measure too. */
  set_text_view (cb_field_row_get_editor (cb_objective_card_get_row (card, "success_criteria")),
                 "The board asks for a second talk.");
  cb_ui_test_iterate ();
  g_assert_true (cb_objective_is_smart (grace_objective));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (cb_objective_card_get_smart_hint (card)))));
  gtk_toggle_button_set_active (cb_objective_card_get_smart_toggle (card, CB_SMART_MEASURABLE), TRUE);
  cb_objective_set_target_date (grace_objective, next_month);
  cb_ui_test_iterate ();

  /* The guidance on demand: the popover with the five criteria. */
  {
    GtkMenuButton *button = cb_objective_card_get_smart_button (card);
    GtkPopover *popover = gtk_menu_button_get_popover (button);

    cb_plan_editor_scroll_to (editor, GTK_WIDGET (card));
    cb_ui_test_wait_for_frame (GTK_WIDGET (window));
    gtk_menu_button_popup (button);
    WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (popover)));
    cb_ui_test_screenshot (GTK_WIDGET (popover), "plan-smart-popover");
    screenshot ("plan-objective");
    gtk_popover_popdown (popover);
  }

  /* Milestones: one done last week, one due next month. */
  milestone = cb_objective_card_add_milestone (card);
  g_assert_nonnull (milestone);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (cb_objective_card_get_milestones_list (card), 0);
    GtkWidget *text = cb_ui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_TEXT);

    gtk_editable_set_text (GTK_EDITABLE (text), "Outline agreed with the team");
    g_assert_cmpstr (cb_milestone_get_text (milestone), ==, "Outline agreed with the team");
    cb_milestone_set_date (milestone, last_week);
    cb_ui_test_iterate ();
    g_assert_cmpstr (cb_progress_bar_get_milestones_text (progress), ==, "0 of 1 milestone done · 1 overdue");
    gtk_check_button_set_active (GTK_CHECK_BUTTON (cb_ui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON)), TRUE);
    cb_ui_test_iterate ();
    g_assert_true (cb_milestone_get_done (milestone));
  }
  milestone = cb_objective_card_add_milestone (card);
  cb_milestone_set_text (milestone, "A rehearsal with a friendly audience");
  cb_milestone_set_date (milestone, next_month);
  cb_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (cb_objective_get_milestones (grace_objective)), ==, 2);
  g_assert_cmpstr (cb_progress_bar_get_milestones_text (progress), ==, "1 of 2 milestones done");

  /* Status through the drop-down: the chart follows. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (cb_field_row_get_editor (cb_objective_card_get_row (card, "status"))),
                              enum_position (CB_TYPE_OBJECTIVE_STATUS, CB_OBJECTIVE_STATUS_IN_PROGRESS));
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_objective_get_status (grace_objective), ==, CB_OBJECTIVE_STATUS_IN_PROGRESS);
  g_assert_cmpstr (cb_progress_bar_get_objectives_text (progress), ==, "0 of 1 objective achieved · 1 in progress");

  /* A second objective, added and removed through its card. */
  activate ("view.add-objective", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cb_plan_get_objectives (grace_plan)), ==, 2);
  cb_objective_set_objective (cb_objective_card_get_objective (cb_plan_editor_get_card (editor, 1)), "Delegate the weekly report");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_progress_bar_get_objectives_text (progress), ==, "0 of 2 objectives achieved · 1 in progress · 1 not started");
  cb_plan_editor_scroll_to (editor, NULL);
  screenshot ("plan-editor");
  {
    GtkWidget *remove = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (cb_plan_editor_get_card (editor, 1)),
                                                                   CB_TYPE_OBJECTIVE_CARD, "remove_button"));
    g_signal_emit_by_name (remove, "clicked");
    cb_ui_test_iterate ();
  }
  g_assert_cmpuint (g_list_model_get_n_items (cb_plan_get_objectives (grace_plan)), ==, 1);
  g_assert_null (cb_plan_editor_get_card (editor, 1));
  card = cb_plan_editor_get_card (editor, 0);

  /* Printable, filled and blank. */
  {
    g_autoptr(CbForm) filled = cb_document_page_describe (CB_DOCUMENT_PAGE (plans), FALSE);
    g_autoptr(CbForm) blank = cb_document_page_describe (CB_DOCUMENT_PAGE (plans), TRUE);

    g_assert_nonnull (filled);
    g_assert_nonnull (blank);
  }

  /* A SMART plan and no meeting since it started: meet. */
  g_assert_cmpint (cb_lifecycle_stepper_get_next_step (stepper ()), ==, CB_NEXT_STEP_NO_MEETING_YET);
  g_assert_true (gtk_list_box_get_row_at_index (cb_objective_card_get_actions_list (card), 0) == NULL);
  activate ("client.next-step", NULL);
  g_assert_cmpstr (cb_client_page_get_view (client_page ()), ==, "meetings");
  meeting = CB_MEETING (cb_document_page_get_document (CB_DOCUMENT_PAGE (meetings)));
  g_assert_nonnull (meeting);
  g_assert_cmpint (cb_lifecycle_stepper_get_stage (stepper ()), ==, CB_LIFECYCLE_STAGE_LEARNING_TOGETHER);

  /* A meeting action serves the objective, chosen in its row. */
  action = add_action_in_view (CB_MEETING_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (meetings))), "Rehearse the opening with Sam",
                               CB_ACTION_OWNER_CLIENT, NULL, next_month);
  action_row = CB_ACTION_ROW (gtk_list_box_get_row_at_index (cb_meeting_editor_get_actions_list (CB_MEETING_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (meetings)))), 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cb_action_row_get_objective (action_row))));
  g_assert_cmpuint (gtk_drop_down_get_selected (cb_action_row_get_objective (action_row)), ==, 0);
  gtk_drop_down_set_selected (cb_action_row_get_objective (action_row), 1);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_action_get_serves_objective (action), ==, cb_objective_get_id (grace_objective));
  scroll_to (GTK_WIDGET (cb_meeting_editor_get_actions_list (CB_MEETING_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (meetings))))));
  screenshot ("meeting-action-objective");
  activate ("view.close", NULL);

  /* The plan shows the action that moved it; it opens its meeting. */
  cb_client_page_set_view (client_page (), "plans");
  cb_ui_test_iterate ();
  g_assert_true (CB_PLAN (cb_document_page_get_document (CB_DOCUMENT_PAGE (plans))) == grace_plan);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (cb_objective_card_get_actions_list (card), 0);

    g_assert_true (ADW_IS_ACTION_ROW (row));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Rehearse the opening with Sam");
    scroll_to (GTK_WIDGET (cb_objective_card_get_actions_list (card)));
    screenshot ("plan-actions");
    g_signal_emit_by_name (cb_objective_card_get_actions_list (card), "row-activated", row);
    cb_ui_test_iterate ();
    g_assert_cmpstr (cb_client_page_get_view (client_page ()), ==, "meetings");
    g_assert_true (CB_MEETING (cb_document_page_get_document (CB_DOCUMENT_PAGE (meetings))) == meeting);
    activate ("view.close", NULL);
  }

  /* The progress chart at the top of the plan. */
  cb_client_page_set_view (client_page (), "plans");
  cb_plan_editor_scroll_to (editor, NULL);
  screenshot ("plan-progress");
}

static void
test_reviews (void)
{
  CbReviewsPage *reviews = CB_REVIEWS_PAGE (cb_client_page_get_page (client_page (), CB_TYPE_REVIEW));
  CbReviewEditor *editor = NULL;
  CbLifecycleStage stage_before = cb_lifecycle_stepper_get_stage (stepper ());
  CbReview *review;
  CbReviewOutcome *outcome;
  GtkWidget *row;

  cb_client_page_set_view (client_page (), "reviews");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (reviews)), ==, "empty");
  g_assert_true (gtk_widget_get_visible (window_child ("view_menu_button")));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "reviews");

  /* A formative review carries the plan's objectives. */
  activate ("view.new", g_variant_new_string ("formative"));
  review = CB_REVIEW (cb_document_page_get_document (CB_DOCUMENT_PAGE (reviews)));
  g_assert_nonnull (review);
  g_assert_cmpint (cb_review_get_review_type (review), ==, CB_REVIEW_TYPE_FORMATIVE);
  editor = CB_REVIEW_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (reviews)));
  g_assert_cmpuint (g_list_model_get_n_items (cb_review_get_outcomes (review)), ==, 1);
  outcome = cb_review_find_outcome (review, cb_objective_get_id (grace_objective));
  g_assert_nonnull (outcome);
  g_assert_cmpstr (cb_review_outcome_get_objective (outcome), ==, cb_objective_get_objective (grace_objective));
  g_assert_cmpuint (cb_review_editor_get_n_outcomes (editor), ==, 1);
  g_assert_true (gtk_widget_get_visible (window_child ("view_back_button")));

  /* The four steps in order; no summative section in a formative review. */
  g_assert_true (gtk_widget_get_visible (cb_review_editor_get_group (editor, "step-1")));
  g_assert_true (gtk_widget_get_visible (cb_review_editor_get_group (editor, "step-4")));
  g_assert_false (gtk_widget_get_visible (cb_review_editor_get_group (editor, "summative")));
  set_text_view (cb_review_editor_get_editor (editor, "discussion"), "The outline is agreed; the rehearsal is booked.");

  /* The outcome and its evidence. */
  row = cb_review_editor_get_outcome_row (editor, 0, "outcome");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), enum_position (CB_TYPE_OUTCOME, CB_OUTCOME_PARTLY));
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_review_outcome_get_outcome (outcome), ==, CB_OUTCOME_PARTLY);
  set_text_view (cb_field_row_get_editor (cb_review_editor_get_outcome_row (editor, 0, "evidence")),
                 "The team signed off the outline on Monday.");
  g_assert_cmpstr (cb_review_outcome_get_evidence (outcome), ==, "The team signed off the outline on Monday.");
  cb_review_editor_scroll_to (editor, cb_review_editor_get_group (editor, "step-3"));
  screenshot ("review-editor");

  /* Printable, filled and blank. */
  {
    g_autoptr(CbForm) filled = cb_document_page_describe (CB_DOCUMENT_PAGE (reviews), FALSE);
    g_autoptr(CbForm) blank = cb_document_page_describe (CB_DOCUMENT_PAGE (reviews), TRUE);

    g_assert_nonnull (filled);
    g_assert_nonnull (blank);
  }

  /* The stepper heard of the review. */
  g_assert_cmpint (cb_lifecycle_stepper_get_stage (stepper ()), >=, stage_before);

  /* Changing the type shows the summative section. */
  cb_review_set_review_type (review, CB_REVIEW_TYPE_SUMMATIVE);
  cb_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (cb_review_editor_get_group (editor, "summative")));
  cb_review_set_review_type (review, CB_REVIEW_TYPE_FORMATIVE);
  cb_ui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (cb_review_editor_get_group (editor, "summative")));

  activate ("view.close", NULL);
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (reviews)), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (reviews))), ==, 1);
  screenshot ("reviews-list");
}

static void
test_ending (void)
{
  CbClient *client = shown_client ();
  CbEndingDialog *dialog;
  CbReviewsPage *reviews = CB_REVIEWS_PAGE (cb_client_page_get_page (client_page (), CB_TYPE_REVIEW));
  g_autofree char *yesterday = iso_days_from_today (-1);

  cb_client_page_set_view (client_page (), "profile");
  cb_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (window_child ("view_menu_button")));

  /* The narrow window: the switcher moves to the bottom. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window)) <= 420);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (adw_view_switcher_bar_get_reveal (cb_client_page_get_switcher_bar (client_page ())));
  screenshot ("narrow-stepper");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window)) >= 1000);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  screenshot ("wide-header");

  /* The guided ending, from the page's menu. */
  dialog = cb_client_page_end_relationship (client_page ());
  g_assert_nonnull (dialog);
  g_assert_true (cb_ending_dialog_get_client (dialog) == client);
  g_assert_cmpstr (cb_ending_dialog_get_step (dialog), ==, "when");
  g_assert_false (cb_ending_dialog_next (dialog));
  cb_ending_dialog_set_end_date (dialog, yesterday);
  cb_ending_dialog_set_end_reason (dialog, CB_END_REASON_GOALS_ACHIEVED);
  g_assert_true (cb_ending_dialog_next (dialog));
  g_assert_cmpstr (cb_ending_dialog_get_step (dialog), ==, "documents");
  /* No summative review and no evaluation yet: both offered. */
  g_assert_true (cb_ending_dialog_get_create_review (dialog));
  g_assert_true (cb_ending_dialog_get_create_evaluation (dialog));
  cb_ui_test_screenshot (GTK_WIDGET (dialog), "ending-dialog");
  g_assert_true (cb_ending_dialog_confirm (dialog));
  cb_ui_test_iterate ();

  /* Ended, with the date and how; the summative review open to write. */
  g_assert_cmpint (cb_client_get_status (client), ==, CB_CLIENT_STATUS_ENDED);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "end_date"), ==, yesterday);
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (client), "end_reason"), ==, CB_END_REASON_GOALS_ACHIEVED);
  g_assert_nonnull (cb_client_get_summative_review (client));
  g_assert_cmpstr (cb_client_page_get_view (client_page ()), ==, "reviews");
  g_assert_true (CB_REVIEW (cb_document_page_get_document (CB_DOCUMENT_PAGE (reviews))) == cb_client_get_summative_review (client));
  g_assert_true (gtk_widget_get_visible (cb_review_editor_get_group (CB_REVIEW_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (reviews))), "summative")));
  screenshot ("summative-review");

  /* The stepper: saying good-bye; ending is offered no more. */
  g_assert_cmpint (cb_lifecycle_stepper_get_stage (stepper ()), ==, CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  g_assert_cmpint (cb_lifecycle_stepper_get_next_step (stepper ()), ==, CB_NEXT_STEP_ENDED);
  g_assert_false (g_action_group_get_action_enabled (cb_client_page_get_actions (client_page ()), "end-relationship"));
  activate ("view.close", NULL);
  cb_client_page_set_view (client_page (), "profile");
  cb_record_editor_scroll_to_top (client_editor ());
  screenshot ("stepper-ended");
}

/* Run as a separate process by the test below: a fresh store reads what
 * the closed window left on disk. */
static int
verify_on_disk (const char *root,
                const char *client_id)
{
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(GError) error = NULL;
  CbPractice *practice;
  CbClient *client;

  g_assert_true (cb_store_load_practices (store, &error));
  /* Renamed by the dialogs test. */
  practice = cb_store_find_practice (store, "Jo’s Coaching");
  g_assert_nonnull (practice);
  g_assert_true (cb_store_open_practice (store, practice, &error));
  g_assert_no_error (error);

  client = cb_practice_find_client (practice, client_id);
  g_assert_nonnull (client);
  check_client_on_disk (client);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "role"), ==,
                   "Typed just before the window closed");
  g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_problems (store)), ==, 0);

  return 0;
}

static void
test_close_then_new_process (void)
{
  CbPractice *practice;
  CbClient *ada;
  g_autofree char *root = g_build_filename (data_home, "coachbook", NULL);
  g_autofree char *self = g_test_build_filename (G_TEST_BUILT, "ui", "test-ui-window", NULL);
  const char *argv[] = { self, "--verify-on-disk", root, ada_id, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  GtkWidget *role;
  int status = 0;

  activate ("win.practice", g_variant_new_string ("Jo’s Coaching"));
  practice = cb_window_get_practice (window);
  g_assert_cmpstr (cb_practice_get_name (practice), ==, "Jo’s Coaching");
  WAIT_FOR (cb_practice_get_loaded (practice));
  ada = cb_practice_find_client (practice, ada_id);
  g_assert_nonnull (ada);
  cb_sidebar_select_client (cb_window_get_sidebar (window), ada);
  cb_ui_test_iterate ();
  g_assert_true (shown_client () == ada);

  /* The last keystrokes, then the window closes at once: no flush here,
   * closing must write them. */
  role = cb_record_editor_get_editor (client_editor (), "role");
  gtk_editable_set_text (GTK_EDITABLE (role), "Typed just before the window closed");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("A new process did not find the client as typed: %s", err);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  setlocale (LC_ALL, "");

  if (argc == 4 && g_str_equal (argv[1], "--verify-on-disk"))
    return verify_on_disk (argv[2], argv[3]);

  /* Before anything asks GLib for the data folder: it is cached. */
  data_home = g_dir_make_tmp ("coachbook-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Screenshots show finished views, not transitions. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (CB_IS_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  g_test_add_func ("/ui/record-editor/lifecycle", test_record_editor_lifecycle);
  g_test_add_func ("/ui/record-editor/kinds", test_record_editor_kinds);
  g_test_add_func ("/ui/window/first-run", test_first_run);
  g_test_add_func ("/ui/window/create-practice", test_create_practice);
  g_test_add_func ("/ui/window/add-and-edit-client", test_add_and_edit_client);
  g_test_add_func ("/ui/window/search-and-filter", test_search_and_filter);
  g_test_add_func ("/ui/window/coach-profile", test_coach_profile);
  g_test_add_func ("/ui/window/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/ui/window/narrow", test_narrow);
  g_test_add_func ("/ui/window/saved-to-disk", test_saved_to_disk);
  g_test_add_func ("/ui/window/sample-practice", test_sample_practice);
  g_test_add_func ("/ui/window/dialogs", test_dialogs);
  g_test_add_func ("/ui/window/problems", test_problems);
  g_test_add_func ("/ui/window/agreements", test_agreements);
  g_test_add_func ("/ui/window/agreement-templates", test_agreement_templates);
  g_test_add_func ("/ui/window/meetings", test_meetings);
  g_test_add_func ("/ui/window/today", test_today);
  g_test_add_func ("/ui/window/plans", test_plans);
  g_test_add_func ("/ui/window/reviews", test_reviews);
  g_test_add_func ("/ui/window/ending", test_ending);
  g_test_add_func ("/ui/window/close-then-new-process", test_close_then_new_process);

  result = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  cb_ui_test_iterate ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);

  if (g_getenv ("CB_KEEP_DATA") == NULL)
    cb_ui_test_remove_tree (data_home);
  g_free (data_home);
  g_free (ada_id);
  g_free (overdue_id);
  g_free (ticked_id);

  return result;
}
