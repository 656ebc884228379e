/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cb-cpd-entry.h"
#include "cb-csv.h"
#include "cb-document-types.h"
#include "cb-hours.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-sample.h"
#include "cb-store.h"
#include "cb-test-util.h"

/* Practice hours and the CPD log: counting (totals, the 18-month window,
 * clients in groups, defaults), the CSV of the ICF log and of the CPD log,
 * CPD entries through the store (round trip, quarantine, evidence files)
 * and the sample. */

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (cb_date_from_iso (iso, date));
}

static CbClient *
add_client (CbPractice   *practice,
            const char   *name,
            CbLogConsent  consent)
{
  g_autoptr(CbClient) client = cb_client_new ();

  cb_client_set_name (client, name);
  cb_record_set_string (CB_RECORD (client), "email", "someone@example.org");
  cb_record_set_enum (CB_RECORD (client), "log_consent", consent);
  cb_practice_add_client (practice, client);
  return client;   /* the practice holds it */
}

static CbMeeting *
add_meeting (CbClient            *client,
             const char          *date,
             int                  minutes,
             CbMeetingPayment     payment,
             CbMeetingAttendance  attendance,
             int                  size)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();

  if (date != NULL)
    cb_meeting_set_date (meeting, date);
  cb_meeting_set_length_minutes (meeting, minutes);
  cb_meeting_set_payment (meeting, payment);
  cb_meeting_set_attendance (meeting, attendance);
  cb_meeting_set_group_size (meeting, size);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;
}

static CbHours *
count_on (CbPractice *practice,
          const char *today)
{
  GDate date;

  set_date (&date, today);
  return cb_hours_new (practice, &date);
}

static void
test_credentials (void)
{
  guint n = 0;
  const CbCredential *c = cb_hours_get_credentials (&n);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (c[0].name, ==, "ACC");
  g_assert_cmpuint (c[0].needs[CB_REQUIREMENT_HOURS], ==, 100);
  g_assert_cmpuint (c[0].needs[CB_REQUIREMENT_PAID_HOURS], ==, 75);
  g_assert_cmpuint (c[0].needs[CB_REQUIREMENT_CLIENTS], ==, 8);
  g_assert_cmpuint (c[0].needs[CB_REQUIREMENT_RECENT_HOURS], ==, 25);
  g_assert_cmpstr (c[1].name, ==, "PCC");
  g_assert_cmpuint (c[1].needs[CB_REQUIREMENT_HOURS], ==, 500);
  g_assert_cmpuint (c[1].needs[CB_REQUIREMENT_PAID_HOURS], ==, 450);
  g_assert_cmpuint (c[1].needs[CB_REQUIREMENT_CLIENTS], ==, 25);
  g_assert_cmpuint (c[1].needs[CB_REQUIREMENT_RECENT_HOURS], ==, 50);
  g_assert_cmpstr (c[2].name, ==, "MCC");
  g_assert_cmpuint (c[2].needs[CB_REQUIREMENT_HOURS], ==, 2500);
  g_assert_cmpuint (c[2].needs[CB_REQUIREMENT_PAID_HOURS], ==, 2250);
  g_assert_cmpuint (c[2].needs[CB_REQUIREMENT_CLIENTS], ==, 35);
  g_assert_cmpuint (c[2].needs[CB_REQUIREMENT_RECENT_HOURS], ==, 0);
}

static void
test_totals (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Hours");
  g_autoptr(CbHours) hours = NULL;
  CbClient *a = add_client (practice, "Ann", CB_LOG_CONSENT_YES);
  CbClient *b = add_client (practice, "Ben", CB_LOG_CONSENT_NO);
  const CbHoursReport *report;
  g_autoptr(CbHoursYear) newest = NULL;
  g_autoptr(CbHoursYear) older = NULL;
  const CbCredential *acc = cb_hours_get_credentials (NULL);

  cb_practice_set_hours_start_date (practice, "2025-03-01");

  add_meeting (a, "2025-02-28", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);   /* before the start */
  add_meeting (a, "2025-03-01", 90, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);   /* the start day counts */
  add_meeting (a, "2025-12-31", 45, CB_MEETING_PAYMENT_UNSET, CB_MEETING_ATTENDANCE_UNSET, 0);       /* defaults: paid, individual */
  add_meeting (a, "2026-01-10", 0, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);    /* no length: counts 0 */
  add_meeting (a, NULL, 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);           /* no date */
  add_meeting (a, "2026-06-16", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);   /* tomorrow */
  add_meeting (b, "2026-06-15", 120, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0); /* today counts */
  add_meeting (b, "2026-02-01", 30, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);

  hours = count_on (practice, "2026-06-15");
  report = cb_hours_get_report (hours);

  g_assert_cmpint (cb_hours_get_paid_minutes (hours), ==, 135);
  g_assert_cmpint (cb_hours_get_pro_bono_minutes (hours), ==, 150);
  g_assert_cmpint (cb_hours_get_minutes (hours), ==, 285);
  g_assert_cmpfloat (cb_hours_get_value (hours, CB_REQUIREMENT_HOURS), ==, 4.75);
  g_assert_cmpfloat (cb_hours_get_value (hours, CB_REQUIREMENT_PAID_HOURS), ==, 2.25);
  g_assert_cmpuint (cb_hours_get_n_clients (hours), ==, 2);

  g_assert_cmpuint (report->n_counted, ==, 4);
  g_assert_cmpuint (report->n_before_start, ==, 1);
  g_assert_cmpuint (report->n_no_length, ==, 1);
  g_assert_cmpuint (report->n_no_date, ==, 1);
  g_assert_cmpuint (report->n_future, ==, 1);
  g_assert_cmpuint (report->n_payment_default, ==, 1);
  g_assert_cmpuint (report->n_attendance_default, ==, 1);
  g_assert_cmpuint (report->n_group_size_default, ==, 0);
  g_assert_cmpuint (report->n_unnamed_clients, ==, 1);
  g_assert_cmpuint (report->n_not_asked, ==, 0);
  g_assert_cmpint (report->unnamed_minutes, ==, 150);

  /* Per year, newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hours)), ==, 2);
  newest = g_list_model_get_item (G_LIST_MODEL (hours), 0);
  older = g_list_model_get_item (G_LIST_MODEL (hours), 1);
  g_assert_cmpint (cb_hours_year_get_year (newest), ==, 2026);
  g_assert_cmpint (cb_hours_year_get_paid_minutes (newest), ==, 0);
  g_assert_cmpint (cb_hours_year_get_pro_bono_minutes (newest), ==, 150);
  g_assert_cmpuint (cb_hours_year_get_n_meetings (newest), ==, 2);
  g_assert_cmpint (cb_hours_year_get_year (older), ==, 2025);
  g_assert_cmpint (cb_hours_year_get_paid_minutes (older), ==, 135);

  /* Progress: a fraction of each requirement, capped at one. */
  g_assert_cmpfloat_with_epsilon (cb_hours_get_progress (hours, &acc[0], CB_REQUIREMENT_HOURS), 4.75 / 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (cb_hours_get_progress (hours, &acc[0], CB_REQUIREMENT_CLIENTS), 2.0 / 8, 1e-9);
  g_assert_cmpfloat (cb_hours_get_progress (hours, &acc[2], CB_REQUIREMENT_RECENT_HOURS), ==, 1.0);
  g_assert_false (cb_hours_meets (hours, &acc[0]));

  /* Without a start date every dated meeting up to today counts. */
  cb_practice_set_hours_start_date (practice, "");
  g_clear_object (&hours);
  hours = count_on (practice, "2026-06-15");
  g_assert_cmpint (cb_hours_get_minutes (hours), ==, 345);
  g_assert_cmpuint (cb_hours_get_report (hours)->n_before_start, ==, 0);
}

/* The last 18 months: from the same day 18 months back, inclusive; a day
 * the month lacks falls back to its last day. */
static void
test_recent_window (void)
{
  static const struct {
    const char *today, *start, *day_before;
  } cases[] = {
    { "2027-06-15", "2025-12-15", "2025-12-14" },   /* exactly 18 months */
    { "2027-08-31", "2026-02-28", "2026-02-27" },   /* 31 August: end of a short February */
    { "2029-08-31", "2028-02-29", "2028-02-28" },   /* … the 29th in a leap year */
    { "2028-02-29", "2026-08-29", "2026-08-28" },   /* from a leap day */
    { "2026-01-01", "2024-07-01", "2024-06-30" },   /* across years */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CbPractice) practice = cb_practice_new ("Window");
      g_autoptr(CbHours) hours = NULL;
      CbClient *client = add_client (practice, "Cara", CB_LOG_CONSENT_YES);
      GDate start, expected;

      add_meeting (client, cases[i].start, 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
      add_meeting (client, cases[i].day_before, 30, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
      add_meeting (client, cases[i].today, 15, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);

      hours = count_on (practice, cases[i].today);
      cb_hours_get_recent_start (hours, &start);
      set_date (&expected, cases[i].start);
      g_assert_cmpint (g_date_compare (&start, &expected), ==, 0);

      /* The first day and today are in; the day before is not. */
      g_assert_cmpint (cb_hours_get_recent_minutes (hours), ==, 75);
      g_assert_cmpint (cb_hours_get_minutes (hours), ==, 105);
    }
}

/* Each member of a group is a client: a client record counts as the
 * largest group it was met as; the same group again is the same clients. */
static void
test_clients_in_groups (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Groups");
  g_autoptr(CbHours) hours = NULL;
  g_autoptr(GPtrArray) log = NULL;
  CbClient *alone = add_client (practice, "Alone", CB_LOG_CONSENT_YES);
  CbClient *team = add_client (practice, "Team of five", CB_LOG_CONSENT_YES);
  CbClient *both = add_client (practice, "Both", CB_LOG_CONSENT_UNSET);
  CbClient *unknown = add_client (practice, "Group, size not recorded", CB_LOG_CONSENT_YES);
  CbClient *empty = add_client (practice, "Only a meeting without a length", CB_LOG_CONSENT_YES);
  const CbHoursReport *report;

  add_meeting (alone, "2026-01-05", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
  add_meeting (alone, "2026-02-05", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
  add_meeting (team, "2026-01-06", 90, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_GROUP, 5);
  add_meeting (team, "2026-02-06", 90, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_GROUP, 4);
  add_meeting (both, "2026-01-07", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
  add_meeting (both, "2026-03-07", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_GROUP, 3);
  add_meeting (unknown, "2026-01-08", 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_GROUP, 0);
  add_meeting (empty, "2026-01-09", 0, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_GROUP, 8);

  hours = count_on (practice, "2026-06-01");
  report = cb_hours_get_report (hours);

  /* 1 + 5 + 3 + 1 + 0 */
  g_assert_cmpuint (cb_hours_get_n_clients (hours), ==, 10);
  g_assert_cmpuint (report->n_group_size_default, ==, 1);
  g_assert_cmpuint (report->n_no_length, ==, 1);
  g_assert_cmpuint (report->n_unnamed_clients, ==, 1);
  g_assert_cmpuint (report->n_not_asked, ==, 1);

  /* The log: a line per record and kind, by first meeting. */
  log = cb_hours_list_log (hours);
  g_assert_cmpuint (log->len, ==, 5);
  {
    const CbHoursLogRow *r0 = log->pdata[0], *r1 = log->pdata[1], *r2 = log->pdata[2];
    const CbHoursLogRow *r3 = log->pdata[3], *r4 = log->pdata[4];

    g_assert_true (r0->client == alone && !r0->group && r0->paid_minutes == 120);
    g_assert_true (r1->client == team && r1->group && r1->number_in_group == 5);
    g_assert_cmpint (r1->paid_minutes, ==, 90);
    g_assert_cmpint (r1->pro_bono_minutes, ==, 90);
    g_assert_cmpint (g_date_get_month (&r1->start), ==, 1);
    g_assert_cmpint (g_date_get_month (&r1->end), ==, 2);
    g_assert_true (r2->client == both && !r2->group && !r2->named);
    g_assert_true (r3->client == unknown && r3->group && r3->number_in_group == 0);
    g_assert_true (r4->client == both && r4->group && r4->number_in_group == 3);
  }
}

/* A live count follows edits of meetings, clients and settings. */
static void
test_live (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Live");
  g_autoptr(CbHours) hours = cb_hours_new_live (practice);
  CbClient *client = add_client (practice, "Dee", CB_LOG_CONSENT_YES);
  CbMeeting *meeting;
  guint changed = 0;
  g_autofree char *yesterday = NULL;
  gint64 deadline;

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) then = g_date_time_add_days (now, -1);
    yesterday = g_date_time_format (then, "%Y-%m-%d");
  }

  g_signal_connect_swapped (hours, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  meeting = add_meeting (client, yesterday, 60, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);

  /* Counted again shortly after, by itself. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (cb_hours_get_minutes (hours) != 60 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (cb_hours_get_minutes (hours), ==, 60);
  g_assert_cmpuint (changed, >=, 1);

  cb_meeting_set_length_minutes (meeting, 75);
  cb_meeting_set_payment (meeting, CB_MEETING_PAYMENT_PRO_BONO);
  cb_hours_refresh (hours);
  g_assert_cmpint (cb_hours_get_pro_bono_minutes (hours), ==, 75);

  cb_meeting_set_attendance (meeting, CB_MEETING_ATTENDANCE_GROUP);
  cb_meeting_set_group_size (meeting, 6);
  cb_hours_refresh (hours);
  g_assert_cmpuint (cb_hours_get_n_clients (hours), ==, 6);

  cb_practice_set_hours_start_date (practice, "2999-01-01");
  cb_hours_refresh (hours);
  g_assert_cmpint (cb_hours_get_minutes (hours), ==, 0);
  g_assert_cmpuint (cb_hours_get_report (hours)->n_before_start, ==, 1);

  cb_practice_set_hours_start_date (practice, "");
  cb_practice_remove_client (practice, client);
  cb_hours_refresh (hours);
  g_assert_cmpint (cb_hours_get_minutes (hours), ==, 0);
  g_assert_cmpuint (cb_hours_get_report (hours)->n_before_start, ==, 0);
}

static void
test_csv_escape (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rlf", "\"cr\rlf\"" },
    { " padded ", "\" padded \"" },
    { "Zoë Wiśniewska – ✓", "Zoë Wiśniewska – ✓" },
    { "\"", "\"\"\"\"" },
  };
  g_autoptr(GString) record = g_string_new (NULL);
  const char *fields[] = { "O'Brien, Bea", "x", "\"q\"", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = cb_csv_escape_field (cases[i].in);
      g_assert_cmpstr (escaped, ==, cases[i].out);
    }

  cb_csv_append_record (record, fields);
  g_assert_cmpstr (record->str, ==, "\"O'Brien, Bea\",x,\"\"\"q\"\"\"\r\n");
}

static void
test_csv_hours_log (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("CSV");
  g_autoptr(CbHours) hours = NULL;
  g_autofree char *anonymised = NULL;
  g_autofree char *left_off = NULL;
  CbClient *named = add_client (practice, "Nagy, \"Zsófia\"\nJr", CB_LOG_CONSENT_YES);
  CbClient *secret = add_client (practice, "Secret Person", CB_LOG_CONSENT_NO);
  CbClient *group = add_client (practice, "Team", CB_LOG_CONSENT_YES);

  cb_record_set_string (CB_RECORD (named), "telephone", "0113 496 0000");
  add_meeting (named, "2026-01-05", 90, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
  add_meeting (secret, "2026-02-05", 60, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
  add_meeting (group, "2026-03-05", 45, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_GROUP, 4);

  hours = count_on (practice, "2026-06-01");
  anonymised = cb_csv_build_hours_log (hours, CB_LOG_UNNAMED_ANONYMISE);
  g_assert_cmpstr (anonymised, ==,
                   "Client Name,Contact Information,Individual/Group,Number in Group,Start Date,End Date,Paid Hours,Pro-bono Hours\r\n"
                   "\"Nagy, \"\"Zsófia\"\"\nJr\",\"someone@example.org, 0113 496 0000\",Individual,,2026-01-05,2026-01-05,1.50,0.00\r\n"
                   "Client 1,,Individual,,2026-02-05,2026-02-05,0.00,1.00\r\n"
                   "Team,someone@example.org,Group,4,2026-03-05,2026-03-05,0.75,0.00\r\n"
                   "Total,,,,2026-01-05,2026-03-05,2.25,1.00\r\n");
  g_assert_null (strstr (anonymised, "Secret"));

  left_off = cb_csv_build_hours_log (hours, CB_LOG_UNNAMED_LEAVE_OFF);
  g_assert_null (strstr (left_off, "Client 1"));
  g_assert_null (strstr (left_off, "Secret"));
  g_assert_nonnull (strstr (left_off, "Total,,,,2026-01-05,2026-03-05,2.25,0.00\r\n"));
}

/* Writing is whole or not at all, private, with a message a person can act on. */
static void
test_csv_write (void)
{
  g_autofree char *root = cb_test_make_root ();
  g_autofree char *path = g_build_filename (root, "hours.csv", NULL);
  g_autofree char *missing = g_build_filename (root, "no-such-folder", "hours.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  struct stat st;

  g_assert_true (cb_csv_write ("a,b\r\n", path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "a,b\r\n");

  g_assert_false (cb_csv_write ("x", missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  g_assert_false (cb_csv_write ("x", root, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);

  cb_test_rm_rf (root);
}

/* CPD */

static void
test_cpd_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_CPD_ENTRY);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = { "date", "activity", "kind", "hours", "provider", "learned", "evidence" };
  const CbFieldSpec *fields;
  guint n_fields;
  const GType *types;
  guint n_types;
  gboolean registered = FALSE;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.cpd-entry");
  g_assert_cmpstr (document_class->folder, ==, "cpd");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpint (document_class->owners, ==, CB_DOCUMENT_OWNER_COACH);
  g_assert_cmpstr (document_class->view_title, ==, "_CPD");
  g_assert_cmpstr (document_class->help_page, ==, "cpd");
  g_assert_cmpstr (document_class->form_title, ==, "CPD (Continuous Professional Development) Log");

  types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
  for (guint i = 0; i < n_types; i++)
    registered |= types[i] == CB_TYPE_CPD_ENTRY;
  g_assert_true (registered);

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i].name, ==, order[i]);
  g_assert_cmpint (fields[3].kind, ==, CB_FIELD_DECIMAL);
  g_assert_cmpint (fields[6].kind, ==, CB_FIELD_FILE);
}

static CbCpdEntry *
new_entry (const char *date,
           const char *activity,
           CbCpdKind   kind,
           double      hours)
{
  CbCpdEntry *entry = cb_cpd_entry_new ();

  cb_cpd_entry_set_date (entry, date);
  cb_cpd_entry_set_activity (entry, activity);
  cb_cpd_entry_set_kind (entry, kind);
  cb_cpd_entry_set_hours (entry, hours);
  return entry;
}

static void
append_take (GListStore *store,
             gpointer    item)
{
  g_list_store_append (store, item);
  g_object_unref (item);
}

static void
test_cpd_totals_and_log (void)
{
  g_autoptr(GListStore) documents = g_list_store_new (CB_TYPE_DOCUMENT);
  g_autoptr(GArray) years = NULL;
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbForm) blank = NULL;
  g_autofree char *text = NULL;
  g_autofree char *csv = NULL;
  CbFormContext context = { .practice_name = "Practice" };
  double overall = 0;
  const double sums[] = { 0.1, 0.2 };

  append_take (documents, g_object_new (CB_TYPE_MEETING, NULL));   /* not CPD: skipped */
  for (guint i = 0; i < G_N_ELEMENTS (sums); i++)
    append_take (documents, new_entry ("2026-03-01", "Reading", CB_CPD_KIND_INFORMAL, sums[i]));
  append_take (documents, new_entry ("2026-01-15", "Course, day 1", CB_CPD_KIND_FORMAL, 7.5));
  append_take (documents, new_entry ("2025-11-02", "Supervision", CB_CPD_KIND_INFORMAL, 1.25));
  append_take (documents, new_entry ("", "Undated", CB_CPD_KIND_FORMAL, 2));

  years = cb_cpd_totals (G_LIST_MODEL (documents), &overall);
  g_assert_cmpuint (years->len, ==, 3);
  g_assert_cmpint (g_array_index (years, CbCpdYear, 0).year, ==, 2026);
  g_assert_cmpfloat (g_array_index (years, CbCpdYear, 0).hours, ==, 7.8);   /* 0.1 + 0.2 + 7.5, in hundredths */
  g_assert_cmpuint (g_array_index (years, CbCpdYear, 0).n_entries, ==, 3);
  g_assert_cmpuint (g_array_index (years, CbCpdYear, 0).n_formal, ==, 1);
  g_assert_cmpuint (g_array_index (years, CbCpdYear, 0).n_informal, ==, 2);
  g_assert_cmpint (g_array_index (years, CbCpdYear, 1).year, ==, 2025);
  g_assert_cmpfloat (g_array_index (years, CbCpdYear, 1).hours, ==, 1.25);
  g_assert_cmpint (g_array_index (years, CbCpdYear, 2).year, ==, 0);
  g_assert_cmpfloat (overall, ==, 11.05);

  form = cb_cpd_describe_log (G_LIST_MODEL (documents), &context);
  text = cb_form_to_text (form);
  g_assert_nonnull (strstr (text, "CPD (Continuous Professional Development) Log"));
  g_assert_nonnull (strstr (text, "both the formal and informal learning opportunities"));
  g_assert_nonnull (strstr (text, "7.8"));
  g_assert_nonnull (strstr (text, "11.05"));
  /* Oldest year first, oldest entry first. */
  g_assert_true (strstr (text, "Supervision") < strstr (text, "Course, day 1"));

  context.blank = TRUE;
  blank = cb_cpd_describe_log (NULL, &context);
  g_assert_true (cb_form_get_blank (blank));
  {
    gboolean has_table = FALSE;

    for (guint i = 0; i < cb_form_get_n_blocks (blank); i++)
      if (cb_form_get_block (blank, i)->kind == CB_FORM_TABLE && cb_form_get_block (blank, i)->blank_lines > 10)
        has_table = TRUE;
    g_assert_true (has_table);
  }

  csv = cb_csv_build_cpd_log (G_LIST_MODEL (documents));
  g_assert_true (g_str_has_prefix (csv, "Date,Activity,Formal or Informal,Hours,Provider,What Was Learned,Evidence File\r\n"
                                        "2025-11-02,Supervision,Informal,1.25,,,\r\n"));
  g_assert_nonnull (strstr (csv, "2026-01-15,\"Course, day 1\",Formal,7.50,,,\r\n"));
  g_assert_true (g_str_has_suffix (csv, "Total,,,11.05,,,\r\n"));
}

typedef struct
{
  char    *root;
  CbStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *tmp = cb_test_make_root ();

  f->root = g_build_filename (tmp, "coachbook", NULL);
  f->store = cb_store_new (f->root);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *tmp = g_path_get_dirname (f->root);

  cb_store_flush (f->store);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  cb_test_rm_rf (tmp);
  g_free (f->root);
}

static CbPractice *
reopen_practice (Fixture   *f,
                 CbStore  **store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbPractice) practice = NULL;

  cb_store_flush (f->store);
  *store = cb_store_new (f->root);
  cb_store_load_practices (*store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cb_store_get_practices (*store)), ==, 1);
  practice = g_list_model_get_item (cb_store_get_practices (*store), 0);
  cb_store_open_practice (*store, practice, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&practice);
}

static void
test_cpd_store (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbCpdEntry) entry = new_entry ("2026-04-01", "Workshop: OSKAR", CB_CPD_KIND_FORMAL, 3.5);
  g_autoptr(CbStore) again = NULL;
  g_autoptr(CbPractice) loaded = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *broken = NULL;
  CbPractice *practice;
  CbDocument *back;
  struct stat st;
  guint quarantined = 0;

  practice = cb_store_create_practice (f->store, "CPD", &error);
  g_assert_no_error (error);
  cb_practice_set_hours_start_date (practice, "2025-09-01");
  cb_practice_set_log_unnamed (practice, CB_LOG_UNNAMED_LEAVE_OFF);
  cb_test_fill_record (CB_RECORD (entry), "cpd");
  cb_practice_add_document (practice, CB_DOCUMENT (entry));
  g_assert_true (cb_store_flush (f->store));

  dir = cb_store_dup_practice_dir (f->store, practice);
  path = g_strdup_printf ("%s/me/cpd/%s.json", dir, cb_document_get_id (CB_DOCUMENT (entry)));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A broken CPD file beside it is quarantined; the entry still loads. */
  broken = g_strdup_printf ("%s/me/cpd/0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f.json", dir);
  g_assert_true (g_file_set_contents (broken,
                                      "{ \"type\": \"coachbook.cpd-entry\", \"version\": 1, "
                                      "\"id\": \"0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f\", "
                                      "\"created\": \"2026-01-02T03:04:05Z\", \"modified\": \"2026-01-02T03:04:05Z\", "
                                      "\"hours\": -3 }", -1, NULL));

  loaded = reopen_practice (f, &again);
  back = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (entry)));
  g_assert_nonnull (back);
  g_assert_true (CB_IS_CPD_ENTRY (back));
  cb_test_assert_records_equal (CB_RECORD (entry), CB_RECORD (back));
  g_assert_cmpstr (cb_practice_get_hours_start_date (loaded), ==, "2025-09-01");
  g_assert_cmpint (cb_practice_get_log_unnamed (loaded), ==, CB_LOG_UNNAMED_LEAVE_OFF);
  g_assert_null (cb_practice_find_document (loaded, "0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f"));

  for (guint i = 0; i < g_list_model_get_n_items (cb_store_get_problems (again)); i++)
    {
      g_autoptr(CbProblem) problem = g_list_model_get_item (cb_store_get_problems (again), i);

      if (cb_problem_get_kind (problem) == CB_PROBLEM_QUARANTINED)
        {
          quarantined++;
          g_assert_nonnull (strstr (cb_problem_get_message (problem), "hours"));
        }
    }
  g_assert_cmpuint (quarantined, ==, 1);
  g_assert_false (g_file_test (broken, G_FILE_TEST_EXISTS));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ImportResult;

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportResult *r = user_data;

  r->ok = cb_store_import_file_finish (CB_STORE (source), result, &r->error);
  r->done = TRUE;
}

static gboolean
import (CbStore    *store,
        CbDocument *document,
        const char *path,
        GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ImportResult r = { 0, };

  cb_store_import_file_async (store, document, "evidence", file, NULL, on_imported_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

static void
test_cpd_evidence (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbCpdEntry) entry = new_entry ("2026-04-01", "Course", CB_CPD_KIND_FORMAL, 7);
  g_autoptr(CbCpdEntry) unsaved = new_entry ("2026-04-02", "Not in a practice", CB_CPD_KIND_FORMAL, 1);
  g_autofree char *tmp = g_path_get_dirname (f->root);
  g_autofree char *source = g_build_filename (tmp, "Certificate – Zoë (final).pdf", NULL);
  g_autofree char *big = g_build_filename (tmp, "big.pdf", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  CbPractice *practice;
  struct stat st;
  FILE *fp;

  practice = cb_store_create_practice (f->store, "Evidence", &error);
  g_assert_no_error (error);
  cb_practice_add_document (practice, CB_DOCUMENT (entry));
  g_assert_true (cb_store_flush (f->store));

  g_assert_true (g_file_set_contents (source, "%PDF-1.4 certificate", -1, NULL));
  g_assert_true (import (f->store, CB_DOCUMENT (entry), source, &error));
  g_assert_no_error (error);

  /* Kept beside the entry as <id>-<safe name>, private, whole. */
  expected = g_strdup_printf ("%s-Certificate_Zoë_final_.pdf", cb_document_get_id (CB_DOCUMENT (entry)));
  g_assert_cmpstr (cb_cpd_entry_get_evidence (entry), ==, expected);
  dir = cb_store_dup_practice_dir (f->store, practice);
  copy = cb_store_dup_file_path (f->store, CB_DOCUMENT (entry), "evidence");
  g_assert_true (g_str_has_prefix (copy, dir));
  g_assert_nonnull (strstr (copy, "/me/cpd/files/"));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (copy, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.4 certificate");
  g_assert_true (cb_store_flush (f->store));

  /* Over 20 MiB: refused with its size, the entry unchanged. */
  fp = fopen (big, "w");
  g_assert_nonnull (fp);
  g_assert_cmpint (ftruncate (fileno (fp), 30 * 1024 * 1024), ==, 0);
  fclose (fp);
  g_assert_false (import (f->store, CB_DOCUMENT (entry), big, &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED);
  g_assert_cmpstr (error->message, ==, "“big.pdf” is 30.0\u00a0MiB; evidence files can be at most 20 MiB. Make it smaller or keep it elsewhere.");
  g_clear_error (&error);
  g_assert_cmpstr (cb_cpd_entry_get_evidence (entry), ==, expected);

  /* A folder, a missing file, a document not in a practice. */
  g_assert_false (import (f->store, CB_DOCUMENT (entry), tmp, &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_assert_false (import (f->store, CB_DOCUMENT (entry), "/no/such/file.pdf", &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (import (f->store, CB_DOCUMENT (unsaved), source, &error));
  g_assert_error (error, CB_STORE_ERROR, CB_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A field naming anything but a plain name gives no path. */
  cb_cpd_entry_set_evidence (entry, "../../etc/passwd");
  g_assert_null (cb_store_dup_file_path (f->store, CB_DOCUMENT (entry), "evidence"));
  cb_cpd_entry_set_evidence (entry, ".hidden");
  g_assert_null (cb_store_dup_file_path (f->store, CB_DOCUMENT (entry), "evidence"));
}

static void
test_safe_file_name (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "notes.pdf", "notes.pdf" },
    { "../../etc/passwd", "passwd" },
    { ".hidden", "hidden" },
    { "My slides (v2).odp", "My_slides_v2_.odp" },
    { "Zoë’s certificate.png", "Zoë_s_certificate.png" },
    { "", "file" },
    { "///", "file" },
  };
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *safe_long = cb_store_safe_file_name (long_name);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = cb_store_safe_file_name (cases[i].in);
      g_assert_cmpstr (safe, ==, cases[i].out);
    }
  g_assert_cmpuint (strlen (safe_long), <=, CB_STORE_MAX_FILE_NAME);
}

/* The sample: a year of CPD and hours coherent with today, whatever today is. */
static void
test_sample (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Sample");
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CbHours) hours = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2031, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) year_ago = g_date_time_add_days (now, -366);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *from = g_date_time_format (year_ago, "%Y-%m-%d");
  const CbHoursReport *report;
  guint formal = 0, informal = 0;
  GDate day;

  cb_sample_add_meetings (clients, now);
  cb_sample_add_hours (practice, clients, now);
  cb_sample_add_cpd (practice, now);
  for (guint i = 0; i < clients->len; i++)
    cb_practice_add_client (practice, clients->pdata[i]);

  entries = cb_cpd_list_entries (cb_practice_get_documents (practice));
  g_assert_cmpuint (entries->len, >=, 8);
  g_assert_cmpuint (entries->len, <=, 12);
  for (guint i = 0; i < entries->len; i++)
    {
      CbCpdEntry *entry = entries->pdata[i];

      g_assert_cmpstr (cb_cpd_entry_get_date (entry), >=, from);
      g_assert_cmpstr (cb_cpd_entry_get_date (entry), <=, today);
      g_assert_cmpfloat (cb_cpd_entry_get_hours (entry), >, 0);
      if (cb_cpd_entry_get_kind (entry) == CB_CPD_KIND_FORMAL)
        formal++;
      else
        informal++;
    }
  g_assert_cmpuint (formal, >, 0);
  g_assert_cmpuint (informal, >, 0);
  years = cb_cpd_totals (cb_practice_get_documents (practice), NULL);
  g_assert_cmpuint (years->len, >=, 1);

  set_date (&day, today);
  hours = cb_hours_new (practice, &day);
  report = cb_hours_get_report (hours);
  g_assert_cmpstr (cb_practice_get_hours_start_date (practice), <, today);
  g_assert_cmpint (cb_hours_get_paid_minutes (hours), >, 0);
  g_assert_cmpint (cb_hours_get_pro_bono_minutes (hours), >, 0);
  g_assert_cmpint (cb_hours_get_recent_minutes (hours), ==, cb_hours_get_minutes (hours));
  g_assert_cmpuint (cb_hours_get_n_clients (hours), >=, 8);   /* the group of five counts five */
  g_assert_cmpuint (report->n_before_start, ==, 1);
  g_assert_cmpuint (report->n_payment_default, >=, 1);
  g_assert_cmpuint (report->n_unnamed_clients, ==, 1);
  g_assert_cmpuint (report->n_no_date, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hours/credentials", test_credentials);
  g_test_add_func ("/hours/totals", test_totals);
  g_test_add_func ("/hours/recent-window", test_recent_window);
  g_test_add_func ("/hours/clients-in-groups", test_clients_in_groups);
  g_test_add_func ("/hours/live", test_live);
  g_test_add_func ("/hours/csv-escape", test_csv_escape);
  g_test_add_func ("/hours/csv-log", test_csv_hours_log);
  g_test_add_func ("/hours/csv-write", test_csv_write);
  g_test_add_func ("/hours/sample", test_sample);
  g_test_add_func ("/cpd/class", test_cpd_class);
  g_test_add_func ("/cpd/totals-and-log", test_cpd_totals_and_log);
  g_test_add_func ("/cpd/safe-file-name", test_safe_file_name);
  g_test_add ("/cpd/store", Fixture, NULL, fixture_set_up, test_cpd_store, fixture_tear_down);
  g_test_add ("/cpd/evidence", Fixture, NULL, fixture_set_up, test_cpd_evidence, fixture_tear_down);

  return g_test_run ();
}
