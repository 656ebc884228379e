/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A document described as a printed form: what goes on the paper, in
 * order, without saying how it is laid out. Documents build one
 * (cb_document_describe_form()); the one renderer in src/print/ lays it out
 * for printing and for PDF. A blank form has no values: the renderer draws
 * lines to write on instead. */

typedef enum
{
  CB_FORM_HEADING,     /* a section heading */
  CB_FORM_FIELD,       /* label and a one-line value (or a line to write on) */
  CB_FORM_TEXT,        /* label and free text (or several lines to write on) */
  CB_FORM_PARAGRAPH,   /* running text, e.g. a clause of an agreement */
  CB_FORM_LIST,        /* label and a bulleted list (or lines to write on) */
  CB_FORM_TABLE,       /* column headings and rows (or empty rows) */
  CB_FORM_SIGNATURES,  /* per party: name, signature line and date line */
  CB_FORM_CHECKLIST,   /* label and choices, the chosen ones ticked */
  CB_FORM_IMAGE,       /* a picture (text: path of a JPEG or PNG file), e.g. a photo */
  CB_FORM_CHOICE_TABLE,/* questions answered on one scale: a row per question, a box to tick per choice */
} CbFormBlockKind;

typedef struct
{
  CbFormBlockKind   kind;
  char             *label;       /* heading text, field label, list label… */
  char             *text;        /* value, paragraph; NULL = blank to fill in */
  char            **items;       /* LIST items; TABLE column headings; SIGNATURES parties; CHECKLIST choices */
  GPtrArray        *rows;        /* TABLE: rows, each a char** with one cell per column */
  guint64           checked;     /* CHECKLIST: bit i set when items[i] is chosen */
  guint             blank_lines; /* lines to write on when the value is blank */
  GArray           *row_checked; /* CHOICE_TABLE: guint64 per row, bit i set when items[i] is ticked */
} CbFormBlock;

#define CB_TYPE_FORM (cb_form_get_type ())

typedef struct _CbForm CbForm;

GType              cb_form_get_type        (void) G_GNUC_CONST;

CbForm            *cb_form_new             (const char          *title);
CbForm            *cb_form_ref             (CbForm              *self);
void               cb_form_unref           (CbForm              *self);

const char        *cb_form_get_title       (CbForm              *self);
/* Lines under the title: practice, client, dates… */
void               cb_form_add_subtitle    (CbForm              *self,
                                            const char          *line);
const char * const *cb_form_get_subtitles  (CbForm              *self);
/* Shown in every page's footer beside "Page N of M". */
void               cb_form_set_footer      (CbForm              *self,
                                            const char          *footer);
const char        *cb_form_get_footer      (CbForm              *self);
/* A compact form is set in smaller type, to fit a page (the coach profile). */
gboolean           cb_form_get_compact     (CbForm              *self);
void               cb_form_set_compact     (CbForm              *self,
                                            gboolean             compact);
/* A blank form: the caller adds blocks without values. */
gboolean           cb_form_get_blank       (CbForm              *self);
void               cb_form_set_blank       (CbForm              *self,
                                            gboolean             blank);

void               cb_form_add_heading     (CbForm              *self,
                                            const char          *text);
void               cb_form_add_field       (CbForm              *self,
                                            const char          *label,
                                            const char          *value);
void               cb_form_add_text        (CbForm              *self,
                                            const char          *label,
                                            const char          *text,
                                            guint                blank_lines);
void               cb_form_add_paragraph   (CbForm              *self,
                                            const char          *text);
void               cb_form_add_list        (CbForm              *self,
                                            const char          *label,
                                            const char * const  *items,
                                            guint                blank_lines);
void               cb_form_add_checklist   (CbForm              *self,
                                            const char          *label,
                                            const char * const  *choices,
                                            guint64              checked);
/* Questions answered on the same scale, as a grid: @choices head the
 * columns (e.g. Usually, Sometimes, Rarely), each of @questions is a row
 * with a box to tick under each choice. @heading heads the questions'
 * column, or NULL. @checked holds one guint64 per question, bit i set
 * when choices[i] is ticked; NULL ticks nothing (a blank form). Rows are
 * kept whole and the column headings repeat on a new page. */
void               cb_form_add_choice_table (CbForm             *self,
                                             const char         *heading,
                                             const char * const *choices,
                                             const char * const *questions,
                                             const guint64      *checked);
/* @rows: a GPtrArray of char** (one string per column), or NULL; taken. */
void               cb_form_add_table       (CbForm              *self,
                                            const char * const  *columns,
                                            GPtrArray           *rows,
                                            guint                blank_rows);
void               cb_form_add_signatures  (CbForm              *self,
                                            const char * const  *parties);

void               cb_form_add_image       (CbForm              *self,
                                            const char          *path);

guint              cb_form_get_n_blocks    (CbForm              *self);
const CbFormBlock *cb_form_get_block       (CbForm              *self,
                                            guint                index);

/* All the form's text, one block a line: for tests and for searching. */
char              *cb_form_to_text         (CbForm              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbForm, cb_form_unref)

G_END_DECLS
