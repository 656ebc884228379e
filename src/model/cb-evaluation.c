/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evaluation"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-evaluation.h"

/* The end-of-relationship evaluation, FORMS.md §8: seeds/003 Resource 6
 * ("Exemplar evaluation - mentors") for the mentor or coach, and the
 * feedback seeds/004 asks of the client once the coaching has taken place.
 * The questions keep the sources' wording; see cb-evaluation.h for how
 * each of Resource 6's questions is answered. */

struct _CbEvaluation
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbEvaluation, cb_evaluation, CB_TYPE_DOCUMENT)

G_DEFINE_QUARK (cb-evaluation-error-quark, cb_evaluation_error)

enum {
  FIELD_DATE,
  FIELD_PROGRAMME_RATING,
  FIELD_EXPERIENCE_QUALITY,
  FIELD_VOLUNTEER_AGAIN,
  FIELD_TRAINING_HELPED,
  FIELD_WANTED_MORE_TRAINING,
  FIELD_RESPONSIBILITIES_CLARITY,
  FIELD_COORDINATORS_ACCESSIBLE,
  FIELD_RELATIONSHIP,
  FIELD_TIME_SUFFICIENT,
  FIELD_TIME_HELPFUL,
  FIELD_GAINED_PERSONALLY,
  FIELD_MEET_LESS_OFTEN,
  FIELD_MEET_MORE_OFTEN,
  FIELD_MOST_SATISFYING,
  FIELD_LEAST_SATISFYING,
  FIELD_IMPROVEMENTS,
  FIELD_CLIENT_COACH_HELPFUL,
  FIELD_CLIENT_AIDED_LEARNING,
  FIELD_CLIENT_GAINED_HOPED,
  FIELD_CLIENT_WORK_PERFORMANCE,
  FIELD_PRIVATE_NOTES,
  N_FIELDS
};

#define FIRST_COACH_QUESTION FIELD_PROGRAMME_RATING
#define LAST_COACH_QUESTION FIELD_IMPROVEMENTS
#define FIRST_CLIENT_QUESTION FIELD_CLIENT_COACH_HELPFUL
#define LAST_CLIENT_QUESTION FIELD_CLIENT_WORK_PERFORMANCE

static const CbFieldGroup groups[] = {
  { "evaluation", N_("Evaluation"), NULL, NULL },
  { "coach", N_("From the Mentor or Coach"),
    N_("We would like to have your opinion of the mentor programme so that we may evaluate and strengthen our programme for the future."), NULL },
  { "client", N_("From the Client"),
    N_("Feedback from the client once the coaching or mentoring has taken place"), NULL },
  { "private", N_("Private Notes"), N_("Your own notes, never printed unless you ask"), NULL },
};

#define NONE CB_FIELD_FLAG_NONE

/* The labels are the questions as seeds/003 Resource 6 and seeds/004 word
 * them. */
static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "evaluation", NULL, 0, CB_FIELD_FLAG_REQUIRED },

  [FIELD_PROGRAMME_RATING] = { "programme_rating", CB_FIELD_INTEGER,
    N_("How would you rate the mentoring programme?"),
    N_("From 1 (poor) to 5 (excellent); 0: not answered"), "coach", NULL, 0, NONE },
  [FIELD_EXPERIENCE_QUALITY] = { "experience_quality", CB_FIELD_TEXT,
    N_("How would you describe the quality of your experience as a participant in the programme?"),
    NULL, "coach", NULL, 0, NONE },
  [FIELD_VOLUNTEER_AGAIN] = { "volunteer_again", CB_FIELD_CHOICE,
    N_("Would you volunteer to serve as a mentor again in the future?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_TRAINING_HELPED] = { "training_helped", CB_FIELD_CHOICE,
    N_("Did the mentor training session help you prepare for your mentoring experience?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_WANTED_MORE_TRAINING] = { "wanted_more_training", CB_FIELD_CHOICE,
    N_("Would you have liked additional training?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_RESPONSIBILITIES_CLARITY] = { "responsibilities_clarity", CB_FIELD_INTEGER,
    N_("How clearly defined were your mentor responsibilities?"),
    N_("From 1 (not at all clearly) to 5 (very clearly); 0: not answered"), "coach", NULL, 0, NONE },
  [FIELD_COORDINATORS_ACCESSIBLE] = { "coordinators_accessible", CB_FIELD_CHOICE,
    N_("Were the mentor programme co-ordinators accessible and easy to talk to and seek advice from when necessary?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_RELATIONSHIP] = { "relationship", CB_FIELD_TEXT,
    N_("How would you describe your relationship with your mentee?"),
    NULL, "coach", NULL, 0, NONE },
  [FIELD_TIME_SUFFICIENT] = { "time_sufficient", CB_FIELD_CHOICE,
    N_("Do you think that the time you spent with your mentee was sufficient?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_TIME_HELPFUL] = { "time_helpful", CB_FIELD_CHOICE,
    N_("Do you think that the time you spent together was helpful for your mentee?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_GAINED_PERSONALLY] = { "gained_personally", CB_FIELD_CHOICE,
    N_("Did you gain personally from this relationship?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_MEET_LESS_OFTEN] = { "meet_less_often", CB_FIELD_CHOICE,
    N_("Would you have preferred to meet less often with your mentee?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_MEET_MORE_OFTEN] = { "meet_more_often", CB_FIELD_CHOICE,
    N_("Would you have preferred to meet more often with your mentee?"),
    NULL, "coach", cb_yes_no_get_type, 0, NONE },
  [FIELD_MOST_SATISFYING] = { "most_satisfying", CB_FIELD_TEXT,
    N_("What was most satisfying about the mentor programme?"),
    NULL, "coach", NULL, 0, NONE },
  [FIELD_LEAST_SATISFYING] = { "least_satisfying", CB_FIELD_TEXT,
    N_("What was least satisfying about the mentor programme?"),
    NULL, "coach", NULL, 0, NONE },
  [FIELD_IMPROVEMENTS] = { "improvements", CB_FIELD_TEXT,
    N_("What would you suggest to improve the mentor programme?"),
    NULL, "coach", NULL, 0, NONE },

  [FIELD_CLIENT_COACH_HELPFUL] = { "client_coach_helpful", CB_FIELD_TEXT,
    N_("Was the coach helpful?"), NULL, "client", NULL, 0, NONE },
  [FIELD_CLIENT_AIDED_LEARNING] = { "client_aided_learning", CB_FIELD_TEXT,
    N_("Did the coaching aid your learning?"), NULL, "client", NULL, 0, NONE },
  [FIELD_CLIENT_GAINED_HOPED] = { "client_gained_hoped", CB_FIELD_TEXT,
    N_("Did you gain what you hoped to gain from the experience?"), NULL, "client", NULL, 0, NONE },
  [FIELD_CLIENT_WORK_PERFORMANCE] = { "client_work_performance", CB_FIELD_TEXT,
    N_("Has this fed back into your organisation and affected your work performance?"), NULL, "client", NULL, 0, NONE },

  [FIELD_PRIVATE_NOTES] = { "private_notes", CB_FIELD_TEXT, N_("Private Notes"),
    N_("Your own notes on this evaluation, never printed unless you ask"), "private", NULL, 0, CB_FIELD_FLAG_PRIVATE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static const char * const coach_questions[] = {
  "programme_rating", "experience_quality", "volunteer_again", "training_helped",
  "wanted_more_training", "responsibilities_clarity", "coordinators_accessible",
  "relationship", "time_sufficient", "time_helpful", "gained_personally",
  "meet_less_often", "meet_more_often", "most_satisfying", "least_satisfying",
  "improvements", NULL,
};

static const char * const client_questions[] = {
  "client_coach_helpful", "client_aided_learning", "client_gained_hoped",
  "client_work_performance", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (coach_questions) == LAST_COACH_QUESTION - FIRST_COACH_QUESTION + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (client_questions) == LAST_CLIENT_QUESTION - FIRST_CLIENT_QUESTION + 2);

/* Lines to write on in the printed form, per text answer. */
#define TEXT_LINES 4

static int
find_field (const char *name)
{
  if (name == NULL)
    return -1;

  for (guint i = 0; i < N_FIELDS; i++)
    if (strcmp (fields[i].name, name) == 0)
      return (int) i;

  return -1;
}

static gboolean
is_question (guint index)
{
  return (index >= FIRST_COACH_QUESTION && index <= LAST_COACH_QUESTION) ||
         (index >= FIRST_CLIENT_QUESTION && index <= LAST_CLIENT_QUESTION);
}

static CbEvaluationAnswerKind
answer_kind (guint index)
{
  switch (fields[index].kind)
    {
    case CB_FIELD_INTEGER:
      return CB_EVALUATION_ANSWER_RATING;
    case CB_FIELD_CHOICE:
      return CB_EVALUATION_ANSWER_YES_NO;
    default:
      return CB_EVALUATION_ANSWER_TEXT;
    }
}

static gboolean
rating_on_scale (gint64 rating)
{
  return rating == 0 || (rating >= CB_EVALUATION_RATING_MIN && rating <= CB_EVALUATION_RATING_MAX);
}

static int
rating_at (CbEvaluation *self,
           guint         index)
{
  gint64 rating = cb_record_get_integer_at (CB_RECORD (self), index);

  /* A file edited by hand may hold anything: off the scale is unanswered. */
  return rating_on_scale (rating) ? (int) rating : 0;
}

static gboolean
check_editable (CbEvaluation  *self,
                GError       **error)
{
  if (cb_record_get_editable (CB_RECORD (self)) && !cb_document_get_read_only (CB_DOCUMENT (self)))
    return TRUE;

  g_set_error_literal (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_READ_ONLY,
                       _("This evaluation was written by a newer version of Coachbook and can only be read here. Update Coachbook to change it."));
  return FALSE;
}

static void
describe_question (CbEvaluation *self,
                   CbForm       *form,
                   guint         index,
                   guint         number,
                   gboolean      blank)
{
  g_autofree char *label = NULL;

  if (number > 0)
    /* Translators: a numbered question of the evaluation form: 1. How would you… */
    label = g_strdup_printf (_("%u. %s"), number, _(fields[index].label));
  else
    label = g_strdup (_(fields[index].label));

  switch (answer_kind (index))
    {
    case CB_EVALUATION_ANSWER_RATING:
      {
        char numbers[CB_EVALUATION_RATING_MAX - CB_EVALUATION_RATING_MIN + 1][4];
        const char *choices[CB_EVALUATION_RATING_MAX - CB_EVALUATION_RATING_MIN + 2] = { NULL, };
        int rating = blank ? 0 : rating_at (self, index);
        guint64 checked = 0;

        /* The scale's values to tick, lowest first. */
        for (int r = CB_EVALUATION_RATING_MIN; r <= CB_EVALUATION_RATING_MAX; r++)
          {
            guint i = (guint) (r - CB_EVALUATION_RATING_MIN);

            g_snprintf (numbers[i], sizeof numbers[i], "%d", r);
            choices[i] = numbers[i];
            if (rating == r)
              checked |= G_GUINT64_CONSTANT (1) << i;
          }

        cb_form_add_checklist (form, label, choices, checked);
      }
      break;

    case CB_EVALUATION_ANSWER_YES_NO:
      {
        const char *choices[] = { _("Yes"), _("No"), NULL };
        CbYesNo answer = blank ? CB_YES_NO_UNSET : cb_record_get_enum_at (CB_RECORD (self), index);

        cb_form_add_checklist (form, label, choices,
                               answer == CB_YES_NO_YES ? 1 : answer == CB_YES_NO_NO ? 2 : 0);
      }
      break;

    case CB_EVALUATION_ANSWER_TEXT:
    default:
      {
        const char *text = cb_record_get_string_at (CB_RECORD (self), index);

        cb_form_add_text (form, label, blank || *text == '\0' ? NULL : text, TEXT_LINES);
      }
      break;
    }
}

static CbForm *
cb_evaluation_describe_form (CbDocument          *document,
                             const CbFormContext *context)
{
  CbEvaluation *self = CB_EVALUATION (document);
  gboolean blank = context->blank;
  g_autofree char *date = NULL;
  CbForm *form;

  form = cb_document_begin_form (document, _("End-of-Relationship Evaluation"), context);

  date = blank ? NULL : cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE));
  cb_form_add_field (form, _("Date"), date);

  cb_form_add_heading (form, _("From the mentor or coach"));
  cb_form_add_paragraph (form, _("We would like to have your opinion of the mentor programme so that we may evaluate and strengthen our programme for the future. Please complete the questions below."));
  for (guint i = FIRST_COACH_QUESTION; i <= LAST_COACH_QUESTION; i++)
    describe_question (self, form, i, i - FIRST_COACH_QUESTION + 1, blank);

  cb_form_add_heading (form, _("From the client"));
  cb_form_add_paragraph (form, _("Now that the coaching or mentoring has taken place, your feedback provides valuable information should further placements be arranged."));
  for (guint i = FIRST_CLIENT_QUESTION; i <= LAST_CLIENT_QUESTION; i++)
    describe_question (self, form, i, i - FIRST_CLIENT_QUESTION + 1, blank);

  cb_form_add_signatures (form, (const char *[]) { _("Mentor or coach"), _("Client"), NULL });

  if (context->include_private && !blank && *cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES) != '\0')
    {
      cb_form_add_heading (form, _("Private notes"));
      cb_form_add_text (form, _("Private notes"), cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES), 4);
    }

  return form;
}

static char *
cb_evaluation_dup_title (CbDocument *document)
{
  CbEvaluation *self = CB_EVALUATION (document);
  g_autofree char *date = cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE));

  if (date == NULL)
    return g_strdup (_("Evaluation"));

  /* Translators: the title of an end-of-relationship evaluation; %s is its date */
  return g_strdup_printf (_("Evaluation of %s"), date);
}

/* An off-scale rating set through cb_record_set_value() cannot be refused
 * before it happens: it is cleared (not answered). Loading is frozen and
 * keeps what the file holds; rating_at() reads it as unanswered. */
static void
cb_evaluation_field_changed (CbRecord   *record,
                             GParamSpec *pspec)
{
  CB_RECORD_CLASS (cb_evaluation_parent_class)->field_changed (record, pspec);

  for (guint i = FIRST_COACH_QUESTION; i <= LAST_COACH_QUESTION; i++)
    if (fields[i].kind == CB_FIELD_INTEGER &&
        pspec == cb_record_get_field_pspec (record, i) &&
        !rating_on_scale (cb_record_get_integer_at (record, i)))
      cb_record_set_integer_at (record, i, 0);
}

/* The property setter refuses a rating off the scale: the rating keeps
 * its value, and is notified so a bound view shows it again. */
static void
cb_evaluation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CbRecord *record = CB_RECORD (object);

  for (guint i = FIRST_COACH_QUESTION; i <= LAST_COACH_QUESTION; i++)
    if (fields[i].kind == CB_FIELD_INTEGER &&
        pspec == cb_record_get_field_pspec (record, i) &&
        !rating_on_scale (g_value_get_int64 (value)))
      {
        g_debug ("Rating %s refused: %" G_GINT64_FORMAT " is off the scale",
                 fields[i].name, g_value_get_int64 (value));
        g_object_notify_by_pspec (object, pspec);
        return;
      }

  G_OBJECT_CLASS (cb_evaluation_parent_class)->set_property (object, prop_id, value, pspec);
}

static void
cb_evaluation_class_init (CbEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  object_class->set_property = cb_evaluation_set_property;

  document_class->type_name = "coachbook.evaluation";
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "evaluations";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = N_("Evaluation");
  document_class->icon_name = "starred-symbolic";
  document_class->help_page = "evaluation";
  document_class->single = TRUE;
  document_class->menu_label = N_("_Evaluation…");
  document_class->form_title = N_("End-of-Relationship Evaluation");
  document_class->dup_title = cb_evaluation_dup_title;
  document_class->describe_form = cb_evaluation_describe_form;

  record_class->field_changed = cb_evaluation_field_changed;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_evaluation_init (CbEvaluation *self)
{
}

CbEvaluation *
cb_evaluation_new (void)
{
  return g_object_new (CB_TYPE_EVALUATION, NULL);
}

const char *
cb_evaluation_get_date (CbEvaluation *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_evaluation_set_date (CbEvaluation *self,
                        const char   *date)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CB_IS_EVALUATION (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, date);
  cb_record_set_value (CB_RECORD (self), FIELD_DATE, &value);
}

const char * const *
cb_evaluation_get_coach_questions (void)
{
  return coach_questions;
}

const char * const *
cb_evaluation_get_client_questions (void)
{
  return client_questions;
}

gboolean
cb_evaluation_question_get_kind (const char             *field,
                                 CbEvaluationAnswerKind *kind)
{
  int index = find_field (field);

  if (index < 0 || !is_question (index))
    return FALSE;

  if (kind != NULL)
    *kind = answer_kind (index);
  return TRUE;
}

const char *
cb_evaluation_question_get_text (const char *field)
{
  int index = find_field (field);

  g_return_val_if_fail (index >= 0 && is_question (index), NULL);

  return _(fields[index].label);
}

/* The index of @field when it is a question answered as @kind, else -1
 * with a programmer's warning. */
static int
question_index (const char             *field,
                CbEvaluationAnswerKind  kind)
{
  int index = find_field (field);

  if (index < 0 || !is_question (index) || answer_kind (index) != kind)
    {
      g_critical ("“%s” is not a question of this kind in an evaluation", field);
      return -1;
    }

  return index;
}

int
cb_evaluation_get_rating (CbEvaluation *self,
                          const char   *field)
{
  int index;

  g_return_val_if_fail (CB_IS_EVALUATION (self), 0);

  index = question_index (field, CB_EVALUATION_ANSWER_RATING);
  return index >= 0 ? rating_at (self, index) : 0;
}

gboolean
cb_evaluation_set_rating (CbEvaluation  *self,
                          const char    *field,
                          int            rating,
                          GError       **error)
{
  int index;

  g_return_val_if_fail (CB_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  index = find_field (field);
  if (index < 0 || !is_question (index) || answer_kind (index) != CB_EVALUATION_ANSWER_RATING)
    {
      g_set_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_NOT_A_RATING,
                   /* Translators: %s is the name of a field */
                   _("“%s” is not a rating in an evaluation."),
                   field != NULL ? field : "");
      return FALSE;
    }

  if (!check_editable (self, error))
    return FALSE;

  if (!rating_on_scale (rating))
    {
      g_set_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %d are the lowest and highest ratings, then the number given */
                   _("Ratings run from %d to %d (or 0 when not answered), not %d."),
                   CB_EVALUATION_RATING_MIN, CB_EVALUATION_RATING_MAX, rating);
      return FALSE;
    }

  cb_record_set_integer_at (CB_RECORD (self), index, rating);
  return TRUE;
}

CbYesNo
cb_evaluation_get_answer (CbEvaluation *self,
                          const char   *field)
{
  int index;

  g_return_val_if_fail (CB_IS_EVALUATION (self), CB_YES_NO_UNSET);

  index = question_index (field, CB_EVALUATION_ANSWER_YES_NO);
  return index >= 0 ? (CbYesNo) cb_record_get_enum_at (CB_RECORD (self), index) : CB_YES_NO_UNSET;
}

void
cb_evaluation_set_answer (CbEvaluation *self,
                          const char   *field,
                          CbYesNo       answer)
{
  g_auto(GValue) value = G_VALUE_INIT;
  int index;

  g_return_if_fail (CB_IS_EVALUATION (self));
  g_return_if_fail (answer <= CB_YES_NO_NO);

  index = question_index (field, CB_EVALUATION_ANSWER_YES_NO);
  if (index < 0)
    return;

  g_value_init (&value, CB_TYPE_YES_NO);
  g_value_set_enum (&value, answer);
  cb_record_set_value (CB_RECORD (self), index, &value);
}

const char *
cb_evaluation_get_text (CbEvaluation *self,
                        const char   *field)
{
  int index;

  g_return_val_if_fail (CB_IS_EVALUATION (self), NULL);

  index = question_index (field, CB_EVALUATION_ANSWER_TEXT);
  return index >= 0 ? cb_record_get_string_at (CB_RECORD (self), index) : "";
}

void
cb_evaluation_set_text (CbEvaluation *self,
                        const char   *field,
                        const char   *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  int index;

  g_return_if_fail (CB_IS_EVALUATION (self));

  index = question_index (field, CB_EVALUATION_ANSWER_TEXT);
  if (index < 0)
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  cb_record_set_value (CB_RECORD (self), index, &value);
}

const char *
cb_evaluation_get_private_notes (CbEvaluation *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES);
}

void
cb_evaluation_set_private_notes (CbEvaluation *self,
                                 const char   *text)
{
  g_return_if_fail (CB_IS_EVALUATION (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES, text);
}

static gboolean
is_answered (CbEvaluation *self,
             guint         index)
{
  switch (answer_kind (index))
    {
    case CB_EVALUATION_ANSWER_RATING:
      return rating_at (self, index) > 0;
    case CB_EVALUATION_ANSWER_YES_NO:
      return cb_record_get_enum_at (CB_RECORD (self), index) != CB_YES_NO_UNSET;
    case CB_EVALUATION_ANSWER_TEXT:
    default:
      return *cb_record_get_string_at (CB_RECORD (self), index) != '\0';
    }
}

guint
cb_evaluation_count_coach_answers (CbEvaluation *self)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_EVALUATION (self), 0);

  for (guint i = FIRST_COACH_QUESTION; i <= LAST_COACH_QUESTION; i++)
    n += is_answered (self, i);

  return n;
}

guint
cb_evaluation_count_client_answers (CbEvaluation *self)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_EVALUATION (self), 0);

  for (guint i = FIRST_CLIENT_QUESTION; i <= LAST_CLIENT_QUESTION; i++)
    n += is_answered (self, i);

  return n;
}

CbEvaluation *
cb_client_get_evaluation (CbClient *client)
{
  GListModel *documents;
  CbEvaluation *latest = NULL;
  guint n;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  documents = cb_client_get_documents (client);
  n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_EVALUATION (document) &&
          (latest == NULL ||
           strcmp (cb_record_get_string_at (CB_RECORD (document), FIELD_DATE),
                   cb_record_get_string_at (CB_RECORD (latest), FIELD_DATE)) > 0))
        latest = CB_EVALUATION (document);
    }

  /* The client's document list holds it. */
  return latest;
}
