/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CB_TYPE_PROGRESS_BAR (cb_progress_bar_get_type ())

G_DECLARE_FINAL_TYPE (CbProgressBar, cb_progress_bar, CB, PROGRESS_BAR, GtkWidget)

/* Progress at a glance, drawn: a plan's objectives as one bar split by
 * status (achieved, in progress, not started, dropped) and its milestones
 * as a second bar (done, overdue, due, later), each with a line of words
 * under it that says the same, which is also what screen readers hear. */
GtkWidget  *cb_progress_bar_new                (void);
void        cb_progress_bar_set_objectives     (CbProgressBar *self,
                                                guint          not_started,
                                                guint          in_progress,
                                                guint          achieved,
                                                guint          dropped);
/* @due counts the overdue ones too, as cb_plan_get_progress() does. */
void        cb_progress_bar_set_milestones     (CbProgressBar *self,
                                                guint          total,
                                                guint          done,
                                                guint          due,
                                                guint          overdue);
/* The words under each bar ("2 of 4 achieved · 1 in progress…"). */
const char *cb_progress_bar_get_objectives_text (CbProgressBar *self);
const char *cb_progress_bar_get_milestones_text (CbProgressBar *self);

G_END_DECLS
