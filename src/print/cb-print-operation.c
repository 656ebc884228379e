/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-print-layout.h"
#include "cb-print-operation.h"

struct _CbPrintOperation
{
  GtkPrintOperation  parent_instance;

  CbForm            *form;
  CbPrintLayout     *layout;   /* between begin-print and end-print */
};

G_DEFINE_FINAL_TYPE (CbPrintOperation, cb_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
cb_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  CbPrintOperation *self = CB_PRINT_OPERATION (operation);
  PangoContext *pango_context;

  /* With use-full-page off, the print context is the area inside the
   * margins of the page setup: the layout needs no margins of its own. */
  pango_context = gtk_print_context_create_pango_context (context);
  g_clear_object (&self->layout);
  self->layout = cb_print_layout_new (self->form, pango_context,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context),
                                      0, 0, 0, 0);
  g_object_unref (pango_context);

  /* A page too small to hold a form (cb_print_layout_new() says so). */
  if (self->layout == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, cb_print_layout_get_n_pages (self->layout));
}

static void
cb_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  CbPrintOperation *self = CB_PRINT_OPERATION (operation);

  g_return_if_fail (self->layout != NULL);
  g_return_if_fail (page >= 0);

  cb_print_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
cb_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  CbPrintOperation *self = CB_PRINT_OPERATION (operation);

  g_clear_object (&self->layout);
}

static void
cb_print_operation_finalize (GObject *object)
{
  CbPrintOperation *self = CB_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->form, cb_form_unref);

  G_OBJECT_CLASS (cb_print_operation_parent_class)->finalize (object);
}

static void
cb_print_operation_class_init (CbPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = cb_print_operation_finalize;

  operation_class->begin_print = cb_print_operation_begin_print;
  operation_class->draw_page = cb_print_operation_draw_page;
  operation_class->end_print = cb_print_operation_end_print;
}

static void
cb_print_operation_init (CbPrintOperation *self)
{
}

GtkPageSetup *
cb_print_page_setup_new (CbPaper paper)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *size;

  size = gtk_paper_size_new (paper == CB_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, size);
  gtk_paper_size_free (size);

  gtk_page_setup_set_top_margin (setup, CB_PRINT_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, CB_PRINT_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, CB_PRINT_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, CB_PRINT_MARGIN_MM, GTK_UNIT_MM);

  return setup;
}

GtkPrintOperation *
cb_print_operation_new (CbForm *form)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  CbPrintOperation *self;
  const char *title;

  g_return_val_if_fail (form != NULL, NULL);

  title = cb_form_get_title (form);
  setup = cb_print_page_setup_new (cb_paper_for_locale ());

  self = g_object_new (CB_TYPE_PRINT_OPERATION,
                       "job-name", title != NULL && *title != '\0' ? title : _("Form"),
                       "unit", GTK_UNIT_POINTS,
                       "use-full-page", FALSE,
                       "embed-page-setup", TRUE,
                       "default-page-setup", setup,
                       NULL);
  self->form = cb_form_ref (form);

  return GTK_PRINT_OPERATION (self);
}
