/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-welcome-page.h"

struct _CbWelcomePage
{
  AdwBin       parent_instance;

  CbStore     *store;

  AdwEntryRow *name_row;
  GtkLabel    *error_label;
  GtkButton   *create_button;
  GtkButton   *sample_button;
};

G_DEFINE_FINAL_TYPE (CbWelcomePage, cb_welcome_page, ADW_TYPE_BIN)

enum {
  PRACTICE_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CbWelcomePage *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
on_name_changed_cb (CbWelcomePage *self)
{
  show_error (self, NULL);
}

static void
on_name_activated_cb (CbWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "welcome.create", NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CbWelcomePage *self = CB_WELCOME_PAGE (widget);
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autoptr(GError) error = NULL;
  CbPractice *practice;

  g_return_if_fail (self->store != NULL);

  g_strstrip (name);
  if (!cb_store_check_practice_name (self->store, name, NULL, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }

  practice = cb_store_create_practice (self->store, name, &error);
  if (practice == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[PRACTICE_CREATED], 0, practice);
}

static void
sample_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CbWelcomePage *self = CB_WELCOME_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (_("Sample Practice"));
  CbPractice *practice;

  g_return_if_fail (self->store != NULL);

  /* “Sample Practice”, then “Sample Practice 2”, … if the name is taken. */
  for (guint i = 2; cb_store_find_practice (self->store, name) != NULL && i < 1000; i++)
    {
      g_free (name);
      /* Translators: the name of a second or later sample practice */
      name = g_strdup_printf (_("Sample Practice %u"), i);
    }

  practice = cb_store_create_sample_practice (self->store, name, &error);
  if (practice == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[PRACTICE_CREATED], 0, practice);
}

static void
cb_welcome_page_dispose (GObject *object)
{
  CbWelcomePage *self = CB_WELCOME_PAGE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (cb_welcome_page_parent_class)->dispose (object);
}

static void
cb_welcome_page_class_init (CbWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_welcome_page_dispose;

  signals[PRACTICE_CREATED] =
    g_signal_new ("practice-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_PRACTICE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, CbWelcomePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CbWelcomePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, CbWelcomePage, sample_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "welcome.sample", NULL, sample_action);
}

static void
cb_welcome_page_init (CbWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_welcome_page_new (void)
{
  return g_object_new (CB_TYPE_WELCOME_PAGE, NULL);
}

void
cb_welcome_page_set_store (CbWelcomePage *self,
                           CbStore       *store)
{
  g_return_if_fail (CB_IS_WELCOME_PAGE (self));

  g_set_object (&self->store, store);
}

void
cb_welcome_page_reset (CbWelcomePage *self)
{
  g_return_if_fail (CB_IS_WELCOME_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  show_error (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
