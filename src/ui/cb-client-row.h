/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-client.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT_ROW (cb_client_row_get_type ())

G_DECLARE_FINAL_TYPE (CbClientRow, cb_client_row, CB, CLIENT_ROW, GtkWidget)

/* One row of the sidebar's client list: name, organisation and a status
 * pill, following the client as it changes. Rows are recycled by the list
 * view: bind sets the client, unbind sets NULL. */
GtkWidget *cb_client_row_new        (void);
CbClient  *cb_client_row_get_client (CbClientRow *self);
void       cb_client_row_set_client (CbClientRow *self,
                                     CbClient    *client);

G_END_DECLS
