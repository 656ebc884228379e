/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-date-button.h"
#include "cb-evaluation.h"

G_BEGIN_DECLS

#define CB_TYPE_EVALUATION_EDITOR (cb_evaluation_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbEvaluationEditor, cb_evaluation_editor, CB, EVALUATION_EDITOR, AdwBin)

/* One end-of-relationship evaluation (FORMS.md §8), on a scrolling page:
 * its date; the coach's part, the sixteen questions of seeds/003 Resource 6
 * in order, each answered the way the model says (a rating: a row of
 * toggle buttons 1–5, the chosen one pressed again clears it; yes/no: Yes
 * and No toggles, neither pressed is "not answered"; text: a text view);
 * the client's four questions (seeds/004) as text views; private notes.
 * Every edit goes straight to the model, and the page follows the model.
 *
 * Its Print… button and "Print Blank for the Client" use "view.print" and
 * "view.print-blank" of the page showing it (CbEvaluationPage). */
GtkWidget       *cb_evaluation_editor_new                (void);
CbEvaluation    *cb_evaluation_editor_get_evaluation     (CbEvaluationEditor *self);
void             cb_evaluation_editor_set_evaluation     (CbEvaluationEditor *self,
                                                        CbEvaluation     *evaluation);
/* Test hooks: the widgets of a question (JSON name, see cb-evaluation.h). */
/* The toggle button of @rating (1–5) of a rating question. */
GtkToggleButton *cb_evaluation_editor_get_rating_button  (CbEvaluationEditor *self,
                                                        const char       *field,
                                                        int               rating);
/* The Yes (CB_YES_NO_YES) or No button of a yes/no question. */
GtkToggleButton *cb_evaluation_editor_get_answer_button  (CbEvaluationEditor *self,
                                                        const char       *field,
                                                        CbYesNo           answer);
/* The text view of a text question (or "private_notes"). */
GtkTextView     *cb_evaluation_editor_get_text_view      (CbEvaluationEditor *self,
                                                        const char       *field);
CbDateButton    *cb_evaluation_editor_get_date_button    (CbEvaluationEditor *self);

G_END_DECLS
