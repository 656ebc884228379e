/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-form"

#include "config.h"

#include "cb-form.h"

struct _CbForm
{
  gatomicrefcount  ref_count;
  char            *title;
  GPtrArray       *subtitles;   /* NULL-terminated char* array */
  char            *footer;
  GArray          *blocks;      /* CbFormBlock */
  gboolean         blank;
  gboolean         compact;
};

G_DEFINE_BOXED_TYPE (CbForm, cb_form, cb_form_ref, cb_form_unref)

static void
block_clear (gpointer data)
{
  CbFormBlock *block = data;

  g_free (block->label);
  g_free (block->text);
  g_strfreev (block->items);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->row_checked, g_array_unref);
}

CbForm *
cb_form_new (const char *title)
{
  CbForm *self = g_new0 (CbForm, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title != NULL ? title : "");
  self->subtitles = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (CbFormBlock));
  g_array_set_clear_func (self->blocks, block_clear);

  return self;
}

CbForm *
cb_form_ref (CbForm *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cb_form_unref (CbForm *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->footer);
  g_ptr_array_unref (self->subtitles);
  g_array_unref (self->blocks);
  g_free (self);
}

const char *
cb_form_get_title (CbForm *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

void
cb_form_add_subtitle (CbForm     *self,
                      const char *line)
{
  g_return_if_fail (self != NULL);

  if (line != NULL && *line != '\0')
    g_ptr_array_add (self->subtitles, g_strdup (line));
}

const char * const *
cb_form_get_subtitles (CbForm *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->subtitles->pdata;
}

void
cb_form_set_footer (CbForm     *self,
                    const char *footer)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer);
  self->footer = g_strdup (footer);
}

const char *
cb_form_get_footer (CbForm *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->footer;
}

gboolean
cb_form_get_compact (CbForm *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->compact;
}

void
cb_form_set_compact (CbForm   *self,
                     gboolean  compact)
{
  g_return_if_fail (self != NULL);

  self->compact = !!compact;
}

gboolean
cb_form_get_blank (CbForm *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->blank;
}

void
cb_form_set_blank (CbForm   *self,
                   gboolean  blank)
{
  g_return_if_fail (self != NULL);

  self->blank = !!blank;
}

static CbFormBlock *
append (CbForm          *self,
        CbFormBlockKind  kind,
        const char      *label,
        const char      *text)
{
  CbFormBlock block = { 0, };

  block.kind = kind;
  block.label = g_strdup (label);
  /* Empty text is a blank to fill in, whether or not the form is blank. */
  block.text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  g_array_append_val (self->blocks, block);

  return &g_array_index (self->blocks, CbFormBlock, self->blocks->len - 1);
}

void
cb_form_add_heading (CbForm     *self,
                     const char *text)
{
  g_return_if_fail (self != NULL);

  append (self, CB_FORM_HEADING, text, NULL);
}

void
cb_form_add_field (CbForm     *self,
                   const char *label,
                   const char *value)
{
  g_return_if_fail (self != NULL);

  append (self, CB_FORM_FIELD, label, value)->blank_lines = 1;
}

void
cb_form_add_text (CbForm     *self,
                  const char *label,
                  const char *text,
                  guint       blank_lines)
{
  g_return_if_fail (self != NULL);

  append (self, CB_FORM_TEXT, label, text)->blank_lines = MAX (blank_lines, 1);
}

void
cb_form_add_paragraph (CbForm     *self,
                       const char *text)
{
  g_return_if_fail (self != NULL);

  append (self, CB_FORM_PARAGRAPH, NULL, text)->blank_lines = 3;
}

void
cb_form_add_list (CbForm             *self,
                  const char         *label,
                  const char * const *items,
                  guint               blank_lines)
{
  CbFormBlock *block;

  g_return_if_fail (self != NULL);

  block = append (self, CB_FORM_LIST, label, NULL);
  block->items = items != NULL && items[0] != NULL ? g_strdupv ((char **) items) : NULL;
  block->blank_lines = MAX (blank_lines, 1);
}

void
cb_form_add_checklist (CbForm             *self,
                       const char         *label,
                       const char * const *choices,
                       guint64             checked)
{
  CbFormBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (choices != NULL);

  block = append (self, CB_FORM_CHECKLIST, label, NULL);
  block->items = g_strdupv ((char **) choices);
  block->checked = checked;
}

void
cb_form_add_table (CbForm             *self,
                   const char * const *columns,
                   GPtrArray          *rows,
                   guint               blank_rows)
{
  CbFormBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (columns != NULL && columns[0] != NULL);

  block = append (self, CB_FORM_TABLE, NULL, NULL);
  block->items = g_strdupv ((char **) columns);
  block->rows = rows != NULL ? rows : g_ptr_array_new ();
  g_ptr_array_set_free_func (block->rows, (GDestroyNotify) g_strfreev);
  block->blank_lines = blank_rows;
}

void
cb_form_add_choice_table (CbForm             *self,
                          const char         *heading,
                          const char * const *choices,
                          const char * const *questions,
                          const guint64      *checked)
{
  CbFormBlock *block;
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (choices != NULL && choices[0] != NULL);
  g_return_if_fail (questions != NULL);

  n = g_strv_length ((char **) questions);
  block = append (self, CB_FORM_CHOICE_TABLE, heading, NULL);
  block->items = g_strdupv ((char **) choices);
  block->rows = g_ptr_array_new_full (n, (GDestroyNotify) g_strfreev);
  block->row_checked = g_array_sized_new (FALSE, TRUE, sizeof (guint64), n);
  for (guint i = 0; i < n; i++)
    {
      char *cells[] = { (char *) questions[i], NULL };
      guint64 bits = checked != NULL ? checked[i] : 0;

      g_ptr_array_add (block->rows, g_strdupv (cells));
      g_array_append_val (block->row_checked, bits);
    }
}

void
cb_form_add_signatures (CbForm             *self,
                        const char * const *parties)
{
  CbFormBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (parties != NULL && parties[0] != NULL);

  block = append (self, CB_FORM_SIGNATURES, NULL, NULL);
  block->items = g_strdupv ((char **) parties);
}

void
cb_form_add_image (CbForm     *self,
                   const char *path)
{
  g_return_if_fail (self != NULL);

  if (path != NULL && *path != '\0')
    append (self, CB_FORM_IMAGE, NULL, path);
}

guint
cb_form_get_n_blocks (CbForm *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->blocks->len;
}

const CbFormBlock *
cb_form_get_block (CbForm *self,
                   guint   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return &g_array_index (self->blocks, CbFormBlock, index);
}

char *
cb_form_to_text (CbForm *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (self->title);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < self->subtitles->len; i++)
    g_string_append_printf (out, "%s\n", (char *) self->subtitles->pdata[i]);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const CbFormBlock *b = &g_array_index (self->blocks, CbFormBlock, i);

      if (b->label != NULL)
        g_string_append_printf (out, "%s: ", b->label);
      if (b->text != NULL)
        g_string_append (out, b->text);
      for (guint j = 0; b->items != NULL && b->items[j] != NULL; j++)
        g_string_append_printf (out, "%s%s", j > 0 ? " | " : "", b->items[j]);
      for (guint r = 0; b->rows != NULL && r < b->rows->len; r++)
        {
          char **cells = b->rows->pdata[r];
          g_string_append_c (out, '\n');
          for (guint c = 0; cells[c] != NULL; c++)
            g_string_append_printf (out, "%s%s", c > 0 ? " | " : "", cells[c]);
          /* A choice table's row: its ticks, "[x] Usually | [ ] Sometimes". */
          for (guint c = 0; b->row_checked != NULL && b->items != NULL && b->items[c] != NULL; c++)
            g_string_append_printf (out, " | [%c] %s",
                                    c < 64 && (g_array_index (b->row_checked, guint64, r) & (G_GUINT64_CONSTANT (1) << c)) ? 'x' : ' ',
                                    b->items[c]);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
