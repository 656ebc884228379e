/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-hours.h"
#include "cb-practice.h"

G_BEGIN_DECLS

#define CB_TYPE_HOURS_PAGE (cb_hours_page_get_type ())

G_DECLARE_FINAL_TYPE (CbHoursPage, cb_hours_page, CB, HOURS_PAGE, AdwBin)

/* Hours, under My Development (a CbView, help page "hours"): the coach's
 * practice hours counted from the meetings (a live CbHours) — in all,
 * paid and pro bono, in the last 18 months, clients, by year —, a
 * progress bar with its numbers for each requirement of the ICF's ACC,
 * PCC and MCC, what was counted by default or not counted, and the
 * practice's settings (the date hours count from, how clients not to be
 * named appear in the log). Its menu has "Export Hours as CSV…"
 * ("view.export-csv"). */

GtkWidget  *cb_hours_page_new          (void);
CbPractice *cb_hours_page_get_practice (CbHoursPage *self);
void        cb_hours_page_set_practice (CbHoursPage *self,
                                        CbPractice  *practice);

G_END_DECLS
