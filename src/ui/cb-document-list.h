/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-client.h"

G_BEGIN_DECLS

/* Helpers that the pages listing one kind of a client's documents share
 * (agreements, meetings, plans, reviews, referrals). */

/* A live list of @client's documents of @type, in @compare's order: a
 * GtkSortListModel over a GtkFilterListModel of cb_client_get_documents().
 * When a document of @type has one of the properties in @resort_on
 * (NULL-terminated, or NULL) edited, the list sorts itself again. */
GListModel *cb_document_list_new                (CbClient           *client,
                                                 GType               type,
                                                 GCompareDataFunc    compare,
                                                 const char * const *resort_on);
/* Newest first by when the documents were made; those with no time of
 * making last. For the end of a page's @compare. */
int         cb_document_compare_newest_created  (CbDocument         *a,
                                                 CbDocument         *b);
/* Enables or disables the action called @name in @group. */
void        cb_action_group_set_enabled         (GSimpleActionGroup *group,
                                                 const char         *name,
                                                 gboolean            enabled);

G_END_DECLS
