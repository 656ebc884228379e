/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-action.h"
#include "cb-client.h"
#include "cb-document.h"
#include "cb-enums.h"
#include "cb-objective.h"

G_BEGIN_DECLS

/* A development plan (FORMS.md §5; 003 Resource 14 "Personal development
 * plan" and Resource 15 "Action plan"; 000 Track 6 "Identifying learning
 * needs" and Track 10 "Setting SMART learning objectives"): type
 * "coachbook.plan", version 1, kept in the client's "plans" folder, dated
 * by "start_date". The same document is the coach's own PDP when it is a
 * practice document (cb_practice_add_document(), no client).
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   group "plan" — the Resource 15 header:
 *   "mentee_name"            LINE     "Mentee"
 *   "mentor_name"            LINE     "Mentor"
 *   "meeting_date"           DATE     "Date of Meeting"
 *   "length"                 LINE     "Length of Meeting"
 *   "method"                 CHOICE   CbMeetingMethod (as meetings):
 *                                     "face-to-face" | "telephone" |
 *                                     "video-call" | "messenger" | "email" |
 *                                     "other"
 *   "start_date"             DATE     "Action Plan Start Date" (dates the plan)
 *   "completion_date"        DATE     "Estimated Completion Date"
 *   "review_dates"           LIST     "Review Dates", YYYY-MM-DD lines
 *   group "goals":
 *   "long_term_goal"         TEXT     "Long-Term Goal"
 *   "priorities"             LIST     "Short-Term Goals and Priorities",
 *                                     in order
 *   group "learning-needs" — Track 6's questions:
 *   "want_to_do"             TEXT     "What do you want to be able to do?"
 *   "want_to_feel"           TEXT     "How do you want to feel?"
 *   "want_to_be"             TEXT     "Where do you want to be?"
 *   "achieve_by"             LINE     "When do you want to achieve this by?"
 *                                     (a date or words)
 *   "need_to_learn"          LIST     "What do you need to learn?"
 *   group "objectives":
 *   "objectives"             TABLE    rows of CbObjective (cb-objective.h),
 *                                     each with its own "milestones" TABLE
 *   group "opportunities":
 *   "learning_opportunities" MULTI_CHOICE CbLearningOpportunity:
 *                                     "one-to-one-coaching" | "job-shadowing" |
 *                                     "in-house-workshops" |
 *                                     "on-the-job-training" |
 *                                     "delegated-tasks" | "job-swaps" |
 *                                     "secondment" | "reading" |
 *                                     "e-learning" | "visits" |
 *                                     "voluntary-work"
 *   group "comments":
 *   "comments"               TEXT     "Additional Comments"
 */
#define CB_TYPE_PLAN (cb_plan_get_type ())

G_DECLARE_FINAL_TYPE (CbPlan, cb_plan, CB, PLAN, CbDocument)

#define CB_PLAN_TYPE_NAME "coachbook.plan"

/* Progress at a glance (cb_plan_get_progress()). */
typedef struct
{
  guint n_objectives;          /* objectives with some text */
  guint by_status[4];          /* indexed by CbObjectiveStatus */
  guint n_not_smart;           /* open objectives not yet SMART */
  guint n_milestones;          /* milestones with some text */
  guint milestones_done;
  guint milestones_due;        /* not done, dated on or before today */
  guint milestones_overdue;    /* not done, dated before today (a subset of due) */
} CbPlanProgress;

/* An empty plan: no dates, face to face, no objectives. */
CbPlan          *cb_plan_new                          (void);
/* A plan for @client: mentee_name from the client, mentor_name from the
 * practice's coach profile (when the client belongs to a practice),
 * start_date and meeting_date today (from @now, NULL: the local time);
 * everything else empty. Not added to the client. */
CbPlan          *cb_plan_new_for_client               (CbClient        *client,
                                                       GDateTime       *now);
/* The coach's own plan (a PDP, kept in the practice's me/plans/): the
 * coach as the one learning, starting today (@now, NULL: now). */
CbPlan          *cb_plan_new_for_coach                (CbPractice      *practice,
                                                       GDateTime       *now);

const char      *cb_plan_get_start_date               (CbPlan          *self);
void             cb_plan_set_start_date               (CbPlan          *self,
                                                       const char      *date);
const char      *cb_plan_get_completion_date          (CbPlan          *self);
void             cb_plan_set_completion_date          (CbPlan          *self,
                                                       const char      *date);
const char      *cb_plan_get_long_term_goal           (CbPlan          *self);
void             cb_plan_set_long_term_goal           (CbPlan          *self,
                                                       const char      *goal);
/* New NULL-terminated arrays, never NULL. */
GStrv            cb_plan_dup_priorities               (CbPlan          *self);
void             cb_plan_set_priorities               (CbPlan          *self,
                                                       const char * const *priorities);
GStrv            cb_plan_dup_review_dates             (CbPlan          *self);
void             cb_plan_set_review_dates             (CbPlan          *self,
                                                       const char * const *dates);

/* The start date as a GDate; FALSE when the plan has none. */
gboolean         cb_plan_get_start_gdate              (CbPlan          *self,
                                                       GDate           *date);

/* The objectives, a GListModel of CbObjective. */
GListModel      *cb_plan_get_objectives               (CbPlan          *self);
/* Appends a new objective (fresh id, not started) and returns it
 * (borrowed: the table holds it), or NULL when the plan cannot be edited. */
CbObjective     *cb_plan_add_objective                (CbPlan          *self,
                                                       const char      *objective);
void             cb_plan_remove_objective             (CbPlan          *self,
                                                       CbObjective     *objective);
/* Borrowed, or NULL. */
CbObjective     *cb_plan_find_objective               (CbPlan          *self,
                                                       const char      *objective_id);

/* Counts by status and milestones done / due / overdue on @today (NULL:
 * the local date). */
void             cb_plan_get_progress                 (CbPlan          *self,
                                                       GDate           *today,
                                                       CbPlanProgress  *out);
/* Every objective with text is SMART (an empty plan is not "not SMART"). */
gboolean         cb_plan_is_smart                     (CbPlan          *self);

/* The CbAction rows of @client's meetings whose serves_objective is
 * @objective_id, oldest meeting first: a new array of references, never
 * NULL. */
GPtrArray       *cb_plan_list_actions_for_objective   (CbPlan          *self,
                                                       CbClient        *client,
                                                       const char      *objective_id);

/* @client's plans, newest first (by start_date, then created): a new array
 * of references. */
GPtrArray       *cb_client_list_plans                 (CbClient        *client);
/* The newest plan of @client, or NULL (borrowed). */
CbPlan          *cb_client_get_current_plan           (CbClient        *client);

G_END_DECLS
