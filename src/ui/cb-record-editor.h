/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-record.h"

G_BEGIN_DECLS

#define CB_TYPE_RECORD_EDITOR (cb_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbRecordEditor, cb_record_editor, CB, RECORD_EDITOR, AdwPreferencesPage)

/* A scrolling page of preferences groups generated from a record's field
 * table: one group per CbFieldGroup, in table order, one row per field
 * (see cb-field-row.h). Every document type reuses it. Groups a page adds
 * itself before the first cb_record_editor_set_record() stay on top.
 * Groups that do not apply to the record (cb_record_group_applies(): the
 * clauses of another kind of agreement) are left out, and so is the field
 * that chooses them. Tables of rows are left to custom views. */
GtkWidget           *cb_record_editor_new         (void);
CbRecord            *cb_record_editor_get_record  (CbRecordEditor *self);
void                 cb_record_editor_set_record  (CbRecordEditor *self,
                                                   CbRecord       *record);
/* The row of a field by JSON name ("name", or "parent.child" for a field
 * of a nested record), or NULL. */
GtkWidget           *cb_record_editor_get_row     (CbRecordEditor *self,
                                                   const char     *field_name);
/* Shortcut for cb_field_row_get_editor (cb_record_editor_get_row ()). */
GtkWidget           *cb_record_editor_get_editor  (CbRecordEditor *self,
                                                   const char     *field_name);
AdwPreferencesGroup *cb_record_editor_get_group   (CbRecordEditor *self,
                                                   const char     *group_id);
void                 cb_record_editor_scroll_to_top (CbRecordEditor *self);
/* Shows only the named top-level fields (JSON names; NULL for all), for
 * a view that edits part of a record, such as an agreement template's
 * clauses. Groups left without a field are not shown. */
void                 cb_record_editor_set_only_fields (CbRecordEditor     *self,
                                                       const char * const *names);

G_END_DECLS
