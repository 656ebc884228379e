/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-date-button.h"
#include "cb-self-assessment.h"

G_BEGIN_DECLS

#define CB_TYPE_SELF_ASSESSMENT_EDITOR (cb_self_assessment_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbSelfAssessmentEditor, cb_self_assessment_editor, CB, SELF_ASSESSMENT_EDITOR, AdwBin)

/* One attempt at the self-assessment ("Where are you now?", seeds/000
 * Track 2) on a scrolling page: its date; the booklet's items under "Do
 * you" and "Are you", each a row with three toggle buttons, Usually,
 * Sometimes and Rarely (pressing the chosen one again leaves the item
 * unanswered); the result as it stands, following every answer (the
 * counts, what the result is and the booklet's interpretation of the most
 * frequent answer, or of each answer that ties); the note on evidence
 * for unit G3; and the four reflection questions as text. Every edit goes
 * straight to the model, and the page follows the model.
 *
 * Its Print… button and menu use "view.print", "view.export-pdf" and
 * "view.print-blank" of the page showing it (CbSelfAssessmentPage). */
GtkWidget        *cb_self_assessment_editor_new             (void);
CbSelfAssessment *cb_self_assessment_editor_get_assessment  (CbSelfAssessmentEditor *self);
void              cb_self_assessment_editor_set_assessment  (CbSelfAssessmentEditor *self,
                                                             CbSelfAssessment       *assessment);

/* Test hooks */
/* The toggle button of @answer (not UNSET) for @item. */
GtkToggleButton  *cb_self_assessment_editor_get_answer_button (CbSelfAssessmentEditor *self,
                                                               guint                   item,
                                                               CbSelfAssessmentAnswer  answer);
GtkTextView      *cb_self_assessment_editor_get_reflection_view (CbSelfAssessmentEditor *self,
                                                                 guint                   reflection);
CbDateButton     *cb_self_assessment_editor_get_date_button (CbSelfAssessmentEditor *self);
/* The result as shown: the number of @answer, the summary line, and the
 * interpretation texts shown now (NULL-terminated, free with g_strfreev()). */
const char       *cb_self_assessment_editor_get_count_text  (CbSelfAssessmentEditor *self,
                                                             CbSelfAssessmentAnswer  answer);
const char       *cb_self_assessment_editor_get_summary_text (CbSelfAssessmentEditor *self);
char            **cb_self_assessment_editor_dup_interpretations (CbSelfAssessmentEditor *self);
/* Scrolls so that the result shows. */
void              cb_self_assessment_editor_show_result     (CbSelfAssessmentEditor *self);

G_END_DECLS
