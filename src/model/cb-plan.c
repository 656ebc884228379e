/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-plan"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-meeting.h"
#include "cb-plan.h"
#include "cb-practice.h"

/* A development plan, FORMS.md §5: the exemplar action plan of seeds/003
 * (Resource 15) with the guide to action planning (Resource 14), the
 * questions for identifying learning needs of seeds/000 Track 6, SMART
 * objectives (Track 10) and the learning opportunities of Track 5. A client
 * document, or the coach's own PDP when it belongs to the practice. */

struct _CbPlan
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbPlan, cb_plan, CB_TYPE_DOCUMENT)

enum {
  FIELD_MENTEE_NAME,
  FIELD_MENTOR_NAME,
  FIELD_MEETING_DATE,
  FIELD_LENGTH,
  FIELD_METHOD,
  FIELD_START_DATE,
  FIELD_COMPLETION_DATE,
  FIELD_REVIEW_DATES,
  FIELD_LONG_TERM_GOAL,
  FIELD_PRIORITIES,
  FIELD_WANT_TO_DO,
  FIELD_WANT_TO_FEEL,
  FIELD_WANT_TO_BE,
  FIELD_ACHIEVE_BY,
  FIELD_NEED_TO_LEARN,
  FIELD_OBJECTIVES,
  FIELD_LEARNING_OPPORTUNITIES,
  FIELD_COMMENTS,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "plan", N_("Action Plan"), NULL, NULL },
  { "goals", N_("Goals"), N_("Start with the big picture: the long-term goal, then the short-term goals and priorities related to it"), NULL },
  { "learning-needs", N_("Identifying Learning Needs"), N_("Open questions that help identify what the learner needs"), NULL },
  { "objectives", N_("Objectives"), N_("Good targets are always SMART: specific, measurable, achievable, realistic and timed"), NULL },
  { "opportunities", N_("Learning Opportunities"), N_("How the learning will be delivered"), NULL },
  { "comments", N_("Additional Comments"), NULL, NULL },
};

#define NONE CB_FIELD_FLAG_NONE

static const CbFieldSpec fields[] = {
  [FIELD_MENTEE_NAME] = { "mentee_name", CB_FIELD_LINE, N_("Mentee"), N_("Whose plan this is"), "plan", NULL, 0, NONE },
  [FIELD_MENTOR_NAME] = { "mentor_name", CB_FIELD_LINE, N_("Mentor"), NULL, "plan", NULL, 0, NONE },
  [FIELD_MEETING_DATE] = { "meeting_date", CB_FIELD_DATE, N_("Date of Meeting"), N_("The meeting at which the plan was agreed"), "plan", NULL, 0, NONE },
  [FIELD_LENGTH] = { "length", CB_FIELD_LINE, N_("Length of Meeting"), NULL, "plan", NULL, 0, NONE },
  [FIELD_METHOD] = { "method", CB_FIELD_CHOICE, N_("Method of Contact"), NULL, "plan", cb_meeting_method_get_type, 0, NONE },
  [FIELD_START_DATE] = { "start_date", CB_FIELD_DATE, N_("Action Plan Start Date"), NULL, "plan", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_COMPLETION_DATE] = { "completion_date", CB_FIELD_DATE, N_("Estimated Completion Date"), NULL, "plan", NULL, 0, NONE },
  [FIELD_REVIEW_DATES] = { "review_dates", CB_FIELD_LIST, N_("Review Dates"), N_("Approximate dates (YYYY-MM-DD) on which you will look back at progress together"), "plan", NULL, 0, NONE },

  [FIELD_LONG_TERM_GOAL] = { "long_term_goal", CB_FIELD_TEXT, N_("Long-Term Goal"), N_("Why is the learner undertaking this programme? Where does it lead?"), "goals", NULL, 0, NONE },
  [FIELD_PRIORITIES] = { "priorities", CB_FIELD_LIST, N_("Short-Term Goals and Priorities"), N_("In order of priority"), "goals", NULL, 0, NONE },

  /* seeds/000 Track 6 "Identifying learning needs". */
  [FIELD_WANT_TO_DO] = { "want_to_do", CB_FIELD_TEXT, N_("What do you want to be able to do?"), N_("For example: “I want to stand up and make a presentation at the next team meeting.”"), "learning-needs", NULL, 0, NONE },
  [FIELD_WANT_TO_FEEL] = { "want_to_feel", CB_FIELD_TEXT, N_("How do you want to feel?"), N_("For example: “I want to feel confident – or at least not feel the panic that I do now!”"), "learning-needs", NULL, 0, NONE },
  [FIELD_WANT_TO_BE] = { "want_to_be", CB_FIELD_TEXT, N_("Where do you want to be?"), N_("For example: “I want to be part of the team.”"), "learning-needs", NULL, 0, NONE },
  [FIELD_ACHIEVE_BY] = { "achieve_by", CB_FIELD_LINE, N_("When do you want to achieve this by?"), N_("A date, or in words: “by the next team meeting”"), "learning-needs", NULL, 0, NONE },
  [FIELD_NEED_TO_LEARN] = { "need_to_learn", CB_FIELD_LIST, N_("What do you need to learn?"), N_("One thing a line, for example “How to calm my nerves”"), "learning-needs", NULL, 0, NONE },

  [FIELD_OBJECTIVES] = { "objectives", CB_FIELD_TABLE, N_("Objectives"), N_("Each with its SMART check, timescale, milestones, success criteria and progress"), "objectives", cb_objective_get_type, 0, NONE },

  /* seeds/000 Track 5. */
  [FIELD_LEARNING_OPPORTUNITIES] = { "learning_opportunities", CB_FIELD_MULTI_CHOICE, N_("Learning Opportunities"), N_("The ways of learning this plan will use"), "opportunities", cb_learning_opportunity_get_type, 0, NONE },

  [FIELD_COMMENTS] = { "comments", CB_FIELD_TEXT, N_("Additional Comments"), NULL, "comments", NULL, 0, NONE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

/* Objectives and milestones a blank plan offers to write in. */
#define BLANK_OBJECTIVES 3
#define BLANK_MILESTONES 3

static const char *
blank_or (const char *text,
          gboolean    blank)
{
  return blank || text == NULL || *text == '\0' ? NULL : text;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  CbPlan *pa = *(CbPlan * const *) a;
  CbPlan *pb = *(CbPlan * const *) b;
  int cmp;

  /* ISO dates sort as text; an undated plan counts as oldest. */
  cmp = strcmp (cb_record_get_string_at (CB_RECORD (pb), FIELD_START_DATE),
                cb_record_get_string_at (CB_RECORD (pa), FIELD_START_DATE));
  if (cmp != 0)
    return cmp;

  return cb_document_compare_created_newest_first (CB_DOCUMENT (pa), CB_DOCUMENT (pb));
}

/* Describing the printed form: the exemplar action plan, Resource 15. */

static void
add_date_field (CbForm     *form,
                const char *label,
                const char *iso,
                gboolean    blank)
{
  g_autofree char *shown = blank ? NULL : cb_format_date (iso);

  cb_form_add_field (form, label, shown);
}

static void
add_checklist (CbForm     *form,
               const char *label,
               GType       type,
               guint64     checked,
               gboolean    is_flags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  guint64 ticks = 0;

  if (is_flags)
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        {
          g_strv_builder_add (builder, cb_flag_get_label (type, klass->values[i].value));
          if ((checked & klass->values[i].value) != 0)
            ticks |= G_GUINT64_CONSTANT (1) << i;
        }
    }
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        {
          g_strv_builder_add (builder, cb_enum_get_label (type, klass->values[i].value));
          if (checked != G_MAXUINT64 && (guint64) klass->values[i].value == checked)
            ticks |= G_GUINT64_CONSTANT (1) << i;
        }
    }

  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, label, (const char * const *) choices, ticks);
}

static void
add_list (CbPlan     *self,
          CbForm     *form,
          guint       index,
          const char *label,
          gboolean    numbered,
          gboolean    blank,
          guint       lines)
{
  g_auto(GStrv) items = blank ? g_new0 (char *, 1) : cb_record_dup_strv_at (CB_RECORD (self), index);

  if (numbered)
    for (guint i = 0; items[i] != NULL; i++)
      {
        /* Translators: a numbered item of a printed list, e.g. "1. Delegate the rota" */
        char *numbered_item = g_strdup_printf (_("%u. %s"), i + 1, items[i]);

        g_free (items[i]);
        items[i] = numbered_item;
      }

  cb_form_add_list (form, label, (const char * const *) items, lines);
}

static void
describe_milestones (CbObjective *objective,
                     CbForm      *form,
                     gboolean     blank)
{
  const char *columns[] = { _("Milestone"), _("Date"), _("Done"), NULL };
  GListModel *milestones = objective != NULL ? cb_objective_get_milestones (objective) : NULL;
  guint n = blank || milestones == NULL ? 0 : g_list_model_get_n_items (milestones);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbMilestone) milestone = g_list_model_get_item (milestones, i);
      g_autofree char *date = cb_format_date (cb_milestone_get_date (milestone));
      char **row = g_new0 (char *, G_N_ELEMENTS (columns));

      row[0] = g_strdup (cb_milestone_get_text (milestone));
      row[1] = g_strdup (date != NULL ? date : "");
      row[2] = g_strdup (cb_milestone_get_done (milestone) ? "✓" : "");
      g_ptr_array_add (rows, row);
    }

  cb_form_add_table (form, columns, rows, n == 0 ? BLANK_MILESTONES : 0);
}

/* One objective; @objective NULL (or @blank) for one to write in. */
static void
describe_objective (CbObjective *objective,
                    guint        number,
                    CbForm      *form,
                    gboolean     blank)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *target = NULL;
  guint64 ticks = 0;

  blank = blank || objective == NULL;

  /* Translators: the heading of one objective of a printed development plan */
  heading = g_strdup_printf (_("Objective %u"), number);
  cb_form_add_heading (form, heading);
  cb_form_add_text (form, _("Objective"), blank ? NULL : blank_or (cb_objective_get_objective (objective), FALSE), 2);

  for (guint c = 0; c < CB_SMART_N_CRITERIA; c++)
    {
      g_strv_builder_add (builder, cb_smart_criterion_get_label (c));
      if (!blank && cb_objective_get_smart (objective, c))
        ticks |= G_GUINT64_CONSTANT (1) << c;
    }
  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, _("SMART check"), (const char * const *) choices, ticks);

  if (!blank)
    for (guint c = 0; c < CB_SMART_N_CRITERIA; c++)
      {
        const char *note = cb_objective_get_smart_note (objective, c);

        if (*note != '\0')
          cb_form_add_field (form, cb_smart_criterion_get_label (c), note);
      }

  cb_form_add_field (form, _("Timescale"), blank ? NULL : blank_or (cb_objective_get_timescale (objective), FALSE));
  if (!blank)
    target = cb_format_date (cb_objective_get_target_date (objective));
  cb_form_add_field (form, _("Target date"), target);

  describe_milestones (blank ? NULL : objective, form, blank);

  cb_form_add_text (form, _("Success criteria"), blank ? NULL : blank_or (cb_objective_get_success_criteria (objective), FALSE), 2);
  add_checklist (form, _("Status"), CB_TYPE_OBJECTIVE_STATUS,
                 blank ? G_MAXUINT64 : (guint64) cb_objective_get_status (objective), FALSE);
  cb_form_add_text (form, _("Progress"), blank ? NULL : blank_or (cb_objective_get_progress_notes (objective), FALSE), 3);
}

static CbForm *
cb_plan_describe_form (CbDocument          *document,
                       const CbFormContext *context)
{
  CbPlan *self = CB_PLAN (document);
  gboolean blank = context->blank;
  GListModel *objectives = cb_plan_get_objectives (self);
  guint n_objectives = blank ? 0 : g_list_model_get_n_items (objectives);
  CbForm *form;

  form = cb_document_begin_form (document, _("Development Plan"), context);

  cb_form_add_field (form, _("Mentee"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_MENTEE_NAME), blank));
  cb_form_add_field (form, _("Mentor"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_MENTOR_NAME), blank));
  add_date_field (form, _("Date of meeting"), cb_record_get_string_at (CB_RECORD (self), FIELD_MEETING_DATE), blank);
  cb_form_add_field (form, _("Length of meeting"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_LENGTH), blank));
  add_checklist (form, _("Method of contact"), CB_TYPE_MEETING_METHOD,
                 blank ? G_MAXUINT64 : (guint64) cb_record_get_enum_at (CB_RECORD (self), FIELD_METHOD), FALSE);
  add_date_field (form, _("Action plan start date"),
                  cb_record_get_string_at (CB_RECORD (self), FIELD_START_DATE), blank);
  add_date_field (form, _("Estimated completion date"),
                  cb_record_get_string_at (CB_RECORD (self), FIELD_COMPLETION_DATE), blank);
  {
    g_auto(GStrv) dates = blank ? g_new0 (char *, 1) : cb_record_dup_strv_at (CB_RECORD (self), FIELD_REVIEW_DATES);

    /* Dates as people read them; anything else as written. */
    for (guint i = 0; dates[i] != NULL; i++)
      {
        char *shown = cb_format_date (dates[i]);

        if (shown != NULL)
          {
            g_free (dates[i]);
            dates[i] = shown;
          }
      }
    cb_form_add_list (form, _("Review dates (approx.)"), (const char * const *) dates, 3);
  }

  cb_form_add_heading (form, _("Long term goal"));
  cb_form_add_text (form, _("Long term goal"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_LONG_TERM_GOAL), blank), 3);

  cb_form_add_heading (form, _("Short term goals and priorities"));
  add_list (self, form, FIELD_PRIORITIES, _("Short term goals and priorities"), TRUE, blank, 3);

  cb_form_add_heading (form, _("Identifying learning needs"));
  cb_form_add_text (form, _("What do you want to be able to do?"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_WANT_TO_DO), blank), 2);
  cb_form_add_text (form, _("How do you want to feel?"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_WANT_TO_FEEL), blank), 2);
  cb_form_add_text (form, _("Where do you want to be?"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_WANT_TO_BE), blank), 2);
  cb_form_add_field (form, _("When do you want to achieve this by?"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_ACHIEVE_BY), blank));
  add_list (self, form, FIELD_NEED_TO_LEARN, _("What do I need to learn in order to achieve my goal?"), FALSE, blank, 4);

  for (guint i = 0; i < n_objectives; i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);

      describe_objective (objective, i + 1, form, FALSE);
    }
  if (n_objectives == 0)
    for (guint i = 0; i < BLANK_OBJECTIVES; i++)
      describe_objective (NULL, i + 1, form, TRUE);

  cb_form_add_heading (form, _("Learning opportunities"));
  add_checklist (form, _("Learning opportunities"), CB_TYPE_LEARNING_OPPORTUNITY,
                 blank ? 0 : cb_record_get_flags (CB_RECORD (self), "learning_opportunities"), TRUE);

  cb_form_add_heading (form, _("Additional comments"));
  cb_form_add_text (form, _("Additional comments"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_COMMENTS), blank), 4);

  return form;
}

static char *
cb_plan_dup_title (CbDocument *document)
{
  CbPlan *self = CB_PLAN (document);
  g_autofree char *date = cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_START_DATE));
  gboolean own = CB_IS_PRACTICE (cb_document_get_parent (document));

  if (date == NULL)
    return g_strdup (own ? _("Personal Development Plan") : _("Development Plan"));

  if (own)
    /* Translators: the title of the coach's own development plan; %s is its start date */
    return g_strdup_printf (_("Personal Development Plan from %s"), date);

  /* Translators: the title of a development plan; %s is its start date */
  return g_strdup_printf (_("Development Plan from %s"), date);
}

static void
cb_plan_class_init (CbPlanClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = CB_PLAN_TYPE_NAME;
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "plans";
  document_class->date_field = "start_date";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT | CB_DOCUMENT_OWNER_COACH;
  document_class->view_title = N_("P_lans");
  document_class->coach_view_title = N_("Development Plan");
  document_class->icon_name = "checkbox-checked-symbolic";
  document_class->help_page = "plans";
  document_class->form_title = N_("Development Plan");
  document_class->dup_title = cb_plan_dup_title;
  document_class->describe_form = cb_plan_describe_form;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_plan_init (CbPlan *self)
{
}

CbPlan *
cb_plan_new (void)
{
  return g_object_new (CB_TYPE_PLAN, NULL);
}

CbPlan *
cb_plan_new_for_client (CbClient  *client,
                        GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *today = NULL;
  CbDocument *practice;
  CbPlan *self;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  self = cb_plan_new ();
  today = g_date_time_format (now, "%Y-%m-%d");

  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_MENTEE_NAME, cb_client_get_name (client));
  cb_record_set_string_at (CB_RECORD (self), FIELD_START_DATE, today);
  cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_DATE, today);

  practice = cb_document_get_parent (CB_DOCUMENT (client));
  if (CB_IS_PRACTICE (practice))
    cb_record_set_string_at (CB_RECORD (self), FIELD_MENTOR_NAME,
                             cb_record_get_string (CB_RECORD (cb_practice_get_coach_profile (CB_PRACTICE (practice))), "name"));
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_plan_get_start_date (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_START_DATE);
}

void
cb_plan_set_start_date (CbPlan     *self,
                        const char *date)
{
  g_return_if_fail (CB_IS_PLAN (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_START_DATE, date);
}

const char *
cb_plan_get_completion_date (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_COMPLETION_DATE);
}

void
cb_plan_set_completion_date (CbPlan     *self,
                             const char *date)
{
  g_return_if_fail (CB_IS_PLAN (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_COMPLETION_DATE, date);
}

CbPlan *
cb_plan_new_for_coach (CbPractice *practice,
                       GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *today = NULL;
  CbPlan *self;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  self = cb_plan_new ();
  today = g_date_time_format (now, "%Y-%m-%d");

  /* The coach is the one learning here. */
  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_MENTEE_NAME,
                           cb_record_get_string (CB_RECORD (cb_practice_get_coach_profile (practice)), "name"));
  cb_record_set_string_at (CB_RECORD (self), FIELD_START_DATE, today);
  cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_DATE, today);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_plan_get_long_term_goal (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_LONG_TERM_GOAL);
}

void
cb_plan_set_long_term_goal (CbPlan     *self,
                            const char *goal)
{
  g_return_if_fail (CB_IS_PLAN (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_LONG_TERM_GOAL, goal);
}

GStrv
cb_plan_dup_priorities (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_dup_strv_at (CB_RECORD (self), FIELD_PRIORITIES);
}

void
cb_plan_set_priorities (CbPlan             *self,
                        const char * const *priorities)
{
  g_return_if_fail (CB_IS_PLAN (self));

  cb_record_set_strv_at (CB_RECORD (self), FIELD_PRIORITIES, priorities);
}

GStrv
cb_plan_dup_review_dates (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_dup_strv_at (CB_RECORD (self), FIELD_REVIEW_DATES);
}

void
cb_plan_set_review_dates (CbPlan             *self,
                          const char * const *dates)
{
  g_return_if_fail (CB_IS_PLAN (self));

  cb_record_set_strv_at (CB_RECORD (self), FIELD_REVIEW_DATES, dates);
}

gboolean
cb_plan_get_start_gdate (CbPlan *self,
                         GDate  *date)
{
  g_return_val_if_fail (CB_IS_PLAN (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_START_DATE), date);
}

GListModel *
cb_plan_get_objectives (CbPlan *self)
{
  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  return cb_record_get_table (CB_RECORD (self), "objectives");
}

CbObjective *
cb_plan_add_objective (CbPlan     *self,
                       const char *objective)
{
  g_autoptr(CbObjective) row = NULL;

  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  if (!cb_record_get_editable (CB_RECORD (self)) || cb_document_get_read_only (CB_DOCUMENT (self)))
    return NULL;

  row = cb_objective_new (objective);
  cb_record_add_row (CB_RECORD (self), "objectives", CB_RECORD (row));

  return row;   /* the table holds it */
}

void
cb_plan_remove_objective (CbPlan      *self,
                          CbObjective *objective)
{
  g_return_if_fail (CB_IS_PLAN (self));
  g_return_if_fail (CB_IS_OBJECTIVE (objective));

  cb_record_remove_row (CB_RECORD (self), "objectives", CB_RECORD (objective));
}

CbObjective *
cb_plan_find_objective (CbPlan     *self,
                        const char *objective_id)
{
  GListModel *objectives;

  g_return_val_if_fail (CB_IS_PLAN (self), NULL);

  if (objective_id == NULL || *objective_id == '\0')
    return NULL;

  objectives = cb_plan_get_objectives (self);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);

      if (g_strcmp0 (cb_objective_get_id (objective), objective_id) == 0)
        return objective;   /* the table holds it */
    }

  return NULL;
}

void
cb_plan_get_progress (CbPlan         *self,
                      GDate          *today,
                      CbPlanProgress *out)
{
  GListModel *objectives;
  GDate local_today;

  g_return_if_fail (CB_IS_PLAN (self));
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  if (today == NULL)
    {
      cb_date_set_today (&local_today);
      today = &local_today;
    }

  objectives = cb_plan_get_objectives (self);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);
      GListModel *milestones;
      CbObjectiveStatus status;

      if (*cb_objective_get_objective (objective) == '\0')
        continue;

      status = cb_objective_get_status (objective);
      out->n_objectives++;
      if (status < G_N_ELEMENTS (out->by_status))
        out->by_status[status]++;
      if (cb_objective_is_open (objective) && !cb_objective_is_smart (objective))
        out->n_not_smart++;

      milestones = cb_objective_get_milestones (objective);
      for (guint j = 0; j < g_list_model_get_n_items (milestones); j++)
        {
          g_autoptr(CbMilestone) milestone = g_list_model_get_item (milestones, j);

          if (*cb_milestone_get_text (milestone) == '\0')
            continue;

          out->n_milestones++;
          if (cb_milestone_get_done (milestone))
            out->milestones_done++;
          else if (cb_milestone_is_due (milestone, today))
            {
              out->milestones_due++;
              if (cb_milestone_is_overdue (milestone, today))
                out->milestones_overdue++;
            }
        }
    }
}

gboolean
cb_plan_is_smart (CbPlan *self)
{
  GListModel *objectives;

  g_return_val_if_fail (CB_IS_PLAN (self), FALSE);

  objectives = cb_plan_get_objectives (self);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);

      if (*cb_objective_get_objective (objective) != '\0' && !cb_objective_is_smart (objective))
        return FALSE;
    }

  return TRUE;
}

GPtrArray *
cb_plan_list_actions_for_objective (CbPlan     *self,
                                    CbClient   *client,
                                    const char *objective_id)
{
  g_autoptr(GPtrArray) meetings = NULL;
  GPtrArray *found;

  g_return_val_if_fail (CB_IS_PLAN (self), NULL);
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  if (objective_id == NULL || *objective_id == '\0')
    return found;

  meetings = cb_client_list_meetings (client);
  for (guint i = meetings->len; i > 0; i--)
    {
      GListModel *actions = cb_meeting_get_actions (g_ptr_array_index (meetings, i - 1));

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(CbAction) action = g_list_model_get_item (actions, j);

          if (g_strcmp0 (cb_action_get_serves_objective (action), objective_id) == 0)
            g_ptr_array_add (found, g_steal_pointer (&action));
        }
    }

  return found;
}

GPtrArray *
cb_client_list_plans (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return cb_client_list_documents (client, CB_TYPE_PLAN, compare_newest_first);
}

CbPlan *
cb_client_get_current_plan (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return CB_PLAN (cb_client_get_first_document (client, CB_TYPE_PLAN, compare_newest_first));
}
