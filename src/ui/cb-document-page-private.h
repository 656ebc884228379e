/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

/* What the tests of the pages reach besides the public API. */

GtkListView *cb_document_page_get_list_view    (CbDocumentPage *self);
/* The New button (or menu button) the page shows now: the empty
 * state's or the list's. */
GtkWidget   *cb_document_page_get_new_button   (CbDocumentPage *self);
/* What clicking the row at @position of the list does. */
void         cb_document_page_activate_row     (CbDocumentPage *self,
                                                guint           position);

/* Registers the pages Coachbook ships (cb-document-pages.c). */
void         cb_document_page_register_builtin (void);

G_END_DECLS
