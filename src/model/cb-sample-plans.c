/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sample"

#include "config.h"

#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-review.h"
#include "cb-sample.h"

/* The sample's development plans and reviews (FORMS.md §5–6), kept apart
 * from cb-sample.c so that each part of the sample can grow on its own.
 * Dates are relative to now, like the sample meetings they refer to. */

static CbClient *
find_client (GPtrArray  *clients,
             const char *name)
{
  for (guint i = 0; i < clients->len; i++)
    {
      CbClient *client = g_ptr_array_index (clients, i);

      if (g_strcmp0 (cb_client_get_name (client), name) == 0)
        return client;
    }

  return NULL;
}

static char *
date_from_now (GDateTime *now,
               int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static void
set_list (CbRecord           *record,
          const char         *name,
          const char * const *items)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), name);

  g_return_if_fail (index >= 0);

  cb_record_set_strv_at (record, index, items);
}

static CbPlan *
add_plan (CbClient   *client,
          GDateTime  *now,
          int         start_days,
          int         completion_days,
          const char *length,
          const char *goal)
{
  g_autoptr(GDateTime) start = g_date_time_add_days (now, start_days);
  g_autoptr(CbPlan) plan = cb_plan_new_for_client (client, start);
  g_autofree char *completion = date_from_now (now, completion_days);

  cb_record_set_string (CB_RECORD (plan), "mentor_name", "Morgan Ellery");
  cb_record_set_string (CB_RECORD (plan), "length", length);
  cb_plan_set_completion_date (plan, completion);
  cb_plan_set_long_term_goal (plan, goal);

  cb_client_add_document (client, CB_DOCUMENT (plan));
  return plan;   /* the client holds it */
}

static void
set_review_dates (CbPlan    *plan,
                  GDateTime *now,
                  int        first,
                  int        second)
{
  g_autofree char *a = date_from_now (now, first);
  g_autofree char *b = date_from_now (now, second);
  const char *dates[] = { a, b, NULL };

  cb_plan_set_review_dates (plan, dates);
}

static CbObjective *
add_objective (CbPlan     *plan,
               GDateTime  *now,
               const char *text,
               const char *timescale,
               int         target_days,
               const char *criteria,
               gboolean    all_ticks)
{
  CbObjective *objective = cb_plan_add_objective (plan, text);

  cb_objective_set_timescale (objective, timescale);
  if (target_days != G_MININT)
    {
      g_autofree char *target = date_from_now (now, target_days);
      cb_objective_set_target_date (objective, target);
    }
  cb_objective_set_success_criteria (objective, criteria);
  if (all_ticks)
    for (guint c = 0; c < CB_SMART_N_CRITERIA; c++)
      cb_objective_set_smart (objective, c, TRUE);

  return objective;
}

static void
add_milestone (CbObjective *objective,
               GDateTime   *now,
               const char  *text,
               int          days,
               gboolean     done)
{
  g_autofree char *date = date_from_now (now, days);
  CbMilestone *milestone = cb_objective_add_milestone (objective, text, date);

  cb_milestone_set_done (milestone, done);
}

/* Lets the sample meeting action @text serve @objective. */
static void
link_action (CbClient    *client,
             const char  *text,
             CbObjective *objective)
{
  g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);

  for (guint i = 0; i < meetings->len; i++)
    {
      GListModel *actions = cb_meeting_get_actions (g_ptr_array_index (meetings, i));

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(CbAction) action = g_list_model_get_item (actions, j);

          if (g_strcmp0 (cb_action_get_action (action), text) == 0)
            {
              cb_action_set_serves_objective (action, cb_objective_get_id (objective));
              return;
            }
        }
    }

  g_critical ("Sample action “%s” is missing", text);
}

static CbReview *
add_review (CbClient     *client,
            GDateTime    *now,
            int           days,
            CbReviewType  type)
{
  g_autoptr(GDateTime) when = g_date_time_add_days (now, days);
  g_autoptr(CbReview) review = cb_review_new_for_client (client, type, when);

  cb_client_add_document (client, CB_DOCUMENT (review));
  return review;   /* the client holds it */
}

static void
record_outcome (CbReview    *review,
                CbObjective *objective,
                CbOutcome    outcome,
                const char  *evidence)
{
  CbReviewOutcome *row = cb_review_find_outcome (review, cb_objective_get_id (objective));

  g_return_if_fail (row != NULL);

  cb_review_outcome_set_outcome (row, outcome);
  cb_review_outcome_set_evidence (row, evidence);
}

void
cb_sample_add_plans_and_reviews (GPtrArray *clients,
                                 GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  CbClient *client;
  CbPlan *plan;
  CbObjective *o1, *o2;
  CbReview *review;
  CbRecord *r;

  g_return_if_fail (clients != NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  /* Priya: one SMART objective with milestones, one not yet SMART; an
   * initial review as a baseline. */
  if ((client = find_client (clients, "Priya Raman")) != NULL)
    {
      const char *priorities[] = {
        "Get the rota under control",
        "Protect two hours a week for planning",
        "Hand over two tasks to senior nurses",
        NULL
      };
      const char *to_learn[] = {
        "How to plan a rota a month ahead",
        "How to delegate without losing track",
        "How to say no kindly",
        NULL
      };

      plan = add_plan (client, now, -42, 140, "1 hour",
                       "Lead the ward with confidence and be seen as approachable and fair.");
      r = CB_RECORD (plan);
      set_review_dates (plan, now, 7, 60);
      cb_plan_set_priorities (plan, priorities);
      cb_record_set_string (r, "want_to_do", "Run the rota without last-minute gaps and still have time for the staff.");
      cb_record_set_string (r, "want_to_feel", "In control, not pulled in every direction.");
      cb_record_set_string (r, "want_to_be", "A ward manager people come to because they want to, not because they have to.");
      cb_record_set_string (r, "achieve_by", "The end of the quarter");
      set_list (r, "need_to_learn", to_learn);
      cb_record_set_flags (r, "learning_opportunities",
                           CB_LEARNING_OPPORTUNITY_ONE_TO_ONE_COACHING | CB_LEARNING_OPPORTUNITY_JOB_SHADOWING |
                           CB_LEARNING_OPPORTUNITY_READING);

      o1 = add_objective (plan, now, "No unfilled shifts on the ward for four weeks running.",
                          "By the end of the quarter", 49,
                          "The rota shows no unfilled shift for four consecutive weeks; fewer last-minute calls to bank staff.",
                          TRUE);
      cb_objective_set_smart_note (o1, CB_SMART_ACHIEVABLE, "With the two bank shifts the matron agreed");
      cb_objective_set_status (o1, CB_OBJECTIVE_STATUS_IN_PROGRESS);
      cb_objective_set_progress_notes (o1, "Plan drafted; the matron agreed two bank shifts a week.");
      add_milestone (o1, now, "90-day plan drafted", -30, TRUE);
      add_milestone (o1, now, "Rota gaps agreed with the matron", -20, TRUE);
      add_milestone (o1, now, "Four weeks without an unfilled shift", 28, FALSE);
      link_action (client, "Draft a one-page plan for the first 90 days", o1);
      link_action (client, "Book a meeting with the matron about rota gaps", o1);

      /* Not yet SMART: no date, no measure. */
      o2 = add_objective (plan, now, "Delegate more.", NULL, G_MININT, NULL, FALSE);
      cb_objective_set_smart (o2, CB_SMART_REALISTIC, TRUE);
      cb_objective_set_smart_note (o2, CB_SMART_SPECIFIC, "Which tasks, to whom?");
      link_action (client, "Try the delegation checklist with two senior nurses", o2);

      review = add_review (client, now, -40, CB_REVIEW_TYPE_INITIAL);
      r = CB_RECORD (review);
      cb_record_set_flags (r, "sources", CB_REVIEW_SOURCE_SELF_ASSESSMENT | CB_REVIEW_SOURCE_FEEDBACK);
      cb_record_set_string (r, "sources_notes", "Priya’s own account of a typical week; a short note from Dr Okafor.");
      cb_record_set_string (r, "discussion", "The baseline: rota gaps most weeks, no planning time, everything comes to Priya.");
      cb_record_set_string (r, "next_steps", "Work on the rota first; look at delegation once the rota is steadier.");
    }

  /* Tomasz: a SMART plan, actions serving it, and a formative review. */
  if ((client = find_client (clients, "Tomasz Wiśniewski")) != NULL)
    {
      const char *priorities[] = {
        "Rehearse the presentation",
        "Prepare for the board’s questions",
        NULL
      };

      plan = add_plan (client, now, -30, 60, "45 minutes",
                       "Be trusted by the board to present the analytics team’s work.");
      r = CB_RECORD (plan);
      set_review_dates (plan, now, -5, 45);
      cb_plan_set_priorities (plan, priorities);
      cb_record_set_enum (r, "method", CB_MEETING_METHOD_FACE_TO_FACE);
      cb_record_set_string (r, "want_to_do", "Present the quarterly analysis to the board without reading from notes.");
      cb_record_set_string (r, "want_to_feel", "Calm when the questions come.");
      cb_record_set_flags (r, "learning_opportunities",
                           CB_LEARNING_OPPORTUNITY_ONE_TO_ONE_COACHING | CB_LEARNING_OPPORTUNITY_VISITS);

      o1 = add_objective (plan, now, "Present the quarterly analysis to the board without notes and take questions calmly.",
                          "Next quarter’s board meeting", 40,
                          "The presentation is given without notes; the chair’s feedback mentions clarity; Tomasz rates his calm 7 or more.",
                          TRUE);
      cb_objective_set_status (o1, CB_OBJECTIVE_STATUS_IN_PROGRESS);
      add_milestone (o1, now, "One rehearsal with a colleague", -12, TRUE);
      add_milestone (o1, now, "Three likely questions written down", 1, FALSE);
      add_milestone (o1, now, "Rehearsal with someone who presents to boards", 20, FALSE);
      link_action (client, "Rehearse the board presentation with a colleague", o1);
      link_action (client, "Write down three questions the board is likely to ask", o1);

      o2 = add_objective (plan, now, "Meet two people who present to boards often and learn how they handle questions.",
                          "Within six weeks", 42, "Two conversations held and notes kept.", TRUE);
      link_action (client, "Introduce Tomasz to the analytics network", o2);

      review = add_review (client, now, -5, CB_REVIEW_TYPE_FORMATIVE);
      r = CB_RECORD (review);
      cb_record_set_flags (r, "sources", CB_REVIEW_SOURCE_OBSERVATION | CB_REVIEW_SOURCE_SELF_ASSESSMENT);
      cb_record_set_string (r, "sources_notes", "The rehearsal; Tomasz’s own notes.");
      cb_record_set_string (r, "discussion", "The rehearsal went better than he feared. The fear is of questions, not of the talk.");
      record_outcome (review, o1, CB_OUTCOME_PARTLY, "One rehearsal given without notes.");
      record_outcome (review, o2, CB_OUTCOME_NOT_ACHIEVED, "Not started yet: the introduction is still to come.");
      cb_record_set_string (r, "next_steps", "List likely questions; meet someone from the analytics network.");
      cb_record_set_string (r, "private_notes", "Still talks of feeling like an impostor.");
    }

  /* Daniel: the group's plan, SMART, no review yet. */
  if ((client = find_client (clients, "Daniel Osei")) != NULL)
    {
      plan = add_plan (client, now, -14, 80, "90 minutes",
                       "The senior managers use social media with confidence to reach new audiences.");
      set_review_dates (plan, now, 30, 75);
      o1 = add_objective (plan, now, "Each manager runs one small campaign on a platform new to them.",
                          "Within three months", 76,
                          "Four campaigns run; each manager can say what worked and what did not.",
                          TRUE);
      cb_objective_set_status (o1, CB_OBJECTIVE_STATUS_NOT_STARTED);
      add_milestone (o1, now, "One question each sent to Daniel", 4, FALSE);
      add_milestone (o1, now, "Platforms chosen", 21, FALSE);
      link_action (client, "Each manager sends one question about social media", o1);
    }

  /* Gareth: the ended relationship, its plan achieved, a formative review
   * on the way and the summative review at the end. */
  if ((client = find_client (clients, "Gareth Llewellyn")) != NULL)
    {
      plan = add_plan (client, now, -330, -200, "1 hour",
                       "Be appointed head teacher of a primary school within the year.");
      o1 = add_objective (plan, now, "Lead the school improvement plan as acting deputy.",
                          "By the end of the spring term", -260,
                          "The plan is agreed by governors and two of its actions are complete.", TRUE);
      cb_objective_set_status (o1, CB_OBJECTIVE_STATUS_ACHIEVED);
      add_milestone (o1, now, "Draft shared with the head", -300, TRUE);
      add_milestone (o1, now, "Governors’ approval", -270, TRUE);
      o2 = add_objective (plan, now, "Apply for three headships and prepare for each interview.",
                          "Within the year", -210,
                          "Three applications made; feedback from each interview recorded.", TRUE);
      cb_objective_set_status (o2, CB_OBJECTIVE_STATUS_ACHIEVED);
      add_milestone (o2, now, "First application", -250, TRUE);
      add_milestone (o2, now, "Mock interview", -235, TRUE);

      review = add_review (client, now, -260, CB_REVIEW_TYPE_FORMATIVE);
      cb_record_set_flags (CB_RECORD (review), "sources", CB_REVIEW_SOURCE_FEEDBACK | CB_REVIEW_SOURCE_WORK_PRODUCTS);
      cb_record_set_string (CB_RECORD (review), "discussion", "The improvement plan is approved; time to start applying.");
      record_outcome (review, o1, CB_OUTCOME_ACHIEVED, "Governors’ minutes approving the plan.");
      record_outcome (review, o2, CB_OUTCOME_NOT_ASSESSED, "");

      review = add_review (client, now, -199, CB_REVIEW_TYPE_SUMMATIVE);
      r = CB_RECORD (review);
      cb_record_set_flags (r, "sources", CB_REVIEW_SOURCE_SELF_ASSESSMENT | CB_REVIEW_SOURCE_FEEDBACK | CB_REVIEW_SOURCE_360);
      cb_record_set_string (r, "discussion", "We looked back over the year: from acting deputy to a headship.");
      record_outcome (review, o1, CB_OUTCOME_ACHIEVED, "Governors’ minutes; the head’s reference.");
      record_outcome (review, o2, CB_OUTCOME_ACHIEVED, "Appointed at the second interview.");
      cb_record_set_string (r, "next_steps", "Gareth finds a mentor among experienced heads in the county.");
      cb_record_set_string (r, "further_development", "Budget management; leading a staff team through change.");
      cb_record_set_string (r, "recognition", "Celebrated at the last meeting; his governors and the county adviser have recognised the work on the improvement plan.");
      cb_review_set_dependency_check (review, CB_DEPENDENCY_READY);
      cb_record_set_string (r, "dependency_notes", "Ready to go on alone; knows where to find support.");
    }
}
