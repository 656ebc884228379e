/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-profile-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-print-ui.h"
#include "cb-profile-page.h"
#include "cb-view.h"

#define PHOTO_SIZE 192  /* twice the avatar, for high-density screens */

struct _CbProfilePage
{
  AdwBin                parent_instance;

  CbStore              *store;
  CbPractice           *practice;
  CbCoachProfile       *profile;
  GBinding             *name_binding;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  GSimpleActionGroup   *actions;   /* "view." */
  GMenu                *menu;

  CbRecordEditor       *editor;
  AdwAvatar            *avatar;
};

static void cb_profile_page_view_init (CbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbProfilePage, cb_profile_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CB_TYPE_VIEW, cb_profile_page_view_init))

static void
show_toast (CbProfilePage *self,
            const char    *message)
{
  cb_view_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static CbForm *describe (CbProfilePage *self, gboolean blank);

/* Actions */

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbProfilePage *self = user_data;

  if (self->practice != NULL)
    cb_profile_page_print (self);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbProfilePage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->practice == NULL)
    return;

  form = describe (self, TRUE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbProfilePage *self = user_data;

  if (self->practice != NULL)
    cb_profile_page_export (self);
}

static const GActionEntry profile_actions[] = {
  { "print", print_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
};

/* CbView */

static const char *
cb_profile_page_get_help_page (CbView *view)
{
  return "coach-profile";
}

static GActionGroup *
cb_profile_page_get_actions (CbView *view)
{
  return G_ACTION_GROUP (CB_PROFILE_PAGE (view)->actions);
}

static GMenuModel *
cb_profile_page_get_menu (CbView *view)
{
  return G_MENU_MODEL (CB_PROFILE_PAGE (view)->menu);
}

static char *
cb_profile_page_dup_title (CbView *view)
{
  return g_strdup (_("Coach Profile"));
}

static char *
cb_profile_page_dup_subtitle (CbView *view)
{
  CbProfilePage *self = CB_PROFILE_PAGE (view);

  return self->practice != NULL ? g_strdup (cb_practice_get_name (self->practice)) : NULL;
}

static void
cb_profile_page_view_init (CbViewInterface *iface)
{
  iface->get_help_page = cb_profile_page_get_help_page;
  iface->get_actions = cb_profile_page_get_actions;
  iface->get_menu = cb_profile_page_get_menu;
  iface->dup_title = cb_profile_page_dup_title;
  iface->dup_subtitle = cb_profile_page_dup_subtitle;
}

static void
load_photo_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  GdkPixbuf *pixbuf;

  pixbuf = gdk_pixbuf_new_from_file_at_scale (path, PHOTO_SIZE, PHOTO_SIZE, TRUE, &error);
  if (pixbuf == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pixbuf, g_object_unref);
}

static void
on_photo_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = g_task_propagate_pointer (G_TASK (result), &error);
  CbProfilePage *self;
  g_autoptr(GdkTexture) texture = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = CB_PROFILE_PAGE (source);

  if (pixbuf == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not show your photo: %s"), error->message);

      adw_avatar_set_custom_image (self->avatar, NULL);
      show_toast (self, message);
      return;
    }

  texture = gdk_texture_new_for_pixbuf (pixbuf);
  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
}

/* Reads the photo on a worker thread, scaled down to what is shown. */
static void
load_photo (CbProfilePage *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->practice != NULL)
    path = cb_store_dup_photo_path (self->store, self->practice);

  if (path == NULL)
    {
      adw_avatar_set_custom_image (self->avatar, NULL);
      return;
    }

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_photo_loaded_cb, NULL);
  g_task_set_source_tag (task, load_photo);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, load_photo_thread);
}

static void
on_photo_notify_cb (CbProfilePage *self)
{
  load_photo (self);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CbProfilePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cb_store_import_photo_finish (CB_STORE (source), result, &error))
    show_toast (self, error->message);
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        CbProfilePage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        cb_profile_page_import_photo (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
choose_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CbProfilePage *self = CB_PROFILE_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("JPEG or PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "png");

  self->chooser = gtk_file_chooser_native_new (_("Choose Photo"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cb_profile_page_dispose (GObject *object)
{
  CbProfilePage *self = CB_PROFILE_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_chooser_response_cb, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  cb_profile_page_set_practice (self, NULL, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->actions);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (cb_profile_page_parent_class)->dispose (object);
}

static void
cb_profile_page_class_init (CbProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_profile_page_dispose;

  g_type_ensure (CB_TYPE_RECORD_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbProfilePage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbProfilePage, avatar);

  gtk_widget_class_install_action (widget_class, "profile.choose-photo", NULL, choose_photo_action);
}

static void
cb_profile_page_init (CbProfilePage *self)
{
  g_autoptr(GMenu) section = g_menu_new ();

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), profile_actions,
                                   G_N_ELEMENTS (profile_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->actions));

  g_menu_append (section, _("_Print Profile…"), "view.print");
  g_menu_append (section, _("_Export Profile as PDF…"), "view.export-pdf");
  g_menu_append (section, _("Print _Blank Profile…"), "view.print-blank");
  self->menu = g_menu_new ();
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_profile_page_new (void)
{
  return g_object_new (CB_TYPE_PROFILE_PAGE, NULL);
}

void
cb_profile_page_set_practice (CbProfilePage *self,
                              CbStore       *store,
                              CbPractice    *practice)
{
  CbCoachProfile *profile = practice != NULL ? cb_practice_get_coach_profile (practice) : NULL;

  g_return_if_fail (CB_IS_PROFILE_PAGE (self));
  g_return_if_fail (practice == NULL || CB_IS_STORE (store));

  if (self->practice == practice && self->store == store)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, on_photo_notify_cb, self);
  if (self->name_binding != NULL)
    g_binding_unbind (self->name_binding);
  self->name_binding = NULL;

  g_set_object (&self->store, store);
  g_set_object (&self->practice, practice);
  g_set_object (&self->profile, profile);

  cb_record_editor_set_record (self->editor, CB_RECORD (self->profile));

  if (self->profile != NULL)
    {
      self->name_binding = g_object_bind_property (self->profile, "name",
                                                   self->avatar, "text",
                                                   G_BINDING_SYNC_CREATE);
      g_signal_connect_swapped (self->profile, "notify::photo",
                                G_CALLBACK (on_photo_notify_cb), self);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.choose-photo", practice != NULL);
  load_photo (self);
  cb_view_changed (CB_VIEW (self));
}

CbRecordEditor *
cb_profile_page_get_editor (CbProfilePage *self)
{
  g_return_val_if_fail (CB_IS_PROFILE_PAGE (self), NULL);

  return self->editor;
}

AdwAvatar *
cb_profile_page_get_avatar (CbProfilePage *self)
{
  g_return_val_if_fail (CB_IS_PROFILE_PAGE (self), NULL);

  return self->avatar;
}

void
cb_profile_page_import_photo (CbProfilePage *self,
                              GFile         *file)
{
  g_return_if_fail (CB_IS_PROFILE_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->practice != NULL);

  cb_store_import_photo_async (self->store, self->practice, file, NULL,
                               on_import_done_cb, g_object_ref (self));
}

static CbForm *
describe (CbProfilePage *self,
          gboolean       blank)
{
  g_autofree char *photo = blank ? NULL : cb_store_dup_photo_path (self->store, self->practice);

  return cb_coach_profile_describe_form (self->profile, cb_practice_get_name (self->practice), photo, blank);
}

void
cb_profile_page_print (CbProfilePage *self)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_PROFILE_PAGE (self));
  g_return_if_fail (self->practice != NULL);

  form = describe (self, FALSE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

void
cb_profile_page_export (CbProfilePage *self)
{
  g_autoptr(CbForm) form = NULL;
  g_autofree char *file_name = NULL;
  const char *name;

  g_return_if_fail (CB_IS_PROFILE_PAGE (self));
  g_return_if_fail (self->practice != NULL);

  form = describe (self, FALSE);
  name = cb_record_get_string (CB_RECORD (self->profile), "name");
  file_name = cb_ui_pdf_file_name (_("Coach Profile"), name);
  cb_ui_export_form (GTK_WIDGET (self), form, file_name);
}

void
cb_profile_page_export_pdf (CbProfilePage *self,
                            GFile         *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_PROFILE_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->practice != NULL);

  form = describe (self, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}
