/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-record.h"

G_BEGIN_DECLS

/* One editor row for one field of a record, chosen by the field's kind
 * (an AdwEntryRow for a line, a text view for free text, an AdwComboRow
 * for a choice, …). The row writes every edit through to the record as the
 * user types and follows the record when it changes. A time is an entry
 * row taking HH:MM: what it cannot read shows in the error style and is not
 * written. Returns NULL for a CB_FIELD_RECORD field (CbRecordEditor lays
 * those out as groups) and for a CB_FIELD_TABLE (custom views show them). */
GtkWidget *cb_field_row_new         (CbRecord  *record,
                                     guint      index);

/* The widget the user types or clicks in: the row itself for entry, combo
 * and expander rows, the GtkTextView for text and lists, the GtkSwitch for
 * yes/no, the GtkMenuButton for a date, the GtkSpinButton for a number,
 * the AdwEntryRow for a time. */
GtkWidget *cb_field_row_get_editor  (GtkWidget *row);
/* The "37 / 100 words" label of a text field with a word limit, or NULL. */
GtkWidget *cb_field_row_get_counter (GtkWidget *row);
/* For a multi-choice row, the check button of one flag value, or NULL. */
GtkWidget *cb_field_row_get_check   (GtkWidget *row,
                                     guint      flag);

G_END_DECLS
