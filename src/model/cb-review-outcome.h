/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-enums.h"
#include "cb-record.h"

G_BEGIN_DECLS

/* The outcome of one objective at a review: a row of the review's
 * "outcomes" table (FORMS.md §6, step 3 "Recording the outcomes"). Edits of
 * a row are edits of the review that owns it.
 *
 * JSON members (property names are the kebab-case forms):
 *   "objective_id"  LINE, not printed: the id of the plan's objective, or
 *                   "" for an outcome written in by hand
 *   "objective"     TEXT     "Objective" (copied from the plan)
 *   "outcome"       CHOICE   CbOutcome: "not-assessed" | "achieved" |
 *                            "partly" | "not-achieved"
 *   "evidence"      TEXT     "Evidence"
 */
#define CB_TYPE_REVIEW_OUTCOME (cb_review_outcome_get_type ())

G_DECLARE_FINAL_TYPE (CbReviewOutcome, cb_review_outcome, CB, REVIEW_OUTCOME, CbRecord)

/* Not assessed yet. */
CbReviewOutcome *cb_review_outcome_new              (const char      *objective_id,
                                                     const char      *objective);

const char      *cb_review_outcome_get_objective_id (CbReviewOutcome *self);
void             cb_review_outcome_set_objective_id (CbReviewOutcome *self,
                                                     const char      *objective_id);
const char      *cb_review_outcome_get_objective    (CbReviewOutcome *self);
void             cb_review_outcome_set_objective    (CbReviewOutcome *self,
                                                     const char      *objective);
CbOutcome        cb_review_outcome_get_outcome      (CbReviewOutcome *self);
void             cb_review_outcome_set_outcome      (CbReviewOutcome *self,
                                                     CbOutcome        outcome);
const char      *cb_review_outcome_get_evidence     (CbReviewOutcome *self);
void             cb_review_outcome_set_evidence     (CbReviewOutcome *self,
                                                     const char      *evidence);

G_END_DECLS
