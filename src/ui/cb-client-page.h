/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-document-page.h"
#include "cb-ending-dialog.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT_PAGE (cb_client_page_get_type ())

G_DECLARE_FINAL_TYPE (CbClientPage, cb_client_page, CB, CLIENT_PAGE, AdwBin)

/* A client's page (a CbView), in views: "profile", the lifecycle stepper
 * over the generated editor of the client's field table, with a notice
 * when the client was saved by a newer Coachbook; then one view per type
 * a client owns, from the registry (cb_document_get_client_types()),
 * named by the type's folder ("agreements", "meetings"…), each a
 * CbDocumentPage; a type of one per client (the evaluation) is opened from
 * the menu in a window of its own. The window's header bar holds the view
 * switcher; the page's own switcher bar shows at the bottom on a narrow
 * window. As a CbView the page is the view shown: the profile, or the
 * open tab's document page, with the client's menu after it.
 *
 * Its actions, inserted as "client.": "next-step" (what the stepper
 * suggests: a new document, opening one, or ending the relationship),
 * "open-document" (a document's id: its view with it open),
 * "open-single" (a type name: that type's one document, made if need be,
 * in a window of its own) and "end-relationship" (the guided ending,
 * CbEndingDialog). The profile's own ("view."): "print", "print-blank",
 * "export-pdf" (the client profile) and "delete" (the client, to the
 * trash: "win.delete-client"). */
GtkWidget      *cb_client_page_new                (void);
CbClient       *cb_client_page_get_client         (CbClientPage *self);
void            cb_client_page_set_client         (CbClientPage *self,
                                                   CbClient     *client);
/* Puts the keyboard focus in the name field. */
void            cb_client_page_focus_name         (CbClientPage *self);

/* The view shown: "profile" or a type's folder. */
const char     *cb_client_page_get_view           (CbClientPage *self);
void            cb_client_page_set_view           (CbClientPage *self,
                                                   const char   *view);
/* The page of the client's documents of @document_type, or NULL. */
CbDocumentPage *cb_client_page_get_page           (CbClientPage *self,
                                                   GType         document_type);
/* Shows @document in its type's view, open. */
void            cb_client_page_open_document      (CbClientPage *self,
                                                   CbDocument   *document);
/* For the window: the views, to switch from its header bar or from the
 * page's own bar; the "client." actions, to offer in its menus. */
AdwViewStack       *cb_client_page_get_view_stack   (CbClientPage *self);
AdwViewSwitcherBar *cb_client_page_get_switcher_bar (CbClientPage *self);
GActionGroup       *cb_client_page_get_actions      (CbClientPage *self);
/* What "End Relationship…" does: the guided ending for the client, shown
 * and returned (owned by GTK), or NULL without a client. */
CbEndingDialog *cb_client_page_end_relationship   (CbClientPage *self);

G_END_DECLS
