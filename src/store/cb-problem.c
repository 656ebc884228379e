/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-problem"

#include "config.h"

#include "cb-problem.h"

struct _CbProblem
{
  GObject        parent_instance;

  CbProblemKind  kind;
  char          *path;
  char          *message;
};

G_DEFINE_FINAL_TYPE (CbProblem, cb_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MESSAGE,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cb_problem_finalize (GObject *object)
{
  CbProblem *self = CB_PROBLEM (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (cb_problem_parent_class)->finalize (object);
}

static void
cb_problem_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CbProblem *self = CB_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_problem_class_init (CbProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_problem_finalize;
  object_class->get_property = cb_problem_get_property;

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_problem_init (CbProblem *self)
{
}

CbProblem *
cb_problem_new (CbProblemKind  kind,
                const char    *path,
                const char    *message)
{
  CbProblem *self = g_object_new (CB_TYPE_PROBLEM, NULL);

  self->kind = kind;
  self->path = g_strdup (path);
  self->message = g_strdup (message);

  return self;
}

CbProblemKind
cb_problem_get_kind (CbProblem *self)
{
  g_return_val_if_fail (CB_IS_PROBLEM (self), 0);

  return self->kind;
}

const char *
cb_problem_get_path (CbProblem *self)
{
  g_return_val_if_fail (CB_IS_PROBLEM (self), NULL);

  return self->path;
}

const char *
cb_problem_get_message (CbProblem *self)
{
  g_return_val_if_fail (CB_IS_PROBLEM (self), NULL);

  return self->message;
}
