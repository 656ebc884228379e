/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-ics"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-ics.h"
#include "cb-meeting.h"
#include "cb-today.h"

/* RFC 5545. Times are "floating" local times (no zone): a meeting at
 * 10:00 is at 10:00 wherever the calendar is read, as the coach booked it. */

#define ICS_LINE_OCTETS 75
#define DEFAULT_LENGTH_MINUTES 60

char *
cb_ics_escape_text (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          /* Other control characters are not allowed in TEXT. */
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

char *
cb_ics_fold_line (const char *line)
{
  GString *out;
  gsize length;
  gsize start = 0;
  gsize limit = ICS_LINE_OCTETS;

  g_return_val_if_fail (line != NULL, NULL);

  length = strlen (line);
  out = g_string_sized_new (length + length / 64 * 3 + 2);

  while (length - start > limit)
    {
      gsize end = start + limit;

      /* Never between the bytes of one UTF-8 character. */
      while (end > start && ((guchar) line[end] & 0xc0) == 0x80)
        end--;

      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n ");
      start = end;
      limit = ICS_LINE_OCTETS - 1;   /* the leading space counts */
    }

  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}

static void
add_line (GString    *out,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString    *out,
          const char *format,
          ...)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  folded = cb_ics_fold_line (line);
  g_string_append (out, folded);
}

static char *
dup_duration (int minutes)
{
  GString *out = g_string_new ("PT");

  if (minutes <= 0)
    minutes = DEFAULT_LENGTH_MINUTES;

  if (minutes >= 60)
    g_string_append_printf (out, "%dH", minutes / 60);
  if (minutes % 60 != 0)
    g_string_append_printf (out, "%dM", minutes % 60);

  return g_string_free (out, FALSE);
}

static void
add_event (GString     *out,
           CbTodayItem *item,
           const char  *stamp)
{
  CbMeeting *meeting = cb_today_item_get_meeting (item);
  CbClient *client = cb_today_item_get_client (item);
  const GDate *date = cb_today_item_get_date (item);
  const char *time = cb_today_item_get_time (item);
  const char *venue = cb_today_item_get_venue (item);
  g_autofree char *summary = NULL;
  g_autofree char *escaped_summary = NULL;
  g_autofree char *escaped_venue = NULL;
  g_autofree char *name = NULL;
  char day[16];

  g_snprintf (day, sizeof day, "%04u%02u%02u",
              (guint) g_date_get_year (date), (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));

  add_line (out, "BEGIN:VEVENT");
  add_line (out, "UID:%s%s@coachbook", cb_document_get_id (CB_DOCUMENT (meeting)),
            cb_today_item_get_is_booking (item) ? "-next" : "");
  add_line (out, "DTSTAMP:%s", stamp);

  if (cb_time_is_valid (time))
    {
      g_autofree char *duration = dup_duration (cb_meeting_get_length_minutes (meeting));

      /* A floating local time: HHMM from "HH:MM". */
      add_line (out, "DTSTART:%sT%c%c%c%c00", day, time[0], time[1], time[3], time[4]);
      add_line (out, "DURATION:%s", duration);
    }
  else
    {
      add_line (out, "DTSTART;VALUE=DATE:%s", day);
      add_line (out, "DURATION:P1D");
    }

  if (venue != NULL && *venue != '\0')
    {
      escaped_venue = cb_ics_escape_text (venue);
      add_line (out, "LOCATION:%s", escaped_venue);
    }

  name = g_strdup (cb_client_get_name (client));
  /* Translators: the title of a meeting in a calendar; %s is the client's name */
  summary = g_strdup_printf (_("Coaching: %s"), g_strstrip (name));
  escaped_summary = cb_ics_escape_text (summary);
  add_line (out, "SUMMARY:%s", escaped_summary);
  add_line (out, "TRANSP:OPAQUE");
  add_line (out, "END:VEVENT");
}

static int
compare_clients (gconstpointer a,
                 gconstpointer b)
{
  CbClient *ca = *(CbClient * const *) a;
  CbClient *cb = *(CbClient * const *) b;
  int cmp = strcmp (cb_client_get_sort_key (ca), cb_client_get_sort_key (cb));

  return cmp != 0 ? cmp : strcmp (cb_document_get_id (CB_DOCUMENT (ca)), cb_document_get_id (CB_DOCUMENT (cb)));
}

char *
cb_ics_build (CbPractice *practice,
              GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GPtrArray) clients = NULL;
  g_autofree char *stamp = NULL;
  GListModel *model;
  GString *out;
  GDate today;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));

  /* Clients by name, so that two exports of the same book are the same. */
  model = cb_practice_get_clients (practice);
  clients = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (clients, g_list_model_get_item (model, i));
  g_ptr_array_sort (clients, compare_clients);

  out = g_string_new (NULL);
  add_line (out, "BEGIN:VCALENDAR");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//Coachbook//Coachbook 0.1//EN");
  add_line (out, "CALSCALE:GREGORIAN");
  add_line (out, "METHOD:PUBLISH");

  for (guint i = 0; i < clients->len; i++)
    {
      g_autoptr(GPtrArray) items = cb_today_collect_meetings (g_ptr_array_index (clients, i), &today, NULL);

      for (guint j = 0; j < items->len; j++)
        add_event (out, g_ptr_array_index (items, j), stamp);
    }

  add_line (out, "END:VCALENDAR");

  return g_string_free (out, FALSE);
}

gboolean
cb_ics_export (CbPractice  *practice,
               const char  *path,
               GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = cb_ics_build (practice, NULL);
  return cb_ics_write (text, path, error);
}

gboolean
cb_ics_write (const char  *text,
              const char  *path,
              GError     **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   /* Translators: %s is a folder */
                   _("Could not write the calendar: “%s” is a folder. Give the name of a file to write, such as meetings.ics."),
                   display);
      return FALSE;
    }

  /* A temporary file beside it, synced and renamed over it: whole or not at all. */
  if (!g_file_set_contents_full (path, text, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_autofree char *folder = g_path_get_dirname (display);

      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                     /* Translators: the first %s is a file name, the second its folder */
                     _("Could not write the calendar “%s”: there is no folder “%s”."),
                     display, folder);
      else if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
               g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
               g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
        g_set_error (error, local_error->domain, local_error->code,
                     /* Translators: the first %s is a file name, the second its folder */
                     _("Could not write the calendar “%s”: you may not write in the folder “%s”. Choose another folder."),
                     display, folder);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     /* Translators: the first %s is a file name, the second the reason */
                     _("Could not write the calendar “%s”: %s"),
                     display, local_error->message);
      return FALSE;
    }

  return TRUE;
}
