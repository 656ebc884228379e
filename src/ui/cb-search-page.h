/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-search-index.h"

G_BEGIN_DECLS

#define CB_TYPE_SEARCH_PAGE (cb_search_page_get_type ())

G_DECLARE_FINAL_TYPE (CbSearchPage, cb_search_page, CB, SEARCH_PAGE, AdwBin)

/* What a search across the practice found, from a CbSearchIndex, in one
 * list that builds rows only for what is on screen: under each client's
 * name, the client's profile and documents that have every word, each
 * with where it matched and the words in bold; the coach's own documents
 * under "My Development". It follows the index live (edits, new and
 * deleted documents). Private notes are searched only while
 * "view.include-private" is on. Activating a result emits
 * ::document-activated with the document (a client, a client's document
 * or the coach's own). A CbView. */
GtkWidget  *cb_search_page_new                 (void);
void        cb_search_page_set_index           (CbSearchPage  *self,
                                                CbSearchIndex *index);
const char *cb_search_page_get_query           (CbSearchPage  *self);
void        cb_search_page_set_query           (CbSearchPage  *self,
                                                const char    *query);
gboolean    cb_search_page_get_include_private (CbSearchPage  *self);
void        cb_search_page_set_include_private (CbSearchPage  *self,
                                                gboolean       include_private);

/* For tests: the rows (CbSearchResult), headings included. */
GListModel *cb_search_page_get_results         (CbSearchPage  *self);
/* What activating the row at @position does. */
void        cb_search_page_activate            (CbSearchPage  *self,
                                                guint          position);

#define CB_TYPE_SEARCH_RESULT (cb_search_result_get_type ())

G_DECLARE_FINAL_TYPE (CbSearchResult, cb_search_result, CB, SEARCH_RESULT, GObject)

/* A row of the results: a client's heading (or "My Development"), or a
 * document found. */
gboolean    cb_search_result_is_heading        (CbSearchResult *self);
CbDocument *cb_search_result_get_document      (CbSearchResult *self);
/* The heading's text, or the document's title. */
const char *cb_search_result_get_title         (CbSearchResult *self);
/* Where it matched, as markup with the words in bold ("Summary: …"),
 * worked out when first asked. */
const char *cb_search_result_get_snippet       (CbSearchResult *self);

G_END_DECLS
