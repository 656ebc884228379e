/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-export-ui"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "cb-csv.h"
#include "cb-export-ui.h"
#include "cb-view.h"

typedef struct
{
  GtkWidget     *widget;
  CbUiBuildText  build;
  char          *text;
  char          *path;
  GFile         *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->widget);
  g_clear_object (&data->file);
  g_free (data->text);
  g_free (data->path);
  g_free (data);
}

static void
show_error (GtkWidget  *widget,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  cb_view_add_toast (widget, toast);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (cb_csv_write (data->text, data->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (data->widget, error->message);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (data->file);
    /* Translators: %s is the name of the file just saved */
    AdwToast *toast = adw_toast_new_format (_("Saved “%s”"), name);

    adw_toast_set_button_label (toast, _("_Open"));
    adw_toast_set_action_name (toast, "win.open-file");
    adw_toast_set_action_target (toast, "s", uri);
    cb_view_add_toast (data->widget, toast);
  }
}

void
cb_ui_save_csv_to_file (GtkWidget *widget,
                        char      *text,
                        GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  SaveData *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_free (text);
      show_error (widget, _("Spreadsheets can only be saved in a folder on this computer."));
      return;
    }

  data = g_new0 (SaveData, 1);
  data->widget = g_object_ref (widget);
  data->text = text;
  data->file = g_object_ref (file);
  data->path = g_steal_pointer (&path);

  task = g_task_new (NULL, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, cb_ui_save_csv_to_file);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  g_task_run_in_thread (task, save_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        SaveData        *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cb_ui_save_csv_to_file (data->widget, data->build (data->widget), file);
    }

  save_data_free (data);
  g_object_unref (chooser);
}

void
cb_ui_export_csv (GtkWidget     *widget,
                  const char    *title,
                  const char    *suggested_name,
                  CbUiBuildText  build)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root;
  SaveData *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (build != NULL);

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (title,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  data = g_new0 (SaveData, 1);
  data->widget = g_object_ref (widget);
  data->build = build;

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
