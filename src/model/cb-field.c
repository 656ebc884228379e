/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-field"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include <gio/gio.h>

#include "cb-field.h"

const char *
cb_field_kind_to_string (CbFieldKind kind)
{
  switch (kind)
    {
    case CB_FIELD_LINE: return "line";
    case CB_FIELD_TEXT: return "text";
    case CB_FIELD_EMAIL: return "email";
    case CB_FIELD_PHONE: return "phone";
    case CB_FIELD_DATE: return "date";
    case CB_FIELD_INTEGER: return "integer";
    case CB_FIELD_BOOLEAN: return "boolean";
    case CB_FIELD_CHOICE: return "choice";
    case CB_FIELD_MULTI_CHOICE: return "multi-choice";
    case CB_FIELD_LIST: return "list";
    case CB_FIELD_RECORD: return "record";
    case CB_FIELD_FILE: return "file";
    case CB_FIELD_TIME: return "time";
    case CB_FIELD_TABLE: return "table";
    case CB_FIELD_DECIMAL: return "decimal";
    default: return "unknown";
    }
}

GType
cb_field_spec_get_value_type (const CbFieldSpec *spec)
{
  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_DATE:
    case CB_FIELD_FILE:
    case CB_FIELD_TIME:
      return G_TYPE_STRING;
    case CB_FIELD_TABLE:
      return G_TYPE_LIST_MODEL;
    case CB_FIELD_INTEGER:
      return G_TYPE_INT64;
    case CB_FIELD_DECIMAL:
      return G_TYPE_DOUBLE;
    case CB_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case CB_FIELD_LIST:
      return G_TYPE_STRV;
    case CB_FIELD_CHOICE:
    case CB_FIELD_MULTI_CHOICE:
    case CB_FIELD_RECORD:
      return spec->type_func ();
    default:
      g_assert_not_reached ();
    }
}

char *
cb_field_spec_property_name (const CbFieldSpec *spec)
{
  return g_strdelimit (g_strdup (spec->name), "_", '-');
}

gboolean
cb_field_value_is_empty (const CbFieldSpec *spec,
                         const GValue      *value)
{
  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_DATE:
    case CB_FIELD_FILE:
    case CB_FIELD_TIME:
      {
        const char *s = g_value_get_string (value);
        return s == NULL || *s == '\0';
      }
    case CB_FIELD_TABLE:
      {
        GListModel *rows = g_value_get_object (value);
        return rows == NULL || g_list_model_get_n_items (rows) == 0;
      }
    case CB_FIELD_INTEGER:
      return g_value_get_int64 (value) == 0;
    case CB_FIELD_DECIMAL:
      return g_value_get_double (value) == 0.0;
    case CB_FIELD_BOOLEAN:
      return !g_value_get_boolean (value);
    case CB_FIELD_CHOICE:
      return FALSE;
    case CB_FIELD_MULTI_CHOICE:
      return g_value_get_flags (value) == 0;
    case CB_FIELD_LIST:
      {
        const char * const *v = g_value_get_boxed (value);
        return v == NULL || v[0] == NULL;
      }
    case CB_FIELD_RECORD:
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

guint
cb_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}

gboolean
cb_date_is_valid_iso (const char *text)
{
  guint y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = (guint) g_ascii_strtoull (text, NULL, 10);
  m = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return y >= 1 && y <= 9999 && g_date_valid_dmy (d, m, y);
}

gboolean
cb_email_looks_valid (const char *text)
{
  const char *at;

  if (text == NULL || *text == '\0')
    return TRUE;

  at = strchr (text, '@');
  return at != NULL && at != text && strchr (at + 1, '.') != NULL &&
         strchr (at + 1, '@') == NULL && strpbrk (text, " \t\n") == NULL &&
         at[strlen (at) - 1] != '.';
}

char *
cb_format_date (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!cb_date_is_valid_iso (iso))
    return NULL;

  dt = g_date_time_new_local ((int) g_ascii_strtoll (iso, NULL, 10),
                              (int) g_ascii_strtoll (iso + 5, NULL, 10),
                              (int) g_ascii_strtoll (iso + 8, NULL, 10),
                              12, 0, 0);
  if (dt == NULL)
    return NULL;

  /* Translators: how a date is shown on forms and in the editor, as a
   * strftime() format; write the month as a word so that no date is
   * ambiguous. */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

char *
cb_text_dup_first_line (const char *text)
{
  const char *end;

  if (text == NULL)
    return NULL;
  while (*text == '\n' || *text == ' ')
    text++;
  if (*text == '\0')
    return NULL;

  end = strchr (text, '\n');
  return end != NULL ? g_strndup (text, end - text) : g_strdup (text);
}

gboolean
cb_decimal_is_valid (double value)
{
  return isfinite (value) && value >= 0.0 && value <= CB_DECIMAL_MAX;
}

double
cb_decimal_round (double value)
{
  if (!isfinite (value))
    return value;

  return round (value * 100.0) / 100.0;
}

char *
cb_format_decimal (double value)
{
  gint64 hundredths;
  int digits;

  if (!isfinite (value))
    return g_strdup ("");

  hundredths = (gint64) llround (value * 100.0);
  digits = hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2;

  /* The C library writes the decimal point and groups thousands as the
   * locale does (LC_NUMERIC, set from the environment at start-up). */
  return g_strdup_printf ("%'.*f", digits, (double) hundredths / 100.0);
}

gboolean
cb_time_is_valid (const char *text)
{
  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  return (text[0] - '0') * 10 + (text[1] - '0') < 24 && (text[3] - '0') < 6;
}

char *
cb_format_time (const char *hhmm)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!cb_time_is_valid (hhmm))
    return NULL;

  dt = g_date_time_new_local (2000, 1, 1, (int) g_ascii_strtoll (hhmm, NULL, 10),
                              (int) g_ascii_strtoll (hhmm + 3, NULL, 10), 0);

  /* Translators: how a time of day is shown, as a strftime() format. */
  return g_date_time_format (dt, _("%H:%M"));
}
