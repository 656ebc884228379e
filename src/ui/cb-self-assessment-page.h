/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_SELF_ASSESSMENT_PAGE (cb_self_assessment_page_get_type ())

G_DECLARE_FINAL_TYPE (CbSelfAssessmentPage, cb_self_assessment_page, CB, SELF_ASSESSMENT_PAGE, CbDocumentPage)

/* The coach's self-assessments under My Development (CbDocumentPage):
 * New is a menu, a blank attempt ("view.new" with "blank") or one that
 * starts from the last attempt's answers ("from-last"); the open attempt
 * is shown in a CbSelfAssessmentEditor; each row gives the date and the
 * counts. Above the list, a chart of the counts over time and "Compare
 * Attempts" ("view.compare-attempts", also in the menus), which opens the
 * attempts side by side in a CbAssessmentCompareWindow. */

G_END_DECLS
