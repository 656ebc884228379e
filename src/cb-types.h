/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _CbRecord       CbRecord;
typedef struct _CbDocument     CbDocument;
typedef struct _CbCoachProfile CbCoachProfile;
typedef struct _CbClient       CbClient;
typedef struct _CbPractice     CbPractice;
typedef struct _CbStore        CbStore;

G_END_DECLS
