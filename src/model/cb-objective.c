/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-objective"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-action.h"
#include "cb-document.h"
#include "cb-objective.h"

/* An objective of a development plan (003 Resources 14–15) with the SMART
 * check of seeds/000 Track 10 "Setting SMART learning objectives": a tick
 * and a note for each letter, the Track's guidance text as the help. Each
 * objective has an id of its own, so that meeting actions can serve it and
 * reviews can record its outcome. */

struct _CbObjective
{
  CbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CbObjective, cb_objective, CB_TYPE_RECORD)

enum {
  FIELD_ID,
  FIELD_OBJECTIVE,
  FIELD_SMART_SPECIFIC,
  FIELD_SMART_SPECIFIC_NOTE,
  FIELD_SMART_MEASURABLE,
  FIELD_SMART_MEASURABLE_NOTE,
  FIELD_SMART_ACHIEVABLE,
  FIELD_SMART_ACHIEVABLE_NOTE,
  FIELD_SMART_REALISTIC,
  FIELD_SMART_REALISTIC_NOTE,
  FIELD_SMART_TIMED,
  FIELD_SMART_TIMED_NOTE,
  FIELD_TIMESCALE,
  FIELD_TARGET_DATE,
  FIELD_MILESTONES,
  FIELD_SUCCESS_CRITERIA,
  FIELD_STATUS,
  FIELD_PROGRESS_NOTES,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "objective", N_("Objective"), NULL, NULL },
  { "smart", N_("SMART Check"), N_("Good targets are always SMART: specific, measurable, achievable, realistic and timed"), NULL },
  { "timescale", N_("Timescale and Milestones"), NULL, NULL },
  { "progress", N_("Success and Progress"), NULL, NULL },
};

/* seeds/000 Track 10 "Setting SMART learning objectives". */
#define GUIDANCE_SPECIFIC N_("The targets should be very clear – a good test is to consider how easy it would be for a third party to understand them.")
#define GUIDANCE_MEASURABLE N_("It should be possible to judge when the targets have been achieved. What will be different? What evidence of success will you be able to present? Don’t just think of quantitative measures, think also of qualitative ones. They may be more difficult to measure, but are often more valuable.")
#define GUIDANCE_ACHIEVABLE N_("It should be possible to achieve the targets in the timescale allowed and with the available resources.")
#define GUIDANCE_REALISTIC N_("You must be prepared to accept the costs of achieving the targets. If you cannot set the time aside to achieve a particular target, then it is unrealistic.")
#define GUIDANCE_TIMED N_("You should think about the time it will take to achieve each target and specify a date in the not too distant future.")

#define NONE CB_FIELD_FLAG_NONE

static const CbFieldSpec fields[] = {
  [FIELD_ID] = { "id", CB_FIELD_LINE, N_("Identifier"), NULL, "objective", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
  [FIELD_OBJECTIVE] = { "objective", CB_FIELD_TEXT, N_("Objective"), N_("What does the learner need to do in order to achieve the goal?"), "objective", NULL, 0, NONE },

  [FIELD_SMART_SPECIFIC] = { "smart_specific", CB_FIELD_BOOLEAN, N_("Specific"), GUIDANCE_SPECIFIC, "smart", NULL, 0, NONE },
  [FIELD_SMART_SPECIFIC_NOTE] = { "smart_specific_note", CB_FIELD_LINE, N_("Specific: Note"), NULL, "smart", NULL, 0, NONE },
  [FIELD_SMART_MEASURABLE] = { "smart_measurable", CB_FIELD_BOOLEAN, N_("Measurable"), GUIDANCE_MEASURABLE, "smart", NULL, 0, NONE },
  [FIELD_SMART_MEASURABLE_NOTE] = { "smart_measurable_note", CB_FIELD_LINE, N_("Measurable: Note"), NULL, "smart", NULL, 0, NONE },
  [FIELD_SMART_ACHIEVABLE] = { "smart_achievable", CB_FIELD_BOOLEAN, N_("Achievable"), GUIDANCE_ACHIEVABLE, "smart", NULL, 0, NONE },
  [FIELD_SMART_ACHIEVABLE_NOTE] = { "smart_achievable_note", CB_FIELD_LINE, N_("Achievable: Note"), NULL, "smart", NULL, 0, NONE },
  [FIELD_SMART_REALISTIC] = { "smart_realistic", CB_FIELD_BOOLEAN, N_("Realistic"), GUIDANCE_REALISTIC, "smart", NULL, 0, NONE },
  [FIELD_SMART_REALISTIC_NOTE] = { "smart_realistic_note", CB_FIELD_LINE, N_("Realistic: Note"), NULL, "smart", NULL, 0, NONE },
  [FIELD_SMART_TIMED] = { "smart_timed", CB_FIELD_BOOLEAN, N_("Timed"), GUIDANCE_TIMED, "smart", NULL, 0, NONE },
  [FIELD_SMART_TIMED_NOTE] = { "smart_timed_note", CB_FIELD_LINE, N_("Timed: Note"), NULL, "smart", NULL, 0, NONE },

  [FIELD_TIMESCALE] = { "timescale", CB_FIELD_LINE, N_("Timescale"), N_("For example “by the next team meeting” or “within three months”"), "timescale", NULL, 0, NONE },
  [FIELD_TARGET_DATE] = { "target_date", CB_FIELD_DATE, N_("Target Date"), N_("The date by which it will be done"), "timescale", NULL, 0, NONE },
  [FIELD_MILESTONES] = { "milestones", CB_FIELD_TABLE, N_("Milestones"), N_("Dated steps on the way"), "timescale", cb_milestone_get_type, 0, NONE },

  [FIELD_SUCCESS_CRITERIA] = { "success_criteria", CB_FIELD_TEXT, N_("Success Criteria"), N_("How you will both know it has been achieved: what will be different, and what evidence there will be"), "progress", NULL, 0, NONE },
  [FIELD_STATUS] = { "status", CB_FIELD_CHOICE, N_("Status"), NULL, "progress", cb_objective_status_get_type, 0, NONE },
  [FIELD_PROGRESS_NOTES] = { "progress_notes", CB_FIELD_TEXT, N_("Progress"), N_("Notes on progress, from meetings and reviews"), "progress", NULL, 0, NONE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static const struct
{
  guint       tick;
  guint       note;
  const char *label;
  const char *guidance;
} criteria[CB_SMART_N_CRITERIA] = {
  [CB_SMART_SPECIFIC] = { FIELD_SMART_SPECIFIC, FIELD_SMART_SPECIFIC_NOTE, N_("Specific"), GUIDANCE_SPECIFIC },
  [CB_SMART_MEASURABLE] = { FIELD_SMART_MEASURABLE, FIELD_SMART_MEASURABLE_NOTE, N_("Measurable"), GUIDANCE_MEASURABLE },
  [CB_SMART_ACHIEVABLE] = { FIELD_SMART_ACHIEVABLE, FIELD_SMART_ACHIEVABLE_NOTE, N_("Achievable"), GUIDANCE_ACHIEVABLE },
  [CB_SMART_REALISTIC] = { FIELD_SMART_REALISTIC, FIELD_SMART_REALISTIC_NOTE, N_("Realistic"), GUIDANCE_REALISTIC },
  [CB_SMART_TIMED] = { FIELD_SMART_TIMED, FIELD_SMART_TIMED_NOTE, N_("Timed"), GUIDANCE_TIMED },
};

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;

  return FALSE;
}

static gboolean
has_date (CbObjective *self)
{
  return has_text (cb_record_get_string_at (CB_RECORD (self), FIELD_TARGET_DATE)) ||
         has_text (cb_record_get_string_at (CB_RECORD (self), FIELD_TIMESCALE));
}

static gboolean
has_measure (CbObjective *self)
{
  return cb_record_get_boolean_at (CB_RECORD (self), FIELD_SMART_MEASURABLE) ||
         has_text (cb_record_get_string_at (CB_RECORD (self), FIELD_SUCCESS_CRITERIA));
}

static void
cb_objective_constructed (GObject *object)
{
  CbObjective *self = CB_OBJECTIVE (object);
  g_autofree char *id = cb_new_uuid ();

  G_OBJECT_CLASS (cb_objective_parent_class)->constructed (object);

  /* Every row has an id from the start, also one added by an editor with
   * cb_record_append_row(); a row read from a file gets its own back. */
  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_ID, id);
  cb_record_thaw_changes (CB_RECORD (self));
}

static void
cb_objective_class_init (CbObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_objective_constructed;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_objective_init (CbObjective *self)
{
}

CbObjective *
cb_objective_new (const char *objective)
{
  CbObjective *self = g_object_new (CB_TYPE_OBJECTIVE, NULL);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE, objective);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_objective_get_id (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_ID);
}

void
cb_objective_set_id (CbObjective *self,
                     const char  *id)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));
  g_return_if_fail (id != NULL && *id != '\0');

  cb_record_set_string_at (CB_RECORD (self), FIELD_ID, id);
}

const char *
cb_objective_get_objective (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OBJECTIVE);
}

void
cb_objective_set_objective (CbObjective *self,
                            const char  *objective)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_OBJECTIVE, objective);
}

gboolean
cb_objective_get_smart (CbObjective      *self,
                        CbSmartCriterion  criterion)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, FALSE);

  return cb_record_get_boolean_at (CB_RECORD (self), criteria[criterion].tick);
}

void
cb_objective_set_smart (CbObjective      *self,
                        CbSmartCriterion  criterion,
                        gboolean          ticked)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CB_IS_OBJECTIVE (self));
  g_return_if_fail (criterion < CB_SMART_N_CRITERIA);

  if (cb_record_get_boolean_at (CB_RECORD (self), criteria[criterion].tick) == !!ticked)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !!ticked);
  cb_record_set_value (CB_RECORD (self), criteria[criterion].tick, &value);
}

const char *
cb_objective_get_smart_note (CbObjective      *self,
                             CbSmartCriterion  criterion)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return cb_record_get_string_at (CB_RECORD (self), criteria[criterion].note);
}

void
cb_objective_set_smart_note (CbObjective      *self,
                             CbSmartCriterion  criterion,
                             const char       *note)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));
  g_return_if_fail (criterion < CB_SMART_N_CRITERIA);

  cb_record_set_string_at (CB_RECORD (self), criteria[criterion].note, note);
}

const char *
cb_smart_criterion_get_label (CbSmartCriterion criterion)
{
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return _(criteria[criterion].label);
}

const char *
cb_smart_criterion_get_guidance (CbSmartCriterion criterion)
{
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return _(criteria[criterion].guidance);
}

const char *
cb_smart_criterion_get_field (CbSmartCriterion criterion)
{
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return fields[criteria[criterion].tick].name;
}

const char *
cb_smart_criterion_get_note_field (CbSmartCriterion criterion)
{
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return fields[criteria[criterion].note].name;
}

const char *
cb_objective_get_timescale (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TIMESCALE);
}

void
cb_objective_set_timescale (CbObjective *self,
                            const char  *timescale)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TIMESCALE, timescale);
}

const char *
cb_objective_get_target_date (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TARGET_DATE);
}

void
cb_objective_set_target_date (CbObjective *self,
                              const char  *target_date)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));
  g_return_if_fail (target_date == NULL || *target_date == '\0' || cb_date_is_valid_iso (target_date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TARGET_DATE, target_date);
}

const char *
cb_objective_get_success_criteria (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_SUCCESS_CRITERIA);
}

void
cb_objective_set_success_criteria (CbObjective *self,
                                   const char  *criteria_text)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_SUCCESS_CRITERIA, criteria_text);
}

CbObjectiveStatus
cb_objective_get_status (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), CB_OBJECTIVE_STATUS_NOT_STARTED);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_STATUS);
}

void
cb_objective_set_status (CbObjective       *self,
                         CbObjectiveStatus  status)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));
  g_return_if_fail (status <= CB_OBJECTIVE_STATUS_DROPPED);

  if (cb_objective_get_status (self) != status)
    cb_record_set_enum (CB_RECORD (self), "status", status);
}

const char *
cb_objective_get_progress_notes (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_PROGRESS_NOTES);
}

void
cb_objective_set_progress_notes (CbObjective *self,
                                 const char  *notes)
{
  g_return_if_fail (CB_IS_OBJECTIVE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_PROGRESS_NOTES, notes);
}

GListModel *
cb_objective_get_milestones (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  return cb_record_get_table (CB_RECORD (self), "milestones");
}

CbMilestone *
cb_objective_add_milestone (CbObjective *self,
                            const char  *text,
                            const char  *date)
{
  g_autoptr(CbMilestone) milestone = NULL;

  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);
  g_return_val_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date), NULL);

  if (!cb_record_get_editable (CB_RECORD (self)))
    return NULL;

  milestone = cb_milestone_new (text, date);
  cb_record_add_row (CB_RECORD (self), "milestones", CB_RECORD (milestone));

  return milestone;   /* the table holds it */
}

gboolean
cb_objective_is_smart (CbObjective *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE (self), FALSE);

  return cb_objective_smart_hint (self) == NULL;
}

const char *
cb_objective_smart_hint (CbObjective *self)
{
  gboolean dated, measured;

  g_return_val_if_fail (CB_IS_OBJECTIVE (self), NULL);

  if (!has_text (cb_record_get_string_at (CB_RECORD (self), FIELD_OBJECTIVE)))
    return _("Not yet SMART: say what the objective is");

  dated = has_date (self);
  measured = has_measure (self);

  if (!dated && !measured)
    return _("Not yet SMART: add a date by which it will be done and how you will measure it");
  if (!dated)
    return _("Not yet SMART: add a date by which it will be done");
  if (!measured)
    return _("Not yet SMART: add how you will measure it");

  return NULL;
}

gboolean
cb_objective_is_open (CbObjective *self)
{
  CbObjectiveStatus status;

  g_return_val_if_fail (CB_IS_OBJECTIVE (self), FALSE);

  status = cb_objective_get_status (self);
  return has_text (cb_record_get_string_at (CB_RECORD (self), FIELD_OBJECTIVE)) &&
         status != CB_OBJECTIVE_STATUS_ACHIEVED && status != CB_OBJECTIVE_STATUS_DROPPED;
}
