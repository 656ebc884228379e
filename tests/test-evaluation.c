/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-evaluation.h"
#include "cb-json.h"
#include "cb-sample.h"
#include "cb-test-util.h"

/* seeds/003 Resource 6, "Exemplar evaluation - mentors", word for word,
 * with how each is answered. */
static const struct
{
  const char             *field;
  const char             *question;
  CbEvaluationAnswerKind  kind;
} resource_6[] = {
  { "programme_rating", "How would you rate the mentoring programme?", CB_EVALUATION_ANSWER_RATING },
  { "experience_quality", "How would you describe the quality of your experience as a participant in the programme?", CB_EVALUATION_ANSWER_TEXT },
  { "volunteer_again", "Would you volunteer to serve as a mentor again in the future?", CB_EVALUATION_ANSWER_YES_NO },
  { "training_helped", "Did the mentor training session help you prepare for your mentoring experience?", CB_EVALUATION_ANSWER_YES_NO },
  { "wanted_more_training", "Would you have liked additional training?", CB_EVALUATION_ANSWER_YES_NO },
  { "responsibilities_clarity", "How clearly defined were your mentor responsibilities?", CB_EVALUATION_ANSWER_RATING },
  { "coordinators_accessible", "Were the mentor programme co-ordinators accessible and easy to talk to and seek advice from when necessary?", CB_EVALUATION_ANSWER_YES_NO },
  { "relationship", "How would you describe your relationship with your mentee?", CB_EVALUATION_ANSWER_TEXT },
  { "time_sufficient", "Do you think that the time you spent with your mentee was sufficient?", CB_EVALUATION_ANSWER_YES_NO },
  { "time_helpful", "Do you think that the time you spent together was helpful for your mentee?", CB_EVALUATION_ANSWER_YES_NO },
  { "gained_personally", "Did you gain personally from this relationship?", CB_EVALUATION_ANSWER_YES_NO },
  { "meet_less_often", "Would you have preferred to meet less often with your mentee?", CB_EVALUATION_ANSWER_YES_NO },
  { "meet_more_often", "Would you have preferred to meet more often with your mentee?", CB_EVALUATION_ANSWER_YES_NO },
  { "most_satisfying", "What was most satisfying about the mentor programme?", CB_EVALUATION_ANSWER_TEXT },
  { "least_satisfying", "What was least satisfying about the mentor programme?", CB_EVALUATION_ANSWER_TEXT },
  { "improvements", "What would you suggest to improve the mentor programme?", CB_EVALUATION_ANSWER_TEXT },
};

/* seeds/004: "was the coach helpful? Did they aid the coachee's learning?
 * Did the coachee gain what they hoped to gain from the experience and has
 * this fed back into their organisation and affected work performance?" */
static const struct
{
  const char *field;
  const char *question;
} client_part[] = {
  { "client_coach_helpful", "Was the coach helpful?" },
  { "client_aided_learning", "Did the coaching aid your learning?" },
  { "client_gained_hoped", "Did you gain what you hoped to gain from the experience?" },
  { "client_work_performance", "Has this fed back into your organisation and affected your work performance?" },
};

static CbEvaluation *
round_trip (CbEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (evaluation), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.evaluation\""));

  back = cb_json_parse (CB_TYPE_EVALUATION, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_EVALUATION (back));

  return CB_EVALUATION (back);
}

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_EVALUATION);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);
  const char * const *coach = cb_evaluation_get_coach_questions ();
  const char * const *client = cb_evaluation_get_client_questions ();
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;
  CbEvaluationAnswerKind kind;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.evaluation");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "evaluations");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpstr (document_class->form_title, ==, "End-of-Relationship Evaluation");
  g_assert_true (cb_document_type_from_name ("coachbook.evaluation") == CB_TYPE_EVALUATION);

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_EVALUATION;
  g_assert_true (registered);

  fields = cb_record_class_get_fields (record_class, &n_fields);
  g_assert_cmpuint (n_fields, ==, 1 + 16 + 4 + 1);
  g_assert_cmpstr (fields[0].name, ==, "date");
  g_assert_cmpstr (fields[n_fields - 1].name, ==, "private_notes");
  g_assert_true (fields[n_fields - 1].flags & CB_FIELD_FLAG_PRIVATE);

  /* Every Resource 6 question, in order, with the source's wording. */
  g_assert_cmpuint (g_strv_length ((char **) coach), ==, 16);
  g_assert_cmpuint (G_N_ELEMENTS (resource_6), ==, 16);
  for (guint i = 0; i < G_N_ELEMENTS (resource_6); i++)
    {
      int index = cb_record_class_find_field (record_class, resource_6[i].field);

      g_assert_cmpstr (coach[i], ==, resource_6[i].field);
      g_assert_cmpint (index, ==, (int) i + 1);
      g_assert_cmpstr (fields[index].label, ==, resource_6[i].question);
      g_assert_cmpstr (fields[index].group, ==, "coach");
      g_assert_cmpstr (cb_evaluation_question_get_text (resource_6[i].field), ==, resource_6[i].question);
      g_assert_true (cb_evaluation_question_get_kind (resource_6[i].field, &kind));
      g_assert_cmpint (kind, ==, resource_6[i].kind);

      switch (resource_6[i].kind)
        {
        case CB_EVALUATION_ANSWER_RATING:
          g_assert_cmpint (fields[index].kind, ==, CB_FIELD_INTEGER);
          break;
        case CB_EVALUATION_ANSWER_YES_NO:
          g_assert_cmpint (fields[index].kind, ==, CB_FIELD_CHOICE);
          g_assert_true (fields[index].type_func () == CB_TYPE_YES_NO);
          break;
        case CB_EVALUATION_ANSWER_TEXT:
        default:
          g_assert_cmpint (fields[index].kind, ==, CB_FIELD_TEXT);
          break;
        }
    }

  g_assert_cmpuint (g_strv_length ((char **) client), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (client_part); i++)
    {
      int index = cb_record_class_find_field (record_class, client_part[i].field);

      g_assert_cmpstr (client[i], ==, client_part[i].field);
      g_assert_cmpstr (fields[index].label, ==, client_part[i].question);
      g_assert_cmpint (fields[index].kind, ==, CB_FIELD_TEXT);
      g_assert_cmpstr (fields[index].group, ==, "client");
      g_assert_true (cb_evaluation_question_get_kind (client_part[i].field, &kind));
      g_assert_cmpint (kind, ==, CB_EVALUATION_ANSWER_TEXT);
    }

  g_assert_false (cb_evaluation_question_get_kind ("date", &kind));
  g_assert_false (cb_evaluation_question_get_kind ("private_notes", &kind));
  g_assert_false (cb_evaluation_question_get_kind ("nonsense", NULL));

  /* "Not answered" is the default, and differs from "no". */
  g_assert_true (cb_enum_has_unset (CB_TYPE_YES_NO));
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_YES_NO, CB_YES_NO_UNSET), ==, "unset");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_YES_NO, CB_YES_NO_YES), ==, "yes");
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_YES_NO, CB_YES_NO_NO), ==, "no");
}

static void
answer_everything (CbEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;

  cb_evaluation_set_date (evaluation, "2026-07-20");
  for (guint i = 0; i < G_N_ELEMENTS (resource_6); i++)
    switch (resource_6[i].kind)
      {
      case CB_EVALUATION_ANSWER_RATING:
        g_assert_true (cb_evaluation_set_rating (evaluation, resource_6[i].field, 2 + (int) i % 4, &error));
        g_assert_no_error (error);
        break;
      case CB_EVALUATION_ANSWER_YES_NO:
        cb_evaluation_set_answer (evaluation, resource_6[i].field, i % 2 ? CB_YES_NO_YES : CB_YES_NO_NO);
        break;
      case CB_EVALUATION_ANSWER_TEXT:
      default:
        {
          g_autofree char *text = g_strdup_printf ("Answer to question %u", i + 1);
          cb_evaluation_set_text (evaluation, resource_6[i].field, text);
        }
        break;
      }

  for (guint i = 0; i < G_N_ELEMENTS (client_part); i++)
    {
      g_autofree char *text = g_strdup_printf ("Client answer %u", i + 1);
      cb_evaluation_set_text (evaluation, client_part[i].field, text);
    }

  cb_record_set_string (CB_RECORD (evaluation), "private_notes", "SECRET NOTE");
}

static void
test_round_trip (void)
{
  g_autoptr(CbEvaluation) filled = cb_evaluation_new ();
  g_autoptr(CbEvaluation) filled_back = NULL;
  g_autoptr(CbEvaluation) evaluation = cb_evaluation_new ();
  g_autoptr(CbEvaluation) back = NULL;
  g_autoptr(CbEvaluation) empty = cb_evaluation_new ();
  g_autoptr(CbEvaluation) empty_back = NULL;

  /* Every field set to a distinct value; the ratings the filler puts off
   * the scale are cleared, so they are set on it. */
  cb_test_fill_record (CB_RECORD (filled), "evaluation");
  g_assert_cmpint (cb_evaluation_get_rating (filled, "programme_rating"), ==, 0);
  g_assert_true (cb_evaluation_set_rating (filled, "programme_rating", 5, NULL));
  g_assert_true (cb_evaluation_set_rating (filled, "responsibilities_clarity", 1, NULL));
  filled_back = round_trip (filled);
  cb_test_assert_records_equal (CB_RECORD (filled), CB_RECORD (filled_back));
  g_assert_cmpint (cb_evaluation_get_rating (filled_back, "programme_rating"), ==, 5);
  g_assert_cmpint (cb_evaluation_get_rating (filled_back, "responsibilities_clarity"), ==, 1);

  answer_everything (evaluation);
  g_assert_cmpuint (cb_evaluation_count_coach_answers (evaluation), ==, 16);
  g_assert_cmpuint (cb_evaluation_count_client_answers (evaluation), ==, 4);
  /* One yes/no left unanswered survives as unanswered, not as "no". */
  cb_evaluation_set_answer (evaluation, "meet_more_often", CB_YES_NO_UNSET);

  back = round_trip (evaluation);
  cb_test_assert_records_equal (CB_RECORD (evaluation), CB_RECORD (back));
  g_assert_cmpstr (cb_evaluation_get_date (back), ==, "2026-07-20");
  for (guint i = 0; i < G_N_ELEMENTS (resource_6); i++)
    switch (resource_6[i].kind)
      {
      case CB_EVALUATION_ANSWER_RATING:
        g_assert_cmpint (cb_evaluation_get_rating (back, resource_6[i].field), ==, 2 + (int) i % 4);
        break;
      case CB_EVALUATION_ANSWER_YES_NO:
        if (g_str_equal (resource_6[i].field, "meet_more_often"))
          g_assert_cmpint (cb_evaluation_get_answer (back, resource_6[i].field), ==, CB_YES_NO_UNSET);
        else
          g_assert_cmpint (cb_evaluation_get_answer (back, resource_6[i].field), ==, i % 2 ? CB_YES_NO_YES : CB_YES_NO_NO);
        break;
      case CB_EVALUATION_ANSWER_TEXT:
      default:
        {
          g_autofree char *text = g_strdup_printf ("Answer to question %u", i + 1);
          g_assert_cmpstr (cb_evaluation_get_text (back, resource_6[i].field), ==, text);
        }
        break;
      }
  for (guint i = 0; i < G_N_ELEMENTS (client_part); i++)
    {
      g_autofree char *text = g_strdup_printf ("Client answer %u", i + 1);
      g_assert_cmpstr (cb_evaluation_get_text (back, client_part[i].field), ==, text);
    }
  g_assert_cmpuint (cb_evaluation_count_coach_answers (back), ==, 15);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (back), "private_notes"), ==, "SECRET NOTE");

  empty_back = round_trip (empty);
  cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
  g_assert_cmpuint (cb_evaluation_count_coach_answers (empty_back), ==, 0);
  g_assert_cmpint (cb_evaluation_get_answer (empty_back, "volunteer_again"), ==, CB_YES_NO_UNSET);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_ratings (void)
{
  g_autoptr(CbEvaluation) evaluation = cb_evaluation_new ();
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (evaluation), "programme_rating");
  gint64 number = 0;

  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 0);
  for (int r = CB_EVALUATION_RATING_MIN; r <= CB_EVALUATION_RATING_MAX; r++)
    {
      g_assert_true (cb_evaluation_set_rating (evaluation, "programme_rating", r, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, r);
    }

  /* Off the scale: refused, the rating kept. */
  g_assert_true (cb_evaluation_set_rating (evaluation, "programme_rating", 4, NULL));
  g_assert_false (cb_evaluation_set_rating (evaluation, "programme_rating", 6, &error));
  g_assert_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Ratings run from 1 to 5 (or 0 when not answered), not 6.");
  g_clear_error (&error);
  g_assert_false (cb_evaluation_set_rating (evaluation, "programme_rating", -1, &error));
  g_assert_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 4);

  /* Not a rating. */
  g_assert_false (cb_evaluation_set_rating (evaluation, "volunteer_again", 3, &error));
  g_assert_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_NOT_A_RATING);
  g_clear_error (&error);
  g_assert_false (cb_evaluation_set_rating (evaluation, "most_satisfying", 3, &error));
  g_assert_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_NOT_A_RATING);
  g_clear_error (&error);

  /* The property setter refuses too, keeping the rating and notifying. */
  g_signal_connect (evaluation, "notify::programme-rating", G_CALLBACK (on_notify_cb), &notified);
  g_object_set (evaluation, "programme-rating", (gint64) 9, NULL);
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 4);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (evaluation, "programme-rating", (gint64) 2, NULL);
  g_object_get (evaluation, "programme-rating", &number, NULL);
  g_assert_cmpint (number, ==, 2);

  /* The generic setter cannot leave it off the scale either. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_INT64);
    g_value_set_int64 (&value, 42);
    cb_record_set_value (CB_RECORD (evaluation), index, &value);
    g_assert_cmpint (cb_evaluation_get_rating (evaluation, "programme_rating"), ==, 0);
    g_assert_cmpint (cb_record_get_integer (CB_RECORD (evaluation), "programme_rating"), ==, 0);
  }

  /* 0 clears. */
  g_assert_true (cb_evaluation_set_rating (evaluation, "responsibilities_clarity", 3, NULL));
  g_assert_true (cb_evaluation_set_rating (evaluation, "responsibilities_clarity", 0, NULL));
  g_assert_cmpint (cb_evaluation_get_rating (evaluation, "responsibilities_clarity"), ==, 0);

  /* Read-only. */
  cb_document_set_read_only (CB_DOCUMENT (evaluation), TRUE);
  g_assert_false (cb_evaluation_set_rating (evaluation, "programme_rating", 3, &error));
  g_assert_error (error, CB_EVALUATION_ERROR, CB_EVALUATION_ERROR_READ_ONLY);
}

static CbForm *
describe (CbEvaluation *evaluation,
          gboolean      blank,
          gboolean      include_private)
{
  CbFormContext context = { "Test Practice", "Gareth Llewellyn", blank, include_private };

  return cb_document_describe_form (CB_DOCUMENT (evaluation), &context);
}

static const CbFormBlock *
find_question (CbForm     *form,
               const char *question)
{
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      /* Numbered: "1. How would you rate…" */
      if (block->label != NULL && g_str_has_suffix (block->label, question) &&
          strstr (block->label, ". ") != NULL)
        return block;
    }

  g_error ("no block for “%s”", question);
  return NULL;
}

static guint
heading_index (CbForm     *form,
               const char *text)
{
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind == CB_FORM_HEADING && g_strcmp0 (block->label, text) == 0)
        return i;
    }

  g_error ("no heading “%s”", text);
  return 0;
}

static void
test_form (void)
{
  g_autoptr(CbEvaluation) evaluation = cb_evaluation_new ();
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) private_form = NULL;
  g_autofree char *text = NULL;
  g_autofree char *private_text = NULL;
  const CbFormBlock *block;

  answer_everything (evaluation);
  cb_evaluation_set_answer (evaluation, "meet_more_often", CB_YES_NO_UNSET);

  form = describe (evaluation, FALSE, FALSE);
  g_assert_cmpstr (cb_form_get_title (form), ==, "End-of-Relationship Evaluation");
  g_assert_false (cb_form_get_blank (form));
  g_assert_cmpuint (heading_index (form, "From the mentor or coach"), <, heading_index (form, "From the client"));

  for (guint i = 0; i < G_N_ELEMENTS (resource_6); i++)
    {
      g_autofree char *numbered = g_strdup_printf ("%u. %s", i + 1, resource_6[i].question);

      block = find_question (form, resource_6[i].question);
      g_assert_cmpstr (block->label, ==, numbered);
      switch (resource_6[i].kind)
        {
        case CB_EVALUATION_ANSWER_RATING:
          {
            const char *scale[] = { "1", "2", "3", "4", "5", NULL };
            int rating = 2 + (int) i % 4;

            g_assert_cmpint (block->kind, ==, CB_FORM_CHECKLIST);
            g_assert_cmpstrv (block->items, scale);
            g_assert_cmpuint (block->checked, ==, G_GUINT64_CONSTANT (1) << (rating - 1));
          }
          break;
        case CB_EVALUATION_ANSWER_YES_NO:
          {
            const char *yes_no[] = { "Yes", "No", NULL };

            g_assert_cmpint (block->kind, ==, CB_FORM_CHECKLIST);
            g_assert_cmpstrv (block->items, yes_no);
            if (g_str_equal (resource_6[i].field, "meet_more_often"))
              g_assert_cmpuint (block->checked, ==, 0);   /* not answered: neither ticked */
            else
              g_assert_cmpuint (block->checked, ==, i % 2 ? 1 : 2);
          }
          break;
        case CB_EVALUATION_ANSWER_TEXT:
        default:
          {
            g_autofree char *answer = g_strdup_printf ("Answer to question %u", i + 1);

            g_assert_cmpint (block->kind, ==, CB_FORM_TEXT);
            g_assert_cmpstr (block->text, ==, answer);
          }
          break;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (client_part); i++)
    {
      g_autofree char *answer = g_strdup_printf ("Client answer %u", i + 1);

      block = find_question (form, client_part[i].question);
      g_assert_cmpint (block->kind, ==, CB_FORM_TEXT);
      g_assert_cmpstr (block->text, ==, answer);
    }

  text = cb_form_to_text (form);
  g_assert_null (strstr (text, "SECRET NOTE"));
  private_form = describe (evaluation, FALSE, TRUE);
  private_text = cb_form_to_text (private_form);
  g_assert_nonnull (strstr (private_text, "SECRET NOTE"));
}

static void
check_blank (CbForm *form)
{
  g_autofree char *text = cb_form_to_text (form);
  guint n_checklists = 0, n_texts = 0;

  g_assert_true (cb_form_get_blank (form));
  g_assert_cmpstr (cb_form_get_title (form), ==, "End-of-Relationship Evaluation");
  heading_index (form, "From the mentor or coach");
  heading_index (form, "From the client");

  for (guint i = 0; i < G_N_ELEMENTS (resource_6); i++)
    {
      const CbFormBlock *block = find_question (form, resource_6[i].question);

      if (resource_6[i].kind == CB_EVALUATION_ANSWER_TEXT)
        {
          g_assert_cmpint (block->kind, ==, CB_FORM_TEXT);
          g_assert_null (block->text);
          g_assert_cmpuint (block->blank_lines, >, 0);
        }
      else
        {
          g_assert_cmpint (block->kind, ==, CB_FORM_CHECKLIST);
          g_assert_cmpuint (block->checked, ==, 0);
          g_assert_cmpuint (g_strv_length (block->items), ==,
                            resource_6[i].kind == CB_EVALUATION_ANSWER_RATING ? 5 : 2);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (client_part); i++)
    {
      const CbFormBlock *block = find_question (form, client_part[i].question);

      g_assert_cmpint (block->kind, ==, CB_FORM_TEXT);
      g_assert_null (block->text);
      g_assert_cmpuint (block->blank_lines, >, 0);
    }

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind == CB_FORM_FIELD || block->kind == CB_FORM_TEXT)
        g_assert_null (block->text);
      n_checklists += block->kind == CB_FORM_CHECKLIST;
      n_texts += block->kind == CB_FORM_TEXT;
    }
  g_assert_cmpuint (n_checklists, ==, 2 + 9);
  g_assert_cmpuint (n_texts, ==, 5 + 4);

  g_assert_null (strstr (text, "Answer to question"));
  g_assert_null (strstr (text, "Client answer"));
  g_assert_null (strstr (text, "SECRET NOTE"));
  g_assert_null (strstr (text, "Private notes"));
}

static void
test_form_blank (void)
{
  g_autoptr(CbEvaluation) empty = cb_evaluation_new ();
  g_autoptr(CbEvaluation) filled = cb_evaluation_new ();
  g_autoptr(CbForm) blank = NULL;
  g_autoptr(CbForm) blank_filled = NULL;

  blank = describe (empty, TRUE, FALSE);
  check_blank (blank);

  /* A blank form has no values, even from a filled evaluation and even
   * when private notes are asked for. */
  answer_everything (filled);
  blank_filled = describe (filled, TRUE, TRUE);
  check_blank (blank_filled);
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  guint n_evaluations = 0;

  cb_sample_add_referrals_and_evaluations (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      CbClient *client = clients->pdata[i];
      CbEvaluation *evaluation = cb_client_get_evaluation (client);
      g_autoptr(CbEvaluation) back = NULL;

      if (evaluation == NULL)
        continue;

      n_evaluations++;
      /* The ended relationship, evaluated from both sides. */
      g_assert_cmpstr (cb_client_get_name (client), ==, "Gareth Llewellyn");
      g_assert_cmpint (cb_client_get_status (client), ==, CB_CLIENT_STATUS_ENDED);
      g_assert_cmpuint (cb_evaluation_count_coach_answers (evaluation), ==, 16);
      g_assert_cmpuint (cb_evaluation_count_client_answers (evaluation), ==, 4);
      back = round_trip (evaluation);
      cb_test_assert_records_equal (CB_RECORD (evaluation), CB_RECORD (back));
    }

  g_assert_cmpuint (n_evaluations, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/class", test_class);
  g_test_add_func ("/evaluation/round-trip", test_round_trip);
  g_test_add_func ("/evaluation/ratings", test_ratings);
  g_test_add_func ("/evaluation/form", test_form);
  g_test_add_func ("/evaluation/form/blank", test_form_blank);
  g_test_add_func ("/evaluation/sample", test_sample);

  return g_test_run ();
}
