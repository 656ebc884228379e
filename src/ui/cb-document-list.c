/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-list"

#include "config.h"

#include "cb-document-list.h"

/* What the sorter listens for, kept on the sorter. */
typedef struct
{
  GType  type;
  GQuark date_property;
  GQuark time_property;
} Resort;

#define RESORT_KEY "cb-document-list-resort"

static gboolean
filter_type (gpointer item,
             gpointer user_data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (item, GPOINTER_TO_SIZE (user_data));
}

static int
compare (gconstpointer a,
         gconstpointer b,
         gpointer      user_data)
{
  return cb_document_compare_newest_first (CB_DOCUMENT ((gpointer) a), CB_DOCUMENT ((gpointer) b));
}

static void
on_owner_child_changed_cb (CbDocument *owner,
                           CbDocument *child,
                           GParamSpec *pspec,
                           GtkSorter  *sorter)
{
  Resort *resort = g_object_get_data (G_OBJECT (sorter), RESORT_KEY);
  GQuark name = g_param_spec_get_name_quark (pspec);

  if (G_TYPE_CHECK_INSTANCE_TYPE (child, resort->type) && cb_document_get_parent (child) == owner &&
      (name == resort->date_property || name == resort->time_property))
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static GQuark
property_quark (CbDocumentClass *klass,
                const char      *field)
{
  int index;
  g_autofree char *property = NULL;

  if (field == NULL)
    return 0;

  index = cb_record_class_find_field (CB_RECORD_CLASS (klass), field);
  g_return_val_if_fail (index >= 0, 0);

  property = cb_field_spec_property_name (&cb_record_class_get_fields (CB_RECORD_CLASS (klass), NULL)[index]);
  return g_quark_from_string (property);
}

GListModel *
cb_document_list_new (CbDocument *owner,
                      GType       type)
{
  g_autoptr(GTypeClass) klass = NULL;
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;
  GtkFilterListModel *filtered;
  GListModel *children;
  Resort *resort;

  g_return_val_if_fail (CB_IS_DOCUMENT (owner), NULL);
  g_return_val_if_fail (g_type_is_a (type, CB_TYPE_DOCUMENT), NULL);

  children = cb_document_get_children (owner);
  g_return_val_if_fail (children != NULL, NULL);

  klass = g_type_class_ref (type);
  filter = gtk_custom_filter_new (filter_type, GSIZE_TO_POINTER (type), NULL);
  sorter = gtk_custom_sorter_new (compare, NULL, NULL);

  resort = g_new0 (Resort, 1);
  resort->type = type;
  resort->date_property = property_quark (CB_DOCUMENT_CLASS (klass), CB_DOCUMENT_CLASS (klass)->date_field);
  resort->time_property = property_quark (CB_DOCUMENT_CLASS (klass), CB_DOCUMENT_CLASS (klass)->time_field);
  g_object_set_data_full (G_OBJECT (sorter), RESORT_KEY, resort, g_free);
  if (resort->date_property != 0 || resort->time_property != 0)
    g_signal_connect_object (owner, "child-changed",
                             G_CALLBACK (on_owner_child_changed_cb), sorter, 0);

  filtered = gtk_filter_list_model_new (g_object_ref (children), GTK_FILTER (filter));
  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter)));
}
