/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Reading PDFs back with poppler-utils (pdftotext, pdfinfo), for the
 * printing tests. */

#include <glib.h>

G_BEGIN_DECLS

gboolean  poppler_found             (void);
/* The text of pages @first to @last (0: all), laid out as on the page. */
char     *pdf_text                  (const char *path,
                                     guint       first,
                                     guint       last);
/* The text in reading order. */
char     *pdf_text_raw              (const char *path);
char     *pdf_info_value            (const char *path,
                                     const char *key);
guint     pdf_n_pages               (const char *path);
/* In points */
void      pdf_page_size             (const char *path,
                                     double     *width,
                                     double     *height);
/* Every word of every page lies inside the margins. */
void      pdf_assert_inside_margins (const char *path,
                                     double      margin);
guint     count                     (const char *haystack,
                                     const char *needle);
/* The last line of a page's text above its footer. */
char     *last_content_line         (const char *text);
void      cb_print_test_rm_rf       (const char *path);

G_END_DECLS
