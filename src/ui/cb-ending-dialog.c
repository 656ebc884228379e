/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-ending-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-ending-dialog.h"
#include "cb-evaluation.h"
#include "cb-field.h"
#include "cb-relationship.h"
#include "cb-review.h"

struct _CbEndingDialog
{
  AdwWindow           parent_instance;

  CbPractice         *practice;
  CbClient           *client;
  CbEndReason         reason;
  GSimpleActionGroup *actions;
  GPtrArray          *reason_checks;   /* GtkCheckButton, by CbEndReason − 1; unowned */

  AdwWindowTitle     *window_title;
  GtkButton          *cancel_button;
  GtkButton          *back_button;
  GtkButton          *next_button;
  GtkButton          *end_button;
  GtkStack           *stack;
  CbDateButton       *date_button;
  AdwPreferencesGroup *reason_group;
  AdwActionRow       *review_row;
  GtkCheckButton     *review_check;
  AdwActionRow       *evaluation_row;
  GtkCheckButton     *evaluation_check;
  GtkLabel           *summary_label;
  AdwStatusPage      *ended_page;
};

G_DEFINE_FINAL_TYPE (CbEndingDialog, cb_ending_dialog, ADW_TYPE_WINDOW)

enum {
  ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_client_name (CbClient *client)
{
  const char *name = cb_client_get_name (client);

  if (name != NULL && *name != '\0')
    return g_strdup (name);

  return cb_document_dup_title (CB_DOCUMENT (client));
}

static CbReview *
find_summative_review (CbClient *client)
{
  GListModel *documents = cb_client_get_documents (client);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_REVIEW (document) &&
          cb_review_get_review_type (CB_REVIEW (document)) == CB_REVIEW_TYPE_SUMMATIVE)
        return CB_REVIEW (document);
    }

  return NULL;
}

static void
update_summary (CbEndingDialog *self)
{
  g_autofree char *name = dup_client_name (self->client);
  g_autofree char *date = cb_format_date (cb_date_button_get_date (self->date_button));
  g_autofree char *summary = NULL;
  const char *stage = cb_enum_get_label (CB_TYPE_LIFECYCLE_STAGE, CB_LIFECYCLE_STAGE_SAYING_GOODBYE);

  if (self->reason != CB_END_REASON_UNSET)
    /* Translators: "Sam Patel will be marked as ended on 9 March 2026
     * (Goals achieved), at the lifecycle stage Saying good-bye." */
    summary = g_strdup_printf (_("%s will be marked as ended on %s (%s), at the lifecycle stage %s. Their documents are kept."),
                               name, date, cb_enum_get_label (CB_TYPE_END_REASON, self->reason), stage);
  else
    summary = g_strdup (_("Choose how the relationship ended first."));

  gtk_label_set_label (self->summary_label, summary);
}

static void
update_buttons (CbEndingDialog *self)
{
  const char *step = gtk_stack_get_visible_child_name (self->stack);
  gboolean when = g_strcmp0 (step, "when") == 0;
  gboolean documents = g_strcmp0 (step, "documents") == 0;
  gboolean chosen = self->reason != CB_END_REASON_UNSET;

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), when);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), documents);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), when);
  gtk_widget_set_visible (GTK_WIDGET (self->end_button), documents);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "next")),
                               when && chosen);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "back")),
                               documents);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "confirm")),
                               (when || documents) && chosen);
}

static void
on_reason_toggled_cb (GtkCheckButton *check,
                      CbEndingDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  self->reason = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "cb-reason"));
  update_summary (self);
  update_buttons (self);
}

static void
on_date_notify_cb (CbEndingDialog *self)
{
  update_summary (self);
}

static void
build_reasons (CbEndingDialog *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_END_REASON);
  GtkCheckButton *group = NULL;

  self->reason_checks = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    {
      int value = klass->values[i].value;
      GtkWidget *row, *check;

      if (value == CB_END_REASON_UNSET)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cb_enum_get_label (CB_TYPE_END_REASON, value));
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                      -1);
      g_object_set_data (G_OBJECT (check), "cb-reason", GINT_TO_POINTER (value));
      g_signal_connect (check, "toggled", G_CALLBACK (on_reason_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->reason_group, row);

      if (group == NULL)
        group = GTK_CHECK_BUTTON (check);
      g_ptr_array_add (self->reason_checks, check);
    }
}

static GtkCheckButton *
find_reason_check (CbEndingDialog *self,
                   CbEndReason     reason)
{
  for (guint i = 0; i < self->reason_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->reason_checks, i);

      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "cb-reason")) == (int) reason)
        return check;
    }

  return NULL;
}

static void
show_step (CbEndingDialog *self,
           const char     *step)
{
  gtk_stack_set_visible_child_name (self->stack, step);
  update_summary (self);
  update_buttons (self);

  if (g_str_equal (step, "documents"))
    gtk_widget_grab_focus (GTK_WIDGET (self->end_button));
}

static void
set_up_documents (CbEndingDialog *self)
{
  CbReview *review = find_summative_review (self->client);
  CbEvaluation *evaluation = cb_client_get_evaluation (self->client);

  gtk_check_button_set_active (self->review_check, review == NULL);
  gtk_check_button_set_active (self->evaluation_check, evaluation == NULL);

  if (review != NULL)
    {
      g_autofree char *date = cb_format_date (cb_review_get_date (review));
      g_autofree char *subtitle = date != NULL
        /* Translators: %s is a date in words, e.g. "9 March 2026" */
        ? g_strdup_printf (_("%s already has one, from %s; check this to make another"),
                           cb_client_get_name (self->client), date)
        : g_strdup_printf (_("%s already has one; check this to make another"),
                           cb_client_get_name (self->client));

      adw_action_row_set_subtitle (self->review_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->review_row,
                                 _("Your final review together: success against the criteria agreed at the outset, further areas for development, and whether your client is ready to go on alone"));

  if (evaluation != NULL)
    {
      g_autofree char *date = cb_format_date (cb_evaluation_get_date (evaluation));
      g_autofree char *subtitle = date != NULL
        ? g_strdup_printf (_("%s already has one, from %s; check this to make another"),
                           cb_client_get_name (self->client), date)
        : g_strdup_printf (_("%s already has one; check this to make another"),
                           cb_client_get_name (self->client));

      adw_action_row_set_subtitle (self->evaluation_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->evaluation_row,
                                 _("Feedback from both of you: your answers to the sixteen questions of the evaluation, and your client’s four"));
}

static void
set_up_ended (CbEndingDialog *self)
{
  CbRecord *record = CB_RECORD (self->client);
  g_autofree char *name = dup_client_name (self->client);
  g_autofree char *date = cb_format_date (cb_record_get_string (record, "end_date"));
  CbEndReason reason = cb_record_get_enum (record, "end_reason");
  g_autofree char *description = NULL;

  if (date != NULL && reason != CB_END_REASON_UNSET)
    /* Translators: "Your relationship with Sam Patel ended on 9 March 2026 (Goals achieved). …" */
    description = g_strdup_printf (_("Your relationship with %s ended on %s (%s). Nothing needs doing here. To work together again, change their status in their profile."),
                                   name, date, cb_enum_get_label (CB_TYPE_END_REASON, reason));
  else if (date != NULL)
    description = g_strdup_printf (_("Your relationship with %s ended on %s. Nothing needs doing here. To work together again, change their status in their profile."),
                                   name, date);
  else
    description = g_strdup_printf (_("Your relationship with %s has ended. Nothing needs doing here. To work together again, change their status in their profile."),
                                   name);

  adw_status_page_set_description (self->ended_page, description);
}

/* Actions */

static void
next_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  cb_ending_dialog_next (CB_ENDING_DIALOG (user_data));
}

static void
back_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  show_step (CB_ENDING_DIALOG (user_data), "when");
}

static void
confirm_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  cb_ending_dialog_confirm (CB_ENDING_DIALOG (user_data));
}

static const GActionEntry dialog_actions[] = {
  { "next", next_action, NULL, NULL, NULL },
  { "back", back_action, NULL, NULL, NULL },
  { "confirm", confirm_action, NULL, NULL, NULL },
};

/* GObject */

static void
cb_ending_dialog_dispose (GObject *object)
{
  CbEndingDialog *self = CB_ENDING_DIALOG (object);

  g_clear_object (&self->practice);
  g_clear_object (&self->client);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->reason_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_ending_dialog_parent_class)->dispose (object);
}

static void
cb_ending_dialog_class_init (CbEndingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_ending_dialog_dispose;

  /**
   * CbEndingDialog::ended:
   * @review: (nullable): the summative review created, or NULL
   * @evaluation: (nullable): the evaluation created, or NULL
   */
  signals[ENDED] =
    g_signal_new ("ended",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  CB_TYPE_REVIEW,
                  CB_TYPE_EVALUATION);

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-ending-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, end_button);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, reason_group);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, review_row);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, review_check);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, evaluation_row);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, evaluation_check);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CbEndingDialog, ended_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_ending_dialog_init (CbEndingDialog *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), dialog_actions,
                                   G_N_ELEMENTS (dialog_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "ending", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  build_reasons (self);
  g_signal_connect_swapped (self->date_button, "notify::date", G_CALLBACK (on_date_notify_cb), self);
}

/* Public API */

GtkWidget *
cb_ending_dialog_new (GtkWindow  *parent,
                      CbPractice *practice,
                      CbClient   *client)
{
  CbEndingDialog *self;
  g_autofree char *name = NULL;
  CbEndReason reason;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  self = g_object_new (CB_TYPE_ENDING_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->practice = g_object_ref (practice);
  self->client = g_object_ref (client);

  name = dup_client_name (client);
  adw_window_title_set_subtitle (self->window_title, name);

  if (cb_client_get_status (client) == CB_CLIENT_STATUS_ENDED)
    {
      set_up_ended (self);
      show_step (self, "ended");
      return GTK_WIDGET (self);
    }

  reason = cb_record_get_enum (CB_RECORD (client), "end_reason");
  if (reason != CB_END_REASON_UNSET)
    cb_ending_dialog_set_end_reason (self, reason);

  set_up_documents (self);
  show_step (self, "when");

  return GTK_WIDGET (self);
}

CbClient *
cb_ending_dialog_get_client (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), NULL);

  return self->client;
}

const char *
cb_ending_dialog_get_step (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

CbDateButton *
cb_ending_dialog_get_date_button (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), NULL);

  return self->date_button;
}

void
cb_ending_dialog_set_end_date (CbEndingDialog *self,
                               const char     *iso)
{
  g_return_if_fail (CB_IS_ENDING_DIALOG (self));

  cb_date_button_set_date (self->date_button, iso);
}

void
cb_ending_dialog_set_end_reason (CbEndingDialog *self,
                                 CbEndReason     reason)
{
  GtkCheckButton *check;

  g_return_if_fail (CB_IS_ENDING_DIALOG (self));

  if (reason == CB_END_REASON_UNSET)
    {
      for (guint i = 0; i < self->reason_checks->len; i++)
        gtk_check_button_set_active (g_ptr_array_index (self->reason_checks, i), FALSE);
      self->reason = CB_END_REASON_UNSET;
      update_summary (self);
      update_buttons (self);
      return;
    }

  check = find_reason_check (self, reason);
  g_return_if_fail (check != NULL);

  gtk_check_button_set_active (check, TRUE);
}

CbEndReason
cb_ending_dialog_get_end_reason (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), CB_END_REASON_UNSET);

  return self->reason;
}

void
cb_ending_dialog_set_create_review (CbEndingDialog *self,
                                    gboolean        create)
{
  g_return_if_fail (CB_IS_ENDING_DIALOG (self));

  gtk_check_button_set_active (self->review_check, create);
}

gboolean
cb_ending_dialog_get_create_review (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->review_check);
}

void
cb_ending_dialog_set_create_evaluation (CbEndingDialog *self,
                                        gboolean        create)
{
  g_return_if_fail (CB_IS_ENDING_DIALOG (self));

  gtk_check_button_set_active (self->evaluation_check, create);
}

gboolean
cb_ending_dialog_get_create_evaluation (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->evaluation_check);
}

gboolean
cb_ending_dialog_next (CbEndingDialog *self)
{
  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), FALSE);

  if (self->reason == CB_END_REASON_UNSET ||
      g_strcmp0 (cb_ending_dialog_get_step (self), "when") != 0)
    return FALSE;

  show_step (self, "documents");
  return TRUE;
}

gboolean
cb_ending_dialog_confirm (CbEndingDialog *self)
{
  CbDocument *review = NULL;
  CbDocument *evaluation = NULL;

  g_return_val_if_fail (CB_IS_ENDING_DIALOG (self), FALSE);

  if (!cb_relationship_end (self->client, cb_date_button_get_date (self->date_button), self->reason,
                            gtk_check_button_get_active (self->review_check),
                            gtk_check_button_get_active (self->evaluation_check),
                            &review, &evaluation))
    return FALSE;

  g_signal_emit (self, signals[ENDED], 0, review, evaluation);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}
