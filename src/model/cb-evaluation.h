/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-document.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* The evaluation at the end of a coaching or mentoring relationship
 * (FORMS.md §8): type "coachbook.evaluation", version 1, kept in the
 * client's "evaluations" folder, dated by "date", printed as
 * "End-of-Relationship Evaluation". Two parts: the mentor's or coach's
 * answers to the sixteen questions of seeds/003 Resource 6 ("Exemplar
 * evaluation - mentors"), labelled with the source's wording, and the
 * client's answers to the four questions of seeds/004.
 *
 * Resource 6 gives the questions but no answer scales. How each is read:
 * a question asking to rate or how much is a rating (INTEGER, 0 = not
 * answered, else 1–5); a question answered yes or no is a CHOICE of
 * CbYesNo ("unset" | "yes" | "no"), so "not answered" differs from "no";
 * a question asking to describe, or what, is free text (TEXT).
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   "date"                      DATE
 *   From the mentor or coach (seeds/003 Resource 6):
 *    1 "programme_rating"          INTEGER 0, 1–5  How would you rate the mentoring programme?
 *    2 "experience_quality"        TEXT    How would you describe the quality of your
 *                                          experience as a participant in the programme?
 *    3 "volunteer_again"           YES/NO  Would you volunteer to serve as a mentor again in the future?
 *    4 "training_helped"           YES/NO  Did the mentor training session help you prepare
 *                                          for your mentoring experience?
 *    5 "wanted_more_training"      YES/NO  Would you have liked additional training?
 *    6 "responsibilities_clarity"  INTEGER 0, 1–5  How clearly defined were your mentor responsibilities?
 *    7 "coordinators_accessible"   YES/NO  Were the mentor programme co-ordinators accessible and
 *                                          easy to talk to and seek advice from when necessary?
 *    8 "relationship"              TEXT    How would you describe your relationship with your mentee?
 *    9 "time_sufficient"           YES/NO  Do you think that the time you spent with your mentee
 *                                          was sufficient?
 *   10 "time_helpful"              YES/NO  Do you think that the time you spent together was
 *                                          helpful for your mentee?
 *   11 "gained_personally"         YES/NO  Did you gain personally from this relationship?
 *   12 "meet_less_often"           YES/NO  Would you have preferred to meet less often with your mentee?
 *   13 "meet_more_often"           YES/NO  Would you have preferred to meet more often with your mentee?
 *   14 "most_satisfying"           TEXT    What was most satisfying about the mentor programme?
 *   15 "least_satisfying"          TEXT    What was least satisfying about the mentor programme?
 *   16 "improvements"              TEXT    What would you suggest to improve the mentor programme?
 *   From the client (seeds/004), TEXT each:
 *   "client_coach_helpful"      Was the coach helpful?
 *   "client_aided_learning"     Did the coaching aid your learning?
 *   "client_gained_hoped"       Did you gain what you hoped to gain from the experience?
 *   "client_work_performance"   Has this fed back into your organisation and affected your
 *                               work performance?
 *   "private_notes"             TEXT, PRIVATE: printed only when asked for
 *
 * Ratings stay on their scale whoever sets them: cb_evaluation_set_rating()
 * refuses a number off the scale, and so does setting the property (the
 * rating keeps its value and the property is notified). */

#define CB_TYPE_EVALUATION (cb_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (CbEvaluation, cb_evaluation, CB, EVALUATION, CbDocument)

#define CB_EVALUATION_ERROR (cb_evaluation_error_quark ())

typedef enum
{
  CB_EVALUATION_ERROR_OUT_OF_RANGE,   /* a rating off its scale */
  CB_EVALUATION_ERROR_NOT_A_RATING,   /* the field is not a rating */
  CB_EVALUATION_ERROR_READ_ONLY,      /* opened from a newer version of Coachbook */
} CbEvaluationError;

/* The rating scale: 1 (lowest) to 5 (highest); 0 means not answered. */
#define CB_EVALUATION_RATING_MIN 1
#define CB_EVALUATION_RATING_MAX 5

/* How a question is answered. */
typedef enum
{
  CB_EVALUATION_ANSWER_RATING,   /* INTEGER on the rating scale */
  CB_EVALUATION_ANSWER_YES_NO,   /* CHOICE of CbYesNo */
  CB_EVALUATION_ANSWER_TEXT,     /* free text */
} CbEvaluationAnswerKind;

GQuark             cb_evaluation_error_quark          (void);

CbEvaluation      *cb_evaluation_new                  (void);

const char        *cb_evaluation_get_date             (CbEvaluation *self);
void               cb_evaluation_set_date             (CbEvaluation *self,
                                                       const char   *date);

/* The JSON names of the sixteen Resource 6 questions, in the source's
 * order (NULL-terminated, static), and of the client's four. */
const char * const *cb_evaluation_get_coach_questions  (void);
const char * const *cb_evaluation_get_client_questions (void);
/* How @field is answered; FALSE when @field is not one of the questions. */
gboolean           cb_evaluation_question_get_kind    (const char             *field,
                                                       CbEvaluationAnswerKind *kind);
/* The question's wording, translated (the field's label). */
const char        *cb_evaluation_question_get_text    (const char   *field);

/* A rating question's answer, 0 (not answered) or 1–5. */
int                cb_evaluation_get_rating           (CbEvaluation *self,
                                                       const char   *field);
/* Refuses a number off the scale (0 clears) and a field that is not a
 * rating, leaving the evaluation as it was. */
gboolean           cb_evaluation_set_rating           (CbEvaluation *self,
                                                       const char   *field,
                                                       int           rating,
                                                       GError      **error);
/* A yes/no question's answer. */
CbYesNo            cb_evaluation_get_answer           (CbEvaluation *self,
                                                       const char   *field);
void               cb_evaluation_set_answer           (CbEvaluation *self,
                                                       const char   *field,
                                                       CbYesNo       answer);
/* A free-text answer ("" when none). */
const char        *cb_evaluation_get_text             (CbEvaluation *self,
                                                       const char   *field);
void               cb_evaluation_set_text             (CbEvaluation *self,
                                                       const char   *field,
                                                       const char   *text);

/* The coach's own notes, never printed unless asked. */
const char        *cb_evaluation_get_private_notes    (CbEvaluation *self);
void               cb_evaluation_set_private_notes    (CbEvaluation *self,
                                                       const char   *text);

/* Questions of each part that have an answer. */
guint              cb_evaluation_count_coach_answers  (CbEvaluation *self);
guint              cb_evaluation_count_client_answers (CbEvaluation *self);

/* The client's latest evaluation (by date), or NULL. Borrowed: the
 * client's document list holds it. */
CbEvaluation      *cb_client_get_evaluation           (CbClient     *client);

G_END_DECLS
