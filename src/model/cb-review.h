/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-document.h"
#include "cb-enums.h"
#include "cb-review-outcome.h"

G_BEGIN_DECLS

/* A review (FORMS.md §6; 000 Track 9 "Monitoring and Review": three types
 * of review, four steps; 002 units 3015/3016; 003 checklist 7): type
 * "coachbook.review", version 1, kept in the client's "reviews" folder,
 * dated by "date". Printed as the "Review Form", filled or blank.
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   group "review":
 *   "date"                     DATE     "Date of Review" (required)
 *   "review_type"              CHOICE   CbReviewType: "initial" |
 *                                       "formative" | "summative"; the
 *                                       variant field: selects "summative"
 *   group "step-1" — 1. Collecting information:
 *   "sources"                  MULTI_CHOICE CbReviewSource: "observation" |
 *                                       "self-assessment" | "feedback" |
 *                                       "work-products" | "360" | "other"
 *   "sources_notes"            TEXT     "Information Collected"
 *   group "step-2" — 2. Carrying out the review:
 *   "discussion"               TEXT     "Discussion"
 *   group "step-3" — 3. Recording the outcomes:
 *   "outcomes"                 TABLE    rows of CbReviewOutcome
 *                                       (cb-review-outcome.h)
 *   group "step-4" — 4. Planning the next steps:
 *   "next_steps"               TEXT     "Next Steps"
 *   group "summative" (variant "summative") — the final review:
 *   "success_against_criteria" TEXT     "Success Against the Criteria
 *                                       Agreed at the Outset"
 *   "further_development"      TEXT     "Further Areas for Development"
 *   "recognition"              TEXT     "How Success Is Recognised"
 *   "dependency_check"         CHOICE   CbDependency: "unset" |
 *                                       "ready-to-go-on-alone" |
 *                                       "needs-some-support" |
 *                                       "not-yet-ready"
 *   "dependency_notes"         TEXT     "Notes on Dependency"
 *   group "private":
 *   "private_notes"            TEXT, PRIVATE: printed only when asked for
 */
#define CB_TYPE_REVIEW (cb_review_get_type ())

G_DECLARE_FINAL_TYPE (CbReview, cb_review, CB, REVIEW, CbDocument)

#define CB_REVIEW_TYPE_NAME "coachbook.review"

/* An empty review of @type: no date, no outcomes. */
CbReview        *cb_review_new                    (CbReviewType     type);
/* A review of @client of @type, dated today (from @now, NULL: the local
 * time). One outcome row, not assessed, for every objective of the
 * client's current plan (cb_client_get_current_plan()), carrying the
 * objective's id and text. A summative review also starts
 * success_against_criteria with the criteria agreed at the outset: each
 * objective's success criteria, and the overall goal and learning
 * objectives (or hopes) of the client's newest agreement, for the coach to
 * write against. Not added to the client. */
CbReview        *cb_review_new_for_client         (CbClient        *client,
                                                   CbReviewType     type,
                                                   GDateTime       *now);

const char      *cb_review_get_date               (CbReview        *self);
void             cb_review_set_date               (CbReview        *self,
                                                   const char      *date);
/* The date as a GDate; FALSE when the review has none. */
gboolean         cb_review_get_gdate              (CbReview        *self,
                                                   GDate           *date);
CbReviewType     cb_review_get_review_type        (CbReview        *self);
void             cb_review_set_review_type        (CbReview        *self,
                                                   CbReviewType     type);
CbDependency     cb_review_get_dependency_check   (CbReview        *self);
void             cb_review_set_dependency_check   (CbReview        *self,
                                                   CbDependency     dependency);

/* The outcomes, a GListModel of CbReviewOutcome. */
GListModel      *cb_review_get_outcomes           (CbReview        *self);
/* Appends an outcome (not assessed) and returns it (borrowed), or NULL
 * when the review cannot be edited. */
CbReviewOutcome *cb_review_add_outcome            (CbReview        *self,
                                                   const char      *objective_id,
                                                   const char      *objective);
/* The outcome recorded for @objective_id, borrowed, or NULL. */
CbReviewOutcome *cb_review_find_outcome           (CbReview        *self,
                                                   const char      *objective_id);

/* @client's reviews, newest first (by date, then created): a new array of
 * references. */
GPtrArray       *cb_client_list_reviews           (CbClient        *client);
/* The newest review of @client, or NULL (borrowed). */
CbReview        *cb_client_get_latest_review      (CbClient        *client);
/* The newest summative review of @client, or NULL (borrowed). */
CbReview        *cb_client_get_summative_review   (CbClient        *client);

G_END_DECLS
