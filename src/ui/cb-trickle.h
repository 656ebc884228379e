/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CB_TYPE_TRICKLE (cb_trickle_get_type ())

G_DECLARE_FINAL_TYPE (CbTrickle, cb_trickle, CB, TRICKLE, GObject)

/* GTK 4.8's list views make a row for up to 200 items at once, seen or
 * not, and making and measuring a row takes about a millisecond: a list
 * that receives a thousand clients, or the results of a search, would
 * stop the window for a fifth of a second. A trickle is a GListModel of
 * the first items of @model: a screenful at first, then a few more each
 * frame of @widget (the list view showing it) until it has them all, so
 * that each frame makes only a few rows. It follows @model's changes;
 * while @widget is not on screen it does not grow. Takes @model. */
CbTrickle *cb_trickle_new     (GListModel *model,
                               GtkWidget  *widget);
/* Back to a screenful, growing again: for a list whose items are all
 * about to be replaced (the results of a new search). */
void       cb_trickle_restart (CbTrickle  *self);
/* Shows at least the items up to @position at once (to select one). */
void       cb_trickle_reveal  (CbTrickle  *self,
                               guint       position);

/* Rows of a list that looks like a boxed list (or sections of them, each
 * under a heading) are rounded off at their first and last: their parent
 * row gets "cb-first" and "cb-last" (and "cb-section-heading" for
 * headings) as it is bound. CSS sibling selectors (:first-child,
 * heading + row) would restyle every row each time one is added. A
 * trickle binds the rows beside a change again, so that they stay right.
 * @is_heading may be NULL for a list without headings. */
typedef gboolean (*CbListHeadingFunc) (gpointer item);

void       cb_list_item_mark_position (GtkListItem       *list_item,
                                       GListModel        *model,
                                       CbListHeadingFunc  is_heading);

G_END_DECLS
