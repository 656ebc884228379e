/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-application.h"
#include "cb-cli.h"
#include "cb-resources.h"
#include "cb-store.h"
#include "cb-window.h"

struct _CbApplication
{
  AdwApplication  parent_instance;

  CbStore        *store;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CbApplication, cb_application, ADW_TYPE_APPLICATION)

static GtkWindow *
get_parent_window (CbApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
cb_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CbApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window saves its size and flushes the store. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (self));
}

static void
cb_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  CbApplication *self = user_data;
  static const char *developers[] = { "The Coachbook developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_parent_window (self),
                        "modal", TRUE,
                        "application-name", _("Coachbook"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Coachbook developers"),
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "copyright", _("© 2026 The Coachbook developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/coachbook/coachbook",
                        "issue-url", "https://github.com/coachbook/coachbook/issues",
                        "translator-credits", _("translator-credits"),
                        "comments", _("A private client book for coaches and mentors"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
cb_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  CbApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource ("/io/github/coachbook/Coachbook/ui/cb-shortcuts-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (window, get_parent_window (self));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  gtk_window_present (window);
}

static void
cb_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CbApplication *self = user_data;
  GtkWindow *parent = get_parent_window (self);
  const char *page = "index";
  g_autofree char *uri = NULL;

  if (CB_IS_WINDOW (parent))
    page = cb_window_get_help_page (CB_WINDOW (parent));

  uri = g_strdup_printf ("help:%s/%s", PACKAGE_NAME, page);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { "quit", cb_application_quit_action, NULL, NULL, NULL },
  { "about", cb_application_about_action, NULL, NULL, NULL },
  { "shortcuts", cb_application_shortcuts_action, NULL, NULL, NULL },
  { "help", cb_application_help_action, NULL, NULL, NULL },
};

static int
cb_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  return cb_cli_handle_local_options (application, options);
}

static void
cb_application_startup (GApplication *application)
{
  CbApplication *self = CB_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (cb_application_parent_class)->startup (application);

  g_set_application_name (_("Coachbook"));
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
cb_application_activate (GApplication *application)
{
  CbApplication *self = CB_APPLICATION (application);
  GtkWindow *window = get_parent_window (self);

  if (window == NULL)
    window = GTK_WINDOW (cb_window_new (self));

  gtk_window_present (window);
}

static void
cb_application_shutdown (GApplication *application)
{
  CbApplication *self = CB_APPLICATION (application);

  if (self->store != NULL)
    cb_store_flush (self->store);

  G_APPLICATION_CLASS (cb_application_parent_class)->shutdown (application);
}

static void
cb_application_dispose (GObject *object)
{
  CbApplication *self = CB_APPLICATION (object);

  if (self->store != NULL)
    cb_store_flush (self->store);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cb_application_parent_class)->dispose (object);
}

static void
cb_application_class_init (CbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cb_application_dispose;

  /* Our resources live in a static library: referring to them here links
   * them in, and their constructor registers them. */
  (void) cb_get_resource ();

  app_class->handle_local_options = cb_application_handle_local_options;
  app_class->startup = cb_application_startup;
  app_class->activate = cb_application_activate;
  app_class->shutdown = cb_application_shutdown;
}

static void
cb_application_init (CbApplication *self)
{
  cb_cli_add_options (G_APPLICATION (self));
}

CbApplication *
cb_application_new (void)
{
  return g_object_new (CB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/coachbook/Coachbook",
                       NULL);
}

CbStore *
cb_application_get_store (CbApplication *self)
{
  if (self == NULL)
    self = CB_APPLICATION (g_application_get_default ());

  g_return_val_if_fail (CB_IS_APPLICATION (self), NULL);

  /* Created on first use, so that the headless command line never pays for it. */
  if (self->store == NULL)
    self->store = cb_store_new (NULL);

  return self->store;
}

GSettings *
cb_application_get_settings (CbApplication *self)
{
  if (self == NULL)
    self = CB_APPLICATION (g_application_get_default ());

  g_return_val_if_fail (CB_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  return self->settings;
}
