/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-list"

#include "config.h"

#include "cb-document-list.h"

/* What the sorter listens for, kept on the sorter. */
typedef struct
{
  GType  type;
  GStrv  resort_on;
} Resort;

#define RESORT_KEY "cb-document-list-resort"

static void
resort_free (gpointer data)
{
  Resort *resort = data;

  g_strfreev (resort->resort_on);
  g_free (resort);
}

static gboolean
filter_type (gpointer item,
             gpointer user_data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (item, GPOINTER_TO_SIZE (user_data));
}

static void
on_client_child_changed_cb (CbDocument *client,
                            CbDocument *child,
                            GParamSpec *pspec,
                            GtkSorter  *sorter)
{
  Resort *resort = g_object_get_data (G_OBJECT (sorter), RESORT_KEY);

  if (G_TYPE_CHECK_INSTANCE_TYPE (child, resort->type) &&
      g_strv_contains ((const char * const *) resort->resort_on, g_param_spec_get_name (pspec)))
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

GListModel *
cb_document_list_new (CbClient           *client,
                      GType               type,
                      GCompareDataFunc    compare,
                      const char * const *resort_on)
{
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;
  GtkFilterListModel *filtered;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);
  g_return_val_if_fail (g_type_is_a (type, CB_TYPE_DOCUMENT), NULL);
  g_return_val_if_fail (compare != NULL, NULL);

  filter = gtk_custom_filter_new (filter_type, GSIZE_TO_POINTER (type), NULL);
  sorter = gtk_custom_sorter_new (compare, NULL, NULL);

  if (resort_on != NULL && resort_on[0] != NULL)
    {
      Resort *resort = g_new0 (Resort, 1);

      resort->type = type;
      resort->resort_on = g_strdupv ((char **) resort_on);
      g_object_set_data_full (G_OBJECT (sorter), RESORT_KEY, resort, resort_free);
      g_signal_connect_object (client, "child-changed",
                               G_CALLBACK (on_client_child_changed_cb), sorter, 0);
    }

  filtered = gtk_filter_list_model_new (g_object_ref (cb_client_get_documents (client)),
                                        GTK_FILTER (filter));
  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter)));
}

int
cb_document_compare_newest_created (CbDocument *a,
                                    CbDocument *b)
{
  GDateTime *ca = cb_document_get_created (a);
  GDateTime *cb = cb_document_get_created (b);

  if (ca == NULL || cb == NULL)
    return (ca == NULL) - (cb == NULL);

  return g_date_time_compare (cb, ca);
}

void
cb_action_group_set_enabled (GSimpleActionGroup *group,
                             const char         *name,
                             gboolean            enabled)
{
  GAction *action;

  g_return_if_fail (G_IS_SIMPLE_ACTION_GROUP (group));

  action = g_action_map_lookup_action (G_ACTION_MAP (group), name);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}
