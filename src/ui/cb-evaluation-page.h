/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-date-button.h"
#include "cb-evaluation.h"

G_BEGIN_DECLS

#define CB_TYPE_EVALUATION_PAGE (cb_evaluation_page_get_type ())

G_DECLARE_FINAL_TYPE (CbEvaluationPage, cb_evaluation_page, CB, EVALUATION_PAGE, AdwBin)

/* One end-of-relationship evaluation (FORMS.md §8), on a scrolling page:
 * its date; the coach's part, the sixteen questions of seeds/003 Resource 6
 * in order, each answered the way the model says (a rating: a row of
 * toggle buttons 1–5, the chosen one pressed again clears it; yes/no: Yes
 * and No toggles, neither pressed is "not answered"; text: a text view);
 * the client's four questions (seeds/004) as text views; private notes.
 * Every edit goes straight to the model, and the page follows the model.
 *
 * The practice's name and the client's name on the printed form come
 * from the evaluation's owners (cb_document_get_parent()), so give it an
 * evaluation that has been added to a client.
 *
 * Actions, in cb_evaluation_page_get_actions() and inserted on the page
 * as "evaluation.": "print", "export-pdf" (asks where), "print-blank"
 * (Print Blank for the Client: the form with nothing filled in, for the
 * client to fill in on paper), "export-blank-pdf". The page shows them as
 * buttons at its top; a window may also put them in its header bar.
 * Saved PDFs and printing errors are toasts in the window (cb-print-ui.h). */
GtkWidget       *cb_evaluation_page_new                (void);
CbEvaluation    *cb_evaluation_page_get_evaluation     (CbEvaluationPage *self);
void             cb_evaluation_page_set_evaluation     (CbEvaluationPage *self,
                                                        CbEvaluation     *evaluation);
GActionGroup    *cb_evaluation_page_get_actions        (CbEvaluationPage *self);
/* "evaluation": help:coachbook/evaluation. */
const char      *cb_evaluation_page_get_help_page      (CbEvaluationPage *self);

/* What Export as PDF… and the blank form's export do once a file is
 * chosen (asynchronous; a toast tells when it is saved). */
void             cb_evaluation_page_export_pdf         (CbEvaluationPage *self,
                                                        GFile            *file);
void             cb_evaluation_page_export_blank_pdf   (CbEvaluationPage *self,
                                                        GFile            *file);

/* Test hooks: the widgets of a question (JSON name, see cb-evaluation.h). */
/* The toggle button of @rating (1–5) of a rating question. */
GtkToggleButton *cb_evaluation_page_get_rating_button  (CbEvaluationPage *self,
                                                        const char       *field,
                                                        int               rating);
/* The Yes (CB_YES_NO_YES) or No button of a yes/no question. */
GtkToggleButton *cb_evaluation_page_get_answer_button  (CbEvaluationPage *self,
                                                        const char       *field,
                                                        CbYesNo           answer);
/* The text view of a text question (or "private_notes"). */
GtkTextView     *cb_evaluation_page_get_text_view      (CbEvaluationPage *self,
                                                        const char       *field);
CbDateButton    *cb_evaluation_page_get_date_button    (CbEvaluationPage *self);

G_END_DECLS
