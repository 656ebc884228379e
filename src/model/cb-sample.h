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

G_END_DECLS
