/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreements-page.h"
#include "cb-client.h"
#include "cb-meetings-page.h"
#include "cb-record-editor.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT_PAGE (cb_client_page_get_type ())

G_DECLARE_FINAL_TYPE (CbClientPage, cb_client_page, CB, CLIENT_PAGE, AdwBin)

/* A client's page, in views: "profile", the generated editor over the
 * client's field table with a notice when the client was saved by a newer
 * Coachbook; "agreements", the client's agreements; "meetings", the
 * records of the client's meetings. The window's header
 * bar holds the view switcher; the page's own switcher bar shows at the
 * bottom on a narrow window. */
GtkWidget      *cb_client_page_new        (void);
CbClient       *cb_client_page_get_client (CbClientPage *self);
void            cb_client_page_set_client (CbClientPage *self,
                                           CbClient     *client);
CbRecordEditor *cb_client_page_get_editor (CbClientPage *self);
/* Puts the keyboard focus in the name field. */
void            cb_client_page_focus_name (CbClientPage *self);

AdwViewStack       *cb_client_page_get_view_stack      (CbClientPage *self);
AdwViewSwitcherBar *cb_client_page_get_switcher_bar    (CbClientPage *self);
CbAgreementsPage   *cb_client_page_get_agreements_page (CbClientPage *self);
CbMeetingsPage     *cb_client_page_get_meetings_page   (CbClientPage *self);
/* "profile", "agreements" or "meetings". */
const char         *cb_client_page_get_view            (CbClientPage *self);
void                cb_client_page_set_view            (CbClientPage *self,
                                                        const char   *view);

G_END_DECLS
