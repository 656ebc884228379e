/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-practice.h"

G_BEGIN_DECLS

/* Follows a practice for a view that is kept one client at a time: the
 * practice's client list, each client's documents list and the
 * practice's ::child-changed. Not a GObject: its owner creates it once
 * it is ready to be called back and frees it in dispose. */
typedef struct _CbPracticeWatcher CbPracticeWatcher;

typedef struct
{
  /* Clients that joined (@added, in the practice's order) and left
   * (@removed, held for the call) the practice; called once a change of
   * the client list, and once from cb_practice_watcher_new() with every
   * client. Both arrays may be empty. */
  void (*clients_changed)          (GPtrArray  *added,
                                    GPtrArray  *removed,
                                    gpointer    user_data);
  /* A watched client's documents list changed. */
  void (*client_documents_changed) (CbClient   *client,
                                    gpointer    user_data);
  /* A property of @child changed; @client is @child itself when it is a
   * watched client, else @child's parent when that is a watched client,
   * else NULL. */
  void (*child_changed)            (CbClient   *client,
                                    CbDocument *child,
                                    GParamSpec *pspec,
                                    gpointer    user_data);
} CbPracticeWatcherFuncs;

CbPracticeWatcher *cb_practice_watcher_new           (CbPractice                   *practice,
                                                      const CbPracticeWatcherFuncs *funcs,
                                                      gpointer                      user_data);
void               cb_practice_watcher_free          (CbPracticeWatcher            *self);
gboolean           cb_practice_watcher_contains      (CbPracticeWatcher            *self,
                                                      CbClient                     *client);
/* The watched clients (not held). */
GPtrArray         *cb_practice_watcher_list_clients  (CbPracticeWatcher            *self);

G_END_DECLS
