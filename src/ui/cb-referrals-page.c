/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-referrals-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-date-button.h"
#include "cb-editor-util.h"
#include "cb-field.h"
#include "cb-practice.h"
#include "cb-record-editor.h"
#include "cb-referrals-page-private.h"
#include "cb-view.h"

struct _CbReferralsPage
{
  CbDocumentPage      parent_instance;

  CbReferral         *referral;       /* the referral the editor shows, or NULL */
  CbPractice         *practice;       /* whose sources of help are offered */
  CbSources          *sources;
  CbEditorSummary     summary;

  /* Rows added to the generated editor for the open referral; unowned,
   * rebuilt each time one opens. */
  AdwActionRow       *mark_sent_row;
  GtkButton          *mark_sent_button;
  AdwActionRow       *close_row;
  GtkMenuButton      *sources_button;
  GtkListBox         *sources_list_box;
};

G_DEFINE_FINAL_TYPE (CbReferralsPage, cb_referrals_page, CB_TYPE_DOCUMENT_PAGE)

static const char * const status_styles[] = {
  "cb-referral-draft", "cb-referral-sent", "cb-referral-closed",
};

static CbRecordEditor *
get_editor (CbReferralsPage *self)
{
  return CB_RECORD_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (self)));
}

static void
show_error (CbReferralsPage *self,
            const GError    *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  cb_view_add_toast (GTK_WIDGET (self), toast);
}

static char *
dup_when (CbReferral *referral)
{
  g_autofree char *date = NULL;

  switch (cb_referral_get_status (referral))
    {
    case CB_REFERRAL_STATUS_CLOSED:
      if ((date = cb_format_date (cb_referral_get_outcome_date (referral))) != NULL)
        /* Translators: %s is a date in words, e.g. "9 March 2026" */
        return g_strdup_printf (_("Closed %s"), date);
      break;

    case CB_REFERRAL_STATUS_SENT:
      if ((date = cb_format_date (cb_referral_get_sent_date (referral))) != NULL)
        /* Translators: %s is a date in words, e.g. "9 March 2026" */
        return g_strdup_printf (_("Sent %s"), date);
      break;

    case CB_REFERRAL_STATUS_DRAFT:
    default:
      break;
    }

  if ((date = cb_format_date (cb_referral_get_date (referral))) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Decided %s"), date);

  return g_strdup (_("Not dated"));
}

static char *
dup_to_display (CbReferral *referral)
{
  const char *name = cb_referral_get_to_name (referral);
  const char *organisation = cb_referral_get_to_organisation (referral);

  if ((name == NULL || *name == '\0') && (organisation == NULL || *organisation == '\0'))
    return g_strdup (_("Referral to someone not named yet"));

  return cb_referral_dup_to_display (referral);
}


/* The open referral */

static void
update_summary (CbReferralsPage *self)
{
  CbReferral *referral = self->referral;
  CbReferralStatus status;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  const char *hint;

  if (referral == NULL)
    return;

  status = cb_referral_get_status (referral);
  title = dup_to_display (referral);
  when = dup_when (referral);

  switch (status)
    {
    case CB_REFERRAL_STATUS_SENT:
      hint = _("Sent. When you know what came of it, write down the outcome and close it: keeping a record of your referrals and their outcomes builds up your sources of help.");
      break;

    case CB_REFERRAL_STATUS_CLOSED:
      hint = _("Closed, with its outcome. It is kept as a record.");
      break;

    case CB_REFERRAL_STATUS_DRAFT:
    default:
      if (cb_referral_has_approval (referral))
        hint = _("Your client’s approval is recorded. Introduce them and explain the reason for the referral, then mark it as sent.");
      else
        hint = _("Talk the referral through with your client first. It is sent only once you have recorded when they approved it and how that approval was documented.");
      break;
    }
  cb_editor_summary_set (&self->summary, title, cb_referral_status_get_label (status),
                         cb_referral_status_get_style (status), when, hint);

  if (self->mark_sent_row != NULL)
    {
      g_autofree char *subtitle = NULL;
      g_autofree char *approved = cb_format_date (cb_referral_get_approval_date (referral));
      g_autofree char *sent = cb_format_date (cb_referral_get_sent_date (referral));
      const char *date = cb_referral_get_approval_date (referral);
      const char *how = cb_referral_get_approval_how (referral);
      gboolean has_date = date != NULL && *date != '\0';
      gboolean has_how = how != NULL && *how != '\0';

      if (status != CB_REFERRAL_STATUS_DRAFT && sent != NULL)
        /* Translators: %s is a date in words */
        subtitle = g_strdup_printf (_("Sent on %s"), sent);
      else if (status != CB_REFERRAL_STATUS_DRAFT)
        subtitle = g_strdup (_("Sent"));
      else if (!has_date && !has_how)
        subtitle = g_strdup (_("Fill in the date your client approved the referral and how it was documented first"));
      else if (!has_date)
        subtitle = g_strdup (_("Fill in the date your client approved the referral first"));
      else if (!has_how)
        subtitle = g_strdup (_("Fill in how your client’s approval was documented first"));
      else
        /* Translators: %s is a date in words */
        subtitle = g_strdup_printf (_("Your client approved on %s. Mark it as sent once you have introduced them."),
                                    approved != NULL ? approved : date);

      adw_action_row_set_subtitle (self->mark_sent_row, subtitle);
    }

  if (self->close_row != NULL)
    {
      const char *subtitle;

      if (status == CB_REFERRAL_STATUS_CLOSED)
        subtitle = _("Closed with this outcome");
      else if (status == CB_REFERRAL_STATUS_SENT)
        subtitle = _("Write down what came of the referral, then close it");
      else
        subtitle = _("A referral is closed once it has been sent");
      adw_action_row_set_subtitle (self->close_row, subtitle);
    }
}

static void
on_referral_notify_cb (CbReferralsPage *self)
{
  update_summary (self);
  /* What the buttons allow follows the status and the approval. */
  CB_DOCUMENT_PAGE_GET_CLASS (self)->update_actions (CB_DOCUMENT_PAGE (self));
}

/* Sources of help */

static GtkWidget *
create_source_row (gpointer item,
                   gpointer user_data)
{
  CbSource *source = CB_SOURCE (item);
  guint count = cb_source_get_referral_count (source);
  const char *name = cb_source_get_name (source);
  const char *organisation = cb_source_get_organisation (source);
  g_autofree char *used = NULL;
  GtkWidget *row, *label;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "activatable", TRUE,
                      "use-markup", FALSE,
                      "title", *name != '\0' ? name : organisation,
                      "subtitle", *name != '\0' ? organisation : "",
                      NULL);
  /* Translators: how many referrals went to a source of help */
  used = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used once", "Used %u times", count), count);
  label = gtk_label_new (used);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "cb-source", g_object_ref (source), g_object_unref);

  return row;
}

static void
on_source_row_activated_cb (CbReferralsPage *self,
                            GtkListBoxRow   *row)
{
  CbSource *source = g_object_get_data (G_OBJECT (row), "cb-source");

  if (source != NULL)
    cb_referrals_page_choose_source (self, source);
}

static GtkWidget *
build_sources_button (CbReferralsPage *self)
{
  GtkWidget *button, *popover, *box, *heading, *scrolled, *list_box, *placeholder, *label;

  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources of Help"),
                                  -1);
  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("No sources of help yet. The people and organisations you refer clients to are gathered here."),
                              "wrap", TRUE,
                              "max-width-chars", 30,
                              "margin-top", 12, "margin-bottom", 12,
                              "margin-start", 12, "margin-end", 12,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list_box), placeholder);
  if (self->sources != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (list_box), G_LIST_MODEL (self->sources),
                             create_source_row, NULL, NULL);
  g_signal_connect_swapped (list_box, "row-activated", G_CALLBACK (on_source_row_activated_cb), self);

  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "propagate-natural-height", TRUE,
                           "max-content-height", 360,
                           "child", list_box,
                           NULL);
  gtk_widget_set_size_request (scrolled, 340, -1);

  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", _("Sources of Help"),
                          "xalign", 0.0f,
                          NULL);
  gtk_widget_add_css_class (heading, "heading");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), scrolled);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  /* A label that is never shortened: the group's description wraps. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", _("_Choose from Sources of Help…"),
                        "use-underline", TRUE,
                        NULL);
  button = g_object_new (GTK_TYPE_MENU_BUTTON,
                         "valign", GTK_ALIGN_CENTER,
                         "child", label,
                         "always-show-arrow", TRUE,
                         "tooltip-text", _("Fill in a person or organisation you have referred clients to before"),
                         "popover", popover,
                         NULL);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
  gtk_widget_add_css_class (button, "flat");

  self->sources_list_box = GTK_LIST_BOX (list_box);
  return button;
}

/* Rows added to the generated editor */

static void
add_editor_rows (CbReferralsPage *self)
{
  static const char * const hidden[] = { "status", "sent_date", "outcome_date" };
  AdwPreferencesGroup *group;
  GtkWidget *row, *button;

  self->mark_sent_row = NULL;
  self->mark_sent_button = NULL;
  self->close_row = NULL;
  self->sources_button = NULL;
  self->sources_list_box = NULL;

  if (self->referral == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      GtkWidget *hidden_row = cb_record_editor_get_row (get_editor (self), hidden[i]);

      if (hidden_row != NULL)
        gtk_widget_set_visible (hidden_row, FALSE);
    }

  group = cb_record_editor_get_group (get_editor (self), "to");
  if (group != NULL)
    {
      button = build_sources_button (self);
      adw_preferences_group_set_header_suffix (group, button);
      self->sources_button = GTK_MENU_BUTTON (button);
    }

  group = cb_record_editor_get_group (get_editor (self), "approval");
  if (group != NULL)
    {
      adw_preferences_group_set_title (group, _("Approval"));
      adw_preferences_group_set_description (group,
                                             _("Required. A referral is made only with your client’s absolute approval, following a clear and documented discussion with them. Record when they agreed and how that was documented."));

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", _("Mark as Sent"),
                          "use-markup", FALSE,
                          NULL);
      button = g_object_new (GTK_TYPE_BUTTON,
                             "valign", GTK_ALIGN_CENTER,
                             "label", _("_Mark as Sent…"),
                             "use-underline", TRUE,
                             "action-name", "view.mark-sent",
                             NULL);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, row, NULL,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (group, row);
      self->mark_sent_row = ADW_ACTION_ROW (row);
      self->mark_sent_button = GTK_BUTTON (button);
    }

  group = cb_record_editor_get_group (get_editor (self), "outcome");
  if (group != NULL)
    {
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", _("Close the Referral"),
                          "use-markup", FALSE,
                          NULL);
      button = g_object_new (GTK_TYPE_BUTTON,
                             "valign", GTK_ALIGN_CENTER,
                             "label", _("_Close…"),
                             "use-underline", TRUE,
                             "action-name", "view.close-referral",
                             NULL);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, row, NULL,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (group, row);
      self->close_row = ADW_ACTION_ROW (row);
    }
}

/* Dialogs */

static GtkWindow *
get_parent_window (CbReferralsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
new_date_list (const char    *title,
               CbDateButton **date_out)
{
  GtkWidget *list, *row, *date;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  date = cb_date_button_new ();
  gtk_widget_set_valign (date, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (date),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), date);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  *date_out = CB_DATE_BUTTON (date);

  return list;
}

static void
on_mark_sent_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          CbReferralsPage  *self)
{
  CbDateButton *date = g_object_get_data (G_OBJECT (dialog), "cb-date");

  if (g_str_equal (response, "ok"))
    cb_referrals_page_mark_sent (self, cb_date_button_get_date (date), NULL);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CbReferralsPage  *self)
{
  CbDateButton *date = g_object_get_data (G_OBJECT (dialog), "cb-date");
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "cb-outcome");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *outcome = NULL;
  GtkTextIter start, end;

  if (!g_str_equal (response, "ok"))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  outcome = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  cb_referrals_page_close_referral (self, outcome, cb_date_button_get_date (date), NULL);
}

/* Actions */

static void
mark_sent_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CbReferralsPage *self = user_data;
  g_autofree char *to = NULL;
  CbDateButton *date;
  GtkWidget *dialog;

  if (self->referral == NULL)
    return;

  to = dup_to_display (self->referral);
  dialog = adw_message_dialog_new (get_parent_window (self), _("Mark as Sent?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is e.g. "Referral to Dr Ana Silva" */
                                  _("Enter the date on which you made the referral (%s): when you introduced your client and explained the reason for it."),
                                  to);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", _("_Mark as Sent"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_date_list (_("Sent on"), &date));
  g_object_set_data (G_OBJECT (dialog), "cb-date", date);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_mark_sent_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_referral_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CbReferralsPage *self = user_data;
  CbDateButton *date;
  GtkWidget *dialog, *box, *label, *frame, *view;
  const char *outcome;

  if (self->referral == NULL)
    return;

  dialog = adw_message_dialog_new (get_parent_window (self), _("Close Referral?"),
                                   _("Write down what came of the referral and when. Keeping a record of your referrals and their outcomes builds up a network of sources of help for future clients."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", _("_Close Referral"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  label = g_object_new (GTK_TYPE_LABEL, "label", _("Outcome"), "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (label, "heading");
  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "accepts-tab", FALSE,
                       "height-request", 96,
                       "top-margin", 8, "bottom-margin", 8,
                       "left-margin", 10, "right-margin", 10,
                       NULL);
  gtk_widget_add_css_class (view, "cb-text-view");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  outcome = cb_referral_get_outcome (self->referral);
  if (outcome != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), outcome, -1);
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "cb-text-frame");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), new_date_list (_("Date of outcome"), &date));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_object_set_data (G_OBJECT (dialog), "cb-date", date);
  g_object_set_data (G_OBJECT (dialog), "cb-outcome", view);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CbReferralsPage *self = user_data;

  if (self->referral != NULL)
    cb_referral_reopen (self->referral);
}

static const GActionEntry referral_actions[] = {
  { "mark-sent", mark_sent_action, NULL, NULL, NULL },
  { "close-referral", close_referral_action, NULL, NULL, NULL },
  { "reopen", reopen_action, NULL, NULL, NULL },
};

/* CbDocumentPage */

static CbDocument *
cb_referrals_page_create_document (CbDocumentPage *page,
                                   const char     *kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  CbReferral *referral = cb_referral_new ();

  cb_referral_set_date (referral, today);
  return CB_DOCUMENT (referral);
}

static GtkWidget *
cb_referrals_page_create_editor (CbDocumentPage *page)
{
  CbReferralsPage *self = CB_REFERRALS_PAGE (page);
  GtkWidget *editor = cb_record_editor_new ();

  cb_editor_add_summary (ADW_PREFERENCES_PAGE (editor), &self->summary);
  return editor;
}

static void
cb_referrals_page_set_editor_document (CbDocumentPage *page,
                                       GtkWidget      *editor,
                                       CbDocument     *document)
{
  CbReferralsPage *self = CB_REFERRALS_PAGE (page);

  if (self->referral != NULL)
    g_signal_handlers_disconnect_by_func (self->referral, on_referral_notify_cb, self);
  g_set_object (&self->referral, CB_REFERRAL (document));

  cb_record_editor_set_record (CB_RECORD_EDITOR (editor), CB_RECORD (document));
  add_editor_rows (self);

  if (self->referral != NULL)
    {
      g_signal_connect_object (self->referral, "notify", G_CALLBACK (on_referral_notify_cb),
                               self, G_CONNECT_SWAPPED);
      update_summary (self);
      cb_record_editor_scroll_to_top (CB_RECORD_EDITOR (editor));
    }
}

static void
cb_referrals_page_bind_row (CbDocumentPage *page,
                            CbDocumentRow  *row,
                            CbDocument     *document)
{
  CbReferral *referral = CB_REFERRAL (document);
  CbReferralStatus status = cb_referral_get_status (referral);
  g_autofree char *title = dup_to_display (referral);
  g_autofree char *when = dup_when (referral);
  g_autofree char *subtitle = NULL;

  /* Translators: a referral's reason and date in the list, e.g.
   * "Specialist advice · Sent 9 March 2026" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              cb_enum_get_label (CB_TYPE_REFERRAL_REASON, cb_referral_get_reason (referral)),
                              when);
  cb_document_row_set_icon_name (row, "mail-send-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, subtitle);
  cb_document_row_set_pill (row, cb_referral_status_get_label (status), cb_referral_status_get_style (status));
}

static void
cb_referrals_page_fill_menu (CbDocumentPage *page,
                             GMenu          *section)
{
  g_menu_append (section, _("_Reopen as Draft"), "view.reopen");
}

static void
cb_referrals_page_update_actions (CbDocumentPage *page)
{
  CbReferral *referral = CB_REFERRAL (cb_document_page_get_document (page));
  gboolean editable = cb_document_page_get_editable (page);
  CbReferralStatus status = referral != NULL ? cb_referral_get_status (referral) : CB_REFERRAL_STATUS_DRAFT;

  cb_document_page_set_action_enabled (page, "mark-sent", editable && status == CB_REFERRAL_STATUS_DRAFT &&
                                       cb_referral_has_approval (referral));
  cb_document_page_set_action_enabled (page, "close-referral", editable && status == CB_REFERRAL_STATUS_SENT);
  cb_document_page_set_action_enabled (page, "reopen", editable && status != CB_REFERRAL_STATUS_DRAFT);
}

/* The sources of help are the practice's, whoever the client. */
static void
on_owner_notify_cb (CbReferralsPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));
  CbDocument *root = owner != NULL ? cb_document_get_root (owner) : NULL;
  CbPractice *practice = CB_IS_PRACTICE (root) ? CB_PRACTICE (root) : NULL;

  if (practice == self->practice)
    return;

  g_clear_object (&self->sources);
  g_set_object (&self->practice, practice);
  if (practice != NULL)
    self->sources = cb_sources_new (practice);
}

static void
cb_referrals_page_dispose (GObject *object)
{
  CbReferralsPage *self = CB_REFERRALS_PAGE (object);

  if (self->referral != NULL)
    g_signal_handlers_disconnect_by_func (self->referral, on_referral_notify_cb, self);
  g_clear_object (&self->referral);

  G_OBJECT_CLASS (cb_referrals_page_parent_class)->dispose (object);

  g_clear_object (&self->sources);
  g_clear_object (&self->practice);
  cb_editor_summary_clear (&self->summary);
}

static void
cb_referrals_page_class_init (CbReferralsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  object_class->dispose = cb_referrals_page_dispose;

  page_class->document_type = CB_TYPE_REFERRAL;
  page_class->empty_title = N_("No Referrals");
  page_class->empty_description = N_("A referral is made only with your client’s approval. If issues have arisen that are outside of the coaching or mentoring remit, forward them on to others only “with the absolute approval of the coachee following a clear and documented discussion with them.” You may also refer your client to obtain specialist advice or help, to obtain information, to help them learn how to find things out for themselves, or to unblock a problem.");
  page_class->list_description = N_("Newest first. A referral is sent only once your client’s approval is recorded.");
  page_class->new_label = N_("_New Referral");
  page_class->new_tooltip = N_("New Referral");

  page_class->create_document = cb_referrals_page_create_document;
  page_class->create_editor = cb_referrals_page_create_editor;
  page_class->set_editor_document = cb_referrals_page_set_editor_document;
  page_class->bind_row = cb_referrals_page_bind_row;
  page_class->fill_menu = cb_referrals_page_fill_menu;
  page_class->update_actions = cb_referrals_page_update_actions;
}

static void
cb_referrals_page_init (CbReferralsPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), referral_actions, G_N_ELEMENTS (referral_actions));
  g_signal_connect (self, "notify::owner", G_CALLBACK (on_owner_notify_cb), NULL);
}

/* Test hooks and what the dialogs do */

gboolean
cb_referrals_page_mark_sent (CbReferralsPage  *self,
                             const char       *date,
                             GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), FALSE);
  g_return_val_if_fail (self->referral != NULL, FALSE);

  if (!cb_referral_mark_sent (self->referral, date, &local_error))
    {
      show_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
cb_referrals_page_close_referral (CbReferralsPage  *self,
                                  const char       *outcome,
                                  const char       *date,
                                  GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *old_outcome = NULL;

  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), FALSE);
  g_return_val_if_fail (self->referral != NULL, FALSE);

  old_outcome = g_strdup (cb_referral_get_outcome (self->referral));
  if (outcome != NULL)
    cb_referral_set_outcome (self->referral, outcome);

  if (!cb_referral_close (self->referral, date, &local_error))
    {
      if (g_strcmp0 (old_outcome, cb_referral_get_outcome (self->referral)) != 0)
        cb_referral_set_outcome (self->referral, old_outcome);
      show_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

void
cb_referrals_page_choose_source (CbReferralsPage *self,
                                 CbSource        *source)
{
  g_return_if_fail (CB_IS_REFERRALS_PAGE (self));
  g_return_if_fail (CB_IS_SOURCE (source));

  if (self->referral == NULL)
    return;

  cb_referral_fill_from_source (self->referral, source);
  if (self->sources_button != NULL)
    gtk_menu_button_popdown (self->sources_button);
}


GtkButton *
cb_referrals_page_get_mark_sent_button (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->mark_sent_button;
}

AdwActionRow *
cb_referrals_page_get_mark_sent_row (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->mark_sent_row;
}

GtkMenuButton *
cb_referrals_page_get_sources_button (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->sources_button;
}

GtkListBox *
cb_referrals_page_get_sources_list_box (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->sources_list_box;
}

GtkLabel *
cb_referrals_page_get_status_label (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->summary.pill;
}

const char *
cb_referral_status_get_label (CbReferralStatus status)
{
  return cb_enum_get_label (CB_TYPE_REFERRAL_STATUS, status);
}

const char *
cb_referral_status_get_style (CbReferralStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_styles))
    return status_styles[0];

  return status_styles[status];
}
