/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-referrals-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-application.h"
#include "cb-document-list.h"
#include "cb-date-button.h"
#include "cb-field.h"
#include "cb-print-ui.h"
#include "cb-referrals-page.h"
#include "cb-store.h"

struct _CbReferralsPage
{
  AdwBin              parent_instance;

  CbPractice         *practice;
  CbClient           *client;
  CbReferral         *referral;       /* open, or NULL */
  CbSources          *sources;
  GListModel         *referrals;
  GSimpleActionGroup *actions;

  /* Rows added to the generated editor for the open referral; unowned,
   * rebuilt each time one opens. */
  AdwActionRow       *mark_sent_row;
  GtkButton          *mark_sent_button;
  AdwActionRow       *close_row;
  GtkMenuButton      *sources_button;
  GtkListBox         *sources_list_box;

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  GtkListBox         *list_box;
  CbRecordEditor     *editor;
  GtkLabel           *title_label;
  GtkLabel           *status_label;
  GtkLabel           *when_label;
  GtkLabel           *hint_label;
};

G_DEFINE_FINAL_TYPE (CbReferralsPage, cb_referrals_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_REFERRAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_styles[] = {
  "cb-referral-draft", "cb-referral-sent", "cb-referral-closed",
};

static void
show_error (CbReferralsPage *self,
            const GError    *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_pill (GtkLabel         *label,
          CbReferralStatus  status)
{
  gtk_label_set_label (label, cb_referral_status_get_label (status));
  for (guint i = 0; i < G_N_ELEMENTS (status_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), status_styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), cb_referral_status_get_style (status));
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

/* List rows */

static void
update_row (GtkWidget *row)
{
  CbReferral *referral = g_object_get_data (G_OBJECT (row), "cb-referral");
  GtkLabel *pill = g_object_get_data (G_OBJECT (row), "cb-status-label");
  CbReferralStatus status = cb_referral_get_status (referral);
  g_autofree char *title = dup_to_display (referral);
  g_autofree char *when = dup_when (referral);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  /* Translators: a referral's reason and date in the list, e.g.
   * "Specialist advice · Sent 9 March 2026" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              cb_enum_get_label (CB_TYPE_REFERRAL_REASON, cb_referral_get_reason (referral)),
                              when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  set_pill (pill, status);

  /* Translators: a referral in a list, for screen readers: to whom, status, reason and date */
  accessible = g_strdup_printf (_("%s, %s, %s"), title, cb_referral_status_get_label (status), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbReferral *referral = CB_REFERRAL (item);
  GtkWidget *row, *pill, *arrow;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "activatable", TRUE,
                      "use-markup", FALSE,
                      "title-lines", 1,
                      NULL);
  pill = gtk_label_new (NULL);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "cb-status-pill");
  gtk_widget_add_css_class (pill, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_can_target (arrow, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_object_set_data_full (G_OBJECT (row), "cb-referral", g_object_ref (referral), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cb-status-label", pill);
  g_signal_connect_object (referral, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);

  return row;
}

static char *
dup_sort_date (CbReferral *referral)
{
  const char *date = cb_referral_get_date (referral);
  GDateTime *created;

  if (date != NULL && *date != '\0')
    return g_strdup (date);

  created = cb_document_get_created (CB_DOCUMENT (referral));
  if (created != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (created);

      return g_date_time_format (local, "%Y-%m-%d");
    }

  return g_strdup ("");
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  g_autofree char *da = dup_sort_date (CB_REFERRAL ((gpointer) a));
  g_autofree char *db = dup_sort_date (CB_REFERRAL ((gpointer) b));
  int result = strcmp (db, da);

  if (result != 0)
    return result;

  return cb_document_compare_newest_created (CB_DOCUMENT ((gpointer) a), CB_DOCUMENT ((gpointer) b));
}

/* The open referral */

static void
update_actions (CbReferralsPage *self)
{
  gboolean open = self->referral != NULL;
  gboolean editable = open && cb_record_get_editable (CB_RECORD (self->referral));
  CbReferralStatus status = open ? cb_referral_get_status (self->referral) : CB_REFERRAL_STATUS_DRAFT;

  cb_action_group_set_enabled (self->actions, "new", self->practice != NULL && self->client != NULL);
  cb_action_group_set_enabled (self->actions, "close", open);
  cb_action_group_set_enabled (self->actions, "mark-sent", editable && status == CB_REFERRAL_STATUS_DRAFT &&
                               cb_referral_has_approval (self->referral));
  cb_action_group_set_enabled (self->actions, "close-referral", editable && status == CB_REFERRAL_STATUS_SENT);
  cb_action_group_set_enabled (self->actions, "reopen", editable && status != CB_REFERRAL_STATUS_DRAFT);
  cb_action_group_set_enabled (self->actions, "print", open);
  cb_action_group_set_enabled (self->actions, "export-pdf", open);
}

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

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->when_label, when);
  set_pill (self->status_label, status);

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
  gtk_label_set_label (self->hint_label, hint);

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
  update_actions (self);
}

static void
update_view (CbReferralsPage *self)
{
  const char *name;

  if (self->referral != NULL)
    name = "editor";
  else if (self->referrals != NULL && g_list_model_get_n_items (self->referrals) > 0)
    name = "list";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_referrals_items_changed_cb (CbReferralsPage *self)
{
  update_view (self);
}

static void
on_list_box_row_activated_cb (CbReferralsPage *self,
                              GtkListBoxRow   *row)
{
  CbReferral *referral = g_object_get_data (G_OBJECT (row), "cb-referral");

  if (referral != NULL)
    cb_referrals_page_open (self, referral);
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
      GtkWidget *hidden_row = cb_record_editor_get_row (self->editor, hidden[i]);

      if (hidden_row != NULL)
        gtk_widget_set_visible (hidden_row, FALSE);
    }

  group = cb_record_editor_get_group (self->editor, "to");
  if (group != NULL)
    {
      button = build_sources_button (self);
      adw_preferences_group_set_header_suffix (group, button);
      self->sources_button = GTK_MENU_BUTTON (button);
    }

  group = cb_record_editor_get_group (self->editor, "approval");
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
                             "action-name", "referral.mark-sent",
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

  group = cb_record_editor_get_group (self->editor, "outcome");
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
                             "action-name", "referral.close-referral",
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
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  cb_referrals_page_new_referral (CB_REFERRALS_PAGE (user_data));
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_referrals_page_close (CB_REFERRALS_PAGE (user_data));
}

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

static CbForm *
describe (CbReferralsPage *self)
{
  g_autofree char *client_name = self->client != NULL ? cb_client_dup_display_name (self->client) : NULL;
  CbFormContext context = {
    self->practice != NULL ? cb_practice_get_name (self->practice) : NULL,
    client_name,
    FALSE,
    FALSE,
  };

  return cb_document_describe_form (CB_DOCUMENT (self->referral), &context);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbReferralsPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->referral == NULL)
    return;

  form = describe (self);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbReferralsPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->referral == NULL)
    return;

  form = describe (self);
  cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->referral), self->client);
}

static const GActionEntry page_actions[] = {
  { "new", new_action, NULL, NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "mark-sent", mark_sent_action, NULL, NULL, NULL },
  { "close-referral", close_referral_action, NULL, NULL, NULL },
  { "reopen", reopen_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
};

/* GObject */

static void
cb_referrals_page_dispose (GObject *object)
{
  CbReferralsPage *self = CB_REFERRALS_PAGE (object);

  cb_referrals_page_set_client (self, NULL, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_referrals_page_parent_class)->dispose (object);
}

static void
cb_referrals_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CbReferralsPage *self = CB_REFERRALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_REFERRAL:
      g_value_set_object (value, self->referral);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_referrals_page_class_init (CbReferralsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_referrals_page_dispose;
  object_class->get_property = cb_referrals_page_get_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERRAL] =
    g_param_spec_object ("referral", NULL, NULL,
                         CB_TYPE_REFERRAL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_RECORD_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-referrals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, CbReferralsPage, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cb_referrals_page_init (CbReferralsPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "referral", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
  update_view (self);
}

/* Public API */

GtkWidget *
cb_referrals_page_new (void)
{
  return g_object_new (CB_TYPE_REFERRALS_PAGE, NULL);
}

CbClient *
cb_referrals_page_get_client (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->client;
}

CbPractice *
cb_referrals_page_get_practice (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->practice;
}

void
cb_referrals_page_set_client (CbReferralsPage *self,
                              CbPractice      *practice,
                              CbClient        *client)
{
  g_return_if_fail (CB_IS_REFERRALS_PAGE (self));
  g_return_if_fail (practice == NULL || CB_IS_PRACTICE (practice));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client && self->practice == practice)
    return;

  cb_referrals_page_close (self);

  if (self->referrals != NULL)
    g_signal_handlers_disconnect_by_func (self->referrals, on_referrals_items_changed_cb, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->referrals);

  if (self->practice != practice)
    {
      g_clear_object (&self->sources);
      g_set_object (&self->practice, practice);
      if (practice != NULL)
        self->sources = cb_sources_new (practice);
    }

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      self->referrals = cb_document_list_new (client, CB_TYPE_REFERRAL, compare_newest_first, NULL);
      g_signal_connect_swapped (self->referrals, "items-changed",
                                G_CALLBACK (on_referrals_items_changed_cb), self);
      gtk_list_box_bind_model (self->list_box, self->referrals, create_row, NULL, NULL);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

GActionGroup *
cb_referrals_page_get_actions (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

const char *
cb_referrals_page_get_help_page (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return "referrals";
}

const char *
cb_referrals_page_get_view (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GListModel *
cb_referrals_page_get_referrals (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->referrals;
}

GtkListBox *
cb_referrals_page_get_list_box (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->list_box;
}

CbReferral *
cb_referrals_page_new_referral (CbReferralsPage *self)
{
  g_autoptr(CbReferral) referral = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);
  g_return_val_if_fail (self->practice != NULL && self->client != NULL, NULL);

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  referral = cb_referral_new ();
  cb_referral_set_date (referral, today);
  cb_store_add_document (cb_application_get_store (NULL), self->practice, self->client,
                         CB_DOCUMENT (referral));
  cb_referrals_page_open (self, referral);

  return referral;
}

CbReferral *
cb_referrals_page_get_referral (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->referral;
}

void
cb_referrals_page_open (CbReferralsPage *self,
                        CbReferral      *referral)
{
  g_return_if_fail (CB_IS_REFERRALS_PAGE (self));
  g_return_if_fail (referral == NULL || CB_IS_REFERRAL (referral));

  if (self->referral == referral)
    return;

  if (self->referral != NULL)
    g_signal_handlers_disconnect_by_func (self->referral, on_referral_notify_cb, self);

  g_set_object (&self->referral, referral);
  cb_record_editor_set_record (self->editor, CB_RECORD (referral));
  add_editor_rows (self);

  if (referral != NULL)
    {
      g_signal_connect_swapped (referral, "notify", G_CALLBACK (on_referral_notify_cb), self);
      update_summary (self);
      cb_record_editor_scroll_to_top (self->editor);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL]);
}

void
cb_referrals_page_close (CbReferralsPage *self)
{
  g_return_if_fail (CB_IS_REFERRALS_PAGE (self));

  cb_referrals_page_open (self, NULL);
}

CbRecordEditor *
cb_referrals_page_get_editor (CbReferralsPage *self)
{
  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  return self->editor;
}

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

void
cb_referrals_page_export_pdf (CbReferralsPage *self,
                              GFile           *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_REFERRALS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->referral != NULL);

  form = describe (self);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
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

  return self->status_label;
}

GtkLabel *
cb_referrals_page_get_row_status_label (CbReferralsPage *self,
                                        guint            index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CB_IS_REFERRALS_PAGE (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, index);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "cb-status-label") : NULL;
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
