/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-document.h"

G_BEGIN_DECLS

#define CB_TYPE_DOCUMENT_ROW (cb_document_row_get_type ())

G_DECLARE_FINAL_TYPE (CbDocumentRow, cb_document_row, CB, DOCUMENT_ROW, GtkWidget)

/* One document in a list of documents: an icon, a title, a one-line
 * subtitle, an optional pill (a status, a guide) and an arrow. The page
 * showing the list fills it in (CbDocumentPageClass.bind_row) and does so
 * again whenever the document changes. */
GtkWidget  *cb_document_row_new          (void);
CbDocument *cb_document_row_get_document (CbDocumentRow *self);
void        cb_document_row_set_document (CbDocumentRow *self,
                                          CbDocument    *document);
void        cb_document_row_set_icon_name (CbDocumentRow *self,
                                           const char    *icon_name);
void        cb_document_row_set_title    (CbDocumentRow *self,
                                          const char    *title);
void        cb_document_row_set_subtitle (CbDocumentRow *self,
                                          const char    *subtitle);
/* A pill after the text (NULL hides it) with @style_class for its colour
 * (e.g. "cb-status-active"), or NULL for the plain pill. */
void        cb_document_row_set_pill     (CbDocumentRow *self,
                                          const char    *text,
                                          const char    *style_class);
const char *cb_document_row_get_title    (CbDocumentRow *self);
const char *cb_document_row_get_subtitle (CbDocumentRow *self);
const char *cb_document_row_get_pill     (CbDocumentRow *self);
GtkLabel   *cb_document_row_get_pill_label (CbDocumentRow *self);

G_END_DECLS
