/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-form.h"
#include "cb-print.h"

G_BEGIN_DECLS

/* A print operation for a form: paginated with the page setup the user
 * chose, by the same layout as PDF export (cb_print_export_pdf()). */

#define CB_TYPE_PRINT_OPERATION (cb_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (CbPrintOperation, cb_print_operation, CB, PRINT_OPERATION, GtkPrintOperation)

/* Job name: the form's title; unit: points; default page setup:
 * cb_print_page_setup_new (cb_paper_for_locale ()). */
GtkPrintOperation *cb_print_operation_new   (CbForm  *form);

/* @paper with the margins of a printed form (CB_PRINT_MARGIN_MM). */
GtkPageSetup      *cb_print_page_setup_new  (CbPaper  paper);

G_END_DECLS
