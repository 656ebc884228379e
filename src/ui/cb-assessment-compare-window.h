/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-practice.h"

G_BEGIN_DECLS

#define CB_TYPE_ASSESSMENT_COMPARE_WINDOW (cb_assessment_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (CbAssessmentCompareWindow, cb_assessment_compare_window, CB, ASSESSMENT_COMPARE_WINDOW, AdwWindow)

/* The coach's self-assessments side by side: a GtkColumnView with the
 * booklet's items as rows (under "Do you" and "Are you"), then the counts
 * and the result, and one column per attempt, oldest on the left, headed
 * by its date. The items whose answer changed between the last two
 * attempts are marked in the newest column and in a last column, "Since
 * Last Time", that says which way they moved. The window follows the
 * practice as attempts are added, removed or answered. */
GtkWidget    *cb_assessment_compare_window_new            (CbPractice                *practice);
CbPractice   *cb_assessment_compare_window_get_practice   (CbAssessmentCompareWindow *self);

/* Test hooks */
GtkColumnView *cb_assessment_compare_window_get_column_view (CbAssessmentCompareWindow *self);
guint          cb_assessment_compare_window_get_n_attempts  (CbAssessmentCompareWindow *self);
/* The text of the cell at @row (of the column view's model) and @column
 * (0: the item, 1…n: the attempts, n + 1: since last time), as shown. */
char          *cb_assessment_compare_window_dup_cell_text   (CbAssessmentCompareWindow *self,
                                                             guint                      row,
                                                             guint                      column);
/* The row of @item in the column view's model. */
guint          cb_assessment_compare_window_get_item_row    (CbAssessmentCompareWindow *self,
                                                             guint                      item);
/* Whether the row of @item is marked as changed since the last attempt. */
gboolean       cb_assessment_compare_window_item_changed    (CbAssessmentCompareWindow *self,
                                                             guint                      item);

G_END_DECLS
