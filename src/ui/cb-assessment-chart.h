/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-practice.h"
#include "cb-self-assessment.h"

G_BEGIN_DECLS

#define CB_TYPE_ASSESSMENT_CHART (cb_assessment_chart_get_type ())

G_DECLARE_FINAL_TYPE (CbAssessmentChart, cb_assessment_chart, CB, ASSESSMENT_CHART, GtkWidget)

/* A line chart, drawn with Cairo, of how often the coach answered
 * Usually, Sometimes and Rarely in each self-assessment of @practice,
 * oldest on the left, placed by date: one line per answer, each with its
 * own colour and marker shape (circle, square, triangle) so the lines are
 * told apart without colour too. It follows the practice: attempts added,
 * removed or answered differently redraw it. Its accessible description
 * says the same in words. */
GtkWidget  *cb_assessment_chart_new             (void);
CbPractice *cb_assessment_chart_get_practice    (CbAssessmentChart *self);
void        cb_assessment_chart_set_practice    (CbAssessmentChart *self,
                                                 CbPractice        *practice);
/* How many attempts the chart shows. */
guint       cb_assessment_chart_get_n_attempts  (CbAssessmentChart *self);
/* What the chart shows, in words (its accessible description). */
const char *cb_assessment_chart_get_description (CbAssessmentChart *self);
/* The colour of @answer's line: the style's success, accent and warning
 * colours for Usually, Sometimes and Rarely (as the editor shows them). */
void        cb_assessment_chart_get_answer_color (CbAssessmentChart     *self,
                                                  CbSelfAssessmentAnswer answer,
                                                  GdkRGBA               *rgba);

G_END_DECLS
