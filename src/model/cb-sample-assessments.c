/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sample"

#include "config.h"

#include "cb-sample.h"
#include "cb-self-assessment.h"

/* The sample coach's self-assessments (FORMS.md §9): three attempts at
 * "Where are you now?", about nine, five and one month before now, in
 * which more answers move to Usually as the coach listens more and tells
 * less. The middle one is evenly split between Usually and Sometimes, so
 * the sample shows how Coachbook reads a tie. */

#define U CB_SELF_ASSESSMENT_ANSWER_USUALLY
#define S CB_SELF_ASSESSMENT_ANSWER_SOMETIMES
#define R CB_SELF_ASSESSMENT_ANSWER_RARELY

typedef struct
{
  int                     months_ago;
  CbSelfAssessmentAnswer  answers[CB_SELF_ASSESSMENT_N_ITEMS];
  const char             *reflections[CB_SELF_ASSESSMENT_N_REFLECTIONS];
} Attempt;

/* Items in the booklet's order: 15 "Do you", then 8 "Are you". */
static const Attempt attempts[] = {
  { 9,
    /* Usually 6, Sometimes 11, Rarely 6: mostly Sometimes. */
    { U, S, U, S, R, R, R, S, U, S, S, S, S, R, R,
      S, U, S, U, S, S, R, U },
    { "More of a mentor than I would like to admit. Twenty years of managing people means I reach for my own experience and hand it over as advice. I want to be a coach first and a mentor when someone asks for it.",
      "My clients would leave with their own answers rather than mine, which is what lasts. For me it is the difference between being a helpful ex-manager and a professional coach. I need to listen without planning my reply, ask open questions and let silences run.",
      "Record every session honestly in my journal, ask Helen in supervision to listen to one recording a month, and take the listening and questioning module of my course before the spring.",
      "Helen again, and the EMCC’s code of ethics for the boundaries. I have not thought at all about what I write down and who may see it; I will read the data protection guidance before I take on new clients." } },
  { 5,
    /* Usually 10, Sometimes 10, Rarely 3: evenly split. */
    { U, S, U, S, U, R, S, S, U, U, U, S, S, R, R,
      S, U, S, U, U, S, S, U },
    { "Moving towards coach. I catch myself before giving advice most of the time now, and I ask whether someone wants my experience before I offer it.",
      "The first-time managers notice it: Priya said our last session was the first where she left with a plan she believed in. I still need to get better at feedback that builds confidence, and at agreeing targets the client owns.",
      "Keep the monthly recording with Helen, practise the feedback model with the peer group on Thursdays, and ask two clients for honest feedback at their reviews.",
      "I now keep notes as agreed in each contract and have asked an HR adviser I trust about confidentiality when an employer pays for the coaching." } },
  { 1,
    /* Usually 16, Sometimes 6, Rarely 1: mostly Usually. */
    { U, U, U, S, U, S, U, U, U, U, U, U, U, S, R,
      U, U, S, U, U, S, S, U },
    { "A coach, and I can choose to mentor when that is what someone needs. The difference now is that it is a choice, not a habit.",
      "The qualification and, more importantly, clients who grow without me. What I still rarely do is adapt to people with special needs; I have never been asked to, which may be the problem.",
      "Take the inclusive coaching workshop in the autumn, ask the programme coordinator what adjustments past participants needed, and keep answering this questionnaire every few months.",
      "I know whom to ask now: Helen for ethics, the HR adviser for employment questions, and the booklet’s list of organisations for anything else." } },
};

#undef U
#undef S
#undef R

void
cb_sample_add_self_assessments (CbPractice *practice,
                                GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;

  g_return_if_fail (CB_IS_PRACTICE (practice));

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  for (guint a = 0; a < G_N_ELEMENTS (attempts); a++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_months (now, -attempts[a].months_ago);
      g_autoptr(CbSelfAssessment) attempt = cb_self_assessment_new_from (NULL, when);

      for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
        cb_self_assessment_set_answer (attempt, i, attempts[a].answers[i]);
      for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
        cb_self_assessment_set_reflection (attempt, r, attempts[a].reflections[r]);

      cb_practice_add_document (practice, CB_DOCUMENT (attempt));
    }
}
