/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CB_TYPE_DATE_BUTTON (cb_date_button_get_type ())

G_DECLARE_FINAL_TYPE (CbDateButton, cb_date_button, CB, DATE_BUTTON, AdwBin)

/* A button showing a date in words ("9 March 2026") that opens a
 * calendar; its "date" is YYYY-MM-DD, today unless set. */
GtkWidget  *cb_date_button_new      (void);
const char *cb_date_button_get_date (CbDateButton *self);
void        cb_date_button_set_date (CbDateButton *self,
                                     const char   *iso);
GtkCalendar *cb_date_button_get_calendar (CbDateButton *self);
/* Lets the button hold no date (""), shown as @label ("No due date");
 * without one, setting "" is ignored and the button keeps its date. */
void         cb_date_button_set_empty_label (CbDateButton *self,
                                             const char   *label);
GtkMenuButton *cb_date_button_get_button (CbDateButton *self);

G_END_DECLS
