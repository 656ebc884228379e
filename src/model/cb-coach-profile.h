/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-record.h"

G_BEGIN_DECLS

#define CB_TYPE_COACH_PROFILE (cb_coach_profile_get_type ())

G_DECLARE_FINAL_TYPE (CbCoachProfile, cb_coach_profile, CB, COACH_PROFILE, CbRecord)

CbCoachProfile *cb_coach_profile_new (void);

G_END_DECLS
