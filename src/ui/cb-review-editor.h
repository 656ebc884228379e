/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-review.h"

G_BEGIN_DECLS

#define CB_TYPE_REVIEW_EDITOR (cb_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbReviewEditor, cb_review_editor, CB, REVIEW_EDITOR, AdwBin)

/* A review (FORMS.md §6) in the order of its field table: the date and
 * type, then the four steps in order (collecting information, carrying
 * out the review, recording the outcomes, planning the next steps), the
 * summative section only for a summative review, and private notes. The
 * outcomes are one small table each: the objective, an outcome drop-down
 * and the evidence. "Add Outcome" uses "view.add-outcome", which the
 * page showing the editor provides. */
GtkWidget   *cb_review_editor_new          (void);
CbReview    *cb_review_editor_get_review   (CbReviewEditor *self);
void         cb_review_editor_set_review   (CbReviewEditor *self,
                                            CbClient       *client,
                                            CbReview       *review);
/* The row of a field of the review by JSON name, or NULL. */
GtkWidget   *cb_review_editor_get_row      (CbReviewEditor *self,
                                            const char     *field_name);
GtkWidget   *cb_review_editor_get_editor   (CbReviewEditor *self,
                                            const char     *field_name);
/* The preferences group of a field group ("step-3", "summative"), or NULL. */
GtkWidget   *cb_review_editor_get_group    (CbReviewEditor *self,
                                            const char     *group_id);
/* The rows of the outcome at @index: its outcome drop-down (an
 * AdwComboRow) and its evidence row, or NULL. */
GtkWidget   *cb_review_editor_get_outcome_row (CbReviewEditor *self,
                                               guint           index,
                                               const char     *field_name);
guint        cb_review_editor_get_n_outcomes (CbReviewEditor *self);
void         cb_review_editor_scroll_to    (CbReviewEditor *self,
                                            GtkWidget      *widget);

G_END_DECLS
