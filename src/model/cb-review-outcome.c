/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-review-outcome"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-review-outcome.h"

/* The outcome of one objective, recorded at a review (seeds/000 Track 9,
 * step 3 "Recording the outcomes"), a row of the review's outcomes table. */

struct _CbReviewOutcome
{
  CbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CbReviewOutcome, cb_review_outcome, CB_TYPE_RECORD)

enum {
  FIELD_OBJECTIVE_ID,
  FIELD_OBJECTIVE,
  FIELD_OUTCOME,
  FIELD_EVIDENCE,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "outcome", N_("Outcome"), NULL, NULL },
};

static const CbFieldSpec fields[] = {
  [FIELD_OBJECTIVE_ID] = { "objective_id", CB_FIELD_LINE, N_("Objective Identifier"), N_("The objective of the development plan this outcome is about"), "outcome", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
  [FIELD_OBJECTIVE] = { "objective", CB_FIELD_TEXT, N_("Objective"), NULL, "outcome", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_OUTCOME] = { "outcome", CB_FIELD_CHOICE, N_("Outcome"), N_("Achieved, partly achieved or not achieved"), "outcome", cb_outcome_get_type, 0, CB_FIELD_FLAG_NONE },
  [FIELD_EVIDENCE] = { "evidence", CB_FIELD_TEXT, N_("Evidence"), N_("What shows it: observation, self-assessment, feedback, work products…"), "outcome", NULL, 0, CB_FIELD_FLAG_NONE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static void
cb_review_outcome_class_init (CbReviewOutcomeClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_review_outcome_init (CbReviewOutcome *self)
{
}

CbReviewOutcome *
cb_review_outcome_new (const char *objective_id,
                       const char *objective)
{
  CbReviewOutcome *self = g_object_new (CB_TYPE_REVIEW_OUTCOME, NULL);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE_ID, objective_id);
  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE, objective);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_review_outcome_get_objective_id (CbReviewOutcome *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_OUTCOME (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OBJECTIVE_ID);
}

void
cb_review_outcome_set_objective_id (CbReviewOutcome *self,
                                    const char      *objective_id)
{
  g_return_if_fail (CB_IS_REVIEW_OUTCOME (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE_ID, objective_id);
}

const char *
cb_review_outcome_get_objective (CbReviewOutcome *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_OUTCOME (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OBJECTIVE);
}

void
cb_review_outcome_set_objective (CbReviewOutcome *self,
                                 const char      *objective)
{
  g_return_if_fail (CB_IS_REVIEW_OUTCOME (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE, objective);
}

CbOutcome
cb_review_outcome_get_outcome (CbReviewOutcome *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_OUTCOME (self), CB_OUTCOME_NOT_ASSESSED);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_OUTCOME);
}

void
cb_review_outcome_set_outcome (CbReviewOutcome *self,
                               CbOutcome        outcome)
{
  g_return_if_fail (CB_IS_REVIEW_OUTCOME (self));
  g_return_if_fail (outcome <= CB_OUTCOME_NOT_ACHIEVED);

  if (cb_review_outcome_get_outcome (self) != outcome)
    cb_record_set_enum (CB_RECORD (self), "outcome", outcome);
}

const char *
cb_review_outcome_get_evidence (CbReviewOutcome *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_OUTCOME (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_EVIDENCE);
}

void
cb_review_outcome_set_evidence (CbReviewOutcome *self,
                                const char      *evidence)
{
  g_return_if_fail (CB_IS_REVIEW_OUTCOME (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_EVIDENCE, evidence);
}
