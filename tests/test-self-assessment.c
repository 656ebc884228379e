/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-sample.h"
#include "cb-self-assessment.h"
#include "cb-store.h"
#include "cb-test-util.h"

#define U CB_SELF_ASSESSMENT_ANSWER_USUALLY
#define S CB_SELF_ASSESSMENT_ANSWER_SOMETIMES
#define R CB_SELF_ASSESSMENT_ANSWER_RARELY
#define X CB_SELF_ASSESSMENT_ANSWER_UNSET

/* seeds/000 Track 2, lines 214–238, copied from the source. */
static const char * const do_items[] = {
  "Establish rapport and open communication?",
  "Get acceptance and commitment to performance goals?",
  "Clearly explain concepts, techniques and facts?",
  "Set high expectations of performance?",
  "Listen actively and positively?",
  "Observe people at work alertly and accurately",
  "Encourage people to make their own decisions?",
  "Agree realistic targets with individuals?",
  "Give praise when it is due?",
  "Help people to learn from their mistakes?",
  "Use appropriate questioning techniques?",
  "Show sensitivity and empathy to learner’s thoughts and ideas?",
  "Give clear, concise, constructive, confidence-building feedback?",
  "Encourage and adapt to individual learning and operating styles?",
  "Actively help and encourage people with special needs?",
};

static const char * const are_items[] = {
  "Patient?",
  "Able to see the funny side?",
  "Assertive, not aggressive?",
  "Knowledgeable and skilful, but not a know-it-all?",
  "Reflective and analytical?",
  "Confident, not arrogant?",
  "Able to manage emotions in yourself and others?",
  "A motivator and positive role model?",
};

/* Lines 254–259, joined. */
static const char * const reflections[] = {
  "Are you naturally more of a coach or a mentor? Which do you want to be – or need to be?",
  "How will becoming a good coach or mentor benefit you, your organisation and the people you support? What skills do you need to develop to become a better coach or mentor?",
  "How are you going to do this and who can help?",
  "Is there anyone who can advise you about the legal side of coaching and mentoring? You’ll find some ideas at the end of the booklet.",
};

/* Lines 243–248, after "Usually: " and so on. */
static const char *usually_text =
  "you are probably a competent coach or mentor already (or are not being honest with yourself!)";
static const char *sometimes_text =
  "you either need to develop further or concentrate harder on applying what you already know about effective coaching or mentoring";
static const char *rarely_text =
  "you very probably have a lot of self-development to do. Can you make better use of your own coach or mentor? If you don’t have one – why is this?";

/* Answers @n_usually items Usually, then @n_sometimes Sometimes, then
 * @n_rarely Rarely, the rest not answered. */
static CbSelfAssessment *
assessment_with (guint n_usually,
                 guint n_sometimes,
                 guint n_rarely)
{
  CbSelfAssessment *self = cb_self_assessment_new ();
  guint i = 0;

  g_assert_cmpuint (n_usually + n_sometimes + n_rarely, <=, CB_SELF_ASSESSMENT_N_ITEMS);
  for (guint k = 0; k < n_usually; k++)
    cb_self_assessment_set_answer (self, i++, U);
  for (guint k = 0; k < n_sometimes; k++)
    cb_self_assessment_set_answer (self, i++, S);
  for (guint k = 0; k < n_rarely; k++)
    cb_self_assessment_set_answer (self, i++, R);

  return self;
}

static void
assert_result (guint                         n_usually,
               guint                         n_sometimes,
               guint                         n_rarely,
               const CbSelfAssessmentAnswer *expected,
               guint                         n_expected,
               const char                   *summary)
{
  g_autoptr(CbSelfAssessment) self = assessment_with (n_usually, n_sometimes, n_rarely);
  g_autofree char *text = NULL;
  CbSelfAssessmentResult result;

  cb_self_assessment_get_result (self, &result);
  g_assert_cmpuint (result.counts[U], ==, n_usually);
  g_assert_cmpuint (result.counts[S], ==, n_sometimes);
  g_assert_cmpuint (result.counts[R], ==, n_rarely);
  g_assert_cmpuint (result.counts[X], ==, CB_SELF_ASSESSMENT_N_ITEMS - n_usually - n_sometimes - n_rarely);
  g_assert_cmpuint (result.n_answered, ==, n_usually + n_sometimes + n_rarely);
  g_assert_cmpuint (cb_self_assessment_count_answer (self, U), ==, n_usually);
  g_assert_cmpuint (cb_self_assessment_count_answer (self, X), ==, result.counts[X]);

  g_assert_cmpuint (result.n_most_frequent, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (result.most_frequent[i], ==, expected[i]);

  text = cb_self_assessment_result_dup_summary (&result);
  g_assert_cmpstr (text, ==, summary);
}

static CbSelfAssessment *
round_trip (CbSelfAssessment *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (self), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.self-assessment\""));

  back = cb_json_parse (CB_TYPE_SELF_ASSESSMENT, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_SELF_ASSESSMENT (back));

  return CB_SELF_ASSESSMENT (back);
}

/* Tests */

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_SELF_ASSESSMENT);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  const CbFieldSpec *fields;
  const CbFieldGroup *groups;
  guint n_fields, n_groups, n_types;
  const GType *types;
  gboolean registered = FALSE;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.self-assessment");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "assessments");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpint (document_class->owners, ==, CB_DOCUMENT_OWNER_COACH);
  g_assert_cmpstr (document_class->view_title, ==, "Self-_Assessment");
  g_assert_cmpstr (document_class->help_page, ==, "self-assessment");
  g_assert_cmpstr (document_class->form_title, ==, "Where are you now?");
  g_assert_nonnull (document_class->icon_name);
  g_assert_true (cb_document_type_from_name ("coachbook.self-assessment") == CB_TYPE_SELF_ASSESSMENT);

  /* The coach's, not a client's. */
  types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_SELF_ASSESSMENT;
  g_assert_true (registered);
  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    g_assert_true (types[i] != CB_TYPE_SELF_ASSESSMENT);

  /* The date, 15 + 8 items, 4 reflections, in the booklet's order and words. */
  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, 1 + 15 + 8 + 4);
  g_assert_cmpuint (CB_SELF_ASSESSMENT_N_ITEMS, ==, G_N_ELEMENTS (do_items) + G_N_ELEMENTS (are_items));
  g_assert_cmpstr (fields[0].name, ==, "date");
  g_assert_cmpint (fields[0].flags & CB_FIELD_FLAG_REQUIRED, !=, 0);
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      const char *expected = i < 15 ? do_items[i] : are_items[i - 15];
      const CbFieldSpec *spec = &fields[1 + i];

      g_assert_cmpint (spec->kind, ==, CB_FIELD_CHOICE);
      g_assert_true (spec->type_func () == CB_TYPE_SELF_ASSESSMENT_ANSWER);
      g_assert_cmpstr (spec->label, ==, expected);
      g_assert_cmpstr (spec->group, ==, i < 15 ? "do-you" : "are-you");
      g_assert_cmpstr (cb_self_assessment_item_get_text (i), ==, expected);
      g_assert_cmpstr (cb_self_assessment_item_get_name (i), ==, spec->name);
      g_assert_cmpint (cb_self_assessment_find_item (spec->name), ==, (int) i);
      g_assert_cmpint (cb_self_assessment_item_get_section (i), ==,
                       i < 15 ? CB_SELF_ASSESSMENT_SECTION_DO_YOU : CB_SELF_ASSESSMENT_SECTION_ARE_YOU);
    }
  g_assert_cmpint (cb_self_assessment_find_item ("date"), ==, -1);
  g_assert_cmpint (cb_self_assessment_find_item ("nothing"), ==, -1);
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    {
      const CbFieldSpec *spec = &fields[1 + CB_SELF_ASSESSMENT_N_ITEMS + r];

      g_assert_cmpint (spec->kind, ==, CB_FIELD_TEXT);
      g_assert_cmpstr (spec->label, ==, reflections[r]);
      g_assert_cmpstr (spec->group, ==, "reflection");
      g_assert_cmpstr (cb_self_assessment_reflection_get_text (r), ==, reflections[r]);
      g_assert_cmpstr (cb_self_assessment_reflection_get_name (r), ==, spec->name);
    }

  /* The booklet's headings. */
  groups = cb_record_class_get_groups (CB_RECORD_CLASS (klass), &n_groups);
  g_assert_cmpuint (n_groups, ==, 4);
  g_assert_cmpstr (groups[1].title, ==, "Do you");
  g_assert_cmpstr (groups[2].title, ==, "Are you");
  g_assert_cmpstr (groups[3].title, ==, "Reflection");
  g_assert_cmpstr (cb_self_assessment_section_get_heading (CB_SELF_ASSESSMENT_SECTION_DO_YOU), ==, "Do you");
  g_assert_cmpstr (cb_self_assessment_section_get_heading (CB_SELF_ASSESSMENT_SECTION_ARE_YOU), ==, "Are you");
  g_assert_cmpstr (cb_self_assessment_get_reflection_lead (), ==,
                   "Before moving on to Track 3, think about what you’ve learned from listening to this one.");

  /* The answers as the booklet labels them; nicks on disk. */
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, U), ==, "Usually");
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, S), ==, "Sometimes");
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, R), ==, "Rarely");
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, X), ==, "Not answered");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_SELF_ASSESSMENT_ANSWER, X), ==, "unset");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_SELF_ASSESSMENT_ANSWER, U), ==, "usually");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_SELF_ASSESSMENT_ANSWER, S), ==, "sometimes");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_SELF_ASSESSMENT_ANSWER, R), ==, "rarely");
  g_assert_true (cb_enum_has_unset (CB_TYPE_SELF_ASSESSMENT_ANSWER));
}

static void
test_texts (void)
{
  g_assert_cmpstr (cb_self_assessment_answer_get_interpretation (U), ==, usually_text);
  g_assert_cmpstr (cb_self_assessment_answer_get_interpretation (S), ==, sometimes_text);
  g_assert_cmpstr (cb_self_assessment_answer_get_interpretation (R), ==, rarely_text);
  g_assert_null (cb_self_assessment_answer_get_interpretation (X));
  g_assert_cmpstr (cb_self_assessment_get_interpretation_lead (), ==, "If most of your scores are:");
  g_assert_cmpstr (cb_self_assessment_get_evidence_note (), ==,
                   "You can use this self evaluation to trigger your own development and provide evidence for G3 Evaluate and Develop own Practice.");
  g_assert_nonnull (strstr (cb_self_assessment_get_instruction (), "in practice (not how you feel or wish)"));
}

static void
test_round_trip (void)
{
  g_autoptr(CbSelfAssessment) self = cb_self_assessment_new ();
  g_autoptr(CbSelfAssessment) back = NULL;

  cb_test_fill_record (CB_RECORD (self), "assessment");
  /* Each answer, not answered too. */
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    cb_self_assessment_set_answer (self, i, (CbSelfAssessmentAnswer) (i % 4));

  back = round_trip (self);
  cb_test_assert_records_equal (CB_RECORD (self), CB_RECORD (back));
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    g_assert_cmpint (cb_self_assessment_get_answer (back, i), ==, (CbSelfAssessmentAnswer) (i % 4));
  g_assert_cmpstr (cb_self_assessment_get_date (back), ==, "2026-02-28");

  {
    g_autoptr(CbSelfAssessment) empty = cb_self_assessment_new ();
    g_autoptr(CbSelfAssessment) empty_back = round_trip (empty);

    cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
    for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
      g_assert_cmpint (cb_self_assessment_get_answer (empty_back, i), ==, X);
  }
}

static void
test_scoring (void)
{
  /* One answer given most often, whichever it is. */
  assert_result (12, 8, 3, (CbSelfAssessmentAnswer[]) { U }, 1, "Mostly Usually");
  assert_result (3, 12, 8, (CbSelfAssessmentAnswer[]) { S }, 1, "Mostly Sometimes");
  assert_result (8, 3, 12, (CbSelfAssessmentAnswer[]) { R }, 1, "Mostly Rarely");
  /* "Most" is more often than either other, not more than half. */
  assert_result (9, 7, 7, (CbSelfAssessmentAnswer[]) { U }, 1, "Mostly Usually");
  assert_result (23, 0, 0, (CbSelfAssessmentAnswer[]) { U }, 1, "Mostly Usually");
  assert_result (0, 0, 23, (CbSelfAssessmentAnswer[]) { R }, 1, "Mostly Rarely");

  /* Counts in words. */
  {
    g_autoptr(CbSelfAssessment) self = assessment_with (12, 8, 3);
    g_autoptr(CbSelfAssessment) partly = assessment_with (2, 1, 0);
    g_autofree char *full = NULL;
    g_autofree char *part = NULL;
    CbSelfAssessmentResult result;

    cb_self_assessment_get_result (self, &result);
    full = cb_self_assessment_result_dup_counts (&result);
    g_assert_cmpstr (full, ==, "Usually 12 · Sometimes 8 · Rarely 3");
    cb_self_assessment_get_result (partly, &result);
    part = cb_self_assessment_result_dup_counts (&result);
    g_assert_cmpstr (part, ==, "Usually 2 · Sometimes 1 · Rarely 0 · 20 not answered");
  }
}

/* The booklet says nothing of ties: every answer that ties for the most
 * is shown, Usually first, and the result says they are evenly split. */
static void
test_ties (void)
{
  /* Two-way ties of each pair, the third answer fewer (or none). */
  assert_result (10, 10, 3, (CbSelfAssessmentAnswer[]) { U, S }, 2, "Evenly split between Usually and Sometimes");
  assert_result (11, 0, 11, (CbSelfAssessmentAnswer[]) { U, R }, 2, "Evenly split between Usually and Rarely");
  assert_result (9, 5, 9, (CbSelfAssessmentAnswer[]) { U, R }, 2, "Evenly split between Usually and Rarely");
  assert_result (1, 11, 11, (CbSelfAssessmentAnswer[]) { S, R }, 2, "Evenly split between Sometimes and Rarely");
  /* The order does not depend on which items were answered first. */
  {
    g_autoptr(CbSelfAssessment) self = cb_self_assessment_new ();
    CbSelfAssessmentResult result;

    cb_self_assessment_set_answer (self, 0, R);
    cb_self_assessment_set_answer (self, 1, S);
    cb_self_assessment_set_answer (self, 22, R);
    cb_self_assessment_set_answer (self, 21, S);
    cb_self_assessment_get_result (self, &result);
    g_assert_cmpuint (result.n_most_frequent, ==, 2);
    g_assert_cmpint (result.most_frequent[0], ==, S);
    g_assert_cmpint (result.most_frequent[1], ==, R);
  }

  /* The three-way tie, whole and partly answered. */
  assert_result (7, 7, 7, (CbSelfAssessmentAnswer[]) { U, S, R }, 3,
                 "Evenly split between Usually, Sometimes and Rarely");
  assert_result (1, 1, 1, (CbSelfAssessmentAnswer[]) { U, S, R }, 3,
                 "Evenly split between Usually, Sometimes and Rarely");

  /* Nothing answered: no interpretation at all. */
  assert_result (0, 0, 0, NULL, 0, "Not answered yet");

  /* Partly answered: the result of the items answered so far. */
  assert_result (3, 1, 0, (CbSelfAssessmentAnswer[]) { U }, 1, "Mostly Usually");
  assert_result (0, 1, 0, (CbSelfAssessmentAnswer[]) { S }, 1, "Mostly Sometimes");
  assert_result (2, 2, 0, (CbSelfAssessmentAnswer[]) { U, S }, 2, "Evenly split between Usually and Sometimes");

  /* Clearing an answer changes the result back. */
  {
    g_autoptr(CbSelfAssessment) self = assessment_with (2, 1, 0);
    CbSelfAssessmentResult result;

    cb_self_assessment_set_answer (self, 0, X);
    cb_self_assessment_get_result (self, &result);
    g_assert_cmpuint (result.n_most_frequent, ==, 2);
    g_assert_cmpuint (result.n_answered, ==, 2);
  }
}

static void
test_form (void)
{
  g_autoptr(CbSelfAssessment) self = assessment_with (10, 10, 3);
  CbFormContext context = { .practice_name = "Ellery Coaching" };
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;
  guint tables = 0, interpretations = 0;

  cb_self_assessment_set_date (self, "2026-03-09");
  cb_self_assessment_set_reflection (self, 2, "Ask Helen in supervision.");
  form = cb_document_describe_form (CB_DOCUMENT (self), &context);
  g_assert_cmpstr (cb_form_get_title (form), ==, "Where are you now?");

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind == CB_FORM_CHOICE_TABLE)
        {
          guint first = tables == 0 ? 0 : CB_SELF_ASSESSMENT_N_DO_ITEMS;

          g_assert_cmpstr (block->label, ==, tables == 0 ? "Do you" : "Are you");
          g_assert_cmpstr (block->items[0], ==, "Usually");
          g_assert_cmpstr (block->items[1], ==, "Sometimes");
          g_assert_cmpstr (block->items[2], ==, "Rarely");
          g_assert_null (block->items[3]);
          g_assert_cmpuint (block->rows->len, ==, tables == 0 ? 15 : 8);
          for (guint r = 0; r < block->rows->len; r++)
            {
              char **cells = g_ptr_array_index (block->rows, r);
              CbSelfAssessmentAnswer answer = cb_self_assessment_get_answer (self, first + r);
              guint64 expected = answer == X ? 0 : G_GUINT64_CONSTANT (1) << (answer - U);

              g_assert_cmpstr (cells[0], ==, cb_self_assessment_item_get_text (first + r));
              g_assert_cmphex (g_array_index (block->row_checked, guint64, r), ==, expected);
            }
          tables++;
        }
      else if (block->kind == CB_FORM_FIELD && g_strcmp0 (block->label, "Client") == 0)
        g_assert_not_reached ();
      else if (block->kind == CB_FORM_PARAGRAPH && block->text != NULL &&
               (g_str_has_prefix (block->text, "1. Usually: ") ||
                g_str_has_prefix (block->text, "2. Sometimes: ") ||
                g_str_has_prefix (block->text, "3. Rarely: ")))
        interpretations++;
    }
  g_assert_cmpuint (tables, ==, 2);
  /* The tie: both interpretations, Usually's first. */
  g_assert_cmpuint (interpretations, ==, 2);

  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "9 March 2026"));
  g_assert_nonnull (strstr (text, "Result: Evenly split between Usually and Sometimes"));
  g_assert_nonnull (strstr (text, "Usually: 10"));
  g_assert_nonnull (strstr (text, "Rarely: 3"));
  g_assert_nonnull (strstr (text, "If most of your scores are:"));
  g_assert_true (strstr (text, "1. Usually: you are probably") < strstr (text, "2. Sometimes: you either"));
  g_assert_null (strstr (text, "3. Rarely:"));
  g_assert_nonnull (strstr (text, "Establish rapport and open communication? | [x] Usually | [ ] Sometimes | [ ] Rarely"));
  g_assert_nonnull (strstr (text, "A motivator and positive role model? | [ ] Usually | [ ] Sometimes | [x] Rarely"));
  g_assert_nonnull (strstr (text, "provide evidence for G3 Evaluate and Develop own Practice."));
  g_assert_nonnull (strstr (text, "How are you going to do this and who can help?: Ask Helen in supervision."));
  g_assert_nonnull (strstr (text, "in practice (not how you feel or wish)"));
}

static void
test_form_blank (void)
{
  g_autoptr(CbSelfAssessment) self = assessment_with (5, 5, 5);
  CbFormContext context = { .practice_name = "Ellery Coaching", .blank = TRUE };
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;

  cb_self_assessment_set_date (self, "2026-03-09");
  cb_self_assessment_set_reflection (self, 0, "Not on a blank form");
  form = cb_document_describe_form (CB_DOCUMENT (self), &context);
  g_assert_true (cb_form_get_blank (form));

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      /* No ticks, no client to write in: the coach's own form. */
      if (block->kind == CB_FORM_CHOICE_TABLE)
        for (guint r = 0; r < block->rows->len; r++)
          g_assert_cmphex (g_array_index (block->row_checked, guint64, r), ==, 0);
      if (block->kind == CB_FORM_FIELD)
        {
          g_assert_cmpstr (block->label, !=, "Client");
          g_assert_null (block->text);
        }
      if (block->kind == CB_FORM_TEXT)
        g_assert_null (block->text);
    }

  text = cb_form_to_text (form);
  g_assert_null (strstr (text, "9 March 2026"));
  g_assert_null (strstr (text, "Not on a blank form"));
  g_assert_null (strstr (text, "[x]"));
  /* The booklet's key for whoever fills it in by hand: all three. */
  g_assert_nonnull (strstr (text, "1. Usually: you are probably a competent coach or mentor already (or are not being honest with yourself!)"));
  g_assert_nonnull (strstr (text, "2. Sometimes: you either need to develop further"));
  g_assert_nonnull (strstr (text, "3. Rarely: you very probably have a lot of self-development to do."));
  g_assert_null (strstr (text, "Result:"));
}

/* A practice with attempts added out of order. */
static CbPractice *
practice_with_attempts (void)
{
  CbPractice *practice = cb_practice_new ("History");
  static const struct { const char *date; guint u, s, r; } attempts[] = {
    { "2026-05-01", 10, 10, 3 },
    { "2025-12-01", 6, 11, 6 },
    { "2026-09-01", 16, 6, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autoptr(CbSelfAssessment) attempt = assessment_with (attempts[i].u, attempts[i].s, attempts[i].r);

      cb_self_assessment_set_date (attempt, attempts[i].date);
      cb_self_assessment_set_reflection (attempt, 0, attempts[i].date);
      cb_practice_add_document (practice, CB_DOCUMENT (attempt));
    }

  return practice;
}

static void
test_history (void)
{
  g_autoptr(CbPractice) practice = practice_with_attempts ();
  g_autoptr(CbPractice) empty = cb_practice_new ("Empty");
  g_autoptr(GPtrArray) attempts = cb_self_assessment_list_attempts (practice);
  g_autoptr(GPtrArray) none = cb_self_assessment_list_attempts (empty);
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GArray) no_changes = NULL;
  g_autofree CbSelfAssessmentAnswer *history = NULL;

  /* Oldest first. */
  g_assert_cmpuint (attempts->len, ==, 3);
  g_assert_cmpstr (cb_self_assessment_get_date (attempts->pdata[0]), ==, "2025-12-01");
  g_assert_cmpstr (cb_self_assessment_get_date (attempts->pdata[1]), ==, "2026-05-01");
  g_assert_cmpstr (cb_self_assessment_get_date (attempts->pdata[2]), ==, "2026-09-01");
  g_assert_true (cb_self_assessment_get_latest (practice) == attempts->pdata[2]);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_null (cb_self_assessment_get_latest (empty));

  /* Per item, the answer in each attempt in their order. */
  history = cb_self_assessment_dup_item_history (attempts, 17);
  g_assert_cmpint (history[0], ==, R);
  g_assert_cmpint (history[1], ==, S);
  g_assert_cmpint (history[2], ==, S);
  g_free (history);
  history = cb_self_assessment_dup_item_history (attempts, 6);
  g_assert_cmpint (history[0], ==, S);
  g_assert_cmpint (history[1], ==, U);
  g_assert_cmpint (history[2], ==, U);

  /* Moves. */
  g_assert_cmpint (cb_self_assessment_answer_compare (R, S), ==, CB_SELF_ASSESSMENT_MOVE_UP);
  g_assert_cmpint (cb_self_assessment_answer_compare (S, U), ==, CB_SELF_ASSESSMENT_MOVE_UP);
  g_assert_cmpint (cb_self_assessment_answer_compare (R, U), ==, CB_SELF_ASSESSMENT_MOVE_UP);
  g_assert_cmpint (cb_self_assessment_answer_compare (U, R), ==, CB_SELF_ASSESSMENT_MOVE_DOWN);
  g_assert_cmpint (cb_self_assessment_answer_compare (U, S), ==, CB_SELF_ASSESSMENT_MOVE_DOWN);
  g_assert_cmpint (cb_self_assessment_answer_compare (S, S), ==, CB_SELF_ASSESSMENT_MOVE_NONE);
  g_assert_cmpint (cb_self_assessment_answer_compare (X, X), ==, CB_SELF_ASSESSMENT_MOVE_NONE);
  g_assert_cmpint (cb_self_assessment_answer_compare (X, R), ==, CB_SELF_ASSESSMENT_MOVE_ANSWERED);
  g_assert_cmpint (cb_self_assessment_answer_compare (S, X), ==, CB_SELF_ASSESSMENT_MOVE_CLEARED);

  /* Between the last two (10/10/3 → 16/6/1): items 10–15 moved up from
   * Sometimes to Usually, items 20–21 from Rarely to Sometimes, in the
   * booklet's order; item 22 stayed Rarely. */
  changes = cb_self_assessment_compare_last_two (practice);
  g_assert_cmpuint (changes->len, ==, 6 + 2);
  for (guint i = 0; i < changes->len; i++)
    {
      const CbSelfAssessmentChange *change = &g_array_index (changes, CbSelfAssessmentChange, i);

      if (i < 6)
        {
          g_assert_cmpuint (change->item, ==, 10 + i);
          g_assert_cmpint (change->before, ==, S);
          g_assert_cmpint (change->after, ==, U);
          g_assert_cmpint (change->move, ==, CB_SELF_ASSESSMENT_MOVE_UP);
        }
      else
        {
          g_assert_cmpuint (change->item, ==, 20 + (i - 6));
          g_assert_cmpint (change->before, ==, R);
          g_assert_cmpint (change->after, ==, S);
          g_assert_cmpint (change->move, ==, CB_SELF_ASSESSMENT_MOVE_UP);
        }
    }

  /* Answered, cleared and down, between two attempts of the test's own. */
  {
    g_autoptr(CbSelfAssessment) a = assessment_with (1, 0, 0);
    g_autoptr(CbSelfAssessment) b = assessment_with (0, 0, 2);
    g_autoptr(GArray) moved = NULL;
    const CbSelfAssessmentChange *change;

    cb_self_assessment_set_answer (a, 5, S);
    moved = cb_self_assessment_compare (a, b);
    g_assert_cmpuint (moved->len, ==, 3);
    change = &g_array_index (moved, CbSelfAssessmentChange, 0);
    g_assert_cmpuint (change->item, ==, 0);
    g_assert_cmpint (change->move, ==, CB_SELF_ASSESSMENT_MOVE_DOWN);
    change = &g_array_index (moved, CbSelfAssessmentChange, 1);
    g_assert_cmpuint (change->item, ==, 1);
    g_assert_cmpint (change->move, ==, CB_SELF_ASSESSMENT_MOVE_ANSWERED);
    change = &g_array_index (moved, CbSelfAssessmentChange, 2);
    g_assert_cmpuint (change->item, ==, 5);
    g_assert_cmpint (change->before, ==, S);
    g_assert_cmpint (change->after, ==, X);
    g_assert_cmpint (change->move, ==, CB_SELF_ASSESSMENT_MOVE_CLEARED);
  }

  /* The same attempt twice: nothing moved; fewer than two: nothing. */
  no_changes = cb_self_assessment_compare (attempts->pdata[1], attempts->pdata[1]);
  g_assert_cmpuint (no_changes->len, ==, 0);
  {
    g_autoptr(GArray) empty_changes = cb_self_assessment_compare_last_two (empty);
    g_assert_cmpuint (empty_changes->len, ==, 0);
  }

  /* An undated attempt is the newest, as in the list. */
  {
    g_autoptr(CbSelfAssessment) undated = cb_self_assessment_new ();
    g_autoptr(GPtrArray) again = NULL;

    cb_practice_add_document (practice, CB_DOCUMENT (undated));
    again = cb_self_assessment_list_attempts (practice);
    g_assert_cmpuint (again->len, ==, 4);
    g_assert_true (again->pdata[3] == (gpointer) undated);
  }
}

static void
test_prefill (void)
{
  g_autoptr(CbPractice) practice = practice_with_attempts ();
  g_autoptr(CbPractice) empty = cb_practice_new ("Empty");
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 10, 15, 9, 30, 0);
  g_autoptr(CbSelfAssessment) next = cb_self_assessment_new_from_last (practice, now);
  g_autoptr(CbSelfAssessment) first = cb_self_assessment_new_from_last (empty, now);
  CbSelfAssessment *latest = cb_self_assessment_get_latest (practice);

  /* Dated today, the last attempt's answers, the reflections empty, not
   * yet in the practice and not yet edited. */
  g_assert_cmpstr (cb_self_assessment_get_date (next), ==, "2026-10-15");
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    g_assert_cmpint (cb_self_assessment_get_answer (next, i), ==, cb_self_assessment_get_answer (latest, i));
  g_assert_cmpstr (cb_self_assessment_get_reflection (latest, 0), ==, "2026-09-01");
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    g_assert_cmpstr (cb_self_assessment_get_reflection (next, r), ==, "");
  g_assert_null (cb_document_get_parent (CB_DOCUMENT (next)));
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (next)));
  g_assert_false (cb_self_assessment_get_latest (practice) == next);
  g_assert_true (cb_document_get_id (CB_DOCUMENT (next)) != NULL &&
                 g_strcmp0 (cb_document_get_id (CB_DOCUMENT (next)), cb_document_get_id (CB_DOCUMENT (latest))) != 0);

  /* Changing the new attempt leaves the last one as it was. */
  cb_self_assessment_set_answer (next, 0, R);
  g_assert_cmpint (cb_self_assessment_get_answer (latest, 0), ==, U);

  /* No attempt yet: a blank one, dated today. */
  g_assert_cmpstr (cb_self_assessment_get_date (first), ==, "2026-10-15");
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    g_assert_cmpint (cb_self_assessment_get_answer (first, i), ==, X);
}

/* Saved by the store in me/assessments/, read back the same. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(CbSelfAssessment) attempt = cb_self_assessment_new ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (store, "Mine", &error);
  g_assert_no_error (error);
  cb_test_fill_record (CB_RECORD (attempt), "stored");
  cb_self_assessment_set_answer (attempt, 3, S);
  cb_self_assessment_set_answer (attempt, 4, X);
  cb_practice_add_document (practice, CB_DOCUMENT (attempt));
  g_assert_true (cb_store_flush (store));

  dir = cb_store_dup_practice_dir (store, practice);
  file_name = g_strdup_printf ("%s.json", cb_document_get_id (CB_DOCUMENT (attempt)));
  path = g_build_filename (dir, "me", "assessments", file_name, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  {
    g_autoptr(CbStore) again = cb_store_new (root);
    g_autoptr(CbPractice) loaded = NULL;
    CbDocument *found;

    cb_store_load_practices (again, &error);
    g_assert_no_error (error);
    loaded = g_list_model_get_item (cb_store_get_practices (again), 0);
    cb_store_open_practice (again, loaded, &error);
    g_assert_no_error (error);

    found = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (attempt)));
    g_assert_true (CB_IS_SELF_ASSESSMENT (found));
    g_assert_true (cb_document_get_parent (found) == CB_DOCUMENT (loaded));
    cb_test_assert_records_equal (CB_RECORD (attempt), CB_RECORD (found));
    g_assert_cmpint (cb_self_assessment_get_answer (CB_SELF_ASSESSMENT (found), 3), ==, S);
    g_assert_cmpint (cb_self_assessment_get_answer (CB_SELF_ASSESSMENT (found), 4), ==, X);
    g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_problems (again)), ==, 0);
    cb_store_flush (again);
  }

  cb_store_flush (store);
  g_clear_object (&store);
  cb_test_rm_rf (tmp);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

/* A file that cannot be read goes to quarantine, named with its reason;
 * the other attempts load. A newer version's answer Coachbook does not
 * know is kept as it is, read-only. */
static void
test_quarantine (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(CbSelfAssessment) good = assessment_with (4, 2, 1);
  g_autofree char *dir = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *wrong = NULL;
  g_autofree char *future = NULL;
  g_autofree char *future_text = NULL;
  g_autofree char *future_id = cb_new_uuid ();
  g_autofree char *wrong_id = cb_new_uuid ();
  const char *envelope = "\"created\": \"2026-01-02T03:04:05+01:00\", \"modified\": \"2026-01-02T03:04:05Z\"";
  CbPractice *practice;

  practice = cb_store_create_practice (store, "Quarantine", &error);
  g_assert_no_error (error);
  cb_self_assessment_set_date (good, "2026-01-10");
  cb_practice_add_document (practice, CB_DOCUMENT (good));
  g_assert_true (cb_store_flush (store));
  dir = cb_store_dup_practice_dir (store, practice);

  broken = g_build_filename (dir, "me", "assessments", "broken.json", NULL);
  write_text (broken, "{ \"type\": \"coachbook.self-assessment\", \"version\": 1, \"do_rapport\": ");

  /* "always" is the booklet's instruction's word, not one of its answers. */
  wrong = g_strdup_printf ("%s/me/assessments/%s.json", dir, wrong_id);
  {
    g_autofree char *text = g_strdup_printf ("{ \"type\": \"coachbook.self-assessment\", \"version\": 1, \"id\": \"%s\", %s, "
                                             "\"date\": \"2026-02-01\", \"do_rapport\": \"always\" }", wrong_id, envelope);
    write_text (wrong, text);
  }

  future = g_strdup_printf ("%s/me/assessments/%s.json", dir, future_id);
  future_text = g_strdup_printf ("{ \"type\": \"coachbook.self-assessment\", \"version\": 2, \"id\": \"%s\", %s, "
                                 "\"date\": \"2026-03-01\", \"do_rapport\": \"almost-always\", \"do_listen\": \"usually\" }",
                                 future_id, envelope);
  write_text (future, future_text);

  {
    g_autoptr(CbStore) again = cb_store_new (root);
    g_autoptr(CbPractice) loaded = NULL;
    g_autoptr(GPtrArray) attempts = NULL;
    GListModel *problems;
    guint quarantined = 0, read_only = 0;
    CbDocument *found;

    cb_store_load_practices (again, &error);
    g_assert_no_error (error);
    loaded = g_list_model_get_item (cb_store_get_practices (again), 0);
    cb_store_open_practice (again, loaded, &error);
    g_assert_no_error (error);

    /* The good one and the newer one load. */
    attempts = cb_self_assessment_list_attempts (loaded);
    g_assert_cmpuint (attempts->len, ==, 2);
    found = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (good)));
    g_assert_nonnull (found);
    cb_test_assert_records_equal (CB_RECORD (good), CB_RECORD (found));

    found = cb_practice_find_document (loaded, future_id);
    g_assert_true (CB_IS_SELF_ASSESSMENT (found));
    g_assert_true (cb_document_get_read_only (found));
    g_assert_cmpint (cb_self_assessment_get_answer (CB_SELF_ASSESSMENT (found), 0), ==, X);
    g_assert_cmpint (cb_self_assessment_get_answer (CB_SELF_ASSESSMENT (found), 4), ==, U);

    problems = cb_store_get_problems (again);
    for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
      {
        g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);

        if (cb_problem_get_kind (problem) == CB_PROBLEM_QUARANTINED)
          {
            quarantined++;
            g_assert_true (g_str_has_suffix (cb_problem_get_path (problem), "broken.json") ||
                           strstr (cb_problem_get_path (problem), wrong_id) != NULL);
            g_assert_nonnull (strstr (cb_problem_get_path (problem), "me/assessments"));
            g_assert_nonnull (strstr (cb_problem_get_message (problem), "quarantine"));
            if (strstr (cb_problem_get_path (problem), wrong_id) != NULL)
              g_assert_nonnull (strstr (cb_problem_get_message (problem), "do_rapport"));
          }
        else if (cb_problem_get_kind (problem) == CB_PROBLEM_READ_ONLY)
          read_only++;
      }
    g_assert_cmpuint (quarantined, ==, 2);
    g_assert_cmpuint (read_only, ==, 1);
    g_assert_false (g_file_test (broken, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (wrong, G_FILE_TEST_EXISTS));

    /* The newer file is never written over. */
    cb_self_assessment_set_answer (CB_SELF_ASSESSMENT (found), 1, R);
    g_assert_true (cb_store_flush (again));
    {
      g_autofree char *after = NULL;

      g_assert_true (g_file_get_contents (future, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, future_text);
    }
  }

  cb_store_flush (store);
  g_clear_object (&store);
  cb_test_rm_rf (tmp);
}

static void
test_sample (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Sample");
  g_autoptr(GDateTime) now = g_date_time_new_local (2027, 1, 31, 12, 0, 0);
  g_autoptr(GPtrArray) attempts = NULL;
  static const char * const dates[] = { "2026-04-30", "2026-08-31", "2026-12-31" };
  static const char * const summaries[] = {
    "Mostly Sometimes", "Evenly split between Usually and Sometimes", "Mostly Usually",
  };
  guint last_usually = 0;

  cb_sample_add_self_assessments (practice, now);
  attempts = cb_self_assessment_list_attempts (practice);
  g_assert_cmpuint (attempts->len, ==, 3);

  for (guint i = 0; i < attempts->len; i++)
    {
      CbSelfAssessment *attempt = attempts->pdata[i];
      CbSelfAssessmentResult result;
      g_autofree char *summary = NULL;

      /* About nine, five and one month before now, in the past. */
      g_assert_cmpstr (cb_self_assessment_get_date (attempt), ==, dates[i]);
      cb_self_assessment_get_result (attempt, &result);
      g_assert_cmpuint (result.n_answered, ==, CB_SELF_ASSESSMENT_N_ITEMS);
      g_assert_cmpuint (result.counts[U], >, last_usually);
      last_usually = result.counts[U];
      summary = cb_self_assessment_result_dup_summary (&result);
      g_assert_cmpstr (summary, ==, summaries[i]);
      for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
        g_assert_cmpuint (strlen (cb_self_assessment_get_reflection (attempt, r)), >, 40);
      g_assert_true (cb_document_get_parent (CB_DOCUMENT (attempt)) == CB_DOCUMENT (practice));
    }

  /* Something moved between the last two, more up than down. */
  {
    g_autoptr(GArray) changes = cb_self_assessment_compare_last_two (practice);
    guint up = 0, down = 0;

    for (guint i = 0; i < changes->len; i++)
      {
        CbSelfAssessmentMove move = g_array_index (changes, CbSelfAssessmentChange, i).move;

        up += move == CB_SELF_ASSESSMENT_MOVE_UP;
        down += move == CB_SELF_ASSESSMENT_MOVE_DOWN;
      }
    g_assert_cmpuint (up, >, 3);
    g_assert_cmpuint (up, >, down);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/self-assessment/class", test_class);
  g_test_add_func ("/self-assessment/texts", test_texts);
  g_test_add_func ("/self-assessment/round-trip", test_round_trip);
  g_test_add_func ("/self-assessment/scoring", test_scoring);
  g_test_add_func ("/self-assessment/ties", test_ties);
  g_test_add_func ("/self-assessment/form", test_form);
  g_test_add_func ("/self-assessment/form/blank", test_form_blank);
  g_test_add_func ("/self-assessment/history", test_history);
  g_test_add_func ("/self-assessment/prefill", test_prefill);
  g_test_add_func ("/self-assessment/store", test_store);
  g_test_add_func ("/self-assessment/quarantine", test_quarantine);
  g_test_add_func ("/self-assessment/sample", test_sample);

  return g_test_run ();
}
