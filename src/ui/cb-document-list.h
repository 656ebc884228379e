/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-document.h"

G_BEGIN_DECLS

/* A live list of @owner's documents of @type (cb_document_get_children()),
 * newest first by the type's date (cb_document_compare_newest_first()):
 * a GtkSortListModel over a GtkFilterListModel. When a document of @type
 * has its date or time edited, the list sorts itself again. */
GListModel *cb_document_list_new (CbDocument *owner,
                                  GType       type);

G_END_DECLS
