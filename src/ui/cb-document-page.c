/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-document-list.h"
#include "cb-document-page-private.h"
#include "cb-document-types.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-record-editor.h"
#include "cb-view.h"
#include "cb-trickle.h"

typedef struct
{
  GType               document_type;
  CbDocument         *owner;
  CbDocument         *document;        /* open, or NULL */
  GListModel         *documents;
  GtkSingleSelection *selection;
  GSimpleActionGroup *actions;
  GMenu              *document_menu;
  GMenu              *list_menu;
  GtkWidget          *editor;           /* made on first open */
  gboolean            has_private;
  gboolean            single;           /* one per owner: no list, the document is open */

  /* template */
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  AdwBin             *empty_new_bin;
  GtkLabel           *list_title_label;
  GtkLabel           *list_description_label;
  AdwBin             *list_new_bin;
  AdwBin             *list_header_bin;
  GtkListView        *list_view;
  AdwBin             *editor_bin;
} CbDocumentPagePrivate;

static void cb_document_page_view_init (CbViewInterface *iface);

G_DEFINE_TYPE_WITH_CODE (CbDocumentPage, cb_document_page, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (CbDocumentPage)
                         G_IMPLEMENT_INTERFACE (CB_TYPE_VIEW, cb_document_page_view_init))

enum {
  PROP_0,
  PROP_DOCUMENT_TYPE,
  PROP_OWNER,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define ROW_HANDLER_KEY "cb-document-page-handler"

static CbDocumentClass *
document_class (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  return g_type_class_peek (priv->document_type);
}

/* "_Meetings" → "Meetings": a view title as a heading. */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label != NULL ? label : ""; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static gboolean
type_has_private_fields (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const CbFieldSpec *fields;
  guint n_fields;

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].flags & CB_FIELD_FLAG_PRIVATE)
      return TRUE;

  return FALSE;
}

static void
update_actions (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  gboolean has_owner = priv->owner != NULL && cb_document_get_owner_kind (priv->owner) != CB_DOCUMENT_OWNER_NONE;
  gboolean open = priv->document != NULL;
  gboolean editable = cb_document_page_get_editable (self);

  cb_document_page_set_action_enabled (self, "new", has_owner);
  cb_document_page_set_action_enabled (self, "close", open && !priv->single);
  cb_document_page_set_action_enabled (self, "delete", open && editable);
  cb_document_page_set_action_enabled (self, "print", open);
  cb_document_page_set_action_enabled (self, "export-pdf", open);
  cb_document_page_set_action_enabled (self, "print-blank", TRUE);
  cb_document_page_set_action_enabled (self, "include-private", priv->has_private);

  if (CB_DOCUMENT_PAGE_GET_CLASS (self)->update_actions != NULL)
    CB_DOCUMENT_PAGE_GET_CLASS (self)->update_actions (self);
}

static void
update_view (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  const char *name;

  /* A type of one per owner shows its document as soon as there is one. */
  if (priv->single && priv->document == NULL && priv->documents != NULL &&
      g_list_model_get_n_items (priv->documents) > 0)
    {
      g_autoptr(CbDocument) first = g_list_model_get_item (priv->documents, 0);

      cb_document_page_open (self, first);
      return;
    }

  if (priv->document != NULL)
    name = "editor";
  else if (priv->documents != NULL && g_list_model_get_n_items (priv->documents) > 0)
    name = "list";
  else
    name = "empty";

  if (g_strcmp0 (gtk_stack_get_visible_child_name (priv->stack), name) == 0)
    return;

  gtk_stack_set_visible_child_name (priv->stack, name);
  cb_view_changed (CB_VIEW (self));
}

/* Rows */

static void
rebind_row (CbDocumentRow *row)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (row), CB_TYPE_DOCUMENT_PAGE));
  CbDocument *document = cb_document_row_get_document (row);

  if (self != NULL && document != NULL)
    CB_DOCUMENT_PAGE_GET_CLASS (self)->bind_row (self, row, document);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     CbDocumentPage           *self)
{
  gtk_list_item_set_child (item, cb_document_row_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    CbDocumentPage           *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentRow *row = CB_DOCUMENT_ROW (gtk_list_item_get_child (item));
  CbDocument *document = gtk_list_item_get_item (item);
  gulong handler;

  cb_document_row_set_document (row, document);
  CB_DOCUMENT_PAGE_GET_CLASS (self)->bind_row (self, row, document);
  cb_list_item_mark_position (item, G_LIST_MODEL (priv->selection), NULL);

  handler = g_signal_connect_object (document, "changed", G_CALLBACK (rebind_row), row, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), ROW_HANDLER_KEY, GSIZE_TO_POINTER (handler));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      CbDocumentPage           *self)
{
  CbDocumentRow *row = CB_DOCUMENT_ROW (gtk_list_item_get_child (item));
  CbDocument *document = cb_document_row_get_document (row);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), ROW_HANDLER_KEY));

  if (document != NULL && handler != 0)
    g_signal_handler_disconnect (document, handler);
  g_object_set_data (G_OBJECT (row), ROW_HANDLER_KEY, NULL);
  cb_document_row_set_document (row, NULL);
}

static void
on_list_view_activate_cb (CbDocumentPage *self,
                          guint           position)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  g_autoptr(CbDocument) document = NULL;

  if (priv->documents == NULL)
    return;

  document = g_list_model_get_item (priv->documents, position);
  if (document != NULL)
    cb_document_page_open (self, document);
}

static void
on_documents_items_changed_cb (CbDocumentPage *self,
                               guint           position,
                               guint           removed,
                               guint           added,
                               GListModel     *documents)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  /* The open document went away (deleted here or elsewhere): back to the list. */
  if (priv->document != NULL && cb_document_get_parent (priv->document) != priv->owner)
    cb_document_page_close (self);

  update_view (self);
}

/* Default class handlers */

static CbDocument *
cb_document_page_real_create_document (CbDocumentPage *self,
                                       const char     *kind)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  return cb_document_new_dated (priv->document_type, NULL);
}

static GtkWidget *
cb_document_page_real_create_editor (CbDocumentPage *self)
{
  return cb_record_editor_new ();
}

static void
cb_document_page_real_set_editor_document (CbDocumentPage *self,
                                           GtkWidget      *editor,
                                           CbDocument     *document)
{
  cb_record_editor_set_record (CB_RECORD_EDITOR (editor), CB_RECORD (document));
}

static void
cb_document_page_real_bind_row (CbDocumentPage *self,
                                CbDocumentRow  *row,
                                CbDocument     *document)
{
  CbDocumentClass *klass = CB_DOCUMENT_GET_CLASS (document);
  g_autofree char *title = cb_document_dup_title (document);
  g_autofree char *date = NULL;

  if (klass->date_field != NULL)
    date = cb_format_date (cb_record_get_string (CB_RECORD (document), klass->date_field));

  cb_document_row_set_icon_name (row, klass->icon_name);
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, date);
}

static CbDocument *
cb_document_page_real_create_blank (CbDocumentPage *self,
                                    CbDocument     *open)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  return g_object_new (priv->document_type, NULL);
}

static CbForm *
cb_document_page_real_describe (CbDocumentPage      *self,
                                CbDocument          *document,
                                const CbFormContext *context)
{
  return cb_document_describe_form (document, context);
}

/* Undo */

typedef struct
{
  CbDocument *owner;
  CbDocument *document;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->owner);
  g_clear_object (&undo->document);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  /* Only while the owner is still in the book: a deleted client keeps
   * what it held when it is brought back. */
  if (undo->document == NULL || cb_document_get_root (undo->owner) == undo->owner)
    {
      if (cb_document_get_owner_kind (undo->owner) != CB_DOCUMENT_OWNER_COACH)
        return;
    }

  cb_document_add_child (undo->owner, undo->document);
  g_clear_object (&undo->document);
}

/* Actions */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  cb_document_page_new_document (CB_DOCUMENT_PAGE (user_data), g_variant_get_string (parameter, NULL));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CbDocumentPage *self = user_data;
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  const char *id = g_variant_get_string (parameter, NULL);
  guint n = priv->documents != NULL ? g_list_model_get_n_items (priv->documents) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (priv->documents, i);

      if (g_strcmp0 (cb_document_get_id (document), id) == 0)
        {
          cb_document_page_open (self, document);
          return;
        }
    }
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_document_page_close (CB_DOCUMENT_PAGE (user_data));
}

static void
delete_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CbDocumentPage *self = user_data;
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  if (priv->document != NULL)
    cb_document_page_delete_document (self, priv->document);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbDocumentPage *self = user_data;
  g_autoptr(CbForm) form = cb_document_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbDocumentPage *self = user_data;
  g_autoptr(CbForm) form = cb_document_page_describe (self, TRUE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbDocumentPage *self = user_data;
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  g_autoptr(CbForm) form = cb_document_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_export_document_form (GTK_WIDGET (self), form, priv->document,
                                CB_IS_CLIENT (priv->owner) ? CB_CLIENT (priv->owner) : NULL);
}

static void
include_private_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  g_simple_action_set_state (action, parameter);
}

static const GActionEntry page_actions[] = {
  { "new", new_action, "s", NULL, NULL },
  { "open", open_action, "s", NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "delete", delete_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "include-private", NULL, NULL, "false", include_private_action },
};

/* Building the page for its type */

static GtkWidget *
create_new_button (CbDocumentPage *self,
                   gboolean        pill)
{
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  const char *label = klass->new_label != NULL ? g_dgettext (GETTEXT_PACKAGE, klass->new_label) : _("_New");
  GtkWidget *button;

  if (klass->fill_new_menu != NULL)
    klass->fill_new_menu (self, menu);

  if (g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0)
    {
      button = g_object_new (GTK_TYPE_MENU_BUTTON,
                             "menu-model", menu,
                             "use-underline", TRUE,
                             NULL);
      if (pill)
        gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
      else
        gtk_menu_button_set_child (GTK_MENU_BUTTON (button),
                                   g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                 "icon-name", "list-add-symbolic",
                                                 "label", label,
                                                 "use-underline", TRUE,
                                                 NULL));
    }
  else
    {
      button = g_object_new (GTK_TYPE_BUTTON,
                             "action-name", "view.new",
                             "action-target", g_variant_new_string (""),
                             NULL);
      if (pill)
        {
          gtk_button_set_label (GTK_BUTTON (button), label);
          gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
        }
      else
        gtk_button_set_child (GTK_BUTTON (button),
                              g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                            "icon-name", "list-add-symbolic",
                                            "label", label,
                                            "use-underline", TRUE,
                                            NULL));
    }

  if (klass->new_tooltip != NULL)
    gtk_widget_set_tooltip_text (button, g_dgettext (GETTEXT_PACKAGE, klass->new_tooltip));

  if (pill)
    {
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
    }
  else
    gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
build_menus (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);
  g_autoptr(GMenu) print = g_menu_new ();
  g_autoptr(GMenu) extra = g_menu_new ();
  g_autoptr(GMenu) trash = g_menu_new ();
  g_autoptr(GMenu) blank = g_menu_new ();

  g_menu_append (print, _("_Print…"), "view.print");
  g_menu_append (print, _("_Export as PDF…"), "view.export-pdf");
  g_menu_append (print, _("Print _Blank Form…"), "view.print-blank");
  if (priv->has_private)
    g_menu_append (print, _("_Include Private Notes"), "view.include-private");

  if (klass->fill_menu != NULL)
    klass->fill_menu (self, extra);

  g_menu_append (trash, _("Move to _Trash"), "view.delete");

  priv->document_menu = g_menu_new ();
  g_menu_append_section (priv->document_menu, NULL, G_MENU_MODEL (print));
  if (g_menu_model_get_n_items (G_MENU_MODEL (extra)) > 0)
    g_menu_append_section (priv->document_menu, NULL, G_MENU_MODEL (extra));
  g_menu_append_section (priv->document_menu, NULL, G_MENU_MODEL (trash));

  g_menu_append (blank, _("Print _Blank Form…"), "view.print-blank");
  priv->list_menu = g_menu_new ();
  g_menu_append_section (priv->list_menu, NULL, G_MENU_MODEL (blank));
  if (klass->fill_list_menu != NULL)
    {
      g_autoptr(GMenu) list_extra = g_menu_new ();

      klass->fill_list_menu (self, list_extra);
      if (g_menu_model_get_n_items (G_MENU_MODEL (list_extra)) > 0)
        g_menu_append_section (priv->list_menu, NULL, G_MENU_MODEL (list_extra));
    }
}

static void
setup_for_type (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);
  CbDocumentClass *doc_class;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autofree char *heading = NULL;

  if (priv->document_type == G_TYPE_INVALID)
    priv->document_type = klass->document_type;
  g_return_if_fail (g_type_is_a (priv->document_type, CB_TYPE_DOCUMENT));

  doc_class = g_type_class_ref (priv->document_type);   /* document classes live on */
  priv->has_private = type_has_private_fields (priv->document_type);
  priv->single = doc_class->single;

  adw_status_page_set_icon_name (priv->status_page, doc_class->icon_name);
  adw_status_page_set_title (priv->status_page,
                             klass->empty_title != NULL ? g_dgettext (GETTEXT_PACKAGE, klass->empty_title)
                                                        : _("Nothing Here Yet"));
  if (klass->empty_description != NULL)
    adw_status_page_set_description (priv->status_page, g_dgettext (GETTEXT_PACKAGE, klass->empty_description));
  adw_bin_set_child (priv->empty_new_bin, create_new_button (self, TRUE));

  heading = strip_mnemonic (doc_class->view_title != NULL ? g_dgettext (GETTEXT_PACKAGE, doc_class->view_title) : "");
  gtk_label_set_label (priv->list_description_label,
                       klass->list_description != NULL ? g_dgettext (GETTEXT_PACKAGE, klass->list_description)
                                                       : _("Newest first."));
  adw_bin_set_child (priv->list_new_bin, create_new_button (self, FALSE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (priv->list_view, factory);

  build_menus (self);

  if (klass->create_list_header != NULL)
    {
      GtkWidget *header = klass->create_list_header (self);

      adw_bin_set_child (priv->list_header_bin, header);
      gtk_widget_set_visible (GTK_WIDGET (priv->list_header_bin), header != NULL);
    }
}

/* CbView */

static const char *
cb_document_page_real_get_help_page (CbDocumentPage *self)
{
  CbDocumentClass *klass = document_class (self);

  return klass != NULL && klass->help_page != NULL ? klass->help_page : "index";
}

static const char *
cb_document_page_get_help_page (CbView *view)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (view);

  return CB_DOCUMENT_PAGE_GET_CLASS (self)->get_help_page (self);
}

static GActionGroup *
cb_document_page_view_get_actions (CbView *view)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (CB_DOCUMENT_PAGE (view));

  return G_ACTION_GROUP (priv->actions);
}

static GMenuModel *
cb_document_page_get_menu (CbView *view)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (CB_DOCUMENT_PAGE (view));

  return G_MENU_MODEL (priv->document != NULL ? priv->document_menu : priv->list_menu);
}

static GtkWidget *
cb_document_page_get_header_widget (CbView *view)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (view);
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);

  if (priv->document == NULL || klass->get_header_widget == NULL)
    return NULL;

  return klass->get_header_widget (self);
}

static gboolean
cb_document_page_get_can_close (CbView *view)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (CB_DOCUMENT_PAGE (view));

  return priv->document != NULL && !priv->single;
}

static char *
cb_document_page_dup_title (CbView *view)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (view);
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentClass *klass = document_class (self);
  const char *title;

  if (priv->owner == NULL)
    return NULL;

  /* A client's documents are shown under the client's name (the client
   * page says so); the coach's own under the type's. */
  if (cb_document_get_owner_kind (priv->owner) == CB_DOCUMENT_OWNER_CLIENT)
    return cb_document_dup_title (priv->owner);

  title = klass->coach_view_title != NULL ? klass->coach_view_title : klass->view_title;
  return strip_mnemonic (title != NULL ? g_dgettext (GETTEXT_PACKAGE, title) : "");
}

static char *
cb_document_page_dup_subtitle (CbView *view)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (CB_DOCUMENT_PAGE (view));

  if (priv->document != NULL)
    return cb_document_dup_title (priv->document);

  return NULL;
}

static void
cb_document_page_view_init (CbViewInterface *iface)
{
  iface->get_help_page = cb_document_page_get_help_page;
  iface->get_actions = cb_document_page_view_get_actions;
  iface->get_menu = cb_document_page_get_menu;
  iface->get_header_widget = cb_document_page_get_header_widget;
  iface->get_can_close = cb_document_page_get_can_close;
  iface->dup_title = cb_document_page_dup_title;
  iface->dup_subtitle = cb_document_page_dup_subtitle;
}

/* GObject */

static void
on_document_notify_cb (CbDocumentPage *self)
{
  update_actions (self);
  cb_view_changed (CB_VIEW (self));
}

static void
cb_document_page_constructed (GObject *object)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (object);

  G_OBJECT_CLASS (cb_document_page_parent_class)->constructed (object);

  setup_for_type (self);
  update_actions (self);
  update_view (self);
}

static void
cb_document_page_dispose (GObject *object)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (object);
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  cb_document_page_set_owner (self, NULL);
  if (priv->list_view != NULL)
    gtk_list_view_set_model (priv->list_view, NULL);
  g_clear_object (&priv->selection);

  /* The template's child goes with AdwBin's (GTK 4.8's
   * gtk_widget_dispose_template() looks for the template on the
   * instance's class, which a type's page does not have). */
  g_clear_object (&priv->actions);
  g_clear_object (&priv->document_menu);
  g_clear_object (&priv->list_menu);

  G_OBJECT_CLASS (cb_document_page_parent_class)->dispose (object);
}

static void
cb_document_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (object);
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DOCUMENT_TYPE:
      g_value_set_gtype (value, priv->document_type);
      break;

    case PROP_OWNER:
      g_value_set_object (value, priv->owner);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, priv->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_document_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CbDocumentPage *self = CB_DOCUMENT_PAGE (object);
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DOCUMENT_TYPE:
      priv->document_type = g_value_get_gtype (value);
      break;

    case PROP_OWNER:
      cb_document_page_set_owner (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_document_page_class_init (CbDocumentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cb_document_page_constructed;
  object_class->dispose = cb_document_page_dispose;
  object_class->get_property = cb_document_page_get_property;
  object_class->set_property = cb_document_page_set_property;

  klass->create_document = cb_document_page_real_create_document;
  klass->create_editor = cb_document_page_real_create_editor;
  klass->set_editor_document = cb_document_page_real_set_editor_document;
  klass->bind_row = cb_document_page_real_bind_row;
  klass->create_blank = cb_document_page_real_create_blank;
  klass->describe = cb_document_page_real_describe;
  klass->get_help_page = cb_document_page_real_get_help_page;

  properties[PROP_DOCUMENT_TYPE] =
    g_param_spec_gtype ("document-type", NULL, NULL,
                        CB_TYPE_DOCUMENT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         CB_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         CB_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-document-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, stack);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, status_page);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, empty_new_bin);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, list_title_label);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, list_description_label);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, list_new_bin);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, list_header_bin);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, list_view);
  gtk_widget_class_bind_template_child_private (widget_class, CbDocumentPage, editor_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
cb_document_page_init (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  priv->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (priv->actions));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
cb_document_page_new (GType document_type)
{
  g_return_val_if_fail (g_type_is_a (document_type, CB_TYPE_DOCUMENT), NULL);

  return g_object_new (CB_TYPE_DOCUMENT_PAGE, "document-type", document_type, NULL);
}

GtkWidget *
cb_document_page_new_for_type (GType document_type)
{
  GType page_type;

  g_return_val_if_fail (g_type_is_a (document_type, CB_TYPE_DOCUMENT), NULL);

  page_type = cb_document_page_lookup (document_type);
  return g_object_new (page_type, "document-type", document_type, NULL);
}

GType
cb_document_page_get_document_type (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), G_TYPE_INVALID);

  return priv->document_type;
}

CbDocument *
cb_document_page_get_owner (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return priv->owner;
}

void
cb_document_page_set_owner (CbDocumentPage *self,
                            CbDocument     *owner)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));
  g_return_if_fail (owner == NULL || CB_IS_DOCUMENT (owner));

  if (priv->owner == owner)
    return;

  cb_document_page_close (self);

  if (priv->documents != NULL)
    g_signal_handlers_disconnect_by_func (priv->documents, on_documents_items_changed_cb, self);
  if (priv->list_view != NULL)
    gtk_list_view_set_model (priv->list_view, NULL);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->documents);

  g_set_object (&priv->owner, owner);

  /* The list is headed as the view is called: "Plans" of a client, the
   * coach's own "Development Plan". */
  {
    CbDocumentClass *klass = document_class (self);
    const char *title = owner != NULL && cb_document_get_owner_kind (owner) == CB_DOCUMENT_OWNER_COACH &&
                        klass->coach_view_title != NULL ? klass->coach_view_title : klass->view_title;
    g_autofree char *heading = strip_mnemonic (title != NULL ? g_dgettext (GETTEXT_PACKAGE, title) : "");

    gtk_label_set_label (priv->list_title_label, heading);
  }

  if (owner != NULL && cb_document_get_children (owner) != NULL)
    {
      priv->documents = cb_document_list_new (owner, priv->document_type);
      g_signal_connect_object (priv->documents, "items-changed",
                               G_CALLBACK (on_documents_items_changed_cb), self, G_CONNECT_SWAPPED);
      priv->selection = gtk_single_selection_new (G_LIST_MODEL (cb_trickle_new (g_object_ref (priv->documents),
                                                                              GTK_WIDGET (priv->list_view))));
      gtk_single_selection_set_autoselect (priv->selection, FALSE);
      gtk_single_selection_set_can_unselect (priv->selection, TRUE);
      gtk_single_selection_set_selected (priv->selection, GTK_INVALID_LIST_POSITION);
      gtk_list_view_set_model (priv->list_view, GTK_SELECTION_MODEL (priv->selection));
    }

  update_actions (self);
  update_view (self);
  cb_view_changed (CB_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

GListModel *
cb_document_page_get_documents (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return priv->documents;
}

const char *
cb_document_page_get_view (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (priv->stack);
}

CbDocument *
cb_document_page_get_document (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return priv->document;
}

static void
open_document (CbDocumentPage *self,
               CbDocument     *document,
               gboolean        is_new)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);

  g_return_if_fail (document == NULL || G_TYPE_CHECK_INSTANCE_TYPE (document, priv->document_type));

  if (priv->document == document)
    {
      if (document != NULL && klass->document_opened != NULL)
        klass->document_opened (self, document, is_new);
      return;
    }

  if (priv->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->document, on_document_notify_cb, self);
      g_clear_object (&priv->document);
    }

  if (document != NULL)
    {
      priv->document = g_object_ref (document);
      g_signal_connect_object (document, "notify::read-only", G_CALLBACK (on_document_notify_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::title", G_CALLBACK (on_document_notify_cb),
                               self, G_CONNECT_SWAPPED);
      if (priv->editor == NULL)
        {
          priv->editor = klass->create_editor (self);
          adw_bin_set_child (priv->editor_bin, priv->editor);
        }
    }

  if (priv->editor != NULL)
    klass->set_editor_document (self, priv->editor, document);

  update_actions (self);
  update_view (self);
  cb_view_changed (CB_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  if (document != NULL && klass->document_opened != NULL)
    klass->document_opened (self, document, is_new);
}

void
cb_document_page_open (CbDocumentPage *self,
                       CbDocument     *document)
{
  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));
  g_return_if_fail (document == NULL || CB_IS_DOCUMENT (document));

  open_document (self, document, FALSE);
}

void
cb_document_page_close (CbDocumentPage *self)
{
  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));

  open_document (self, NULL, FALSE);
}

CbDocument *
cb_document_page_new_document (CbDocumentPage *self,
                               const char     *kind)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  g_autoptr(CbDocument) document = NULL;

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  if (priv->owner == NULL || cb_document_get_owner_kind (priv->owner) == CB_DOCUMENT_OWNER_NONE)
    return NULL;

  document = CB_DOCUMENT_PAGE_GET_CLASS (self)->create_document (self, kind != NULL ? kind : "");
  if (document == NULL)
    return NULL;

  /* view → model → store: the owner takes it, the store notices and saves it. */
  cb_document_add_child (priv->owner, document);
  open_document (self, document, TRUE);

  return document;
}

gboolean
cb_document_page_popup_new_menu (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  AdwBin *bin;
  GtkWidget *button;

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), FALSE);

  if (priv->document != NULL)
    cb_document_page_close (self);

  bin = g_strcmp0 (cb_document_page_get_view (self), "empty") == 0 ? priv->empty_new_bin : priv->list_new_bin;
  button = adw_bin_get_child (bin);
  if (!GTK_IS_MENU_BUTTON (button))
    return FALSE;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  return TRUE;
}

void
cb_document_page_delete_document (CbDocumentPage *self,
                                  CbDocument     *document)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  g_autofree char *title = NULL;
  AdwToast *toast;
  Undo *undo;

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));
  g_return_if_fail (CB_IS_DOCUMENT (document));

  if (priv->owner == NULL || cb_document_get_parent (document) != priv->owner ||
      cb_document_get_read_only (document))
    return;

  title = cb_document_dup_title (document);
  undo = g_new0 (Undo, 1);
  undo->owner = g_object_ref (priv->owner);
  undo->document = g_object_ref (document);

  if (priv->document == document)
    cb_document_page_close (self);
  cb_document_remove_child (priv->owner, document);

  /* Translators: %s is the title of a document, e.g. "Meeting on 3 March 2026" */
  toast = adw_toast_new_format (_("“%s” moved to the trash"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_free, 0);
  cb_view_add_toast (GTK_WIDGET (self), toast);
}

CbForm *
cb_document_page_describe (CbDocumentPage *self,
                           gboolean        blank)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  CbDocumentPageClass *klass = CB_DOCUMENT_PAGE_GET_CLASS (self);
  g_autoptr(CbDocument) empty = NULL;
  g_autofree char *client_name = NULL;
  CbDocument *root;
  CbFormContext context = { 0, };

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  if (priv->document == NULL && !blank)
    return NULL;

  root = priv->owner != NULL ? cb_document_get_root (priv->owner) : NULL;
  if (!blank && CB_IS_CLIENT (priv->owner))
    client_name = cb_client_dup_display_name (CB_CLIENT (priv->owner));

  context.practice_name = CB_IS_PRACTICE (root) ? cb_practice_get_name (CB_PRACTICE (root)) : NULL;
  context.client_name = client_name;
  context.blank = blank;
  context.include_private = !blank && cb_document_page_get_include_private (self);

  if (blank)
    empty = klass->create_blank (self, priv->document);

  return klass->describe (self, blank ? empty : priv->document, &context);
}

void
cb_document_page_export_pdf (CbDocumentPage *self,
                             GFile          *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  form = cb_document_page_describe (self, FALSE);
  g_return_if_fail (form != NULL);

  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}

gboolean
cb_document_page_get_include_private (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  g_autoptr(GVariant) state = NULL;

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), FALSE);

  state = g_action_group_get_action_state (G_ACTION_GROUP (priv->actions), "include-private");
  return priv->has_private && state != NULL && g_variant_get_boolean (state);
}

GActionGroup *
cb_document_page_get_actions (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return G_ACTION_GROUP (priv->actions);
}

void
cb_document_page_add_actions (CbDocumentPage     *self,
                              const GActionEntry *entries,
                              guint               n_entries)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));

  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), entries, n_entries, self);
}

void
cb_document_page_set_action_enabled (CbDocumentPage *self,
                                     const char     *name,
                                     gboolean        enabled)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);
  GAction *action;

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));

  action = g_action_map_lookup_action (G_ACTION_MAP (priv->actions), name);
  g_return_if_fail (G_IS_SIMPLE_ACTION (action));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

gboolean
cb_document_page_get_editable (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), FALSE);

  return priv->document != NULL && cb_record_get_editable (CB_RECORD (priv->document));
}

GtkWidget *
cb_document_page_get_editor (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return priv->editor;
}

GtkListView *
cb_document_page_get_list_view (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return priv->list_view;
}

GtkWidget *
cb_document_page_get_new_button (CbDocumentPage *self)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT_PAGE (self), NULL);

  return adw_bin_get_child (g_strcmp0 (cb_document_page_get_view (self), "empty") == 0 ? priv->empty_new_bin
                                                                                       : priv->list_new_bin);
}

void
cb_document_page_activate_row (CbDocumentPage *self,
                               guint           position)
{
  CbDocumentPagePrivate *priv = cb_document_page_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT_PAGE (self));

  g_signal_emit_by_name (priv->list_view, "activate", position);
}

/* The registry of pages */

static GHashTable *page_types;   /* document GType → page GType; main thread only */

void
cb_document_page_register (GType document_type,
                           GType page_type)
{
  g_return_if_fail (g_type_is_a (document_type, CB_TYPE_DOCUMENT));
  g_return_if_fail (g_type_is_a (page_type, CB_TYPE_DOCUMENT_PAGE));

  if (page_types == NULL)
    page_types = g_hash_table_new (NULL, NULL);

  g_hash_table_insert (page_types, GSIZE_TO_POINTER (document_type), GSIZE_TO_POINTER (page_type));
}

GType
cb_document_page_lookup (GType document_type)
{
  static gsize builtin_registered;
  gpointer page_type;

  g_return_val_if_fail (g_type_is_a (document_type, CB_TYPE_DOCUMENT), G_TYPE_INVALID);

  if (g_once_init_enter (&builtin_registered))
    {
      cb_document_page_register_builtin ();
      g_once_init_leave (&builtin_registered, 1);
    }

  if (page_types != NULL &&
      (page_type = g_hash_table_lookup (page_types, GSIZE_TO_POINTER (document_type))) != NULL)
    return GPOINTER_TO_SIZE (page_type);

  return CB_TYPE_DOCUMENT_PAGE;
}
