/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement-dialog.h"
#include "cb-agreements-page.h"
#include "cb-editor-util.h"
#include "cb-practice.h"
#include "cb-record-editor.h"
#include "cb-view.h"

struct _CbAgreementsPage
{
  CbDocumentPage  parent_instance;

  CbAgreement    *shown;      /* the agreement the summary follows */
  CbEditorSummary summary;
  GtkWidget      *mark_agreed_button;   /* in the header bar while a draft is open */
};

G_DEFINE_FINAL_TYPE (CbAgreementsPage, cb_agreements_page, CB_TYPE_DOCUMENT_PAGE)

static const char * const status_styles[] = {
  "cb-agreement-draft", "cb-agreement-agreed", "cb-agreement-ended",
};

static CbAgreement *
open_agreement (CbAgreementsPage *self)
{
  CbDocument *document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));

  return document != NULL ? CB_AGREEMENT (document) : NULL;
}

static CbPractice *
get_practice (CbAgreementsPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));
  CbDocument *root = owner != NULL ? cb_document_get_root (owner) : NULL;

  return CB_IS_PRACTICE (root) ? CB_PRACTICE (root) : NULL;
}

/* The heading above the clauses: title, status pill, dates and what to do next. */
static void
update_summary (CbAgreementsPage *self)
{
  CbAgreementStatus status;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  const char *hint;

  if (self->shown == NULL)
    return;

  status = cb_agreement_get_status (self->shown);
  title = cb_document_dup_title (CB_DOCUMENT (self->shown));
  when = cb_agreement_dup_when (self->shown);

  switch (status)
    {
    case CB_AGREEMENT_STATUS_AGREED:
      hint = _("Signed by both of you. Look back at it on the review date, and end it when you stop working together.");
      break;

    case CB_AGREEMENT_STATUS_ENDED:
      hint = _("This agreement has ended and is kept as a record.");
      break;

    case CB_AGREEMENT_STATUS_DRAFT:
    default:
      hint = _("Adjust the wording together with your client, print it for you both to sign, then mark it as agreed with the dates you signed.");
      break;
    }

  cb_editor_summary_set (&self->summary, title, cb_agreement_status_get_label (status),
                         cb_agreement_status_get_style (status), when, hint);
}

static void
on_shown_notify_cb (CbAgreementsPage *self)
{
  update_summary (self);
  /* Mark as Agreed… shows while it is a draft. */
  cb_view_changed (CB_VIEW (self));
}

static void
show_dialog (CbAgreementsPage      *self,
             CbAgreementDialogMode  mode)
{
  CbAgreement *agreement = open_agreement (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (agreement == NULL)
    return;

  dialog = cb_agreement_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, agreement, mode);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
mark_agreed_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  show_dialog (CB_AGREEMENTS_PAGE (user_data), CB_AGREEMENT_DIALOG_MARK_AGREED);
}

static void
end_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  show_dialog (CB_AGREEMENTS_PAGE (user_data), CB_AGREEMENT_DIALOG_END);
}

static const GActionEntry agreement_actions[] = {
  { "mark-agreed", mark_agreed_action, NULL, NULL, NULL },
  { "end", end_action, NULL, NULL, NULL },
};

/* CbDocumentPage */

static void
cb_agreements_page_fill_new_menu (CbDocumentPage *page,
                                  GMenu          *menu)
{
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GEnumClass) kinds = g_type_class_ref (CB_TYPE_AGREEMENT_KIND);

  for (guint i = 0; i < kinds->n_values; i++)
    {
      int kind = kinds->values[i].value;
      g_autoptr(GMenuItem) item = g_menu_item_new (cb_enum_get_label (CB_TYPE_AGREEMENT_KIND, kind), NULL);

      g_menu_item_set_action_and_target (item, "view.new", "s", cb_agreement_kind_get_template_name (kind));
      g_menu_append_item (section, item);
    }

  g_menu_append_section (menu, _("New Agreement"), G_MENU_MODEL (section));
}

static CbDocument *
cb_agreements_page_create_document (CbDocumentPage *page,
                                    const char     *kind_name)
{
  CbPractice *practice = get_practice (CB_AGREEMENTS_PAGE (page));
  CbAgreementKind kind;

  if (practice == NULL || !cb_agreement_kind_from_template_name (kind_name, &kind))
    return NULL;

  return CB_DOCUMENT (cb_agreement_new_from_template (kind, cb_agreement_find_template (practice, kind)));
}

static GtkWidget *
cb_agreements_page_create_editor (CbDocumentPage *page)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (page);
  GtkWidget *editor = cb_record_editor_new ();

  cb_editor_add_summary (ADW_PREFERENCES_PAGE (editor), &self->summary);

  return editor;
}

static void
cb_agreements_page_set_editor_document (CbDocumentPage *page,
                                        GtkWidget      *editor,
                                        CbDocument     *document)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (page);
  GtkWidget *status_row;

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_func (self->shown, on_shown_notify_cb, self);
  g_set_object (&self->shown, CB_AGREEMENT (document));

  cb_record_editor_set_record (CB_RECORD_EDITOR (editor), CB_RECORD (document));

  /* The status changes only through Mark as Agreed… and End Agreement…,
   * which record the dates with it; the pill above shows it. */
  status_row = cb_record_editor_get_row (CB_RECORD_EDITOR (editor), "status");
  if (status_row != NULL)
    gtk_widget_set_visible (status_row, FALSE);

  if (self->shown != NULL)
    {
      g_signal_connect_object (self->shown, "notify", G_CALLBACK (on_shown_notify_cb), self, G_CONNECT_SWAPPED);
      update_summary (self);
    }
}

static void
cb_agreements_page_bind_row (CbDocumentPage *page,
                             CbDocumentRow  *row,
                             CbDocument     *document)
{
  CbAgreement *agreement = CB_AGREEMENT (document);
  CbAgreementStatus status = cb_agreement_get_status (agreement);
  g_autofree char *title = cb_document_dup_title (document);
  g_autofree char *when = cb_agreement_dup_when (agreement);

  cb_document_row_set_icon_name (row, "document-edit-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, when);
  cb_document_row_set_pill (row, cb_agreement_status_get_label (status), cb_agreement_status_get_style (status));
}

/* A blank form of the open agreement's kind, in the practice's wording. */
static CbDocument *
cb_agreements_page_create_blank (CbDocumentPage *page,
                                 CbDocument     *open)
{
  CbPractice *practice = get_practice (CB_AGREEMENTS_PAGE (page));
  CbAgreementKind kind = open != NULL ? cb_agreement_get_kind (CB_AGREEMENT (open)) : CB_AGREEMENT_KIND_COACHING;

  return CB_DOCUMENT (cb_agreement_new_from_template (kind, practice != NULL ? cb_agreement_find_template (practice, kind) : NULL));
}

static void
cb_agreements_page_fill_menu (CbDocumentPage *page,
                              GMenu          *section)
{
  g_menu_append (section, _("_End Agreement…"), "view.end");
}

static GtkWidget *
cb_agreements_page_get_header_widget (CbDocumentPage *page)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (page);
  CbAgreement *agreement = open_agreement (self);

  if (agreement == NULL || !cb_document_page_get_editable (page) ||
      cb_agreement_get_status (agreement) != CB_AGREEMENT_STATUS_DRAFT)
    return NULL;

  return self->mark_agreed_button;
}

static void
cb_agreements_page_update_actions (CbDocumentPage *page)
{
  CbAgreement *agreement = open_agreement (CB_AGREEMENTS_PAGE (page));
  gboolean editable = cb_document_page_get_editable (page);
  CbAgreementStatus status = agreement != NULL ? cb_agreement_get_status (agreement) : CB_AGREEMENT_STATUS_DRAFT;

  cb_document_page_set_action_enabled (page, "mark-agreed", editable && status == CB_AGREEMENT_STATUS_DRAFT);
  cb_document_page_set_action_enabled (page, "end", editable && status != CB_AGREEMENT_STATUS_ENDED);
}

static void
cb_agreements_page_dispose (GObject *object)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (object);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_func (self->shown, on_shown_notify_cb, self);
  g_clear_object (&self->shown);
  cb_editor_summary_clear (&self->summary);
  if (self->mark_agreed_button != NULL && GTK_IS_BOX (gtk_widget_get_parent (self->mark_agreed_button)))
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->mark_agreed_button)), self->mark_agreed_button);
  g_clear_object (&self->mark_agreed_button);

  G_OBJECT_CLASS (cb_agreements_page_parent_class)->dispose (object);
}

static void
cb_agreements_page_class_init (CbAgreementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  object_class->dispose = cb_agreements_page_dispose;

  page_class->document_type = CB_TYPE_AGREEMENT;
  page_class->empty_title = N_("No Agreements Yet");
  page_class->empty_description = N_("It’s a good idea to agree a contract when you first meet the learner, during the first stage: gaining a commitment. A written agreement formalises your partnership, lets you both talk in the early stages, setting guidelines and parameters, and keeps the relationship focused.");
  page_class->list_description = N_("Newest first. Open one to adjust it with your client, print it to sign, or mark it as agreed.");
  page_class->new_label = N_("_New Agreement");
  page_class->new_tooltip = N_("Start an agreement from your practice’s wording");

  page_class->fill_new_menu = cb_agreements_page_fill_new_menu;
  page_class->create_document = cb_agreements_page_create_document;
  page_class->create_editor = cb_agreements_page_create_editor;
  page_class->set_editor_document = cb_agreements_page_set_editor_document;
  page_class->bind_row = cb_agreements_page_bind_row;
  page_class->create_blank = cb_agreements_page_create_blank;
  page_class->fill_menu = cb_agreements_page_fill_menu;
  page_class->get_header_widget = cb_agreements_page_get_header_widget;
  page_class->update_actions = cb_agreements_page_update_actions;
}

static void
cb_agreements_page_init (CbAgreementsPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), agreement_actions, G_N_ELEMENTS (agreement_actions));

  self->mark_agreed_button = g_object_ref_sink (g_object_new (GTK_TYPE_BUTTON,
                                                              "label", _("_Mark as Agreed…"),
                                                              "use-underline", TRUE,
                                                              "action-name", "view.mark-agreed",
                                                              "tooltip-text", _("Enter the dates you both signed"),
                                                              NULL));
  gtk_widget_add_css_class (self->mark_agreed_button, "suggested-action");
}

const char *
cb_agreement_status_get_label (CbAgreementStatus status)
{
  return cb_enum_get_label (CB_TYPE_AGREEMENT_STATUS, status);
}

const char *
cb_agreement_status_get_style (CbAgreementStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_styles))
    return status_styles[0];

  return status_styles[status];
}
