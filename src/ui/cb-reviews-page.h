/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-form.h"
#include "cb-review-editor.h"
#include "cb-review.h"

G_BEGIN_DECLS

#define CB_TYPE_REVIEWS_PAGE (cb_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (CbReviewsPage, cb_reviews_page, CB, REVIEWS_PAGE, AdwBin)

/* A client's reviews: the list (type and date), newest first, or an
 * explanation and a New Review menu when there are none; and the open
 * review in a CbReviewEditor. Its actions ("review.new" with a type's nick
 * — "initial", "formative" or "summative" —, ".close", ".print",
 * ".export-pdf", ".print-blank", ".add-outcome") are in
 * cb_reviews_page_get_actions(), which the window also inserts so its
 * header bar can offer them. */
GtkWidget      *cb_reviews_page_new          (void);
CbClient       *cb_reviews_page_get_client   (CbReviewsPage *self);
void            cb_reviews_page_set_client   (CbReviewsPage *self,
                                              CbClient      *client);
GActionGroup   *cb_reviews_page_get_actions  (CbReviewsPage *self);
/* The reviews shown, in order (CbReview). */
GListModel     *cb_reviews_page_get_reviews  (CbReviewsPage *self);
GtkListBox     *cb_reviews_page_get_list_box (CbReviewsPage *self);
/* "empty", "list" or "editor". */
const char     *cb_reviews_page_get_view     (CbReviewsPage *self);

/* What "New Review" does: a review of @type for the client
 * (cb_review_new_for_client(), carrying the current plan's objectives),
 * added through the store and opened. */
CbReview       *cb_reviews_page_new_review   (CbReviewsPage *self,
                                              CbReviewType   type,
                                              GDateTime     *now);
CbReview       *cb_reviews_page_get_review   (CbReviewsPage *self);
void            cb_reviews_page_open         (CbReviewsPage *self,
                                              CbReview      *review);
void            cb_reviews_page_close        (CbReviewsPage *self);
CbReviewEditor *cb_reviews_page_get_editor   (CbReviewsPage *self);
/* The form printed or exported for the open review (the "Review Form");
 * @blank: a form to fill in by hand, of the open review's type. */
CbForm         *cb_reviews_page_describe     (CbReviewsPage *self,
                                              gboolean       blank);
/* What "Export as PDF…" does once a file is chosen. */
void            cb_reviews_page_export_pdf   (CbReviewsPage *self,
                                              GFile         *file);

G_END_DECLS
