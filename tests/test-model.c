/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "cb-cpd-entry.h"
#include "cb-document-types.h"
#include "cb-enums.h"
#include "cb-practice.h"
#include "cb-test-util.h"

static void
test_fields_are_properties (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  const CbFieldSpec *fields;
  guint n_fields;

  fields = cb_record_get_fields (CB_RECORD (client), &n_fields);
  g_assert_cmpuint (n_fields, >=, 30);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *prop = cb_field_spec_property_name (&fields[i]);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (client), prop);

      g_assert_nonnull (pspec);
      g_assert_true (pspec == cb_record_get_field_pspec (CB_RECORD (client), i));
      g_assert_nonnull (fields[i].label);
      g_assert_nonnull (fields[i].group);
    }

  /* Setting through GObject reaches the table and the typed getters. */
  g_object_set (client, "name", "Sam Patel", "organisation", "Acme", "status", CB_CLIENT_STATUS_PAUSED, NULL);
  g_assert_cmpstr (cb_client_get_name (client), ==, "Sam Patel");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (client), "organisation"), ==, "Acme");
  g_assert_cmpint (cb_client_get_status (client), ==, CB_CLIENT_STATUS_PAUSED);

  {
    g_autofree char *name = NULL;
    g_object_get (client, "name", &name, NULL);
    g_assert_cmpstr (name, ==, "Sam Patel");
  }
}

static void
test_every_form_field_is_declared (void)
{
  /* FORMS.md §2 and §1, by JSON name. */
  static const char * const client_fields[] = {
    "name", "preferred_name", "email", "telephone", "organisation", "role",
    "line_manager_name", "line_manager_contact", "relationship", "model",
    "start_date", "agreed_end_date", "status", "end_date", "end_reason",
    "lifecycle_stage", "age_group", "gender", "previous_education", "motivation",
    "social_circumstances", "confidence_level", "special_needs", "barriers",
    "implications", "learning_style", "honey_mumford", "vak", "internal_blocks",
    "external_blocks", "strengths", "development_areas", "consent_date", "consent_details",
  };
  static const char * const profile_fields[] = {
    "name", "photo", "current_role", "location", "telephone", "work_mobile", "email",
    "role_description", "previous_experience", "qualifications", "coaching_experience",
    "other_information", "why_coach", "style", "self_development", "business_issues",
    "session_methods", "session_frequency",
  };
  g_autoptr(GTypeClass) cc = g_type_class_ref (CB_TYPE_CLIENT);
  g_autoptr(GTypeClass) pc = g_type_class_ref (CB_TYPE_COACH_PROFILE);

  for (guint i = 0; i < G_N_ELEMENTS (client_fields); i++)
    g_assert_cmpint (cb_record_class_find_field (CB_RECORD_CLASS (cc), client_fields[i]), >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    g_assert_cmpint (cb_record_class_find_field (CB_RECORD_CLASS (pc), profile_fields[i]), >=, 0);

  /* Word limits of the profile come from the source form. */
  {
    guint n;
    const CbFieldSpec *f = cb_record_class_get_fields (CB_RECORD_CLASS (pc), &n);
    int i = cb_record_class_find_field (CB_RECORD_CLASS (pc), "role_description");
    g_assert_cmpuint (f[i].word_limit, ==, 100);
    i = cb_record_class_find_field (CB_RECORD_CLASS (pc), "qualifications");
    g_assert_cmpuint (f[i].word_limit, ==, 50);
  }
}

static void
on_changed (CbRecord *record,
            guint    *count)
{
  (*count)++;
}

static void
test_changed_and_dirty (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Practice");
  CbCoachProfile *profile = cb_practice_get_coach_profile (practice);
  guint changes = 0;

  g_signal_connect (practice, "changed", G_CALLBACK (on_changed), &changes);
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (practice)));

  /* An edit of the nested coach profile marks the practice as changed. */
  cb_record_set_string (CB_RECORD (profile), "name", "Morgan");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (cb_document_get_dirty (CB_DOCUMENT (practice)));

  /* Setting the same value again is not a change. */
  cb_record_set_string (CB_RECORD (profile), "name", "Morgan");
  g_assert_cmpuint (changes, ==, 1);

  cb_document_mark_saved (CB_DOCUMENT (practice), cb_document_get_generation (CB_DOCUMENT (practice)));
  g_assert_false (cb_document_get_dirty (CB_DOCUMENT (practice)));

  /* A read-only document refuses edits. */
  cb_document_set_read_only (CB_DOCUMENT (practice), TRUE);
  cb_practice_set_name (practice, "Other");
  g_assert_cmpstr (cb_practice_get_name (practice), ==, "Practice");
  cb_record_set_string (CB_RECORD (profile), "name", "Other");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (profile), "name"), ==, "Morgan");
}

static void
test_enum_labels (void)
{
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_CLIENT_STATUS, CB_CLIENT_STATUS_ENQUIRY), ==, "Enquiry");
  g_assert_cmpstr (cb_enum_get_label (CB_TYPE_LIFECYCLE_STAGE, CB_LIFECYCLE_STAGE_SAYING_GOODBYE), ==, "Saying good-bye");
  g_assert_cmpstr (cb_flag_get_label (CB_TYPE_VAK, CB_VAK_KINAESTHETIC), ==, "Kinaesthetic");
  g_assert_true (cb_enum_has_unset (CB_TYPE_RELATIONSHIP));
  g_assert_false (cb_enum_has_unset (CB_TYPE_CLIENT_STATUS));
  g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_MENTORING_MODEL, CB_MENTORING_MODEL_TWO_BY_TWO), ==, "two-by-two");
}

static void
test_words_dates_emails (void)
{
  g_assert_cmpuint (cb_count_words (NULL), ==, 0);
  g_assert_cmpuint (cb_count_words ("  "), ==, 0);
  g_assert_cmpuint (cb_count_words ("one"), ==, 1);
  g_assert_cmpuint (cb_count_words (" two  words\n three\tfour "), ==, 4);
  g_assert_cmpuint (cb_count_words ("naïve café"), ==, 2);

  g_assert_true (cb_date_is_valid_iso ("2024-02-29"));
  g_assert_false (cb_date_is_valid_iso ("2023-02-29"));
  g_assert_false (cb_date_is_valid_iso ("2023-13-01"));
  g_assert_false (cb_date_is_valid_iso ("23-01-01"));
  g_assert_false (cb_date_is_valid_iso ("2023/01/01"));

  {
    g_autofree char *shown = cb_format_date ("2026-03-09");
    g_assert_cmpstr (shown, ==, "9 March 2026");
    g_assert_null (cb_format_date ("2026-02-30"));
    g_assert_null (cb_format_date (""));
  }

  g_assert_true (cb_email_looks_valid ("a.b@example.org"));
  g_assert_true (cb_email_looks_valid (""));
  g_assert_false (cb_email_looks_valid ("a.b@example"));
  g_assert_false (cb_email_looks_valid ("@example.org"));
  g_assert_false (cb_email_looks_valid ("a b@example.org"));
}

static void
test_search (void)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, "Tomasz Wiśniewski");
  cb_record_set_string (CB_RECORD (client), "organisation", "Harbourline Logistics");
  cb_record_set_string (CB_RECORD (client), "email", "t.w@harbour.example.org");

  g_assert_true (cb_client_matches (client, ""));
  g_assert_true (cb_client_matches (client, "tomasz"));
  g_assert_true (cb_client_matches (client, "wiśn"));
  g_assert_true (cb_client_matches (client, "harbourline"));
  g_assert_true (cb_client_matches (client, "harbour.example"));
  g_assert_true (cb_client_matches (client, "tomasz logistics"));
  g_assert_false (cb_client_matches (client, "tomasz acme"));

  /* The search follows edits. */
  cb_client_set_name (client, "Tom Smith");
  g_assert_false (cb_client_matches (client, "tomasz"));
  g_assert_true (cb_client_matches (client, "smith"));
}

static void
test_practice_clients (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("P");
  g_autoptr(CbClient) a = cb_client_new ();
  g_autoptr(CbClient) b = cb_client_new ();
  GListModel *clients = cb_practice_get_clients (practice);

  cb_practice_add_client (practice, a);
  cb_practice_add_client (practice, b);
  cb_practice_add_client (practice, a);
  g_assert_cmpuint (g_list_model_get_n_items (clients), ==, 2);
  g_assert_true (cb_practice_find_client (practice, cb_document_get_id (CB_DOCUMENT (b))) == b);

  g_assert_true (cb_practice_remove_client (practice, a));
  g_assert_false (cb_practice_remove_client (practice, a));
  g_assert_cmpuint (g_list_model_get_n_items (clients), ==, 1);
  g_assert_null (cb_practice_find_client (practice, cb_document_get_id (CB_DOCUMENT (a))));
  g_assert_cmpint (cb_client_get_status (a), ==, CB_CLIENT_STATUS_ACTIVE);
}

static void
on_child_changed (CbDocument  *practice,
                  CbDocument  *child,
                  GParamSpec  *pspec,
                  GPtrArray   *seen)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%s", cb_client_get_name (CB_CLIENT (child)),
                                          g_param_spec_get_name (pspec)));
}

static void
count_status (CbDocument *practice,
              CbDocument *child,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_practice_sees_client_edits (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("P");
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint status_only = 0;

  g_signal_connect (practice, "child-changed", G_CALLBACK (on_child_changed), seen);
  g_signal_connect (practice, "child-changed::status", G_CALLBACK (count_status), &status_only);

  /* Not yet in the practice: nothing reported. */
  cb_client_set_name (client, "Sam");
  g_assert_cmpuint (seen->len, ==, 0);

  cb_practice_add_client (practice, client);
  g_assert_true (cb_document_get_parent (CB_DOCUMENT (client)) == CB_DOCUMENT (practice));
  cb_client_set_name (client, "Sam Patel");
  cb_client_set_status (client, CB_CLIENT_STATUS_ENDED);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (seen->pdata[0], ==, "Sam Patel:name");
  g_assert_cmpstr (seen->pdata[1], ==, "Sam Patel:status");
  /* The detail is the field. */
  g_assert_cmpuint (status_only, ==, 1);

  /* The sort key follows the name. */
  {
    g_autofree char *before = g_strdup (cb_client_get_sort_key (client));
    cb_client_set_name (client, "Aaron");
    g_assert_cmpstr (before, !=, cb_client_get_sort_key (client));
  }

  /* Once removed, the practice hears nothing more. */
  cb_practice_remove_client (practice, client);
  g_assert_null (cb_document_get_parent (CB_DOCUMENT (client)));
  cb_client_set_name (client, "Gone");
  g_assert_cmpuint (seen->len, ==, 3);
}

/* The registry is filled once, whichever thread asks first: the store's
 * two loader threads ask at the same moment. */
static gpointer
read_registry (gpointer data)
{
  GAsyncQueue *start = data;
  guint n_types = 0;
  const GType *types;

  g_async_queue_pop (start);
  types = cb_document_get_client_types (&n_types);
  g_assert_cmpuint (n_types, >=, 6);
  for (guint i = 0; i < n_types; i++)
    g_assert_true (g_type_is_a (types[i], CB_TYPE_DOCUMENT));

  return (gpointer) types;
}

static void
test_registry_threads (void)
{
  g_autoptr(GAsyncQueue) start = g_async_queue_new ();
  GThread *threads[8];
  gpointer seen[8];
  const GType *types;
  guint n_types, n_coach;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("registry", read_registry, start);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_async_queue_push (start, GUINT_TO_POINTER (1));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    seen[i] = g_thread_join (threads[i]);

  /* One filling: every thread saw the same array. */
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (seen[i] == seen[0]);

  /* Owners: the practice and the client first; the plan is a client's and the coach's. */
  types = cb_document_get_all_types (&n_types);
  g_assert_true (types[0] == CB_TYPE_PRACTICE);
  g_assert_true (types[1] == CB_TYPE_CLIENT);
  types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_coach);
  g_assert_cmpuint (n_coach, >=, 1);
  {
    gboolean has_plan = FALSE;

    /* The coach's types in the order of My Development, the plan among them. */
    for (guint i = 0; i < n_coach; i++)
      has_plan |= g_strcmp0 (CB_DOCUMENT_CLASS (g_type_class_peek (types[i]))->type_name, "coachbook.plan") == 0;
    g_assert_true (has_plan);
  }
  g_assert_true (g_type_is_a (cb_document_type_from_name ("coachbook.plan"), CB_TYPE_DOCUMENT));
  g_assert_true (cb_document_type_from_name ("coachbook.nothing") == G_TYPE_INVALID);
}

/* DECIMAL fields: kept to hundredths, refused outside 0 to CB_DECIMAL_MAX,
 * notified only on a real change, shown as people read numbers. */
static void
test_decimal_field (void)
{
  g_autoptr(CbCpdEntry) entry = cb_cpd_entry_new ();
  CbRecord *record = CB_RECORD (entry);
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), "hours");
  guint notified = 0;
  double value = -1;
  g_autoptr(CbForm) form = NULL;
  g_autofree char *text = NULL;
  CbFormContext context = { .practice_name = "Practice" };

  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (cb_record_get_field (record, index)->kind, ==, CB_FIELD_DECIMAL);
  g_assert_true (cb_field_spec_get_value_type (cb_record_get_field (record, index)) == G_TYPE_DOUBLE);
  g_assert_cmpfloat (cb_record_get_decimal_at (record, index), ==, 0.0);

  g_signal_connect_swapped (entry, "changed", G_CALLBACK (g_atomic_int_inc), &notified);

  cb_record_set_decimal (record, "hours", 1.234);
  g_assert_cmpfloat (cb_record_get_decimal (record, "hours"), ==, 1.23);
  g_assert_cmpuint (notified, ==, 1);
  cb_record_set_decimal (record, "hours", 1.2301);   /* the same hundredths */
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (entry, "hours", 2.5, NULL);
  g_assert_cmpfloat (cb_cpd_entry_get_hours (entry), ==, 2.5);
  g_object_get (entry, "hours", &value, NULL);
  g_assert_cmpfloat (value, ==, 2.5);

  g_assert_true (cb_decimal_is_valid (0) && cb_decimal_is_valid (CB_DECIMAL_MAX));
  g_assert_false (cb_decimal_is_valid (-0.01) || cb_decimal_is_valid (CB_DECIMAL_MAX + 1) ||
                  cb_decimal_is_valid (NAN) || cb_decimal_is_valid (INFINITY));

  g_test_expect_message ("cb-record", G_LOG_LEVEL_CRITICAL, "*cb_decimal_is_valid*");
  cb_record_set_decimal_at (record, index, -1.0);
  g_test_assert_expected_messages ();
  g_test_expect_message ("cb-record", G_LOG_LEVEL_CRITICAL, "*cb_decimal_is_valid*");
  cb_record_set_decimal_at (record, index, NAN);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (cb_cpd_entry_get_hours (entry), ==, 2.5);

  /* C.UTF-8 here: a point, no grouping. */
  {
    static const struct { double value; const char *shown; } cases[] = {
      { 0, "0" }, { 0.25, "0.25" }, { 1.5, "1.5" }, { 100, "100" }, { 9999.75, "9999.75" }, { 2.1, "2.1" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *shown = cb_format_decimal (cases[i].value);
        g_assert_cmpstr (shown, ==, cases[i].shown);
      }
  }

  /* The printed form shows the value, and a blank form a line for it. */
  cb_cpd_entry_set_hours (entry, 1.5);
  cb_cpd_entry_set_activity (entry, "Workshop");
  form = cb_document_describe_form (CB_DOCUMENT (entry), &context);
  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "Hours"));
  g_assert_nonnull (strstr (text, "1.5"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/registry-filled-once", test_registry_threads);
  g_test_add_func ("/model/decimal-field", test_decimal_field);
  g_test_add_func ("/model/fields-are-properties", test_fields_are_properties);
  g_test_add_func ("/model/every-form-field", test_every_form_field_is_declared);
  g_test_add_func ("/model/changed-and-dirty", test_changed_and_dirty);
  g_test_add_func ("/model/enum-labels", test_enum_labels);
  g_test_add_func ("/model/words-dates-emails", test_words_dates_emails);
  g_test_add_func ("/model/search", test_search);
  g_test_add_func ("/model/practice-clients", test_practice_clients);
  g_test_add_func ("/model/practice-sees-client-edits", test_practice_sees_client_edits);

  return g_test_run ();
}
