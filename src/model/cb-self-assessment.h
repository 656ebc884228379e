/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document.h"
#include "cb-enums.h"
#include "cb-practice.h"

G_BEGIN_DECLS

/* The coach's self-assessment questionnaire (FORMS.md §9; seeds/000
 * Track 2, "Where are you now?"): type "coachbook.self-assessment",
 * version 1, the coach's own (kept in me/assessments/), dated by "date",
 * printed as "Where are you now?". One document is one attempt; the
 * attempts together are the coach's history (see History below).
 *
 * The booklet asks the coach to tick, for each of its items, the box that
 * best describes their current abilities "in practice (not how you feel
 * or wish)". Each item is a CHOICE of CbSelfAssessmentAnswer:
 * "unset" (not answered) | "usually" | "sometimes" | "rarely", the labels
 * as the booklet prints them ("Usually", "Sometimes", "Rarely").
 *
 * JSON members, in the booklet's order (property names are the
 * kebab-case forms; the labels are the items word for word):
 *   "date"                      DATE (required)
 *   group "do-you", "Do you":
 *   "do_rapport"                Establish rapport and open communication?
 *   "do_commitment"             Get acceptance and commitment to performance goals?
 *   "do_explain"                Clearly explain concepts, techniques and facts?
 *   "do_expectations"           Set high expectations of performance?
 *   "do_listen"                 Listen actively and positively?
 *   "do_observe"                Observe people at work alertly and accurately
 *                               (no question mark, as printed)
 *   "do_own_decisions"          Encourage people to make their own decisions?
 *   "do_targets"                Agree realistic targets with individuals?
 *   "do_praise"                 Give praise when it is due?
 *   "do_mistakes"               Help people to learn from their mistakes?
 *   "do_questioning"            Use appropriate questioning techniques?
 *   "do_empathy"                Show sensitivity and empathy to learner’s thoughts and ideas?
 *   "do_feedback"               Give clear, concise, constructive, confidence-building feedback?
 *   "do_learning_styles"        Encourage and adapt to individual learning and operating styles?
 *   "do_special_needs"          Actively help and encourage people with special needs?
 *   group "are-you", "Are you":
 *   "are_patient"               Patient?
 *   "are_funny_side"            Able to see the funny side?
 *   "are_assertive"             Assertive, not aggressive?
 *   "are_knowledgeable"         Knowledgeable and skilful, but not a know-it-all?
 *   "are_reflective"            Reflective and analytical?
 *   "are_confident"             Confident, not arrogant?
 *   "are_emotions"              Able to manage emotions in yourself and others?
 *   "are_motivator"             A motivator and positive role model?
 *   group "reflection", "Reflection" (the four questions closing Track 2), TEXT each:
 *   "reflection_coach_or_mentor"  Are you naturally more of a coach or a mentor? …
 *   "reflection_benefits"         How will becoming a good coach or mentor benefit you, …
 *   "reflection_how"              How are you going to do this and who can help?
 *   "reflection_legal"            Is there anyone who can advise you about the legal side …
 *
 * The result ("Self assessment" in the booklet): the number of each
 * answer, and the interpretation of the most frequent answer — the
 * booklet's three texts under "If most of your scores are:", word for
 * word (cb_self_assessment_answer_get_interpretation()). "Most" is read as
 * "more often than either other answer", counting only the items
 * answered.
 *
 * Ties: the booklet does not say what happens when two or three answers
 * are given equally often; this is Coachbook's own rule, not the
 * booklet's. When answers tie for the most, the result is "evenly split"
 * and shows the interpretation of every answer that ties, in the order
 * Usually, Sometimes, Rarely, so the coach reads both (or all three) and
 * weighs them: neither is hidden and neither is favoured. With no answer
 * at all there is no interpretation. A partly answered questionnaire
 * gets the result of the items answered so far, and says how many are
 * left.
 *
 * Evidence: the booklet adds that "You can use this self evaluation to
 * trigger your own development and provide evidence for G3 Evaluate and
 * Develop own Practice." (cb_self_assessment_get_evidence_note()).
 *
 * History: each attempt is a document of its own. The practice's
 * attempts in order (cb_self_assessment_list_attempts()), the answer to
 * an item in each, what moved between two attempts, and a new attempt
 * that starts from the last one's answers. */

#define CB_TYPE_SELF_ASSESSMENT (cb_self_assessment_get_type ())

G_DECLARE_FINAL_TYPE (CbSelfAssessment, cb_self_assessment, CB, SELF_ASSESSMENT, CbDocument)

#define CB_SELF_ASSESSMENT_TYPE_NAME "coachbook.self-assessment"

/* 15 "Do you" items, then 8 "Are you" items. */
#define CB_SELF_ASSESSMENT_N_DO_ITEMS   15
#define CB_SELF_ASSESSMENT_N_ARE_ITEMS  8
#define CB_SELF_ASSESSMENT_N_ITEMS      (CB_SELF_ASSESSMENT_N_DO_ITEMS + CB_SELF_ASSESSMENT_N_ARE_ITEMS)
#define CB_SELF_ASSESSMENT_N_REFLECTIONS 4
/* The three answers (not "not answered"), Usually first. */
#define CB_SELF_ASSESSMENT_N_ANSWERS    3

/* The booklet's two headings, in order. */
typedef enum
{
  CB_SELF_ASSESSMENT_SECTION_DO_YOU,
  CB_SELF_ASSESSMENT_SECTION_ARE_YOU,
} CbSelfAssessmentSection;

/* The result of one attempt (cb_self_assessment_get_result()). */
typedef struct
{
  guint                  counts[CB_SELF_ASSESSMENT_N_ANSWERS + 1];  /* indexed by CbSelfAssessmentAnswer; [UNSET]: not answered */
  guint                  n_answered;
  /* The answers given most often, in the order Usually, Sometimes,
   * Rarely: none when nothing is answered, one, or two or three on a tie. */
  guint                  n_most_frequent;
  CbSelfAssessmentAnswer most_frequent[CB_SELF_ASSESSMENT_N_ANSWERS];
} CbSelfAssessmentResult;

/* How an item's answer moved from one attempt to a later one. */
typedef enum
{
  CB_SELF_ASSESSMENT_MOVE_NONE,      /* the same answer */
  CB_SELF_ASSESSMENT_MOVE_UP,        /* towards Usually (Rarely → Sometimes → Usually) */
  CB_SELF_ASSESSMENT_MOVE_DOWN,      /* towards Rarely */
  CB_SELF_ASSESSMENT_MOVE_ANSWERED,  /* not answered before, answered now */
  CB_SELF_ASSESSMENT_MOVE_CLEARED,   /* answered before, not now */
} CbSelfAssessmentMove;

typedef struct
{
  guint                  item;
  CbSelfAssessmentAnswer before;
  CbSelfAssessmentAnswer after;
  CbSelfAssessmentMove   move;
} CbSelfAssessmentChange;

CbSelfAssessment      *cb_self_assessment_new          (void);

const char            *cb_self_assessment_get_date     (CbSelfAssessment *self);
void                   cb_self_assessment_set_date     (CbSelfAssessment *self,
                                                        const char       *date);

/* The items, 0 … CB_SELF_ASSESSMENT_N_ITEMS - 1 in the booklet's order. */
const char            *cb_self_assessment_item_get_name    (guint item);   /* JSON name */
const char            *cb_self_assessment_item_get_text    (guint item);   /* translated wording */
CbSelfAssessmentSection cb_self_assessment_item_get_section (guint item);
/* The item of JSON name @name, or -1. */
int                    cb_self_assessment_find_item        (const char *name);
/* "Do you", "Are you" (translated). */
const char            *cb_self_assessment_section_get_heading (CbSelfAssessmentSection section);

CbSelfAssessmentAnswer cb_self_assessment_get_answer   (CbSelfAssessment       *self,
                                                        guint                   item);
void                   cb_self_assessment_set_answer   (CbSelfAssessment       *self,
                                                        guint                   item,
                                                        CbSelfAssessmentAnswer  answer);

/* The four reflection questions, 0 … 3 in the booklet's order. */
const char            *cb_self_assessment_reflection_get_name (guint reflection);
const char            *cb_self_assessment_reflection_get_text (guint reflection);
const char            *cb_self_assessment_get_reflection (CbSelfAssessment *self,
                                                          guint             reflection);
void                   cb_self_assessment_set_reflection (CbSelfAssessment *self,
                                                          guint             reflection,
                                                          const char       *text);

/* Scoring */
void                   cb_self_assessment_get_result   (CbSelfAssessment       *self,
                                                        CbSelfAssessmentResult *result);
guint                  cb_self_assessment_count_answer (CbSelfAssessment       *self,
                                                        CbSelfAssessmentAnswer  answer);
/* The booklet's text for "If most of your scores are" @answer, word for
 * word and translated ("you are probably a competent coach or mentor
 * already (or are not being honest with yourself!)"); NULL for UNSET. */
const char            *cb_self_assessment_answer_get_interpretation (CbSelfAssessmentAnswer answer);
/* A line saying what the result is, in Coachbook's words: "Mostly
 * Usually", "Evenly split between Usually and Sometimes", "Evenly split
 * between Usually, Sometimes and Rarely", "Not answered yet". */
char                  *cb_self_assessment_result_dup_summary (const CbSelfAssessmentResult *result);
/* "Usually 12 · Sometimes 8 · Rarely 3", and "· 2 not answered" when some are not. */
char                  *cb_self_assessment_result_dup_counts  (const CbSelfAssessmentResult *result);
/* The booklet's note on evidence for unit G3 (translated). */
const char            *cb_self_assessment_get_evidence_note  (void);
/* The instruction, quoting the booklet's "in practice (not how you feel or wish)". */
const char            *cb_self_assessment_get_instruction    (void);
/* "If most of your scores are:" (translated). */
const char            *cb_self_assessment_get_interpretation_lead (void);
/* The Reflection's lead-in: "Before moving on to Track 3, …" (translated). */
const char            *cb_self_assessment_get_reflection_lead (void);

/* History */

/* The practice's attempts, oldest first (by date, an undated attempt
 * after the dated ones, as the newest), each a reference. */
GPtrArray             *cb_self_assessment_list_attempts (CbPractice       *practice);
/* The newest attempt (the last of cb_self_assessment_list_attempts()),
 * or NULL. Borrowed: the practice holds it. */
CbSelfAssessment      *cb_self_assessment_get_latest    (CbPractice       *practice);
/* @item's answer in each of @attempts (an array of CbSelfAssessment), in
 * their order; free with g_free(). */
CbSelfAssessmentAnswer *cb_self_assessment_dup_item_history (GPtrArray *attempts,
                                                             guint      item);
/* How @after moved from @before: never NONE when they differ. */
CbSelfAssessmentMove   cb_self_assessment_answer_compare (CbSelfAssessmentAnswer before,
                                                          CbSelfAssessmentAnswer after);
/* The items whose answer differs between @earlier and @later, in the
 * booklet's order: a GArray of CbSelfAssessmentChange. */
GArray                *cb_self_assessment_compare       (CbSelfAssessment *earlier,
                                                         CbSelfAssessment *later);
/* What moved between the practice's last two attempts (empty with fewer
 * than two). */
GArray                *cb_self_assessment_compare_last_two (CbPractice    *practice);

/* A new attempt dated today (from @now; NULL: the local time), not yet
 * added to the practice: with @previous's answers when it is not NULL,
 * and its reflections empty — the reflections belong to the attempt. */
CbSelfAssessment      *cb_self_assessment_new_from      (CbSelfAssessment *previous,
                                                         GDateTime        *now);
/* cb_self_assessment_new_from() the practice's newest attempt (a blank
 * one when there is none). */
CbSelfAssessment      *cb_self_assessment_new_from_last (CbPractice       *practice,
                                                         GDateTime        *now);

G_END_DECLS
