/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_REVIEWS_PAGE (cb_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (CbReviewsPage, cb_reviews_page, CB, REVIEWS_PAGE, CbDocumentPage)

/* A client's reviews (CbDocumentPage): New is a menu of the three types
 * ("view.new" with "initial", "formative" or "summative"), a new review
 * lists the current plan's objectives (cb_review_new_for_client()); the
 * open review is shown in a CbReviewEditor, whose "Add Outcome" uses
 * "view.add-outcome"; a blank form is of the open review's type. */

G_END_DECLS
