/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-journal"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cb-application.h"
#include "cb-document-page-private.h"
#include "cb-editor-util.h"
#include "cb-evidence-picker-private.h"
#include "cb-evidence-window-private.h"
#include "cb-journal-editor-private.h"
#include "cb-journal-page-private.h"
#include "cb-meeting.h"
#include "cb-practice.h"
#include "cb-print-ui-private.h"
#include "cb-prompt-dialog-private.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"
#include "cb-window.h"

/* The learning journal as a coach uses it, in the real window: write an
 * entry, tag it through the picker (by number and by words), link a
 * client and a meeting, find the entry in the evidence view under its
 * criterion with one gap fewer, open it from there, print it and the
 * portfolio with the client's initials (the name only when asked), start
 * an entry from a reflection question, and see a dangling link said. */

static char *data_home;
static char *print_dir;
static CbApplication *app;
static CbWindow *window;
static CbPractice *practice;
static CbClient *client;
static CbMeeting *older_meeting;
static CbMeeting *newer_meeting;
static CbJournalPage *page;
static CbJournalEntry *entry;

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

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    g_error ("pdftotext: %s", error->message);

  return g_steal_pointer (&out);
}

/* A copy of a printed PDF beside the screenshots, for people to look at. */
static void
keep_pdf (const char *path,
          const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *file_name = g_strdup_printf ("printed-%s.pdf", name);
  g_autofree char *copy = NULL;
  const char *dir = g_getenv ("CB_SCREENSHOT_DIR");
  gsize length = 0;

  copy = dir != NULL ? g_build_filename (dir, file_name, NULL)
                     : g_test_build_filename (G_TEST_BUILT, "ui", file_name, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (copy, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL));
  g_test_message ("Printed: %s", copy);
}

static CbJournalEditor *
get_editor (void)
{
  return CB_JOURNAL_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page)));
}

static CbEvidenceWindow *
evidence_window (void)
{
  CbEvidenceWindow *evidence;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.show-evidence", NULL));
  cb_ui_test_iterate ();
  evidence = cb_journal_page_get_evidence_window (page);
  g_assert_nonnull (evidence);
  cb_evidence_window_refresh (evidence);
  return evidence;
}

static guint
count_gaps (CbEvidenceWindow *evidence)
{
  GListModel *rows = cb_evidence_window_get_rows (evidence);
  guint gaps = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CbEvidenceRow) row = g_list_model_get_item (rows, i);
      gaps += cb_evidence_row_is_gap (row);
    }

  return gaps;
}

/* The position of the row of @the_entry under the tag @tag_id, or -1. */
static int
find_entry_row (CbEvidenceWindow *evidence,
                const char       *tag_id,
                CbJournalEntry   *the_entry)
{
  GListModel *rows = cb_evidence_window_get_rows (evidence);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CbEvidenceRow) row = g_list_model_get_item (rows, i);

      if (cb_evidence_row_get_kind (row) == CB_EVIDENCE_ROW_ENTRY &&
          g_strcmp0 (cb_evidence_tag_get_id (cb_evidence_row_get_tag (row)), tag_id) == 0 &&
          cb_evidence_row_get_entry (row) == the_entry)
        return (int) i;
    }

  return -1;
}

/* Types @query into the picker and chooses the one criterion it finds. */
static void
tag_through_picker (const char *query,
                    const char *expected_id,
                    const char *screenshot)
{
  CbEvidencePicker *picker = cb_journal_editor_get_picker (get_editor ());
  GListModel *results = cb_evidence_picker_get_results (picker);
  g_autoptr(CbEvidenceTag) found = NULL;
  GtkWidget *button = GTK_WIDGET (cb_journal_editor_get_tag_button (get_editor ()));

  /* As a person would: the button in view, then clicked. */
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  cb_editor_scroll_to (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (button, ADW_TYPE_PREFERENCES_PAGE)), button);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  cb_ui_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (picker)));

  gtk_editable_set_text (cb_evidence_picker_get_search_entry (picker), query);
  WAIT_FOR (g_list_model_get_n_items (results) == 1);
  found = g_list_model_get_item (results, 0);
  g_assert_cmpstr (cb_evidence_tag_get_id (found), ==, expected_id);
  if (screenshot != NULL)
    cb_ui_test_screenshot (GTK_WIDGET (picker), screenshot);

  g_signal_emit_by_name (cb_evidence_picker_get_list_view (picker), "activate", 0);
  cb_ui_test_iterate ();
  g_assert_true (cb_journal_entry_has_tag (entry, expected_id));

  gtk_popover_popdown (GTK_POPOVER (picker));
  gtk_editable_set_text (cb_evidence_picker_get_search_entry (picker), "");
  cb_ui_test_iterate ();
}

static guint
find_item (GListModel *model,
           const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Tests */

static void
test_write_and_tag (void)
{
  CbEvidenceWindow *evidence;
  CbJournalEditor *editor;
  GtkDropDown *clients, *meetings;
  guint gaps_before, position;
  GListModel *pills;
  g_autofree char *path = NULL;

  g_signal_emit_by_name (cb_window_get_sidebar (window), "development-selected", "me-journal");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "me-journal");
  page = CB_JOURNAL_PAGE (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                                   CB_TYPE_WINDOW,
                                                                                                   "content_stack"))));
  g_assert_true (CB_IS_JOURNAL_PAGE (page));
  g_assert_true (cb_document_page_get_owner (CB_DOCUMENT_PAGE (page)) == CB_DOCUMENT (practice));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "journal");
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "empty");
  /* New is a menu: blank, or answering a question. */
  g_assert_true (GTK_IS_MENU_BUTTON (cb_document_page_get_new_button (CB_DOCUMENT_PAGE (page))));
  cb_ui_test_screenshot (GTK_WIDGET (window), "journal-empty");

  /* Before: every criterion and unit is a gap. */
  evidence = evidence_window ();
  gaps_before = count_gaps (evidence);
  g_assert_cmpuint (gaps_before, ==, 77);
  g_assert_cmpstr (cb_evidence_window_get_headline (evidence), ==, "0 of 72 criteria have evidence");

  /* Write an entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.new", "s", ""));
  cb_ui_test_iterate ();
  entry = CB_JOURNAL_ENTRY (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (entry);
  g_assert_true (cb_document_get_parent (CB_DOCUMENT (entry)) == CB_DOCUMENT (practice));
  editor = get_editor ();
  g_assert_true (CB_IS_JOURNAL_EDITOR (editor));
  gtk_editable_set_text (GTK_EDITABLE (cb_journal_editor_get_editor (editor, "title")), "Celebrating a small win");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (cb_journal_editor_get_editor (editor, "what_happened"))),
                            "The rehearsal went better than my mentee feared.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (cb_journal_editor_get_editor (editor, "what_learned"))),
                            "Saying what went well out loud builds confidence.", -1);
  g_assert_cmpstr (cb_journal_entry_get_title (entry), ==, "Celebrating a small win");
  g_assert_cmpstr (cb_journal_entry_get_text (entry, "what_learned"), ==, "Saying what went well out loud builds confidence.");

  /* Tag it by number: one gap fewer, and the entry under its criterion. */
  tag_through_picker ("3014 3.5", "3014 3.5", "journal-picker-number");
  pills = cb_journal_editor_get_tag_pills (editor);
  g_assert_cmpuint (g_list_model_get_n_items (pills), ==, 1);
  cb_evidence_window_refresh (evidence);
  g_assert_cmpuint (count_gaps (evidence), ==, gaps_before - 1);
  g_assert_cmpint (find_entry_row (evidence, "3014 3.5", entry), >=, 0);
  g_assert_cmpstr (cb_evidence_window_get_headline (evidence), ==, "1 of 72 criteria have evidence");

  /* …and by words, in another case. */
  tag_through_picker ("CONFIDENTIALITY ethics coaching", "3014 3.3", "journal-picker-words");
  g_assert_cmpuint (g_list_model_get_n_items (pills), ==, 2);
  cb_evidence_window_refresh (evidence);
  g_assert_cmpuint (count_gaps (evidence), ==, gaps_before - 2);

  /* A pill's button takes its tag off; the picker puts it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "journal.remove-tag", "s", "3014 3.3"));
  cb_ui_test_iterate ();
  g_assert_false (cb_journal_entry_has_tag (entry, "3014 3.3"));
  g_assert_cmpuint (g_list_model_get_n_items (pills), ==, 1);
  tag_through_picker ("3014 3.3", "3014 3.3", NULL);

  /* Link the client and the newer of the client's meetings. */
  clients = cb_journal_editor_get_client_chooser (editor);
  meetings = cb_journal_editor_get_meeting_chooser (editor);
  position = find_item (gtk_drop_down_get_model (clients), "Sam Patel");
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (clients, position);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_journal_entry_get_client_id (entry), ==, cb_document_get_id (CB_DOCUMENT (client)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (meetings)), ==, 3);
  gtk_drop_down_set_selected (meetings, 1);
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (entry), ==, cb_document_get_id (CB_DOCUMENT (newer_meeting)));
  cb_ui_test_screenshot (GTK_WIDGET (window), "journal-editor");

  /* Saved in me/journal/. */
  flush ();
  {
    g_autofree char *dir = cb_store_dup_practice_dir (cb_application_get_store (app), practice);
    g_autofree char *name = g_strdup_printf ("%s.json", cb_document_get_id (CB_DOCUMENT (entry)));
    g_autofree char *text = NULL;

    path = g_build_filename (dir, "me", "journal", name, NULL);
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "\"3014 3.5\""));
    g_assert_nonnull (strstr (text, cb_document_get_id (CB_DOCUMENT (newer_meeting))));
    g_assert_null (strstr (text, "Sam Patel"));
  }

  /* The list: its row, and the evidence at a glance. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.close", NULL));
  cb_ui_test_iterate ();
  WAIT_FOR (g_strcmp0 (cb_journal_page_get_headline (page), "2 of 72 criteria have evidence") == 0);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  {
    CbDocumentRow *row = cb_ui_test_find_document_row (GTK_WIDGET (page), CB_DOCUMENT (entry));

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (cb_document_row_get_subtitle (row), "2 evidence tags"));
  }
  cb_ui_test_screenshot (GTK_WIDGET (window), "journal-list");

  /* The evidence view: the entry under its criterion; opened from there. */
  cb_evidence_window_refresh (evidence);
  position = find_entry_row (evidence, "3014 3.5", entry);
  cb_ui_test_screenshot (GTK_WIDGET (evidence), "journal-evidence");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cb_evidence_window_get_list_view (evidence)),
                                             "list.scroll-to-item", "u", position - 1));
  cb_ui_test_screenshot (GTK_WIDGET (evidence), "journal-evidence-entry");
  g_signal_emit_by_name (cb_evidence_window_get_list_view (evidence), "activate", position);
  cb_ui_test_iterate ();
  g_assert_true (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)) == CB_DOCUMENT (entry));

  /* Only the gaps: no entries, no criterion with evidence. */
  cb_evidence_window_set_only_gaps (evidence, TRUE);
  cb_ui_test_iterate ();
  {
    GListModel *rows = cb_evidence_window_get_rows (evidence);

    g_assert_cmpint (find_entry_row (evidence, "3014 3.5", entry), ==, -1);
    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(CbEvidenceRow) row = g_list_model_get_item (rows, i);

        g_assert_cmpint (cb_evidence_row_get_kind (row), !=, CB_EVIDENCE_ROW_ENTRY);
        if (cb_evidence_row_get_kind (row) == CB_EVIDENCE_ROW_TAG)
          g_assert_true (cb_evidence_row_is_gap (row));
      }
    g_assert_cmpuint (count_gaps (evidence), ==, gaps_before - 2);
  }
  cb_ui_test_screenshot (GTK_WIDGET (evidence), "journal-evidence-gaps");
  cb_evidence_window_set_only_gaps (evidence, FALSE);
}

static void
test_print (void)
{
  CbEvidenceWindow *evidence = evidence_window ();
  g_autofree char *entry_pdf = g_build_filename (print_dir, "entry.pdf", NULL);
  g_autofree char *portfolio_pdf = g_build_filename (print_dir, "portfolio.pdf", NULL);
  g_autofree char *named_pdf = g_build_filename (print_dir, "portfolio-named.pdf", NULL);
  g_autofree char *text = NULL;

  cb_document_page_open (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (entry));

  /* The entry: initials, never the name. */
  cb_ui_print_set_export_file (entry_pdf);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.print", NULL));
  WAIT_FOR (is_pdf (entry_pdf));
  keep_pdf (entry_pdf, "journal-entry");
  text = pdf_text (entry_pdf);
  g_assert_nonnull (strstr (text, "S.P."));
  g_assert_nonnull (strstr (text, "3014 3.5 Identify the achievement of progress and recognise success"));
  g_assert_null (strstr (text, "Sam"));
  g_assert_null (strstr (text, "Patel"));
  g_clear_pointer (&text, g_free);

  /* The portfolio from the evidence view. */
  cb_ui_print_set_export_file (portfolio_pdf);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evidence), "view.print-portfolio", NULL));
  WAIT_FOR (is_pdf (portfolio_pdf));
  keep_pdf (portfolio_pdf, "journal-portfolio");
  text = pdf_text (portfolio_pdf);
  g_assert_nonnull (strstr (text, "Evidence Portfolio"));
  g_assert_nonnull (strstr (text, "Celebrating a small win"));
  g_assert_nonnull (strstr (text, "S.P."));
  g_assert_nonnull (strstr (text, "Gap: no evidence yet"));
  g_assert_null (strstr (text, "Sam"));
  g_assert_null (strstr (text, "Patel"));
  g_clear_pointer (&text, g_free);

  /* Names only when asked, from the list's menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.show-client-names", NULL));
  cb_ui_test_iterate ();
  {
    g_autoptr(CbForm) form = cb_document_page_describe (CB_DOCUMENT_PAGE (page), FALSE);
    g_autofree char *form_text = cb_form_to_text (form);

    g_assert_nonnull (strstr (form_text, "Sam Patel"));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.close", NULL));
  cb_ui_print_set_export_file (named_pdf);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.print-portfolio", NULL));
  WAIT_FOR (is_pdf (named_pdf));
  text = pdf_text (named_pdf);
  g_assert_nonnull (strstr (text, "Sam Patel"));
  g_clear_pointer (&text, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.show-client-names", NULL));
  cb_ui_print_set_export_file (NULL);

  /* Off again: the blank entry form and its portfolio stay anonymous. */
  {
    g_autoptr(CbForm) form = cb_journal_page_describe_portfolio (page);
    g_autofree char *form_text = cb_form_to_text (form);

    g_assert_null (strstr (form_text, "Sam"));
  }
}

static void
test_question (void)
{
  CbPromptDialog *dialog;
  GListModel *rows;
  const CbReflectionQuestion *question = cb_reflection_find ("10.2");
  CbJournalEntry *answer;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.choose-question", NULL));
  cb_ui_test_iterate ();
  dialog = cb_journal_page_get_prompt_dialog (page);
  g_assert_nonnull (dialog);
  rows = cb_prompt_dialog_get_rows (dialog);
  /* Nine tracks and their 48 questions. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 9 + 48);
  cb_ui_test_screenshot (GTK_WIDGET (dialog), "journal-questions");

  gtk_editable_set_text (cb_prompt_dialog_get_search_entry (dialog), "kept a Learning LOG");
  WAIT_FOR (g_list_model_get_n_items (rows) == 2);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (cb_prompt_dialog_row_get_id (row), "10.2") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  cb_ui_test_screenshot (GTK_WIDGET (dialog), "journal-questions-search");

  g_signal_emit_by_name (cb_prompt_dialog_get_list_view (dialog), "activate", position);
  cb_ui_test_iterate ();
  WAIT_FOR (cb_journal_page_get_prompt_dialog (page) == NULL);
  answer = CB_JOURNAL_ENTRY (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (answer);
  g_assert_true (answer != entry);
  g_assert_cmpstr (cb_journal_entry_get_prompt (answer), ==, question->text);
  cb_ui_test_screenshot (GTK_WIDGET (window), "journal-editor-question");

  /* The question can be let go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_editor ()), "journal.clear-prompt", NULL));
  g_assert_cmpstr (cb_journal_entry_get_prompt (answer), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.close", NULL));
  cb_ui_test_iterate ();
}

static void
test_dangling (void)
{
  GtkDropDown *clients;
  g_autoptr(GtkStringObject) shown = NULL;
  CbEvidenceWindow *evidence;

  /* The client leaves the book: the entry stays, and says so. */
  g_object_ref (client);
  g_assert_true (cb_practice_remove_client (practice, client));
  cb_ui_test_iterate ();

  cb_document_page_open (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (entry));
  cb_ui_test_iterate ();
  clients = cb_journal_editor_get_client_chooser (get_editor ());
  shown = g_list_model_get_item (gtk_drop_down_get_model (clients), gtk_drop_down_get_selected (clients));
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "Client no longer in the book");
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (cb_journal_editor_get_meeting_chooser (get_editor ())),
                                                                     ADW_TYPE_ACTION_ROW)));
  {
    g_autoptr(CbForm) form = cb_document_page_describe (CB_DOCUMENT_PAGE (page), FALSE);
    g_autofree char *text = cb_form_to_text (form);

    g_assert_nonnull (strstr (text, "client no longer in the book"));
  }
  cb_editor_scroll_to (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (clients), ADW_TYPE_PREFERENCES_PAGE)),
                       GTK_WIDGET (clients));
  cb_ui_test_screenshot (GTK_WIDGET (window), "journal-editor-dangling");

  evidence = evidence_window ();
  g_assert_cmpint (find_entry_row (evidence, "3014 3.5", entry), >=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.close", NULL));

  g_object_unref (client);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  CbStore *store;
  int result;

  setlocale (LC_ALL, "");

  data_home = g_dir_make_tmp ("coachbook-journal-XXXXXX", &error);
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
  practice = cb_store_create_practice (store, "Journal", &error);
  g_assert_no_error (error);
  client = cb_client_new ();
  cb_client_set_name (client, "Sam Patel");
  older_meeting = cb_meeting_new ();
  cb_meeting_set_date (older_meeting, "2026-02-03");
  cb_record_set_string (CB_RECORD (older_meeting), "topics", "Getting started");
  newer_meeting = cb_meeting_new ();
  cb_meeting_set_date (newer_meeting, "2026-03-03");
  cb_record_set_string (CB_RECORD (newer_meeting), "topics", "The board rehearsal");
  cb_client_add_document (client, CB_DOCUMENT (older_meeting));
  cb_client_add_document (client, CB_DOCUMENT (newer_meeting));
  cb_practice_add_client (practice, client);
  g_object_unref (older_meeting);
  g_object_unref (newer_meeting);
  g_object_unref (client);
  g_assert_true (cb_store_flush (store));

  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  WAIT_FOR (cb_window_get_practice (window) == practice && cb_practice_get_loaded (practice));

  g_test_add_func ("/ui/journal/write-and-tag", test_write_and_tag);
  g_test_add_func ("/ui/journal/print", test_print);
  g_test_add_func ("/ui/journal/question", test_question);
  g_test_add_func ("/ui/journal/dangling-link", test_dangling);

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
