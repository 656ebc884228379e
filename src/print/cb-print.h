/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-form.h"

G_BEGIN_DECLS

/* Printing a form on paper of a standard size, and saving it as a PDF with
 * the very same layout (cb-print-layout.h). */

typedef enum
{
  CB_PAPER_A4,
  CB_PAPER_LETTER,
} CbPaper;

/* The margins of a printed form, on every side. */
#define CB_PRINT_MARGIN_MM 18.0

#define CB_PRINT_ERROR (cb_print_error_quark ())

typedef enum
{
  CB_PRINT_ERROR_FAILED,             /* the PDF could not be made */
  CB_PRINT_ERROR_PERMISSION_DENIED,  /* the folder is not writable */
  CB_PRINT_ERROR_NOT_FOUND,          /* the folder does not exist */
  CB_PRINT_ERROR_NO_SPACE,           /* the disk is full */
} CbPrintError;

GQuark   cb_print_error_quark        (void);

/* Letter where the paper locale (LC_ALL, LC_PAPER or LANG) is in the United
 * States, Canada or another country using US paper sizes; A4 elsewhere. */
CbPaper  cb_paper_for_locale         (void);
/* Width and height in points. */
void     cb_paper_get_size           (CbPaper               paper,
                                      double               *width,
                                      double               *height);

/* Writes @form as a PDF to @path: to a new file only the user can read,
 * which replaces @path once it is complete. On failure no file is left
 * behind and @path is untouched. Blocks; see the _async variant. */
gboolean cb_print_export_pdf         (CbForm               *form,
                                      CbPaper               paper,
                                      const char           *path,
                                      GError              **error);
/* The same in a thread. @form must not change until it is done. */
void     cb_print_export_pdf_async   (CbForm               *form,
                                      CbPaper               paper,
                                      const char           *path,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
gboolean cb_print_export_pdf_finish  (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
