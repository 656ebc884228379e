/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-client-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client-page.h"

struct _CbClientPage
{
  AdwBin          parent_instance;

  CbClient       *client;

  GtkRevealer      *read_only_revealer;
  CbRecordEditor   *editor;
  AdwViewStack     *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  CbAgreementsPage *agreements_page;
  CbMeetingsPage   *meetings_page;
};

G_DEFINE_FINAL_TYPE (CbClientPage, cb_client_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_read_only (CbClientPage *self)
{
  gboolean read_only = self->client != NULL && cb_document_get_read_only (CB_DOCUMENT (self->client));

  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static void
cb_client_page_dispose (GObject *object)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, update_read_only, self);
  g_clear_object (&self->client);

  /* The switcher lets go of the stack before the stack goes. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);

  G_OBJECT_CLASS (cb_client_page_parent_class)->dispose (object);
}

static void
cb_client_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_client_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_client_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_client_page_class_init (CbClientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_client_page_dispose;
  object_class->get_property = cb_client_page_get_property;
  object_class->set_property = cb_client_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_RECORD_EDITOR);
  g_type_ensure (CB_TYPE_AGREEMENTS_PAGE);
  g_type_ensure (CB_TYPE_MEETINGS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, agreements_page);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, meetings_page);
}

static void
cb_client_page_init (CbClientPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_client_page_new (void)
{
  return g_object_new (CB_TYPE_CLIENT_PAGE, NULL);
}

CbClient *
cb_client_page_get_client (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->client;
}

void
cb_client_page_set_client (CbClientPage *self,
                           CbClient     *client)
{
  g_return_if_fail (CB_IS_CLIENT_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, update_read_only, self);

  g_set_object (&self->client, client);

  if (client != NULL)
    g_signal_connect_swapped (client, "notify::read-only", G_CALLBACK (update_read_only), self);

  cb_record_editor_set_record (self->editor, CB_RECORD (client));
  cb_agreements_page_set_client (self->agreements_page, client);
  cb_meetings_page_set_client (self->meetings_page, client);
  update_read_only (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

CbRecordEditor *
cb_client_page_get_editor (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->editor;
}

void
cb_client_page_focus_name (CbClientPage *self)
{
  GtkWidget *row;

  g_return_if_fail (CB_IS_CLIENT_PAGE (self));

  row = cb_record_editor_get_editor (self->editor, "name");
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

AdwViewStack *
cb_client_page_get_view_stack (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->view_stack;
}

AdwViewSwitcherBar *
cb_client_page_get_switcher_bar (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->switcher_bar;
}

CbAgreementsPage *
cb_client_page_get_agreements_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->agreements_page;
}

CbMeetingsPage *
cb_client_page_get_meetings_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->meetings_page;
}

const char *
cb_client_page_get_view (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
cb_client_page_set_view (CbClientPage *self,
                         const char   *view)
{
  g_return_if_fail (CB_IS_CLIENT_PAGE (self));
  g_return_if_fail (view != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}
