/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-document-row.h"

struct _CbDocumentRow
{
  GtkWidget   parent_instance;

  CbDocument *document;
  char       *pill_style;

  GtkWidget  *box;
  GtkImage   *icon;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkLabel   *pill;
};

G_DEFINE_FINAL_TYPE (CbDocumentRow, cb_document_row, GTK_TYPE_WIDGET)

/* What a screen reader says of the row: its title, subtitle and pill. */
static void
update_accessible_label (CbDocumentRow *self)
{
  g_autoptr(GString) label = g_string_new (gtk_label_get_label (self->title_label));

  if (gtk_widget_get_visible (GTK_WIDGET (self->pill)))
    g_string_append_printf (label, ", %s", gtk_label_get_label (self->pill));
  if (*gtk_label_get_label (self->subtitle_label) != '\0')
    g_string_append_printf (label, ", %s", gtk_label_get_label (self->subtitle_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

static void
cb_document_row_dispose (GObject *object)
{
  CbDocumentRow *self = CB_DOCUMENT_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (cb_document_row_parent_class)->dispose (object);
}

static void
cb_document_row_finalize (GObject *object)
{
  CbDocumentRow *self = CB_DOCUMENT_ROW (object);

  g_free (self->pill_style);

  G_OBJECT_CLASS (cb_document_row_parent_class)->finalize (object);
}

static void
cb_document_row_class_init (CbDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_document_row_dispose;
  object_class->finalize = cb_document_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cb-document-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cb_document_row_init (CbDocumentRow *self)
{
  GtkWidget *text, *arrow;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        "valign", GTK_ALIGN_CENTER,
                                        NULL));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->icon));

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  self->title_label = GTK_LABEL (g_object_new (GTK_TYPE_LABEL,
                                               "xalign", 0.0f,
                                               "ellipsize", PANGO_ELLIPSIZE_END,
                                               NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title");
  self->subtitle_label = GTK_LABEL (g_object_new (GTK_TYPE_LABEL,
                                                  "xalign", 0.0f,
                                                  "ellipsize", PANGO_ELLIPSIZE_END,
                                                  "visible", FALSE,
                                                  NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "subtitle");
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->subtitle_label));
  gtk_box_append (GTK_BOX (self->box), text);

  self->pill = GTK_LABEL (g_object_new (GTK_TYPE_LABEL,
                                        "valign", GTK_ALIGN_CENTER,
                                        "visible", FALSE,
                                        NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->pill), "cb-status-pill");
  gtk_widget_add_css_class (GTK_WIDGET (self->pill), "caption");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->pill));

  arrow = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "go-next-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_box_append (GTK_BOX (self->box), arrow);
}

GtkWidget *
cb_document_row_new (void)
{
  return g_object_new (CB_TYPE_DOCUMENT_ROW, NULL);
}

CbDocument *
cb_document_row_get_document (CbDocumentRow *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
}

void
cb_document_row_set_document (CbDocumentRow *self,
                              CbDocument    *document)
{
  g_return_if_fail (CB_IS_DOCUMENT_ROW (self));
  g_return_if_fail (document == NULL || CB_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
}

void
cb_document_row_set_icon_name (CbDocumentRow *self,
                               const char    *icon_name)
{
  g_return_if_fail (CB_IS_DOCUMENT_ROW (self));

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
}

void
cb_document_row_set_title (CbDocumentRow *self,
                           const char    *title)
{
  g_return_if_fail (CB_IS_DOCUMENT_ROW (self));

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  update_accessible_label (self);
}

void
cb_document_row_set_subtitle (CbDocumentRow *self,
                              const char    *subtitle)
{
  g_return_if_fail (CB_IS_DOCUMENT_ROW (self));

  gtk_label_set_label (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');
  update_accessible_label (self);
}

void
cb_document_row_set_pill (CbDocumentRow *self,
                          const char    *text,
                          const char    *style_class)
{
  g_return_if_fail (CB_IS_DOCUMENT_ROW (self));

  if (self->pill_style != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->pill), self->pill_style);
  g_clear_pointer (&self->pill_style, g_free);

  gtk_label_set_label (self->pill, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->pill), text != NULL && *text != '\0');
  if (style_class != NULL)
    {
      self->pill_style = g_strdup (style_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->pill), style_class);
    }
  update_accessible_label (self);
}

const char *
cb_document_row_get_title (CbDocumentRow *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

const char *
cb_document_row_get_subtitle (CbDocumentRow *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT_ROW (self), NULL);

  return gtk_label_get_label (self->subtitle_label);
}

const char *
cb_document_row_get_pill (CbDocumentRow *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->pill)) ? gtk_label_get_label (self->pill) : NULL;
}

GtkLabel *
cb_document_row_get_pill_label (CbDocumentRow *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT_ROW (self), NULL);

  return self->pill;
}
