/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-today.h"

G_BEGIN_DECLS

#define CB_TYPE_TODAY_PAGE (cb_today_page_get_type ())

G_DECLARE_FINAL_TYPE (CbTodayPage, cb_today_page, CB, TODAY_PAGE, AdwBin)

/* What needs the coach's attention across the practice, from a CbToday
 * model, in one list that builds rows only for what is on screen: today's
 * meetings, overdue actions (of the last four weeks), meetings coming up
 * this week, actions due this week, each under its heading, then how many
 * older overdue actions there are, with "today.show-older" (every one, in
 * a list of its own) and "today.close-older" (mark them all done, after
 * asking, with Undo); or a kind word when there is nothing. It follows the
 * model live. Activating a line emits ::item-activated with the
 * CbTodayItem; an action's check button ticks it done. */
GtkWidget  *cb_today_page_new          (void);
CbToday    *cb_today_page_get_today    (CbTodayPage     *self);
void        cb_today_page_set_today    (CbTodayPage     *self,
                                        CbToday         *today);
/* "empty" or "list". */
const char *cb_today_page_get_view     (CbTodayPage     *self);

G_END_DECLS
