/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-coach-profile.h"
#include "cb-practice.h"

G_BEGIN_DECLS

/* The sample practice: a coach and a handful of clearly fictional clients
 * that show every part of Coachbook. Every later document type adds its own
 * examples here, so the sample always shows the whole application. */
void       cb_sample_fill_coach_profile (CbCoachProfile *profile);
GPtrArray *cb_sample_create_clients     (void);
/* Adds an agreement of each kind to the clients of
 * cb_sample_create_clients(), found by name. */
void       cb_sample_add_agreements     (GPtrArray      *clients);
/* Adds a history of meetings to the clients of cb_sample_create_clients(),
 * relative to @now (NULL: the current time): past meetings with actions
 * done, overdue and due this week, GROW, OSKAR and the three-stage model,
 * private notes, and next meetings booked for today and the coming days. */
void       cb_sample_add_meetings       (GPtrArray      *clients,
                                         GDateTime      *now);
/* Referrals and evaluations: a sent referral with the client's approval
 * recorded, a draft still waiting for it, and for the ended relationship
 * (Gareth Llewellyn) an evaluation from both sides, relative to @now
 * (NULL: the current time). */
void       cb_sample_add_referrals_and_evaluations (GPtrArray *clients,
                                                    GDateTime *now);
/* Development plans and reviews (in cb-sample-plans.c): plans for the
 * active clients with SMART and not-yet-SMART objectives and milestones,
 * some of the sample meeting actions serving objectives (call after
 * cb_sample_add_meetings()), formative reviews, and for the ended
 * relationship (Gareth Llewellyn) a plan and its summative review, relative
 * to @now (NULL: the current time). */
void       cb_sample_add_plans_and_reviews (GPtrArray *clients,
                                            GDateTime *now);
/* The coach's own self-assessments (in cb-sample-assessments.c): three
 * attempts about nine, five and one month before @now (NULL: the current
 * time), more answers moving to Usually each time, the middle one evenly
 * split, each with the coach's reflections; added to @practice. */
void       cb_sample_add_self_assessments (CbPractice *practice,
                                           GDateTime  *now);
/* The coach's learning journal (in cb-sample-journal.c): a dozen entries
 * over the past year relative to @now (NULL: the current time), tagged
 * across the CMI units and the ENTO units, some answering reflection
 * questions, some linked by id to the clients of @practice (call after
 * the sample clients are added to it) and their meetings. */
void       cb_sample_add_journal           (CbPractice *practice,
                                            GDateTime  *now);

/* CPD and practice hours (in cb-sample-cpd.c): a year of CPD, formal and
 * informal, in the coach's log; and, on the clients of
 * cb_sample_create_clients() (call after cb_sample_add_meetings()), paid
 * and pro bono, individual and group meetings with a few earlier ones, a
 * client who did not agree to be named, and the date the coach's hours
 * count from, relative to @now (NULL: the current time). */
void       cb_sample_add_cpd            (CbPractice     *practice,
                                         GDateTime      *now);
void       cb_sample_add_hours          (CbPractice     *practice,
                                         GPtrArray      *clients,
                                         GDateTime      *now);

G_END_DECLS
