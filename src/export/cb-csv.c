/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-cpd-entry.h"
#include "cb-csv.h"

char *
cb_csv_escape_field (const char *field)
{
  GString *out;
  gsize length;

  if (field == NULL)
    return g_strdup ("");

  length = strlen (field);
  if (strpbrk (field, ",\"\r\n") == NULL &&
      (length == 0 || (field[0] != ' ' && field[0] != '\t' &&
                       field[length - 1] != ' ' && field[length - 1] != '\t')))
    return g_strdup (field);

  out = g_string_sized_new (length + 2);
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

void
cb_csv_append_record (GString            *csv,
                      const char * const *fields)
{
  g_return_if_fail (csv != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *escaped = cb_csv_escape_field (fields[i]);

      if (i > 0)
        g_string_append_c (csv, ',');
      g_string_append (csv, escaped);
    }
  g_string_append (csv, "\r\n");
}

/* Hours as a spreadsheet reads them in any language: "12.50". */
static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", hours));
}

static char *
format_iso (const GDate *date)
{
  char buffer[16];

  if (!g_date_valid (date))
    return g_strdup ("");
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  return g_strdup (buffer);
}

static char *
contact_of (CbClient *client)
{
  const char *email = cb_client_get_email (client);
  const char *telephone = cb_record_get_string (CB_RECORD (client), "telephone");

  if (*email != '\0' && *telephone != '\0')
    return g_strdup_printf ("%s, %s", email, telephone);
  return g_strdup (*email != '\0' ? email : telephone);
}

char *
cb_csv_build_hours_log (CbHours      *hours,
                        CbLogUnnamed  unnamed)
{
  g_autoptr(GPtrArray) rows = NULL;
  GString *csv = g_string_new (NULL);
  gint64 paid = 0, pro_bono = 0;
  GDate first, last;
  guint anonymous = 0;
  const char *header[] = {
    /* Translators: the columns of the ICF's coaching log, as the ICF
     * names them; use the names of the ICF's log in your language. */
    C_("ICF log", "Client Name"), C_("ICF log", "Contact Information"),
    C_("ICF log", "Individual/Group"), C_("ICF log", "Number in Group"),
    C_("ICF log", "Start Date"), C_("ICF log", "End Date"),
    C_("ICF log", "Paid Hours"), C_("ICF log", "Pro-bono Hours"),
    NULL
  };

  g_return_val_if_fail (CB_IS_HOURS (hours), NULL);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);

  cb_csv_append_record (csv, header);

  rows = cb_hours_list_log (hours);
  for (guint i = 0; i < rows->len; i++)
    {
      const CbHoursLogRow *row = g_ptr_array_index (rows, i);
      g_autofree char *name = NULL;
      g_autofree char *contact = NULL;
      g_autofree char *number = NULL;
      g_autofree char *start = format_iso (&row->start);
      g_autofree char *end = format_iso (&row->end);
      g_autofree char *paid_text = format_hours (cb_hours_from_minutes (row->paid_minutes));
      g_autofree char *pro_bono_text = format_hours (cb_hours_from_minutes (row->pro_bono_minutes));
      const char *fields[9];

      if (!row->named)
        {
          if (unnamed == CB_LOG_UNNAMED_LEAVE_OFF)
            continue;
          /* Translators: a client who is not named in the coaching log */
          name = g_strdup_printf (_("Client %u"), ++anonymous);
          contact = g_strdup ("");
        }
      else
        {
          name = cb_client_dup_display_name (row->client);
          contact = contact_of (row->client);
        }

      number = row->group && row->number_in_group > 0 ? g_strdup_printf ("%u", row->number_in_group)
                                                      : g_strdup ("");

      fields[0] = name;
      fields[1] = contact;
      fields[2] = row->group ? C_("ICF log", "Group") : C_("ICF log", "Individual");
      fields[3] = number;
      fields[4] = start;
      fields[5] = end;
      fields[6] = paid_text;
      fields[7] = pro_bono_text;
      fields[8] = NULL;
      cb_csv_append_record (csv, fields);

      paid += row->paid_minutes;
      pro_bono += row->pro_bono_minutes;
      if (!g_date_valid (&first) || g_date_compare (&row->start, &first) < 0)
        first = row->start;
      if (!g_date_valid (&last) || g_date_compare (&row->end, &last) > 0)
        last = row->end;
    }

  {
    g_autofree char *start = format_iso (&first);
    g_autofree char *end = format_iso (&last);
    g_autofree char *paid_text = format_hours (cb_hours_from_minutes (paid));
    g_autofree char *pro_bono_text = format_hours (cb_hours_from_minutes (pro_bono));
    const char *fields[] = {
      C_("ICF log", "Total"), "", "", "", start, end, paid_text, pro_bono_text, NULL
    };

    cb_csv_append_record (csv, fields);
  }

  return g_string_free (csv, FALSE);
}

char *
cb_csv_build_cpd_log (GListModel *documents)
{
  g_autoptr(GPtrArray) entries = cb_cpd_list_entries (documents);
  GString *csv = g_string_new (NULL);
  gint64 hundredths = 0;
  const char *header[] = {
    _("Date"), _("Activity"), _("Formal or Informal"), _("Hours"), _("Provider"),
    _("What Was Learned"), _("Evidence File"), NULL
  };

  cb_csv_append_record (csv, header);

  for (guint i = 0; i < entries->len; i++)
    {
      CbCpdEntry *entry = g_ptr_array_index (entries, i);
      double hours = cb_cpd_entry_get_hours (entry);
      g_autofree char *hours_text = format_hours (hours);
      const char *fields[] = {
        cb_cpd_entry_get_date (entry),
        cb_cpd_entry_get_activity (entry),
        cb_enum_get_label (CB_TYPE_CPD_KIND, cb_cpd_entry_get_kind (entry)),
        hours_text,
        cb_cpd_entry_get_provider (entry),
        cb_cpd_entry_get_learned (entry),
        cb_cpd_entry_get_evidence (entry),
        NULL
      };

      cb_csv_append_record (csv, fields);
      hundredths += llround (hours * 100.0);
    }

  {
    g_autofree char *total = format_hours ((double) hundredths / 100.0);
    const char *fields[] = { _("Total"), "", "", total, "", "", "", NULL };

    cb_csv_append_record (csv, fields);
  }

  return g_string_free (csv, FALSE);
}

gboolean
cb_csv_write (const char  *text,
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
                   _("Could not write the spreadsheet: “%s” is a folder. Give the name of a file to write, such as hours.csv."),
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
                     _("Could not write the spreadsheet “%s”: there is no folder “%s”."),
                     display, folder);
      else if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
               g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
               g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
        g_set_error (error, local_error->domain, local_error->code,
                     /* Translators: the first %s is a file name, the second its folder */
                     _("Could not write the spreadsheet “%s”: you may not write in the folder “%s”. Choose another folder."),
                     display, folder);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     /* Translators: the first %s is a file name, the second the reason */
                     _("Could not write the spreadsheet “%s”: %s"),
                     display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
cb_csv_export_hours (CbPractice  *practice,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(CbHours) hours = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  hours = cb_hours_new (practice, NULL);
  text = cb_csv_build_hours_log (hours, cb_practice_get_log_unnamed (practice));
  return cb_csv_write (text, path, error);
}
