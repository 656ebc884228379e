/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-practice.h"
#include "cb-today.h"

G_BEGIN_DECLS

#define CB_TYPE_SIDEBAR (cb_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (CbSidebar, cb_sidebar, CB, SIDEBAR, GtkWidget)

/* The practice switcher, the search and status filter, Today, the coach
 * profile and the coach's own documents (one row per type the coach
 * owns, with its count: ::development-selected with "me-<folder>") and
 * the client list. Emits ::client-selected, ::profile-selected,
 * ::today-selected, ::search-changed with the search field's text
 * (which also filters the client list by name, organisation and e-mail)
 * and ::search-activated on Enter in it. */
GtkWidget    *cb_sidebar_new                (void);
void          cb_sidebar_set_practices      (CbSidebar  *self,
                                             GListModel *practices);
CbPractice   *cb_sidebar_get_practice       (CbSidebar  *self);
void          cb_sidebar_set_practice       (CbSidebar  *self,
                                             CbPractice *practice);
/* Whether @client is in the list as filtered now. */
gboolean      cb_sidebar_shows_client       (CbSidebar  *self,
                                             CbClient   *client);
/* Selects @client, clearing the search and filter if they hide it. */
void          cb_sidebar_select_client      (CbSidebar  *self,
                                             CbClient   *client);
void          cb_sidebar_select_profile     (CbSidebar  *self);
void          cb_sidebar_select_today       (CbSidebar  *self);
/* Selects the row of My Development of @view ("me-<folder>"). */
void          cb_sidebar_select_development (CbSidebar  *self,
                                             const char *view);
/* The Today row counts today's meetings and overdue actions of @today. */
void          cb_sidebar_set_today          (CbSidebar  *self,
                                             CbToday    *today);
void          cb_sidebar_unselect           (CbSidebar  *self);
void          cb_sidebar_focus_search       (CbSidebar  *self);
/* The clients as shown: filtered by search and status, sorted by name. */
GListModel   *cb_sidebar_get_shown_clients  (CbSidebar  *self);
AdwHeaderBar *cb_sidebar_get_header_bar     (CbSidebar  *self);

G_END_DECLS
