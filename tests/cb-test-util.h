/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "cb-client.h"
#include "cb-record.h"

G_BEGIN_DECLS

/* A fresh, empty data folder for one test; removed by cb_test_rm_rf. */
static inline char *
cb_test_make_root (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("coachbook-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
cb_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            cb_test_rm_rf (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

/* Sets every field of a record to a distinct, non-default value, so that a
 * round trip that drops or confuses any field is caught. */
static inline void
cb_test_fill_record (CbRecord   *record,
                     const char *salt)
{
  const CbFieldSpec *fields;
  guint n_fields;

  fields = cb_record_get_fields (record, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const CbFieldSpec *spec = &fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, cb_field_spec_get_value_type (spec));

      switch (spec->kind)
        {
        case CB_FIELD_LINE:
        case CB_FIELD_PHONE:
        case CB_FIELD_FILE:
          g_value_take_string (&value, g_strdup_printf ("%s %s “ünïcødé” ✓", spec->name, salt));
          break;
        case CB_FIELD_EMAIL:
          g_value_take_string (&value, g_strdup_printf ("%s.%s@example.org", spec->name, salt));
          break;
        case CB_FIELD_TEXT:
          g_value_take_string (&value, g_strdup_printf ("%s %s\nsecond line, with \"quotes\" and \\ and\ttab", spec->name, salt));
          break;
        case CB_FIELD_DATE:
          g_value_set_string (&value, "2026-02-28");
          break;
        case CB_FIELD_TIME:
          g_value_set_string (&value, "09:30");
          break;
        case CB_FIELD_TABLE:
          for (guint r = 0; r < 2; r++)
            {
              g_autofree char *row_salt = g_strdup_printf ("%s-row%u", salt, r);
              cb_test_fill_record (cb_record_append_row (record, spec->name), row_salt);
            }
          continue;
        case CB_FIELD_INTEGER:
          g_value_set_int64 (&value, 42 + i);
          break;
        case CB_FIELD_DECIMAL:
          g_value_set_double (&value, 12.75 + i);
          break;
        case CB_FIELD_BOOLEAN:
          g_value_set_boolean (&value, TRUE);
          break;
        case CB_FIELD_CHOICE:
          {
            g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (&value));
            g_value_set_enum (&value, klass->values[klass->n_values - 1].value);
          }
          break;
        case CB_FIELD_MULTI_CHOICE:
          {
            g_autoptr(GFlagsClass) klass = g_type_class_ref (G_VALUE_TYPE (&value));
            g_value_set_flags (&value, klass->values[0].value | klass->values[klass->n_values - 1].value);
          }
          break;
        case CB_FIELD_LIST:
          {
            const char *items[] = { "first", salt, "third ✓", NULL };
            g_value_set_boxed (&value, items);
          }
          break;
        case CB_FIELD_RECORD:
          cb_test_fill_record (cb_record_get_record_at (record, i), salt);
          continue;
        default:
          g_assert_not_reached ();
        }

      cb_record_set_value (record, i, &value);
    }
}

/* Asserts that two records hold the same value in every field. */
static inline void
cb_test_assert_records_equal (CbRecord *a,
                              CbRecord *b)
{
  const CbFieldSpec *fields;
  guint n_fields;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  fields = cb_record_get_fields (a, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (fields[i].kind == CB_FIELD_RECORD)
        {
          cb_test_assert_records_equal (cb_record_get_record_at (a, i), cb_record_get_record_at (b, i));
          continue;
        }

      if (fields[i].kind == CB_FIELD_TABLE)
        {
          GListModel *ra = cb_record_get_table (a, fields[i].name);
          GListModel *rb = cb_record_get_table (b, fields[i].name);

          g_assert_cmpuint (g_list_model_get_n_items (ra), ==, g_list_model_get_n_items (rb));
          for (guint r = 0; r < g_list_model_get_n_items (ra); r++)
            {
              g_autoptr(CbRecord) x = g_list_model_get_item (ra, r);
              g_autoptr(CbRecord) y = g_list_model_get_item (rb, r);
              cb_test_assert_records_equal (x, y);
            }
          continue;
        }

      cb_record_get_value (a, i, &va);
      cb_record_get_value (b, i, &vb);
      {
        g_autofree char *sa = g_strdup_value_contents (&va);
        g_autofree char *sb = g_strdup_value_contents (&vb);

        if (g_strcmp0 (sa, sb) != 0)
          g_error ("field %s differs: %s vs %s", fields[i].name, sa, sb);
      }
    }
}

G_END_DECLS
