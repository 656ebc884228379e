/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-practice.h"
#include "cb-referral.h"
#include "cb-sample.h"
#include "cb-sources.h"
#include "cb-test-util.h"

#define NO_APPROVAL_MESSAGE \
  "Record the client’s approval first: the date they agreed and how it was documented. " \
  "A referral is made only with the client’s documented approval."

static CbReferral *
round_trip (CbReferral *referral)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (referral), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.referral\""));

  back = cb_json_parse (CB_TYPE_REFERRAL, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_REFERRAL (back));

  return CB_REFERRAL (back);
}

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_REFERRAL);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = {
    "date", "to_name", "to_organisation", "to_contact", "reason", "reason_notes",
    "approval_date", "approval_how", "communicated_by", "written_record_sent", "status",
    "sent_date", "outcome", "outcome_date", "private_notes",
  };
  static const char * const reasons[] = {
    "specialist-advice", "information", "learning-to-find-out", "unblocking-a-problem",
    "outside-remit", "other",
  };
  static const char * const methods[] = { "letter", "telephone", "in-person", "email" };
  static const char * const statuses[] = { "draft", "sent", "closed" };
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;
  int index;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.referral");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "referrals");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpstr (document_class->form_title, ==, "Referral");
  g_assert_true (cb_document_type_from_name ("coachbook.referral") == CB_TYPE_REFERRAL);

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_REFERRAL;
  g_assert_true (registered);

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i].name, ==, order[i]);

  index = cb_record_class_find_field (CB_RECORD_CLASS (klass), "private_notes");
  g_assert_true (fields[index].flags & CB_FIELD_FLAG_PRIVATE);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "approval_how")].kind, ==, CB_FIELD_TEXT);
  g_assert_cmpint (fields[cb_record_class_find_field (CB_RECORD_CLASS (klass), "written_record_sent")].kind, ==, CB_FIELD_BOOLEAN);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_REFERRAL_REASON, i), ==, reasons[i]);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_REFERRAL_METHOD, i), ==, methods[i]);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_assert_cmpstr (cb_enum_to_nick (CB_TYPE_REFERRAL_STATUS, i), ==, statuses[i]);
}

static void
test_round_trip (void)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(CbReferral) back = NULL;
  g_autoptr(CbReferral) empty = cb_referral_new ();
  g_autoptr(CbReferral) empty_back = NULL;
  g_autoptr(CbReferral) sent = cb_referral_new ();
  g_autoptr(CbReferral) sent_back = NULL;

  /* The approval comes before the status in the table, so every field,
   * status "closed" included, can be set. */
  cb_test_fill_record (CB_RECORD (referral), "referral");
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_CLOSED);
  g_assert_true (cb_referral_has_approval (referral));
  back = round_trip (referral);
  cb_test_assert_records_equal (CB_RECORD (referral), CB_RECORD (back));
  g_assert_cmpint (cb_referral_get_reason (back), ==, CB_REFERRAL_REASON_OTHER);
  g_assert_cmpint (cb_referral_get_communicated_by (back), ==, CB_REFERRAL_METHOD_EMAIL);
  g_assert_true (cb_referral_get_written_record_sent (back));

  empty_back = round_trip (empty);
  cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
  g_assert_cmpint (cb_referral_get_status (empty_back), ==, CB_REFERRAL_STATUS_DRAFT);
  g_assert_false (cb_referral_has_approval (empty_back));

  /* Through the public API, every value survives. */
  cb_referral_set_date (sent, "2026-03-01");
  cb_referral_set_to_name (sent, "Ruth Adeyemi");
  cb_referral_set_to_organisation (sent, "Northgate Speaking Studio");
  cb_referral_set_to_contact (sent, "0113 496 0712");
  cb_referral_set_reason (sent, CB_REFERRAL_REASON_UNBLOCKING_A_PROBLEM);
  cb_referral_set_reason_notes (sent, "Stuck on the board presentation.");
  cb_referral_set_communicated_by (sent, CB_REFERRAL_METHOD_IN_PERSON);
  cb_referral_set_written_record_sent (sent, TRUE);
  g_assert_true (cb_referral_record_approval (sent, "2026-03-02", "Signed note in the meeting record", NULL));
  g_assert_true (cb_referral_mark_sent (sent, "2026-03-03", NULL));
  cb_referral_set_outcome (sent, "Booked onto the April course.");
  cb_record_set_string (CB_RECORD (sent), "private_notes", "Ask Ruth about rehearsal.");

  sent_back = round_trip (sent);
  cb_test_assert_records_equal (CB_RECORD (sent), CB_RECORD (sent_back));
  g_assert_cmpstr (cb_referral_get_date (sent_back), ==, "2026-03-01");
  g_assert_cmpstr (cb_referral_get_to_name (sent_back), ==, "Ruth Adeyemi");
  g_assert_cmpstr (cb_referral_get_to_organisation (sent_back), ==, "Northgate Speaking Studio");
  g_assert_cmpstr (cb_referral_get_to_contact (sent_back), ==, "0113 496 0712");
  g_assert_cmpint (cb_referral_get_reason (sent_back), ==, CB_REFERRAL_REASON_UNBLOCKING_A_PROBLEM);
  g_assert_cmpstr (cb_referral_get_reason_notes (sent_back), ==, "Stuck on the board presentation.");
  g_assert_cmpint (cb_referral_get_communicated_by (sent_back), ==, CB_REFERRAL_METHOD_IN_PERSON);
  g_assert_true (cb_referral_get_written_record_sent (sent_back));
  g_assert_cmpstr (cb_referral_get_approval_date (sent_back), ==, "2026-03-02");
  g_assert_cmpstr (cb_referral_get_approval_how (sent_back), ==, "Signed note in the meeting record");
  g_assert_cmpint (cb_referral_get_status (sent_back), ==, CB_REFERRAL_STATUS_SENT);
  g_assert_cmpstr (cb_referral_get_sent_date (sent_back), ==, "2026-03-03");
  g_assert_cmpstr (cb_referral_get_outcome (sent_back), ==, "Booked onto the April course.");
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (sent_back), "private_notes"), ==, "Ask Ruth about rehearsal.");
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_approval_rule (void)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  guint dirty_generation;
  int status_index = cb_record_class_find_field (CB_RECORD_GET_CLASS (referral), "status");

  g_signal_connect (referral, "notify::status", G_CALLBACK (on_notify_cb), &notified);
  cb_referral_set_date (referral, "2026-03-01");

  /* No approval at all. */
  g_assert_false (cb_referral_has_approval (referral));
  g_assert_false (cb_referral_mark_sent (referral, "2026-03-05", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
  g_assert_cmpstr (error->message, ==, NO_APPROVAL_MESSAGE);
  g_clear_error (&error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  g_assert_cmpstr (cb_referral_get_sent_date (referral), ==, "");

  /* Half an approval is no approval: the date alone, then how alone, then
   * a "how" of nothing but spaces. */
  cb_referral_set_approval_date (referral, "2026-03-02");
  g_assert_false (cb_referral_has_approval (referral));
  g_assert_false (cb_referral_mark_sent (referral, "2026-03-05", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
  g_clear_error (&error);

  cb_referral_set_approval_date (referral, NULL);
  cb_referral_set_approval_how (referral, "E-mail from the client");
  g_assert_false (cb_referral_mark_sent (referral, "2026-03-05", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
  g_clear_error (&error);

  cb_referral_set_approval_date (referral, "2026-03-02");
  cb_referral_set_approval_how (referral, "  \n\t ");
  g_assert_false (cb_referral_has_approval (referral));
  g_assert_false (cb_referral_record_approval (referral, "2026-03-02", " ", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL);
  g_clear_error (&error);
  g_assert_false (cb_referral_record_approval (referral, "2 March", "E-mail", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_cmpstr (cb_referral_get_approval_how (referral), ==, "  \n\t ");

  /* The property setter cannot bypass the rule: refused, kept, notified
   * so that a bound view shows the kept value again. */
  notified = 0;
  dirty_generation = cb_document_get_generation (CB_DOCUMENT (referral));
  g_object_set (referral, "status", CB_REFERRAL_STATUS_SENT, NULL);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (cb_document_get_generation (CB_DOCUMENT (referral)), ==, dirty_generation);
  g_object_set (referral, "status", CB_REFERRAL_STATUS_CLOSED, NULL);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);

  /* Nor can the generic record setter: the edit is put back. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, CB_TYPE_REFERRAL_STATUS);
    g_value_set_enum (&value, CB_REFERRAL_STATUS_SENT);
    cb_record_set_value (CB_RECORD (referral), status_index, &value);
    g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  }
  g_assert_cmpstr (cb_referral_get_sent_date (referral), ==, "");

  /* Approval recorded: sent, but not before the client agreed. */
  g_assert_true (cb_referral_record_approval (referral, "2026-03-02", "Signed note in the meeting record", &error));
  g_assert_no_error (error);
  g_assert_true (cb_referral_has_approval (referral));

  g_assert_false (cb_referral_mark_sent (referral, "2026-03-01", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (cb_referral_mark_sent (referral, "next week", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);

  g_assert_true (cb_referral_mark_sent (referral, "2026-03-02", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_SENT);
  g_assert_cmpstr (cb_referral_get_sent_date (referral), ==, "2026-03-02");

  g_assert_false (cb_referral_mark_sent (referral, "2026-03-04", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS);
  g_clear_error (&error);
  g_assert_cmpstr (cb_referral_get_sent_date (referral), ==, "2026-03-02");

  /* With approval, the property may be set (an editor's status menu). */
  g_object_set (referral, "status", CB_REFERRAL_STATUS_DRAFT, NULL);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  g_object_set (referral, "status", CB_REFERRAL_STATUS_SENT, NULL);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_SENT);

  /* Today when no date is given. */
  {
    g_autoptr(CbReferral) today = cb_referral_new ();
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

    g_assert_true (cb_referral_record_approval (today, "2000-01-01", "E-mail", NULL));
    g_assert_true (cb_referral_mark_sent (today, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cb_referral_get_sent_date (today), ==, iso);
  }
}

static void
test_read_only (void)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cb_referral_record_approval (referral, "2026-03-02", "E-mail", NULL));
  cb_document_set_read_only (CB_DOCUMENT (referral), TRUE);
  g_assert_false (cb_referral_mark_sent (referral, "2026-03-03", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_READ_ONLY);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
}

static void
test_close (void)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(GError) error = NULL;

  /* A draft was never made: no outcome to close on. */
  g_assert_false (cb_referral_close (referral, "2026-03-10", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS);
  g_clear_error (&error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);

  g_assert_true (cb_referral_record_approval (referral, "2026-03-02", "E-mail from the client", NULL));
  g_assert_true (cb_referral_mark_sent (referral, "2026-03-03", NULL));

  g_assert_false (cb_referral_close (referral, "2026-03-01", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (cb_referral_close (referral, "2026-13-40", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_SENT);
  g_assert_cmpstr (cb_referral_get_outcome_date (referral), ==, "");

  cb_referral_set_outcome (referral, "Course completed; presented to the board.");
  g_assert_true (cb_referral_close (referral, "2026-04-20", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_CLOSED);
  g_assert_cmpstr (cb_referral_get_outcome_date (referral), ==, "2026-04-20");
  g_assert_cmpstr (cb_referral_get_outcome (referral), ==, "Course completed; presented to the board.");

  g_assert_false (cb_referral_close (referral, "2026-04-21", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS);
  g_clear_error (&error);
  g_assert_false (cb_referral_mark_sent (referral, "2026-04-21", &error));
  g_assert_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS);
  g_clear_error (&error);

  /* Reopened: a draft again, the dates of sending and outcome cleared. */
  cb_referral_reopen (referral);
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
  g_assert_cmpstr (cb_referral_get_sent_date (referral), ==, "");
  g_assert_cmpstr (cb_referral_get_outcome_date (referral), ==, "");
  g_assert_true (cb_referral_has_approval (referral));
}

/* A file is read as written, even one edited by hand to break the rule;
 * the views learn of it from has_approval. */
static void
test_load_as_written (void)
{
  static const char text[] =
    "{ \"type\": \"coachbook.referral\", \"version\": 1,"
    "  \"id\": \"0b5a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b\","
    "  \"created\": \"2026-03-01T09:00:00Z\", \"modified\": \"2026-03-01T09:00:00Z\","
    "  \"date\": \"2026-03-01\", \"to_name\": \"Ruth\", \"status\": \"sent\" }";
  g_autoptr(GError) error = NULL;
  g_autoptr(CbDocument) document = cb_json_parse (CB_TYPE_REFERRAL, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpint (cb_referral_get_status (CB_REFERRAL (document)), ==, CB_REFERRAL_STATUS_SENT);
  g_assert_false (cb_referral_has_approval (CB_REFERRAL (document)));
  g_assert_false (cb_document_get_dirty (document));
}

static CbForm *
describe (CbReferral *referral,
          gboolean    blank,
          gboolean    include_private)
{
  CbFormContext context = { "Test Practice", "Sam Patel", blank, include_private };

  return cb_document_describe_form (CB_DOCUMENT (referral), &context);
}

static const CbFormBlock *
find_block (CbForm     *form,
            const char *label)
{
  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      if (g_strcmp0 (block->label, label) == 0)
        return block;
    }

  g_error ("no block labelled %s", label);
  return NULL;
}

static void
test_form (void)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) private_form = NULL;
  g_autoptr(CbForm) blank = NULL;
  g_autofree char *text = NULL;
  g_autofree char *private_text = NULL;
  g_autofree char *blank_text = NULL;
  const CbFormBlock *block;

  cb_referral_set_date (referral, "2026-03-01");
  cb_referral_set_to_name (referral, "Ruth Adeyemi");
  cb_referral_set_to_organisation (referral, "Northgate Speaking Studio");
  cb_referral_set_to_contact (referral, "0113 496 0712");
  cb_referral_set_reason (referral, CB_REFERRAL_REASON_INFORMATION);
  cb_referral_set_reason_notes (referral, "Course dates and costs.");
  cb_referral_set_communicated_by (referral, CB_REFERRAL_METHOD_TELEPHONE);
  cb_referral_set_written_record_sent (referral, TRUE);
  g_assert_true (cb_referral_record_approval (referral, "2026-03-02", "Signed note in the meeting record", NULL));
  g_assert_true (cb_referral_mark_sent (referral, "2026-03-03", NULL));
  cb_referral_set_outcome (referral, "Booked onto the April course.");
  g_assert_true (cb_referral_close (referral, "2026-03-20", NULL));
  cb_record_set_string (CB_RECORD (referral), "private_notes", "SECRET NOTE");

  form = describe (referral, FALSE, FALSE);
  g_assert_cmpstr (cb_form_get_title (form), ==, "Referral");
  text = cb_form_to_text (form);
  for (const char * const *s = (const char * const[]) {
         "Referred to", "Ruth Adeyemi", "Northgate Speaking Studio", "0113 496 0712",
         "Reason for referral", "Course dates and costs.", "Client’s approval",
         "Signed note in the meeting record", "How it was communicated", "Outcome",
         "Booked onto the April course.", NULL }; *s != NULL; s++)
    if (strstr (text, *s) == NULL)
      g_error ("“%s” is missing from the form:\n%s", *s, text);
  g_assert_null (strstr (text, "SECRET NOTE"));

  block = find_block (form, "Reason");
  g_assert_cmpint (block->kind, ==, CB_FORM_CHECKLIST);
  g_assert_cmpuint (g_strv_length (block->items), ==, 6);
  g_assert_cmpuint (block->checked, ==, 1 << CB_REFERRAL_REASON_INFORMATION);
  block = find_block (form, "Communicated by");
  g_assert_cmpuint (block->checked, ==, 1 << CB_REFERRAL_METHOD_TELEPHONE);
  block = find_block (form, "Written record of the reasons and circumstances sent");
  g_assert_cmpuint (block->checked, ==, 1);

  private_form = describe (referral, FALSE, TRUE);
  private_text = cb_form_to_text (private_form);
  g_assert_nonnull (strstr (private_text, "SECRET NOTE"));

  /* Blank: the same questions with lines and boxes, and no values. */
  blank = describe (referral, TRUE, TRUE);
  blank_text = cb_form_to_text (blank);
  g_assert_nonnull (strstr (blank_text, "How the approval was documented"));
  g_assert_null (strstr (blank_text, "Ruth Adeyemi"));
  g_assert_null (strstr (blank_text, "Signed note"));
  g_assert_null (strstr (blank_text, "SECRET NOTE"));
  for (guint i = 0; i < cb_form_get_n_blocks (blank); i++)
    {
      block = cb_form_get_block (blank, i);
      if (block->kind == CB_FORM_FIELD || block->kind == CB_FORM_TEXT)
        g_assert_null (block->text);
      if (block->kind == CB_FORM_CHECKLIST)
        g_assert_cmpuint (block->checked, ==, 0);
    }
}

/* Sources of help */

typedef struct
{
  GPtrArray *mirror;    /* CbSource, kept by replaying items-changed */
  guint      signals;
} Watcher;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Watcher    *watcher)
{
  watcher->signals++;
  g_ptr_array_remove_range (watcher->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watcher->mirror, position + i, g_list_model_get_item (model, position + i));
}

static void
watcher_init (Watcher   *watcher,
              CbSources *sources)
{
  watcher->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  watcher->signals = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sources)); i++)
    g_ptr_array_add (watcher->mirror, g_list_model_get_item (G_LIST_MODEL (sources), i));
  g_signal_connect (sources, "items-changed", G_CALLBACK (on_items_changed_cb), watcher);
}

static char *
describe_source (CbSource *source)
{
  return g_strdup_printf ("%s|%s|%s|%u|%s", cb_source_get_name (source),
                          cb_source_get_organisation (source), cb_source_get_contact (source),
                          cb_source_get_referral_count (source), cb_source_get_last_used (source));
}

/* The live list agrees with what items-changed reported and with a list
 * built afresh from the practice; returns its rows, one a line. */
static char *
check_sources (CbSources *sources,
               Watcher   *watcher)
{
  GListModel *model = G_LIST_MODEL (sources);
  g_autoptr(CbSources) fresh = cb_sources_new (cb_sources_get_practice (sources));
  g_autoptr(GString) rows = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (watcher->mirror->len, ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fresh)), ==, n);
  g_assert_true (g_list_model_get_item_type (model) == CB_TYPE_SOURCE);
  g_assert_null (g_list_model_get_item (model, n));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbSource) item = g_list_model_get_item (model, i);
      g_autoptr(CbSource) fresh_item = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      g_autofree char *a = describe_source (item);
      g_autofree char *b = describe_source (fresh_item);

      g_assert_true (item == g_ptr_array_index (watcher->mirror, i));
      g_assert_cmpstr (a, ==, b);
      g_string_append_printf (rows, "%s\n", a);
    }

  return g_string_free (g_steal_pointer (&rows), FALSE);
}

static CbReferral *
add_referral (CbClient   *client,
              const char *date,
              const char *name,
              const char *organisation,
              const char *contact)
{
  g_autoptr(CbReferral) referral = cb_referral_new ();

  cb_referral_set_date (referral, date);
  cb_referral_set_to_name (referral, name);
  cb_referral_set_to_organisation (referral, organisation);
  cb_referral_set_to_contact (referral, contact);
  cb_client_add_document (client, CB_DOCUMENT (referral));

  return referral;   /* the client holds it */
}

static CbClient *
add_client (CbPractice *practice,
            const char *name)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_practice_add_client (practice, client);
  return client;   /* the practice holds it */
}

static void
test_sources (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Test Practice");
  g_autoptr(CbSources) sources = NULL;
  g_autoptr(CbClient) gone = NULL;
  CbClient *ana, *ben, *cleo;
  CbReferral *ruth_1, *ruth_2, *nameless, *omar;
  CbSource *source;
  Watcher watcher;
  char *rows;

  ana = add_client (practice, "Ana");
  ben = add_client (practice, "Ben");
  ruth_1 = add_referral (ana, "2026-01-10", "Ruth Adeyemi", "Northgate Speaking Studio", "0113 496 0712");
  /* The same source, written differently, by another client. */
  ruth_2 = add_referral (ben, "2026-02-15", "  ruth ADEYEMI ", "NORTHGATE speaking studio", "");
  add_referral (ben, "2026-02-01", "", "Citizens Advice Harbourside", "0300 330 1191");
  add_referral (ana, "2026-01-20", "Dr Hannah Okafor", "Brightwater Occupational Health", "020 7946 0588");
  /* Naming no one: not a source. */
  nameless = add_referral (ana, "2026-01-21", "", "", "a telephone number");
  /* A different organisation: a different source. */
  add_referral (ana, "2026-01-22", "Ruth Adeyemi", "Harbourline", "");

  sources = cb_sources_new (practice);
  watcher_init (&watcher, sources);

  rows = check_sources (sources, &watcher);
  g_assert_cmpstr (rows, ==,
                   "|Citizens Advice Harbourside|0300 330 1191|1|2026-02-01\n"
                   "Dr Hannah Okafor|Brightwater Occupational Health|020 7946 0588|1|2026-01-20\n"
                   "Ruth Adeyemi|Harbourline||1|2026-01-22\n"
                   "ruth ADEYEMI|NORTHGATE speaking studio|0113 496 0712|2|2026-02-15\n");
  g_free (rows);

  source = cb_sources_lookup (sources, "RUTH adeyemi", "northgate speaking studio ");
  g_assert_nonnull (source);
  g_assert_cmpuint (cb_source_get_referral_count (source), ==, 2);
  g_assert_null (cb_sources_lookup (sources, "Nobody", ""));
  {
    g_autofree char *display = cb_source_dup_display_name (source);
    g_assert_cmpstr (display, ==, "ruth ADEYEMI, NORTHGATE speaking studio");
  }

  /* An edit that a source does not show changes nothing. */
  watcher.signals = 0;
  cb_referral_set_outcome (ruth_1, "Booked a course.");
  cb_referral_set_reason (ruth_1, CB_REFERRAL_REASON_INFORMATION);
  g_assert_cmpuint (watcher.signals, ==, 0);

  /* Adding: one row appears. */
  watcher.signals = 0;
  omar = add_referral (ana, "2026-03-01", "Omar Haddad", "Leeds Careers Service", "omar@careers.example.org");
  g_assert_cmpuint (watcher.signals, ==, 1);
  rows = check_sources (sources, &watcher);
  g_assert_nonnull (strstr (rows, "Omar Haddad|Leeds Careers Service|omar@careers.example.org|1|2026-03-01\n"));
  g_free (rows);

  /* Editing the newer referral: the source's written form follows it. */
  watcher.signals = 0;
  cb_referral_set_to_name (ruth_2, "Ruth Adeyemi");
  cb_referral_set_to_organisation (ruth_2, "Northgate Speaking Studio");
  rows = check_sources (sources, &watcher);
  g_assert_nonnull (strstr (rows, "Ruth Adeyemi|Northgate Speaking Studio|0113 496 0712|2|2026-02-15\n"));
  g_free (rows);
  g_assert_cmpuint (watcher.signals, >=, 1);

  /* A contact given later wins. */
  cb_referral_set_to_contact (ruth_2, "ruth@northgatespeaking.example.org");
  rows = check_sources (sources, &watcher);
  g_assert_nonnull (strstr (rows, "Ruth Adeyemi|Northgate Speaking Studio|ruth@northgatespeaking.example.org|2|2026-02-15\n"));
  g_free (rows);

  /* Renaming moves the referral from one source to another: the old one
   * counts one fewer, the nameless one becomes a source. */
  watcher.signals = 0;
  cb_referral_set_to_name (ruth_1, "Zoe Marsh");
  cb_referral_set_to_name (nameless, "Aaron Bell");
  rows = check_sources (sources, &watcher);
  g_assert_nonnull (strstr (rows, "Ruth Adeyemi|Northgate Speaking Studio|ruth@northgatespeaking.example.org|1|2026-02-15\n"));
  g_assert_nonnull (strstr (rows, "Zoe Marsh|Northgate Speaking Studio|0113 496 0712|1|2026-01-10\n"));
  g_assert_true (g_str_has_prefix (rows, "Aaron Bell||a telephone number|1|2026-01-21\n"));
  g_free (rows);

  /* Removing a referral: its source goes with it when it was the last. */
  watcher.signals = 0;
  g_assert_true (cb_client_remove_document (ana, CB_DOCUMENT (omar)));
  g_assert_cmpuint (watcher.signals, ==, 1);
  rows = check_sources (sources, &watcher);
  g_assert_null (strstr (rows, "Omar Haddad"));
  g_free (rows);

  /* A new client with referrals, then the client removed. */
  cleo = add_client (practice, "Cleo");
  add_referral (cleo, "2026-03-05", "Ruth Adeyemi", "Northgate Speaking Studio", "");
  add_referral (cleo, "2026-03-06", "Priya Shah", "", "");
  rows = check_sources (sources, &watcher);
  g_assert_nonnull (strstr (rows, "Ruth Adeyemi|Northgate Speaking Studio|ruth@northgatespeaking.example.org|2|2026-03-05\n"));
  g_assert_nonnull (strstr (rows, "Priya Shah|||1|2026-03-06\n"));
  g_free (rows);

  gone = g_object_ref (cleo);
  g_assert_true (cb_practice_remove_client (practice, cleo));
  rows = check_sources (sources, &watcher);
  g_assert_null (strstr (rows, "Priya Shah"));
  g_assert_nonnull (strstr (rows, "Ruth Adeyemi|Northgate Speaking Studio|ruth@northgatespeaking.example.org|1|2026-02-15\n"));
  g_free (rows);

  /* Edits of a client no longer in the practice are not heard. */
  watcher.signals = 0;
  add_referral (gone, "2026-03-07", "Someone Else", "", "");
  g_assert_cmpuint (watcher.signals, ==, 0);

  g_signal_handlers_disconnect_by_func (sources, on_items_changed_cb, &watcher);
  g_ptr_array_unref (watcher.mirror);
  g_assert_finalize_object (g_steal_pointer (&sources));
}

static void
test_fill_from_source (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Test Practice");
  g_autoptr(CbSources) sources = NULL;
  g_autoptr(CbReferral) referral = cb_referral_new ();
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbSource) source = NULL;

  cb_practice_add_client (practice, client);
  add_referral (client, "2026-01-10", "Ruth Adeyemi", "Northgate Speaking Studio", "0113 496 0712");
  sources = cb_sources_new (practice);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 1);
  source = g_list_model_get_item (G_LIST_MODEL (sources), 0);

  cb_referral_set_reason_notes (referral, "Kept");
  cb_referral_fill_from_source (referral, source);
  g_assert_cmpstr (cb_referral_get_to_name (referral), ==, "Ruth Adeyemi");
  g_assert_cmpstr (cb_referral_get_to_organisation (referral), ==, "Northgate Speaking Studio");
  g_assert_cmpstr (cb_referral_get_to_contact (referral), ==, "0113 496 0712");
  g_assert_cmpstr (cb_referral_get_reason_notes (referral), ==, "Kept");
  g_assert_cmpint (cb_referral_get_status (referral), ==, CB_REFERRAL_STATUS_DRAFT);
}

static void
test_list (void)
{
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *title = NULL;

  add_referral (client, "2026-01-10", "Old", "", "");
  add_referral (client, "2026-03-10", "New", "", "");
  add_referral (client, "", "", "Undated Org", "");
  list = cb_client_list_referrals (client);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (cb_referral_get_to_name (list->pdata[0]), ==, "New");
  g_assert_cmpstr (cb_referral_get_to_name (list->pdata[1]), ==, "Old");

  title = cb_document_dup_title (list->pdata[2]);
  g_assert_cmpstr (title, ==, "Referral to Undated Org");
}

static void
test_sample (void)
{
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(CbPractice) practice = cb_practice_new ("Sample");
  g_autoptr(CbSources) sources = NULL;
  guint n_sent = 0, n_draft = 0;

  cb_sample_add_referrals_and_evaluations (clients, now);

  for (guint i = 0; i < clients->len; i++)
    {
      g_autoptr(GPtrArray) referrals = cb_client_list_referrals (clients->pdata[i]);

      cb_practice_add_client (practice, clients->pdata[i]);
      for (guint j = 0; j < referrals->len; j++)
        {
          CbReferral *referral = referrals->pdata[j];
          g_autoptr(CbReferral) back = round_trip (referral);

          cb_test_assert_records_equal (CB_RECORD (referral), CB_RECORD (back));
          if (cb_referral_get_status (referral) == CB_REFERRAL_STATUS_SENT)
            {
              n_sent++;
              g_assert_true (cb_referral_has_approval (referral));
            }
          else if (cb_referral_get_status (referral) == CB_REFERRAL_STATUS_DRAFT)
            {
              n_draft++;
              g_assert_false (cb_referral_has_approval (referral));
            }
        }
    }

  g_assert_cmpuint (n_sent, >=, 1);
  g_assert_cmpuint (n_draft, >=, 1);

  sources = cb_sources_new (practice);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, n_sent + n_draft);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/referral/class", test_class);
  g_test_add_func ("/referral/round-trip", test_round_trip);
  g_test_add_func ("/referral/approval-rule", test_approval_rule);
  g_test_add_func ("/referral/read-only", test_read_only);
  g_test_add_func ("/referral/close", test_close);
  g_test_add_func ("/referral/load-as-written", test_load_as_written);
  g_test_add_func ("/referral/form", test_form);
  g_test_add_func ("/referral/list", test_list);
  g_test_add_func ("/referral/sources", test_sources);
  g_test_add_func ("/referral/sources/fill-from-source", test_fill_from_source);
  g_test_add_func ("/referral/sample", test_sample);

  return g_test_run ();
}
