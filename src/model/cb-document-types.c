/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-types"

#include "config.h"

#include "cb-agreement.h"
#include "cb-client.h"
#include "cb-cpd-entry.h"
#include "cb-document-types.h"
#include "cb-evaluation.h"
#include "cb-journal-entry.h"
#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-practice.h"
#include "cb-referral.h"
#include "cb-review.h"
#include "cb-self-assessment.h"

/* The document types Coachbook ships, in the order of their views: a
 * client's tabs, then the rows of My Development (Self-Assessment,
 * Learning Journal, Development Plan, CPD) follow the types each owns. */
static GType (* const builtin_types[]) (void) = {
  cb_practice_get_type,
  cb_client_get_type,
  cb_agreement_get_type,
  cb_meeting_get_type,
  cb_self_assessment_get_type,
  cb_journal_entry_get_type,
  cb_plan_get_type,
  cb_review_get_type,
  cb_referral_get_type,
  cb_evaluation_get_type,
  cb_cpd_entry_get_type,
};

/* One filling of the registry. A registration makes a new one and the
 * old stays valid for whoever still reads it (registrations are rare: a
 * test's own type), so readers on the loader threads need no lock. */
typedef struct
{
  GArray *all;
  GArray *client;
  GArray *coach;
} Registry;

static Registry *current;
static GMutex    register_lock;

static Registry *
registry_new (const GArray *types)
{
  Registry *registry = g_new0 (Registry, 1);

  registry->all = g_array_new (FALSE, FALSE, sizeof (GType));
  registry->client = g_array_new (FALSE, FALSE, sizeof (GType));
  registry->coach = g_array_new (FALSE, FALSE, sizeof (GType));

  for (guint i = 0; i < types->len; i++)
    {
      GType type = g_array_index (types, GType, i);
      /* Kept for the life of the program: document classes live on. */
      CbDocumentClass *klass = g_type_class_ref (type);

      g_array_append_val (registry->all, type);
      if (klass->owners & CB_DOCUMENT_OWNER_CLIENT)
        g_array_append_val (registry->client, type);
      if (klass->owners & CB_DOCUMENT_OWNER_COACH)
        g_array_append_val (registry->coach, type);
    }

  return registry;
}

static const Registry *
get_registry (void)
{
  static gsize filled;

  if (g_once_init_enter (&filled))
    {
      g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (GType));

      for (guint i = 0; i < G_N_ELEMENTS (builtin_types); i++)
        {
          GType type = builtin_types[i] ();
          g_array_append_val (types, type);
        }

      g_atomic_pointer_set (&current, registry_new (types));
      g_once_init_leave (&filled, 1);
    }

  return g_atomic_pointer_get (&current);
}

const GType *
cb_document_get_all_types (guint *n_types)
{
  const Registry *registry = get_registry ();

  *n_types = registry->all->len;
  return (const GType *) registry->all->data;
}

const GType *
cb_document_get_owned_types (CbDocumentOwners  owner_kind,
                             guint            *n_types)
{
  const Registry *registry = get_registry ();
  const GArray *types;

  g_return_val_if_fail (owner_kind == CB_DOCUMENT_OWNER_CLIENT || owner_kind == CB_DOCUMENT_OWNER_COACH, NULL);

  types = owner_kind == CB_DOCUMENT_OWNER_CLIENT ? registry->client : registry->coach;
  *n_types = types->len;
  return (const GType *) types->data;
}

const GType *
cb_document_get_client_types (guint *n_types)
{
  return cb_document_get_owned_types (CB_DOCUMENT_OWNER_CLIENT, n_types);
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
      CbDocumentClass *klass = g_type_class_peek (types[i]);

      if (g_strcmp0 (klass->type_name, type_name) == 0)
        return types[i];
    }

  return G_TYPE_INVALID;
}

void
cb_document_register_type (GType type)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GArray) types = NULL;
  const Registry *old;

  g_return_if_fail (g_type_is_a (type, CB_TYPE_DOCUMENT));

  klass = g_type_class_ref (type);
  g_return_if_fail (CB_DOCUMENT_CLASS (klass)->type_name != NULL);
  g_return_if_fail (CB_DOCUMENT_CLASS (klass)->folder != NULL || CB_DOCUMENT_CLASS (klass)->file_name != NULL);

  locker = g_mutex_locker_new (&register_lock);
  old = get_registry ();
  if (cb_document_type_from_name (CB_DOCUMENT_CLASS (klass)->type_name) != G_TYPE_INVALID)
    return;

  types = g_array_copy (old->all);
  g_array_append_val (types, type);
  g_atomic_pointer_set (&current, registry_new (types));
}
