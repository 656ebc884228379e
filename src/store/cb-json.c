/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-enums.h"
#include "cb-document-types.h"
#include "cb-json.h"

G_DEFINE_QUARK (cb-store-error-quark, cb_store_error)

static const char * const envelope_members[] = { "type", "version", "id", "created", "modified", NULL };

static gboolean
is_envelope_member (const char *name)
{
  return g_strv_contains (envelope_members, name);
}

/* UTF-8 validation that runs through ASCII eight bytes at a time; GLib
 * 2.74's g_utf8_validate goes byte by byte and was a third of the cost of
 * loading a practice. */
static gboolean
utf8_valid (const char *data,
            gsize       length)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

  while (p < end)
    {
      if ((gsize) (end - p) >= 8)
        {
          guint64 word;

          memcpy (&word, p, 8);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }

      if (*p < 0x80)
        {
          p++;
          continue;
        }

      /* (gunichar) -1 and -2, the errors, are above U+10FFFF too. */
      if (g_utf8_get_char_validated ((const char *) p, end - p) >= 0x110000)
        return FALSE;
      p += g_utf8_skip[*p];
    }

  return TRUE;
}

gboolean
cb_json_check_bytes (const char  *data,
                     gsize        length,
                     GError     **error)
{
  const char *p = data;
  const char *end = data + length;
  guint depth = 0;

  if (length > CB_JSON_MAX_SIZE)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_TOO_LARGE,
                   _("The file is larger than 16 MiB, more than any Coachbook document can be."));
      return FALSE;
    }

  if (length == 0)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_JSON,
                   _("The file is empty."));
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL || !utf8_valid (data, length))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_UTF8,
                   _("The file is not UTF-8 text."));
      return FALSE;
    }

  /* One pass outside strings: nesting depth, and integer literals longer
   * than json-glib reads exactly. Strings are skipped quickly. */
  while (p < end)
    {
      char c = *p;

      if (c == '"')
        {
          p++;
          while (p < end)
            {
              const char *q = memchr (p, '"', end - p);

              if (q == NULL)
                {
                  p = end;
                  break;
                }
              /* An escaped quote has an odd number of backslashes before it. */
              {
                const char *b = q;
                gsize slashes = 0;

                while (b > p && b[-1] == '\\')
                  {
                    b--;
                    slashes++;
                  }
                p = q + 1;
                if (slashes % 2 == 0)
                  break;
              }
            }
          continue;
        }

      if (c == '{' || c == '[')
        {
          if (++depth > CB_JSON_MAX_DEPTH)
            {
              g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_TOO_DEEP,
                           _("The file is nested more than %d levels deep."), CB_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        {
          if (depth > 0)
            depth--;
        }
      else if (c >= '0' && c <= '9')
        {
          const char *start = p;
          gboolean is_float = FALSE;

          while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-'))
            {
              if (*p == '.' || *p == 'e' || *p == 'E')
                is_float = TRUE;
              p++;
            }
          if (!is_float && p - start > 18)
            {
              g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
                           _("The file holds a number too large to read exactly."));
              return FALSE;
            }
          if (is_float)
            {
              /* json-glib would turn 1e400 into infinity. */
              char literal[64];
              gsize n = MIN ((gsize) (p - start), sizeof literal - 1);

              memcpy (literal, start, n);
              literal[n] = '\0';
              if (!isfinite (g_ascii_strtod (literal, NULL)) || (gsize) (p - start) >= sizeof literal)
                {
                  g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
                               _("The file holds a number too large to read."));
                  return FALSE;
                }
            }
          continue;
        }

      p++;
    }

  return TRUE;
}

/* Serialising */

static gboolean
check_node (JsonNode    *node,
            const char  *where,
            GError     **error)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &child))
          {
            if (!g_utf8_validate (name, -1, NULL) || !check_node (child, name, error))
              {
                if (error != NULL && *error == NULL)
                  g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                               _("A field name is not valid text."));
                return FALSE;
              }
          }
      }
      return TRUE;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!check_node (json_array_get_element (array, i), where, error))
            return FALSE;
      }
      return TRUE;

    case JSON_NODE_VALUE:
      {
        GType t = json_node_get_value_type (node);

        if (t == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node)))
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds a number that is not finite."), where);
            return FALSE;
          }
        if (t == G_TYPE_STRING && !g_utf8_validate (json_node_get_string (node), -1, NULL))
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds text that is not valid UTF-8."), where);
            return FALSE;
          }
      }
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static JsonObject *record_to_object (CbRecord *record, GError **error);

static gboolean
add_field (JsonObject         *object,
           const CbFieldSpec  *spec,
           const GValue       *value,
           GError            **error)
{
  if (spec->kind != CB_FIELD_CHOICE && spec->kind != CB_FIELD_RECORD &&
      spec->kind != CB_FIELD_BOOLEAN && spec->kind != CB_FIELD_INTEGER &&
      spec->kind != CB_FIELD_DECIMAL && cb_field_value_is_empty (spec, value))
    return TRUE;

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

        if (!g_utf8_validate (s, -1, NULL))
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds text that is not valid UTF-8."), _(spec->label));
            return FALSE;
          }
        json_object_set_string_member (object, spec->name, s);
      }
      return TRUE;

    case CB_FIELD_INTEGER:
      json_object_set_int_member (object, spec->name, g_value_get_int64 (value));
      return TRUE;

    case CB_FIELD_DECIMAL:
      {
        double d = g_value_get_double (value);
        char text[G_ASCII_DTOSTR_BUF_SIZE];

        if (!cb_decimal_is_valid (d))
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds a number Coachbook cannot save: it must be from 0 to 1,000,000."),
                         _(spec->label));
            return FALSE;
          }

        /* json-glib 1.6 writes a double with "%.17g" and appends ".0"
         * when that has no point, so whole numbers (and anything printed
         * with an exponent but no point, "1e+22.0") would not be JSON.
         * Whole numbers are written as integers; a value in hundredths
         * from 0.01 to CB_DECIMAL_MAX prints without an exponent, which
         * is checked rather than assumed. */
        if (d == floor (d))
          {
            json_object_set_int_member (object, spec->name, (gint64) d);
            return TRUE;
          }

        g_ascii_formatd (text, sizeof text, "%.17g", d);
        if (strchr (text, '.') == NULL || strpbrk (text, "eE") != NULL)
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds a number Coachbook cannot save: it must be from 0 to 1,000,000."),
                         _(spec->label));
            return FALSE;
          }
        json_object_set_double_member (object, spec->name, d);
      }
      return TRUE;

    case CB_FIELD_BOOLEAN:
      json_object_set_boolean_member (object, spec->name, g_value_get_boolean (value));
      return TRUE;

    case CB_FIELD_CHOICE:
      {
        int v = g_value_get_enum (value);
        const char *nick = cb_enum_to_nick (G_VALUE_TYPE (value), v);

        if (nick == NULL)
          {
            g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                         _("“%s” holds a choice Coachbook does not know."), _(spec->label));
            return FALSE;
          }
        if (!(v == 0 && cb_enum_has_unset (G_VALUE_TYPE (value))))
          json_object_set_string_member (object, spec->name, nick);
      }
      return TRUE;

    case CB_FIELD_MULTI_CHOICE:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
        guint flags = g_value_get_flags (value);
        JsonArray *array = json_array_new ();

        for (guint i = 0; i < klass->n_values; i++)
          if (flags & klass->values[i].value)
            json_array_add_string_element (array, klass->values[i].value_nick);
        json_object_set_array_member (object, spec->name, array);
      }
      return TRUE;

    case CB_FIELD_LIST:
      {
        const char * const *items = g_value_get_boxed (value);
        JsonArray *array = json_array_new ();

        for (guint i = 0; items[i] != NULL; i++)
          {
            if (!g_utf8_validate (items[i], -1, NULL))
              {
                json_array_unref (array);
                g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_VALUE,
                             _("“%s” holds text that is not valid UTF-8."), _(spec->label));
                return FALSE;
              }
            json_array_add_string_element (array, items[i]);
          }
        json_object_set_array_member (object, spec->name, array);
      }
      return TRUE;

    case CB_FIELD_RECORD:   /* written by record_to_object () */
    case CB_FIELD_TABLE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
add_extras (JsonObject  *object,
            CbRecord    *record,
            GError     **error)
{
  JsonObject *extra = cb_record_get_extra (record);
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return TRUE;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (extra, name);

      /* A known name here is a value this version could not read (from a
       * newer version): the raw value wins, so nothing is lost. */
      if (!check_node (node, name, error))
        return FALSE;
      json_object_set_member (object, name, json_node_copy (node));
    }

  return TRUE;
}

static JsonObject *
record_to_object (CbRecord  *record,
                  GError   **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  const CbFieldSpec *fields;
  guint n_fields;

  fields = cb_record_get_fields (record, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (fields[i].kind == CB_FIELD_RECORD)
        {
          JsonObject *child = record_to_object (cb_record_get_record_at (record, i), error);

          if (child == NULL)
            return NULL;
          json_object_set_object_member (object, fields[i].name, child);
          continue;
        }

      if (fields[i].kind == CB_FIELD_TABLE)
        {
          GListModel *rows = cb_record_get_table (record, fields[i].name);
          JsonArray *array;

          if (g_list_model_get_n_items (rows) == 0)
            continue;

          array = json_array_new ();
          for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
            {
              g_autoptr(CbRecord) row = g_list_model_get_item (rows, r);
              JsonObject *child = record_to_object (row, error);

              if (child == NULL)
                {
                  json_array_unref (array);
                  return NULL;
                }
              json_array_add_object_element (array, child);
            }
          json_object_set_array_member (object, fields[i].name, array);
          continue;
        }

      cb_record_get_value (record, i, &value);
      if (!add_field (object, &fields[i], &value, error))
        return NULL;
    }

  if (!add_extras (object, record, error))
    return NULL;

  return g_steal_pointer (&object);
}

static char *
format_datetime (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

char *
cb_json_serialize (CbDocument  *document,
                   gsize       *length,
                   GError     **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  GList *members;

  g_return_val_if_fail (CB_IS_DOCUMENT (document), NULL);

  created = format_datetime (cb_document_get_created (document));
  modified = format_datetime (cb_document_get_modified (document));

  json_object_set_string_member (object, "type", cb_document_get_type_name (document));
  json_object_set_int_member (object, "version", cb_document_get_version (document));
  json_object_set_string_member (object, "id", cb_document_get_id (document));
  json_object_set_string_member (object, "created", created);
  json_object_set_string_member (object, "modified", modified);

  fields = record_to_object (CB_RECORD (document), error);
  if (fields == NULL)
    return NULL;

  /* In the table's order (json_object_iter walks in hash order). */
  members = json_object_get_members (fields);
  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data))
      json_object_set_member (object, l->data, json_node_copy (json_object_get_member (fields, l->data)));
  g_list_free (members);

  root = json_node_init_object (json_node_alloc (), object);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  {
    char *text = json_generator_to_data (generator, length);
    char *with_newline = g_strconcat (text, "\n", NULL);

    g_free (text);
    if (length != NULL)
      *length += 1;
    return with_newline;
  }
}

/* Parsing */

static gboolean fill_record (CbRecord *record, JsonObject *object, gboolean lenient, GError **error);

static gboolean
wrong_field (GError     **error,
             const char  *name,
             const char  *expected)
{
  g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
               _("The field “%s” should be %s."), name, expected);
  return FALSE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Copies a string into the record's pool, where @pool points to the next
 * free byte. */
static void
set_pooled (CbRecord   *record,
            guint       index,
            const char *text,
            char      **pool)
{
  gsize length = strlen (text) + 1;

  g_assert (*pool != NULL);
  memcpy (*pool, text, length);
  cb_record_set_pooled_string (record, index, *pool);
  *pool += length;
}

static gboolean
read_field (CbRecord           *record,
            guint               index,
            const CbFieldSpec  *spec,
            JsonNode           *node,
            gboolean            lenient,
            char              **pool,
            GError            **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (JSON_NODE_HOLDS_NULL (node) && spec->kind != CB_FIELD_RECORD)
    return TRUE;

  g_value_init (&value, cb_field_spec_get_value_type (spec));

  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_FILE:
      if (!node_is_string (node))
        return wrong_field (error, spec->name, _("text"));
      set_pooled (record, index, json_node_get_string (node), pool);
      return TRUE;

    case CB_FIELD_DATE:
      if (!node_is_string (node) ||
          (*json_node_get_string (node) != '\0' && !cb_date_is_valid_iso (json_node_get_string (node))))
        return wrong_field (error, spec->name, _("a date written as YYYY-MM-DD"));
      set_pooled (record, index, json_node_get_string (node), pool);
      return TRUE;

    case CB_FIELD_TIME:
      if (!node_is_string (node) ||
          (*json_node_get_string (node) != '\0' && !cb_time_is_valid (json_node_get_string (node))))
        return wrong_field (error, spec->name, _("a time written as HH:MM"));
      set_pooled (record, index, json_node_get_string (node), pool);
      return TRUE;

    case CB_FIELD_TABLE:
      {
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return wrong_field (error, spec->name, _("a list of rows"));

        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *item = json_array_get_element (array, i);
            g_autoptr(CbRecord) row = NULL;

            if (!JSON_NODE_HOLDS_OBJECT (item))
              return wrong_field (error, spec->name, _("a list of rows"));

            row = g_object_new (spec->type_func (), NULL);
            if (!fill_record (row, json_node_get_object (item), lenient, error))
              return FALSE;
            cb_record_add_row (record, spec->name, row);
          }
      }
      return TRUE;

    case CB_FIELD_INTEGER:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return wrong_field (error, spec->name, _("a whole number"));
      g_value_set_int64 (&value, json_node_get_int (node));
      break;

    case CB_FIELD_DECIMAL:
      {
        GType t = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
        double d;

        /* json-glib reads 1e400 as infinity and a whole number too big for
         * 64 bits as -1: both are refused here, with negatives. */
        if (t == G_TYPE_INT64)
          d = (double) json_node_get_int (node);
        else if (t == G_TYPE_DOUBLE)
          d = json_node_get_double (node);
        else
          return wrong_field (error, spec->name, _("a number such as 1.5"));

        if (!cb_decimal_is_valid (d))
          return wrong_field (error, spec->name, _("a number from 0 to 1,000,000, such as 1.5"));
        g_value_set_double (&value, d);
      }
      break;

    case CB_FIELD_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return wrong_field (error, spec->name, _("true or false"));
      g_value_set_boolean (&value, json_node_get_boolean (node));
      break;

    case CB_FIELD_CHOICE:
      {
        int v;

        if (!node_is_string (node) ||
            !cb_enum_from_nick (G_VALUE_TYPE (&value), json_node_get_string (node), &v))
          return wrong_field (error, spec->name, _("one of the choices Coachbook knows"));
        g_value_set_enum (&value, v);
      }
      break;

    case CB_FIELD_MULTI_CHOICE:
      {
        GFlagsClass *klass = G_FLAGS_CLASS (g_type_class_peek_static (G_VALUE_TYPE (&value)));
        JsonArray *array;
        guint flags = 0;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return wrong_field (error, spec->name, _("a list of choices"));

        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *item = json_array_get_element (array, i);
            GFlagsValue *fv;

            if (!node_is_string (item) ||
                (fv = g_flags_get_value_by_nick (klass, json_node_get_string (item))) == NULL)
              return wrong_field (error, spec->name, _("a list of the choices Coachbook knows"));
            flags |= fv->value;
          }
        g_value_set_flags (&value, flags);
      }
      break;

    case CB_FIELD_LIST:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return wrong_field (error, spec->name, _("a list of text"));

        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *item = json_array_get_element (array, i);

            if (!node_is_string (item))
              return wrong_field (error, spec->name, _("a list of text"));
            g_strv_builder_add (builder, json_node_get_string (item));
          }
        g_value_take_boxed (&value, g_strv_builder_end (builder));
      }
      break;

    case CB_FIELD_RECORD:
      {
        CbRecord *child = cb_record_get_record_at (record, index);

        if (!JSON_NODE_HOLDS_OBJECT (node))
          return wrong_field (error, spec->name, _("an object"));
        return fill_record (child, json_node_get_object (node), lenient, error);
      }

    default:
      g_assert_not_reached ();
    }

  cb_record_set_value (record, index, &value);
  return TRUE;
}

static gboolean
fill_record (CbRecord    *record,
             JsonObject  *object,
             gboolean     lenient,
             GError     **error)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (record);
  gboolean is_document = CB_IS_DOCUMENT (record);
  JsonObject *extra = NULL;
  g_autoptr(GList) members = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gsize pool_size = 0;
  char *pool;

  cb_record_freeze_changes (record);

  /* One block for every string the record keeps. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      int index = cb_record_class_find_field (klass, name);

      if (index >= 0 && node_is_string (node) &&
          !(is_document && is_envelope_member (name)) &&
          klass->fields[index].kind != CB_FIELD_CHOICE)
        pool_size += strlen (json_node_get_string (node)) + 1;
    }
  pool = cb_record_alloc_string_pool (record, pool_size);

  /* In the file's order, so members kept for a later version are written
   * back as they came. */
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      int index;

      name = l->data;
      node = json_object_get_member (object, name);

      if (is_document && is_envelope_member (name))
        continue;

      index = cb_record_class_find_field (klass, name);
      if (index >= 0)
        {
          g_autoptr(GError) local_error = NULL;

          if (read_field (record, index, &klass->fields[index], node, lenient, &pool, &local_error))
            continue;

          if (!lenient)
            {
              cb_record_thaw_changes (record);
              g_propagate_error (error, g_steal_pointer (&local_error));
              if (extra != NULL)
                json_object_unref (extra);
              return FALSE;
            }
        }

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (node));
    }

  cb_record_thaw_changes (record);

  if (extra != NULL)
    cb_record_set_extra (record, extra, (GDestroyNotify) json_object_unref);

  return TRUE;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;
}


CbDocument *
cb_json_parse (GType        document_type,
               const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(CbDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  CbDocumentClass *klass;
  JsonObject *object;
  JsonNode *root;
  JsonNode *node;
  const char *type;
  const char *id;
  gint64 version;
  gboolean newer;

  g_return_val_if_fail (g_type_is_a (document_type, CB_TYPE_DOCUMENT), NULL);

  if (!cb_json_check_bytes (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_JSON,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_JSON,
                   _("The file does not hold a JSON object."));
      return NULL;
    }

  object = json_node_get_object (root);

  node = json_object_get_member (object, "type");
  type = node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;

  /* Any document: the file says which type it is. */
  if (document_type == CB_TYPE_DOCUMENT)
    {
      document_type = cb_document_type_from_name (type);
      if (document_type == G_TYPE_INVALID)
        {
          g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNKNOWN_TYPE,
                       _("The file is of a type Coachbook does not know (“%s”)."),
                       type != NULL ? type : "");
          return NULL;
        }
    }

  klass = g_type_class_ref (document_type);
  g_type_class_unref (klass);
  if (g_strcmp0 (type, klass->type_name) != 0)
    {
      if (type == NULL)
        g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNKNOWN_TYPE,
                     _("The file does not say what kind of document it is (no “type”)."));
      else
        g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNKNOWN_TYPE,
                     _("The file is of type “%s”, where “%s” was expected."), type, klass->type_name);
      return NULL;
    }

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
                   _("The field “version” should be a whole number from 1 up."));
      return NULL;
    }
  version = json_node_get_int (node);
  newer = version > klass->current_version;

  node = json_object_get_member (object, "id");
  id = node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;
  if (!cb_uuid_is_valid (id))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
                   _("The field “id” should be a UUID."));
      return NULL;
    }

  document = g_object_new (document_type, NULL);
  cb_document_set_id (document, id);
  cb_document_set_version (document, version);

  if (!cb_document_set_created_iso (document, string_member (object, "created")) ||
      !cb_document_set_modified_iso (document, string_member (object, "modified")))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_WRONG_FIELD,
                   _("The fields “created” and “modified” should be ISO 8601 times."));
      return NULL;
    }

  if (!fill_record (CB_RECORD (document), object, newer, error))
    return NULL;

  /* Older versions are migrated here as the format evolves; version 1 is
   * the first, so there is nothing to migrate yet. */

  if (newer)
    cb_document_set_read_only (document, TRUE);

  return g_steal_pointer (&document);
}

/* Schemas */

static JsonObject *
schema_for_class (CbRecordClass *klass,
                  gboolean       with_envelope,
                  const char    *type_name);

static JsonObject *
schema_for_field (const CbFieldSpec *spec)
{
  JsonObject *s = json_object_new ();

  json_object_set_string_member (s, "title", spec->label);
  if (spec->help != NULL)
    json_object_set_string_member (s, "description", spec->help);

  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_FILE:
      json_object_set_string_member (s, "type", "string");
      break;
    case CB_FIELD_DATE:
      json_object_set_string_member (s, "type", "string");
      json_object_set_string_member (s, "pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$");
      break;
    case CB_FIELD_TIME:
      json_object_set_string_member (s, "type", "string");
      json_object_set_string_member (s, "pattern", "^(([01][0-9]|2[0-3]):[0-5][0-9])?$");
      break;
    case CB_FIELD_TABLE:
      {
        g_autoptr(GTypeClass) rc = g_type_class_ref (spec->type_func ());

        json_object_set_string_member (s, "type", "array");
        json_object_set_object_member (s, "items", schema_for_class (CB_RECORD_CLASS (rc), FALSE, NULL));
      }
      break;
    case CB_FIELD_INTEGER:
      json_object_set_string_member (s, "type", "integer");
      break;
    case CB_FIELD_DECIMAL:
      json_object_set_string_member (s, "type", "number");
      json_object_set_int_member (s, "minimum", 0);
      json_object_set_int_member (s, "maximum", (gint64) CB_DECIMAL_MAX);
      break;
    case CB_FIELD_BOOLEAN:
      json_object_set_string_member (s, "type", "boolean");
      break;
    case CB_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) ec = g_type_class_ref (spec->type_func ());
        JsonArray *values = json_array_new ();

        for (guint i = 0; i < ec->n_values; i++)
          json_array_add_string_element (values, ec->values[i].value_nick);
        json_object_set_string_member (s, "type", "string");
        json_object_set_array_member (s, "enum", values);
      }
      break;
    case CB_FIELD_MULTI_CHOICE:
      {
        g_autoptr(GFlagsClass) fc = g_type_class_ref (spec->type_func ());
        JsonArray *values = json_array_new ();
        JsonObject *items = json_object_new ();

        for (guint i = 0; i < fc->n_values; i++)
          json_array_add_string_element (values, fc->values[i].value_nick);
        json_object_set_string_member (items, "type", "string");
        json_object_set_array_member (items, "enum", values);
        json_object_set_string_member (s, "type", "array");
        json_object_set_object_member (s, "items", items);
        json_object_set_boolean_member (s, "uniqueItems", TRUE);
      }
      break;
    case CB_FIELD_LIST:
      {
        JsonObject *items = json_object_new ();

        json_object_set_string_member (items, "type", "string");
        json_object_set_string_member (s, "type", "array");
        json_object_set_object_member (s, "items", items);
      }
      break;
    case CB_FIELD_RECORD:
      {
        g_autoptr(GTypeClass) rc = g_type_class_ref (spec->type_func ());
        JsonObject *nested = schema_for_class (CB_RECORD_CLASS (rc), FALSE, NULL);
        JsonObjectIter iter;
        const char *name;
        JsonNode *node;

        json_object_iter_init (&iter, nested);
        while (json_object_iter_next (&iter, &name, &node))
          json_object_set_member (s, name, json_node_copy (node));
        json_object_unref (nested);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  return s;
}

static JsonObject *
schema_for_class (CbRecordClass *klass,
                  gboolean       with_envelope,
                  const char    *type_name)
{
  JsonObject *schema = json_object_new ();
  JsonObject *props = json_object_new ();
  JsonArray *required = json_array_new ();

  json_object_set_string_member (schema, "type", "object");

  if (with_envelope)
    {
      JsonObject *p;

      p = json_object_new ();
      json_object_set_string_member (p, "const", type_name);
      json_object_set_object_member (props, "type", p);

      p = json_object_new ();
      json_object_set_string_member (p, "type", "integer");
      json_object_set_int_member (p, "minimum", 1);
      json_object_set_object_member (props, "version", p);

      p = json_object_new ();
      json_object_set_string_member (p, "type", "string");
      json_object_set_string_member (p, "pattern",
                                     "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
      json_object_set_object_member (props, "id", p);

      for (guint i = 0; i < 2; i++)
        {
          p = json_object_new ();
          json_object_set_string_member (p, "type", "string");
          json_object_set_string_member (p, "pattern",
                                         "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$");
          json_object_set_object_member (props, i == 0 ? "created" : "modified", p);
        }

      for (guint i = 0; envelope_members[i] != NULL; i++)
        json_array_add_string_element (required, envelope_members[i]);
    }

  for (guint i = 0; i < klass->n_fields; i++)
    json_object_set_object_member (props, klass->fields[i].name, schema_for_field (&klass->fields[i]));

  json_object_set_object_member (schema, "properties", props);
  json_object_set_array_member (schema, "required", required);
  json_object_set_boolean_member (schema, "additionalProperties", TRUE);

  return schema;
}

JsonNode *
cb_json_schema_for_type (GType document_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (document_type);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  JsonObject *body = schema_for_class (CB_RECORD_CLASS (klass), TRUE, document_class->type_name);
  JsonObject *schema = json_object_new ();
  g_autofree char *schema_id = g_strdup_printf ("https://coachbook.github.io/schemas/%s.schema.json",
                                                document_class->type_name);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_set_string_member (schema, "$schema", "https://json-schema.org/draft/2020-12/schema");
  json_object_set_string_member (schema, "$id", schema_id);
  json_object_set_string_member (schema, "title", document_class->type_name);

  json_object_iter_init (&iter, body);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (schema, name, json_node_copy (node));
  json_object_unref (body);

  return json_node_init_object (json_node_alloc (), schema);
}

char *
cb_json_schema_to_string (GType document_type)
{
  g_autoptr(JsonNode) root = cb_json_schema_for_type (document_type);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}
