/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-print-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <pango/pangocairo.h>

#include "cb-print-layout.h"

/* How the layout works: each block of the form becomes one box, a small
 * display list (text, rules, frames, boxes to tick, a picture) with its
 * height and the places where it may be split between two pages. Pages are
 * filled with boxes in order; a box that does not fit goes to the next page,
 * unless it is running text (or taller than a whole page), which is split at
 * a line boundary. Drawing a page paints the slices of boxes placed on it;
 * a line of text is drawn on the page whose slice holds its top, so no line
 * is ever cut at a page edge or drawn twice. */

#define MM            (72.0 / 25.4)
#define EPS           0.01

/* Greys, 0 black to 1 white */
#define INK           0.10
#define DIM           0.38
#define RULE          0.55
#define SHADE         0.90

#define LABEL_COLUMN  0.35    /* of the content width */
#define WRITING_LINE  20.0    /* between lines to write on, in points */
#define IMAGE_WIDTH   (35.0 * MM)
#define IMAGE_HEIGHT  (45.0 * MM)
#define CELL_PAD_X    4.0
#define CELL_PAD_Y    3.0

typedef enum
{
  FONT_BODY,
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_HEADING,
  FONT_LABEL,
  FONT_STRONG,
  FONT_CELL,
  FONT_CELL_HEAD,
  FONT_SMALL,
  N_FONTS
} Font;

static const char * const font_names[N_FONTS] = {
  [FONT_BODY]      = "Sans 10",
  [FONT_TITLE]     = "Sans Bold 18",
  [FONT_SUBTITLE]  = "Sans 10.5",
  [FONT_HEADING]   = "Sans Bold 12",
  [FONT_LABEL]     = "Sans Bold 9",
  [FONT_STRONG]    = "Sans Bold 10",
  [FONT_CELL]      = "Sans 9.5",
  [FONT_CELL_HEAD] = "Sans Bold 9",
  [FONT_SMALL]     = "Sans 8",
};

typedef enum
{
  PIECE_TEXT,
  PIECE_LINE,
  PIECE_FILL,
  PIECE_FRAME,
  PIECE_CHECKBOX,
  PIECE_IMAGE,
} PieceKind;

typedef struct
{
  PieceKind        kind;
  double           x, y, w, h;
  double           grey;
  double           line_width;
  gboolean         ticked;
  PangoLayout     *layout;   /* PIECE_TEXT */
  cairo_surface_t *image;    /* PIECE_IMAGE */
} Piece;

typedef struct
{
  GArray   *pieces;          /* Piece */
  GArray   *breaks;          /* double, sorted: where the box may be split */
  double    height;
  double    space_before;    /* dropped at the top of a page */
  double    keep_top;        /* never split above this */
  gboolean  may_split;       /* running text; other boxes split only when taller than a page */
  gboolean  keep_with_next;  /* headings: never last on a page */
  int       table_header;    /* a table row: the box of its header, repeated on a new page */
} Box;

typedef struct
{
  guint  box;
  double from;
  double to;
  double y;
} Placement;

struct _CbPrintLayout
{
  GObject                parent_instance;

  CbForm                *form;
  PangoContext          *context;
  PangoFontDescription  *fonts[N_FONTS];

  double                 width;
  double                 height;
  double                 margin_top;
  double                 margin_right;
  double                 margin_bottom;
  double                 margin_left;
  double                 content_width;
  double                 content_bottom;
  double                 footer_y;

  GPtrArray             *boxes;        /* Box */
  GArray                *placements;   /* Placement, page after page */
  GArray                *page_starts;  /* guint: first placement of each page */
};

G_DEFINE_FINAL_TYPE (CbPrintLayout, cb_print_layout, G_TYPE_OBJECT)

/* Boxes and pieces */

static void
piece_clear (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->layout);
  g_clear_pointer (&piece->image, cairo_surface_destroy);
}

static Box *
box_new (void)
{
  Box *box = g_new0 (Box, 1);

  box->pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  g_array_set_clear_func (box->pieces, piece_clear);
  box->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  box->table_header = -1;

  return box;
}

static void
box_free (gpointer data)
{
  Box *box = data;

  g_array_unref (box->pieces);
  g_array_unref (box->breaks);
  g_free (box);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
layout_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* The bottom of the first line of @layout, from its top. */
static double
layout_first_line_bottom (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int y0, y1;

  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_free (iter);

  return (double) y1 / PANGO_SCALE;
}

static PangoLayout *
new_layout (CbPrintLayout *self,
            Font           font,
            const char    *text,
            double         width)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static Piece *
add_piece (Box       *box,
           PieceKind  kind,
           double     x,
           double     y,
           double     w,
           double     h,
           double     grey)
{
  Piece piece = { 0, };

  piece.kind = kind;
  piece.x = x;
  piece.y = y;
  piece.w = w;
  piece.h = h;
  piece.grey = grey;
  piece.line_width = 0.5;
  g_array_append_val (box->pieces, piece);

  return &g_array_index (box->pieces, Piece, box->pieces->len - 1);
}

/* Takes @layout; returns its height. */
static double
add_text (Box         *box,
          PangoLayout *layout,
          double       x,
          double       y,
          double       grey)
{
  double h = layout_height (layout);
  Piece *piece = add_piece (box, PIECE_TEXT, x, y, layout_width (layout), h, grey);

  piece->layout = layout;
  return h;
}

static void
add_rule (Box    *box,
          double  x,
          double  y,
          double  w,
          double  line_width,
          double  grey)
{
  add_piece (box, PIECE_LINE, x, y, w, 0, grey)->line_width = line_width;
}

static void
add_frame (Box    *box,
           double  x,
           double  y,
           double  w,
           double  h)
{
  add_piece (box, PIECE_FRAME, x, y, w, h, RULE)->line_width = 0.5;
}

static void
add_break (Box    *box,
           double  y)
{
  g_array_append_val (box->breaks, y);
}

/* Lines to write on, @spacing apart, starting below @y; returns the bottom. */
static double
add_writing_lines (Box    *box,
                   double  x,
                   double  y,
                   double  w,
                   guint   n)
{
  for (guint i = 0; i < n; i++)
    {
      y += WRITING_LINE;
      add_rule (box, x, y, w, 0.5, RULE);
      add_break (box, y + 2);
    }

  return y + 2;
}

typedef struct
{
  double top;
  double bottom;
  guint  piece;
} LineRange;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Every line boundary of the box's text where no other line of text
 * straddles it is a place where the box may be split. */
static void
box_finish (Box *box)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (LineRange));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_text = 0;

  for (guint i = 0; i < box->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (box->pieces, Piece, i);
      PangoLayoutIter *iter;

      if (piece->kind != PIECE_TEXT)
        continue;

      n_text++;
      iter = pango_layout_get_iter (piece->layout);
      do
        {
          LineRange range;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          range.top = piece->y + (double) y0 / PANGO_SCALE;
          range.bottom = piece->y + (double) y1 / PANGO_SCALE;
          range.piece = i;
          g_array_append_val (lines, range);
          g_array_append_val (candidates, range.bottom);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  g_array_append_vals (candidates, box->breaks->data, box->breaks->len);
  g_array_set_size (box->breaks, 0);
  g_array_sort (candidates, compare_doubles);

  for (guint c = 0; c < candidates->len; c++)
    {
      double b = g_array_index (candidates, double, c);
      gboolean ok = b > EPS && b < box->height - EPS;

      if (ok && box->breaks->len > 0 &&
          b - g_array_index (box->breaks, double, box->breaks->len - 1) < EPS)
        ok = FALSE;

      for (guint l = 0; ok && n_text > 0 && l < lines->len; l++)
        {
          const LineRange *range = &g_array_index (lines, LineRange, l);

          if (range->top < b - EPS && range->bottom > b + EPS)
            ok = FALSE;
        }

      if (ok)
        g_array_append_val (box->breaks, b);
    }
}

static void
append_box (CbPrintLayout *self,
            Box           *box)
{
  box_finish (box);
  if (box->height > EPS)
    g_ptr_array_add (self->boxes, box);
  else
    box_free (box);
}

/* Images */

static cairo_surface_t *
load_image (const char *path,
            double     *width,
            double     *height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) loaded = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  cairo_surface_t *surface;
  double scale;
  int pw, ph, max_px;
  guchar *dst;
  int stride;

  loaded = gdk_pixbuf_new_from_file (path, &error);
  if (loaded == NULL)
    {
      g_debug ("Not printing the picture %s: %s", path, error->message);
      return NULL;
    }

  pixbuf = gdk_pixbuf_apply_embedded_orientation (loaded);
  pw = gdk_pixbuf_get_width (pixbuf);
  ph = gdk_pixbuf_get_height (pixbuf);
  if (pw <= 0 || ph <= 0)
    return NULL;

  scale = MIN (IMAGE_WIDTH / pw, IMAGE_HEIGHT / ph);
  *width = pw * scale;
  *height = ph * scale;

  /* No more pixels than 300 dpi needs. */
  max_px = (int) (*width / 72.0 * 300.0);
  if (pw > max_px && max_px > 0)
    {
      GdkPixbuf *smaller = gdk_pixbuf_scale_simple (pixbuf, max_px,
                                                    MAX (1, (int) ((double) ph * max_px / pw)),
                                                    GDK_INTERP_BILINEAR);
      g_object_unref (pixbuf);
      pixbuf = smaller;
      pw = gdk_pixbuf_get_width (pixbuf);
      ph = gdk_pixbuf_get_height (pixbuf);
    }

  surface = cairo_image_surface_create (gdk_pixbuf_get_has_alpha (pixbuf) ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, pw, ph);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < ph; y++)
    {
      const guchar *src = gdk_pixbuf_read_pixels (pixbuf) + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf);
      guint32 *row = (guint32 *) (gpointer) (dst + (gsize) y * stride);
      int n_channels = gdk_pixbuf_get_n_channels (pixbuf);

      for (int x = 0; x < pw; x++, src += n_channels)
        {
          guint a = n_channels == 4 ? src[3] : 255;
          guint r = (src[0] * a + 127) / 255;
          guint g = (src[1] * a + 127) / 255;
          guint b = (src[2] * a + 127) / 255;

          row[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static void
add_image (Box             *box,
           cairo_surface_t *image,
           double           x,
           double           y,
           double           w,
           double           h)
{
  add_piece (box, PIECE_IMAGE, x, y, w, h, 0)->image = image;
}

/* Blocks */

static void
build_header (CbPrintLayout   *self,
              cairo_surface_t *image,
              double           image_w,
              double           image_h)
{
  double W = self->content_width;
  double text_w = image != NULL ? W - image_w - 6 * MM : W;
  const char * const *subtitles = cb_form_get_subtitles (self->form);
  Box *box = box_new ();
  double y = 0;

  y += add_text (box, new_layout (self, FONT_TITLE, cb_form_get_title (self->form), text_w), 0, y, INK);
  y += 3;
  for (guint i = 0; subtitles != NULL && subtitles[i] != NULL; i++)
    y += add_text (box, new_layout (self, FONT_SUBTITLE, subtitles[i], text_w), 0, y, DIM) + 1;

  if (image != NULL)
    {
      add_image (box, image, W - image_w, 0, image_w, image_h);
      y = MAX (y, image_h);
    }

  y += 6;
  add_rule (box, 0, y, W, 1.2, INK);
  box->height = y + 1;
  box->keep_with_next = TRUE;
  append_box (self, box);
}

static void
build_heading (CbPrintLayout     *self,
               const CbFormBlock *block)
{
  Box *box = box_new ();
  double y;

  y = add_text (box, new_layout (self, FONT_HEADING, block->label, self->content_width), 0, 0, INK);
  y += 2.5;
  add_rule (box, 0, y, self->content_width, 0.6, RULE);
  box->height = y + 6;
  box->space_before = 14;
  box->keep_with_next = TRUE;
  append_box (self, box);
}

static void
build_field (CbPrintLayout     *self,
             const CbFormBlock *block)
{
  double W = self->content_width;
  double label_w = W * LABEL_COLUMN;
  PangoLayout *label = new_layout (self, FONT_LABEL, block->label, label_w - 10);
  double label_base = layout_baseline (label);
  Box *box = box_new ();

  if (block->text != NULL)
    {
      PangoLayout *value = new_layout (self, FONT_BODY, block->text, W - label_w);
      double value_base = layout_baseline (value);
      double base = MAX (label_base, value_base);
      double lh, vh;

      lh = add_text (box, label, 0, base - label_base, DIM) + base - label_base;
      vh = add_text (box, value, label_w, base - value_base, INK) + base - value_base;
      box->height = MAX (lh, vh);
      box->space_before = 5;
    }
  else
    {
      double base = 16;
      double lh = add_text (box, label, 0, base - label_base, DIM) + base - label_base;

      add_rule (box, label_w, base + 2, W - label_w, 0.5, RULE);
      box->height = MAX (lh, base + 4);
      box->space_before = 3;
    }

  append_box (self, box);
}

/* A label above something; returns the height it takes. */
static double
add_label_above (CbPrintLayout *self,
                 Box           *box,
                 const char    *label)
{
  if (label == NULL || *label == '\0')
    return 0;

  return add_text (box, new_layout (self, FONT_LABEL, label, self->content_width), 0, 0, DIM) + 2;
}

static void
build_text (CbPrintLayout     *self,
            const CbFormBlock *block,
            gboolean           justify)
{
  double W = self->content_width;
  Box *box = box_new ();
  double y = add_label_above (self, box, block->label);

  if (block->text != NULL)
    {
      PangoLayout *text = new_layout (self, FONT_BODY, block->text, W);

      pango_layout_set_line_spacing (text, 1.2);
      pango_layout_set_justify (text, justify);
      box->keep_top = y + layout_first_line_bottom (text);
      y += add_text (box, text, 0, y, INK);
    }
  else
    {
      box->keep_top = y + WRITING_LINE + 2;
      y = add_writing_lines (box, 0, y, W, MAX (block->blank_lines, 1));
    }

  box->height = y;
  box->space_before = block->label != NULL ? 8 : 6;
  box->may_split = TRUE;
  append_box (self, box);
}

static void
build_list (CbPrintLayout     *self,
            const CbFormBlock *block)
{
  double W = self->content_width;
  Box *box = box_new ();
  double y = add_label_above (self, box, block->label);

  if (block->items != NULL && block->items[0] != NULL)
    {
      for (guint i = 0; block->items[i] != NULL; i++)
        {
          PangoLayout *item = new_layout (self, FONT_BODY, block->items[i], W - 14);
          PangoLayout *bullet = new_layout (self, FONT_BODY, "•", 0);
          double h;

          h = add_text (box, item, 14, y, INK);
          add_text (box, bullet, 4, y, INK);
          if (i == 0)
            box->keep_top = y + MIN (h, layout_first_line_bottom (item));
          y += h + 2;
        }
    }
  else
    {
      box->keep_top = y + WRITING_LINE + 2;
      y = add_writing_lines (box, 0, y, W, MAX (block->blank_lines, 1));
    }

  box->height = y;
  box->space_before = 8;
  box->may_split = TRUE;
  append_box (self, box);
}

static void
add_checkbox (Box      *box,
              double    x,
              double    y,
              double    size,
              gboolean  ticked)
{
  Piece *piece = add_piece (box, PIECE_CHECKBOX, x, y, size, size, INK);

  piece->ticked = ticked;
  piece->line_width = 0.7;
}

static void
build_checklist (CbPrintLayout     *self,
                 const CbFormBlock *block)
{
  double W = self->content_width;
  double label_w = W * LABEL_COLUMN;
  double box_size = 8.5;
  double x = label_w, y = 0, row_h = 0, bottom = 0;
  PangoLayout *label = new_layout (self, FONT_LABEL, block->label, label_w - 10);
  double label_base = layout_baseline (label);
  double base = label_base, label_h;
  Box *box = box_new ();

  for (guint i = 0; block->items != NULL && block->items[i] != NULL; i++)
    {
      PangoLayout *choice = new_layout (self, FONT_BODY, block->items[i], 0);
      double choice_w = layout_width (choice);
      double choice_base = layout_baseline (choice);
      gboolean ticked = i < 64 && (block->checked & (G_GUINT64_CONSTANT (1) << i)) != 0;
      double h;

      base = MAX (base, choice_base);
      if (choice_w > W - label_w - box_size - 5)
        {
          choice_w = W - label_w - box_size - 5;
          pango_layout_set_width (choice, (int) (choice_w * PANGO_SCALE));
        }

      if (x > label_w && x + box_size + 5 + choice_w > W)
        {
          x = label_w;
          y += row_h + 5;
          row_h = 0;
        }

      add_checkbox (box, x, y + choice_base - box_size + 0.5, box_size, ticked);
      h = add_text (box, choice, x + box_size + 5, y, INK);
      row_h = MAX (row_h, h);
      bottom = MAX (bottom, y + h);
      x += box_size + 5 + choice_w + 16;
    }

  label_h = add_text (box, label, 0, base - label_base, DIM) + base - label_base;
  box->height = MAX (bottom, label_h);
  box->space_before = 6;
  append_box (self, box);
}

static void
table_widths (CbPrintLayout     *self,
              const CbFormBlock *block,
              guint              n_cols,
              double            *widths)
{
  double W = self->content_width;
  g_autofree double *natural = g_new0 (double, n_cols);
  g_autofree gboolean *fixed = g_new0 (gboolean, n_cols);
  double sum = 0;
  gboolean changed;

  for (guint c = 0; c < n_cols; c++)
    {
      g_autoptr(PangoLayout) head = new_layout (self, FONT_CELL_HEAD, block->items[c], 0);

      natural[c] = layout_width (head);
      for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
        {
          char **cells = g_ptr_array_index (block->rows, r);
          g_autoptr(PangoLayout) cell = NULL;

          if (cells == NULL || g_strv_length (cells) <= c)
            continue;
          cell = new_layout (self, FONT_CELL, cells[c], 0);
          natural[c] = MAX (natural[c], layout_width (cell));
        }
      natural[c] = MIN (natural[c] + 2 * CELL_PAD_X + 1, W);
      natural[c] = MAX (natural[c], 30);
      sum += natural[c];
    }

  if (sum <= W)
    {
      for (guint c = 0; c < n_cols; c++)
        widths[c] = natural[c] * W / sum;
      return;
    }

  /* Narrow columns keep their width; the others share what is left in
   * proportion to what they would like. */
  do
    {
      double left = W, wanted = 0;
      guint n_free = 0;

      changed = FALSE;
      for (guint c = 0; c < n_cols; c++)
        if (fixed[c])
          left -= natural[c];
        else
          {
            wanted += natural[c];
            n_free++;
          }

      for (guint c = 0; c < n_cols; c++)
        if (!fixed[c] && natural[c] <= left / n_free)
          {
            fixed[c] = TRUE;
            changed = TRUE;
          }

      if (!changed)
        for (guint c = 0; c < n_cols; c++)
          widths[c] = fixed[c] ? natural[c] : left * natural[c] / wanted;
    }
  while (changed);
}

static Box *
table_row (CbPrintLayout       *self,
           const char * const  *cells,
           guint                n_cols,
           const double        *widths,
           gboolean             header)
{
  Box *box = box_new ();
  double x = 0, h = 0;

  for (guint c = 0; cells != NULL && c < n_cols && cells[c] != NULL; c++)
    {
      PangoLayout *cell = new_layout (self, header ? FONT_CELL_HEAD : FONT_CELL, cells[c],
                                      widths[c] - 2 * CELL_PAD_X);
      double cell_h = add_text (box, cell, x + CELL_PAD_X, CELL_PAD_Y, INK);

      h = MAX (h, cell_h);
      x += widths[c];
    }

  h = cells == NULL ? 20 : MAX (h + 2 * CELL_PAD_Y, 16);
  if (header)
    {
      Piece shade = { 0, };

      shade.kind = PIECE_FILL;
      shade.w = self->content_width;
      shade.h = h;
      shade.grey = SHADE;
      g_array_prepend_val (box->pieces, shade);
    }

  x = 0;
  for (guint c = 0; c < n_cols; c++)
    {
      add_frame (box, x, 0, widths[c], h);
      x += widths[c];
    }

  box->height = h;
  return box;
}

static void
build_table (CbPrintLayout     *self,
             const CbFormBlock *block)
{
  guint n_cols = g_strv_length (block->items);
  g_autofree double *widths = g_new0 (double, n_cols);
  guint n_rows = block->rows != NULL ? block->rows->len : 0;
  Box *header;
  int header_index;

  table_widths (self, block, n_cols, widths);

  header = table_row (self, (const char * const *) block->items, n_cols, widths, TRUE);
  header->space_before = 10;
  header->keep_with_next = TRUE;
  header_index = self->boxes->len;
  append_box (self, header);

  for (guint r = 0; r < n_rows + block->blank_lines; r++)
    {
      const char * const *cells = r < n_rows ? g_ptr_array_index (block->rows, r) : NULL;
      Box *row = table_row (self, cells, n_cols, widths, FALSE);

      row->table_header = header_index;
      append_box (self, row);
    }
}

/* Questions on one scale: the questions' column takes what the choices
 * leave; each choice's column is as wide as its heading (at least a box
 * and some air), its box centred under it on the row's first line. */
static void
build_choice_table (CbPrintLayout     *self,
                    const CbFormBlock *block)
{
  double W = self->content_width;
  double box_size = 8.5;
  guint n_choices = g_strv_length (block->items);
  guint n_rows = block->rows != NULL ? block->rows->len : 0;
  g_autofree double *widths = g_new0 (double, n_choices);
  double choices_w = 0, question_w, x;
  Box *header;
  int header_index;
  double h;

  for (guint c = 0; c < n_choices; c++)
    {
      g_autoptr(PangoLayout) head = new_layout (self, FONT_CELL_HEAD, block->items[c], 0);

      widths[c] = MAX (layout_width (head) + 4 * CELL_PAD_X, 44);
      choices_w += widths[c];
    }
  /* The questions keep at least half the width. */
  if (choices_w > W / 2)
    {
      for (guint c = 0; c < n_choices; c++)
        widths[c] *= (W / 2) / choices_w;
      choices_w = W / 2;
    }
  question_w = W - choices_w;

  header = box_new ();
  h = add_text (header, new_layout (self, FONT_CELL_HEAD, block->label, question_w - 2 * CELL_PAD_X),
                CELL_PAD_X, CELL_PAD_Y, INK);
  x = question_w;
  for (guint c = 0; c < n_choices; c++)
    {
      PangoLayout *head = new_layout (self, FONT_CELL_HEAD, block->items[c], widths[c] - 2 * CELL_PAD_X);

      double head_h;

      pango_layout_set_alignment (head, PANGO_ALIGN_CENTER);
      head_h = add_text (header, head, x + CELL_PAD_X, CELL_PAD_Y, INK);
      h = MAX (h, head_h);
      x += widths[c];
    }
  header->height = h + 2 * CELL_PAD_Y;
  {
    Piece shade = { 0, };

    shade.kind = PIECE_FILL;
    shade.w = W;
    shade.h = header->height;
    shade.grey = SHADE;
    g_array_prepend_val (header->pieces, shade);
  }
  header->space_before = 8;
  header->keep_with_next = TRUE;
  header_index = self->boxes->len;
  append_box (self, header);

  for (guint r = 0; r < n_rows; r++)
    {
      char **cells = g_ptr_array_index (block->rows, r);
      guint64 checked = block->row_checked != NULL && r < block->row_checked->len
                        ? g_array_index (block->row_checked, guint64, r) : 0;
      PangoLayout *question = new_layout (self, FONT_CELL, cells != NULL ? cells[0] : NULL,
                                          question_w - 2 * CELL_PAD_X);
      double base = CELL_PAD_Y + layout_baseline (question);
      Box *row = box_new ();

      h = add_text (row, question, CELL_PAD_X, CELL_PAD_Y, INK);
      x = question_w;
      for (guint c = 0; c < n_choices; c++)
        {
          add_checkbox (row, x + (widths[c] - box_size) / 2, base - box_size + 0.5, box_size,
                        c < 64 && (checked & (G_GUINT64_CONSTANT (1) << c)) != 0);
          x += widths[c];
        }
      row->height = h + 2 * CELL_PAD_Y;
      add_rule (row, 0, row->height, W, 0.5, RULE);
      row->table_header = header_index;
      append_box (self, row);
    }
}

static void
build_signatures (CbPrintLayout     *self,
                  const CbFormBlock *block)
{
  const char *labels[] = { _("Name"), _("Signature"), _("Date") };
  const double gaps[] = { 26, 36, 30 };
  double W = self->content_width;
  guint n = g_strv_length (block->items);
  guint n_cols = n > 1 ? 2 : 1;
  double gutter = 12 * MM;
  double col_w = (W - gutter * (n_cols - 1)) / n_cols;
  double label_w = 0, row_y = 0, row_bottom = 0;
  Box *box = box_new ();

  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    {
      g_autoptr(PangoLayout) label = new_layout (self, FONT_LABEL, labels[l], 0);
      label_w = MAX (label_w, layout_width (label));
    }
  label_w = MIN (label_w + 8, col_w / 2);

  for (guint i = 0; i < n; i++)
    {
      guint col = i % n_cols;
      double x = col * (col_w + gutter);
      double y;

      if (col == 0 && i > 0)
        row_y = row_bottom + 16;

      y = row_y + add_text (box, new_layout (self, FONT_STRONG, block->items[i], col_w), x, row_y, INK);
      for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
        {
          PangoLayout *label = new_layout (self, FONT_LABEL, labels[l], label_w - 4);

          y += gaps[l];
          add_text (box, label, x, y - layout_baseline (label), DIM);
          add_rule (box, x + label_w, y + 1, col_w - label_w, 0.5, INK);
        }
      row_bottom = MAX (row_bottom, y + 4);
    }

  box->height = row_bottom;
  box->space_before = 22;
  append_box (self, box);
}

static void
build_image (CbPrintLayout   *self,
             cairo_surface_t *image,
             double           w,
             double           h)
{
  Box *box = box_new ();

  add_image (box, image, self->content_width - w, 0, w, h);
  box->height = h;
  box->space_before = 8;
  append_box (self, box);
}

static void
build_boxes (CbPrintLayout *self)
{
  guint n = cb_form_get_n_blocks (self->form);
  cairo_surface_t *header_image = NULL;
  double header_w = 0, header_h = 0;
  guint first_image = n;

  /* The first picture that can be read goes beside the title. */
  for (guint i = 0; i < n && header_image == NULL; i++)
    {
      const CbFormBlock *block = cb_form_get_block (self->form, i);

      if (block->kind == CB_FORM_IMAGE && block->text != NULL)
        {
          header_image = load_image (block->text, &header_w, &header_h);
          first_image = i;
        }
    }

  build_header (self, header_image, header_w, header_h);

  for (guint i = 0; i < n; i++)
    {
      const CbFormBlock *block = cb_form_get_block (self->form, i);

      switch (block->kind)
        {
        case CB_FORM_HEADING:
          build_heading (self, block);
          break;

        case CB_FORM_FIELD:
          build_field (self, block);
          break;

        case CB_FORM_TEXT:
          build_text (self, block, FALSE);
          break;

        case CB_FORM_PARAGRAPH:
          build_text (self, block, TRUE);
          break;

        case CB_FORM_LIST:
          build_list (self, block);
          break;

        case CB_FORM_CHECKLIST:
          if (block->items != NULL && block->items[0] != NULL)
            build_checklist (self, block);
          break;

        case CB_FORM_TABLE:
          if (block->items != NULL && block->items[0] != NULL)
            build_table (self, block);
          break;

        case CB_FORM_SIGNATURES:
          if (block->items != NULL && block->items[0] != NULL)
            build_signatures (self, block);
          break;

        case CB_FORM_CHOICE_TABLE:
          if (block->items != NULL && block->items[0] != NULL)
            build_choice_table (self, block);
          break;

        case CB_FORM_IMAGE:
          if (i > first_image && block->text != NULL)
            {
              double w, h;
              cairo_surface_t *image = load_image (block->text, &w, &h);

              if (image != NULL)
                build_image (self, image, w, h);
            }
          break;

        default:
          g_warn_if_reached ();
          break;
        }
    }
}

/* Pagination */

static gboolean
box_splits (const Box *box,
            double     available)
{
  return box->may_split || box->height > available + EPS;
}

/* The largest break in (from, limit], or -1. */
static double
box_find_break (const Box *box,
                double     from,
                double     limit,
                gboolean   keep_top)
{
  double best = -1;

  for (guint i = 0; i < box->breaks->len; i++)
    {
      double b = g_array_index (box->breaks, double, i);

      if (b > limit + EPS)
        break;
      if (b > from + EPS && (!keep_top || from > EPS || b > box->keep_top - EPS))
        best = b;
    }

  return best;
}

/* The first place the box may be split, or -1. */
static double
box_first_break (const Box *box)
{
  for (guint i = 0; i < box->breaks->len; i++)
    {
      double b = g_array_index (box->breaks, double, i);

      if (b > box->keep_top - EPS)
        return b;
    }

  return -1;
}

/* What must follow box @index on its page: the start of the next box, and
 * more when that one must not be last either. */
static double
space_needed_after (CbPrintLayout *self,
                    guint          index,
                    double         available)
{
  double need = 0;

  for (guint i = index + 1; i < self->boxes->len; i++)
    {
      const Box *box = g_ptr_array_index (self->boxes, i);
      double first = box->height;

      if (box_splits (box, available))
        {
          double b = box_first_break (box);
          if (b > 0)
            first = b;
        }

      need += box->space_before + first;
      if (!box->keep_with_next || first < box->height)
        break;
    }

  return need;
}

static void
place (CbPrintLayout *self,
       guint          box,
       double         from,
       double         to,
       double         y)
{
  Placement placement = { box, from, to, y };

  g_array_append_val (self->placements, placement);
}

static void
paginate (CbPrintLayout *self)
{
  double top = self->margin_top;
  double bottom = self->content_bottom;
  double available = bottom - top;
  double y = top;
  gboolean page_empty = TRUE;
  guint first = 0;

  g_array_append_val (self->page_starts, first);

  for (guint i = 0; i < self->boxes->len; i++)
    {
      const Box *box = g_ptr_array_index (self->boxes, i);
      double from = 0;

      while (from < box->height - EPS)
        {
          double space = page_empty ? 0 : box->space_before;
          double remaining = bottom - y - space;
          double rest = box->height - from;
          guint start;

          if (rest <= remaining + EPS)
            {
              gboolean move = FALSE;

              if (from <= EPS && box->keep_with_next && !page_empty)
                {
                  double need = rest + space_needed_after (self, i, available);

                  move = need > remaining + EPS && box->height + space_needed_after (self, i, available) <= available;
                }

              if (!move)
                {
                  place (self, i, from, box->height, y + space);
                  y += space + rest;
                  page_empty = FALSE;
                  break;
                }
            }
          else if (box_splits (box, available))
            {
              double b = box_find_break (box, from, from + remaining, TRUE);

              if (b < 0 && page_empty)
                {
                  /* Not even the first lines fit on an empty page: give up
                   * keeping them together, and at worst cut at the edge. */
                  b = box_find_break (box, from, from + remaining, FALSE);
                  if (b < 0)
                    b = from + remaining;
                }

              if (b > 0)
                {
                  place (self, i, from, b, y + space);
                  from = b;
                }
            }

          /* A new page */
          start = self->placements->len;
          g_array_append_val (self->page_starts, start);
          y = top;
          page_empty = TRUE;

          if (box->table_header >= 0 && from <= EPS)
            {
              const Box *header = g_ptr_array_index (self->boxes, box->table_header);

              place (self, box->table_header, 0, header->height, y);
              y += header->height;
              page_empty = FALSE;
            }
        }
    }
}

/* Drawing */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
draw_text (cairo_t     *cr,
           const Piece *piece,
           double       from,
           double       to,
           gboolean     whole)
{
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);

  set_grey (cr, piece->grey);
  do
    {
      int y0, y1;
      double line_top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      line_top = piece->y + (double) y0 / PANGO_SCALE;

      if (whole || (line_top >= from - EPS && line_top < to - EPS))
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, piece->x + (double) logical.x / PANGO_SCALE, piece->y + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_piece (cairo_t     *cr,
            const Piece *piece,
            double       from,
            double       to,
            gboolean     whole)
{
  if (piece->kind == PIECE_TEXT)
    {
      draw_text (cr, piece, from, to, whole);
      return;
    }

  if (!whole && (piece->y + piece->h < from - 1 || piece->y > to + 1))
    return;

  cairo_save (cr);
  switch (piece->kind)
    {
    case PIECE_LINE:
      set_grey (cr, piece->grey);
      cairo_set_line_width (cr, piece->line_width);
      cairo_move_to (cr, piece->x, piece->y);
      cairo_rel_line_to (cr, piece->w, 0);
      cairo_stroke (cr);
      break;

    case PIECE_FILL:
      set_grey (cr, piece->grey);
      cairo_rectangle (cr, piece->x, piece->y, piece->w, piece->h);
      cairo_fill (cr);
      break;

    case PIECE_FRAME:
      set_grey (cr, piece->grey);
      cairo_set_line_width (cr, piece->line_width);
      cairo_rectangle (cr, piece->x, piece->y, piece->w, piece->h);
      cairo_stroke (cr);
      break;

    case PIECE_CHECKBOX:
      set_grey (cr, piece->grey);
      cairo_set_line_width (cr, piece->line_width);
      cairo_rectangle (cr, piece->x, piece->y, piece->w, piece->h);
      cairo_stroke (cr);
      if (piece->ticked)
        {
          double s = piece->w;

          cairo_set_line_width (cr, 1.4);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_move_to (cr, piece->x + 0.18 * s, piece->y + 0.52 * s);
          cairo_line_to (cr, piece->x + 0.42 * s, piece->y + 0.80 * s);
          cairo_line_to (cr, piece->x + 0.88 * s, piece->y + 0.12 * s);
          cairo_stroke (cr);
        }
      break;

    case PIECE_IMAGE:
      {
        int iw = cairo_image_surface_get_width (piece->image);
        int ih = cairo_image_surface_get_height (piece->image);

        cairo_translate (cr, piece->x, piece->y);
        cairo_scale (cr, piece->w / iw, piece->h / ih);
        cairo_set_source_surface (cr, piece->image, 0, 0);
        cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
        cairo_paint (cr);
      }
      break;

    case PIECE_TEXT:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
draw_footer (CbPrintLayout *self,
             cairo_t       *cr,
             guint          page)
{
  double W = self->content_width;
  const char *footer = cb_form_get_footer (self->form);
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) number = NULL;
  double number_w;

  /* TRANSLATORS: in the footer of a printed form */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, cb_print_layout_get_n_pages (self));
  number = new_layout (self, FONT_SMALL, page_text, 0);
  number_w = layout_width (number);

  cairo_save (cr);
  cairo_translate (cr, self->margin_left, self->footer_y);

  set_grey (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, -4);
  cairo_rel_line_to (cr, W, 0);
  cairo_stroke (cr);

  set_grey (cr, DIM);
  cairo_move_to (cr, W - number_w, 0);
  pango_cairo_show_layout (cr, number);

  if (footer != NULL && *footer != '\0')
    {
      g_autoptr(PangoLayout) left = new_layout (self, FONT_SMALL, footer, MAX (W - number_w - 24, 10));

      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, left);
    }

  cairo_restore (cr);
}

/* GObject */

static void
cb_print_layout_finalize (GObject *object)
{
  CbPrintLayout *self = CB_PRINT_LAYOUT (object);

  g_clear_pointer (&self->form, cb_form_unref);
  g_clear_object (&self->context);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (cb_print_layout_parent_class)->finalize (object);
}

static void
cb_print_layout_class_init (CbPrintLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_print_layout_finalize;
}

static void
cb_print_layout_init (CbPrintLayout *self)
{
  for (guint i = 0; i < N_FONTS; i++)
    self->fonts[i] = pango_font_description_from_string (font_names[i]);

  self->boxes = g_ptr_array_new_with_free_func (box_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Public API */

CbPrintLayout *
cb_print_layout_new (CbForm       *form,
                     PangoContext *context,
                     double        width,
                     double        height,
                     double        margin_top,
                     double        margin_right,
                     double        margin_bottom,
                     double        margin_left)
{
  CbPrintLayout *self;
  cairo_font_options_t *options;
  g_autoptr(PangoLayout) probe = NULL;
  double footer_h;

  g_return_val_if_fail (form != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > margin_left + margin_right + 72, NULL);
  g_return_val_if_fail (height > margin_top + margin_bottom + 144, NULL);

  self = g_object_new (CB_TYPE_PRINT_LAYOUT, NULL);
  self->form = cb_form_ref (form);
  self->context = g_object_ref (context);
  self->width = width;
  self->height = height;
  self->margin_top = margin_top;
  self->margin_right = margin_right;
  self->margin_bottom = margin_bottom;
  self->margin_left = margin_left;
  self->content_width = width - margin_left - margin_right;

  /* A compact form (the one-page coach profile) sets its text smaller. */
  if (cb_form_get_compact (form))
    for (guint i = 0; i < N_FONTS; i++)
      pango_font_description_set_size (self->fonts[i],
                                       (int) (pango_font_description_get_size (self->fonts[i]) * 0.88));

  /* The same lines on paper, in a PDF and on any printer. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);

  probe = new_layout (self, FONT_SMALL, "Ag", 0);
  footer_h = layout_height (probe);
  self->footer_y = height - margin_bottom - footer_h;
  self->content_bottom = self->footer_y - 14;

  build_boxes (self);
  paginate (self);

  return self;
}

guint
cb_print_layout_get_n_pages (CbPrintLayout *self)
{
  g_return_val_if_fail (CB_IS_PRINT_LAYOUT (self), 0);

  return self->page_starts->len;
}

void
cb_print_layout_draw_page (CbPrintLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  guint start, end;

  g_return_if_fail (CB_IS_PRINT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  start = g_array_index (self->page_starts, guint, page);
  end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                          : self->placements->len;

  for (guint p = start; p < end; p++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, p);
      const Box *box = g_ptr_array_index (self->boxes, placement->box);
      gboolean whole = placement->from <= EPS && placement->to >= box->height - EPS;

      cairo_save (cr);
      cairo_translate (cr, self->margin_left, placement->y - placement->from);
      if (!whole)
        {
          cairo_rectangle (cr, -self->margin_left, placement->from - 0.5,
                           self->width, placement->to - placement->from + 1);
          cairo_clip (cr);
        }

      for (guint i = 0; i < box->pieces->len; i++)
        draw_piece (cr, &g_array_index (box->pieces, Piece, i), placement->from, placement->to, whole);

      cairo_restore (cr);
    }

  draw_footer (self, cr, page);
}
