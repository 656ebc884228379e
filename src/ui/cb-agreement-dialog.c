/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement-dialog.h"
#include "cb-window.h"

struct _CbAgreementDialog
{
  AdwMessageDialog       parent_instance;

  CbAgreement           *agreement;
  CbAgreementDialogMode  mode;

  AdwActionRow          *first_row;
  AdwActionRow          *second_row;
  CbDateButton          *first_date;
  CbDateButton          *second_date;
};

G_DEFINE_FINAL_TYPE (CbAgreementDialog, cb_agreement_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
cb_agreement_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  CbAgreementDialog *self = CB_AGREEMENT_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (response, "ok"))
    {
      if (self->mode == CB_AGREEMENT_DIALOG_MARK_AGREED)
        ok = cb_agreement_mark_agreed (self->agreement,
                                       cb_date_button_get_date (self->first_date),
                                       cb_date_button_get_date (self->second_date),
                                       &error);
      else
        ok = cb_agreement_end (self->agreement, cb_date_button_get_date (self->first_date), &error);

      if (!ok)
        {
          GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
          AdwToast *toast = adw_toast_new (error->message);

          adw_toast_set_timeout (toast, 0);
          adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
          if (CB_IS_WINDOW (parent))
            cb_window_add_toast (CB_WINDOW (parent), toast);
          else
            {
              g_warning ("%s", error->message);
              g_object_unref (g_object_ref_sink (toast));
            }
        }
    }

  if (ADW_MESSAGE_DIALOG_CLASS (cb_agreement_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (cb_agreement_dialog_parent_class)->response (dialog, response);
}

static void
cb_agreement_dialog_dispose (GObject *object)
{
  CbAgreementDialog *self = CB_AGREEMENT_DIALOG (object);

  g_clear_object (&self->agreement);

  G_OBJECT_CLASS (cb_agreement_dialog_parent_class)->dispose (object);
}

static void
cb_agreement_dialog_class_init (CbAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cb_agreement_dialog_dispose;
  dialog_class->response = cb_agreement_dialog_response;

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CbAgreementDialog, first_row);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementDialog, second_row);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementDialog, first_date);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementDialog, second_date);
}

static void
cb_agreement_dialog_init (CbAgreementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_agreement_dialog_new (GtkWindow             *parent,
                         CbAgreement           *agreement,
                         CbAgreementDialogMode  mode)
{
  CbAgreementDialog *self;
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;

  g_return_val_if_fail (CB_IS_AGREEMENT (agreement), NULL);

  self = g_object_new (CB_TYPE_AGREEMENT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  dialog = ADW_MESSAGE_DIALOG (self);
  self->agreement = g_object_ref (agreement);
  self->mode = mode;
  title = cb_document_dup_title (CB_DOCUMENT (agreement));

  if (mode == CB_AGREEMENT_DIALOG_MARK_AGREED)
    {
      adw_message_dialog_set_heading (dialog, _("Mark as Agreed?"));
      adw_message_dialog_format_body (dialog,
                                      /* Translators: %s is the agreement's title, e.g. "Mentoring Agreement" */
                                      _("Enter the dates on which you and your client signed the %s. It counts as agreed from the later of the two."),
                                      title);
    }
  else
    {
      adw_message_dialog_set_heading (dialog, _("End Agreement?"));
      adw_message_dialog_format_body (dialog,
                                      /* Translators: %s is the agreement's title, e.g. "Mentoring Agreement" */
                                      _("The %s will be kept with its dates, marked as ended. It cannot be agreed again; make a new agreement if you start working together again."),
                                      title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->first_row), _("Ended on"));
      gtk_widget_set_visible (GTK_WIDGET (self->second_row), FALSE);
      adw_message_dialog_set_response_label (dialog, "ok", _("_End Agreement"));
      adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_DESTRUCTIVE);
    }

  return GTK_WIDGET (self);
}

CbDateButton *
cb_agreement_dialog_get_date_button (CbAgreementDialog *self,
                                     guint              index)
{
  g_return_val_if_fail (CB_IS_AGREEMENT_DIALOG (self), NULL);
  g_return_val_if_fail (index < 2, NULL);

  return index == 0 ? self->first_date : self->second_date;
}
