/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-agreement.h"
#include "cb-agreement-templates.h"
#include "cb-json.h"
#include "cb-sample.h"
#include "cb-test-util.h"

static const CbAgreementKind all_kinds[] = {
  CB_AGREEMENT_KIND_LEARNING_CONTRACT,
  CB_AGREEMENT_KIND_MENTORING,
  CB_AGREEMENT_KIND_PEER_MENTORING,
  CB_AGREEMENT_KIND_COACHING,
};

static const char *
kind_nick (CbAgreementKind kind)
{
  return cb_enum_to_nick (CB_TYPE_AGREEMENT_KIND, kind);
}

/* The kind a field belongs to (its group's variant), or NULL if common. */
static const char *
field_variant (CbRecord          *record,
               const CbFieldSpec *spec)
{
  guint n_groups;
  const CbFieldGroup *groups = cb_record_class_get_groups (CB_RECORD_GET_CLASS (record), &n_groups);

  for (guint g = 0; g < n_groups; g++)
    if (g_strcmp0 (groups[g].id, spec->group) == 0)
      return groups[g].variant;

  g_error ("field %s has no group", spec->name);
  return NULL;
}

static gboolean
field_is_empty (CbRecord *record,
                guint     index)
{
  g_auto(GValue) value = G_VALUE_INIT;

  cb_record_get_value (record, index, &value);
  return cb_field_value_is_empty (cb_record_get_field (record, index), &value);
}

static int
field_index (CbRecord   *record,
             const char *name)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), name);

  g_assert_cmpint (index, >=, 0);
  return index;
}

static void
set_list (CbRecord           *record,
          const char         *name,
          const char * const *items)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, items);
  cb_record_set_value (record, field_index (record, name), &value);
}

static GStrv
dup_list (CbRecord   *record,
          const char *name)
{
  g_auto(GValue) value = G_VALUE_INIT;

  cb_record_get_value (record, field_index (record, name), &value);
  return g_value_dup_boxed (&value);
}

static void
set_integer (CbRecord   *record,
             const char *name,
             gint64      number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, number);
  cb_record_set_value (record, field_index (record, name), &value);
}

static gboolean
is_clause (CbAgreementKind  kind,
           const char      *name)
{
  return cb_agreement_templates_find_clause (kind, name) != NULL;
}

static CbDocument *
round_trip (CbDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (document, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "coachbook.agreement"));

  back = cb_json_parse (CB_TYPE_AGREEMENT, text, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  return back;
}

static CbForm *
describe (CbAgreement *agreement,
          gboolean     blank,
          gboolean     include_private)
{
  CbFormContext context = {
    .practice_name = "Ellery Coaching",
    .client_name = blank ? NULL : "Sam Example",
    .blank = blank,
    .include_private = include_private,
  };

  return cb_document_describe_form (CB_DOCUMENT (agreement), &context);
}

static char *
form_text (CbAgreement *agreement,
           gboolean     blank,
           gboolean     include_private)
{
  g_autoptr(CbForm) form = describe (agreement, blank, include_private);

  return cb_form_to_text (form);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
assert_not_contains (const char *haystack,
                     const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, haystack);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
assert_signatures (CbForm     *form,
                   const char *first,
                   const char *second)
{
  guint found = 0;

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind != CB_FORM_SIGNATURES)
        continue;

      found++;
      g_assert_nonnull (block->items);
      g_assert_cmpuint (g_strv_length (block->items), ==, 2);
      g_assert_cmpstr (block->items[0], ==, first);
      g_assert_cmpstr (block->items[1], ==, second);
    }

  g_assert_cmpuint (found, ==, 1);
}

static void
expected_parties (CbAgreementKind   kind,
                  const char      **first,
                  const char      **second)
{
  switch (kind)
    {
    case CB_AGREEMENT_KIND_LEARNING_CONTRACT:
      *first = "Learner";
      *second = "Coach / Mentor";
      break;
    case CB_AGREEMENT_KIND_MENTORING:
    case CB_AGREEMENT_KIND_PEER_MENTORING:
      *first = "Mentor";
      *second = "Mentee";
      break;
    case CB_AGREEMENT_KIND_COACHING:
    default:
      *first = "Coach";
      *second = "Client";
      break;
    }
}

/* Every field of every kind, through JSON and back. */
static void
test_round_trip (gconstpointer data)
{
  CbAgreementKind kind = GPOINTER_TO_INT (data);
  g_autoptr(CbAgreement) agreement = cb_agreement_new (kind);
  g_autoptr(CbDocument) back = NULL;

  cb_test_fill_record (CB_RECORD (agreement), kind_nick (kind));
  cb_agreement_set_kind (agreement, kind);
  cb_agreement_set_status (agreement, CB_AGREEMENT_STATUS_AGREED);

  back = round_trip (CB_DOCUMENT (agreement));
  cb_test_assert_records_equal (CB_RECORD (agreement), CB_RECORD (back));
  g_assert_cmpint (cb_agreement_get_kind (CB_AGREEMENT (back)), ==, kind);
  g_assert_cmpint (cb_agreement_get_status (CB_AGREEMENT (back)), ==, CB_AGREEMENT_STATUS_AGREED);
  g_assert_cmpstr (cb_document_get_id (back), ==, cb_document_get_id (CB_DOCUMENT (agreement)));

  /* A fresh agreement (empty fields) too. */
  {
    g_autoptr(CbAgreement) empty = cb_agreement_new (kind);
    g_autoptr(CbDocument) empty_back = round_trip (CB_DOCUMENT (empty));

    cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
  }
}

static void
test_class (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_MENTORING);
  CbDocumentClass *klass = CB_DOCUMENT_GET_CLASS (agreement);
  static const char * const common[] = {
    "kind", "status", "custom_title", "date_agreed", "coach_signed", "client_signed",
    "review_date", "ended_date", "notes",
  };
  guint n_fields;
  const CbFieldSpec *fields = cb_record_get_fields (CB_RECORD (agreement), &n_fields);

  g_assert_cmpstr (klass->type_name, ==, "coachbook.agreement");
  g_assert_cmpint (klass->current_version, ==, 1);
  g_assert_null (klass->file_name);
  g_assert_cmpstr (klass->folder, ==, "agreements");
  g_assert_cmpstr (klass->form_title, ==, "Agreement");

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    {
      int index = field_index (CB_RECORD (agreement), common[i]);
      g_assert_null (field_variant (CB_RECORD (agreement), &fields[index]));
    }

  g_assert_true (fields[field_index (CB_RECORD (agreement), "kind")].flags & CB_FIELD_FLAG_REQUIRED);
  g_assert_true (fields[field_index (CB_RECORD (agreement), "status")].flags & CB_FIELD_FLAG_REQUIRED);
  g_assert_true (fields[field_index (CB_RECORD (agreement), "notes")].flags & CB_FIELD_FLAG_PRIVATE);
  g_assert_cmpint (fields[field_index (CB_RECORD (agreement), "meetings_per_month")].kind, ==, CB_FIELD_INTEGER);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *hope = g_strdup_printf ("hope_%u", i);
      g_autofree char *plan = g_strdup_printf ("plan_%u", i);

      g_assert_cmpint (fields[field_index (CB_RECORD (agreement), hope)].kind, ==, CB_FIELD_TEXT);
      g_assert_cmpint (fields[field_index (CB_RECORD (agreement), plan)].kind, ==, CB_FIELD_TEXT);
    }
  g_assert_cmpint (fields[field_index (CB_RECORD (agreement), "mentor_role")].kind, ==, CB_FIELD_LIST);
  g_assert_cmpint (fields[field_index (CB_RECORD (agreement), "mentee_role")].kind, ==, CB_FIELD_LIST);
  g_assert_cmpint (fields[field_index (CB_RECORD (agreement), "learning_objectives")].kind, ==, CB_FIELD_LIST);

  /* Track 3's prompt, quoted. */
  g_assert_cmpstr (fields[field_index (CB_RECORD (agreement), "overall_goal")].help, ==,
                   "Why is he or she undertaking a learning programme?");

  /* The document's display title is not shadowed by a field. */
  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (agreement), "title")->owner_type == CB_TYPE_DOCUMENT);

  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_DRAFT);
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (agreement)));
}

/* Every clause names a field of its own kind; the clause tables and the
 * field table agree. */
static void
test_clause_tables (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_COACHING);
  const CbFieldSpec *fields = cb_record_get_fields (CB_RECORD (agreement), NULL);

  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_auto(GStrv) names = cb_agreement_kind_dup_clause_fields (all_kinds[k]);
      guint n = 0;
      const CbAgreementClause *clauses = cb_agreement_templates_get_clauses (all_kinds[k], &n);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (g_strv_length (names), ==, n);

      for (guint i = 0; i < n; i++)
        {
          const CbFieldSpec *spec = &fields[field_index (CB_RECORD (agreement), clauses[i].field)];

          g_assert_cmpstr (names[i], ==, clauses[i].field);
          g_assert_cmpstr (field_variant (CB_RECORD (agreement), spec), ==, kind_nick (all_kinds[k]));
          g_assert_true ((clauses[i].text != NULL) != (clauses[i].items != NULL));
          g_assert_cmpint (spec->kind, ==, clauses[i].items != NULL ? CB_FIELD_LIST : CB_FIELD_TEXT);
        }
    }

  /* Resource 5 has ten clauses; its two-part clause 2 is two fields. */
  {
    guint n = 0;
    cb_agreement_templates_get_clauses (CB_AGREEMENT_KIND_PEER_MENTORING, &n);
    g_assert_cmpuint (n, ==, 1 + 11);
  }
}

static void
test_template_names (void)
{
  static const char * const names[] = { "learning-contract", "mentoring", "peer-mentoring", "coaching" };

  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      CbAgreementKind kind = -1;

      g_assert_cmpstr (cb_agreement_kind_get_template_name (all_kinds[k]), ==, names[k]);
      g_assert_true (cb_agreement_kind_from_template_name (names[k], &kind));
      g_assert_cmpint (kind, ==, all_kinds[k]);
    }

  g_assert_false (cb_agreement_kind_from_template_name ("Mentoring", NULL));
  g_assert_false (cb_agreement_kind_from_template_name ("", NULL));
  g_assert_false (cb_agreement_kind_from_template_name ("contract", NULL));
}

static void
test_title (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_PEER_MENTORING);
  g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (agreement));
  g_autofree char *custom = NULL;
  g_autofree char *property = NULL;

  g_assert_cmpstr (title, ==, "Peer Mentoring Agreement");

  cb_record_set_string (CB_RECORD (agreement), "custom_title", "Team leaders’ scheme");
  custom = cb_document_dup_title (CB_DOCUMENT (agreement));
  g_assert_cmpstr (custom, ==, "Team leaders’ scheme");

  g_object_get (agreement, "title", &property, NULL);
  g_assert_cmpstr (property, ==, "Team leaders’ scheme");
}

/* A new agreement from the built-in wording: every clause of its kind,
 * nothing else. */
static void
test_template_built_in (gconstpointer data)
{
  CbAgreementKind kind = GPOINTER_TO_INT (data);
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (kind, NULL);
  CbRecord *record = CB_RECORD (agreement);
  guint n_fields;
  const CbFieldSpec *fields = cb_record_get_fields (record, &n_fields);
  guint n_clauses = 0;

  g_assert_cmpint (cb_agreement_get_kind (agreement), ==, kind);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_DRAFT);
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (agreement)));

  for (guint i = 0; i < n_fields; i++)
    {
      const CbAgreementClause *clause = cb_agreement_templates_find_clause (kind, fields[i].name);

      if (fields[i].kind == CB_FIELD_CHOICE)
        continue;

      if (clause == NULL)
        {
          if (!field_is_empty (record, i))
            g_error ("%s: field %s is not a clause but was filled", kind_nick (kind), fields[i].name);
          continue;
        }

      n_clauses++;
      g_assert_false (field_is_empty (record, i));

      if (clause->text != NULL)
        {
          g_assert_cmpstr (cb_record_get_string_at (record, i), ==, clause->text);
        }
      else
        {
          g_auto(GStrv) items = dup_list (record, fields[i].name);
          g_assert_true (g_strv_equal ((const char * const *) items, clause->items));
        }
    }

  {
    guint n = 0;
    cb_agreement_templates_get_clauses (kind, &n);
    g_assert_cmpuint (n_clauses, ==, n);
  }
}

/* The sources' wording, spot-checked. */
static void
test_template_wording (void)
{
  g_autoptr(CbAgreement) peer = cb_agreement_new_from_template (CB_AGREEMENT_KIND_PEER_MENTORING, NULL);
  g_autoptr(CbAgreement) mentoring = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);
  g_auto(GStrv) mentor_role = dup_list (CB_RECORD (peer), "mentor_role");
  g_auto(GStrv) mentee_role = dup_list (CB_RECORD (peer), "mentee_role");

  g_assert_cmpuint (g_strv_length (mentor_role), ==, 6);
  g_assert_cmpuint (g_strv_length (mentee_role), ==, 4);
  g_assert_cmpstr (mentor_role[1], ==, "create a safe learning environment");
  g_assert_cmpstr (mentee_role[2], ==, "keep joint records of the meetings");
  assert_contains (cb_record_get_string (CB_RECORD (peer), "cancellation_notice"), "at least 24 hours in advance");
  assert_contains (cb_record_get_string (CB_RECORD (peer), "meeting_length"), "a minimum of one hour and a maximum of two hours");
  assert_contains (cb_record_get_string (CB_RECORD (peer), "feedback"), "specific, timely, genuine, objective, and forward-looking");
  assert_contains (cb_record_get_string (CB_RECORD (peer), "breakdown"), "no blame will be attributable to either party");
  assert_contains (cb_record_get_string (CB_RECORD (peer), "documentation"), "co-ordinator of the programme");
  assert_contains (cb_record_get_string (CB_RECORD (mentoring), "no_fault_termination"),
                   "we agree to abide by one another’s decision");
  assert_contains (cb_record_get_string (CB_RECORD (mentoring), "mentoring_duration"),
                   "as long as we both feel comfortable or until");
  g_assert_cmpint (cb_record_get_integer (CB_RECORD (mentoring), "meetings_per_month"), ==, 0);
}

/* The practice's own wording is used; status, dates, title and notes are
 * never copied. */
static void
test_template_practice (gconstpointer data)
{
  CbAgreementKind kind = GPOINTER_TO_INT (data);
  g_autoptr(CbAgreement) practice = cb_agreement_new_from_template (kind, NULL);
  g_autoptr(CbAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) clauses = cb_agreement_kind_dup_clause_fields (kind);
  CbRecord *record;
  const char *edited = NULL;
  static const char * const common[] = {
    "custom_title", "date_agreed", "coach_signed", "client_signed", "review_date", "ended_date", "notes",
  };

  /* Edit the first TEXT clause, as a practice would. */
  for (guint i = 0; clauses[i] != NULL && edited == NULL; i++)
    {
      const CbAgreementClause *clause = cb_agreement_templates_find_clause (kind, clauses[i]);

      if (clause->text != NULL)
        edited = clauses[i];
    }
  g_assert_nonnull (edited);
  cb_record_set_string (CB_RECORD (practice), edited, "Our practice’s own wording.");
  if (kind == CB_AGREEMENT_KIND_PEER_MENTORING)
    {
      const char * const roles[] = { "listen well", NULL };
      set_list (CB_RECORD (practice), "mentor_role", roles);
    }
  if (kind == CB_AGREEMENT_KIND_COACHING)
    cb_record_set_string (CB_RECORD (practice), "fees", "£80 a session, invoiced monthly.");

  cb_record_set_string (CB_RECORD (practice), "custom_title", "Practice template");
  cb_record_set_string (CB_RECORD (practice), "notes", "Private note on the template");
  cb_record_set_string (CB_RECORD (practice), "review_date", "2026-05-01");
  g_assert_true (cb_agreement_mark_agreed (practice, "2026-01-02", "2026-01-03", &error));
  g_assert_no_error (error);
  g_assert_true (cb_agreement_end (practice, "2026-04-01", &error));
  g_assert_no_error (error);

  agreement = cb_agreement_new_from_template (kind, practice);
  record = CB_RECORD (agreement);

  g_assert_cmpint (cb_agreement_get_kind (agreement), ==, kind);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_DRAFT);
  g_assert_cmpstr (cb_record_get_string (record, edited), ==, "Our practice’s own wording.");
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    g_assert_cmpstr (cb_record_get_string (record, common[i]), ==, "");

  /* The other clauses are the template's, which were the built-in ones. */
  for (guint i = 0; clauses[i] != NULL; i++)
    {
      const CbAgreementClause *clause = cb_agreement_templates_find_clause (kind, clauses[i]);

      if (clause->text != NULL && g_strcmp0 (clauses[i], edited) != 0)
        g_assert_cmpstr (cb_record_get_string (record, clauses[i]), ==, clause->text);
    }

  if (kind == CB_AGREEMENT_KIND_PEER_MENTORING)
    {
      g_auto(GStrv) roles = dup_list (record, "mentor_role");
      g_assert_cmpuint (g_strv_length (roles), ==, 1);
      g_assert_cmpstr (roles[0], ==, "listen well");
    }
  if (kind == CB_AGREEMENT_KIND_COACHING)
    g_assert_cmpstr (cb_record_get_string (record, "fees"), ==, "£80 a session, invoiced monthly.");
}

static void
test_template_practice_wrong_kind (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CbAgreement) practice = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);
      CbAgreement *agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_COACHING, practice);

      g_assert_null (agreement);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*cb_agreement_new_from_template*");
}

static void
test_fill_defaults (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_COACHING);
  CbRecord *record = CB_RECORD (agreement);
  const CbAgreementClause *ending = cb_agreement_templates_find_clause (CB_AGREEMENT_KIND_COACHING, "coaching_ending");

  g_assert_cmpstr (cb_record_get_string (record, "coaching_ending"), ==, "");
  cb_record_set_string (record, "coaching_confidentiality", "Our own confidentiality clause.");

  cb_agreement_fill_defaults (agreement);

  g_assert_cmpstr (cb_record_get_string (record, "coaching_confidentiality"), ==, "Our own confidentiality clause.");
  g_assert_cmpstr (cb_record_get_string (record, "coaching_ending"), ==, ending->text);
  g_assert_cmpstr (cb_record_get_string (record, "fees"), ==, "");
  /* Other kinds' clauses stay empty. */
  g_assert_cmpstr (cb_record_get_string (record, "no_fault_termination"), ==, "");
  g_assert_cmpstr (cb_record_get_string (record, "feedback"), ==, "");
  g_assert_true (cb_document_get_dirty (CB_DOCUMENT (agreement)));
}

static void
test_mark_agreed (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);
  CbRecord *record = CB_RECORD (agreement);
  g_autoptr(GError) error = NULL;

  /* Not dates: nothing changes. */
  g_assert_false (cb_agreement_mark_agreed (agreement, "2026-02-30", "2026-03-01", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  assert_contains (error->message, "“2026-02-30” is not a date");
  assert_contains (error->message, "coach or mentor");
  g_clear_error (&error);

  g_assert_false (cb_agreement_mark_agreed (agreement, "2026-03-01", "1 March", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  assert_contains (error->message, "“1 March”");
  assert_contains (error->message, "client");
  g_clear_error (&error);

  g_assert_false (cb_agreement_mark_agreed (agreement, "2026-03-01", NULL, &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (cb_agreement_mark_agreed (agreement, "", "2026-03-01", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_DRAFT);
  g_assert_cmpstr (cb_record_get_string (record, "coach_signed"), ==, "");
  g_assert_cmpstr (cb_record_get_string (record, "date_agreed"), ==, "");

  /* The later signature is the date agreed, whichever party signed last. */
  g_assert_true (cb_agreement_mark_agreed (agreement, "2026-03-04", "2026-03-02", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_AGREED);
  g_assert_cmpstr (cb_record_get_string (record, "coach_signed"), ==, "2026-03-04");
  g_assert_cmpstr (cb_record_get_string (record, "client_signed"), ==, "2026-03-02");
  g_assert_cmpstr (cb_record_get_string (record, "date_agreed"), ==, "2026-03-04");

  g_assert_true (cb_agreement_mark_agreed (agreement, "2026-03-09", "2026-12-31", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cb_record_get_string (record, "date_agreed"), ==, "2026-12-31");

  /* Once ended, it cannot be signed again. */
  g_assert_true (cb_agreement_end (agreement, "2027-01-15", &error));
  g_assert_no_error (error);
  g_assert_false (cb_agreement_mark_agreed (agreement, "2027-02-01", "2027-02-01", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_ENDED);
  assert_contains (error->message, "Mentoring Agreement");
  assert_contains (error->message, "15 January 2027");
  assert_contains (error->message, "start a new agreement");
  g_clear_error (&error);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_ENDED);
  g_assert_cmpstr (cb_record_get_string (record, "coach_signed"), ==, "2026-03-09");
}

static void
test_end (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_COACHING, NULL);
  g_autoptr(CbAgreement) draft = cb_agreement_new (CB_AGREEMENT_KIND_LEARNING_CONTRACT);
  CbRecord *record = CB_RECORD (agreement);
  g_autoptr(GError) error = NULL;

  g_assert_true (cb_agreement_mark_agreed (agreement, "2026-03-02", "2026-03-02", &error));
  g_assert_no_error (error);

  g_assert_false (cb_agreement_end (agreement, "soon", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  assert_contains (error->message, "“soon” is not a date");
  g_clear_error (&error);

  g_assert_false (cb_agreement_end (agreement, NULL, &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (cb_agreement_end (agreement, "2026-03-01", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_DATE_ORDER);
  assert_contains (error->message, "1 March 2026");
  assert_contains (error->message, "2 March 2026");
  g_clear_error (&error);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_AGREED);
  g_assert_cmpstr (cb_record_get_string (record, "ended_date"), ==, "");

  g_assert_true (cb_agreement_end (agreement, "2026-03-02", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_agreement_get_status (agreement), ==, CB_AGREEMENT_STATUS_ENDED);
  g_assert_cmpstr (cb_record_get_string (record, "ended_date"), ==, "2026-03-02");

  g_assert_false (cb_agreement_end (agreement, "2026-04-01", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_ENDED);
  g_clear_error (&error);
  g_assert_cmpstr (cb_record_get_string (record, "ended_date"), ==, "2026-03-02");

  /* A draft that was never signed can be ended (abandoned). */
  g_assert_true (cb_agreement_end (draft, "2026-01-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_agreement_get_status (draft), ==, CB_AGREEMENT_STATUS_ENDED);
}

static void
test_read_only (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new (CB_AGREEMENT_KIND_COACHING);
  g_autoptr(GError) error = NULL;

  cb_document_set_read_only (CB_DOCUMENT (agreement), TRUE);
  g_assert_false (cb_agreement_mark_agreed (agreement, "2026-03-02", "2026-03-02", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_READ_ONLY);
  assert_contains (error->message, "newer version of Coachbook");
  g_clear_error (&error);
  g_assert_false (cb_agreement_end (agreement, "2026-03-02", &error));
  g_assert_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_READ_ONLY);
}

static void
test_variant (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_autoptr(CbAgreement) agreement = cb_agreement_new (all_kinds[k]);
      guint n_groups;
      const CbFieldGroup *groups = cb_record_class_get_groups (CB_RECORD_GET_CLASS (agreement), &n_groups);
      guint own = 0;

      for (guint g = 0; g < n_groups; g++)
        {
          gboolean expected = groups[g].variant == NULL ||
                              g_strcmp0 (groups[g].variant, kind_nick (all_kinds[k])) == 0;

          g_assert_cmpint (cb_record_group_applies (CB_RECORD (agreement), &groups[g]), ==, expected);
          if (groups[g].variant != NULL && expected)
            own++;
        }
      g_assert_cmpuint (own, >, 0);
    }
}

/* A filled agreement of each kind on paper: the source's headings, the
 * values, the signatures of the right parties. */
static void
test_form (gconstpointer data)
{
  CbAgreementKind kind = GPOINTER_TO_INT (data);
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (kind, NULL);
  CbRecord *record = CB_RECORD (agreement);
  g_autoptr(CbForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *first, *second;
  static const char * const headings_lc[] = {
    "1. The learner’s overall goal", "2. Learning objectives",
    "3. How the goal and objectives will be achieved", "4. How achievements will be assessed",
    "5. Target dates for starting and completing the programme", "6. When and how progress will be reviewed",
    "Why is he or she undertaking a learning programme?",
    "What does the learner need to do in order to achieve the goal?",
    NULL
  };
  static const char * const headings_mentoring[] = {
    "Objectives", "Confidentiality", "Frequency of Meetings", "Duration", "No-Fault Termination",
    "We hope to achieve: ", "To accomplish this we will: ",
    "We are voluntarily entering into a mentoring relationship",
    NULL
  };
  static const char * const headings_peer[] = {
    "We are both voluntarily entering into this partnership",
    "1. The mentoring relationship will last for", "2. We will meet at least once every month",
    "3. Each meeting will last", "4. Between meetings", "5. We agree that the mentor’s role is to",
    "6. We agree that the mentee’s role is to", "7. We agree that the content of these meetings will be confidential.",
    "8. The mentor agrees to provide feedback", "9. In the event of a breakdown",
    "10. We agree to forward any necessary documentation", "We agree to the above statements.",
    NULL
  };
  static const char * const headings_coaching[] = {
    "Goals", "Frequency and Length of Sessions", "Venue and Method", "Cancellation", "Fees",
    "Confidentiality", "Ending", "line manager",
    NULL
  };
  const char * const *headings = NULL;
  const char * const *values = NULL;

  cb_record_set_string (record, "custom_title", "Our agreement");
  g_assert_true (cb_agreement_mark_agreed (agreement, "2026-03-02", "2026-03-04", &error));
  g_assert_no_error (error);
  cb_record_set_string (record, "review_date", "2026-06-01");
  cb_record_set_string (record, "notes", "A private note");

  switch (kind)
    {
    case CB_AGREEMENT_KIND_LEARNING_CONTRACT:
      {
        static const char * const objectives[] = { "Objective alpha", "Objective beta", NULL };
        static const char * const reviews[] = { "2026-04-15", "2026-05-20", NULL };
        static const char * const v[] = {
          "Goal value", "Objective alpha", "Objective beta", "Details value", "Assessment value",
          "Start: 1 April 2026", "Completion: 30 September 2026", "15 April 2026 | 20 May 2026",
          "Review method value", NULL
        };

        cb_record_set_string (record, "overall_goal", "Goal value");
        set_list (record, "learning_objectives", objectives);
        cb_record_set_flags (record, "achievement_methods", CB_LEARNING_METHOD_PROJECTS | CB_LEARNING_METHOD_E_LEARNING);
        cb_record_set_string (record, "achievement_details", "Details value");
        cb_record_set_flags (record, "assessment_methods", CB_ASSESSMENT_METHOD_LINE_MANAGER);
        cb_record_set_string (record, "assessment_details", "Assessment value");
        cb_record_set_string (record, "target_start_date", "2026-04-01");
        cb_record_set_string (record, "target_completion_date", "2026-09-30");
        set_list (record, "progress_review_dates", reviews);
        cb_record_set_string (record, "progress_review_method", "Review method value");
        headings = headings_lc;
        values = v;
      }
      break;
    case CB_AGREEMENT_KIND_MENTORING:
      {
        static const char * const v[] = {
          "We hope to achieve: Hope one", "To accomplish this we will: Plan one",
          "We hope to achieve: Hope two", "To accomplish this we will: Plan two",
          "Off-limits value",
          "We will attempt to meet at least 3 times each month. If we cannot attend a scheduled meeting, we agree to notify one another in advance.",
          "as long as we both feel comfortable or until: 31 December 2026",
          NULL
        };

        cb_record_set_string (record, "hope_1", "Hope one");
        cb_record_set_string (record, "plan_1", "Plan one");
        cb_record_set_string (record, "hope_2", "Hope two");
        cb_record_set_string (record, "plan_2", "Plan two");
        cb_record_set_string (record, "off_limits", "Off-limits value");
        set_integer (record, "meetings_per_month", 3);
        cb_record_set_string (record, "duration_until", "2026-12-31");
        headings = headings_mentoring;
        values = v;
      }
      break;
    case CB_AGREEMENT_KIND_PEER_MENTORING:
      {
        static const char * const v[] = {
          "1. The mentoring relationship will last for nine months. Progress will be monitored",
          "at least 24 hours in advance",
          "create a safe learning environment", "keep joint records of the meetings",
          NULL
        };

        cb_record_set_string (record, "relationship_length", "nine months");
        headings = headings_peer;
        values = v;
      }
      break;
    case CB_AGREEMENT_KIND_COACHING:
      {
        static const char * const goals[] = { "Goal gamma", NULL };
        static const char * const v[] = { "Goal gamma", "Fees value", "Line manager value", NULL };

        set_list (record, "coaching_goals", goals);
        cb_record_set_string (record, "fees", "Fees value");
        cb_record_set_string (record, "line_manager_information", "Line manager value");
        headings = headings_coaching;
        values = v;
      }
      break;
    default:
      g_assert_not_reached ();
    }

  form = describe (agreement, FALSE, FALSE);
  text = cb_form_to_text (form);

  g_assert_cmpstr (cb_form_get_title (form), ==, cb_enum_get_label (CB_TYPE_AGREEMENT_KIND, kind));
  g_assert_false (cb_form_get_blank (form));
  assert_contains (text, "Our agreement");
  assert_contains (text, "Client: Sam Example");
  for (guint i = 0; headings[i] != NULL; i++)
    assert_contains (text, headings[i]);
  for (guint i = 0; values[i] != NULL; i++)
    assert_contains (text, values[i]);

  /* Status and dates. */
  assert_contains (text, "Status: Agreed");
  assert_contains (text, "Date Agreed: 4 March 2026");
  assert_contains (text, "Review Date: 1 June 2026");

  expected_parties (kind, &first, &second);
  assert_signatures (form, first, second);

  /* Another kind's parts never show. */
  if (kind != CB_AGREEMENT_KIND_MENTORING)
    assert_not_contains (text, "No-Fault Termination");
  if (kind != CB_AGREEMENT_KIND_PEER_MENTORING)
    assert_not_contains (text, "We agree to the above statements.");
  if (kind != CB_AGREEMENT_KIND_LEARNING_CONTRACT)
    assert_not_contains (text, "overall goal");
}

static void
test_form_checklists (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_LEARNING_CONTRACT, NULL);
  g_autoptr(CbForm) form = NULL;
  guint checklists = 0;

  cb_record_set_flags (CB_RECORD (agreement), "achievement_methods",
                       CB_LEARNING_METHOD_PROJECTS | CB_LEARNING_METHOD_MIXTURE);
  cb_record_set_flags (CB_RECORD (agreement), "assessment_methods", CB_ASSESSMENT_METHOD_QUALIFIED_ASSESSOR);
  form = describe (agreement, FALSE, FALSE);

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (block->kind != CB_FORM_CHECKLIST)
        continue;

      if (checklists == 0)
        {
          g_assert_cmpuint (g_strv_length (block->items), ==, 6);
          g_assert_cmpstr (block->items[0], ==, "Projects");
          g_assert_cmpstr (block->items[3], ==, "E-learning");
          g_assert_cmpuint (block->checked, ==, (1 << 0) | (1 << 5));
        }
      else
        {
          g_assert_cmpuint (g_strv_length (block->items), ==, 4);
          g_assert_cmpstr (block->items[1], ==, "The line manager");
          g_assert_cmpuint (block->checked, ==, 1 << 3);
        }
      checklists++;
    }

  g_assert_cmpuint (checklists, ==, 2);
}

/* A blank form: the clauses' wording, lines for everything filled in. */
static void
test_form_blank (gconstpointer data)
{
  CbAgreementKind kind = GPOINTER_TO_INT (data);
  g_autoptr(CbAgreement) agreement = cb_agreement_new (kind);
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;
  const CbFieldSpec *fields;
  guint n_fields, n_clauses = 0;
  const CbAgreementClause *clauses = cb_agreement_templates_get_clauses (kind, &n_clauses);
  const char *first, *second;

  /* Every fill-in holds a value that must not appear; the clauses stay
   * empty so the built-in wording is printed. */
  cb_test_fill_record (CB_RECORD (agreement), "zzvalue");
  cb_agreement_set_kind (agreement, kind);
  fields = cb_record_get_fields (CB_RECORD (agreement), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (is_clause (kind, fields[i].name))
      {
        g_auto(GValue) empty = G_VALUE_INIT;

        g_value_init (&empty, cb_field_spec_get_value_type (&fields[i]));
        cb_record_set_value (CB_RECORD (agreement), i, &empty);
      }

  form = describe (agreement, TRUE, TRUE);
  text = cb_form_to_text (form);

  g_assert_true (cb_form_get_blank (form));
  assert_not_contains (text, "zzvalue");
  assert_not_contains (text, "ünïcødé");
  assert_not_contains (text, "28 February 2026");
  assert_not_contains (text, "Status: ");
  assert_contains (text, "Client: ");

  for (guint i = 0; i < n_clauses; i++)
    {
      if (clauses[i].text != NULL)
        assert_contains (text, clauses[i].text);
      for (guint j = 0; clauses[i].items != NULL && clauses[i].items[j] != NULL; j++)
        assert_contains (text, clauses[i].items[j]);
    }

  /* Writing lines: blocks without values. */
  {
    guint empty_blocks = 0;

    for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
      {
        const CbFormBlock *block = cb_form_get_block (form, i);

        if ((block->kind == CB_FORM_FIELD || block->kind == CB_FORM_TEXT ||
             block->kind == CB_FORM_LIST || block->kind == CB_FORM_PARAGRAPH) &&
            block->text == NULL && block->items == NULL)
          {
            g_assert_cmpuint (block->blank_lines, >, 0);
            empty_blocks++;
          }
        if (block->kind == CB_FORM_CHECKLIST)
          g_assert_cmpuint (block->checked, ==, 0);
      }
    g_assert_cmpuint (empty_blocks, >=, 2);
  }

  if (kind == CB_AGREEMENT_KIND_MENTORING)
    {
      assert_contains (text, "We will attempt to meet at least ________ time(s) each month.");
      /* Five pairs of lines. */
      g_assert_cmpuint (count (text, "We hope to achieve:"), ==, 5);
      g_assert_cmpuint (count (text, "To accomplish this we will:"), ==, 5);
    }
  if (kind == CB_AGREEMENT_KIND_PEER_MENTORING)
    assert_contains (text, "1. The mentoring relationship will last for ________.");

  expected_parties (kind, &first, &second);
  assert_signatures (form, first, second);
}

/* A blank form printed from an agreement with the practice's wording
 * shows that wording. */
static void
test_form_blank_practice_wording (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_COACHING, NULL);
  g_autofree char *text = NULL;

  cb_record_set_string (CB_RECORD (agreement), "coaching_cancellation", "Give us two days’ notice.");
  text = form_text (agreement, TRUE, FALSE);
  assert_contains (text, "Give us two days’ notice.");
}

static void
test_form_private (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (all_kinds[k], NULL);
      g_autofree char *without = NULL;
      g_autofree char *with = NULL;
      g_autofree char *blank = NULL;

      cb_record_set_string (CB_RECORD (agreement), "notes", "Secret note xyzzy");
      without = form_text (agreement, FALSE, FALSE);
      with = form_text (agreement, FALSE, TRUE);
      blank = form_text (agreement, TRUE, TRUE);

      assert_not_contains (without, "xyzzy");
      assert_not_contains (without, "Private Notes");
      assert_contains (with, "Secret note xyzzy");
      assert_not_contains (blank, "xyzzy");
    }
}

/* Filled clauses the coach removed are not printed; an empty learning
 * contract still has its six parts. */
static void
test_form_removed_clause (void)
{
  g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_PEER_MENTORING, NULL);
  g_autofree char *text = NULL;

  cb_record_set_string (CB_RECORD (agreement), "meeting_length", "");
  text = form_text (agreement, FALSE, FALSE);
  assert_not_contains (text, "Each meeting will last");
  /* The numbering closes up. */
  assert_contains (text, "3. Between meetings");
  assert_contains (text, "9. We agree to forward any necessary documentation");
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  guint kinds_seen = 0, agreed = 0, draft = 0, ended = 0, total = 0;

  cb_sample_add_agreements (clients);

  for (guint c = 0; c < clients->len; c++)
    {
      CbClient *client = g_ptr_array_index (clients, c);
      GListModel *documents = cb_client_get_documents (client);

      for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);
          g_autoptr(CbDocument) back = NULL;
          g_autoptr(CbForm) form = NULL;
          CbAgreement *agreement;
          CbRecord *record;

          if (!CB_IS_AGREEMENT (document))
            continue;

          agreement = CB_AGREEMENT (document);
          record = CB_RECORD (agreement);
          total++;
          kinds_seen |= 1 << cb_agreement_get_kind (agreement);
          g_assert_true (cb_document_get_parent (document) == CB_DOCUMENT (client));

          switch (cb_agreement_get_status (agreement))
            {
            case CB_AGREEMENT_STATUS_AGREED:
              agreed++;
              g_assert_true (cb_date_is_valid_iso (cb_record_get_string (record, "coach_signed")));
              g_assert_true (cb_date_is_valid_iso (cb_record_get_string (record, "client_signed")));
              g_assert_true (cb_date_is_valid_iso (cb_record_get_string (record, "date_agreed")));
              g_assert_true (cb_date_is_valid_iso (cb_record_get_string (record, "review_date")));
              break;
            case CB_AGREEMENT_STATUS_DRAFT:
              draft++;
              g_assert_cmpstr (cb_record_get_string (record, "date_agreed"), ==, "");
              break;
            case CB_AGREEMENT_STATUS_ENDED:
              ended++;
              g_assert_cmpstr (cb_client_get_name (client), ==, "Gareth Llewellyn");
              g_assert_true (cb_date_is_valid_iso (cb_record_get_string (record, "ended_date")));
              break;
            default:
              g_assert_not_reached ();
            }

          back = round_trip (document);
          cb_test_assert_records_equal (record, CB_RECORD (back));

          form = describe (agreement, FALSE, FALSE);
          g_assert_cmpuint (cb_form_get_n_blocks (form), >, 5);
        }
    }

  g_assert_cmpuint (kinds_seen, ==, 0xf);
  g_assert_cmpuint (agreed, >=, 2);
  g_assert_cmpuint (draft, >=, 1);
  g_assert_cmpuint (ended, ==, 1);
  g_assert_cmpuint (total, ==, 5);
}

static void
add_kind_test (const char     *path,
               GTestDataFunc   func)
{
  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("%s/%s", path, kind_nick (all_kinds[k]));

      g_test_add_data_func (name, GINT_TO_POINTER (all_kinds[k]), func);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement/class", test_class);
  g_test_add_func ("/agreement/clause-tables", test_clause_tables);
  g_test_add_func ("/agreement/template-names", test_template_names);
  g_test_add_func ("/agreement/title", test_title);
  add_kind_test ("/agreement/round-trip", test_round_trip);
  add_kind_test ("/agreement/template/built-in", test_template_built_in);
  g_test_add_func ("/agreement/template/wording", test_template_wording);
  add_kind_test ("/agreement/template/practice", test_template_practice);
  g_test_add_func ("/agreement/template/practice-wrong-kind", test_template_practice_wrong_kind);
  g_test_add_func ("/agreement/fill-defaults", test_fill_defaults);
  g_test_add_func ("/agreement/mark-agreed", test_mark_agreed);
  g_test_add_func ("/agreement/end", test_end);
  g_test_add_func ("/agreement/read-only", test_read_only);
  g_test_add_func ("/agreement/variant", test_variant);
  add_kind_test ("/agreement/form", test_form);
  g_test_add_func ("/agreement/form/checklists", test_form_checklists);
  add_kind_test ("/agreement/form/blank", test_form_blank);
  g_test_add_func ("/agreement/form/blank-practice-wording", test_form_blank_practice_wording);
  g_test_add_func ("/agreement/form/private", test_form_private);
  g_test_add_func ("/agreement/form/removed-clause", test_form_removed_clause);
  g_test_add_func ("/agreement/sample", test_sample);

  return g_test_run ();
}
