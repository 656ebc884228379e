/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-record-editor.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT_PAGE (cb_client_page_get_type ())

G_DECLARE_FINAL_TYPE (CbClientPage, cb_client_page, CB, CLIENT_PAGE, AdwBin)

/* A client's profile: the generated editor over the client's field table,
 * with a notice when the client was saved by a newer Coachbook. */
GtkWidget      *cb_client_page_new        (void);
CbClient       *cb_client_page_get_client (CbClientPage *self);
void            cb_client_page_set_client (CbClientPage *self,
                                           CbClient     *client);
CbRecordEditor *cb_client_page_get_editor (CbClientPage *self);
/* Puts the keyboard focus in the name field. */
void            cb_client_page_focus_name (CbClientPage *self);

G_END_DECLS
