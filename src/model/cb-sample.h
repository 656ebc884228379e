/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-coach-profile.h"

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

G_END_DECLS
