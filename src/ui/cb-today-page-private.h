/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-today-page.h"

G_BEGIN_DECLS

/* What the tests of Today reach besides the public API. */

/* Every row of the list, headings included (CbTodayItem and headings). */
GListModel     *cb_today_page_get_rows         (CbTodayPage     *self);
/* The position in the rows of the @index-th line of @kind, or
 * GTK_INVALID_LIST_POSITION. */
guint           cb_today_page_find_position    (CbTodayPage     *self,
                                                CbTodayItemKind  kind,
                                                guint            index);
/* The @index-th line of @kind (held), or NULL. */
CbTodayItem    *cb_today_page_get_item         (CbTodayPage     *self,
                                                CbTodayItemKind  kind,
                                                guint            index);
/* The row built for @item, while it is on screen, or NULL. */
GtkWidget      *cb_today_page_find_row         (CbTodayPage     *self,
                                                CbTodayItem     *item);
const char     *cb_today_page_row_get_title    (GtkWidget       *row);
const char     *cb_today_page_row_get_subtitle (GtkWidget       *row);
GtkCheckButton *cb_today_page_row_get_check    (GtkWidget       *row);
/* What clicking the row at @position does. */
void            cb_today_page_activate         (CbTodayPage     *self,
                                                guint            position);
/* The window listing every older overdue action, while it is open. */
GtkWindow      *cb_today_page_get_older_window (CbTodayPage     *self);

G_END_DECLS
