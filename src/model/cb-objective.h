/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-enums.h"
#include "cb-milestone.h"
#include "cb-record.h"

G_BEGIN_DECLS

/* One objective of a development plan: a row of the plan's "objectives"
 * table (FORMS.md §5; 003 Resources 14–15; 000 Track 10 "Setting SMART
 * learning objectives"). Edits of a row are edits of the plan that owns it.
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   "id"                  LINE, not printed: a UUID given on creation, so
 *                         that meeting actions ("serves_objective") and
 *                         review outcomes ("objective_id") can refer to it
 *   "objective"           TEXT     "Objective"
 *   "smart_specific"      BOOLEAN  "Specific"    help: Track 10 guidance
 *   "smart_specific_note" LINE
 *   "smart_measurable"    BOOLEAN  "Measurable"  help: Track 10 guidance
 *   "smart_measurable_note" LINE
 *   "smart_achievable"    BOOLEAN  "Achievable"  help: Track 10 guidance
 *   "smart_achievable_note" LINE
 *   "smart_realistic"     BOOLEAN  "Realistic"   help: Track 10 guidance
 *   "smart_realistic_note" LINE
 *   "smart_timed"         BOOLEAN  "Timed"       help: Track 10 guidance
 *   "smart_timed_note"    LINE
 *   "timescale"           LINE     "Timescale", e.g. "by the end of June"
 *   "target_date"         DATE     "Target Date", YYYY-MM-DD or ""
 *   "milestones"          TABLE    rows of CbMilestone (see cb-milestone.h)
 *   "success_criteria"    TEXT     "Success Criteria"
 *   "status"              CHOICE   CbObjectiveStatus: "not-started" |
 *                                  "in-progress" | "achieved" | "dropped"
 *   "progress_notes"      TEXT     "Progress"
 */
#define CB_TYPE_OBJECTIVE (cb_objective_get_type ())

G_DECLARE_FINAL_TYPE (CbObjective, cb_objective, CB, OBJECTIVE, CbRecord)

/* The five letters of SMART, in order. */
typedef enum
{
  CB_SMART_SPECIFIC,
  CB_SMART_MEASURABLE,
  CB_SMART_ACHIEVABLE,
  CB_SMART_REALISTIC,
  CB_SMART_TIMED,
  CB_SMART_N_CRITERIA
} CbSmartCriterion;

/* A new objective with a fresh id, not started. */
CbObjective       *cb_objective_new                  (const char        *objective);

const char        *cb_objective_get_id               (CbObjective       *self);
/* Only for readers of old data; new objectives get their id from
 * cb_objective_new(). */
void               cb_objective_set_id               (CbObjective       *self,
                                                      const char        *id);
const char        *cb_objective_get_objective        (CbObjective       *self);
void               cb_objective_set_objective        (CbObjective       *self,
                                                      const char        *objective);
gboolean           cb_objective_get_smart            (CbObjective       *self,
                                                      CbSmartCriterion   criterion);
void               cb_objective_set_smart            (CbObjective       *self,
                                                      CbSmartCriterion   criterion,
                                                      gboolean           ticked);
const char        *cb_objective_get_smart_note       (CbObjective       *self,
                                                      CbSmartCriterion   criterion);
void               cb_objective_set_smart_note       (CbObjective       *self,
                                                      CbSmartCriterion   criterion,
                                                      const char        *note);
/* The criterion's name ("Specific"…) and the Track 10 guidance text shown
 * on demand, both translated. */
const char        *cb_smart_criterion_get_label      (CbSmartCriterion   criterion);
const char        *cb_smart_criterion_get_guidance   (CbSmartCriterion   criterion);
/* The JSON names of the tick and the note ("smart_specific",
 * "smart_specific_note"…). */
const char        *cb_smart_criterion_get_field      (CbSmartCriterion   criterion);
const char        *cb_smart_criterion_get_note_field (CbSmartCriterion   criterion);

const char        *cb_objective_get_timescale        (CbObjective       *self);
void               cb_objective_set_timescale        (CbObjective       *self,
                                                      const char        *timescale);
const char        *cb_objective_get_target_date      (CbObjective       *self);
void               cb_objective_set_target_date      (CbObjective       *self,
                                                      const char        *target_date);
const char        *cb_objective_get_success_criteria (CbObjective       *self);
void               cb_objective_set_success_criteria (CbObjective       *self,
                                                      const char        *criteria);
CbObjectiveStatus  cb_objective_get_status           (CbObjective       *self);
void               cb_objective_set_status           (CbObjective       *self,
                                                      CbObjectiveStatus  status);
const char        *cb_objective_get_progress_notes   (CbObjective       *self);
void               cb_objective_set_progress_notes   (CbObjective       *self,
                                                      const char        *notes);

/* The milestones, a GListModel of CbMilestone. */
GListModel        *cb_objective_get_milestones       (CbObjective       *self);
/* Appends a milestone and returns it (borrowed: the table holds it). */
CbMilestone       *cb_objective_add_milestone        (CbObjective       *self,
                                                      const char        *text,
                                                      const char        *date);

/* The gentle SMART check, never a refusal. An objective is SMART enough
 * when it has some text, says by when (a target_date or a timescale) and
 * how it will be measured (the "measurable" tick or success criteria).
 * The five ticks are the coach's own judgement and are not required. */
gboolean           cb_objective_is_smart             (CbObjective       *self);
/* NULL when SMART, else one translated sentence saying what to add first:
 *   no text:      "Not yet SMART: say what the objective is"
 *   no date:      "Not yet SMART: add a date by which it will be done"
 *   no measure:   "Not yet SMART: add how you will measure it"
 *   neither:      "Not yet SMART: add a date by which it will be done and
 *                  how you will measure it" */
const char        *cb_objective_smart_hint           (CbObjective       *self);
/* Open: not achieved and not dropped (an objective with no text is never
 * open). */
gboolean           cb_objective_is_open              (CbObjective       *self);

G_END_DECLS
