/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-field.h"
#include "cb-form.h"
#include "cb-types.h"

G_BEGIN_DECLS

#define CB_TYPE_RECORD (cb_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CbRecord, cb_record, CB, RECORD, GObject)

/* A record is an object whose fields are declared once, in a table.
 * Each field becomes a GObject property (kebab-case of the JSON name);
 * values live in the record; the store, the editors and the printed form
 * walk the same table. Members of the JSON object that the program does not
 * know are kept, opaque to the model, and written back unchanged. */
struct _CbRecordClass
{
  GObjectClass parent_class;

  /* Class handler of ::changed; subclasses chain up. */
  void (*changed)       (CbRecord   *self);
  /* Called after a field was edited, with the field's property. */
  void (*field_changed) (CbRecord   *self,
                         GParamSpec *pspec);

  /*< private >*/
  const CbFieldSpec  *fields;
  guint               n_fields;
  const CbFieldGroup *groups;
  guint               n_groups;
  GParamSpec        **field_pspecs;
  GHashTable         *field_index;   /* JSON name → index + 1 */
  int                 variant_index;  /* CHOICE field that selects groups, or -1 */

  gpointer padding[8];
};

void                cb_record_class_install_fields (CbRecordClass      *klass,
                                                    const CbFieldSpec  *fields,
                                                    guint               n_fields,
                                                    const CbFieldGroup *groups,
                                                    guint               n_groups);

/* Names the CHOICE field whose value selects which groups apply (a
 * document with several kinds, such as agreements). */
void                cb_record_class_set_variant_field (CbRecordClass   *klass,
                                                       const char      *field_name);

/* The index of the variant field, or -1. */
int                 cb_record_class_get_variant_field (CbRecordClass   *klass);

const CbFieldSpec  *cb_record_class_get_fields     (CbRecordClass      *klass,
                                                    guint              *n_fields);
const CbFieldGroup *cb_record_class_get_groups     (CbRecordClass      *klass,
                                                    guint              *n_groups);
int                 cb_record_class_find_field     (CbRecordClass      *klass,
                                                    const char         *name);

const CbFieldSpec  *cb_record_get_fields           (CbRecord           *self,
                                                    guint              *n_fields);
const CbFieldSpec  *cb_record_get_field            (CbRecord           *self,
                                                    guint               index);
GParamSpec         *cb_record_get_field_pspec      (CbRecord           *self,
                                                    guint               index);
/* Initialises @value (zero-filled) with the field's value. */
void                cb_record_get_value            (CbRecord           *self,
                                                    guint               index,
                                                    GValue             *value);
/* Access by index, the field being of the kind named: reads are borrowed,
 * without copying ("" for an empty string); writes go through
 * cb_record_set_value(), and an unchanged string is not written. */
const char         *cb_record_get_string_at        (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_string_at        (CbRecord           *self,
                                                    guint               index,
                                                    const char         *value);
int                 cb_record_get_enum_at          (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_enum_at          (CbRecord           *self,
                                                    guint               index,
                                                    int                 value);
guint               cb_record_get_flags_at         (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_flags_at         (CbRecord           *self,
                                                    guint               index,
                                                    guint               value);
gboolean            cb_record_get_boolean_at       (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_boolean_at       (CbRecord           *self,
                                                    guint               index,
                                                    gboolean            value);
gint64              cb_record_get_integer_at       (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_integer_at       (CbRecord           *self,
                                                    guint               index,
                                                    gint64              value);
/* A DECIMAL field: set rounds to hundredths and refuses (critical) a value
 * cb_decimal_is_valid() refuses. */
double              cb_record_get_decimal_at       (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_decimal_at       (CbRecord           *self,
                                                    guint               index,
                                                    double              value);
/* A copy of a list field: an empty vector (never NULL) when it is empty. */
GStrv               cb_record_dup_strv_at          (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_strv_at          (CbRecord           *self,
                                                    guint               index,
                                                    const char * const *value);
CbRecord           *cb_record_get_record_at        (CbRecord           *self,
                                                    guint               index);
void                cb_record_set_value            (CbRecord           *self,
                                                    guint               index,
                                                    const GValue       *value);

/* While a record is read (changes frozen): one block for all its strings,
 * owned by the record, and string fields pointing into it. */
char               *cb_record_alloc_string_pool    (CbRecord           *self,
                                                    gsize               size);
void                cb_record_set_pooled_string    (CbRecord           *self,
                                                    guint               index,
                                                    const char         *value);

const char         *cb_record_get_string           (CbRecord           *self,
                                                    const char         *name);
void                cb_record_set_string           (CbRecord           *self,
                                                    const char         *name,
                                                    const char         *value);
int                 cb_record_get_enum             (CbRecord           *self,
                                                    const char         *name);
void                cb_record_set_enum             (CbRecord           *self,
                                                    const char         *name,
                                                    int                 value);
guint               cb_record_get_flags            (CbRecord           *self,
                                                    const char         *name);
void                cb_record_set_flags            (CbRecord           *self,
                                                    const char         *name,
                                                    guint               value);
gboolean            cb_record_get_boolean          (CbRecord           *self,
                                                    const char         *name);
gint64              cb_record_get_integer          (CbRecord           *self,
                                                    const char         *name);
double              cb_record_get_decimal          (CbRecord           *self,
                                                    const char         *name);
void                cb_record_set_decimal          (CbRecord           *self,
                                                    const char         *name,
                                                    double              value);
CbRecord           *cb_record_get_record           (CbRecord           *self,
                                                    const char         *name);

/* Tables: rows are records of the field's type. Adding, removing or
 * editing a row is an edit of the table's owner. The model of rows is for
 * reading: rows come and go only through cb_record_add_row(),
 * cb_record_append_row() and cb_record_remove_row(). */
GListModel         *cb_record_get_table            (CbRecord           *self,
                                                    const char         *name);
CbRecord           *cb_record_append_row           (CbRecord           *self,
                                                    const char         *name);
void                cb_record_add_row              (CbRecord           *self,
                                                    const char         *name,
                                                    CbRecord           *row);
void                cb_record_remove_row           (CbRecord           *self,
                                                    const char         *name,
                                                    CbRecord           *row);

/* Whether a group applies to this record (see the variant field). */
gboolean            cb_record_group_applies        (CbRecord           *self,
                                                    const CbFieldGroup *group);

/* Adds the record's printable fields to @form, group by group, each group
 * under a heading; private fields only when @include_private. In a blank
 * form values are left out so the renderer draws lines to write on. */
void                cb_record_describe             (CbRecord           *self,
                                                    CbForm             *form,
                                                    gboolean            include_private);

/* Opaque bag of the members the program does not know (owned by the store). */
gpointer            cb_record_get_extra            (CbRecord           *self);
void                cb_record_set_extra            (CbRecord           *self,
                                                    gpointer            extra,
                                                    GDestroyNotify      destroy);

/* Whether edits are allowed (FALSE for a document from a newer version). */
gboolean            cb_record_get_editable         (CbRecord           *self);
void                cb_record_set_editable         (CbRecord           *self,
                                                    gboolean            editable);

/* Set values without emitting ::changed (used while loading). */
void                cb_record_freeze_changes       (CbRecord           *self);
void                cb_record_thaw_changes         (CbRecord           *self);

G_END_DECLS
