/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-types"

#include "config.h"

#include "cb-agreement.h"
#include "cb-client.h"
#include "cb-document-types.h"
#include "cb-evaluation.h"   /* referrals and evaluations */
#include "cb-meeting.h"
#include "cb-plan.h"         /* plans and reviews */
#include "cb-practice.h"
#include "cb-referral.h"     /* referrals and evaluations */
#include "cb-review.h"       /* plans and reviews */

/* The one list of document types: the store reads a client's folder with
 * it, the schema tool and the command line walk it. */

const GType *
cb_document_get_client_types (guint *n_types)
{
  static GType types[6];

  if (types[0] == 0)
    {
      types[5] = CB_TYPE_REVIEW;       /* plans and reviews */
      types[4] = CB_TYPE_PLAN;         /* plans and reviews */
      types[3] = CB_TYPE_EVALUATION;   /* referrals and evaluations */
      types[2] = CB_TYPE_REFERRAL;     /* referrals and evaluations */
      types[1] = CB_TYPE_MEETING;
      types[0] = CB_TYPE_AGREEMENT;
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}

const GType *
cb_document_get_all_types (guint *n_types)
{
  static GType types[8];

  if (types[0] == 0)
    {
      types[7] = CB_TYPE_REVIEW;       /* plans and reviews */
      types[6] = CB_TYPE_PLAN;         /* plans and reviews */
      types[5] = CB_TYPE_EVALUATION;   /* referrals and evaluations */
      types[4] = CB_TYPE_REFERRAL;     /* referrals and evaluations */
      types[1] = CB_TYPE_CLIENT;
      types[2] = CB_TYPE_AGREEMENT;
      types[3] = CB_TYPE_MEETING;
      types[0] = CB_TYPE_PRACTICE;   /* last: it marks the table as filled */
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}

GType
cb_document_type_from_name (const char *type_name)
{
  const GType *types;
  guint n_types;

  if (type_name == NULL)
    return G_TYPE_INVALID;

  types = cb_document_get_all_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      if (g_strcmp0 (CB_DOCUMENT_CLASS (klass)->type_name, type_name) == 0)
        return types[i];
    }

  return G_TYPE_INVALID;
}
