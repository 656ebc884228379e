/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "cb-cpd-entry.h"
#include "cb-json.h"
#include "cb-practice.h"
#include "cb-test-util.h"

/* A document with a table and a time, as meeting logs have. */
#define TEST_TYPE_ROW (test_row_get_type ())
G_DECLARE_FINAL_TYPE (TestRow, test_row, TEST, ROW, CbRecord)
struct _TestRow { CbRecord parent_instance; };
G_DEFINE_FINAL_TYPE (TestRow, test_row, CB_TYPE_RECORD)

static const CbFieldGroup row_groups[] = { { "row", "Row", NULL, NULL } };
static const CbFieldSpec row_fields[] = {
  { "action", CB_FIELD_LINE, "Action", NULL, "row", NULL, 0, CB_FIELD_FLAG_NONE },
  { "due", CB_FIELD_DATE, "Due", NULL, "row", NULL, 0, CB_FIELD_FLAG_NONE },
  { "done", CB_FIELD_BOOLEAN, "Done", NULL, "row", NULL, 0, CB_FIELD_FLAG_NONE },
};

static void test_row_class_init (TestRowClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass), row_fields, G_N_ELEMENTS (row_fields),
                                  row_groups, G_N_ELEMENTS (row_groups));
}
static void test_row_init (TestRow *self) { }

#define TEST_TYPE_DOC (test_doc_get_type ())
G_DECLARE_FINAL_TYPE (TestDoc, test_doc, TEST, DOC, CbDocument)
struct _TestDoc { CbDocument parent_instance; };
G_DEFINE_FINAL_TYPE (TestDoc, test_doc, CB_TYPE_DOCUMENT)

static const CbFieldGroup doc_groups[] = { { "main", "Main", NULL, NULL } };
static const CbFieldSpec doc_fields[] = {
  { "starts", CB_FIELD_TIME, "Starts", NULL, "main", NULL, 0, CB_FIELD_FLAG_NONE },
  { "actions", CB_FIELD_TABLE, "Actions Agreed", NULL, "main", test_row_get_type, 0, CB_FIELD_FLAG_NONE },
};

static void test_doc_class_init (TestDocClass *klass)
{
  CB_DOCUMENT_CLASS (klass)->type_name = "coachbook.test";
  CB_DOCUMENT_CLASS (klass)->form_title = "Test";
  cb_record_class_install_fields (CB_RECORD_CLASS (klass), doc_fields, G_N_ELEMENTS (doc_fields),
                                  doc_groups, G_N_ELEMENTS (doc_groups));
}
static void test_doc_init (TestDoc *self) { }

static CbDocument *
round_trip (CbDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (document, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (text), ==, length);

  back = cb_json_parse (G_OBJECT_TYPE (document), text, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  return back;
}

static void
test_client_round_trip (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbDocument) back = NULL;

  cb_test_fill_record (CB_RECORD (client), "rt");
  back = round_trip (CB_DOCUMENT (client));

  cb_test_assert_records_equal (CB_RECORD (client), CB_RECORD (back));
  g_assert_cmpstr (cb_document_get_id (back), ==, cb_document_get_id (CB_DOCUMENT (client)));
  g_assert_false (cb_document_get_read_only (back));
  g_assert_true (g_date_time_to_unix (cb_document_get_created (back)) ==
                 g_date_time_to_unix (cb_document_get_created (CB_DOCUMENT (client))));
}

static void
test_practice_round_trip (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Practice");
  g_autoptr(CbDocument) back = NULL;

  cb_test_fill_record (CB_RECORD (practice), "pr");
  back = round_trip (CB_DOCUMENT (practice));

  cb_test_assert_records_equal (CB_RECORD (practice), CB_RECORD (back));
}

static void
test_empty_values_round_trip (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbDocument) back = round_trip (CB_DOCUMENT (client));

  cb_test_assert_records_equal (CB_RECORD (client), CB_RECORD (back));
}

static const char *
envelope (const char *type,
          int         version)
{
  static char buffer[512];

  g_snprintf (buffer, sizeof buffer,
              "\"type\": \"%s\", \"version\": %d, \"id\": \"0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f\", "
              "\"created\": \"2026-01-02T03:04:05+01:00\", \"modified\": \"2026-01-02T03:04:05Z\"",
              type, version);
  return buffer;
}

static void
test_unknown_members_kept (void)
{
  g_autofree char *text = g_strdup_printf ("{ %s, \"name\": \"Sam\", \"future_field\": {\"a\": [1, 2.5, \"x\"]},"
                                           " \"coach_profile\": { \"name\": \"Morgan\", \"nested_future\": true } }",
                                           envelope ("coachbook.practice", 1));
  g_autoptr(GError) error = NULL;
  g_autoptr(CbDocument) document = NULL;
  g_autofree char *again = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  document = cb_json_parse (CB_TYPE_PRACTICE, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_practice_get_name (CB_PRACTICE (document)), ==, "Sam");

  cb_practice_set_name (CB_PRACTICE (document), "Sam B");
  again = cb_json_serialize (document, NULL, &error);
  g_assert_no_error (error);

  node = json_from_string (again, &error);
  g_assert_no_error (error);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Sam B");
  g_assert_true (json_object_has_member (object, "future_field"));
  g_assert_cmpfloat (json_array_get_double_element (json_object_get_array_member (json_object_get_object_member (object, "future_field"), "a"), 1), ==, 2.5);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (object, "coach_profile"), "nested_future"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "coach_profile"), "name"), ==, "Morgan");
  /* The envelope comes first, as written. */
  g_assert_true (g_str_has_prefix (again, "{\n  \"type\" : \"coachbook.practice\""));
}

static void
test_newer_version_read_only (void)
{
  g_autofree char *text = g_strdup_printf ("{ %s, \"name\": \"Sam\", \"status\": \"on-sabbatical\", \"new\": 1 }",
                                           envelope ("coachbook.client", 7));
  g_autoptr(GError) error = NULL;
  g_autoptr(CbDocument) document = NULL;
  g_autofree char *again = NULL;

  document = cb_json_parse (CB_TYPE_CLIENT, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_true (cb_document_get_read_only (document));
  g_assert_cmpint (cb_document_get_version (document), ==, 7);
  g_assert_cmpstr (cb_client_get_name (CB_CLIENT (document)), ==, "Sam");

  /* A value this version does not understand is kept, not lost. */
  again = cb_json_serialize (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (again, "on-sabbatical"));
  g_assert_nonnull (strstr (again, "\"version\" : 7"));
}

typedef struct
{
  const char *name;
  const char *text;    /* NULL: built by the test */
  int         code;
} BadCase;

static void
assert_rejected (const char *text,
                 gsize       length,
                 GType       type,
                 int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbDocument) document = cb_json_parse (type, text, length, &error);

  g_assert_null (document);
  g_assert_error (error, CB_STORE_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_bad_documents (void)
{
  g_autofree char *wrong_type_field = g_strdup_printf ("{ %s, \"name\": 12 }", envelope ("coachbook.client", 1));
  g_autofree char *wrong_choice = g_strdup_printf ("{ %s, \"status\": \"sleeping\" }", envelope ("coachbook.client", 1));
  g_autofree char *wrong_date = g_strdup_printf ("{ %s, \"start_date\": \"31/12/2026\" }", envelope ("coachbook.client", 1));
  g_autofree char *wrong_flags = g_strdup_printf ("{ %s, \"vak\": \"visual\" }", envelope ("coachbook.client", 1));
  g_autofree char *wrong_nested = g_strdup_printf ("{ %s, \"coach_profile\": [] }", envelope ("coachbook.practice", 1));
  g_autofree char *unknown_type = g_strdup_printf ("{ %s }", envelope ("coachbook.spaceship", 1));
  g_autofree char *other_type = g_strdup_printf ("{ %s }", envelope ("coachbook.practice", 1));
  g_autofree char *big_number = g_strdup_printf ("{ %s, \"x\": 99999999999999999999 }", envelope ("coachbook.client", 1));
  g_autofree char *infinite = g_strdup_printf ("{ %s, \"x\": 1e400 }", envelope ("coachbook.client", 1));
  const char bad_utf8[] = "{ \"type\": \"coachbook.client\", \"name\": \"\xff\xfe\" }";
  const char *no_type = "{ \"version\": 1 }";
  const char *array_root = "[1, 2, 3]";
  const char *truncated = "{ \"type\": \"coachbook.client\", \"name\": \"Sa";
  GString *deep = g_string_new (NULL);
  GString *shallow_but_64 = g_string_new (NULL);
  char *huge;

  assert_rejected ("", 0, CB_TYPE_CLIENT, CB_STORE_ERROR_INVALID_JSON);
  assert_rejected (truncated, strlen (truncated), CB_TYPE_CLIENT, CB_STORE_ERROR_INVALID_JSON);
  assert_rejected (array_root, strlen (array_root), CB_TYPE_CLIENT, CB_STORE_ERROR_INVALID_JSON);
  assert_rejected (bad_utf8, strlen (bad_utf8), CB_TYPE_CLIENT, CB_STORE_ERROR_INVALID_UTF8);
  assert_rejected (no_type, strlen (no_type), CB_TYPE_CLIENT, CB_STORE_ERROR_UNKNOWN_TYPE);
  assert_rejected (unknown_type, strlen (unknown_type), CB_TYPE_CLIENT, CB_STORE_ERROR_UNKNOWN_TYPE);
  assert_rejected (other_type, strlen (other_type), CB_TYPE_CLIENT, CB_STORE_ERROR_UNKNOWN_TYPE);
  assert_rejected (wrong_type_field, strlen (wrong_type_field), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (wrong_choice, strlen (wrong_choice), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (wrong_date, strlen (wrong_date), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (wrong_flags, strlen (wrong_flags), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (wrong_nested, strlen (wrong_nested), CB_TYPE_PRACTICE, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (big_number, strlen (big_number), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);
  assert_rejected (infinite, strlen (infinite), CB_TYPE_CLIENT, CB_STORE_ERROR_WRONG_FIELD);

  /* 100,000 levels: json-glib 1.6 would overflow its stack. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_rejected (deep->str, deep->len, CB_TYPE_CLIENT, CB_STORE_ERROR_TOO_DEEP);

  /* Brackets inside strings do not count. */
  g_string_append_printf (shallow_but_64, "{ %s, \"name\": \"", envelope ("coachbook.client", 1));
  for (guint i = 0; i < 1000; i++)
    g_string_append (shallow_but_64, "[{");
  g_string_append (shallow_but_64, "\" }");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CbDocument) ok = cb_json_parse (CB_TYPE_CLIENT, shallow_but_64->str, shallow_but_64->len, &error);
    g_assert_no_error (error);
    g_assert_nonnull (ok);
  }

  huge = g_malloc (CB_JSON_MAX_SIZE + 2);
  memset (huge, ' ', CB_JSON_MAX_SIZE + 1);
  huge[CB_JSON_MAX_SIZE + 1] = '\0';
  assert_rejected (huge, CB_JSON_MAX_SIZE + 1, CB_TYPE_CLIENT, CB_STORE_ERROR_TOO_LARGE);
  g_free (huge);

  g_string_free (deep, TRUE);
  g_string_free (shallow_but_64, TRUE);
}

static void
test_refuses_unwritable_values (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (client), "strengths");

  /* Invalid UTF-8 in a field. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_static_string (&value, "caf\xe9");
  cb_record_set_value (CB_RECORD (client), index, &value);
  text = cb_json_serialize (CB_DOCUMENT (client), NULL, &error);
  g_assert_null (text);
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* NaN and infinity in a member kept from a later version. */
  {
    g_autofree char *doc = g_strdup_printf ("{ %s, \"score\": 1.5 }", envelope ("coachbook.client", 1));
    g_autoptr(CbDocument) d = cb_json_parse (CB_TYPE_CLIENT, doc, strlen (doc), &error);
    JsonObject *extra;

    g_assert_no_error (error);
    extra = cb_record_get_extra (CB_RECORD (d));
    json_object_set_double_member (extra, "score", NAN);
    g_assert_null (cb_json_serialize (d, NULL, &error));
    g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE);
    g_clear_error (&error);

    json_object_set_double_member (extra, "score", INFINITY);
    g_assert_null (cb_json_serialize (d, NULL, &error));
    g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE);
    g_clear_error (&error);
  }
}

/* A DECIMAL field is written as a JSON number that reads back the same:
 * whole values as integers, the rest with a point, never json-glib's
 * "1e+22.0". */
static void
test_decimal_round_trip (void)
{
  static const struct { double value; const char *written; } cases[] = {
    { 0, "\"hours\" : 0" }, { 0.25, "\"hours\" : 0.25" }, { 1.5, "\"hours\" : 1.5" },
    { 100, "\"hours\" : 100" }, { 9999.75, "\"hours\" : 9999.75" }, { 0.01, "\"hours\" : 0.01" },
    { 1.1, "\"hours\" : 1.1" }, { 999999.99, "\"hours\" : 999999.9899" }, { 1000000, "\"hours\" : 1000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CbCpdEntry) entry = cb_cpd_entry_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(CbDocument) back = NULL;
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) node = NULL;
      gsize length = 0;

      cb_cpd_entry_set_hours (entry, cases[i].value);
      text = cb_json_serialize (CB_DOCUMENT (entry), &length, &error);
      g_assert_no_error (error);
      /* 1.1 is written with all the digits a double needs ("1.1000000000000001"). */
      if (strstr (text, cases[i].written) == NULL)
        g_error ("%s not in %s", cases[i].written, text);
      g_assert_null (strstr (text, "e+"));

      /* Valid JSON for an independent reader too: json-glib reads it back. */
      node = json_from_string (text, &error);
      g_assert_no_error (error);
      g_assert_nonnull (node);

      back = cb_json_parse (CB_TYPE_CPD_ENTRY, text, length, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (cb_cpd_entry_get_hours (CB_CPD_ENTRY (back)), ==, cases[i].value);
    }
}

static void
test_decimal_reading (void)
{
  static const struct { const char *json; double value; } good[] = {
    { "1.5", 1.5 }, { "2", 2 }, { "0", 0 }, { "0.0", 0 }, { "1.333", 1.33 }, { "7.125", 7.13 },
    { "1e2", 100 }, { "null", 0 },
  };
  static const char * const bad[] = {
    "-0.5", "-1", "1e400", "-1e400", "99999999999999999999", "1000000.5", "2e6",
    "\"1.5\"", "true", "[1.5]", "{}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *doc = g_strdup_printf ("{ %s, \"hours\": %s }", envelope (CB_CPD_ENTRY_TYPE_NAME, 1), good[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(CbDocument) d = cb_json_parse (CB_TYPE_CPD_ENTRY, doc, strlen (doc), &error);

      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (cb_cpd_entry_get_hours (CB_CPD_ENTRY (d)), good[i].value, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *doc = g_strdup_printf ("{ %s, \"hours\": %s }", envelope (CB_CPD_ENTRY_TYPE_NAME, 1), bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CbDocument) d = cb_json_parse (CB_TYPE_CPD_ENTRY, doc, strlen (doc), &error);

      g_assert_null (d);
      g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD);
      /* The reason names the field and what it should hold, or (for a
       * number no double holds, refused before the fields are read) says
       * the number is too large. */
      g_assert_nonnull (strstr (error->message, "number"));
      if (strstr (bad[i], "400") == NULL && strlen (bad[i]) < 20)
        g_assert_nonnull (strstr (error->message, "hours"));
    }
}

static void
test_decimal_schema (void)
{
  g_autofree char *schema = cb_json_schema_to_string (CB_TYPE_CPD_ENTRY);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (schema, &error);
  JsonObject *hours;

  g_assert_no_error (error);
  hours = json_object_get_object_member (json_object_get_object_member (json_node_get_object (root), "properties"), "hours");
  g_assert_cmpstr (json_object_get_string_member (hours, "type"), ==, "number");
  g_assert_cmpint (json_object_get_int_member (hours, "minimum"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (hours, "maximum"), ==, (gint64) CB_DECIMAL_MAX);
}

static void
on_doc_changed (CbRecord *record,
                guint    *count)
{
  (*count)++;
}

static void
test_tables_and_times (void)
{
  g_autoptr(TestDoc) doc = g_object_new (TEST_TYPE_DOC, NULL);
  g_autoptr(CbDocument) back = NULL;
  g_autoptr(CbForm) form = NULL;
  CbFormContext context = { "Practice", "Client", FALSE, FALSE };
  g_autofree char *text = NULL;
  CbRecord *row;
  guint changes = 0;

  cb_test_fill_record (CB_RECORD (doc), "t");
  g_assert_cmpuint (g_list_model_get_n_items (cb_record_get_table (CB_RECORD (doc), "actions")), ==, 2);

  back = round_trip (CB_DOCUMENT (doc));
  cb_test_assert_records_equal (CB_RECORD (doc), CB_RECORD (back));

  /* Editing, adding or removing a row is an edit of the document. */
  g_signal_connect (back, "changed", G_CALLBACK (on_doc_changed), &changes);
  row = g_list_model_get_item (cb_record_get_table (CB_RECORD (back), "actions"), 0);
  g_object_unref (row);
  cb_record_set_string (row, "action", "Book the room");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (cb_document_get_dirty (back));
  cb_record_append_row (CB_RECORD (back), "actions");
  g_assert_cmpuint (changes, ==, 2);
  cb_record_remove_row (CB_RECORD (back), "actions", row);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cb_record_get_table (CB_RECORD (back), "actions")), ==, 2);

  /* Times are checked like dates. */
  {
    g_autofree char *bad = g_strdup_printf ("{ \"type\": \"coachbook.test\", \"version\": 1, "
                                            "\"id\": \"0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f\", "
                                            "\"created\": \"2026-01-02T03:04:05Z\", \"modified\": \"2026-01-02T03:04:05Z\", "
                                            "\"starts\": \"25:00\" }");
    assert_rejected (bad, strlen (bad), TEST_TYPE_DOC, CB_STORE_ERROR_WRONG_FIELD);
  }
  g_assert_true (cb_time_is_valid ("23:59"));
  g_assert_false (cb_time_is_valid ("24:00"));
  g_assert_false (cb_time_is_valid ("9:30"));

  /* A table prints as a table with the row fields as columns. */
  form = cb_document_describe_form (CB_DOCUMENT (doc), &context);
  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "Action | Due | Done"));
  g_assert_nonnull (strstr (text, "action t-row0"));
  g_assert_nonnull (strstr (text, "28 February 2026"));
  g_assert_nonnull (strstr (text, "09:30"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/client-round-trip", test_client_round_trip);
  g_test_add_func ("/json/practice-round-trip", test_practice_round_trip);
  g_test_add_func ("/json/empty-round-trip", test_empty_values_round_trip);
  g_test_add_func ("/json/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/json/newer-version-read-only", test_newer_version_read_only);
  g_test_add_func ("/json/bad-documents", test_bad_documents);
  g_test_add_func ("/json/refuses-unwritable-values", test_refuses_unwritable_values);
  g_test_add_func ("/json/tables-and-times", test_tables_and_times);
  g_test_add_func ("/json/decimal-round-trip", test_decimal_round_trip);
  g_test_add_func ("/json/decimal-reading", test_decimal_reading);
  g_test_add_func ("/json/decimal-schema", test_decimal_schema);

  return g_test_run ();
}
