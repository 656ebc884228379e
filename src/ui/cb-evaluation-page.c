/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client.h"
#include "cb-evaluation-editor.h"
#include "cb-evaluation-page.h"
#include "cb-print-ui.h"

struct _CbEvaluationPage
{
  CbDocumentPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CbEvaluationPage, cb_evaluation_page, CB_TYPE_DOCUMENT_PAGE)

static void
export_blank_pdf_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbDocumentPage *page = user_data;
  CbDocument *owner = cb_document_page_get_owner (page);
  g_autoptr(CbForm) form = cb_document_page_describe (page, TRUE);
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *client_name = NULL;

  if (form == NULL)
    return;

  /* Translators: the file name of a blank form, e.g. "End-of-Relationship Evaluation (blank)" */
  title = g_strdup_printf (_("%s (blank)"), _("End-of-Relationship Evaluation"));
  client_name = CB_IS_CLIENT (owner) ? cb_client_dup_display_name (CB_CLIENT (owner)) : NULL;
  file_name = cb_ui_pdf_file_name (title, client_name);
  cb_ui_export_form (GTK_WIDGET (page), form, file_name);
}

static const GActionEntry evaluation_actions[] = {
  { "export-blank-pdf", export_blank_pdf_action, NULL, NULL, NULL },
};

static GtkWidget *
cb_evaluation_page_create_editor (CbDocumentPage *page)
{
  return cb_evaluation_editor_new ();
}

static void
cb_evaluation_page_set_editor_document (CbDocumentPage *page,
                                        GtkWidget      *editor,
                                        CbDocument     *document)
{
  cb_evaluation_editor_set_evaluation (CB_EVALUATION_EDITOR (editor),
                                       document != NULL ? CB_EVALUATION (document) : NULL);
}

static void
cb_evaluation_page_fill_menu (CbDocumentPage *page,
                              GMenu          *section)
{
  g_menu_append (section, _("Export Blank as _PDF…"), "view.export-blank-pdf");
}

static void
cb_evaluation_page_class_init (CbEvaluationPageClass *klass)
{
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  page_class->document_type = CB_TYPE_EVALUATION;
  page_class->empty_title = N_("No Evaluation Yet");
  page_class->empty_description = N_("Once the coaching or mentoring has taken place it is useful to obtain feedback from both the coach and the coachee. This will provide valuable information should further placements be arranged.");
  page_class->new_label = N_("_New Evaluation");

  page_class->create_editor = cb_evaluation_page_create_editor;
  page_class->set_editor_document = cb_evaluation_page_set_editor_document;
  page_class->fill_menu = cb_evaluation_page_fill_menu;
}

static void
cb_evaluation_page_init (CbEvaluationPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), evaluation_actions, G_N_ELEMENTS (evaluation_actions));
}
