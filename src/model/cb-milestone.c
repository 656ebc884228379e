/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-milestone"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-action.h"
#include "cb-milestone.h"

/* A milestone on the way to an objective (003 Resource 15 "Milestones";
 * Resource 14 "develop a timeline"), a row of the objective's milestones
 * table. */

struct _CbMilestone
{
  CbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CbMilestone, cb_milestone, CB_TYPE_RECORD)

enum {
  FIELD_TEXT,
  FIELD_DATE,
  FIELD_DONE,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "milestone", N_("Milestone"), NULL, NULL },
};

static const CbFieldSpec fields[] = {
  [FIELD_TEXT] = { "text", CB_FIELD_LINE, N_("Milestone"), N_("A step on the way, that you will both recognise when it is reached"), "milestone", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "milestone", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_DONE] = { "done", CB_FIELD_BOOLEAN, N_("Done"), NULL, "milestone", NULL, 0, CB_FIELD_FLAG_NONE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static int
compare_with_today (CbMilestone *self,
                    GDate       *today)
{
  GDate date, local_today;

  if (today == NULL)
    {
      cb_date_set_today (&local_today);
      today = &local_today;
    }

  if (!cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE), &date))
    return G_MAXINT;

  return g_date_compare (&date, today);
}

static void
cb_milestone_class_init (CbMilestoneClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_milestone_init (CbMilestone *self)
{
}

CbMilestone *
cb_milestone_new (const char *text,
                  const char *date)
{
  CbMilestone *self = g_object_new (CB_TYPE_MILESTONE, NULL);

  g_return_val_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date), self);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_TEXT, text);
  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_milestone_get_text (CbMilestone *self)
{
  g_return_val_if_fail (CB_IS_MILESTONE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TEXT);
}

void
cb_milestone_set_text (CbMilestone *self,
                       const char  *text)
{
  g_return_if_fail (CB_IS_MILESTONE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TEXT, text);
}

const char *
cb_milestone_get_date (CbMilestone *self)
{
  g_return_val_if_fail (CB_IS_MILESTONE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_milestone_set_date (CbMilestone *self,
                       const char  *date)
{
  g_return_if_fail (CB_IS_MILESTONE (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
}

gboolean
cb_milestone_get_done (CbMilestone *self)
{
  g_return_val_if_fail (CB_IS_MILESTONE (self), FALSE);

  return cb_record_get_boolean (CB_RECORD (self), "done");
}

void
cb_milestone_set_done (CbMilestone *self,
                       gboolean     done)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CB_IS_MILESTONE (self));

  if (cb_milestone_get_done (self) == !!done)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !!done);
  cb_record_set_value (CB_RECORD (self), FIELD_DONE, &value);
}

gboolean
cb_milestone_is_due (CbMilestone *self,
                     GDate       *today)
{
  g_return_val_if_fail (CB_IS_MILESTONE (self), FALSE);

  return !cb_milestone_get_done (self) && compare_with_today (self, today) <= 0;
}

gboolean
cb_milestone_is_overdue (CbMilestone *self,
                         GDate       *today)
{
  g_return_val_if_fail (CB_IS_MILESTONE (self), FALSE);

  return !cb_milestone_get_done (self) && compare_with_today (self, today) < 0;
}
