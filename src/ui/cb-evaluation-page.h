/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_EVALUATION_PAGE (cb_evaluation_page_get_type ())

G_DECLARE_FINAL_TYPE (CbEvaluationPage, cb_evaluation_page, CB, EVALUATION_PAGE, CbDocumentPage)

/* A client's end-of-relationship evaluation (one per client, a
 * CbDocumentPage of a "single" type): the evaluation in a
 * CbEvaluationEditor, dated today when it is made. Print Blank gives the
 * form for the client to fill in on paper; "view.export-blank-pdf" saves
 * it as a PDF. */

G_END_DECLS
