/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "../cb-test-util.h"
#include "cb-print-test-util.h"

gboolean
poppler_found (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return out;
}

/* The text of pages @first to @last (0: all), laid out as on the page. */
char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);

  if (first == 0)
    {
      const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
      return run_tool (argv);
    }
  else
    {
      const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", f, "-l", l, path, "-", NULL };
      return run_tool (argv);
    }
}

/* The text in reading order. */
char *
pdf_text_raw (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return run_tool (argv);
}

char *
pdf_info_value (const char *path,
                const char *key)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));

  g_error ("pdfinfo gave no %s for %s:\n%s", key, path, out);
  return NULL;
}

guint
pdf_n_pages (const char *path)
{
  g_autofree char *value = pdf_info_value (path, "Pages");

  return (guint) g_ascii_strtoull (value, NULL, 10);
}

/* "Page size:      595.276 x 841.89 pts (A4)" */
void
pdf_page_size (const char *path,
               double     *width,
               double     *height)
{
  g_autofree char *value = pdf_info_value (path, "Page size");
  char *end = NULL;

  *width = g_ascii_strtod (value, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
}

guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (haystack, needle); at != NULL; at = strstr (at + strlen (needle), needle))
    n++;

  return n;
}

/* The last line of a page's text above its footer. */
char *
last_content_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  char *last = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*g_strstrip (lines[i]) == '\0' || strstr (lines[i], "Page ") != NULL)
        continue;
      g_free (last);
      last = g_strdup (lines[i]);
    }

  return last != NULL ? last : g_strdup ("");
}

/* Every word of every page lies inside the margins. */
void
pdf_assert_inside_margins (const char *path,
                           double      margin)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = run_tool (argv);
  g_autoptr(GRegex) page_re = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">", 0, 0, NULL);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) page_match = NULL;
  guint n_words = 0;
  double width, height;

  g_assert_true (g_regex_match (page_re, out, 0, &page_match));
  {
    g_autofree char *w = g_match_info_fetch (page_match, 1);
    g_autofree char *h = g_match_info_fetch (page_match, 2);

    width = g_ascii_strtod (w, NULL);
    height = g_ascii_strtod (h, NULL);
  }

  {
    g_autoptr(GMatchInfo) match = NULL;

    g_regex_match (word_re, out, 0, &match);
    while (g_match_info_matches (match))
      {
        g_autofree char *x0 = g_match_info_fetch (match, 1);
        g_autofree char *y0 = g_match_info_fetch (match, 2);
        g_autofree char *x1 = g_match_info_fetch (match, 3);
        g_autofree char *y1 = g_match_info_fetch (match, 4);
        g_autofree char *word = g_match_info_fetch (match, 5);
        double xmin = g_ascii_strtod (x0, NULL), ymin = g_ascii_strtod (y0, NULL);
        double xmax = g_ascii_strtod (x1, NULL), ymax = g_ascii_strtod (y1, NULL);

        if (xmin < margin - 0.5 || ymin < margin - 0.5 ||
            xmax > width - margin + 0.5 || ymax > height - margin + 0.5)
          g_error ("“%s” at %.1f,%.1f–%.1f,%.1f is outside the margins of a %.1f × %.1f page",
                   word, xmin, ymin, xmax, ymax, width, height);
        n_words++;
        g_match_info_next (match, NULL);
      }
  }

  g_assert_cmpuint (n_words, >, 0);
}

void
cb_print_test_rm_rf (const char *path)
{
  cb_test_rm_rf (path);
}

