/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-self-assessment"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cb-application.h"
#include "cb-document-page-private.h"
#include "cb-print-ui-private.h"
#include "cb-self-assessment-editor.h"
#include "cb-self-assessment-page-private.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"
#include "cb-window.h"

/* The coach's self-assessment, through the window as a coach uses it:
 * answered with the toggle buttons, the result following every answer
 * (a tie, then a clear winner), a second attempt started from the first,
 * the chart and the comparison of attempts; then the sample practice's
 * three attempts. */

static char *data_home;
static char *print_dir;
static CbApplication *app;
static CbWindow *window;
static CbPractice *practice;

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  cb_ui_test_iterate ();
}

static void
flush (void)
{
  g_assert_true (cb_store_flush (cb_application_get_store (app)));
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 4 && g_str_has_prefix (contents, "%PDF");
}

static CbSelfAssessmentPage *
show_assessments (void)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CB_TYPE_WINDOW, "content_stack"));
  GtkWidget *page;

  g_signal_emit_by_name (cb_window_get_sidebar (window), "development-selected", "me-assessments");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "me-assessments");
  page = gtk_stack_get_visible_child (stack);
  g_assert_true (CB_IS_SELF_ASSESSMENT_PAGE (page));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "self-assessment");

  return CB_SELF_ASSESSMENT_PAGE (page);
}

static CbSelfAssessmentEditor *
get_editor (CbSelfAssessmentPage *page)
{
  GtkWidget *editor = cb_document_page_get_editor (CB_DOCUMENT_PAGE (page));

  g_assert_true (CB_IS_SELF_ASSESSMENT_EDITOR (editor));
  return CB_SELF_ASSESSMENT_EDITOR (editor);
}

/* Presses @answer's button of @item, as a click does. */
static void
press_answer (CbSelfAssessmentEditor *editor,
              guint                   item,
              CbSelfAssessmentAnswer  answer)
{
  GtkToggleButton *button = cb_self_assessment_editor_get_answer_button (editor, item, answer);

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
}

static void
assert_pressed (CbSelfAssessmentEditor *editor,
                guint                   item,
                CbSelfAssessmentAnswer  answer)
{
  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    g_assert_cmpint (gtk_toggle_button_get_active (cb_self_assessment_editor_get_answer_button (editor, item, a)), ==,
                     a == answer);
}

static void
assert_interpretations (CbSelfAssessmentEditor        *editor,
                        const CbSelfAssessmentAnswer  *answers,
                        guint                          n)
{
  g_auto(GStrv) shown = cb_self_assessment_editor_dup_interpretations (editor);

  g_assert_cmpuint (g_strv_length (shown), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (shown[i], ==, cb_self_assessment_answer_get_interpretation (answers[i]));
}

static char *
date_months_ago (int months)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -months);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Tests */

static void
test_fill_and_compare (void)
{
  CbSelfAssessmentPage *page = show_assessments ();
  CbDocumentPage *document_page = CB_DOCUMENT_PAGE (page);
  CbSelfAssessmentEditor *editor;
  CbSelfAssessment *first, *second;
  CbAssessmentCompareWindow *compare;
  GtkWidget *new_button;
  GMenuModel *menu, *section;
  g_autofree char *four_months_ago = date_months_ago (4);
  g_autofree char *today = date_months_ago (0);
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;

  g_assert_cmpstr (cb_document_page_get_view (document_page), ==, "empty");
  g_assert_false (g_action_group_get_action_enabled (cb_document_page_get_actions (document_page), "compare-attempts"));

  /* New is a menu: from the last attempt, or blank. */
  new_button = cb_document_page_get_new_button (document_page);
  g_assert_true (GTK_IS_MENU_BUTTON (new_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (new_button));
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 2);
  {
    g_autoptr(GVariant) a = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
    g_autoptr(GVariant) b = g_menu_model_get_item_attribute_value (section, 1, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

    g_assert_cmpstr (g_variant_get_string (a, NULL), ==, "from-last");
    g_assert_cmpstr (g_variant_get_string (b, NULL), ==, "blank");
  }
  g_object_unref (section);

  /* A blank attempt, dated today, nothing answered. */
  activate ("view.new", g_variant_new_string ("blank"));
  first = CB_SELF_ASSESSMENT (cb_document_page_get_document (document_page));
  g_assert_nonnull (first);
  g_assert_true (cb_document_get_parent (CB_DOCUMENT (first)) == CB_DOCUMENT (practice));
  g_assert_cmpstr (cb_self_assessment_get_date (first), ==, today);
  editor = get_editor (page);
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Not answered yet");
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_UNSET), ==, "23");
  assert_interpretations (editor, NULL, 0);

  /* Answered with the buttons: 10 Usually, 10 Sometimes, 3 Rarely. */
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      CbSelfAssessmentAnswer answer = i < 10 ? CB_SELF_ASSESSMENT_ANSWER_USUALLY
                                      : i < 20 ? CB_SELF_ASSESSMENT_ANSWER_SOMETIMES
                                      : CB_SELF_ASSESSMENT_ANSWER_RARELY;

      /* Changing one's mind: the other button lets go. */
      if (i == 4)
        press_answer (editor, i, CB_SELF_ASSESSMENT_ANSWER_RARELY);
      press_answer (editor, i, answer);
      assert_pressed (editor, i, answer);
      g_assert_cmpint (cb_self_assessment_get_answer (first, i), ==, answer);
    }
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-editor");

  /* The live result: a tie, both interpretations, Usually first. */
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_USUALLY), ==, "10");
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES), ==, "10");
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_RARELY), ==, "3");
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Evenly split between Usually and Sometimes");
  assert_interpretations (editor, (CbSelfAssessmentAnswer[]) { CB_SELF_ASSESSMENT_ANSWER_USUALLY,
                                                              CB_SELF_ASSESSMENT_ANSWER_SOMETIMES }, 2);
  cb_self_assessment_editor_show_result (editor);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-tie");

  /* Pressing the chosen answer again clears it: now mostly Usually. */
  press_answer (editor, 12, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES);
  assert_pressed (editor, 12, CB_SELF_ASSESSMENT_ANSWER_UNSET);
  g_assert_cmpint (cb_self_assessment_get_answer (first, 12), ==, CB_SELF_ASSESSMENT_ANSWER_UNSET);
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES), ==, "9");
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_UNSET), ==, "1");
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Mostly Usually");
  assert_interpretations (editor, (CbSelfAssessmentAnswer[]) { CB_SELF_ASSESSMENT_ANSWER_USUALLY }, 1);
  press_answer (editor, 12, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES);
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Evenly split between Usually and Sometimes");

  /* A reflection, typed; the date moved back four months. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (cb_self_assessment_editor_get_reflection_view (editor, 0)),
                            "More of a mentor, for now.", -1);
  g_assert_cmpstr (cb_self_assessment_get_reflection (first, 0), ==, "More of a mentor, for now.");
  cb_date_button_set_date (cb_self_assessment_editor_get_date_button (editor), four_months_ago);
  g_assert_cmpstr (cb_self_assessment_get_date (first), ==, four_months_ago);

  /* Kept in me/assessments/. */
  flush ();
  file_name = g_strdup_printf ("%s.json", cb_document_get_id (CB_DOCUMENT (first)));
  {
    g_autofree char *dir = cb_store_dup_practice_dir (cb_application_get_store (app), practice);
    path = g_build_filename (dir, "me", "assessments", file_name, NULL);
  }
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Printed filled and blank, through Ctrl+P's action and its blank form. */
  {
    g_autofree char *filled = g_build_filename (print_dir, "assessment.pdf", NULL);
    g_autofree char *blank = g_build_filename (print_dir, "assessment-blank.pdf", NULL);

    cb_ui_print_set_export_file (filled);
    activate ("view.print", NULL);
    WAIT_FOR (is_pdf (filled));
    cb_ui_print_set_export_file (blank);
    activate ("view.print-blank", NULL);
    WAIT_FOR (is_pdf (blank));
    cb_ui_print_set_export_file (NULL);
  }

  /* A second attempt from the last one: today, the same answers, no
   * reflections; then three items move up. */
  activate ("view.close", NULL);
  g_assert_cmpstr (cb_document_page_get_view (document_page), ==, "list");
  g_assert_false (g_action_group_get_action_enabled (cb_document_page_get_actions (document_page), "compare-attempts"));
  activate ("view.new", g_variant_new_string ("from-last"));
  second = CB_SELF_ASSESSMENT (cb_document_page_get_document (document_page));
  g_assert_true (second != first);
  g_assert_cmpstr (cb_self_assessment_get_date (second), ==, today);
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      g_assert_cmpint (cb_self_assessment_get_answer (second, i), ==, cb_self_assessment_get_answer (first, i));
      assert_pressed (editor, i, cb_self_assessment_get_answer (first, i));
    }
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    g_assert_cmpstr (cb_self_assessment_get_reflection (second, r), ==, "");
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Evenly split between Usually and Sometimes");
  for (guint i = 10; i < 13; i++)
    press_answer (editor, i, CB_SELF_ASSESSMENT_ANSWER_USUALLY);
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (editor), ==, "Mostly Usually");
  g_assert_cmpstr (cb_self_assessment_editor_get_count_text (editor, CB_SELF_ASSESSMENT_ANSWER_USUALLY), ==, "13");
  /* The first attempt kept its answers. */
  g_assert_cmpint (cb_self_assessment_get_answer (first, 10), ==, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES);

  /* The list: two attempts, the chart and what moved. */
  activate ("view.close", NULL);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (document_page)), ==, 2);
  g_assert_cmpuint (cb_assessment_chart_get_n_attempts (cb_self_assessment_page_get_chart (page)), ==, 2);
  g_assert_nonnull (strstr (cb_assessment_chart_get_description (cb_self_assessment_page_get_chart (page)),
                            "Usually 13, Sometimes 7, Rarely 3."));
  g_assert_nonnull (strstr (gtk_label_get_label (cb_self_assessment_page_get_history_label (page)),
                            "3 answers moved up and 0 down"));
  {
    CbDocumentRow *row = cb_ui_test_find_document_row (GTK_WIDGET (window), CB_DOCUMENT (second));
    g_assert_nonnull (row);
  }
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-list");

  /* The chart follows an edit of an attempt. */
  cb_self_assessment_set_answer (second, 20, CB_SELF_ASSESSMENT_ANSWER_SOMETIMES);
  g_assert_nonnull (strstr (cb_assessment_chart_get_description (cb_self_assessment_page_get_chart (page)),
                            "Usually 13, Sometimes 8, Rarely 2."));

  /* Compare: the attempts side by side, what moved marked. */
  g_assert_true (g_action_group_get_action_enabled (cb_document_page_get_actions (document_page), "compare-attempts"));
  activate ("view.compare-attempts", NULL);
  compare = cb_self_assessment_page_get_compare_window (page);
  g_assert_nonnull (compare);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (compare)));
  g_assert_cmpuint (cb_assessment_compare_window_get_n_attempts (compare), ==, 2);
  {
    GListModel *columns = gtk_column_view_get_columns (cb_assessment_compare_window_get_column_view (compare));
    g_autoptr(GtkColumnViewColumn) oldest = g_list_model_get_item (columns, 1);
    g_autoptr(GtkColumnViewColumn) newest = g_list_model_get_item (columns, 2);
    g_autofree char *oldest_title = cb_format_date (four_months_ago);
    g_autofree char *newest_title = cb_format_date (today);

    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 1 + 2 + 1);
    g_assert_cmpstr (gtk_column_view_column_get_title (oldest), ==, oldest_title);
    g_assert_cmpstr (gtk_column_view_column_get_title (newest), ==, newest_title);
  }
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      guint row = cb_assessment_compare_window_get_item_row (compare, i);
      g_autofree char *item = cb_assessment_compare_window_dup_cell_text (compare, row, 0);
      g_autofree char *before = cb_assessment_compare_window_dup_cell_text (compare, row, 1);
      g_autofree char *after = cb_assessment_compare_window_dup_cell_text (compare, row, 2);
      g_autofree char *moved = cb_assessment_compare_window_dup_cell_text (compare, row, 3);
      gboolean changed = (i >= 10 && i < 13) || i == 20;

      g_assert_cmpstr (item, ==, cb_self_assessment_item_get_text (i));
      g_assert_cmpstr (before, ==, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, cb_self_assessment_get_answer (first, i)));
      g_assert_cmpstr (after, ==, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, cb_self_assessment_get_answer (second, i)));
      g_assert_cmpint (cb_assessment_compare_window_item_changed (compare, i), ==, changed);
      if (i >= 10 && i < 13)
        g_assert_cmpstr (moved, ==, "Up from Sometimes");
      else if (i == 20)
        g_assert_cmpstr (moved, ==, "Up from Rarely");
      else
        g_assert_cmpstr (moved, ==, "");
    }
  gtk_window_set_default_size (GTK_WINDOW (compare), 980, 1100);
  cb_ui_test_wait_for_frame (GTK_WIDGET (compare));
  cb_ui_test_screenshot (GTK_WIDGET (compare), "self-assessment-compare");

  /* It follows the practice: a changed answer moves its mark. */
  cb_self_assessment_set_answer (second, 20, CB_SELF_ASSESSMENT_ANSWER_RARELY);
  WAIT_FOR (!cb_assessment_compare_window_item_changed (compare, 20));
  g_assert_true (cb_assessment_compare_window_item_changed (compare, 10));

  gtk_window_destroy (GTK_WINDOW (compare));
  cb_ui_test_iterate ();
  g_assert_null (cb_self_assessment_page_get_compare_window (page));
}

/* The sample practice: three attempts months apart, more Usually each time. */
static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  CbStore *store = cb_application_get_store (app);
  CbPractice *sample = cb_store_create_sample_practice (store, "Sample", &error);
  CbSelfAssessmentPage *page;
  CbAssessmentCompareWindow *compare;
  const char *description;

  g_assert_no_error (error);
  cb_window_open_practice (window, sample);
  WAIT_FOR (cb_window_get_practice (window) == sample && cb_practice_get_loaded (sample));
  page = show_assessments ();
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page))), ==, 3);

  description = cb_assessment_chart_get_description (cb_self_assessment_page_get_chart (page));
  g_assert_nonnull (strstr (description, "Usually 6, Sometimes 11, Rarely 6."));
  g_assert_nonnull (strstr (description, "Usually 10, Sometimes 10, Rarely 3."));
  g_assert_nonnull (strstr (description, "Usually 16, Sometimes 6, Rarely 1."));
  g_assert_true (strstr (description, "Usually 6,") < strstr (description, "Usually 16,"));
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-sample-list");

  activate ("view.compare-attempts", NULL);
  compare = cb_self_assessment_page_get_compare_window (page);
  g_assert_cmpuint (cb_assessment_compare_window_get_n_attempts (compare), ==, 3);
  gtk_window_set_default_size (GTK_WINDOW (compare), 1100, 1100);
  cb_ui_test_wait_for_frame (GTK_WIDGET (compare));
  cb_ui_test_screenshot (GTK_WIDGET (compare), "self-assessment-sample-compare");
  gtk_window_destroy (GTK_WINDOW (compare));

  /* The newest attempt, opened: mostly Usually. */
  cb_document_page_activate_row (CB_DOCUMENT_PAGE (page), 0);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_self_assessment_editor_get_summary_text (get_editor (page)), ==, "Mostly Usually");
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-sample-editor");
  cb_self_assessment_editor_show_result (get_editor (page));
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-sample-result");

  /* The chart and the answers in the dark style too. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  activate ("view.close", NULL);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_ui_test_screenshot (GTK_WIDGET (window), "self-assessment-sample-list-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
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

  data_home = g_dir_make_tmp ("coachbook-assessment-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  print_dir = g_build_filename (data_home, "printed", NULL);
  g_mkdir_with_parents (print_dir, 0700);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  store = cb_application_get_store (app);
  practice = cb_store_create_practice (store, "Mine", &error);
  g_assert_no_error (error);
  g_assert_true (cb_store_flush (store));

  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  WAIT_FOR (cb_window_get_practice (window) == practice && cb_practice_get_loaded (practice));

  g_test_add_func ("/ui/self-assessment/fill-and-compare", test_fill_and_compare);
  g_test_add_func ("/ui/self-assessment/sample", test_sample);

  result = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  cb_ui_test_iterate ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);

  cb_ui_test_remove_tree (data_home);
  g_free (print_dir);
  g_free (data_home);

  return result;
}
