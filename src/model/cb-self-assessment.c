/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-self-assessment"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-self-assessment.h"

/* The self-assessment questionnaire, FORMS.md §9: "Where are you now?" of
 * seeds/000 Track 2 (lines 192–259). The items, headings, answer labels,
 * interpretations, the G3 note and the reflection questions keep the
 * booklet's wording; what the booklet does not say (ties, partly answered
 * questionnaires, history) is described in cb-self-assessment.h. */

struct _CbSelfAssessment
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbSelfAssessment, cb_self_assessment, CB_TYPE_DOCUMENT)

enum {
  FIELD_DATE,
  FIRST_ITEM,
  FIRST_REFLECTION = FIRST_ITEM + CB_SELF_ASSESSMENT_N_ITEMS,
  N_FIELDS = FIRST_REFLECTION + CB_SELF_ASSESSMENT_N_REFLECTIONS
};

static const CbFieldGroup groups[] = {
  { "assessment", N_("Where are you now?"), NULL, NULL },
  { "do-you", N_("Do you"), NULL, NULL },
  { "are-you", N_("Are you"), NULL, NULL },
  { "reflection", N_("Reflection"),
    N_("Before moving on to Track 3, think about what you’ve learned from listening to this one."), NULL },
};

#define ITEM(name, text, group) \
  { name, CB_FIELD_CHOICE, text, NULL, group, cb_self_assessment_answer_get_type, 0, CB_FIELD_FLAG_NONE }
#define REFLECTION(name, text) \
  { name, CB_FIELD_TEXT, text, NULL, "reflection", NULL, 0, CB_FIELD_FLAG_NONE }

/* seeds/000 lines 212–238 and 252–259, word for word. Item 6 has no
 * question mark and item 12 reads "learner’s", as printed. */
static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "assessment", NULL, 0, CB_FIELD_FLAG_REQUIRED },

  ITEM ("do_rapport", N_("Establish rapport and open communication?"), "do-you"),
  ITEM ("do_commitment", N_("Get acceptance and commitment to performance goals?"), "do-you"),
  ITEM ("do_explain", N_("Clearly explain concepts, techniques and facts?"), "do-you"),
  ITEM ("do_expectations", N_("Set high expectations of performance?"), "do-you"),
  ITEM ("do_listen", N_("Listen actively and positively?"), "do-you"),
  ITEM ("do_observe", N_("Observe people at work alertly and accurately"), "do-you"),
  ITEM ("do_own_decisions", N_("Encourage people to make their own decisions?"), "do-you"),
  ITEM ("do_targets", N_("Agree realistic targets with individuals?"), "do-you"),
  ITEM ("do_praise", N_("Give praise when it is due?"), "do-you"),
  ITEM ("do_mistakes", N_("Help people to learn from their mistakes?"), "do-you"),
  ITEM ("do_questioning", N_("Use appropriate questioning techniques?"), "do-you"),
  ITEM ("do_empathy", N_("Show sensitivity and empathy to learner’s thoughts and ideas?"), "do-you"),
  ITEM ("do_feedback", N_("Give clear, concise, constructive, confidence-building feedback?"), "do-you"),
  ITEM ("do_learning_styles", N_("Encourage and adapt to individual learning and operating styles?"), "do-you"),
  ITEM ("do_special_needs", N_("Actively help and encourage people with special needs?"), "do-you"),

  ITEM ("are_patient", N_("Patient?"), "are-you"),
  ITEM ("are_funny_side", N_("Able to see the funny side?"), "are-you"),
  ITEM ("are_assertive", N_("Assertive, not aggressive?"), "are-you"),
  ITEM ("are_knowledgeable", N_("Knowledgeable and skilful, but not a know-it-all?"), "are-you"),
  ITEM ("are_reflective", N_("Reflective and analytical?"), "are-you"),
  ITEM ("are_confident", N_("Confident, not arrogant?"), "are-you"),
  ITEM ("are_emotions", N_("Able to manage emotions in yourself and others?"), "are-you"),
  ITEM ("are_motivator", N_("A motivator and positive role model?"), "are-you"),

  REFLECTION ("reflection_coach_or_mentor",
              N_("Are you naturally more of a coach or a mentor? Which do you want to be – or need to be?")),
  REFLECTION ("reflection_benefits",
              N_("How will becoming a good coach or mentor benefit you, your organisation and the people you support? What skills do you need to develop to become a better coach or mentor?")),
  REFLECTION ("reflection_how",
              N_("How are you going to do this and who can help?")),
  REFLECTION ("reflection_legal",
              N_("Is there anyone who can advise you about the legal side of coaching and mentoring? You’ll find some ideas at the end of the booklet.")),
};

#undef ITEM
#undef REFLECTION

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

/* seeds/000 lines 241–248: "If most of your scores are:", then each
 * answer's text after "Usually: " (punctuation as printed: the first
 * ends with "!)", the second with nothing, the third with "?"). */
static const char * const interpretations[CB_SELF_ASSESSMENT_N_ANSWERS + 1] = {
  [CB_SELF_ASSESSMENT_ANSWER_UNSET] = NULL,
  [CB_SELF_ASSESSMENT_ANSWER_USUALLY] =
    N_("you are probably a competent coach or mentor already (or are not being honest with yourself!)"),
  [CB_SELF_ASSESSMENT_ANSWER_SOMETIMES] =
    N_("you either need to develop further or concentrate harder on applying what you already know about effective coaching or mentoring"),
  [CB_SELF_ASSESSMENT_ANSWER_RARELY] =
    N_("you very probably have a lot of self-development to do. Can you make better use of your own coach or mentor? If you don’t have one – why is this?"),
};

/* Lines to write on in the printed form, per reflection. */
#define REFLECTION_LINES 4

static gboolean
is_answer (int value)
{
  return value >= CB_SELF_ASSESSMENT_ANSWER_UNSET && value <= CB_SELF_ASSESSMENT_ANSWER_RARELY;
}

/* The answers with their labels, Usually first, for tick boxes. */
static void
answer_labels (const char *labels[CB_SELF_ASSESSMENT_N_ANSWERS + 1])
{
  for (guint a = 0; a < CB_SELF_ASSESSMENT_N_ANSWERS; a++)
    labels[a] = cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, CB_SELF_ASSESSMENT_ANSWER_USUALLY + a);
  labels[CB_SELF_ASSESSMENT_N_ANSWERS] = NULL;
}

/* The form */

static void
describe_section (CbSelfAssessment        *self,
                  CbForm                  *form,
                  CbSelfAssessmentSection  section,
                  gboolean                 blank)
{
  const char *labels[CB_SELF_ASSESSMENT_N_ANSWERS + 1];
  const char *questions[CB_SELF_ASSESSMENT_N_ITEMS + 1];
  guint64 checked[CB_SELF_ASSESSMENT_N_ITEMS];
  guint n = 0;

  answer_labels (labels);

  /* The booklet's table: the items under their heading, a box to tick
   * under each answer. */
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      CbSelfAssessmentAnswer answer;

      if (cb_self_assessment_item_get_section (i) != section)
        continue;

      answer = blank ? CB_SELF_ASSESSMENT_ANSWER_UNSET : cb_self_assessment_get_answer (self, i);
      checked[n] = answer != CB_SELF_ASSESSMENT_ANSWER_UNSET
                   ? G_GUINT64_CONSTANT (1) << (answer - CB_SELF_ASSESSMENT_ANSWER_USUALLY) : 0;
      questions[n++] = cb_self_assessment_item_get_text (i);
    }
  questions[n] = NULL;

  cb_form_add_choice_table (form, cb_self_assessment_section_get_heading (section), labels, questions, checked);
}

/* "1. Usually: you are probably…", as the booklet numbers them. */
static char *
numbered_interpretation (CbSelfAssessmentAnswer answer)
{
  /* Translators: one interpretation of the self-assessment, as the booklet
   * prints it: "1. Usually: you are probably a competent coach…" */
  return g_strdup_printf (_("%u. %s: %s"), (guint) answer,
                          cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, answer),
                          cb_self_assessment_answer_get_interpretation (answer));
}

static void
describe_result (CbSelfAssessment *self,
                 CbForm           *form,
                 gboolean          blank)
{
  cb_form_add_heading (form, _("Self assessment"));

  if (blank)
    {
      /* The booklet's key, for whoever fills the form in by hand. */
      for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
        cb_form_add_field (form, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, a), NULL);
      cb_form_add_paragraph (form, cb_self_assessment_get_interpretation_lead ());
      for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
        {
          g_autofree char *text = numbered_interpretation (a);
          cb_form_add_paragraph (form, text);
        }
    }
  else
    {
      CbSelfAssessmentResult result;
      g_autofree char *summary = NULL;

      cb_self_assessment_get_result (self, &result);
      for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
        {
          g_autofree char *count = g_strdup_printf ("%u", result.counts[a]);
          cb_form_add_field (form, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, a), count);
        }
      if (result.counts[CB_SELF_ASSESSMENT_ANSWER_UNSET] > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", result.counts[CB_SELF_ASSESSMENT_ANSWER_UNSET]);
          cb_form_add_field (form, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, CB_SELF_ASSESSMENT_ANSWER_UNSET), count);
        }

      summary = cb_self_assessment_result_dup_summary (&result);
      cb_form_add_field (form, _("Result"), summary);

      if (result.n_most_frequent > 0)
        {
          cb_form_add_paragraph (form, cb_self_assessment_get_interpretation_lead ());
          for (guint i = 0; i < result.n_most_frequent; i++)
            {
              g_autofree char *text = numbered_interpretation (result.most_frequent[i]);
              cb_form_add_paragraph (form, text);
            }
        }
    }

  cb_form_add_paragraph (form, cb_self_assessment_get_evidence_note ());
}

static CbForm *
cb_self_assessment_describe_form (CbDocument          *document,
                                  const CbFormContext *context)
{
  CbSelfAssessment *self = CB_SELF_ASSESSMENT (document);
  gboolean blank = context->blank;
  g_autofree char *date = NULL;
  CbForm *form;

  form = cb_document_begin_form (document, _("Where are you now?"), context);
  cb_form_add_subtitle (form, _("Self-assessment questionnaire"));

  date = blank ? NULL : cb_format_date (cb_self_assessment_get_date (self));
  cb_form_add_field (form, _("Date"), date);
  cb_form_add_paragraph (form, cb_self_assessment_get_instruction ());

  describe_section (self, form, CB_SELF_ASSESSMENT_SECTION_DO_YOU, blank);
  describe_section (self, form, CB_SELF_ASSESSMENT_SECTION_ARE_YOU, blank);
  describe_result (self, form, blank);

  cb_form_add_heading (form, _("Reflection"));
  cb_form_add_paragraph (form, cb_self_assessment_get_reflection_lead ());
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    {
      const char *text = cb_self_assessment_get_reflection (self, r);

      cb_form_add_text (form, cb_self_assessment_reflection_get_text (r),
                        blank || *text == '\0' ? NULL : text, REFLECTION_LINES);
    }

  return form;
}

static char *
cb_self_assessment_dup_title (CbDocument *document)
{
  g_autofree char *date = cb_format_date (cb_self_assessment_get_date (CB_SELF_ASSESSMENT (document)));

  if (date == NULL)
    return g_strdup (_("Self-Assessment"));

  /* Translators: the title of one attempt at the self-assessment; %s is its date */
  return g_strdup_printf (_("Self-Assessment of %s"), date);
}

static void
cb_self_assessment_class_init (CbSelfAssessmentClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = CB_SELF_ASSESSMENT_TYPE_NAME;
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "assessments";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_COACH;
  document_class->view_title = N_("Self-_Assessment");
  document_class->icon_name = "view-list-bullet-symbolic";
  document_class->help_page = "self-assessment";
  document_class->form_title = N_("Where are you now?");
  document_class->dup_title = cb_self_assessment_dup_title;
  document_class->describe_form = cb_self_assessment_describe_form;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_self_assessment_init (CbSelfAssessment *self)
{
}

/* Public API */

CbSelfAssessment *
cb_self_assessment_new (void)
{
  return g_object_new (CB_TYPE_SELF_ASSESSMENT, NULL);
}

const char *
cb_self_assessment_get_date (CbSelfAssessment *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_self_assessment_set_date (CbSelfAssessment *self,
                             const char       *date)
{
  g_return_if_fail (CB_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date != NULL ? date : "");
}

const char *
cb_self_assessment_item_get_name (guint item)
{
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, NULL);

  return fields[FIRST_ITEM + item].name;
}

const char *
cb_self_assessment_item_get_text (guint item)
{
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, NULL);

  return _(fields[FIRST_ITEM + item].label);
}

CbSelfAssessmentSection
cb_self_assessment_item_get_section (guint item)
{
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, CB_SELF_ASSESSMENT_SECTION_DO_YOU);

  return item < CB_SELF_ASSESSMENT_N_DO_ITEMS ? CB_SELF_ASSESSMENT_SECTION_DO_YOU
                                              : CB_SELF_ASSESSMENT_SECTION_ARE_YOU;
}

int
cb_self_assessment_find_item (const char *name)
{
  for (guint i = 0; name != NULL && i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    if (strcmp (fields[FIRST_ITEM + i].name, name) == 0)
      return (int) i;

  return -1;
}

const char *
cb_self_assessment_section_get_heading (CbSelfAssessmentSection section)
{
  g_return_val_if_fail (section <= CB_SELF_ASSESSMENT_SECTION_ARE_YOU, NULL);

  return _(groups[section == CB_SELF_ASSESSMENT_SECTION_DO_YOU ? 1 : 2].title);
}

CbSelfAssessmentAnswer
cb_self_assessment_get_answer (CbSelfAssessment *self,
                               guint             item)
{
  int value;

  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (self), CB_SELF_ASSESSMENT_ANSWER_UNSET);
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, CB_SELF_ASSESSMENT_ANSWER_UNSET);

  value = cb_record_get_enum_at (CB_RECORD (self), FIRST_ITEM + item);
  return is_answer (value) ? (CbSelfAssessmentAnswer) value : CB_SELF_ASSESSMENT_ANSWER_UNSET;
}

void
cb_self_assessment_set_answer (CbSelfAssessment       *self,
                               guint                   item,
                               CbSelfAssessmentAnswer  answer)
{
  g_return_if_fail (CB_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS);
  g_return_if_fail (is_answer (answer));

  cb_record_set_enum_at (CB_RECORD (self), FIRST_ITEM + item, answer);
}

const char *
cb_self_assessment_reflection_get_name (guint reflection)
{
  g_return_val_if_fail (reflection < CB_SELF_ASSESSMENT_N_REFLECTIONS, NULL);

  return fields[FIRST_REFLECTION + reflection].name;
}

const char *
cb_self_assessment_reflection_get_text (guint reflection)
{
  g_return_val_if_fail (reflection < CB_SELF_ASSESSMENT_N_REFLECTIONS, NULL);

  return _(fields[FIRST_REFLECTION + reflection].label);
}

const char *
cb_self_assessment_get_reflection (CbSelfAssessment *self,
                                   guint             reflection)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (self), NULL);
  g_return_val_if_fail (reflection < CB_SELF_ASSESSMENT_N_REFLECTIONS, NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIRST_REFLECTION + reflection);
}

void
cb_self_assessment_set_reflection (CbSelfAssessment *self,
                                   guint             reflection,
                                   const char       *text)
{
  g_return_if_fail (CB_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (reflection < CB_SELF_ASSESSMENT_N_REFLECTIONS);

  cb_record_set_string_at (CB_RECORD (self), FIRST_REFLECTION + reflection, text != NULL ? text : "");
}

/* Scoring */

void
cb_self_assessment_get_result (CbSelfAssessment       *self,
                               CbSelfAssessmentResult *result)
{
  guint most = 0;

  g_return_if_fail (CB_IS_SELF_ASSESSMENT (self));
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);

  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    result->counts[cb_self_assessment_get_answer (self, i)]++;

  result->n_answered = CB_SELF_ASSESSMENT_N_ITEMS - result->counts[CB_SELF_ASSESSMENT_ANSWER_UNSET];

  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    most = MAX (most, result->counts[a]);

  /* Every answer given as often as the most frequent, Usually first: one
   * interpretation, or on a tie each of those that tie. */
  if (most > 0)
    for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
      if (result->counts[a] == most)
        result->most_frequent[result->n_most_frequent++] = a;
}

guint
cb_self_assessment_count_answer (CbSelfAssessment       *self,
                                 CbSelfAssessmentAnswer  answer)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (self), 0);
  g_return_val_if_fail (is_answer (answer), 0);

  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    n += cb_self_assessment_get_answer (self, i) == answer;

  return n;
}

const char *
cb_self_assessment_answer_get_interpretation (CbSelfAssessmentAnswer answer)
{
  g_return_val_if_fail (is_answer (answer), NULL);

  return interpretations[answer] != NULL ? _(interpretations[answer]) : NULL;
}

char *
cb_self_assessment_result_dup_summary (const CbSelfAssessmentResult *result)
{
  const char *labels[CB_SELF_ASSESSMENT_N_ANSWERS];

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (result->n_most_frequent <= CB_SELF_ASSESSMENT_N_ANSWERS, NULL);

  for (guint i = 0; i < result->n_most_frequent; i++)
    labels[i] = cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, result->most_frequent[i]);

  switch (result->n_most_frequent)
    {
    case 0:
      return g_strdup (_("Not answered yet"));
    case 1:
      /* Translators: the result of the self-assessment; %s is an answer, e.g. "Mostly Usually" */
      return g_strdup_printf (_("Mostly %s"), labels[0]);
    case 2:
      /* Translators: a tie in the self-assessment, e.g. "Evenly split between Usually and Sometimes" */
      return g_strdup_printf (_("Evenly split between %s and %s"), labels[0], labels[1]);
    default:
      /* Translators: a three-way tie in the self-assessment */
      return g_strdup_printf (_("Evenly split between %s, %s and %s"), labels[0], labels[1], labels[2]);
    }
}

char *
cb_self_assessment_result_dup_counts (const CbSelfAssessmentResult *result)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (result != NULL, NULL);

  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: how often an answer was given, e.g. "Usually 12" */
      g_string_append_printf (text, C_("answer count", "%s %u"),
                              cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, a), result->counts[a]);
    }

  if (result->counts[CB_SELF_ASSESSMENT_ANSWER_UNSET] > 0)
    {
      guint n = result->counts[CB_SELF_ASSESSMENT_ANSWER_UNSET];

      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not answered", "%u not answered", n), n);
    }

  return g_string_free (text, FALSE);
}

const char *
cb_self_assessment_get_evidence_note (void)
{
  /* seeds/000 lines 249–250. */
  return _("You can use this self evaluation to trigger your own development and provide evidence for G3 Evaluate and Develop own Practice.");
}

const char *
cb_self_assessment_get_instruction (void)
{
  /* seeds/000 lines 195–196, from "tick the box" on. */
  return _("Tick the box that best describes your current abilities in practice (not how you feel or wish).");
}

const char *
cb_self_assessment_get_interpretation_lead (void)
{
  return _("If most of your scores are:");
}

const char *
cb_self_assessment_get_reflection_lead (void)
{
  return _(groups[3].description);
}

/* History */

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  return cb_document_compare_newest_first (*(CbDocument **) b, *(CbDocument **) a);
}

GPtrArray *
cb_self_assessment_list_attempts (CbPractice *practice)
{
  GListModel *documents;
  GPtrArray *attempts;
  guint n;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  attempts = g_ptr_array_new_with_free_func (g_object_unref);
  documents = cb_practice_get_documents (practice);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_SELF_ASSESSMENT (document))
        g_ptr_array_add (attempts, g_steal_pointer (&document));
    }

  g_ptr_array_sort (attempts, compare_oldest_first);
  return attempts;
}

CbSelfAssessment *
cb_self_assessment_get_latest (CbPractice *practice)
{
  g_autoptr(GPtrArray) attempts = NULL;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  attempts = cb_self_assessment_list_attempts (practice);
  /* The practice holds it. */
  return attempts->len > 0 ? g_ptr_array_index (attempts, attempts->len - 1) : NULL;
}

CbSelfAssessmentAnswer *
cb_self_assessment_dup_item_history (GPtrArray *attempts,
                                     guint      item)
{
  CbSelfAssessmentAnswer *answers;

  g_return_val_if_fail (attempts != NULL, NULL);
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, NULL);

  answers = g_new0 (CbSelfAssessmentAnswer, MAX (attempts->len, 1));
  for (guint i = 0; i < attempts->len; i++)
    answers[i] = cb_self_assessment_get_answer (g_ptr_array_index (attempts, i), item);

  return answers;
}

CbSelfAssessmentMove
cb_self_assessment_answer_compare (CbSelfAssessmentAnswer before,
                                   CbSelfAssessmentAnswer after)
{
  g_return_val_if_fail (is_answer (before) && is_answer (after), CB_SELF_ASSESSMENT_MOVE_NONE);

  if (before == after)
    return CB_SELF_ASSESSMENT_MOVE_NONE;
  if (before == CB_SELF_ASSESSMENT_ANSWER_UNSET)
    return CB_SELF_ASSESSMENT_MOVE_ANSWERED;
  if (after == CB_SELF_ASSESSMENT_ANSWER_UNSET)
    return CB_SELF_ASSESSMENT_MOVE_CLEARED;

  /* Usually < Sometimes < Rarely in the enum: a smaller value is up. */
  return after < before ? CB_SELF_ASSESSMENT_MOVE_UP : CB_SELF_ASSESSMENT_MOVE_DOWN;
}

GArray *
cb_self_assessment_compare (CbSelfAssessment *earlier,
                            CbSelfAssessment *later)
{
  GArray *changes;

  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (earlier), NULL);
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT (later), NULL);

  changes = g_array_new (FALSE, FALSE, sizeof (CbSelfAssessmentChange));
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      CbSelfAssessmentChange change;

      change.item = i;
      change.before = cb_self_assessment_get_answer (earlier, i);
      change.after = cb_self_assessment_get_answer (later, i);
      change.move = cb_self_assessment_answer_compare (change.before, change.after);
      if (change.move != CB_SELF_ASSESSMENT_MOVE_NONE)
        g_array_append_val (changes, change);
    }

  return changes;
}

GArray *
cb_self_assessment_compare_last_two (CbPractice *practice)
{
  g_autoptr(GPtrArray) attempts = NULL;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  attempts = cb_self_assessment_list_attempts (practice);
  if (attempts->len < 2)
    return g_array_new (FALSE, FALSE, sizeof (CbSelfAssessmentChange));

  return cb_self_assessment_compare (g_ptr_array_index (attempts, attempts->len - 2),
                                     g_ptr_array_index (attempts, attempts->len - 1));
}

CbSelfAssessment *
cb_self_assessment_new_from (CbSelfAssessment *previous,
                             GDateTime        *now)
{
  CbSelfAssessment *self;

  g_return_val_if_fail (previous == NULL || CB_IS_SELF_ASSESSMENT (previous), NULL);

  self = CB_SELF_ASSESSMENT (cb_document_new_dated (CB_TYPE_SELF_ASSESSMENT, now));
  if (previous == NULL)
    return self;

  /* A new document, not yet anyone's: no edit to report. */
  cb_record_freeze_changes (CB_RECORD (self));
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    cb_record_set_enum_at (CB_RECORD (self), FIRST_ITEM + i, cb_self_assessment_get_answer (previous, i));
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

CbSelfAssessment *
cb_self_assessment_new_from_last (CbPractice *practice,
                                  GDateTime  *now)
{
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  return cb_self_assessment_new_from (cb_self_assessment_get_latest (practice), now);
}
