/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-hours"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cb-application.h"
#include "cb-cpd-entry.h"
#include "cb-cpd-page-private.h"
#include "cb-document-page-private.h"
#include "cb-field-row.h"
#include "cb-hours-page-private.h"
#include "cb-meeting-editor.h"
#include "cb-meeting.h"
#include "cb-practice.h"
#include "cb-record-editor.h"
#include "cb-sidebar.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"
#include "cb-view.h"
#include "cb-window.h"

/* CPD and Hours under My Development, driven through the window on the
 * sample practice as a coach would: a CPD activity with its hours and an
 * evidence file, the totals; the Hours view's progress read from its
 * widgets, following an edit of a meeting; the meeting editor's hours
 * fields; screenshots, and the CPD log as a PDF to look at. */

static char *data_home;
static char *out_dir;
static CbApplication *app;
static CbWindow *window;
static CbPractice *practice;

static void
flush (void)
{
  g_assert_true (cb_store_flush (cb_application_get_store (app)));
}

static GtkWidget *
shown_page (void)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CB_TYPE_WINDOW, "content_stack"));

  return gtk_stack_get_visible_child (stack);
}

static void
select_development (const char *view)
{
  g_signal_emit_by_name (cb_window_get_sidebar (window), "development-selected", view);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, view);
}

static const char *
last_toast (void)
{
  AdwToast *toast = cb_window_get_last_toast (window);

  return toast != NULL ? adw_toast_get_title (toast) : "";
}

static char *
out_path (const char *name)
{
  return g_build_filename (out_dir, name, NULL);
}

static void
dismiss_toasts (void)
{
  if (cb_window_get_last_toast (window) != NULL)
    adw_toast_dismiss (cb_window_get_last_toast (window));
  cb_ui_test_iterate ();
}

/* Scrolls the scrolled window inside @widget to the end, for a screenshot. */
static void
scroll_to_end (GtkWidget *widget)
{
  GtkWidget *scrolled = cb_ui_test_find_descendant (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
}

static double
sample_cpd_hours (void)
{
  double overall = 0;
  g_autoptr(GArray) years = cb_cpd_totals (cb_practice_get_documents (practice), &overall);

  return overall;
}

static void
test_cpd (void)
{
  CbCpdPage *page;
  GtkWidget *editor, *spin, *activity;
  CbCpdEntry *entry;
  g_autofree char *before = NULL;
  g_autofree char *total = NULL;
  g_autofree char *evidence = out_path ("Attendance certificate.pdf");
  g_autofree char *big = out_path ("Recording.mp4");
  g_autofree char *pdf = out_path ("cpd-log.pdf");
  g_autofree char *csv = out_path ("cpd-log.csv");
  g_autofree char *copy = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  struct stat st;
  FILE *fp;

  select_development ("me-cpd");
  g_assert_true (CB_IS_CPD_PAGE (shown_page ()));
  page = CB_CPD_PAGE (shown_page ());
  g_assert_true (cb_cpd_page_get_store (page) == cb_application_get_store (app));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "cpd");

  /* The sample's year of CPD, totalled above the list. */
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page))), >=, 8);
  total = cb_format_decimal (sample_cpd_hours ());
  before = g_strdup (gtk_label_get_label (cb_cpd_page_get_totals_label (page)));
  g_assert_nonnull (strstr (before, "In all: "));
  g_assert_nonnull (strstr (before, total));
  cb_ui_test_screenshot (GTK_WIDGET (window), "hours-cpd-list");

  /* The log printed: to a PDF, to look at. */
  file = g_file_new_for_path (pdf);
  cb_cpd_page_export_log_pdf (page, file);
  WAIT_FOR (g_str_has_prefix (last_toast (), "Saved"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&file);

  /* A new activity, its hours typed in the spin button. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "view.new", g_variant_new_string ("")));
  cb_ui_test_iterate ();
  entry = CB_CPD_ENTRY (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (entry);
  editor = cb_document_page_get_editor (CB_DOCUMENT_PAGE (page));
  activity = cb_record_editor_get_row (CB_RECORD_EDITOR (editor), "activity");
  gtk_editable_set_text (GTK_EDITABLE (activity), "Supervision, with “quotes”, in a group");
  spin = cb_record_editor_get_editor (CB_RECORD_EDITOR (editor), "hours");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_cmpuint (gtk_spin_button_get_digits (GTK_SPIN_BUTTON (spin)), ==, 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1.5);
  g_assert_cmpfloat (cb_cpd_entry_get_hours (entry), ==, 1.5);
  gtk_spin_button_spin (GTK_SPIN_BUTTON (spin), GTK_SPIN_STEP_FORWARD, 0);
  g_assert_cmpfloat (cb_cpd_entry_get_hours (entry), ==, 1.75);
  g_assert_cmpstr (cb_cpd_entry_get_activity (entry), ==, "Supervision, with “quotes”, in a group");
  cb_ui_test_iterate ();

  /* The totals follow. */
  {
    g_autofree char *now = cb_format_decimal (sample_cpd_hours ());

    g_assert_cmpfloat (sample_cpd_hours (), ==, g_ascii_strtod (total, NULL) + 1.75);
    g_assert_nonnull (strstr (gtk_label_get_label (cb_cpd_page_get_totals_label (page)), now));
  }

  /* Evidence: copied into the practice beside the entry. */
  g_assert_true (g_file_set_contents (evidence, "%PDF-1.4 certificate of attendance", -1, NULL));
  file = g_file_new_for_path (evidence);
  cb_cpd_page_attach_evidence (page, file);
  g_clear_object (&file);
  WAIT_FOR (*cb_cpd_entry_get_evidence (entry) != '\0');
  /* The row shows the name the coach gave it. */
  g_assert_cmpstr (adw_action_row_get_subtitle (cb_cpd_page_get_evidence_row (page)), ==,
                   "Attendance_certificate.pdf");
  g_assert_true (g_str_has_suffix (cb_cpd_entry_get_evidence (entry), "-Attendance_certificate.pdf"));
  copy = cb_store_dup_file_path (cb_application_get_store (app), CB_DOCUMENT (entry), "evidence");
  g_assert_nonnull (strstr (copy, "/me/cpd/files/"));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_action_group_get_action_enabled (cb_view_get_actions (CB_VIEW (page)), "open-evidence"));
  dismiss_toasts ();
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "hours-cpd-entry");

  /* Too large: a toast says so, and the evidence stays as it was. */
  fp = fopen (big, "w");
  g_assert_nonnull (fp);
  g_assert_cmpint (ftruncate (fileno (fp), 30 * 1024 * 1024), ==, 0);
  fclose (fp);
  file = g_file_new_for_path (big);
  cb_cpd_page_attach_evidence (page, file);
  g_clear_object (&file);
  WAIT_FOR (strstr (last_toast (), "at most 20 MiB") != NULL);
  g_assert_nonnull (strstr (last_toast (), "“Recording.mp4” is 30.0"));
  g_assert_true (g_str_has_suffix (cb_cpd_entry_get_evidence (entry), "-Attendance_certificate.pdf"));
  flush ();
  dismiss_toasts ();

  /* The log as a spreadsheet. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "view.close", NULL));
  cb_ui_test_iterate ();
  file = g_file_new_for_path (csv);
  cb_cpd_page_export_log_csv (page, file);
  WAIT_FOR (g_file_test (csv, G_FILE_TEST_IS_REGULAR) && g_str_has_prefix (last_toast (), "Saved"));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Date,Activity,Formal or Informal,Hours,Provider,What Was Learned,Evidence File\r\n"));
  g_assert_nonnull (strstr (text, "\"Supervision, with “quotes”, in a group\",Formal,1.75,"));
}

static double
fraction (CbHoursPage   *page,
          guint          credential,
          CbRequirement  requirement)
{
  return gtk_progress_bar_get_fraction (cb_hours_page_get_progress_bar (page, credential, requirement));
}

static void
test_hours_view (void)
{
  CbHoursPage *page;
  CbHours *hours;
  g_autofree char *csv = out_path ("hours.csv");
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  CbClient *priya = NULL;
  double total, before;
  GMenuModel *menu, *section;
  g_autofree char *label = NULL;

  select_development ("me-hours");
  g_assert_true (CB_IS_HOURS_PAGE (shown_page ()));
  page = CB_HOURS_PAGE (shown_page ());
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "hours");
  {
    g_autofree char *title = cb_view_dup_title (CB_VIEW (page));
    g_assert_cmpstr (title, ==, "Hours");
  }

  hours = cb_hours_page_get_hours (page);
  total = cb_hours_from_minutes (cb_hours_get_minutes (hours));
  g_assert_cmpfloat (total, >, 0);

  /* What the widgets show is what the model counts. */
  g_assert_cmpfloat_with_epsilon (fraction (page, 0, CB_REQUIREMENT_HOURS), total / 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (fraction (page, 1, CB_REQUIREMENT_HOURS), total / 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (fraction (page, 2, CB_REQUIREMENT_HOURS), total / 2500, 1e-9);
  g_assert_cmpfloat_with_epsilon (fraction (page, 0, CB_REQUIREMENT_PAID_HOURS),
                                  cb_hours_from_minutes (cb_hours_get_paid_minutes (hours)) / 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (fraction (page, 0, CB_REQUIREMENT_CLIENTS),
                                  MIN (1.0, cb_hours_get_n_clients (hours) / 8.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (fraction (page, 0, CB_REQUIREMENT_RECENT_HOURS),
                                  cb_hours_from_minutes (cb_hours_get_recent_minutes (hours)) / 25, 1e-9);
  g_assert_null (cb_hours_page_get_progress_bar (page, 2, CB_REQUIREMENT_RECENT_HOURS));   /* MCC has none */
  {
    g_autofree char *have = cb_format_decimal (total);
    g_autofree char *expected = g_strdup_printf ("%s of 100 hours", have);

    g_assert_cmpstr (gtk_label_get_label (cb_hours_page_get_progress_label (page, 0, CB_REQUIREMENT_HOURS)), ==, expected);
    g_assert_true (g_str_has_prefix (gtk_label_get_label (cb_hours_page_get_total_label (page)), have));
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hours)), >=, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (cb_hours_page_get_years_list (page), 0));

  /* The defaults are said, not silent. */
  g_assert_nonnull (strstr (gtk_label_get_label (cb_hours_page_get_report_label (page)), "counted as paid"));
  g_assert_nonnull (strstr (gtk_label_get_label (cb_hours_page_get_report_label (page)), "before that date are not counted")
                    ?: strstr (gtk_label_get_label (cb_hours_page_get_report_label (page)), "before that date is not counted"));
  g_assert_nonnull (strstr (gtk_label_get_label (cb_hours_page_get_report_label (page)), "anonymised"));

  /* Its menu exports the log. */
  menu = cb_view_get_menu (CB_VIEW (page));
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Export Hours as _CSV…");
  g_object_unref (section);

  dismiss_toasts ();
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "hours-view");
  scroll_to_end (GTK_WIDGET (page));
  cb_ui_test_screenshot (GTK_WIDGET (window), "hours-view-end");

  /* An edit of a meeting shows in the bars shortly after, by itself. */
  for (guint i = 0; i < g_list_model_get_n_items (cb_practice_get_clients (practice)); i++)
    {
      g_autoptr(CbClient) c = g_list_model_get_item (cb_practice_get_clients (practice), i);

      if (g_strcmp0 (cb_client_get_name (c), "Priya Raman") == 0)
        priya = c;
    }
  g_assert_nonnull (priya);
  meetings = cb_client_list_meetings (priya);
  before = fraction (page, 0, CB_REQUIREMENT_HOURS);
  cb_meeting_set_length_minutes (g_ptr_array_index (meetings, meetings->len - 1),
                                 cb_meeting_get_length_minutes (g_ptr_array_index (meetings, meetings->len - 1)) + 600);
  WAIT_FOR (fraction (page, 0, CB_REQUIREMENT_HOURS) > before);
  g_assert_cmpfloat_with_epsilon (fraction (page, 0, CB_REQUIREMENT_HOURS), before + 0.1, 1e-9);
  flush ();

  /* Export Hours as CSV. */
  file = g_file_new_for_path (csv);
  cb_hours_page_export_csv (page, file);
  WAIT_FOR (g_file_test (csv, G_FILE_TEST_IS_REGULAR) && g_str_has_prefix (last_toast (), "Saved"));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Client Name,Contact Information,Individual/Group,Number in Group,"
                                         "Start Date,End Date,Paid Hours,Pro-bono Hours\r\n"));
  g_assert_nonnull (strstr (text, "Client 1,,"));
  g_assert_null (strstr (text, "Lena"));
}

static void
test_sidebar_row (void)
{
  GtkListBox *nav = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (cb_window_get_sidebar (window)),
                                                                 CB_TYPE_SIDEBAR, "nav_list"));
  GtkListBoxRow *hours_row = NULL;
  g_autoptr(CbHours) hours = cb_hours_new (practice, NULL);
  g_autofree char *expected = cb_format_decimal (cb_decimal_round (cb_hours_from_minutes (cb_hours_get_minutes (hours))));
  GtkWidget *count;

  /* The last row of My Development, after the coach's document types. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (nav)); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "cb-sidebar-view"), "me-hours") == 0)
      hours_row = GTK_LIST_BOX_ROW (row);
  g_assert_nonnull (hours_row);
  g_assert_null (gtk_widget_get_next_sibling (GTK_WIDGET (hours_row)));

  /* Its count: the hours, as the live count has them now. */
  cb_ui_test_iterate ();
  count = gtk_widget_get_last_child (gtk_list_box_row_get_child (hours_row));
  g_assert_true (GTK_IS_LABEL (count));
  WAIT_FOR (g_strcmp0 (gtk_label_get_label (GTK_LABEL (count)), expected) == 0);
  g_assert_true (gtk_widget_get_visible (count));

  /* Choosing it shows Hours. */
  g_signal_emit_by_name (nav, "row-activated", hours_row);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "me-hours");
}

/* The meeting editor shows how a meeting counts, with its defaults said. */
static void
test_meeting_editor (void)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbClient) client = cb_client_new ();
  GtkWidget *win = gtk_window_new ();
  GtkWidget *editor = cb_meeting_editor_new ();
  GtkWidget *payment, *attendance, *size;

  gtk_window_set_child (GTK_WINDOW (win), editor);
  gtk_window_set_default_size (GTK_WINDOW (win), 800, 900);
  cb_meeting_editor_set_meeting (CB_MEETING_EDITOR (editor), client, meeting);
  gtk_window_present (GTK_WINDOW (win));
  cb_ui_test_wait_for_frame (win);

  payment = cb_meeting_editor_get_row (CB_MEETING_EDITOR (editor), "payment");
  attendance = cb_meeting_editor_get_row (CB_MEETING_EDITOR (editor), "attendance");
  size = cb_meeting_editor_get_row (CB_MEETING_EDITOR (editor), "group_size");
  g_assert_true (ADW_IS_COMBO_ROW (payment));
  g_assert_true (ADW_IS_COMBO_ROW (attendance));
  g_assert_nonnull (size);

  /* In one group of their own, after the meeting's own. */
  g_assert_true (cb_meeting_editor_get_group_of (CB_MEETING_EDITOR (editor), "payment") ==
                 cb_meeting_editor_get_group_of (CB_MEETING_EDITOR (editor), "group_size"));
  g_assert_true (cb_meeting_editor_get_group_of (CB_MEETING_EDITOR (editor), "payment") !=
                 cb_meeting_editor_get_group_of (CB_MEETING_EDITOR (editor), "venue"));

  {
    GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (payment));
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Not recorded");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (payment)), ==, "Not recorded counts as paid");
    item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (attendance));
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Not recorded");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (attendance)), ==, "Not recorded counts as individual");
  }

  cb_meeting_editor_scroll_to (CB_MEETING_EDITOR (editor), cb_meeting_editor_get_group_of (CB_MEETING_EDITOR (editor), "payment"));
  cb_ui_test_wait_for_frame (win);
  cb_ui_test_screenshot (win, "hours-meeting-editor-defaults");

  adw_combo_row_set_selected (ADW_COMBO_ROW (attendance), CB_MEETING_ATTENDANCE_GROUP);
  g_assert_cmpint (cb_meeting_get_attendance (meeting), ==, CB_MEETING_ATTENDANCE_GROUP);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cb_field_row_get_editor (size)), 4);
  g_assert_cmpint (cb_meeting_get_group_size (meeting), ==, 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (payment), CB_MEETING_PAYMENT_PRO_BONO);
  g_assert_cmpint (cb_meeting_get_payment (meeting), ==, CB_MEETING_PAYMENT_PRO_BONO);

  cb_ui_test_wait_for_frame (win);
  cb_ui_test_screenshot (win, "hours-meeting-editor");
  gtk_window_destroy (GTK_WINDOW (win));
  cb_ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  CbStore *store;
  int result;

  setlocale (LC_ALL, "");

  data_home = g_dir_make_tmp ("coachbook-hours-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  out_dir = g_build_filename (data_home, "out", NULL);
  g_mkdir_with_parents (out_dir, 0700);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  store = cb_application_get_store (app);
  practice = cb_store_create_sample_practice (store, "Sample Practice", &error);
  g_assert_no_error (error);
  g_assert_true (cb_store_flush (store));

  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 860);
  WAIT_FOR (cb_window_get_practice (window) == practice && cb_practice_get_loaded (practice));

  g_test_add_func ("/ui/hours/cpd", test_cpd);
  g_test_add_func ("/ui/hours/view", test_hours_view);
  g_test_add_func ("/ui/hours/sidebar-row", test_sidebar_row);
  g_test_add_func ("/ui/hours/meeting-editor", test_meeting_editor);

  result = g_test_run ();

  /* Kept for a person to look at when asked. */
  if (g_getenv ("CB_KEEP_OUTPUT") != NULL)
    {
      g_autofree char *pdf = out_path ("cpd-log.pdf");
      g_autofree char *kept = g_build_filename (g_getenv ("CB_KEEP_OUTPUT"), "cpd-log.pdf", NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (pdf, &contents, &length, NULL))
        g_file_set_contents (kept, contents, length, NULL);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  cb_ui_test_iterate ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);

  cb_ui_test_remove_tree (data_home);
  g_free (out_dir);
  g_free (data_home);

  return result;
}
