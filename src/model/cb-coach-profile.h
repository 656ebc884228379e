/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-record.h"

G_BEGIN_DECLS

#define CB_TYPE_COACH_PROFILE (cb_coach_profile_get_type ())

G_DECLARE_FINAL_TYPE (CbCoachProfile, cb_coach_profile, CB, COACH_PROFILE, CbRecord)

CbCoachProfile *cb_coach_profile_new           (void);

/* The one-page profile for prospective clients (seeds/001, "The Coach /
 * Mentor Profile"). @photo_path may be NULL; a blank form leaves every
 * answer to be written in. */
CbForm         *cb_coach_profile_describe_form (CbCoachProfile *self,
                                                const char     *practice_name,
                                                const char     *photo_path,
                                                gboolean        blank);

G_END_DECLS
