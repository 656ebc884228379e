/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints the JSON Schema generated from a document type's field table
 * (`cb-schema-tool schema coachbook.client`), lists the types
 * (`cb-schema-tool types`), or writes the sample practice into a data
 * folder (`cb-schema-tool sample ROOT`) for validation, or writes a practice
 * of meetings into ROOT/coachbook and exports its calendar
 * (`cb-schema-tool ics ROOT`): prints, as JSON, the calendar's path and the
 * events it must hold, for tests/test-ics.py. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "cb-document-types.h"
#include "cb-ics.h"
#include "cb-hours.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-store.h"

#define SECRET_NOTE "PRIVATE-NOTE-SENTINEL never in a calendar"
#define SECRET_CONTENT "SESSION-CONTENT-SENTINEL what was said"

static char *
date_from_today (GDateTime *now,
                 int        days,
                 gboolean   compact)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, compact ? "%Y%m%d" : "%Y-%m-%d");
}

static CbMeeting *
ics_meeting (CbStore    *store,
             CbPractice *practice,
             CbClient   *client,
             GDateTime  *now,
             int         days,
             const char *time,
             const char *venue,
             int         minutes)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autofree char *date = date_from_today (now, days, FALSE);

  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, time);
  cb_meeting_set_venue (meeting, venue);
  cb_meeting_set_length_minutes (meeting, minutes);
  cb_record_set_string (CB_RECORD (meeting), "summary", SECRET_CONTENT ", summary; with “quotes”");
  cb_record_set_string (CB_RECORD (meeting), "topics", SECRET_CONTENT " topics");
  cb_record_set_string (CB_RECORD (meeting), "private_notes", SECRET_NOTE);
  cb_meeting_add_action (meeting, SECRET_CONTENT " action", CB_ACTION_OWNER_CLIENT, date);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;
}

static void
expect_event (JsonBuilder *builder,
              const char  *uid,
              const char  *dtstart,
              const char  *duration,
              const char  *location,
              const char  *summary)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uid");
  json_builder_add_string_value (builder, uid);
  json_builder_set_member_name (builder, "dtstart");
  json_builder_add_string_value (builder, dtstart);
  json_builder_set_member_name (builder, "duration");
  json_builder_add_string_value (builder, duration);
  json_builder_set_member_name (builder, "location");
  if (location != NULL)
    json_builder_add_string_value (builder, location);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, summary);
  json_builder_end_object (builder);
}

/* A practice with: a client whose name has commas, a semicolon and
 * non-ASCII letters, with a meeting tomorrow at 10:30 for 90 minutes at a
 * venue longer than 75 octets, one today at 08:00 with no length and one in
 * the past; a second client with a meeting in 40 days; a third whose last
 * meeting, a week ago, booked the next one in three days with no time. */
static int
write_ics_fixture (const char *root)
{
  g_autofree char *store_root = g_build_filename (root, "coachbook", NULL);
  g_autofree char *path = g_build_filename (root, "calendar.ics", NULL);
  g_autoptr(CbStore) store = cb_store_new (store_root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CbClient) zoe = cb_client_new ();
  g_autoptr(CbClient) sam = cb_client_new ();
  g_autoptr(CbClient) elodie = cb_client_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root_node = NULL;
  g_autofree char *text = NULL;
  const char *long_venue = "Salle Étoile, 3ᵉ étage, Maison des Associations; 12 rue de la République, 69002 Lyon — ring “Coaching”";
  const char *zoe_name = "Zoë Ångström-Łukasiewicz, Jr.; CEO, Ørsted & Co";
  CbPractice *practice;
  CbMeeting *tomorrow, *today, *past, *later;
  char *uid;

  cb_store_load_practices (store, NULL);
  practice = cb_store_create_practice (store, "ICS check", &error);
  if (practice == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  cb_client_set_name (zoe, zoe_name);
  cb_practice_add_client (practice, zoe);
  cb_client_set_name (sam, "Sam Patel");
  cb_practice_add_client (practice, sam);
  cb_client_set_name (elodie, "Élodie Brun");
  cb_practice_add_client (practice, elodie);

  tomorrow = ics_meeting (store, practice, zoe, now, 1, "10:30", long_venue, 90);
  today = ics_meeting (store, practice, zoe, now, 0, "08:00", "Room 1", 0);
  ics_meeting (store, practice, zoe, now, -60, "09:00", "Old room", 60);
  past = ics_meeting (store, practice, elodie, now, -7, "09:00", "Room 2", 45);
  {
    g_autofree char *next = date_from_today (now, 3, FALSE);

    cb_meeting_set_next_date (past, next);
    cb_meeting_set_next_venue (past, "Room \\ back, slash; semi\nline");
  }
  later = ics_meeting (store, practice, sam, now, 40, "17:15", "", 50);

  if (!cb_store_flush (store))
    return 1;

  if (!cb_ics_export (practice, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ics");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "practice");
  json_builder_add_string_value (builder, "ICS check");
  json_builder_set_member_name (builder, "secrets");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "PRIVATE-NOTE-SENTINEL");
  json_builder_add_string_value (builder, "SESSION-CONTENT-SENTINEL");
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  {
    g_autofree char *d1 = date_from_today (now, 1, TRUE);
    g_autofree char *d0 = date_from_today (now, 0, TRUE);
    g_autofree char *d3 = date_from_today (now, 3, TRUE);
    g_autofree char *d40 = date_from_today (now, 40, TRUE);
    g_autofree char *s1 = g_strdup_printf ("%sT103000", d1);
    g_autofree char *s0 = g_strdup_printf ("%sT080000", d0);
    g_autofree char *s40 = g_strdup_printf ("%sT171500", d40);
    g_autofree char *summary = g_strdup_printf ("Coaching: %s", zoe_name);

    uid = g_strdup_printf ("%s@coachbook", cb_document_get_id (CB_DOCUMENT (tomorrow)));
    expect_event (builder, uid, s1, "PT1H30M", long_venue, summary);
    g_free (uid);
    uid = g_strdup_printf ("%s@coachbook", cb_document_get_id (CB_DOCUMENT (today)));
    expect_event (builder, uid, s0, "PT1H", "Room 1", summary);
    g_free (uid);
    uid = g_strdup_printf ("%s-next@coachbook", cb_document_get_id (CB_DOCUMENT (past)));
    expect_event (builder, uid, d3, "P1D", "Room \\ back, slash; semi\nline", "Coaching: Élodie Brun");
    g_free (uid);
    uid = g_strdup_printf ("%s@coachbook", cb_document_get_id (CB_DOCUMENT (later)));
    expect_event (builder, uid, s40, "PT50M", NULL, "Coaching: Sam Patel");
    g_free (uid);
  }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root_node = json_builder_get_root (builder);
  json_generator_set_root (generator, root_node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
  return 0;
}


/* The hours of practice @name in @root as the model counts them, as JSON:
 * totals and the log's lines, for tests of the exported CSV. */
static int
print_hours (const char *root,
             const char *name)
{
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbHours) hours = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root_node = NULL;
  g_autofree char *text = NULL;
  CbPractice *practice;

  if (!cb_store_load_practices (store, &error) ||
      (practice = cb_store_find_practice (store, name)) == NULL ||
      !cb_store_open_practice (store, practice, &error))
    {
      g_printerr ("cannot open %s: %s\n", name, error != NULL ? error->message : "no such practice");
      return 1;
    }

  hours = cb_hours_new (practice, NULL);
  rows = cb_hours_list_log (hours);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "paid_minutes");
  json_builder_add_int_value (builder, cb_hours_get_paid_minutes (hours));
  json_builder_set_member_name (builder, "pro_bono_minutes");
  json_builder_add_int_value (builder, cb_hours_get_pro_bono_minutes (hours));
  json_builder_set_member_name (builder, "clients");
  json_builder_add_int_value (builder, cb_hours_get_n_clients (hours));
  json_builder_set_member_name (builder, "unnamed");
  json_builder_add_string_value (builder, cb_enum_to_nick (CB_TYPE_LOG_UNNAMED, cb_practice_get_log_unnamed (practice)));
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const CbHoursLogRow *row = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, cb_client_get_name (row->client));
      json_builder_set_member_name (builder, "named");
      json_builder_add_boolean_value (builder, row->named);
      json_builder_set_member_name (builder, "group");
      json_builder_add_boolean_value (builder, row->group);
      json_builder_set_member_name (builder, "number_in_group");
      json_builder_add_int_value (builder, row->number_in_group);
      json_builder_set_member_name (builder, "paid_minutes");
      json_builder_add_int_value (builder, row->paid_minutes);
      json_builder_set_member_name (builder, "pro_bono_minutes");
      json_builder_add_int_value (builder, row->pro_bono_minutes);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root_node = json_builder_get_root (builder);
  json_generator_set_root (generator, root_node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 2 && strcmp (argv[1], "types") == 0)
    {
      const GType *types;
      guint n_types;

      types = cb_document_get_all_types (&n_types);
      for (guint i = 0; i < n_types; i++)
        {
          g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
          g_print ("%s\n", CB_DOCUMENT_CLASS (klass)->type_name);
        }
      return 0;
    }

  if (argc == 3 && strcmp (argv[1], "schema") == 0)
    {
      GType type = cb_document_type_from_name (argv[2]);
      g_autofree char *text = NULL;

      if (type == G_TYPE_INVALID)
        {
          g_printerr ("unknown type %s\n", argv[2]);
          return 1;
        }
      text = cb_json_schema_to_string (type);
      g_print ("%s", text);
      return 0;
    }

  if (argc == 3 && strcmp (argv[1], "sample") == 0)
    {
      g_autoptr(CbStore) store = cb_store_new (argv[2]);
      g_autoptr(GError) error = NULL;
      CbPractice *practice;

      cb_store_load_practices (store, NULL);
      practice = cb_store_create_sample_practice (store, "Schema check", &error);
      if (practice == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return cb_store_flush (store) ? 0 : 1;
    }

  if (argc == 3 && strcmp (argv[1], "ics") == 0)
    return write_ics_fixture (argv[2]);

  if (argc == 4 && strcmp (argv[1], "hours") == 0)
    return print_hours (argv[2], argv[3]);

  g_printerr ("usage: cb-schema-tool types | schema TYPE | sample ROOT | ics ROOT | hours ROOT PRACTICE\n");
  return 2;
}
