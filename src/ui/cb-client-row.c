/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-client-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client-row.h"
#include "cb-enums.h"

struct _CbClientRow
{
  GtkWidget  parent_instance;

  CbClient  *client;

  GtkLabel  *name_label;
  GtkLabel  *organisation_label;
  GtkLabel  *status_label;
  char      *status_class;
};

G_DEFINE_FINAL_TYPE (CbClientRow, cb_client_row, GTK_TYPE_WIDGET)

static void
update_name (CbClientRow *self)
{
  g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (self->client));

  gtk_label_set_label (self->name_label, title);
}

static void
update_organisation (CbClientRow *self)
{
  const char *org = cb_client_get_organisation (self->client);

  gtk_label_set_label (self->organisation_label, org);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_label), org != NULL && *org != '\0');
}

static void
update_status (CbClientRow *self)
{
  CbClientStatus status = cb_client_get_status (self->client);
  g_autofree char *css = g_strconcat ("cb-status-", cb_enum_to_nick (CB_TYPE_CLIENT_STATUS, status), NULL);

  gtk_label_set_label (self->status_label, cb_enum_get_label (CB_TYPE_CLIENT_STATUS, status));
  if (self->status_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css);
  g_free (self->status_class);
  self->status_class = g_steal_pointer (&css);
}

static void
on_client_notify_cb (CbClientRow *self,
                     GParamSpec  *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "name"))
    update_name (self);
  else if (g_str_equal (name, "organisation"))
    update_organisation (self);
  else if (g_str_equal (name, "status"))
    update_status (self);
}

static void
cb_client_row_dispose (GObject *object)
{
  CbClientRow *self = CB_CLIENT_ROW (object);

  cb_client_row_set_client (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_CLIENT_ROW);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cb_client_row_parent_class)->dispose (object);
}

static void
cb_client_row_finalize (GObject *object)
{
  CbClientRow *self = CB_CLIENT_ROW (object);

  g_free (self->status_class);

  G_OBJECT_CLASS (cb_client_row_parent_class)->finalize (object);
}

static void
cb_client_row_class_init (CbClientRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_client_row_dispose;
  object_class->finalize = cb_client_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-client-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CbClientRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CbClientRow, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, CbClientRow, status_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cb_client_row_init (CbClientRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_client_row_new (void)
{
  return g_object_new (CB_TYPE_CLIENT_ROW, NULL);
}

CbClient *
cb_client_row_get_client (CbClientRow *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_ROW (self), NULL);

  return self->client;
}

void
cb_client_row_set_client (CbClientRow *self,
                          CbClient    *client)
{
  g_return_if_fail (CB_IS_CLIENT_ROW (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, on_client_notify_cb, self);

  g_set_object (&self->client, client);

  if (client == NULL)
    return;

  g_signal_connect_object (client, "notify::name", G_CALLBACK (on_client_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (client, "notify::organisation", G_CALLBACK (on_client_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (client, "notify::status", G_CALLBACK (on_client_notify_cb), self, G_CONNECT_SWAPPED);

  update_name (self);
  update_organisation (self);
  update_status (self);
}
