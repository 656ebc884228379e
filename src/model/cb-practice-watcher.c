/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-practice-watcher"

#include "config.h"

#include "cb-practice-watcher.h"

/* One client whose documents are followed. */
typedef struct
{
  CbPracticeWatcher *watcher;
  CbClient          *client;
  GListModel        *documents;
  gulong             handler;
} Watch;

struct _CbPracticeWatcher
{
  CbPractice                   *practice;
  const CbPracticeWatcherFuncs *funcs;
  gpointer                      user_data;
  GHashTable                   *watches;   /* CbClient → Watch */
  gulong                        child_changed_id;
  gulong                        clients_changed_id;
};

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_clear_signal_handler (&watch->handler, watch->documents);
  g_clear_object (&watch->documents);
  g_clear_object (&watch->client);
  g_free (watch);
}

static void
on_documents_items_changed_cb (GListModel *documents,
                               guint       position,
                               guint       removed,
                               guint       added,
                               Watch      *watch)
{
  CbPracticeWatcher *self = watch->watcher;

  if (self->funcs->client_documents_changed != NULL)
    self->funcs->client_documents_changed (watch->client, self->user_data);
}

static void
watch_client (CbPracticeWatcher *self,
              CbClient          *client)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->watcher = self;
  watch->client = g_object_ref (client);
  watch->documents = g_object_ref (cb_client_get_documents (client));
  watch->handler = g_signal_connect (watch->documents, "items-changed",
                                     G_CALLBACK (on_documents_items_changed_cb), watch);
  g_hash_table_insert (self->watches, client, watch);
}

/* Brings the watched clients in line with the practice's. */
static void
sync_clients (CbPracticeWatcher *self)
{
  GListModel *clients = cb_practice_get_clients (self->practice);
  guint n = g_list_model_get_n_items (clients);
  g_autoptr(GHashTable) present = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < n; i++)
    {
      CbClient *client = g_list_model_get_item (clients, i);

      g_hash_table_add (present, client);
      if (!g_hash_table_contains (self->watches, client))
        {
          watch_client (self, client);
          g_ptr_array_add (added, client);
        }
    }

  g_hash_table_iter_init (&iter, self->watches);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      {
        g_ptr_array_add (gone, g_object_ref (key));
        g_hash_table_iter_remove (&iter);
      }

  if (self->funcs->clients_changed != NULL)
    self->funcs->clients_changed (added, gone, self->user_data);
}

static void
on_clients_items_changed_cb (GListModel        *clients,
                             guint              position,
                             guint              removed,
                             guint              added,
                             CbPracticeWatcher *self)
{
  sync_clients (self);
}

static void
on_practice_child_changed_cb (CbPractice        *practice,
                              CbDocument        *child,
                              GParamSpec        *pspec,
                              CbPracticeWatcher *self)
{
  CbDocument *owner = CB_IS_CLIENT (child) ? child : cb_document_get_parent (child);
  CbClient *client = NULL;

  if (CB_IS_CLIENT (owner) && g_hash_table_contains (self->watches, owner))
    client = CB_CLIENT (owner);

  if (self->funcs->child_changed != NULL)
    self->funcs->child_changed (client, child, pspec, self->user_data);
}

/* Follows @practice, calling @funcs (which must outlive the watcher)
 * with @user_data; calls clients_changed with every client before it
 * returns. */
CbPracticeWatcher *
cb_practice_watcher_new (CbPractice                   *practice,
                         const CbPracticeWatcherFuncs *funcs,
                         gpointer                      user_data)
{
  CbPracticeWatcher *self;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (funcs != NULL, NULL);

  self = g_new0 (CbPracticeWatcher, 1);
  self->practice = g_object_ref (practice);
  self->funcs = funcs;
  self->user_data = user_data;
  self->watches = g_hash_table_new_full (NULL, NULL, NULL, watch_free);

  self->child_changed_id =
    g_signal_connect (practice, "child-changed",
                      G_CALLBACK (on_practice_child_changed_cb), self);
  self->clients_changed_id =
    g_signal_connect (cb_practice_get_clients (practice), "items-changed",
                      G_CALLBACK (on_clients_items_changed_cb), self);

  sync_clients (self);

  return self;
}

/* Stops following the practice, without calling back. */
void
cb_practice_watcher_free (CbPracticeWatcher *self)
{
  g_return_if_fail (self != NULL);

  g_clear_signal_handler (&self->child_changed_id, self->practice);
  g_clear_signal_handler (&self->clients_changed_id, cb_practice_get_clients (self->practice));
  g_clear_pointer (&self->watches, g_hash_table_unref);
  g_clear_object (&self->practice);
  g_free (self);
}

gboolean
cb_practice_watcher_contains (CbPracticeWatcher *self,
                              CbClient          *client)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->watches, client);
}

GPtrArray *
cb_practice_watcher_list_clients (CbPracticeWatcher *self)
{
  GPtrArray *clients;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, NULL);

  clients = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->watches);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (clients, key);

  return clients;
}
