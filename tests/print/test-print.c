/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed form, checked without a display: PDFs made by
 * cb_print_export_pdf() are read back with poppler's pdftotext and pdfinfo,
 * and pages are rasterised with cairo to measure what text cannot show. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "cb-print.h"
#include "cb-print-layout.h"
#include "cb-print-test-util.h"

#define MARGIN (CB_PRINT_MARGIN_MM * 72.0 / 25.4)

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Forms */

static CbForm *
make_agreement (gboolean blank)
{
  const char *contact[] = { "Email", "Phone", "Video call", NULL };
  const char *columns[] = { "Action", "Owner", "Due", NULL };
  const char *topics[] = { "Career direction", "Leading a small team", "Confidence in meetings", NULL };
  const char *parties[] = { "Mentor", "Mentee", NULL };
  CbForm *form = cb_form_new ("Mentoring agreement");
  GPtrArray *rows = NULL;

  cb_form_add_subtitle (form, "Northwind Mentoring");
  cb_form_add_subtitle (form, "Client: Sam Patel");
  cb_form_set_footer (form, "Northwind Mentoring — confidential");
  cb_form_set_blank (form, blank);

  cb_form_add_heading (form, "About the mentee");
  cb_form_add_field (form, "Full name", blank ? NULL : "Samira Patel-Okonkwo");
  cb_form_add_field (form, "Email address", blank ? NULL : "sam.patel@example.org");
  cb_form_add_field (form, "Start date", blank ? NULL : "3 March 2026");
  cb_form_add_checklist (form, "Preferred contact", contact, blank ? 0 : 0x5);
  cb_form_add_text (form, "Goals for the year",
                    blank ? NULL : "Grow into the team lead role, learn to delegate, and "
                                   "speak up with confidence in leadership meetings.", 4);
  cb_form_add_list (form, "Topics", blank ? NULL : topics, 3);

  cb_form_add_heading (form, "Agreed actions");
  if (!blank)
    {
      rows = g_ptr_array_new ();
      g_ptr_array_add (rows, g_strdupv ((char *[]) { "Book a shadowing day with the head of product", "Sam", "20 March", NULL }));
      g_ptr_array_add (rows, g_strdupv ((char *[]) { "Share the reading list on delegation", "Alex", "10 March", NULL }));
      g_ptr_array_add (rows, g_strdupv ((char *[]) { "Draft a one-page team charter", "Sam", "1 April", NULL }));
    }
  cb_form_add_table (form, columns, rows, blank ? 4 : 0);

  cb_form_add_heading (form, "Our agreement");
  cb_form_add_paragraph (form, blank ? NULL :
                         "We meet once a month for an hour, online or in person. What we talk about "
                         "stays between us, unless someone is at risk of harm. Either of us may end "
                         "the mentoring at any time by telling the other.");
  cb_form_add_signatures (form, parties);

  return form;
}

static CbForm *
make_long_form (guint n_fields)
{
  CbForm *form = cb_form_new ("Long form");

  cb_form_set_footer (form, "Footer practice");
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *label = g_strdup_printf ("Label %03u", i);
      g_autofree char *value = g_strdup_printf ("Value %03u", i);

      if (i % 10 == 0)
        {
          g_autofree char *heading = g_strdup_printf ("Heading %03u", i);
          cb_form_add_heading (form, heading);
        }
      cb_form_add_field (form, label, value);
    }

  return form;
}

static char *
export (CbForm     *form,
        CbPaper     paper,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = tmp_path (name);

  g_assert_true (cb_print_export_pdf (form, paper, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (g_getenv ("CB_PRINT_KEEP") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length;
      g_autofree char *kept = g_build_filename (g_getenv ("CB_PRINT_KEEP"), name, NULL);

      g_file_get_contents (path, &contents, &length, NULL);
      g_file_set_contents_full (kept, contents, length, G_FILE_SET_CONTENTS_NONE, 0644, NULL);
    }

  return path;
}

/* Tests */

static void
test_paper_locale (void)
{
  const struct { const char *all, *paper, *lang; CbPaper expected; } cases[] = {
    { NULL, NULL, NULL, CB_PAPER_A4 },
    { NULL, NULL, "en_US.UTF-8", CB_PAPER_LETTER },
    { NULL, NULL, "en_GB.UTF-8", CB_PAPER_A4 },
    { NULL, "en_CA.UTF-8", "de_DE.UTF-8", CB_PAPER_LETTER },
    { NULL, "de_DE.UTF-8", "en_US.UTF-8", CB_PAPER_A4 },
    { "fr_CA.UTF-8@euro", "de_DE.UTF-8", NULL, CB_PAPER_LETTER },
    { "C.UTF-8", "en_US.UTF-8", "en_US", CB_PAPER_A4 },
    { NULL, NULL, "C", CB_PAPER_A4 },
    { NULL, NULL, "es_US", CB_PAPER_LETTER },
    { NULL, NULL, "pt_BR.UTF-8", CB_PAPER_A4 },
  };
  g_autofree char *all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *paper = g_strdup (g_getenv ("LC_PAPER"));
  g_autofree char *lang = g_strdup (g_getenv ("LANG"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *values[] = { cases[i].all, cases[i].paper, cases[i].lang };
      const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };

      for (guint v = 0; v < 3; v++)
        {
          if (values[v] != NULL)
            g_setenv (names[v], values[v], TRUE);
          else
            g_unsetenv (names[v]);
        }
      g_test_message ("case %u", i);
      g_assert_cmpint (cb_paper_for_locale (), ==, cases[i].expected);
    }

  all != NULL ? g_setenv ("LC_ALL", all, TRUE) : g_unsetenv ("LC_ALL");
  paper != NULL ? g_setenv ("LC_PAPER", paper, TRUE) : g_unsetenv ("LC_PAPER");
  lang != NULL ? g_setenv ("LANG", lang, TRUE) : g_unsetenv ("LANG");
}

static void
test_pdf_filled (void)
{
  g_autoptr(CbForm) form = make_agreement (FALSE);
  g_autofree char *path = export (form, CB_PAPER_A4, "filled.pdf");
  g_autofree char *text = pdf_text (path, 0, 0);
  g_autofree char *raw = pdf_text_raw (path);
  const char *expected[] = {
    "Mentoring agreement", "Northwind Mentoring", "Client: Sam Patel",
    "About the mentee", "Full name", "Samira Patel-Okonkwo", "Email address",
    "sam.patel@example.org", "Start date", "3 March 2026", "Preferred contact", "Email",
    "Phone", "Video call", "Goals for the year", "learn to delegate", "Topics",
    "Career direction", "Leading a small team", "Confidence in meetings",
    "Agreed actions", "Action", "Owner", "Due", "Share the reading list on delegation",
    "Alex", "10 March", "Draft a one-page team charter", "Our agreement",
    "We meet once a month", "at any time by telling", "Mentor", "Mentee",
    "Northwind Mentoring — confidential", "Page 1 of 1",
  };
  double width, height;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL && strstr (raw, expected[i]) == NULL)
      g_error ("“%s” is missing from the PDF:\n%s", expected[i], text);

  g_assert_cmpuint (pdf_n_pages (path), ==, 1);
  pdf_page_size (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);

  /* Only the user may read an exported record. */
  {
    GStatBuf st;
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

static void
test_pdf_letter (void)
{
  g_autoptr(CbForm) form = make_agreement (FALSE);
  g_autofree char *path = export (form, CB_PAPER_LETTER, "letter.pdf");
  double width, height;

  pdf_page_size (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  pdf_assert_inside_margins (path, MARGIN);
}

static void
test_pdf_page_numbers (void)
{
  g_autoptr(CbForm) form = make_long_form (110);
  g_autofree char *path = export (form, CB_PAPER_A4, "long.pdf");
  g_autofree char *all = pdf_text (path, 0, 0);
  guint n = pdf_n_pages (path);

  g_assert_cmpuint (n, >=, 3);
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = pdf_text (path, p, p);
      g_autofree char *want = g_strdup_printf ("Page %u of %u", p, n);

      g_assert_cmpuint (count (text, want), ==, 1);
      g_assert_cmpuint (count (text, "Page "), ==, 1);
      g_assert_cmpuint (count (text, "Footer practice"), ==, 1);
    }

  /* Every row once, in order, and no heading is the last thing on a page. */
  {
    const char *at = all;

    for (guint i = 0; i < 110; i++)
      {
        g_autofree char *label = g_strdup_printf ("Label %03u", i);
        g_autofree char *value = g_strdup_printf ("Value %03u", i);

        g_assert_cmpuint (count (all, label), ==, 1);
        g_assert_cmpuint (count (all, value), ==, 1);
        at = strstr (at, label);
        g_assert_nonnull (at);
      }
  }

  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = pdf_text (path, p, p);
      g_autofree char *last = last_content_line (text);

      g_assert_null (strstr (last, "Heading"));
    }

  pdf_assert_inside_margins (path, MARGIN);
}

static void
test_pdf_long_paragraph (void)
{
  g_autoptr(CbForm) form = cb_form_new ("A long clause");
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *lorem[] = { "the", "mentor", "agrees", "to", "keep", "what", "is", "said",
                          "private", "and", "to", "meet", "at", "an", "agreed", "time" };
  const char *at;
  guint n_pages;

  for (guint i = 0; i < 3000; i++)
    {
      if (i % 10 == 0)
        g_string_append_printf (words, "S%04uX ", i / 10);
      else
        g_string_append_printf (words, "%s ", lorem[i % G_N_ELEMENTS (lorem)]);
      if (i % 700 == 699)
        g_string_append (words, "\n");
    }

  /* A field whose value alone is taller than a page. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (value, "F%03uY line of a very long answer\n", i);

  cb_form_add_heading (form, "Terms");
  cb_form_add_paragraph (form, words->str);
  cb_form_add_field (form, "Long answer", value->str);
  cb_form_add_text (form, "Afterword", "The end.", 1);

  path = export (form, CB_PAPER_A4, "paragraph.pdf");
  text = pdf_text_raw (path);
  n_pages = pdf_n_pages (path);
  g_assert_cmpuint (n_pages, >=, 5);

  at = text;
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *sentinel = g_strdup_printf ("S%04uX", i);

      g_assert_cmpuint (count (text, sentinel), ==, 1);
      at = strstr (at, sentinel);
      if (at == NULL)
        g_error ("%s is out of order", sentinel);
    }

  at = text;
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *sentinel = g_strdup_printf ("F%03uY", i);

      g_assert_cmpuint (count (text, sentinel), ==, 1);
      at = strstr (at, sentinel);
      if (at == NULL)
        g_error ("%s is out of order", sentinel);
    }
  g_assert_nonnull (strstr (at, "The end."));

  pdf_assert_inside_margins (path, MARGIN);
}

static void
test_pdf_signatures_together (void)
{
  gboolean moved = FALSE;

  /* Push the signature block down a line at a time, past the foot of the
   * first page: it must move to the next page whole, with its heading. */
  for (guint n = 20; n < 48; n++)
    {
      g_autoptr(CbForm) form = make_long_form (0);
      const char *parties[] = { "Mentor", "Mentee", "Supervisor", NULL };
      g_autofree char *path = NULL;
      guint n_pages, sign_page = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *label = g_strdup_printf ("Filler %03u", i);
          cb_form_add_field (form, label, "Something");
        }
      cb_form_add_heading (form, "Sign here");
      cb_form_add_signatures (form, parties);

      path = export (form, CB_PAPER_A4, "signatures.pdf");
      n_pages = pdf_n_pages (path);

      for (guint p = 1; p <= n_pages; p++)
        {
          g_autofree char *text = pdf_text (path, p, p);

          if (count (text, "Mentor") == 0 && count (text, "Sign here") == 0)
            {
              g_assert_cmpuint (count (text, "Signature"), ==, 0);
              g_assert_cmpuint (count (text, "Date"), ==, 0);
              continue;
            }

          g_assert_cmpuint (sign_page, ==, 0);
          sign_page = p;
          g_assert_cmpuint (count (text, "Sign here"), ==, 1);
          g_assert_cmpuint (count (text, "Mentor"), ==, 1);
          g_assert_cmpuint (count (text, "Mentee"), ==, 1);
          g_assert_cmpuint (count (text, "Supervisor"), ==, 1);
          g_assert_cmpuint (count (text, "Name"), ==, 3);
          g_assert_cmpuint (count (text, "Signature"), ==, 3);
          g_assert_cmpuint (count (text, "Date"), ==, 3);
        }

      g_assert_cmpuint (sign_page, >, 0);
      if (sign_page == 2)
        {
          g_autofree char *first = pdf_text (path, 1, 1);

          /* Moved, though there was room for the heading alone. */
          g_assert_cmpuint (count (first, "Filler 0"), >, 15);
          moved = TRUE;
        }
    }

  g_assert_true (moved);
}

static void
test_pdf_table_pages (void)
{
  g_autoptr(CbForm) form = cb_form_new ("Actions");
  const char *columns[] = { "What", "Who", "When", NULL };
  GPtrArray *rows = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  for (guint r = 0; r < 90; r++)
    {
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup_printf ("Act-%03u", r);
      cells[1] = g_strdup_printf ("Who-%03u", r);
      cells[2] = g_strdup_printf ("Due-%03u", r);
      g_ptr_array_add (rows, cells);
    }
  cb_form_add_table (form, columns, rows, 0);

  path = export (form, CB_PAPER_LETTER, "table.pdf");
  n_pages = pdf_n_pages (path);
  g_assert_cmpuint (n_pages, >=, 2);
  all = pdf_text (path, 0, 0);

  /* The header on every page; each row once, whole, on one line. */
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (path, p, p);

      g_assert_cmpuint (count (text, "What"), ==, 1);
      g_assert_cmpuint (count (text, "When"), ==, 1);
    }

  for (guint r = 0; r < 90; r++)
    {
      g_autofree char *act = g_strdup_printf ("Act-%03u", r);
      g_autofree char *due = g_strdup_printf ("Due-%03u", r);
      const char *line = strstr (all, act);
      const char *end;

      g_assert_cmpuint (count (all, act), ==, 1);
      g_assert_nonnull (line);
      end = strchr (line, '\n');
      g_assert_nonnull (strstr (line, due));
      g_assert_true (strstr (line, due) < end);
    }

  pdf_assert_inside_margins (path, MARGIN);
}

/* Rows of the page, at 2 pixels a point, where the right two thirds of the
 * content are almost all ink: a line to write on or a rule. */
static guint
count_writing_lines (CbForm *form)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(CbPrintLayout) layout = NULL;
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_surface_t *surface;
  double width, height;
  guint runs = 0;
  gboolean in_run = FALSE;
  cairo_t *cr;
  guchar *data;
  int stride;

  cb_paper_get_size (CB_PAPER_A4, &width, &height);
  layout = cb_print_layout_new (form, context, width, height, MARGIN, MARGIN, MARGIN, MARGIN);
  g_object_unref (context);
  g_assert_cmpuint (cb_print_layout_get_n_pages (layout), ==, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width * 2, (int) height * 2);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  cb_print_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) height * 2; y++)
    {
      const guint32 *row = (const guint32 *) (gpointer) (data + y * stride);
      int x0 = (int) ((MARGIN + (width - 2 * MARGIN) * 0.40) * 2);
      int x1 = (int) ((width - MARGIN - 4) * 2);
      int inked = 0;

      for (int x = x0; x < x1; x++)
        if ((row[x] & 0xff) < 235)
          inked++;

      if (inked > (x1 - x0) * 0.95)
        {
          if (!in_run)
            runs++;
          in_run = TRUE;
        }
      else
        in_run = FALSE;
    }

  cairo_surface_destroy (surface);
  return runs;
}

static CbForm *
make_small_form (gboolean blank)
{
  CbForm *form = cb_form_new ("Session record");

  cb_form_set_blank (form, blank);
  cb_form_add_field (form, "Client", blank ? NULL : "Robin Quayle");
  cb_form_add_field (form, "Date", blank ? NULL : "12 May 2026");
  cb_form_add_field (form, "Duration", blank ? NULL : "50 minutes");
  cb_form_add_text (form, "What we talked about", blank ? NULL : "Priorities for the quarter.", 4);

  return form;
}

static void
test_pdf_blank (void)
{
  g_autoptr(CbForm) blank = make_agreement (TRUE);
  g_autoptr(CbForm) filled = make_agreement (FALSE);
  g_autoptr(CbForm) small_blank = make_small_form (TRUE);
  g_autoptr(CbForm) small_filled = make_small_form (FALSE);
  g_autofree char *path = export (blank, CB_PAPER_A4, "blank.pdf");
  g_autofree char *filled_path = export (filled, CB_PAPER_A4, "filled-for-blank.pdf");
  g_autofree char *text = pdf_text (path, 0, 0);
  const char *labels[] = { "About the mentee", "Full name", "Email address", "Start date",
                           "Preferred contact", "Video call", "Goals for the year", "Topics",
                           "Action", "Owner", "Due", "Mentor", "Mentee", "Name", "Signature" };
  const char *values[] = { "Samira", "example.org", "March", "delegate", "Career",
                           "reading list", "We meet once" };
  guint lines_blank, lines_filled;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (strstr (text, labels[i]) == NULL)
      g_error ("“%s” is missing from the blank form:\n%s", labels[i], text);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (strstr (text, values[i]) != NULL)
      g_error ("“%s” is on the blank form:\n%s", values[i], text);

  /* Room to write takes more paper than the answers did. */
  g_assert_cmpuint (pdf_n_pages (path), >, pdf_n_pages (filled_path));

  /* One line to write on for each field, and four for the text. */
  lines_blank = count_writing_lines (small_blank);
  lines_filled = count_writing_lines (small_filled);
  g_test_message ("writing lines: %u blank, %u filled", lines_blank, lines_filled);
  g_assert_cmpuint (lines_blank, ==, lines_filled + 3 + 4);

  pdf_assert_inside_margins (path, MARGIN);
}

static void
test_pdf_image (void)
{
  g_autofree char *png = tmp_path ("photo.png");
  g_autofree char *missing = tmp_path ("no-such-photo.jpg");
  g_autofree char *junk = tmp_path ("junk.png");
  g_autoptr(CbForm) form = cb_form_new ("Client profile");
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(CbPrintLayout) layout = NULL;
  PangoContext *context;
  cairo_surface_t *surface;
  double width, height;
  int min_x = G_MAXINT, max_x = -1, min_y = G_MAXINT, max_y = -1;
  guchar *data;
  int stride;
  cairo_t *cr;

  /* A red picture, 40 × 60 */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 60);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_set_contents (junk, "not a picture", -1, NULL));

  cb_form_add_image (form, missing);
  cb_form_add_image (form, junk);
  cb_form_add_heading (form, "Contact");
  cb_form_add_image (form, png);
  cb_form_add_field (form, "Name", "Robin Quayle");

  /* Pictures that cannot be read are left out, without a fuss. */
  g_free (export (form, CB_PAPER_A4, "image.pdf"));

  cb_paper_get_size (CB_PAPER_A4, &width, &height);
  context = pango_font_map_create_context (font_map);
  layout = cb_print_layout_new (form, context, width, height, MARGIN, MARGIN, MARGIN, MARGIN);
  g_object_unref (context);
  g_assert_cmpuint (cb_print_layout_get_n_pages (layout), ==, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cb_print_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) height; y++)
    for (int x = 0; x < (int) width; x++)
      {
        guint32 px = ((const guint32 *) (gpointer) (data + y * stride))[x];

        if (((px >> 16) & 0xff) > 200 && ((px >> 8) & 0xff) < 60 && (px & 0xff) < 60)
          {
            min_x = MIN (min_x, x);
            max_x = MAX (max_x, x);
            min_y = MIN (min_y, y);
            max_y = MAX (max_y, y);
          }
      }
  cairo_surface_destroy (surface);

  g_assert_cmpint (max_x, >=, 0);
  /* At most 35 mm wide, the shape kept, against the right margin, in the
   * top part of the page. */
  g_assert_cmpint (max_x - min_x + 1, <=, (int) (35 * 72 / 25.4) + 1);
  g_assert_cmpfloat_with_epsilon ((double) (max_y - min_y + 1) / (max_x - min_x + 1), 1.5, 0.06);
  g_assert_cmpint (max_x, >=, (int) (width - MARGIN) - 2);
  g_assert_cmpint (max_x, <=, (int) (width - MARGIN) + 1);
  g_assert_cmpint (min_y, >=, (int) MARGIN - 1);
  g_assert_cmpint (max_y, <, (int) (height / 3));
}

static void
assert_dir_has (const char  *dir,
                const char **names)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (!g_strv_contains (names, name))
        g_error ("%s was left behind in %s", name, dir);
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) names));
}

static void
test_pdf_unwritable (void)
{
  g_autoptr(CbForm) form = make_agreement (FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_path ("unwritable");
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "form.pdf", NULL);
  g_autofree char *folder_target = NULL;
  g_autofree char *existing = NULL;
  const char *none[] = { NULL };

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  /* A folder that does not exist */
  g_assert_false (cb_print_export_pdf (form, CB_PAPER_A4, missing, &error));
  g_assert_error (error, CB_PRINT_ERROR, CB_PRINT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Could not save the PDF to “"));
  g_assert_nonnull (strstr (error->message, "form.pdf"));
  g_assert_nonnull (strstr (error->message, "Choose another folder."));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder we may not write to */
  if (getuid () != 0)
    {
      g_autofree char *path = g_build_filename (dir, "form.pdf", NULL);

      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
      g_assert_false (cb_print_export_pdf (form, CB_PAPER_A4, path, &error));
      g_assert_error (error, CB_PRINT_ERROR, CB_PRINT_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "permission denied"));
      g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
      assert_dir_has (dir, none);
      g_clear_error (&error);
    }
  else
    {
      /* Root may write anywhere but here. */
      g_assert_false (cb_print_export_pdf (form, CB_PAPER_A4, "/proc/coachbook-form.pdf", &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "Could not save the PDF"));
      g_assert_false (g_file_test ("/proc/coachbook-form.pdf", G_FILE_TEST_EXISTS));
      g_clear_error (&error);
    }

  /* The PDF is made, but cannot take the name: the temporary file goes. */
  folder_target = g_build_filename (dir, "a-folder.pdf", NULL);
  g_assert_cmpint (g_mkdir (folder_target, 0700), ==, 0);
  {
    g_autofree char *inside = g_build_filename (folder_target, "keep", NULL);
    const char *expected[] = { "a-folder.pdf", NULL };

    g_assert_true (g_file_set_contents (inside, "x", -1, NULL));
    g_assert_false (cb_print_export_pdf (form, CB_PAPER_A4, folder_target, &error));
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "Could not save the PDF"));
    g_clear_error (&error);
    assert_dir_has (dir, expected);
    g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  }

  /* An existing file is replaced whole. */
  existing = g_build_filename (dir, "old.pdf", NULL);
  g_assert_true (g_file_set_contents (existing, "old contents", -1, NULL));
  g_assert_true (cb_print_export_pdf (form, CB_PAPER_A4, existing, &error));
  g_assert_no_error (error);
  {
    g_autofree char *contents = NULL;
    const char *expected[] = { "a-folder.pdf", "old.pdf", NULL };

    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
    assert_dir_has (dir, expected);
  }
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = cb_print_export_pdf_finish (result, error);

  g_assert_true (ok == (*error == NULL));
  if (ok)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_pdf_async (void)
{
  g_autoptr(CbForm) form = make_long_form (110);
  g_autofree char *path = tmp_path ("async.pdf");
  g_autofree char *bad = g_build_filename (tmpdir, "missing-folder", "async.pdf", NULL);
  GError *error = NULL;

  cb_print_export_pdf_async (form, CB_PAPER_LETTER, path, NULL, on_exported_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);   /* done, without error */
  g_clear_error (&error);

  g_assert_cmpuint (pdf_n_pages (path), >=, 3);
  {
    g_autofree char *text = pdf_text (path, 0, 0);
    g_assert_nonnull (strstr (text, "Value 109"));
  }

  cb_print_export_pdf_async (form, CB_PAPER_A4, bad, NULL, on_exported_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, CB_PRINT_ERROR, CB_PRINT_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (!poppler_found ())
    {
      g_print ("1..0 # SKIP pdftotext and pdfinfo (poppler-utils) are needed\n");
      return 0;
    }

  tmpdir = g_dir_make_tmp ("coachbook-print-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/print/paper/locale", test_paper_locale);
  g_test_add_func ("/print/pdf/filled", test_pdf_filled);
  g_test_add_func ("/print/pdf/letter", test_pdf_letter);
  g_test_add_func ("/print/pdf/page-numbers", test_pdf_page_numbers);
  g_test_add_func ("/print/pdf/long-paragraph", test_pdf_long_paragraph);
  g_test_add_func ("/print/pdf/signatures-together", test_pdf_signatures_together);
  g_test_add_func ("/print/pdf/table-pages", test_pdf_table_pages);
  g_test_add_func ("/print/pdf/blank", test_pdf_blank);
  g_test_add_func ("/print/pdf/image", test_pdf_image);
  g_test_add_func ("/print/pdf/unwritable", test_pdf_unwritable);
  g_test_add_func ("/print/pdf/async", test_pdf_async);

  ret = g_test_run ();
  cb_print_test_rm_rf (tmpdir);
  g_free (tmpdir);

  return ret;
}
