/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Saving a spreadsheet (CSV) from a view: a Save dialog, then the text is
 * written off the main thread (cb_csv_write(): whole, mode 0600) and a
 * toast in @widget's window says "Saved …" with Open, or gives the error. */

/* Asks where to save, suggesting @suggested_name; then saves what
 * @build (called on the main thread once a file is chosen) returns. */
typedef char *(*CbUiBuildText) (GtkWidget *widget);

void  cb_ui_export_csv         (GtkWidget     *widget,
                                const char    *title,
                                const char    *suggested_name,
                                CbUiBuildText  build);
/* Saves @text (taken) in @file as above, without asking. */
void  cb_ui_save_csv_to_file   (GtkWidget     *widget,
                                char          *text,
                                GFile         *file);

G_END_DECLS
