/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-document.h"
#include "cb-editor-util.h"
#include "cb-field-row.h"
#include "cb-record-editor.h"

struct _CbRecordEditor
{
  AdwPreferencesPage  parent_instance;

  CbRecord           *record;
  GPtrArray          *generated;  /* AdwPreferencesGroup we added, unowned */
  GHashTable         *rows;       /* field name → row, unowned */
  GHashTable         *groups;     /* group id → AdwPreferencesGroup, unowned */
  GStrv               only_fields; /* fields to show, or NULL for all */
  gulong              variant_id;  /* notify:: of the record's variant field */
};

G_DEFINE_FINAL_TYPE (CbRecordEditor, cb_record_editor, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_sensitivity (CbRecordEditor *self)
{
  gboolean editable = self->record != NULL && cb_record_get_editable (self->record);

  for (guint i = 0; i < self->generated->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->generated, i), editable);
}

static void
on_read_only_notify_cb (CbRecordEditor *self)
{
  update_sensitivity (self);
}

static gboolean
field_is_shown (CbRecordEditor    *self,
                const CbFieldSpec *spec)
{
  return self->only_fields == NULL || g_strv_contains ((const char * const *) self->only_fields, spec->name);
}

/* The index of the CHOICE field that selects which groups apply (an
 * agreement's kind), or -1. Its value is fixed by the page showing the
 * record, so the editor leaves it out. */
static int
get_variant_index (CbRecord *record)
{
  return cb_record_class_get_variant_field (CB_RECORD_GET_CLASS (record));
}

static AdwPreferencesGroup *
add_group (CbRecordEditor *self,
           const char     *title,
           const char     *description)
{
  /* Group titles and descriptions are markup ("Brainard, Harkus & George"):
   * cb_editor_add_group() escapes them. */
  AdwPreferencesGroup *group = cb_editor_add_group (ADW_PREFERENCES_PAGE (self), title, description);

  g_ptr_array_add (self->generated, group);

  return group;
}

static void
add_fields (CbRecordEditor      *self,
            CbRecord            *record,
            const char          *prefix,
            AdwPreferencesGroup *only_group)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (record);
  const CbFieldGroup *groups;
  const CbFieldSpec *fields;
  guint n_groups = 0, n_fields = 0;

  groups = cb_record_class_get_groups (klass, &n_groups);
  fields = cb_record_class_get_fields (klass, &n_fields);

  /* A nested record, or a record without groups: all fields in one group. */
  if (only_group != NULL || n_groups == 0)
    {
      AdwPreferencesGroup *group = only_group ? only_group : add_group (self, NULL, NULL);

      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *key = prefix ? g_strconcat (prefix, ".", fields[i].name, NULL)
                                        : g_strdup (fields[i].name);
          GtkWidget *row;

          if (prefix == NULL && (!field_is_shown (self, &fields[i]) || (int) i == get_variant_index (record)))
            continue;

          /* Tables (a meeting's actions) have custom views of their own. */
          if (fields[i].kind == CB_FIELD_TABLE)
            continue;

          row = cb_field_row_new (record, i);
          if (row == NULL)
            {
              CbRecord *child = cb_record_get_record (record, fields[i].name);
              AdwPreferencesGroup *sub = add_group (self, _(fields[i].label),
                                                    fields[i].help ? _(fields[i].help) : NULL);
              add_fields (self, child, key, sub);
              continue;
            }

          adw_preferences_group_add (group, row);
          g_hash_table_insert (self->rows, g_steal_pointer (&key), row);
        }
      return;
    }

  for (guint g = 0; g < n_groups; g++)
    {
      AdwPreferencesGroup *group = NULL;
      g_autoptr(GPtrArray) nested = g_ptr_array_new ();

      /* Groups for another kind of document than this one (the clauses
       * of another kind of agreement) are left out. */
      if (!cb_record_group_applies (record, &groups[g]))
        continue;

      for (guint i = 0; i < n_fields; i++)
        {
          GtkWidget *row;

          if (g_strcmp0 (fields[i].group, groups[g].id) != 0)
            continue;

          if ((int) i == get_variant_index (record) || (prefix == NULL && !field_is_shown (self, &fields[i])))
            continue;

          if (fields[i].kind == CB_FIELD_RECORD)
            {
              g_ptr_array_add (nested, GUINT_TO_POINTER (i));
              continue;
            }

          /* The coach's photo and other files, and tables of rows (a
           * meeting's actions), have their own place in a custom view; the
           * generic editor leaves them out. */
          if (fields[i].kind == CB_FIELD_FILE || fields[i].kind == CB_FIELD_TABLE)
            continue;

          if (group == NULL)
            {
              group = add_group (self, _(groups[g].title),
                                 groups[g].description ? _(groups[g].description) : NULL);
              g_hash_table_insert (self->groups, g_strdup (groups[g].id), group);
            }

          row = cb_field_row_new (record, i);
          adw_preferences_group_add (group, row);
          g_hash_table_insert (self->rows,
                               prefix ? g_strconcat (prefix, ".", fields[i].name, NULL)
                                      : g_strdup (fields[i].name),
                               row);
        }

      for (guint n = 0; n < nested->len; n++)
        {
          guint i = GPOINTER_TO_UINT (g_ptr_array_index (nested, n));
          CbRecord *child = cb_record_get_record (record, fields[i].name);
          g_autofree char *key = prefix ? g_strconcat (prefix, ".", fields[i].name, NULL)
                                        : g_strdup (fields[i].name);
          AdwPreferencesGroup *sub = add_group (self, _(fields[i].label),
                                                fields[i].help ? _(fields[i].help) : NULL);

          add_fields (self, child, key, sub);
        }
    }
}

static void
clear_generated (CbRecordEditor *self)
{
  for (guint i = 0; i < self->generated->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self),
                                 g_ptr_array_index (self->generated, i));

  g_ptr_array_set_size (self->generated, 0);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->groups);
}

static void
rebuild (CbRecordEditor *self)
{
  clear_generated (self);
  if (self->record != NULL)
    {
      add_fields (self, self->record, NULL, NULL);
      update_sensitivity (self);
    }
}

static void
on_variant_notify_cb (CbRecordEditor *self)
{
  /* Another kind: other groups apply. */
  rebuild (self);
}

static void
disconnect_record (CbRecordEditor *self)
{
  if (self->record == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->record, on_read_only_notify_cb, self);
  g_clear_signal_handler (&self->variant_id, self->record);
}

static void
cb_record_editor_dispose (GObject *object)
{
  CbRecordEditor *self = CB_RECORD_EDITOR (object);

  disconnect_record (self);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (cb_record_editor_parent_class)->dispose (object);
}

static void
cb_record_editor_finalize (GObject *object)
{
  CbRecordEditor *self = CB_RECORD_EDITOR (object);

  g_clear_pointer (&self->generated, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->only_fields, g_strfreev);

  G_OBJECT_CLASS (cb_record_editor_parent_class)->finalize (object);
}

static void
cb_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CbRecordEditor *self = CB_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_record_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CbRecordEditor *self = CB_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      cb_record_editor_set_record (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_record_editor_class_init (CbRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_record_editor_dispose;
  object_class->finalize = cb_record_editor_finalize;
  object_class->get_property = cb_record_editor_get_property;
  object_class->set_property = cb_record_editor_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         CB_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_record_editor_init (CbRecordEditor *self)
{
  self->generated = g_ptr_array_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
cb_record_editor_new (void)
{
  return g_object_new (CB_TYPE_RECORD_EDITOR, NULL);
}

CbRecord *
cb_record_editor_get_record (CbRecordEditor *self)
{
  g_return_val_if_fail (CB_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

void
cb_record_editor_set_record (CbRecordEditor *self,
                             CbRecord       *record)
{
  g_return_if_fail (CB_IS_RECORD_EDITOR (self));
  g_return_if_fail (record == NULL || CB_IS_RECORD (record));

  if (self->record == record)
    return;

  disconnect_record (self);

  clear_generated (self);
  g_set_object (&self->record, record);

  if (record != NULL)
    {
      int variant = get_variant_index (record);

      add_fields (self, record, NULL, NULL);
      if (CB_IS_DOCUMENT (record))
        g_signal_connect_swapped (record, "notify::read-only",
                                  G_CALLBACK (on_read_only_notify_cb), self);
      if (variant >= 0)
        {
          GParamSpec *pspec = cb_record_get_field_pspec (record, variant);
          g_autofree char *detailed = g_strconcat ("notify::", pspec->name, NULL);

          self->variant_id = g_signal_connect_swapped (record, detailed,
                                                       G_CALLBACK (on_variant_notify_cb), self);
        }
      update_sensitivity (self);
    }

  cb_record_editor_scroll_to_top (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

GtkWidget *
cb_record_editor_get_row (CbRecordEditor *self,
                          const char     *field_name)
{
  g_return_val_if_fail (CB_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (field_name != NULL, NULL);

  return g_hash_table_lookup (self->rows, field_name);
}

GtkWidget *
cb_record_editor_get_editor (CbRecordEditor *self,
                             const char     *field_name)
{
  GtkWidget *row = cb_record_editor_get_row (self, field_name);

  return row != NULL ? cb_field_row_get_editor (row) : NULL;
}

AdwPreferencesGroup *
cb_record_editor_get_group (CbRecordEditor *self,
                            const char     *group_id)
{
  g_return_val_if_fail (CB_IS_RECORD_EDITOR (self), NULL);

  return g_hash_table_lookup (self->groups, group_id);
}

void
cb_record_editor_scroll_to_top (CbRecordEditor *self)
{
  /* libadwaita 1.2 has no adw_preferences_page_scroll_to_top(); its
   * scrolled window is the page's only child. */
  g_return_if_fail (CB_IS_RECORD_EDITOR (self));

  cb_editor_scroll_to (ADW_PREFERENCES_PAGE (self), NULL);
}

void
cb_record_editor_set_only_fields (CbRecordEditor     *self,
                                  const char * const *names)
{
  g_return_if_fail (CB_IS_RECORD_EDITOR (self));

  g_clear_pointer (&self->only_fields, g_strfreev);
  self->only_fields = g_strdupv ((char **) names);
  rebuild (self);
}
