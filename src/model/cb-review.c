/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-action.h"
#include "cb-agreement.h"
#include "cb-plan.h"
#include "cb-review.h"

/* A review, FORMS.md §6: the three types of review and the four steps of
 * seeds/000 Track 9, with the final review's questions from seeds/002
 * (units 3015/3016: success against the criteria agreed at the outset,
 * recognising success, minimising dependency) and seeds/003 checklist 7
 * (winding up and closure). */

struct _CbReview
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbReview, cb_review, CB_TYPE_DOCUMENT)

enum {
  FIELD_DATE,
  FIELD_REVIEW_TYPE,
  FIELD_SOURCES,
  FIELD_SOURCES_NOTES,
  FIELD_DISCUSSION,
  FIELD_OUTCOMES,
  FIELD_NEXT_STEPS,
  FIELD_SUCCESS_AGAINST_CRITERIA,
  FIELD_FURTHER_DEVELOPMENT,
  FIELD_RECOGNITION,
  FIELD_DEPENDENCY_CHECK,
  FIELD_DEPENDENCY_NOTES,
  FIELD_PRIVATE_NOTES,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "review", N_("Review"), N_("An initial review gives a baseline; formative reviews keep track of progress; the summative review sums up the learner’s achievements"), NULL },
  { "step-1", N_("1. Collecting Information"), N_("Monitoring: information on the learner’s performance"), NULL },
  { "step-2", N_("2. Carrying Out the Review"), N_("Helping the learner to reflect on their learning, identify achievements and address areas for improvement"), NULL },
  { "step-3", N_("3. Recording the Outcomes"), N_("The outcome of each objective of the plan, with the evidence"), NULL },
  { "step-4", N_("4. Planning the Next Steps"), NULL, NULL },
  { "summative", N_("Summative Review"), N_("The final review: success, further development, recognition and whether the learner is ready to go on alone"), "summative" },
  { "private", N_("Private Notes"), N_("Your own notes, never printed unless you ask"), NULL },
};

#define NONE CB_FIELD_FLAG_NONE

static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date of Review"), NULL, "review", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_REVIEW_TYPE] = { "review_type", CB_FIELD_CHOICE, N_("Type of Review"), N_("Initial (baseline), formative (progress) or summative (final)"), "review", cb_review_type_get_type, 0, CB_FIELD_FLAG_REQUIRED },

  [FIELD_SOURCES] = { "sources", CB_FIELD_MULTI_CHOICE, N_("Sources of Information"), N_("Where the information on the learner’s performance came from"), "step-1", cb_review_source_get_type, 0, NONE },
  [FIELD_SOURCES_NOTES] = { "sources_notes", CB_FIELD_TEXT, N_("Information Collected"), NULL, "step-1", NULL, 0, NONE },

  [FIELD_DISCUSSION] = { "discussion", CB_FIELD_TEXT, N_("Discussion"), N_("What went well, what was achieved, what could be improved"), "step-2", NULL, 0, NONE },

  [FIELD_OUTCOMES] = { "outcomes", CB_FIELD_TABLE, N_("Outcomes"), N_("Objective, outcome and evidence"), "step-3", cb_review_outcome_get_type, 0, NONE },

  [FIELD_NEXT_STEPS] = { "next_steps", CB_FIELD_TEXT, N_("Next Steps"), N_("What happens next: changes to the plan, new objectives, the date of the next review"), "step-4", NULL, 0, NONE },

  /* seeds/002 3015/3016; seeds/003 checklist 7, stage 4/5. */
  [FIELD_SUCCESS_AGAINST_CRITERIA] = { "success_against_criteria", CB_FIELD_TEXT, N_("Success Against the Criteria Agreed at the Outset"),
    N_("The criteria agreed at the outset, in the agreement and the development plan: how far has each been met?"), "summative", NULL, 0, NONE },
  [FIELD_FURTHER_DEVELOPMENT] = { "further_development", CB_FIELD_TEXT, N_("Further Areas for Development"),
    N_("What the learner could develop next, with or without you"), "summative", NULL, 0, NONE },
  [FIELD_RECOGNITION] = { "recognition", CB_FIELD_TEXT, N_("How Success Is Recognised"),
    N_("How the learner, the line manager and the organisation recognise the changes in knowledge, skills and behaviour; how the achievements are celebrated"), "summative", NULL, 0, NONE },
  [FIELD_DEPENDENCY_CHECK] = { "dependency_check", CB_FIELD_CHOICE, N_("Ready to Go On Alone?"),
    N_("Is the learner ready to go on without your help, or is there a risk of dependency?"), "summative", cb_dependency_get_type, 0, NONE },
  [FIELD_DEPENDENCY_NOTES] = { "dependency_notes", CB_FIELD_TEXT, N_("Notes on Dependency"),
    N_("What will help the learner take responsibility for their own development from here"), "summative", NULL, 0, NONE },

  [FIELD_PRIVATE_NOTES] = { "private_notes", CB_FIELD_TEXT, N_("Private Notes"), N_("Your own notes on this review, never printed unless you ask"), "private", NULL, 0, CB_FIELD_FLAG_PRIVATE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

#define BLANK_OUTCOMES 5

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
  CbReview *ra = *(CbReview * const *) a;
  CbReview *rb = *(CbReview * const *) b;
  int cmp;

  cmp = strcmp (cb_record_get_string_at (CB_RECORD (rb), FIELD_DATE),
                cb_record_get_string_at (CB_RECORD (ra), FIELD_DATE));
  if (cmp != 0)
    return cmp;

  return cb_document_compare_created_newest_first (CB_DOCUMENT (ra), CB_DOCUMENT (rb));
}

/* The client's newest agreement, preferring one that was agreed. */
static CbAgreement *
find_agreement (CbClient *client)
{
  GListModel *documents = cb_client_get_documents (client);
  CbAgreement *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);
      CbAgreement *agreement;
      gboolean agreed, best_agreed;

      if (!CB_IS_AGREEMENT (document))
        continue;

      agreement = CB_AGREEMENT (document);
      if (best == NULL)
        {
          best = agreement;
          continue;
        }

      agreed = cb_agreement_get_status (agreement) != CB_AGREEMENT_STATUS_DRAFT;
      best_agreed = cb_agreement_get_status (best) != CB_AGREEMENT_STATUS_DRAFT;
      if ((agreed && !best_agreed) ||
          (agreed == best_agreed &&
           g_date_time_compare (cb_document_get_created (document), cb_document_get_created (CB_DOCUMENT (best))) > 0))
        best = agreement;
    }

  return best;   /* the client holds it */
}

static void
append_item (GString    *text,
             const char *label,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  if (label != NULL)
    /* Translators: one line of the criteria agreed at the outset, e.g.
     * "• Overall goal: run the ward with confidence" */
    g_string_append_printf (text, _("• %s: %s"), label, value);
  else
    /* Translators: one line of a bulleted list */
    g_string_append_printf (text, _("• %s"), value);
  g_string_append_c (text, '\n');
}

/* The criteria agreed at the outset, for the coach to write against. */
static char *
dup_criteria_text (CbClient *client,
                   CbPlan   *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CbAgreement *agreement = find_agreement (client);

  if (agreement != NULL)
    {
      CbRecord *record = CB_RECORD (agreement);
      int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), "learning_objectives");

      append_item (text, _("Overall goal"), cb_record_get_string (record, "overall_goal"));
      if (index >= 0)
        {
          g_auto(GValue) value = G_VALUE_INIT;
          const char * const *items;

          cb_record_get_value (record, index, &value);
          items = g_value_get_boxed (&value);
          for (guint i = 0; items != NULL && items[i] != NULL; i++)
            append_item (text, _("Learning objective"), items[i]);
        }
      for (guint i = 1; i <= 5; i++)
        {
          g_autofree char *name = g_strdup_printf ("hope_%u", i);

          if (cb_record_class_find_field (CB_RECORD_GET_CLASS (record), name) >= 0)
            append_item (text, _("We hoped to achieve"), cb_record_get_string (record, name));
        }
    }

  if (plan != NULL)
    {
      GListModel *objectives = cb_plan_get_objectives (plan);

      append_item (text, _("Long-term goal"), cb_plan_get_long_term_goal (plan));
      for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
        {
          g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);
          const char *criteria = cb_objective_get_success_criteria (objective);

          if (*criteria != '\0' && *cb_objective_get_objective (objective) != '\0')
            {
              /* Translators: an objective and its success criteria, in the
               * starting text of a summative review */
              g_string_append_printf (text, _("• %s — success criteria: %s"),
                                      cb_objective_get_objective (objective), criteria);
              g_string_append_c (text, '\n');
            }
        }
    }

  if (text->len == 0)
    return NULL;

  g_string_prepend (text, "\n");
  g_string_prepend (text, _("The criteria agreed at the outset:"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The printed form: the review form. */

static void
add_checklist (CbForm     *form,
               const char *label,
               GType       type,
               guint64     value,
               gboolean    is_flags,
               gboolean    blank)
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
          if (!blank && (value & klass->values[i].value) != 0)
            ticks |= G_GUINT64_CONSTANT (1) << i;
        }
    }
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      guint first = cb_enum_has_unset (type) ? 1 : 0;

      for (guint i = first; i < klass->n_values; i++)
        {
          g_strv_builder_add (builder, cb_enum_get_label (type, klass->values[i].value));
          if (!blank && (guint64) klass->values[i].value == value)
            ticks |= G_GUINT64_CONSTANT (1) << (i - first);
        }
    }

  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, label, (const char * const *) choices, ticks);
}

static void
describe_outcomes (CbReview *self,
                   CbForm   *form,
                   gboolean  blank)
{
  const char *columns[] = { _("Objective"), _("Outcome"), _("Evidence"), NULL };
  GListModel *outcomes = cb_review_get_outcomes (self);
  guint n = blank ? 0 : g_list_model_get_n_items (outcomes);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbReviewOutcome) outcome = g_list_model_get_item (outcomes, i);
      CbOutcome value = cb_review_outcome_get_outcome (outcome);
      char **row = g_new0 (char *, G_N_ELEMENTS (columns));

      row[0] = g_strdup (cb_review_outcome_get_objective (outcome));
      /* A row not assessed yet is left to be filled in by hand. */
      row[1] = g_strdup (value == CB_OUTCOME_NOT_ASSESSED ? "" : cb_enum_get_label (CB_TYPE_OUTCOME, value));
      row[2] = g_strdup (cb_review_outcome_get_evidence (outcome));
      g_ptr_array_add (rows, row);
    }

  cb_form_add_table (form, columns, rows, n == 0 ? BLANK_OUTCOMES : 0);
}

static CbForm *
cb_review_describe_form (CbDocument          *document,
                         const CbFormContext *context)
{
  CbReview *self = CB_REVIEW (document);
  gboolean blank = context->blank;
  g_autofree char *date = blank ? NULL : cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE));
  CbForm *form;

  form = cb_document_begin_form (document, _("Review Form"), context);

  cb_form_add_field (form, _("Date of review"), date);
  add_checklist (form, _("Type of review"), CB_TYPE_REVIEW_TYPE,
                 (guint64) cb_review_get_review_type (self), FALSE, blank);

  cb_form_add_heading (form, _("1. Collecting information"));
  add_checklist (form, _("Sources of information"), CB_TYPE_REVIEW_SOURCE,
                 cb_record_get_flags (CB_RECORD (self), "sources"), TRUE, blank);
  cb_form_add_text (form, _("Information collected"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_SOURCES_NOTES), blank), 3);

  cb_form_add_heading (form, _("2. Carrying out the review"));
  cb_form_add_text (form, _("Discussion"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_DISCUSSION), blank), 6);

  cb_form_add_heading (form, _("3. Recording the outcomes"));
  describe_outcomes (self, form, blank);

  cb_form_add_heading (form, _("4. Planning the next steps"));
  cb_form_add_text (form, _("Next steps"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_STEPS), blank), 4);

  /* A blank form serves every type of review, so it has the final part too. */
  if (blank || cb_review_get_review_type (self) == CB_REVIEW_TYPE_SUMMATIVE)
    {
      cb_form_add_heading (form, blank ? _("Summative review (final review only)") : _("Summative review"));
      cb_form_add_text (form, _("Success against the criteria agreed at the outset"),
                        blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_SUCCESS_AGAINST_CRITERIA), blank), 4);
      cb_form_add_text (form, _("Further areas for development"),
                        blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_FURTHER_DEVELOPMENT), blank), 3);
      cb_form_add_text (form, _("How success is recognised"),
                        blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_RECOGNITION), blank), 3);
      add_checklist (form, _("Is the learner ready to go on alone?"), CB_TYPE_DEPENDENCY,
                     (guint64) cb_review_get_dependency_check (self), FALSE, blank);
      cb_form_add_text (form, _("Notes on dependency"),
                        blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_DEPENDENCY_NOTES), blank), 2);
    }

  if (context->include_private && !blank && *cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES) != '\0')
    {
      cb_form_add_heading (form, _("Private notes"));
      cb_form_add_text (form, _("Private notes"), cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES), 4);
    }

  return form;
}

static char *
cb_review_dup_title (CbDocument *document)
{
  CbReview *self = CB_REVIEW (document);
  g_autofree char *date = cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE));
  const char *kind;

  switch (cb_review_get_review_type (self))
    {
    case CB_REVIEW_TYPE_INITIAL:
      kind = _("Initial review");
      break;
    case CB_REVIEW_TYPE_SUMMATIVE:
      kind = _("Summative review");
      break;
    case CB_REVIEW_TYPE_FORMATIVE:
    default:
      kind = _("Formative review");
      break;
    }

  if (date == NULL)
    return g_strdup (kind);

  /* Translators: the title of a review: its type ("Formative review") and its date */
  return g_strdup_printf (_("%s on %s"), kind, date);
}

static void
cb_review_class_init (CbReviewClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = CB_REVIEW_TYPE_NAME;
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "reviews";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = N_("_Reviews");
  document_class->icon_name = "task-due-symbolic";
  document_class->help_page = "reviews";
  document_class->form_title = N_("Review Form");
  document_class->dup_title = cb_review_dup_title;
  document_class->describe_form = cb_review_describe_form;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
  cb_record_class_set_variant_field (record_class, "review_type");
}

static void
cb_review_init (CbReview *self)
{
}

CbReview *
cb_review_new (CbReviewType type)
{
  CbReview *self = g_object_new (CB_TYPE_REVIEW, NULL);

  g_return_val_if_fail (type <= CB_REVIEW_TYPE_SUMMATIVE, self);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_review_set_review_type (self, type);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

CbReview *
cb_review_new_for_client (CbClient     *client,
                          CbReviewType  type,
                          GDateTime    *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *today = NULL;
  CbReview *self;
  CbPlan *plan;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);
  g_return_val_if_fail (type <= CB_REVIEW_TYPE_SUMMATIVE, NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  self = cb_review_new (type);
  today = g_date_time_format (now, "%Y-%m-%d");
  plan = cb_client_get_current_plan (client);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, today);

  if (plan != NULL)
    {
      GListModel *objectives = cb_plan_get_objectives (plan);

      for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
        {
          g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);

          if (*cb_objective_get_objective (objective) != '\0')
            cb_review_add_outcome (self, cb_objective_get_id (objective), cb_objective_get_objective (objective));
        }
    }

  if (type == CB_REVIEW_TYPE_SUMMATIVE)
    {
      g_autofree char *criteria = dup_criteria_text (client, plan);

      cb_record_set_string_at (CB_RECORD (self), FIELD_SUCCESS_AGAINST_CRITERIA, criteria);
    }
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_review_get_date (CbReview *self)
{
  g_return_val_if_fail (CB_IS_REVIEW (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_review_set_date (CbReview   *self,
                    const char *date)
{
  g_return_if_fail (CB_IS_REVIEW (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
}

gboolean
cb_review_get_gdate (CbReview *self,
                     GDate    *date)
{
  g_return_val_if_fail (CB_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE), date);
}

CbReviewType
cb_review_get_review_type (CbReview *self)
{
  g_return_val_if_fail (CB_IS_REVIEW (self), CB_REVIEW_TYPE_FORMATIVE);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_REVIEW_TYPE);
}

void
cb_review_set_review_type (CbReview     *self,
                           CbReviewType  type)
{
  g_return_if_fail (CB_IS_REVIEW (self));
  g_return_if_fail (type <= CB_REVIEW_TYPE_SUMMATIVE);

  if (cb_review_get_review_type (self) != type)
    cb_record_set_enum (CB_RECORD (self), "review_type", type);
}

CbDependency
cb_review_get_dependency_check (CbReview *self)
{
  g_return_val_if_fail (CB_IS_REVIEW (self), CB_DEPENDENCY_UNSET);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_DEPENDENCY_CHECK);
}

void
cb_review_set_dependency_check (CbReview     *self,
                                CbDependency  dependency)
{
  g_return_if_fail (CB_IS_REVIEW (self));
  g_return_if_fail (dependency <= CB_DEPENDENCY_NOT_YET_READY);

  if (cb_review_get_dependency_check (self) != dependency)
    cb_record_set_enum (CB_RECORD (self), "dependency_check", dependency);
}

GListModel *
cb_review_get_outcomes (CbReview *self)
{
  g_return_val_if_fail (CB_IS_REVIEW (self), NULL);

  return cb_record_get_table (CB_RECORD (self), "outcomes");
}

CbReviewOutcome *
cb_review_add_outcome (CbReview   *self,
                       const char *objective_id,
                       const char *objective)
{
  g_autoptr(CbReviewOutcome) row = NULL;

  g_return_val_if_fail (CB_IS_REVIEW (self), NULL);

  if (!cb_record_get_editable (CB_RECORD (self)) || cb_document_get_read_only (CB_DOCUMENT (self)))
    return NULL;

  row = cb_review_outcome_new (objective_id, objective);
  cb_record_add_row (CB_RECORD (self), "outcomes", CB_RECORD (row));

  return row;   /* the table holds it */
}

CbReviewOutcome *
cb_review_find_outcome (CbReview   *self,
                        const char *objective_id)
{
  GListModel *outcomes;

  g_return_val_if_fail (CB_IS_REVIEW (self), NULL);

  if (objective_id == NULL || *objective_id == '\0')
    return NULL;

  outcomes = cb_review_get_outcomes (self);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(CbReviewOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (g_strcmp0 (cb_review_outcome_get_objective_id (outcome), objective_id) == 0)
        return outcome;   /* the table holds it */
    }

  return NULL;
}

GPtrArray *
cb_client_list_reviews (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return cb_client_list_documents (client, CB_TYPE_REVIEW, compare_newest_first);
}

CbReview *
cb_client_get_latest_review (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return CB_REVIEW (cb_client_get_first_document (client, CB_TYPE_REVIEW, compare_newest_first));
}

CbReview *
cb_client_get_summative_review (CbClient *client)
{
  g_autoptr(GPtrArray) reviews = NULL;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  reviews = cb_client_list_reviews (client);
  for (guint i = 0; i < reviews->len; i++)
    if (cb_review_get_review_type (g_ptr_array_index (reviews, i)) == CB_REVIEW_TYPE_SUMMATIVE)
      return g_ptr_array_index (reviews, i);   /* the client holds it */

  return NULL;
}
