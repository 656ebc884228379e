/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-print-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-print-operation.h"
#include "cb-print-ui-private.h"
#include "cb-print.h"
#include "cb-window.h"

typedef struct
{
  GtkWidget *widget;
  CbForm    *form;
  GFile     *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->widget);
  g_clear_pointer (&data->form, cb_form_unref);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static void
show_toast (GtkWidget *widget,
            AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (CB_IS_WINDOW (root))
    {
      cb_window_add_toast (CB_WINDOW (root), toast);
      return;
    }

  g_message ("%s", adw_toast_get_title (toast));
  g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (GtkWidget  *widget,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  show_toast (widget, toast);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWidget               *widget)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      show_error (widget, message);
    }

  g_object_unref (widget);
  g_object_unref (operation);
}

static char *export_file;   /* tests: print to this PDF, without the dialog */

void
cb_ui_print_set_export_file (const char *path)
{
  g_free (export_file);
  export_file = g_strdup (path);
}

void
cb_ui_print_form (GtkWidget *widget,
                  CbForm    *form)
{
  GtkPrintOperation *operation;
  GtkRoot *root;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (form != NULL);

  root = gtk_widget_get_root (widget);
  operation = cb_print_operation_new (form);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), g_object_ref (widget));

  if (export_file != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_file);
      gtk_print_operation_set_allow_async (operation, FALSE);
    }

  result = gtk_print_operation_run (operation,
                                    export_file != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);

  /* "done" is not emitted when the operation failed to start. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      g_signal_handlers_disconnect_by_func (operation, on_print_done_cb, widget);
      show_error (widget, message);
      g_object_unref (widget);
      g_object_unref (operation);
    }
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);

  if (!cb_print_export_pdf_finish (result, &error))
    {
      /* Translators: %s is a file name, then the reason */
      g_autofree char *message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);

      show_error (data->widget, message);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (data->file);
    /* Translators: %s is the name of the PDF file just saved */
    AdwToast *toast = adw_toast_new_format (_("Saved “%s”"), name);

    adw_toast_set_button_label (toast, _("_Open"));
    adw_toast_set_action_name (toast, "win.open-file");
    adw_toast_set_action_target (toast, "s", uri);
    show_toast (data->widget, toast);
  }
}

void
cb_ui_export_form_to_file (GtkWidget *widget,
                           CbForm    *form,
                           GFile     *file)
{
  ExportData *data;
  g_autofree char *path = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (form != NULL);
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (widget, _("PDFs can only be saved in a folder on this computer."));
      return;
    }

  data = g_new0 (ExportData, 1);
  data->widget = g_object_ref (widget);
  data->form = cb_form_ref (form);
  data->file = g_object_ref (file);

  cb_print_export_pdf_async (form, cb_paper_for_locale (), path, NULL, on_export_done_cb, data);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        ExportData      *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cb_ui_export_form_to_file (data->widget, data->form, file);
    }

  export_data_free (data);
  g_object_unref (chooser);
}

void
cb_ui_export_form (GtkWidget  *widget,
                   CbForm     *form,
                   const char *suggested_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root;
  ExportData *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (form != NULL);

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Export as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  data = g_new0 (ExportData, 1);
  data->widget = g_object_ref (widget);
  data->form = cb_form_ref (form);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
cb_ui_pdf_file_name (const char *title,
                     const char *client_name)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (title != NULL, NULL);

  if (client_name != NULL && *client_name != '\0')
    /* Translators: the suggested file name of a document saved as PDF: the document's title, then the client's name */
    name = g_strdup_printf (_("%s – %s.pdf"), title, client_name);
  else
    name = g_strdup_printf ("%s.pdf", title);

  /* Slashes and control characters cannot be in a file name. */
  for (char *p = name; *p != '\0'; p++)
    if (*p == '/' || *p == '\\' || (guchar) *p < 0x20)
      *p = '-';

  return g_steal_pointer (&name);
}

void
cb_ui_export_document_form (GtkWidget  *widget,
                            CbForm     *form,
                            CbDocument *document,
                            CbClient   *client)
{
  g_autofree char *title = NULL;
  g_autofree char *client_name = NULL;
  g_autofree char *file_name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (form != NULL);
  g_return_if_fail (CB_IS_DOCUMENT (document));

  title = cb_document_dup_title (document);
  client_name = client != NULL ? cb_client_dup_display_name (client) : NULL;
  file_name = cb_ui_pdf_file_name (title, client_name);
  cb_ui_export_form (widget, form, file_name);
}
