/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of field a document can declare. The store, the editor and
 * the printed form all walk the same table of CbFieldSpec. */
typedef enum
{
  CB_FIELD_LINE,          /* one line of text */
  CB_FIELD_TEXT,          /* free, multi-line text */
  CB_FIELD_EMAIL,         /* one line, an e-mail address */
  CB_FIELD_PHONE,         /* one line, a telephone number */
  CB_FIELD_DATE,          /* YYYY-MM-DD or empty */
  CB_FIELD_INTEGER,       /* a whole number */
  CB_FIELD_BOOLEAN,       /* yes / no */
  CB_FIELD_CHOICE,        /* one value of a GEnum, stored by nick */
  CB_FIELD_MULTI_CHOICE,  /* values of a GFlags, stored as an array of nicks */
  CB_FIELD_LIST,          /* an ordered list of lines */
  CB_FIELD_RECORD,        /* a nested record of its own fields */
  CB_FIELD_FILE,          /* a file name stored beside the document */
  CB_FIELD_TIME,          /* HH:MM (24-hour) or empty */
  CB_FIELD_TABLE,         /* rows, each a record of type_func (a list of CbRecord) */
  CB_FIELD_DECIMAL,       /* a number ≥ 0 with a fraction (hours: 1.5), kept to hundredths */
} CbFieldKind;

/* The largest value a DECIMAL field holds. Larger, negative or not finite
 * values are refused when read and never written. */
#define CB_DECIMAL_MAX 1000000.0

typedef enum
{
  CB_FIELD_FLAG_NONE     = 0,
  CB_FIELD_FLAG_PRIVATE  = 1 << 0,  /* never printed or exported unless asked */
  CB_FIELD_FLAG_NO_PRINT = 1 << 1,  /* not part of the printed form */
  CB_FIELD_FLAG_REQUIRED = 1 << 2,  /* a document without it is incomplete */
  CB_FIELD_FLAG_SEARCH   = 1 << 3,  /* the client search looks at it */
  CB_FIELD_FLAG_REFERENCE = 1 << 4, /* an identifier (of the row, or of another record), not words:
                                     * the search across the practice passes over it */
} CbFieldFlags;

typedef struct
{
  const char   *name;          /* JSON member name (snake_case); the property is the kebab-case form */
  CbFieldKind   kind;
  const char   *label;         /* translatable, marked with N_() */
  const char   *help;          /* translatable prompt or guidance, or NULL */
  const char   *group;         /* id of a CbFieldGroup of the same class */
  GType       (*type_func) (void);  /* GEnum, GFlags or CbRecord subclass */
  guint         word_limit;    /* 0 for none; soft limit shown as a counter */
  CbFieldFlags  flags;
} CbFieldSpec;

typedef struct
{
  const char *id;
  const char *title;           /* translatable */
  const char *description;     /* translatable, or NULL */
  const char *variant;         /* NULL: always; else the nick of the class's
                                * variant field for which the group applies */
} CbFieldGroup;

const char *cb_field_kind_to_string   (CbFieldKind        kind);
GType       cb_field_spec_get_value_type (const CbFieldSpec *spec);
char       *cb_field_spec_property_name  (const CbFieldSpec *spec);
gboolean    cb_field_value_is_empty   (const CbFieldSpec *spec,
                                       const GValue      *value);
guint       cb_count_words            (const char        *text);
gboolean    cb_date_is_valid_iso      (const char        *text);
gboolean    cb_time_is_valid          (const char        *text);
/* "14:30" as people read it in their language, or NULL. */
char       *cb_format_time            (const char        *hhmm);
gboolean    cb_email_looks_valid      (const char        *text);
/* Whether @value can be held by a DECIMAL field: finite, 0 to CB_DECIMAL_MAX. */
gboolean    cb_decimal_is_valid       (double             value);
/* @value rounded to hundredths, as DECIMAL fields keep it. */
double      cb_decimal_round          (double             value);
/* A decimal as people read it in their language: "1.5", "9,999.75", "2". */
char       *cb_format_decimal         (double             value);
/* A YYYY-MM-DD date as people read it in their language ("9 March 2026"),
 * or NULL when @iso is not a date. */
char       *cb_format_date            (const char        *iso);
/* The first line of @text that is not blank, without leading spaces, to
 * tell documents apart in lists; NULL when there is none. */
char       *cb_text_dup_first_line    (const char        *text);

G_END_DECLS
