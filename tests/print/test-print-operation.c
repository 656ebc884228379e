/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing through GtkPrintOperation gives the same pages as PDF export:
 * the operation exports to a PDF (GTK_PRINT_OPERATION_ACTION_EXPORT), and
 * its page count and text are compared with cb_print_export_pdf()'s. */
#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "cb-print.h"
#include "cb-print-operation.h"
#include "cb-print-test-util.h"

static char *tmpdir;

static CbForm *
make_form (void)
{
  const char *choices[] = { "Yes", "No", NULL };
  const char *columns[] = { "Session", "Date", "Notes", NULL };
  const char *parties[] = { "Coach", "Client", NULL };
  CbForm *form = cb_form_new ("Coaching review");
  GPtrArray *rows = g_ptr_array_new ();
  g_autoptr(GString) clause = g_string_new (NULL);

  cb_form_add_subtitle (form, "Harbour Coaching");
  cb_form_set_footer (form, "Harbour Coaching");
  cb_form_add_heading (form, "Review");
  cb_form_add_field (form, "Client", "Jo Marsh");
  cb_form_add_checklist (form, "Goals met", choices, 1);
  for (guint r = 0; r < 30; r++)
    g_ptr_array_add (rows, g_strdupv ((char *[]) { g_strdup_printf ("%u", r + 1), "4 June 2026",
                                                   "Talked about priorities, boundaries and the next steps.", NULL }));
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      g_free (cells[0]);
      cells[0] = g_strdup_printf ("Row %02u", r + 1);
    }
  cb_form_add_table (form, columns, rows, 0);
  for (guint i = 0; i < 600; i++)
    g_string_append_printf (clause, "word%u ", i);
  cb_form_add_paragraph (form, clause->str);
  cb_form_add_signatures (form, parties);

  return form;
}

static void
check_paper (CbPaper     paper,
             const char *name)
{
  g_autoptr(CbForm) form = make_form ();
  g_autoptr(GtkPrintOperation) operation = cb_print_operation_new (form);
  g_autoptr(GtkPageSetup) setup = cb_print_page_setup_new (paper);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = g_strdup_printf ("%s/printed-%s.pdf", tmpdir, name);
  g_autofree char *exported = g_strdup_printf ("%s/exported-%s.pdf", tmpdir, name);
  g_autofree char *job_name = NULL;
  g_autofree char *printed_text = NULL;
  g_autofree char *exported_text = NULL;
  GtkPrintOperationResult result;
  double pw, ph, ew, eh;

  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_cmpstr (job_name, ==, "Coaching review");

  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_true (cb_print_export_pdf (form, paper, exported, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (pdf_n_pages (printed), >=, 2);
  g_assert_cmpuint (pdf_n_pages (printed), ==, pdf_n_pages (exported));
  pdf_page_size (printed, &pw, &ph);
  pdf_page_size (exported, &ew, &eh);
  g_assert_cmpfloat_with_epsilon (pw, ew, 0.5);
  g_assert_cmpfloat_with_epsilon (ph, eh, 0.5);

  printed_text = pdf_text (printed, 0, 0);
  exported_text = pdf_text (exported, 0, 0);
  g_assert_cmpstr (printed_text, ==, exported_text);
  g_assert_nonnull (strstr (printed_text, "Row 30"));
  g_assert_nonnull (strstr (printed_text, "word599"));

  pdf_assert_inside_margins (printed, CB_PRINT_MARGIN_MM * 72 / 25.4);
}

static void
test_operation_a4 (void)
{
  check_paper (CB_PAPER_A4, "a4");
}

static void
test_operation_letter (void)
{
  check_paper (CB_PAPER_LETTER, "letter");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);

  if (!poppler_found ())
    {
      g_print ("1..0 # SKIP pdftotext and pdfinfo (poppler-utils) are needed\n");
      return 0;
    }

  tmpdir = g_dir_make_tmp ("coachbook-print-op-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/print/operation/a4", test_operation_a4);
  g_test_add_func ("/print/operation/letter", test_operation_letter);

  ret = g_test_run ();
  cb_print_test_rm_rf (tmpdir);
  g_free (tmpdir);

  return ret;
}
