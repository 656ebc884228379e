/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-assessment-chart.h"
#include "cb-assessment-compare-window.h"
#include "cb-self-assessment-page.h"

G_BEGIN_DECLS

/* For tests: the chart above the list, the line beside it saying what
 * moved, and the comparison window once "Compare Attempts" opened it
 * (NULL before, or once closed). */
CbAssessmentChart         *cb_self_assessment_page_get_chart          (CbSelfAssessmentPage *self);
GtkLabel                  *cb_self_assessment_page_get_history_label  (CbSelfAssessmentPage *self);
CbAssessmentCompareWindow *cb_self_assessment_page_get_compare_window (CbSelfAssessmentPage *self);

G_END_DECLS
