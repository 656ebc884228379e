/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-journal-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evidence-summary.h"
#include "cb-field-row.h"
#include "cb-journal-editor.h"
#include "cb-journal-page-private.h"
#include "cb-practice.h"
#include "cb-print-ui.h"

struct _CbJournalPage
{
  CbDocumentPage    parent_instance;

  CbPractice       *practice;        /* the owner, while it is one */
  guint             refresh_id;
  char             *headline;
  AdwActionRow     *summary_row;
  CbEvidenceWindow *evidence_window; /* weak */
  CbPromptDialog   *prompt_dialog;   /* weak */
};

G_DEFINE_FINAL_TYPE (CbJournalPage, cb_journal_page, CB_TYPE_DOCUMENT_PAGE)

#define REFRESH_DELAY_MS 200

static gboolean
show_names (CbJournalPage *self)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (cb_document_page_get_actions (CB_DOCUMENT_PAGE (self)),
                                                               "show-client-names");

  return state != NULL && g_variant_get_boolean (state);
}

static CbFormContext
form_context (CbJournalPage *self)
{
  CbFormContext context = { 0, };

  context.practice_name = self->practice != NULL ? cb_practice_get_name (self->practice) : NULL;
  return context;
}

/* The evidence at a glance */

static void
update_summary (CbJournalPage *self)
{
  g_autoptr(CbEvidenceSummary) summary = NULL;
  g_autofree char *ento = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *subtitle = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->practice == NULL || self->summary_row == NULL)
    return;

  summary = cb_evidence_summary_new (self->practice, NULL);
  g_free (self->headline);
  self->headline = cb_evidence_summary_dup_headline (summary);
  ento = cb_evidence_summary_dup_ento_line (summary);
  /* Translators: how many journal entries are tagged with evidence */
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u entry tagged", "%u of %u entries tagged",
                                          cb_evidence_summary_get_n_entries (summary)),
                             cb_evidence_summary_get_n_tagged (summary), cb_evidence_summary_get_n_entries (summary));
  /* Translators: under the journal's evidence line: the ENTO units' line and the entries' */
  subtitle = g_strdup_printf (_("%s · %s"), ento, entries);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), self->headline);
  adw_action_row_set_subtitle (self->summary_row, subtitle);
}

static gboolean
refresh_cb (gpointer user_data)
{
  CbJournalPage *self = user_data;

  self->refresh_id = 0;
  update_summary (self);
  return G_SOURCE_REMOVE;
}

static void
queue_summary (CbJournalPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
on_child_added_or_removed_cb (CbJournalPage *self,
                              CbDocument    *child)
{
  if (CB_IS_JOURNAL_ENTRY (child))
    queue_summary (self);
}

static void
on_child_changed_cb (CbJournalPage *self,
                     CbDocument    *child,
                     GParamSpec    *pspec)
{
  if (CB_IS_JOURNAL_ENTRY (child) && pspec != NULL && g_str_equal (g_param_spec_get_name (pspec), "evidence"))
    queue_summary (self);
}

static void
on_owner_notify_cb (CbJournalPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));

  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  g_clear_object (&self->practice);
  if (CB_IS_PRACTICE (owner))
    self->practice = g_object_ref (CB_PRACTICE (owner));
  if (self->practice != NULL)
    {
      g_signal_connect_object (self->practice, "child-added", G_CALLBACK (on_child_added_or_removed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->practice, "child-removed", G_CALLBACK (on_child_added_or_removed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->practice, "child-changed::evidence", G_CALLBACK (on_child_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  /* Another book: the evidence view of the last one goes. */
  if (self->evidence_window != NULL &&
      cb_evidence_window_get_practice (self->evidence_window) != self->practice)
    gtk_window_destroy (GTK_WINDOW (self->evidence_window));

  update_summary (self);
}

/* Actions */

static void
on_question_chosen_cb (CbJournalPage *self,
                       const char    *id)
{
  cb_document_page_new_document (CB_DOCUMENT_PAGE (self), id);
}

static void
choose_question_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbJournalPage *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->prompt_dialog == NULL)
    {
      self->prompt_dialog = CB_PROMPT_DIALOG (cb_prompt_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL));
      g_object_add_weak_pointer (G_OBJECT (self->prompt_dialog), (gpointer *) &self->prompt_dialog);
      g_signal_connect_object (self->prompt_dialog, "chosen", G_CALLBACK (on_question_chosen_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (GTK_WINDOW (self->prompt_dialog));
}

static void
show_evidence_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbJournalPage *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->practice == NULL)
    return;

  if (self->evidence_window == NULL)
    {
      self->evidence_window = CB_EVIDENCE_WINDOW (cb_evidence_window_new (self->practice,
                                                                          cb_document_page_get_actions (CB_DOCUMENT_PAGE (self))));
      g_object_add_weak_pointer (G_OBJECT (self->evidence_window), (gpointer *) &self->evidence_window);
      if (GTK_IS_WINDOW (root))
        {
          gtk_window_set_transient_for (GTK_WINDOW (self->evidence_window), GTK_WINDOW (root));
          gtk_window_set_destroy_with_parent (GTK_WINDOW (self->evidence_window), TRUE);
          if (gtk_window_get_application (GTK_WINDOW (root)) != NULL)
            gtk_window_set_application (GTK_WINDOW (self->evidence_window),
                                        gtk_window_get_application (GTK_WINDOW (root)));
        }
    }

  gtk_window_present (GTK_WINDOW (self->evidence_window));
}

/* Toasts and dialogs of the portfolio go to the evidence view when it
 * is in front. */
static GtkWidget *
portfolio_widget (CbJournalPage *self)
{
  if (self->evidence_window != NULL && gtk_window_is_active (GTK_WINDOW (self->evidence_window)))
    return GTK_WIDGET (self->evidence_window);

  return GTK_WIDGET (self);
}

static void
print_portfolio_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbJournalPage *self = user_data;
  g_autoptr(CbForm) form = cb_journal_page_describe_portfolio (self);

  if (form != NULL)
    cb_ui_print_form (portfolio_widget (self), form);
}

static void
export_portfolio_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbJournalPage *self = user_data;
  g_autoptr(CbForm) form = cb_journal_page_describe_portfolio (self);
  g_autofree char *name = NULL;

  if (form == NULL)
    return;

  name = cb_ui_pdf_file_name (_("Evidence Portfolio"), NULL);
  cb_ui_export_form (portfolio_widget (self), form, name);
}

static void
show_client_names_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  g_simple_action_set_state (action, parameter);
}

static const GActionEntry journal_actions[] = {
  { "choose-question", choose_question_action, NULL, NULL, NULL },
  { "show-evidence", show_evidence_action, NULL, NULL, NULL },
  { "print-portfolio", print_portfolio_action, NULL, NULL, NULL },
  { "export-portfolio", export_portfolio_action, NULL, NULL, NULL },
  { "show-client-names", NULL, NULL, "false", show_client_names_action },
};

/* CbDocumentPage */

static void
cb_journal_page_fill_new_menu (CbDocumentPage *page,
                               GMenu          *menu)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("_Blank Entry"), "view.new::");
  g_menu_append (section, _("Answering a _Reflection Question…"), "view.choose-question");
  g_menu_append_section (menu, _("New Journal Entry"), G_MENU_MODEL (section));
}

static CbDocument *
cb_journal_page_create_document (CbDocumentPage *page,
                                 const char     *kind)
{
  const CbReflectionQuestion *question = NULL;

  if (*kind != '\0' && (question = cb_reflection_find (kind)) == NULL)
    return NULL;

  return CB_DOCUMENT (cb_journal_entry_new_for_question (question, NULL));
}

static GtkWidget *
cb_journal_page_create_editor (CbDocumentPage *page)
{
  return cb_journal_editor_new ();
}

static void
cb_journal_page_set_editor_document (CbDocumentPage *page,
                                     GtkWidget      *editor,
                                     CbDocument     *document)
{
  CbJournalPage *self = CB_JOURNAL_PAGE (page);

  cb_journal_editor_set_entry (CB_JOURNAL_EDITOR (editor),
                               document != NULL ? self->practice : NULL,
                               document != NULL ? CB_JOURNAL_ENTRY (document) : NULL);
}

static void
cb_journal_page_document_opened (CbDocumentPage *page,
                                 CbDocument     *document,
                                 gboolean        is_new)
{
  GtkWidget *editor = cb_journal_editor_get_editor (CB_JOURNAL_EDITOR (cb_document_page_get_editor (page)), "title");

  if (is_new && editor != NULL)
    gtk_widget_grab_focus (editor);
}

static void
cb_journal_page_bind_row (CbDocumentPage *page,
                          CbDocumentRow  *row,
                          CbDocument     *document)
{
  CbJournalEntry *entry = CB_JOURNAL_ENTRY (document);
  g_autofree char *title = cb_document_dup_title (document);
  g_autofree char *date = cb_format_date (cb_journal_entry_get_date (entry));
  guint n = cb_journal_entry_get_n_tags (entry);
  g_autofree char *tags = NULL;
  g_autofree char *subtitle = NULL;

  if (n > 0)
    /* Translators: how many evidence tags a journal entry has */
    tags = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u evidence tag", "%u evidence tags", n), n);
  else
    tags = g_strdup (_("No evidence tags yet"));
  /* Translators: a journal entry's row: its date and its tags */
  subtitle = g_strdup_printf (_("%s · %s"), date != NULL ? date : _("No date"), tags);

  cb_document_row_set_icon_name (row, "accessories-text-editor-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, subtitle);
}

static CbForm *
cb_journal_page_describe (CbDocumentPage      *page,
                          CbDocument          *document,
                          const CbFormContext *context)
{
  return cb_journal_entry_describe_form_full (CB_JOURNAL_ENTRY (document), context,
                                              !context->blank && show_names (CB_JOURNAL_PAGE (page)));
}

static void
cb_journal_page_fill_menu (CbDocumentPage *page,
                           GMenu          *section)
{
  g_menu_append (section, _("Show Client _Names"), "view.show-client-names");
}

static void
cb_journal_page_fill_list_menu (CbDocumentPage *page,
                                GMenu          *section)
{
  g_menu_append (section, _("_Evidence"), "view.show-evidence");
  g_menu_append (section, _("Print Evidence _Portfolio…"), "view.print-portfolio");
  g_menu_append (section, _("Export Portfolio as P_DF…"), "view.export-portfolio");
  g_menu_append (section, _("Show Client _Names"), "view.show-client-names");
}

static GtkWidget *
cb_journal_page_create_list_header (CbDocumentPage *page)
{
  CbJournalPage *self = CB_JOURNAL_PAGE (page);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Evidence at a glance"), -1);

  self->summary_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_action_row_set_icon_name (self->summary_row, "emblem-documents-symbolic");
  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", _("_Evidence"),
                         "use-underline", TRUE,
                         "action-name", "view.show-evidence",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Every Criterion with Its Entries, and the Gaps"),
                         NULL);
  adw_action_row_add_suffix (self->summary_row, button);
  adw_action_row_set_activatable_widget (self->summary_row, button);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->summary_row));

  return list;
}

static void
cb_journal_page_update_actions (CbDocumentPage *page)
{
  gboolean has_practice = CB_IS_PRACTICE (cb_document_page_get_owner (page));

  cb_document_page_set_action_enabled (page, "show-evidence", has_practice);
  cb_document_page_set_action_enabled (page, "print-portfolio", has_practice);
  cb_document_page_set_action_enabled (page, "export-portfolio", has_practice);
  cb_document_page_set_action_enabled (page, "choose-question", has_practice);
}

static void
cb_journal_page_dispose (GObject *object)
{
  CbJournalPage *self = CB_JOURNAL_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->evidence_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->evidence_window));
  if (self->prompt_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->prompt_dialog));
  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cb_journal_page_parent_class)->dispose (object);
}

static void
cb_journal_page_finalize (GObject *object)
{
  g_free (CB_JOURNAL_PAGE (object)->headline);

  G_OBJECT_CLASS (cb_journal_page_parent_class)->finalize (object);
}

static void
cb_journal_page_class_init (CbJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  object_class->dispose = cb_journal_page_dispose;
  object_class->finalize = cb_journal_page_finalize;

  page_class->document_type = CB_TYPE_JOURNAL_ENTRY;
  page_class->empty_title = N_("No Journal Entries Yet");
  page_class->empty_description = N_("Write down what happened, what you learned, how you will apply it and what you will do differently, and tag each entry with the units and criteria it gives evidence for. “Have you ever kept a learning log and looked back and recognised with surprise how much you learnt?”");
  page_class->list_description = N_("Newest first. Tag entries with the criteria they give evidence for; the evidence view shows the gaps still to close.");
  page_class->new_label = N_("_New Entry");
  page_class->new_tooltip = N_("Write a New Journal Entry");

  page_class->fill_new_menu = cb_journal_page_fill_new_menu;
  page_class->create_document = cb_journal_page_create_document;
  page_class->create_editor = cb_journal_page_create_editor;
  page_class->set_editor_document = cb_journal_page_set_editor_document;
  page_class->document_opened = cb_journal_page_document_opened;
  page_class->bind_row = cb_journal_page_bind_row;
  page_class->describe = cb_journal_page_describe;
  page_class->fill_menu = cb_journal_page_fill_menu;
  page_class->fill_list_menu = cb_journal_page_fill_list_menu;
  page_class->create_list_header = cb_journal_page_create_list_header;
  page_class->update_actions = cb_journal_page_update_actions;
}

static void
cb_journal_page_init (CbJournalPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), journal_actions, G_N_ELEMENTS (journal_actions));
  g_signal_connect (self, "notify::owner", G_CALLBACK (on_owner_notify_cb), NULL);
}

/* Private API */

CbEvidenceWindow *
cb_journal_page_get_evidence_window (CbJournalPage *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_PAGE (self), NULL);

  return self->evidence_window;
}

CbPromptDialog *
cb_journal_page_get_prompt_dialog (CbJournalPage *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_PAGE (self), NULL);

  return self->prompt_dialog;
}

const char *
cb_journal_page_get_headline (CbJournalPage *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_PAGE (self), NULL);

  return self->headline;
}

CbForm *
cb_journal_page_describe_portfolio (CbJournalPage *self)
{
  CbFormContext context;

  g_return_val_if_fail (CB_IS_JOURNAL_PAGE (self), NULL);

  if (self->practice == NULL)
    return NULL;

  context = form_context (self);
  return cb_evidence_describe_portfolio (self->practice, &context, show_names (self));
}
