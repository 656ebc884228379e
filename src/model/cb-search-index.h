/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-practice.h"

G_BEGIN_DECLS

/* Text as search compares it: lower case, without accents, the letters
 * that do not decompose written plainly ("Wiśniewski" → "wisniewski",
 * "Übung" → "ubung", "Łódź" → "lodz", "Straße" → "strasse"). With
 * @offsets, also where each byte of the result comes from in @text (an
 * array of guint, one per byte of the result plus one for its end). */
char        *cb_search_fold          (const char  *text,
                                      GArray     **offsets);

/* One document found: the document (a client, a client's document or the
 * coach's own), its client (or NULL for the coach's own), and whether it
 * was found in its private notes. */
typedef struct
{
  CbDocument *document;
  CbClient   *client;
  gboolean    in_private;
} CbSearchHit;

void         cb_search_hit_free      (CbSearchHit *hit);

/* The fields of @record, nested records and rows of tables included, that
 * search looks in (text, not identifiers: CB_FIELD_FLAG_REFERENCE), each called with its record, its field index and
 * whether it is private (a private field's children are). */
typedef void (*CbSearchFieldFunc) (CbRecord *record,
                                   guint     index,
                                   gboolean  private_field,
                                   gpointer  user_data);
void         cb_search_foreach_field (CbRecord          *record,
                                      CbSearchFieldFunc  func,
                                      gpointer           user_data);

/* Where in @document a search for @query matches: some of the text of
 * the first field with every word of @query (or else with the most of
 * them) around the first match, as Pango markup with the matches in
 * bold, and in @label the field's label (translated). Private fields only
 * with @include_private. NULL when no field matches. */
char        *cb_search_dup_snippet   (CbDocument  *document,
                                      const char  *query,
                                      gboolean     include_private,
                                      const char **label);

/* Whether every word of @query begins a word of @text. */
gboolean     cb_search_text_matches  (const char  *text,
                                      const char  *query);

#define CB_TYPE_SEARCH_INDEX (cb_search_index_get_type ())

G_DECLARE_FINAL_TYPE (CbSearchIndex, cb_search_index, CB, SEARCH_INDEX, GObject)

/* An index of every word of a practice: the clients' fields and every
 * text of every document, the coach's own included, kept as documents are
 * added, edited, deleted or brought in by a sync tool. The words of what
 * is already there are read off the main thread after the index is made
 * ("indexing" is TRUE meanwhile); ::changed says that a search may find
 * something else now. */
CbSearchIndex *cb_search_index_new          (CbPractice    *practice);
gboolean       cb_search_index_get_indexing (CbSearchIndex *self);
/* Every document with every word of @query as the beginning of one of
 * its words (in any order, ignoring case and accents), or of its client's
 * profile as long as one of them is the document's own ("tomasz pitch"
 * finds the meeting with Tomasz where the pitch came up); private notes
 * only with @include_private; grouped by client (in name order, the coach's own
 * last), the client first, then the documents newest first. At most
 * @limit hits (0: all); @n_total is set to how many there are. */
GPtrArray     *cb_search_index_query        (CbSearchIndex *self,
                                             const char    *query,
                                             gboolean       include_private,
                                             guint          limit,
                                             guint         *n_total);
/* Waits until the words of every document are in (for tests and the
 * benchmark). */
void           cb_search_index_wait         (CbSearchIndex *self);

G_END_DECLS
