/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-action"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cb-action.h"
#include "cb-document.h"

/* An action agreed at a meeting (001 "Record of Meeting": Action, Owner,
 * Date to be achieved), a row of the meeting's actions table. Each action
 * has an id of its own so that a later meeting can carry it over and tick
 * it off in the meeting where it was agreed. */

struct _CbAction
{
  CbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CbAction, cb_action, CB_TYPE_RECORD)

enum {
  FIELD_ID,
  FIELD_ACTION,
  FIELD_OWNER,
  FIELD_OWNER_NAME,
  FIELD_DUE_DATE,
  FIELD_DONE,
  FIELD_DONE_DATE,
  FIELD_SERVES_OBJECTIVE,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "action", N_("Action"), NULL, NULL },
};

static const CbFieldSpec fields[] = {
  [FIELD_ID] = { "id", CB_FIELD_LINE, N_("Identifier"), NULL, "action", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
  [FIELD_ACTION] = { "action", CB_FIELD_LINE, N_("Action"), N_("What will be done"), "action", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_OWNER] = { "owner", CB_FIELD_CHOICE, N_("Owner"), N_("Whose responsibility it is"), "action", cb_action_owner_get_type, 0, CB_FIELD_FLAG_NONE },
  [FIELD_OWNER_NAME] = { "owner_name", CB_FIELD_LINE, N_("Owner’s Name"), N_("Who, when it is someone other than the client or the coach"), "action", NULL, 0, CB_FIELD_FLAG_NO_PRINT },
  [FIELD_DUE_DATE] = { "due_date", CB_FIELD_DATE, N_("Date to Be Achieved"), NULL, "action", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_DONE] = { "done", CB_FIELD_BOOLEAN, N_("Done"), NULL, "action", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_DONE_DATE] = { "done_date", CB_FIELD_DATE, N_("Date Done"), NULL, "action", NULL, 0, CB_FIELD_FLAG_NO_PRINT },
  [FIELD_SERVES_OBJECTIVE] = { "serves_objective", CB_FIELD_LINE, N_("Objective"), N_("The objective of a development plan this action serves"), "action", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static void
cb_action_constructed (GObject *object)
{
  CbAction *self = CB_ACTION (object);
  g_autofree char *id = cb_new_uuid ();

  G_OBJECT_CLASS (cb_action_parent_class)->constructed (object);

  /* Every row has an id from the start, also one added by an editor with
   * cb_record_append_row(); a row read from a file gets its own back. */
  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_ID, id);
  cb_record_thaw_changes (CB_RECORD (self));
}

static void
cb_action_class_init (CbActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_action_constructed;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_action_init (CbAction *self)
{
}

CbAction *
cb_action_new (void)
{
  return g_object_new (CB_TYPE_ACTION, NULL);
}

const char *
cb_action_get_id (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_ID);
}

void
cb_action_set_id (CbAction   *self,
                  const char *id)
{
  g_return_if_fail (CB_IS_ACTION (self));
  g_return_if_fail (id != NULL && *id != '\0');

  cb_record_set_string_at (CB_RECORD (self), FIELD_ID, id);
}

const char *
cb_action_get_action (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_ACTION);
}

void
cb_action_set_action (CbAction   *self,
                      const char *action)
{
  g_return_if_fail (CB_IS_ACTION (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_ACTION, action);
}

CbActionOwner
cb_action_get_owner (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), CB_ACTION_OWNER_CLIENT);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_OWNER);
}

void
cb_action_set_owner (CbAction      *self,
                     CbActionOwner  owner)
{
  g_return_if_fail (CB_IS_ACTION (self));
  g_return_if_fail (owner <= CB_ACTION_OWNER_OTHER);

  if (cb_action_get_owner (self) != owner)
    cb_record_set_enum (CB_RECORD (self), "owner", owner);
}

const char *
cb_action_get_owner_name (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OWNER_NAME);
}

void
cb_action_set_owner_name (CbAction   *self,
                          const char *owner_name)
{
  g_return_if_fail (CB_IS_ACTION (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_OWNER_NAME, owner_name);
}

const char *
cb_action_get_owner_label (CbAction *self)
{
  CbActionOwner owner;

  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  owner = cb_action_get_owner (self);
  if (owner == CB_ACTION_OWNER_OTHER && *cb_record_get_string_at (CB_RECORD (self), FIELD_OWNER_NAME) != '\0')
    return cb_record_get_string_at (CB_RECORD (self), FIELD_OWNER_NAME);

  return cb_enum_get_label (CB_TYPE_ACTION_OWNER, owner);
}

const char *
cb_action_get_due_date (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DUE_DATE);
}

void
cb_action_set_due_date (CbAction   *self,
                        const char *due_date)
{
  g_return_if_fail (CB_IS_ACTION (self));
  g_return_if_fail (due_date == NULL || *due_date == '\0' || cb_date_is_valid_iso (due_date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DUE_DATE, due_date);
}

gboolean
cb_action_get_done (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), FALSE);

  return cb_record_get_boolean (CB_RECORD (self), "done");
}

void
cb_action_set_done (CbAction *self,
                    gboolean  done,
                    GDate    *today)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *date = NULL;

  g_return_if_fail (CB_IS_ACTION (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  done = !!done;
  if (cb_action_get_done (self) == done)
    return;

  if (done)
    {
      GDate local;

      if (today == NULL)
        {
          cb_date_set_today (&local);
          today = &local;
        }
      date = cb_date_to_iso (today);
    }

  /* The date first, so that whoever hears of "done" reads the new date. */
  cb_record_set_string_at (CB_RECORD (self), FIELD_DONE_DATE, date);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, done);
  cb_record_set_value (CB_RECORD (self), FIELD_DONE, &value);
}

const char *
cb_action_get_done_date (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DONE_DATE);
}

const char *
cb_action_get_serves_objective (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_SERVES_OBJECTIVE);
}

void
cb_action_set_serves_objective (CbAction   *self,
                                const char *objective_id)
{
  g_return_if_fail (CB_IS_ACTION (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_SERVES_OBJECTIVE, objective_id);
}

gboolean
cb_action_get_due_gdate (CbAction *self,
                         GDate    *date)
{
  g_return_val_if_fail (CB_IS_ACTION (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_DUE_DATE), date);
}

gboolean
cb_action_is_open (CbAction *self)
{
  g_return_val_if_fail (CB_IS_ACTION (self), FALSE);

  return !cb_action_get_done (self) && *cb_record_get_string_at (CB_RECORD (self), FIELD_ACTION) != '\0';
}

gboolean
cb_action_is_overdue (CbAction *self,
                      GDate    *today)
{
  GDate due;
  GDate local;

  g_return_val_if_fail (CB_IS_ACTION (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  if (!cb_action_is_open (self) || !cb_action_get_due_gdate (self, &due))
    return FALSE;

  if (today == NULL)
    {
      cb_date_set_today (&local);
      today = &local;
    }

  return g_date_compare (&due, today) < 0;
}

char *
cb_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

gboolean
cb_date_from_iso (const char *iso,
                  GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (iso == NULL || !cb_date_is_valid_iso (iso))
    return FALSE;

  if (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

void
cb_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}
