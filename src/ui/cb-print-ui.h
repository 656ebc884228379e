/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-client.h"
#include "cb-form.h"

G_BEGIN_DECLS

/* What the views' Print… and Export as PDF… do with a document's form,
 * through the one print engine (src/print). Errors and results are shown
 * as toasts in @widget's window. */

/* Opens the print dialog for @form. */
void  cb_ui_print_form           (GtkWidget  *widget,
                                  CbForm     *form);
/* Asks where to save @form as a PDF, suggesting @suggested_name, then
 * saves it as cb_ui_export_form_to_file() does. */
void  cb_ui_export_form          (GtkWidget  *widget,
                                  CbForm     *form,
                                  const char *suggested_name);
/* Saves @form as a PDF in @file off the main thread; then a toast says
 * “Saved …” with an Open button, or gives the error. */
void  cb_ui_export_form_to_file  (GtkWidget  *widget,
                                  CbForm     *form,
                                  GFile      *file);
/* "Kind – Client.pdf", without characters a file name cannot hold. */
char *cb_ui_pdf_file_name        (const char *title,
                                  const char *client_name);
/* Export as PDF… for @document of @client (or NULL): cb_ui_export_form()
 * suggesting cb_ui_pdf_file_name() of the two. */
void  cb_ui_export_document_form (GtkWidget  *widget,
                                  CbForm     *form,
                                  CbDocument *document,
                                  CbClient   *client);

G_END_DECLS
