/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-print"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "cb-print.h"
#include "cb-print-layout.h"

#define MM (72.0 / 25.4)

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

typedef struct
{
  CbForm  *form;
  CbPaper  paper;
  char    *path;
} ExportData;

G_DEFINE_QUARK (cb-print-error-quark, cb_print_error)

static gboolean
territory_uses_letter (const char *locale)
{
  /* Countries where US Letter is the usual paper. */
  static const char * const letter[] = { "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", NULL };
  const char *start = strchr (locale, '_');
  gsize len;

  if (start == NULL)
    return FALSE;

  start++;
  len = strcspn (start, ".@");
  for (guint i = 0; letter[i] != NULL; i++)
    if (len == strlen (letter[i]) && g_ascii_strncasecmp (start, letter[i], len) == 0)
      return TRUE;

  return FALSE;
}

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  cb_form_unref (export->form);
  g_free (export->path);
  g_free (export);
}

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_pdf (CbForm  *form,
           CbPaper  paper,
           Sink    *sink)
{
  g_autoptr(PangoFontMap) font_map = NULL;
  PangoContext *context;
  g_autoptr(CbPrintLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height, margin = CB_PRINT_MARGIN_MM * MM;
  cairo_t *cr;

  cb_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_fd, sink, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      return status;
    }

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, cb_form_get_title (form));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Coachbook");

  /* A font map of our own: this may run in a thread. */
  font_map = pango_cairo_font_map_new ();
  context = pango_font_map_create_context (font_map);
  layout = cb_print_layout_new (form, context, width, height, margin, margin, margin, margin);
  g_object_unref (context);

  cr = cairo_create (surface);
  for (guint page = 0; page < cb_print_layout_get_n_pages (layout); page++)
    {
      cb_print_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static void
set_file_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);
  const char *reason;
  const char *advice = _("Choose another folder.");
  CbPrintError code = CB_PRINT_ERROR_FAILED;

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
      reason = _("permission denied");
      code = CB_PRINT_ERROR_PERMISSION_DENIED;
      break;

    case EROFS:
      reason = _("the disk is read-only");
      code = CB_PRINT_ERROR_PERMISSION_DENIED;
      break;

    case ENOENT:
    case ENOTDIR:
      reason = _("the folder does not exist");
      code = CB_PRINT_ERROR_NOT_FOUND;
      break;

    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      reason = _("the disk is full");
      advice = _("Free some space or choose another folder.");
      code = CB_PRINT_ERROR_NO_SPACE;
      break;

    case EISDIR:
      reason = _("a folder has that name");
      advice = _("Choose another name.");
      break;

    default:
      reason = g_strerror (saved_errno);
      break;
    }

  /* TRANSLATORS: the first %s is a file name, the second why saving failed
   * (e.g. "permission denied"), the third what to do about it. */
  g_set_error (error, CB_PRINT_ERROR, code, _("Could not save the PDF to “%s”: %s. %s"),
               name, reason, advice);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (cb_print_export_pdf (export->form, export->paper, export->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

CbPaper
cb_paper_for_locale (void)
{
  /* The first of these that is set decides, as for setlocale(). */
  static const char * const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return territory_uses_letter (value) ? CB_PAPER_LETTER : CB_PAPER_A4;
    }

  return CB_PAPER_A4;
}

void
cb_paper_get_size (CbPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  switch (paper)
    {
    case CB_PAPER_LETTER:
      *width = 8.5 * 72;
      *height = 11 * 72;
      break;

    case CB_PAPER_A4:
    default:
      *width = 210 * MM;
      *height = 297 * MM;
      break;
    }
}

gboolean
cb_print_export_pdf (CbForm      *form,
                     CbPaper      paper,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  cairo_status_t status;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);

  sink.fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    {
      set_file_error (error, path, errno);
      return FALSE;
    }

  status = write_pdf (form, paper, &sink);

  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (close (sink.fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (status == CAIRO_STATUS_SUCCESS && g_rename (temp, path) != 0)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_unlink (temp);

  if (status == CAIRO_STATUS_WRITE_ERROR && sink.saved_errno != 0)
    set_file_error (error, path, sink.saved_errno);
  else
    {
      g_autofree char *name = g_filename_display_name (path);

      /* TRANSLATORS: %s is a file name, the second an error from the
       * drawing library (in English) */
      g_set_error (error, CB_PRINT_ERROR, CB_PRINT_ERROR_FAILED,
                   _("Could not save the PDF to “%s”: %s."), name, cairo_status_to_string (status));
    }

  return FALSE;
}

void
cb_print_export_pdf_async (CbForm              *form,
                           CbPaper              paper,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (form != NULL);
  g_return_if_fail (path != NULL && *path != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  export = g_new0 (ExportData, 1);
  export->form = cb_form_ref (form);
  export->paper = paper;
  export->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cb_print_export_pdf_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
cb_print_export_pdf_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cb_print_export_pdf_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
