/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-part4"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "cb-application.h"
#include "cb-ending-dialog.h"
#include "cb-document-page-private.h"
#include "cb-evaluation-editor.h"
#include "cb-print-ui.h"
#include "cb-record-editor.h"
#include "cb-referrals-page-private.h"
#include "cb-view.h"
#include "cb-evaluation.h"
#include "cb-field-row.h"
#include "cb-review.h"
#include "cb-sources.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"

/* Part 4's widgets, each in a window of its own, driven through their
 * widgets against a real store in a temporary data folder: the tests run
 * in order and share the practice. */

static char *data_home;
static CbApplication *app;
static CbStore *store;
static CbPractice *practice;
static CbClient *sam;      /* referrals, then the evaluation */
static CbClient *ada;      /* has a referral: a source of help */
static CbClient *lee;      /* ended through the dialog */

/* TESTING.md's in-process screenshot, into the build folder. A popover
 * is its own surface, so it is drawn over its window at its place. */
static void
screenshot_with_popover (GtkWidget  *widget,
                         GtkWidget  *popover,
                         const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  cb_ui_test_wait_for_frame (widget);
  if (popover != NULL)
    cb_ui_test_wait_for_frame (popover);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);

  if (popover != NULL)
    {
      g_autoptr(GdkPaintable) popover_paintable = gtk_widget_paintable_new (popover);
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
      double wx, wy, px, py;
      int pw = gtk_widget_get_width (popover);
      int ph = gtk_widget_get_height (popover);

      /* The popup's place is relative to its parent surface; each widget
       * sits in its surface at the surface transform (shadows). */
      gtk_native_get_surface_transform (GTK_NATIVE (widget), &wx, &wy);
      gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
      px += gdk_popup_get_position_x (GDK_POPUP (surface)) - wx;
      py += gdk_popup_get_position_y (GDK_POPUP (surface)) - wy;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (px, py));
      gdk_paintable_snapshot (popover_paintable, snapshot, pw, ph);
      gtk_snapshot_restore (snapshot);
    }

  node = gtk_snapshot_free_to_node (snapshot);
  cb_ui_test_save_screenshot (widget, node, width, height, name);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  screenshot_with_popover (widget, NULL, name);
}

static GtkWindow *
new_window (GtkWidget *child,
            int        width,
            int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

/* Scrolls the page holding @widget so that it is near the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;
  double x, y;

  g_assert_nonnull (scrolled);
  cb_ui_test_wait_for_frame (scrolled);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_translate_coordinates (widget, scrolled, 0, 0, &x, &y));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + y - 24);
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static CbClient *
add_client (const char *name)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_practice_add_client (practice, client);

  return client;
}

static guint
count_documents (CbClient *client,
                 GType     type)
{
  GListModel *documents = cb_client_get_documents (client);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GObject) document = g_list_model_get_item (documents, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (document, type))
        n++;
    }

  return n;
}

static void
test_referrals (void)
{
  CbReferralsPage *page = CB_REFERRALS_PAGE (cb_document_page_new_for_type (CB_TYPE_REFERRAL));
  g_autoptr(GError) error = NULL;
  CbRecordEditor *editor;
  CbReferral *referral;
  GtkButton *mark_sent;
  GtkWidget *date_editor, *popover;
  GtkListBox *sources_list;
  GtkListBoxRow *row;
  AdwMessageDialog *dialog;
  GtkLabel *pill;
  GtkWindow *window;

  window = new_window (GTK_WIDGET (page), 900, 800);
  g_assert_cmpstr (cb_view_get_help_page (CB_VIEW (page)), ==, "referrals");

  /* Nothing yet: the explanation of approval. */
  cb_document_page_set_owner (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (sam));
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "empty");
  screenshot (GTK_WIDGET (window), "part4-referrals-empty");

  /* New Referral opens a draft, dated today, saved in the client. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.new", "s", ""));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "editor");
  referral = CB_REFERRAL (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)));
  g_assert_nonnull (referral);
  g_assert_cmpuint (count_documents (sam, CB_TYPE_REFERRAL), ==, 1);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  g_assert_cmpstr (cb_referral_get_date (referral), !=, "");
  editor = CB_RECORD_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (page)));
  g_assert_false (gtk_widget_get_visible (cb_record_editor_get_row (editor, "status")));

  /* Without approval, Mark as Sent is refused: the button cannot be
   * pressed, its row says why, and the model refuses too. */
  mark_sent = cb_referrals_page_get_mark_sent_button (page);
  g_assert_nonnull (mark_sent);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (mark_sent)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cb_referrals_page_get_mark_sent_row (page)),
                            "approved"));
  g_assert_false (cb_referral_mark_sent (referral, NULL, &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
  g_clear_error (&error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);

  /* Who to: chosen from the sources of help, the referral of another
   * client. */
  {
    GtkWidget *reason = cb_record_editor_get_editor (editor, "reason_notes");

    set_text_view (reason, "Sam wants to talk through a bereavement, which is outside our remit.");
  }
  scroll_to (GTK_WIDGET (cb_record_editor_get_group (editor, "approval")));
  screenshot (GTK_WIDGET (window), "part4-referral-approval-missing");

  scroll_to (GTK_WIDGET (cb_referrals_page_get_sources_button (page)));
  /* The popover is placed from the window's position on the screen,
   * known once it has been drawn. */
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  gtk_menu_button_popup (cb_referrals_page_get_sources_button (page));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (cb_referrals_page_get_sources_button (page)));
  WAIT_FOR (gtk_widget_get_mapped (popover));
  sources_list = cb_referrals_page_get_sources_list_box (page);
  row = gtk_list_box_get_row_at_index (sources_list, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Dr Ana Silva");
  screenshot_with_popover (GTK_WIDGET (window), popover, "part4-sources-popover");
  g_signal_emit_by_name (row, "activate");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_referral_get_to_name (referral), ==, "Dr Ana Silva");
  g_assert_cmpstr (cb_referral_get_to_organisation (referral), ==, "Riverside Counselling");
  g_assert_cmpstr (cb_referral_get_to_contact (referral), ==, "0161 496 0000");
  g_assert_false (gtk_widget_get_visible (popover));

  /* The approval, through the generated widgets: then Mark as Sent… can
   * be pressed. */
  date_editor = cb_record_editor_get_editor (editor, "approval_date");
  g_assert_nonnull (date_editor);
  g_assert_true (GTK_IS_MENU_BUTTON (date_editor));
  {
    GtkWidget *calendar = gtk_popover_get_child (gtk_menu_button_get_popover (GTK_MENU_BUTTON (date_editor)));
    g_autoptr(GDateTime) date = g_date_time_new_local (2025, 1, 10, 12, 0, 0);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
    g_signal_emit_by_name (calendar, "day-selected");
  }
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_referral_get_approval_date (referral), ==, "2025-01-10");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (mark_sent)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cb_referrals_page_get_mark_sent_row (page)),
                            "documented"));
  set_text_view (cb_record_editor_get_editor (editor, "approval_how"),
                 "Signed note of our discussion, in the meeting record of 10 January");
  cb_ui_test_iterate ();
  g_assert_true (cb_referral_has_approval (referral));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (mark_sent)));

  /* Mark as Sent…: the dialog asks the date (today) and marks it sent. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (mark_sent)));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "ok");
  cb_ui_test_iterate ();
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_SENT);
  pill = cb_referrals_page_get_status_label (page);
  g_assert_cmpstr (gtk_label_get_label (pill), ==, "Sent");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pill), "cb-referral-sent"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (mark_sent)));

  /* The list shows it with its pill. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.close", NULL));
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_document_page_get_view (CB_DOCUMENT_PAGE (page)), ==, "list");
  {
    g_autoptr(GObject) first = g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), 0);
    CbDocumentRow *row_widget;

    cb_ui_test_wait_for_frame (GTK_WIDGET (window));
    row_widget = cb_ui_test_find_document_row (GTK_WIDGET (page), CB_DOCUMENT (first));
    g_assert_nonnull (row_widget);
    pill = cb_document_row_get_pill_label (row_widget);
    g_assert_cmpstr (gtk_label_get_label (pill), ==, "Sent");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pill), "cb-referral-sent"));
  }

  /* A second one, a draft, newest first. */
  {
    CbReferral *second = g_object_ref (CB_REFERRAL (cb_document_page_new_document (CB_DOCUMENT_PAGE (page), "")));

    cb_referral_set_to_name (second, "Jobs and Careers Centre");
    cb_referral_set_reason (second, CB_REFERRAL_REASON_INFORMATION);
    cb_referral_set_date (second, "2099-01-01");
    cb_document_page_close (CB_DOCUMENT_PAGE (page));
    cb_ui_test_iterate ();
    g_assert_true (g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), 0) == (gpointer) second);
    g_object_unref (second);
  }
  screenshot (GTK_WIDGET (window), "part4-referrals-list");

  /* Close… with the outcome. */
  cb_document_page_open (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (referral));
  g_assert_true (cb_referrals_page_close_referral (page, "Sam saw the counsellor four times.", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_CLOSED);
  g_assert_cmpstr (cb_referral_get_outcome (referral), ==, "Sam saw the counsellor four times.");
  g_assert_cmpstr (gtk_label_get_label (cb_referrals_page_get_status_label (page)), ==, "Closed");

  /* The page refuses to send a draft without approval too, and says why. */
  {
    CbReferral *draft = g_list_model_get_item (cb_document_page_get_documents (CB_DOCUMENT_PAGE (page)), 0);

    cb_document_page_open (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (draft));
    g_assert_false (cb_referrals_page_mark_sent (page, NULL, &error));
    g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
    g_clear_error (&error);
    g_assert_cmpint (cb_referral_get_status (draft), ==, CB_REFERRAL_STATUS_DRAFT);
    g_object_unref (draft);
  }

  gtk_window_destroy (window);
  cb_ui_test_iterate ();
}

static void
test_evaluation (void)
{
  CbDocumentPage *doc_page = CB_DOCUMENT_PAGE (cb_document_page_new_for_type (CB_TYPE_EVALUATION));
  CbEvaluationEditor *page;
  g_autoptr(CbEvaluation) evaluation = cb_evaluation_new ();
  g_autoptr(CbForm) blank = NULL;
  g_autofree char *pdf = g_build_filename (data_home, "blank evaluation.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkToggleButton *yes, *no;
  GtkWindow *window;
  gsize length;

  cb_evaluation_set_date (evaluation, "2026-03-31");
  cb_client_add_document (sam, CB_DOCUMENT (evaluation));
  /* One per client: the page opens it at once. */
  cb_document_page_set_owner (doc_page, CB_DOCUMENT (sam));
  g_assert_true (cb_document_page_get_document (doc_page) == CB_DOCUMENT (evaluation));
  g_assert_cmpstr (cb_document_page_get_view (doc_page), ==, "editor");
  g_assert_false (cb_view_get_can_close (CB_VIEW (doc_page)));
  g_assert_cmpstr (cb_view_get_help_page (CB_VIEW (doc_page)), ==, "evaluation");
  page = CB_EVALUATION_EDITOR (cb_document_page_get_editor (doc_page));
  window = new_window (GTK_WIDGET (doc_page), 900, 1000);

  /* Every question has its widgets. */
  for (const char * const *q = cb_evaluation_get_coach_questions (); *q != NULL; q++)
    {
      CbEvaluationAnswerKind kind;

      g_assert_true (cb_evaluation_question_get_kind (*q, &kind));
      if (kind == CB_EVALUATION_ANSWER_RATING)
        g_assert_nonnull (cb_evaluation_editor_get_rating_button (page, *q, 5));
      else if (kind == CB_EVALUATION_ANSWER_YES_NO)
        g_assert_nonnull (cb_evaluation_editor_get_answer_button (page, *q, CB_YES_NO_NO));
      else
        g_assert_nonnull (cb_evaluation_editor_get_text_view (page, *q));
    }
  for (const char * const *q = cb_evaluation_get_client_questions (); *q != NULL; q++)
    g_assert_nonnull (cb_evaluation_editor_get_text_view (page, *q));

  /* A rating: pressed, another pressed, pressed again to clear. */
  gtk_toggle_button_set_active (cb_evaluation_editor_get_rating_button (page, "programme_rating", 4), TRUE);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 4);
  gtk_toggle_button_set_active (cb_evaluation_editor_get_rating_button (page, "programme_rating", 2), TRUE);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 2);
  g_assert_false (gtk_toggle_button_get_active (cb_evaluation_editor_get_rating_button (page, "programme_rating", 4)));
  gtk_toggle_button_set_active (cb_evaluation_editor_get_rating_button (page, "programme_rating", 2), FALSE);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 0);
  gtk_toggle_button_set_active (cb_evaluation_editor_get_rating_button (page, "programme_rating", 4), TRUE);
  gtk_toggle_button_set_active (cb_evaluation_editor_get_rating_button (page, "responsibilities_clarity", 5), TRUE);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "responsibilities_clarity"), ==, 5);

  /* Yes/no: not answered until pressed; No replaces Yes; pressing the
   * chosen answer again leaves it unanswered. */
  yes = cb_evaluation_editor_get_answer_button (page, "volunteer_again", CB_YES_NO_YES);
  no = cb_evaluation_editor_get_answer_button (page, "volunteer_again", CB_YES_NO_NO);
  g_assert_cmpint (cb_evaluation_get_answer (evaluation, "volunteer_again"), ==, CB_YES_NO_UNSET);
  gtk_toggle_button_set_active (yes, TRUE);
  g_assert_cmpint (cb_evaluation_get_answer (evaluation, "volunteer_again"), ==, CB_YES_NO_YES);
  gtk_toggle_button_set_active (no, TRUE);
  g_assert_cmpint (cb_evaluation_get_answer (evaluation, "volunteer_again"), ==, CB_YES_NO_NO);
  g_assert_false (gtk_toggle_button_get_active (yes));
  gtk_toggle_button_set_active (no, FALSE);
  g_assert_cmpint (cb_evaluation_get_answer (evaluation, "volunteer_again"), ==, CB_YES_NO_UNSET);
  gtk_toggle_button_set_active (yes, TRUE);
  gtk_toggle_button_set_active (cb_evaluation_editor_get_answer_button (page, "meet_more_often", CB_YES_NO_NO), TRUE);
  g_assert_cmpint (cb_evaluation_get_answer (evaluation, "meet_more_often"), ==, CB_YES_NO_NO);

  /* Text, the coach's and the client's. */
  set_text_view (GTK_WIDGET (cb_evaluation_editor_get_text_view (page, "experience_quality")),
                 "Rewarding: Sam grew in confidence.");
  g_assert_cmpstr (cb_evaluation_get_text (evaluation, "experience_quality"), ==,
                   "Rewarding: Sam grew in confidence.");
  set_text_view (GTK_WIDGET (cb_evaluation_editor_get_text_view (page, "client_coach_helpful")),
                 "Yes, very: I always left with a plan.");
  g_assert_cmpstr (cb_evaluation_get_text (evaluation, "client_coach_helpful"), ==,
                   "Yes, very: I always left with a plan.");

  /* And the page follows the model. */
  cb_evaluation_set_answer (evaluation, "gained_personally", CB_YES_NO_YES);
  g_assert_true (gtk_toggle_button_get_active (cb_evaluation_editor_get_answer_button (page, "gained_personally", CB_YES_NO_YES)));
  cb_evaluation_set_text (evaluation, "improvements", "More co-ordinator time.");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (cb_evaluation_editor_get_text_view (page, "improvements"));
    g_autofree char *text = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "More co-ordinator time.");
  }
  screenshot (GTK_WIDGET (window), "part4-evaluation");
  scroll_to (GTK_WIDGET (cb_evaluation_editor_get_text_view (page, "client_coach_helpful")));
  screenshot (GTK_WIDGET (window), "part4-evaluation-client");

  /* The blank form for the client, as a PDF. */
  file = g_file_new_for_path (pdf);
  blank = cb_document_page_describe (doc_page, TRUE);
  cb_ui_export_form_to_file (GTK_WIDGET (doc_page), blank, file);
  WAIT_FOR (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  gtk_window_destroy (window);
  cb_ui_test_iterate ();
}

static void
on_ended_cb (CbEndingDialog *dialog,
             CbReview       *review,
             CbEvaluation   *evaluation,
             gpointer        user_data)
{
  GObject **created = user_data;

  g_set_object (&created[0], G_OBJECT (review));
  g_set_object (&created[1], G_OBJECT (evaluation));
}

static void
test_ending (void)
{
  g_autoptr(CbStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GObject *created[2] = { NULL, NULL };
  CbEndingDialog *dialog;
  CbPractice *reread;
  CbClient *client;
  const char *lee_id = cb_document_get_id (CB_DOCUMENT (lee));
  g_autofree char *review_id = NULL;
  g_autofree char *evaluation_id = NULL;

  /* Sam has an evaluation already: it is not offered again by default,
   * the summative review is. */
  dialog = CB_ENDING_DIALOG (cb_ending_dialog_new (NULL, practice, sam));
  g_assert_true (cb_ending_dialog_get_create_review (dialog));
  g_assert_false (cb_ending_dialog_get_create_evaluation (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Lee has neither. */
  cb_record_set_enum (CB_RECORD (lee), "lifecycle_stage", CB_LIFECYCLE_STAGE_REVIEWING);
  dialog = CB_ENDING_DIALOG (cb_ending_dialog_new (NULL, practice, lee));
  g_signal_connect (dialog, "ended", G_CALLBACK (on_ended_cb), created);
  gtk_window_present (GTK_WINDOW (dialog));
  cb_ui_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpstr (cb_ending_dialog_get_step (dialog), ==, "when");
  g_assert_cmpint (cb_ending_dialog_get_end_reason (dialog), ==, CB_END_REASON_UNSET);

  /* No reason, no next step and no ending. */
  g_assert_false (cb_ending_dialog_next (dialog));
  g_assert_false (cb_ending_dialog_confirm (dialog));
  g_assert_cmpint (cb_client_get_status (lee), !=, CB_CLIENT_STATUS_ENDED);

  cb_ending_dialog_set_end_date (dialog, "2026-03-31");
  cb_ending_dialog_set_end_reason (dialog, CB_END_REASON_GOALS_ACHIEVED);
  screenshot (GTK_WIDGET (dialog), "part4-ending-when");
  g_assert_true (cb_ending_dialog_next (dialog));
  g_assert_cmpstr (cb_ending_dialog_get_step (dialog), ==, "documents");
  g_assert_true (cb_ending_dialog_get_create_review (dialog));
  g_assert_true (cb_ending_dialog_get_create_evaluation (dialog));
  screenshot (GTK_WIDGET (dialog), "part4-ending-dialog");

  g_assert_true (cb_ending_dialog_confirm (dialog));
  cb_ui_test_iterate ();

  /* The client's fields, in one go. */
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (lee), "end_date"), ==, "2026-03-31");
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (lee), "end_reason"), ==, CB_END_REASON_GOALS_ACHIEVED);
  g_assert_cmpint (cb_client_get_status (lee), ==, CB_CLIENT_STATUS_ENDED);
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (lee), "lifecycle_stage"), ==, CB_LIFECYCLE_STAGE_SAYING_GOODBYE);

  /* The documents, handed on by ::ended and kept by the client. */
  g_assert_true (CB_IS_REVIEW (created[0]));
  g_assert_true (CB_IS_EVALUATION (created[1]));
  g_assert_cmpint (cb_review_get_review_type (CB_REVIEW (created[0])), ==, CB_REVIEW_TYPE_SUMMATIVE);
  g_assert_cmpuint (count_documents (lee, CB_TYPE_REVIEW), ==, 1);
  g_assert_cmpuint (count_documents (lee, CB_TYPE_EVALUATION), ==, 1);
  g_assert_true (cb_client_get_evaluation (lee) == CB_EVALUATION (created[1]));
  review_id = g_strdup (cb_document_get_id (CB_DOCUMENT (created[0])));
  evaluation_id = g_strdup (cb_document_get_id (CB_DOCUMENT (created[1])));
  g_clear_object (&created[0]);
  g_clear_object (&created[1]);

  /* An ended client: the dialog says so and changes nothing. */
  dialog = CB_ENDING_DIALOG (cb_ending_dialog_new (NULL, practice, lee));
  g_assert_cmpstr (cb_ending_dialog_get_step (dialog), ==, "ended");
  g_assert_false (cb_ending_dialog_confirm (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  screenshot (GTK_WIDGET (dialog), "part4-ending-already-ended");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_documents (lee, CB_TYPE_REVIEW), ==, 1);

  /* On disk: a fresh store reads it all back. */
  g_assert_true (cb_store_flush (store));
  fresh = cb_store_new (cb_store_get_root (store));
  g_assert_true (cb_store_load_practices (fresh, &error));
  g_assert_no_error (error);
  reread = cb_store_find_practice (fresh, "Part Four Practice");
  g_assert_nonnull (reread);
  g_assert_true (cb_store_open_practice (fresh, reread, &error));
  g_assert_no_error (error);
  client = cb_practice_find_client (reread, lee_id);
  g_assert_nonnull (client);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "end_date"), ==, "2026-03-31");
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (client), "end_reason"), ==, CB_END_REASON_GOALS_ACHIEVED);
  g_assert_cmpint (cb_client_get_status (client), ==, CB_CLIENT_STATUS_ENDED);
  g_assert_cmpint (cb_record_get_enum (CB_RECORD (client), "lifecycle_stage"), ==, CB_LIFECYCLE_STAGE_SAYING_GOODBYE);
  g_assert_true (CB_IS_REVIEW (cb_client_find_document (client, review_id)));
  g_assert_cmpint (cb_review_get_review_type (CB_REVIEW (cb_client_find_document (client, review_id))), ==,
                   CB_REVIEW_TYPE_SUMMATIVE);
  g_assert_true (CB_IS_EVALUATION (cb_client_find_document (client, evaluation_id)));

  /* And Sam's referrals and evaluation, as they were left. */
  client = cb_practice_find_client (reread, cb_document_get_id (CB_DOCUMENT (sam)));
  g_assert_nonnull (client);
  g_assert_cmpuint (count_documents (client, CB_TYPE_REFERRAL), ==, 2);
  g_assert_cmpint (cb_evaluation_get_rating (cb_client_get_evaluation (client), "programme_rating"), ==, 4);
  g_assert_cmpint (cb_evaluation_get_answer (cb_client_get_evaluation (client), "volunteer_again"), ==, CB_YES_NO_YES);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  setlocale (LC_ALL, "");

  /* Before anything asks GLib for the data folder: it is cached. */
  data_home = g_dir_make_tmp ("coachbook-part4-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The widgets save through the application's store. */
  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  store = cb_application_get_store (app);
  g_assert_true (cb_store_load_practices (store, &error));
  g_assert_no_error (error);
  practice = cb_store_create_practice (store, "Part Four Practice", &error);
  g_assert_no_error (error);
  g_assert_nonnull (practice);

  sam = add_client ("Sam Patel");
  ada = add_client ("Ada Lovelace");
  lee = add_client ("Lee Chen");
  {
    g_autoptr(CbReferral) referral = cb_referral_new ();

    cb_referral_set_date (referral, "2025-11-03");
    cb_referral_set_to_name (referral, "Dr Ana Silva");
    cb_referral_set_to_organisation (referral, "Riverside Counselling");
    cb_referral_set_to_contact (referral, "0161 496 0000");
    cb_referral_set_reason (referral, CB_REFERRAL_REASON_OUTSIDE_REMIT);
    cb_client_add_document (ada, CB_DOCUMENT (referral));
  }

  g_test_add_func ("/ui/part4/referrals", test_referrals);
  g_test_add_func ("/ui/part4/evaluation", test_evaluation);
  g_test_add_func ("/ui/part4/ending", test_ending);

  result = g_test_run ();

  cb_store_flush (store);
  cb_ui_test_iterate ();
  g_clear_object (&app);

  if (g_getenv ("CB_KEEP_DATA") == NULL)
    cb_ui_test_remove_tree (data_home);
  g_free (data_home);

  return result;
}
