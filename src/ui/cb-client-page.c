/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-client-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client-page-private.h"
#include "cb-document-types.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-relationship.h"
#include "cb-view.h"

struct _CbClientPage
{
  AdwBin              parent_instance;

  CbClient           *client;
  GSimpleActionGroup *actions;          /* "client." */
  GSimpleActionGroup *profile_actions;  /* "view." of the profile */
  GPtrArray          *pages;            /* CbDocumentPage, one per type with a view */
  GHashTable         *windows;          /* GType → GtkWindow of a single type (weak) */
  GMenu              *client_menu;      /* the client's own section of every menu */
  GMenu              *profile_menu;
  GMenu              *menu;             /* the menu last handed to the window */

  GtkRevealer        *read_only_revealer;
  CbRecordEditor     *editor;
  AdwViewStack       *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  CbLifecycleStepper *stepper;
};

static void cb_client_page_view_init (CbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbClientPage, cb_client_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CB_TYPE_VIEW, cb_client_page_view_init))

enum {
  PROP_0,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CbPractice *
get_practice (CbClientPage *self)
{
  return self->client != NULL ? cb_client_get_practice (self->client) : NULL;
}

/* The document page shown, or NULL on the profile. */
static CbDocumentPage *
shown_page (CbClientPage *self)
{
  GtkWidget *child;

  if (self->view_stack == NULL)
    return NULL;

  child = adw_view_stack_get_visible_child (self->view_stack);

  return CB_IS_DOCUMENT_PAGE (child) ? CB_DOCUMENT_PAGE (child) : NULL;
}

static void
set_enabled (GSimpleActionGroup *group,
             const char         *name,
             gboolean            enabled)
{
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), name)), enabled);
}

static void
update_read_only (CbClientPage *self)
{
  gboolean read_only = self->client != NULL && cb_document_get_read_only (CB_DOCUMENT (self->client));

  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static void
update_actions (CbClientPage *self)
{
  gboolean has_client = self->client != NULL && get_practice (self) != NULL;
  gboolean editable = has_client && !cb_document_get_read_only (CB_DOCUMENT (self->client));

  set_enabled (self->actions, "next-step", editable);
  set_enabled (self->actions, "open-document", has_client);
  set_enabled (self->actions, "open-single", has_client);
  set_enabled (self->actions, "end-relationship",
               editable && cb_client_get_status (self->client) != CB_CLIENT_STATUS_ENDED);

  set_enabled (self->profile_actions, "print", self->client != NULL);
  set_enabled (self->profile_actions, "export-pdf", self->client != NULL);
  set_enabled (self->profile_actions, "delete", has_client);
}

static void
on_client_notify_cb (CbClientPage *self)
{
  update_read_only (self);
  update_actions (self);
  cb_view_changed (CB_VIEW (self));
}

static void
on_page_changed_cb (CbClientPage   *self,
                    CbDocumentPage *page)
{
  if (shown_page (self) == page)
    cb_view_changed (CB_VIEW (self));
}

static void
on_visible_child_cb (CbClientPage *self)
{
  cb_view_changed (CB_VIEW (self));
}

/* A type of one per client, in a window of its own. */

static void
on_document_window_destroy_cb (GtkWidget    *window,
                               CbClientPage *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->windows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == window)
      g_hash_table_iter_remove (&iter);
}

static void
close_document_windows (CbClientPage *self)
{
  g_autoptr(GList) windows = g_hash_table_get_values (self->windows);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
}

static void
open_single (CbClientPage *self,
             GType         type)
{
  CbDocumentClass *klass = g_type_class_peek (type);
  g_autofree char *title = NULL;
  GtkWidget *window, *overlay, *box, *header, *menu_button, *page;
  GtkRoot *root;

  if (self->client == NULL || klass == NULL)
    return;

  window = g_hash_table_lookup (self->windows, GSIZE_TO_POINTER (type));
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));

  page = cb_document_page_new_for_type (type);
  gtk_widget_set_vexpand (page, TRUE);
  cb_document_page_set_owner (CB_DOCUMENT_PAGE (page), CB_DOCUMENT (self->client));
  if (cb_document_page_get_document (CB_DOCUMENT_PAGE (page)) == NULL)
    cb_document_page_new_document (CB_DOCUMENT_PAGE (page), "");

  root = gtk_widget_get_root (GTK_WIDGET (self));
  title = cb_view_dup_title (CB_VIEW (page));
  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", klass->view_title != NULL ? g_dgettext (GETTEXT_PACKAGE, klass->view_title) : "",
                         "default-width", 720,
                         "default-height", 760,
                         "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                         "destroy-with-parent", TRUE,
                         NULL);

  /* The window's header reaches the page's actions as the main window's does. */
  gtk_widget_insert_action_group (window, "view", cb_view_get_actions (CB_VIEW (page)));
  header = adw_header_bar_new ();
  menu_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                              "icon-name", "view-more-symbolic",
                              "menu-model", cb_view_get_menu (CB_VIEW (page)),
                              "tooltip-text", _("Print, Export or Delete"),
                              NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document menu"),
                                  -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu_button);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);

  g_hash_table_insert (self->windows, GSIZE_TO_POINTER (type), window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_document_window_destroy_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_ending_dialog_ended_cb (CbEndingDialog *dialog,
                           CbDocument     *review,
                           CbDocument     *evaluation,
                           CbClientPage   *self)
{
  /* The summative review to write first, when one was made. */
  if (review != NULL)
    cb_client_page_open_document (self, review);
  update_actions (self);
}

/* Actions */

static void
next_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CbClientPage *self = user_data;
  CbNextStep step;
  CbDocumentPage *page;
  GType type;

  if (self->client == NULL)
    return;

  step = cb_relationship_suggest (self->client, NULL);
  type = cb_document_type_from_name (step.document_type);

  switch (step.action)
    {
    case CB_NEXT_STEP_ACTION_NEW:
      page = cb_client_page_get_page (self, type);
      if (page == NULL)
        {
          open_single (self, type);
          break;
        }
      cb_client_page_set_view (self, ((CbDocumentClass *) g_type_class_peek (type))->folder);
      cb_document_page_close (page);
      /* A type of several kinds: the coach chooses, unless the step says which. */
      if (step.document_kind != NULL || !cb_document_page_popup_new_menu (page))
        cb_document_page_new_document (page, step.document_kind);
      break;

    case CB_NEXT_STEP_ACTION_OPEN:
      cb_client_page_open_document (self, cb_client_find_document (self->client, step.document_id));
      break;

    case CB_NEXT_STEP_ACTION_END:
      cb_client_page_end_relationship (self);
      break;

    case CB_NEXT_STEP_ACTION_NONE:
    default:
      break;
    }
}

static void
open_document_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbClientPage *self = user_data;

  if (self->client != NULL)
    cb_client_page_open_document (self, cb_client_find_document (self->client,
                                                                 g_variant_get_string (parameter, NULL)));
}

static void
open_single_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GType type = cb_document_type_from_name (g_variant_get_string (parameter, NULL));

  if (type != G_TYPE_INVALID)
    open_single (CB_CLIENT_PAGE (user_data), type);
}

static void
end_relationship_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cb_client_page_end_relationship (CB_CLIENT_PAGE (user_data));
}

static const GActionEntry page_actions[] = {
  { "next-step", next_step_action, NULL, NULL, NULL },
  { "open-document", open_document_action, "s", NULL, NULL },
  { "open-single", open_single_action, "s", NULL, NULL },
  { "end-relationship", end_relationship_action, NULL, NULL, NULL },
};

/* The profile's own actions: printing the client profile, deleting the client. */

static CbForm *
describe_profile (CbClientPage *self,
                  gboolean      blank)
{
  g_autoptr(CbClient) empty = NULL;
  CbPractice *practice = get_practice (self);
  CbFormContext context = { 0, };

  context.practice_name = practice != NULL ? cb_practice_get_name (practice) : NULL;
  context.blank = blank;

  if (blank)
    empty = cb_client_new ();

  return cb_document_describe_form (CB_DOCUMENT (blank ? empty : self->client), &context);
}

static void
print_profile_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbClientPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->client == NULL)
    return;

  form = describe_profile (self, FALSE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
print_blank_profile_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CbClientPage *self = user_data;
  g_autoptr(CbForm) form = describe_profile (self, TRUE);

  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_profile_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CbClientPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->client == NULL)
    return;

  form = describe_profile (self, FALSE);
  cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->client), self->client);
}

static void
delete_client_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data), "win.delete-client", NULL);
}

static const GActionEntry profile_actions[] = {
  { "print", print_profile_action, NULL, NULL, NULL },
  { "print-blank", print_blank_profile_action, NULL, NULL, NULL },
  { "export-pdf", export_profile_action, NULL, NULL, NULL },
  { "delete", delete_client_action, NULL, NULL, NULL },
};

/* Building the views from the registry */

static void
build_views (CbClientPage *self)
{
  g_autoptr(GMenu) singles = g_menu_new ();
  g_autoptr(GMenu) relationship = g_menu_new ();
  g_autoptr(GMenu) trash = g_menu_new ();
  g_autoptr(GMenu) print = g_menu_new ();
  const GType *types;
  guint n_types;

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      CbDocumentClass *klass = g_type_class_peek (types[i]);
      AdwViewStackPage *stack_page;
      GtkWidget *page;

      if (klass->single)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (g_dgettext (GETTEXT_PACKAGE, klass->menu_label), NULL);

          g_menu_item_set_action_and_target (item, "client.open-single", "s", klass->type_name);
          g_menu_append_item (singles, item);
          continue;
        }

      page = cb_document_page_new_for_type (types[i]);
      stack_page = adw_view_stack_add_titled (self->view_stack, page, klass->folder,
                                              g_dgettext (GETTEXT_PACKAGE, klass->view_title));
      adw_view_stack_page_set_use_underline (stack_page, TRUE);
      adw_view_stack_page_set_icon_name (stack_page, klass->icon_name);
      g_signal_connect_object (page, "changed", G_CALLBACK (on_page_changed_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->pages, page);
    }

  g_menu_append (relationship, _("_End Relationship…"), "client.end-relationship");
  g_menu_append (trash, _("Move Client to _Trash"), "win.delete-client");

  self->client_menu = g_menu_new ();
  if (g_menu_model_get_n_items (G_MENU_MODEL (singles)) > 0)
    g_menu_append_section (self->client_menu, NULL, G_MENU_MODEL (singles));
  g_menu_append_section (self->client_menu, NULL, G_MENU_MODEL (relationship));
  g_menu_append_section (self->client_menu, NULL, G_MENU_MODEL (trash));

  g_menu_append (print, _("_Print Client Profile…"), "view.print");
  g_menu_append (print, _("_Export Client Profile as PDF…"), "view.export-pdf");
  g_menu_append (print, _("Print _Blank Client Profile…"), "view.print-blank");
  self->profile_menu = g_menu_new ();
  g_menu_append_section (self->profile_menu, NULL, G_MENU_MODEL (print));
}

/* CbView */

static const char *
cb_client_page_get_help_page (CbView *view)
{
  CbDocumentPage *page = shown_page (CB_CLIENT_PAGE (view));

  return page != NULL ? cb_view_get_help_page (CB_VIEW (page)) : "clients";
}

static GActionGroup *
cb_client_page_view_get_actions (CbView *view)
{
  CbClientPage *self = CB_CLIENT_PAGE (view);
  CbDocumentPage *page = shown_page (self);

  return page != NULL ? cb_view_get_actions (CB_VIEW (page)) : G_ACTION_GROUP (self->profile_actions);
}

/* The shown view's menu, then the client's own. */
static GMenuModel *
cb_client_page_get_menu (CbView *view)
{
  CbClientPage *self = CB_CLIENT_PAGE (view);
  CbDocumentPage *page = shown_page (self);

  g_clear_object (&self->menu);
  self->menu = g_menu_new ();
  g_menu_append_section (self->menu, NULL,
                         page != NULL ? cb_view_get_menu (CB_VIEW (page)) : G_MENU_MODEL (self->profile_menu));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (self->client_menu));

  return G_MENU_MODEL (self->menu);
}

static GtkWidget *
cb_client_page_get_header_widget (CbView *view)
{
  CbDocumentPage *page = shown_page (CB_CLIENT_PAGE (view));

  return page != NULL ? cb_view_get_header_widget (CB_VIEW (page)) : NULL;
}

static gboolean
cb_client_page_get_can_close (CbView *view)
{
  CbDocumentPage *page = shown_page (CB_CLIENT_PAGE (view));

  return page != NULL && cb_view_get_can_close (CB_VIEW (page));
}

static char *
cb_client_page_dup_title (CbView *view)
{
  CbClientPage *self = CB_CLIENT_PAGE (view);

  return self->client != NULL ? cb_document_dup_title (CB_DOCUMENT (self->client)) : NULL;
}

static char *
cb_client_page_dup_subtitle (CbView *view)
{
  CbClientPage *self = CB_CLIENT_PAGE (view);

  return self->client != NULL ? g_strdup (cb_client_get_organisation (self->client)) : NULL;
}

static void
cb_client_page_view_init (CbViewInterface *iface)
{
  iface->get_help_page = cb_client_page_get_help_page;
  iface->get_actions = cb_client_page_view_get_actions;
  iface->get_menu = cb_client_page_get_menu;
  iface->get_header_widget = cb_client_page_get_header_widget;
  iface->get_can_close = cb_client_page_get_can_close;
  iface->dup_title = cb_client_page_dup_title;
  iface->dup_subtitle = cb_client_page_dup_subtitle;
}

/* GObject */

static void
cb_client_page_dispose (GObject *object)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  if (self->windows != NULL)
    close_document_windows (self);

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, on_client_notify_cb, self);
  g_clear_object (&self->client);

  /* The pages go quietly, and the switcher lets go of the stack before
   * the stack goes. */
  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    g_signal_handlers_disconnect_by_data (self->pages->pdata[i], self);
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_CLIENT_PAGE);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->windows, g_hash_table_unref);
  g_clear_object (&self->actions);
  g_clear_object (&self->profile_actions);
  g_clear_object (&self->client_menu);
  g_clear_object (&self->profile_menu);
  g_clear_object (&self->menu);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, switcher_bar);
}

static void
cb_client_page_init (CbClientPage *self)
{
  GtkWidget *group;

  self->pages = g_ptr_array_new ();
  self->windows = g_hash_table_new (NULL, NULL);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "client", G_ACTION_GROUP (self->actions));

  self->profile_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->profile_actions), profile_actions,
                                   G_N_ELEMENTS (profile_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->profile_actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The stepper tops the profile, above the generated groups. */
  self->stepper = CB_LIFECYCLE_STEPPER (cb_lifecycle_stepper_new ());
  group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->stepper));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->editor), ADW_PREFERENCES_GROUP (group));

  build_views (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_cb), self, G_CONNECT_SWAPPED);

  update_actions (self);
}

/* Public API */

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
    g_signal_handlers_disconnect_by_func (self->client, on_client_notify_cb, self);
  close_document_windows (self);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      g_signal_connect_swapped (client, "notify::read-only", G_CALLBACK (on_client_notify_cb), self);
      g_signal_connect_swapped (client, "notify::status", G_CALLBACK (on_client_notify_cb), self);
      g_signal_connect_swapped (client, "notify::title", G_CALLBACK (on_client_notify_cb), self);
      g_signal_connect_swapped (client, "notify::organisation", G_CALLBACK (on_client_notify_cb), self);
    }

  cb_record_editor_set_record (self->editor, CB_RECORD (client));
  cb_lifecycle_stepper_set_client (self->stepper, client);
  for (guint i = 0; i < self->pages->len; i++)
    cb_document_page_set_owner (self->pages->pdata[i], CB_DOCUMENT (client));
  update_read_only (self);
  update_actions (self);
  cb_view_changed (CB_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
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

CbDocumentPage *
cb_client_page_get_page (CbClientPage *self,
                         GType         document_type)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  for (guint i = 0; i < self->pages->len; i++)
    if (cb_document_page_get_document_type (self->pages->pdata[i]) == document_type)
      return self->pages->pdata[i];

  return NULL;
}

void
cb_client_page_open_document (CbClientPage *self,
                              CbDocument   *document)
{
  CbDocumentPage *page;

  g_return_if_fail (CB_IS_CLIENT_PAGE (self));
  g_return_if_fail (document == NULL || CB_IS_DOCUMENT (document));

  if (document == NULL || self->client == NULL || cb_document_get_parent (document) != CB_DOCUMENT (self->client))
    return;

  page = cb_client_page_get_page (self, G_OBJECT_TYPE (document));
  if (page == NULL)
    {
      open_single (self, G_OBJECT_TYPE (document));
      return;
    }

  cb_client_page_set_view (self, CB_DOCUMENT_GET_CLASS (document)->folder);
  cb_document_page_open (page, document);
}

CbEndingDialog *
cb_client_page_end_relationship (CbClientPage *self)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  if (self->client == NULL || get_practice (self) == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = cb_ending_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 get_practice (self), self->client);
  g_signal_connect_object (dialog, "ended", G_CALLBACK (on_ending_dialog_ended_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return CB_ENDING_DIALOG (dialog);
}

/* Private API */

CbRecordEditor *
cb_client_page_get_editor (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->editor;
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

CbLifecycleStepper *
cb_client_page_get_stepper (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->stepper;
}

GActionGroup *
cb_client_page_get_actions (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

GtkWindow *
cb_client_page_get_document_window (CbClientPage *self,
                                    GType         document_type)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return g_hash_table_lookup (self->windows, GSIZE_TO_POINTER (document_type));
}
