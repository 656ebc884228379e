/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-cpd-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-cpd-entry.h"
#include "cb-cpd-page-private.h"
#include "cb-csv.h"
#include "cb-export-ui.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-record-editor.h"
#include "cb-view.h"

struct _CbCpdPage
{
  CbDocumentPage        parent_instance;

  CbStore              *store;
  CbDocument           *watched_owner;   /* whose edits change the totals */
  GListModel           *watched_documents;
  CbCpdEntry           *entry;           /* in the editor */
  GtkFileChooserNative *chooser;

  GtkLabel             *totals_label;
  AdwPreferencesGroup  *evidence_group;  /* owned: moved below the generated groups */
  AdwActionRow         *evidence_row;
};

G_DEFINE_FINAL_TYPE (CbCpdPage, cb_cpd_page, CB_TYPE_DOCUMENT_PAGE)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "1.5 hours", "1 hour" */
static char *
dup_hours_text (double hours)
{
  g_autofree char *number = cb_format_decimal (hours);
  gulong plural = hours == floor (hours) ? (gulong) MIN (hours, (double) G_MAXULONG) : 2;

  /* Translators: a number of hours, which may have decimals ("1.5 hours") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", plural), number);
}

static void
show_toast (CbCpdPage  *self,
            const char *message)
{
  cb_view_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static const char *
practice_name (CbCpdPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));

  return CB_IS_PRACTICE (owner) ? cb_practice_get_name (CB_PRACTICE (owner)) : NULL;
}

/* Totals */

static void
update_totals (CbCpdPage *self)
{
  GListModel *documents = cb_document_page_get_documents (CB_DOCUMENT_PAGE (self));
  g_autoptr(GArray) years = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  double overall = 0;
  guint n_entries = 0;

  if (self->totals_label == NULL)
    return;

  years = cb_cpd_totals (documents, &overall);
  for (guint i = 0; i < years->len; i++)
    {
      const CbCpdYear *year = &g_array_index (years, CbCpdYear, i);
      g_autofree char *hours = dup_hours_text (year->hours);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (year->year != 0)
        /* Translators: the CPD of a year: the year, its hours ("14.5 hours"), then counts of activities */
        g_string_append_printf (text, _("%d: %s (%u formal, %u informal)"),
                                year->year, hours, year->n_formal, year->n_informal);
      else
        /* Translators: the CPD activities without a date: their hours ("2 hours"), then counts */
        g_string_append_printf (text, _("Not dated: %s (%u formal, %u informal)"),
                                hours, year->n_formal, year->n_informal);
      n_entries += year->n_entries;
    }

  if (n_entries > 0)
    {
      g_autofree char *hours = dup_hours_text (overall);

      g_string_append_c (text, '\n');
      /* Translators: the CPD of all years: hours ("44.25 hours"), then the number of activities */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "In all: %s, %u activity",
                                                 "In all: %s, %u activities", n_entries),
                              hours, n_entries);
    }
  else
    g_string_append (text, _("No hours recorded yet."));

  gtk_label_set_label (self->totals_label, text->str);
}

static void
on_owner_child_changed_cb (CbDocument *owner,
                           CbDocument *child,
                           GParamSpec *pspec,
                           CbCpdPage  *self)
{
  if (CB_IS_CPD_ENTRY (child))
    update_totals (self);
}

static void
on_owner_notify_cb (CbCpdPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));

  GListModel *documents = cb_document_page_get_documents (CB_DOCUMENT_PAGE (self));

  if (self->watched_owner != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_owner, on_owner_child_changed_cb, self);
  g_set_object (&self->watched_owner, owner);
  if (owner != NULL)
    g_signal_connect (owner, "child-changed", G_CALLBACK (on_owner_child_changed_cb), self);

  if (self->watched_documents != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_documents, update_totals, self);
  g_set_object (&self->watched_documents, documents);
  if (documents != NULL)
    g_signal_connect_swapped (documents, "items-changed", G_CALLBACK (update_totals), self);

  update_totals (self);
}

/* Evidence */

static void
update_evidence_row (CbCpdPage *self)
{
  const char *name = self->entry != NULL ? cb_cpd_entry_get_evidence_name (self->entry) : "";

  adw_action_row_set_subtitle (self->evidence_row,
                               *name != '\0' ? name : _("None: attach a certificate, notes or slides"));
  cb_document_page_set_action_enabled (CB_DOCUMENT_PAGE (self), "open-evidence",
                                       *name != '\0' && self->store != NULL);
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CbCpdPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cb_store_import_file_finish (CB_STORE (source), result, &error))
    show_toast (self, error->message);
}

void
cb_cpd_page_attach_evidence (CbCpdPage *self,
                             GFile     *file)
{
  CbDocument *document;

  g_return_if_fail (CB_IS_CPD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));
  if (document == NULL || self->store == NULL || !cb_document_page_get_editable (CB_DOCUMENT_PAGE (self)))
    return;

  /* Copied on the store's worker; the field is set once the copy is whole. */
  cb_store_import_file_async (self->store, document, "evidence", file, NULL,
                              on_imported_cb, g_object_ref (self));
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        CbCpdPage       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        cb_cpd_page_attach_evidence (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
attach_evidence_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbCpdPage *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Attach Evidence File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CbCpdPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("Could not open the evidence file: %s"), error->message);
      show_toast (self, message);
    }
}

static void
open_evidence_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbCpdPage *self = user_data;
  CbDocument *document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (document == NULL || self->store == NULL ||
      (path = cb_store_dup_file_path (self->store, document, "evidence")) == NULL)
    return;

  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     NULL, on_shown_cb, g_object_ref (self));
}

/* The log */

static CbForm *
describe_log (CbCpdPage *self)
{
  CbFormContext context = { .practice_name = practice_name (self) };

  return cb_cpd_describe_log (cb_document_page_get_documents (CB_DOCUMENT_PAGE (self)), &context);
}

static void
print_log_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CbCpdPage *self = user_data;
  g_autoptr(CbForm) form = describe_log (self);

  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_log_pdf_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CbCpdPage *self = user_data;
  g_autoptr(CbForm) form = describe_log (self);
  g_autofree char *name = cb_ui_pdf_file_name (_("CPD Log"), practice_name (self));

  cb_ui_export_form (GTK_WIDGET (self), form, name);
}

static char *
build_log_csv (GtkWidget *widget)
{
  return cb_csv_build_cpd_log (cb_document_page_get_documents (CB_DOCUMENT_PAGE (widget)));
}

static void
export_log_csv_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CbCpdPage *self = user_data;

  /* Translators: the suggested name of the CPD log saved as a spreadsheet */
  cb_ui_export_csv (GTK_WIDGET (self), _("Export CPD Log as CSV"), _("CPD Log.csv"), build_log_csv);
}

void
cb_cpd_page_export_log_csv (CbCpdPage *self,
                            GFile     *file)
{
  g_return_if_fail (CB_IS_CPD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  cb_ui_save_csv_to_file (GTK_WIDGET (self), build_log_csv (GTK_WIDGET (self)), file);
}

void
cb_cpd_page_export_log_pdf (CbCpdPage *self,
                            GFile     *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_CPD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  form = describe_log (self);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}

static const GActionEntry cpd_actions[] = {
  { "attach-evidence", attach_evidence_action, NULL, NULL, NULL },
  { "open-evidence", open_evidence_action, NULL, NULL, NULL },
  { "print-log", print_log_action, NULL, NULL, NULL },
  { "export-log-pdf", export_log_pdf_action, NULL, NULL, NULL },
  { "export-log-csv", export_log_csv_action, NULL, NULL, NULL },
};

/* CbDocumentPage */

static GtkWidget *
cb_cpd_page_create_list_header (CbDocumentPage *page)
{
  CbCpdPage *self = CB_CPD_PAGE (page);
  GtkWidget *box, *title;

  box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "spacing", 4,
                      "margin-bottom", 12, NULL);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "cb-cpd-totals");

  title = g_object_new (GTK_TYPE_LABEL, "label", _("Hours of CPD"), "xalign", 0.0f,
                        "margin-top", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  self->totals_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "selectable", TRUE,
                                     "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->totals_label), "numeric");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->totals_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->totals_label));

  update_totals (self);
  return box;
}

static void
cb_cpd_page_fill_list_menu (CbDocumentPage *page,
                            GMenu          *section)
{
  g_menu_append (section, _("_Print CPD Log…"), "view.print-log");
  g_menu_append (section, _("_Export CPD Log as PDF…"), "view.export-log-pdf");
  g_menu_append (section, _("Export CPD Log as _CSV…"), "view.export-log-csv");
}

static void
cb_cpd_page_fill_menu (CbDocumentPage *page,
                       GMenu          *section)
{
  g_menu_append (section, _("_Attach Evidence File…"), "view.attach-evidence");
  g_menu_append (section, _("_Open Evidence File"), "view.open-evidence");
  g_menu_append (section, _("Print CPD _Log…"), "view.print-log");
}

static GtkWidget *
cb_cpd_page_create_editor (CbDocumentPage *page)
{
  return cb_record_editor_new ();
}

static void
on_entry_evidence_notify_cb (CbCpdPage *self)
{
  update_evidence_row (self);
}

static void
cb_cpd_page_set_editor_document (CbDocumentPage *page,
                                 GtkWidget      *editor,
                                 CbDocument     *document)
{
  CbCpdPage *self = CB_CPD_PAGE (page);

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_evidence_notify_cb, self);
  g_set_object (&self->entry, (CbCpdEntry *) document);
  if (self->entry != NULL)
    g_signal_connect_swapped (self->entry, "notify::evidence", G_CALLBACK (on_entry_evidence_notify_cb), self);

  /* The evidence comes last, below the groups generated for the entry. */
  if (gtk_widget_get_parent (GTK_WIDGET (self->evidence_group)) != NULL)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (editor), self->evidence_group);
  cb_record_editor_set_record (CB_RECORD_EDITOR (editor), CB_RECORD (document));
  if (document != NULL)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (editor), self->evidence_group);

  update_evidence_row (self);
}

static void
cb_cpd_page_document_opened (CbDocumentPage *page,
                             CbDocument     *document,
                             gboolean        is_new)
{
  GtkWidget *editor = cb_document_page_get_editor (page);
  GtkWidget *row;

  if (is_new && editor != NULL &&
      (row = cb_record_editor_get_row (CB_RECORD_EDITOR (editor), "activity")) != NULL)
    gtk_widget_grab_focus (row);
}

static void
cb_cpd_page_bind_row (CbDocumentPage *page,
                      CbDocumentRow  *row,
                      CbDocument     *document)
{
  CbCpdEntry *entry = CB_CPD_ENTRY (document);
  g_autofree char *date = cb_format_date (cb_cpd_entry_get_date (entry));
  g_autofree char *hours = dup_hours_text (cb_cpd_entry_get_hours (entry));
  g_autofree char *title = cb_document_dup_title (document);
  g_autoptr(GString) subtitle = g_string_new (date != NULL ? date : _("No date"));
  const char *provider = cb_cpd_entry_get_provider (entry);

  g_string_append_printf (subtitle, " · %s · %s", hours,
                          cb_enum_get_label (CB_TYPE_CPD_KIND, cb_cpd_entry_get_kind (entry)));
  if (*provider != '\0')
    g_string_append_printf (subtitle, " · %s", provider);

  cb_document_row_set_icon_name (row, "accessories-dictionary-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, subtitle->str);
}

static void
cb_cpd_page_update_actions (CbDocumentPage *page)
{
  CbCpdPage *self = CB_CPD_PAGE (page);

  cb_document_page_set_action_enabled (page, "attach-evidence",
                                       cb_document_page_get_editable (page) && self->store != NULL);
  update_evidence_row (self);
}

/* GObject */

static void
cb_cpd_page_dispose (GObject *object)
{
  CbCpdPage *self = CB_CPD_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_chooser_response_cb, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->watched_owner != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_owner, on_owner_child_changed_cb, self);
  g_clear_object (&self->watched_owner);
  if (self->watched_documents != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_documents, update_totals, self);
  g_clear_object (&self->watched_documents);
  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_evidence_notify_cb, self);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cb_cpd_page_parent_class)->dispose (object);
}

static void
cb_cpd_page_finalize (GObject *object)
{
  CbCpdPage *self = CB_CPD_PAGE (object);

  g_clear_object (&self->evidence_group);

  G_OBJECT_CLASS (cb_cpd_page_parent_class)->finalize (object);
}

static void
cb_cpd_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, CB_CPD_PAGE (object)->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_cpd_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      cb_cpd_page_set_store (CB_CPD_PAGE (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_cpd_page_class_init (CbCpdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  object_class->dispose = cb_cpd_page_dispose;
  object_class->finalize = cb_cpd_page_finalize;
  object_class->get_property = cb_cpd_page_get_property;
  object_class->set_property = cb_cpd_page_set_property;

  /* The store that keeps copies of evidence files (the window hands it
   * to the pages that import files). */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  page_class->document_type = CB_TYPE_CPD_ENTRY;
  page_class->empty_title = N_("No CPD Activities Yet");
  page_class->empty_description = N_("“Do you keep a CPD (Continuous Professional Development) log which captures both the formal and informal learning opportunities you experience each year?” Record each course, workshop, supervision session or piece of reading with its hours; the log adds them up by year.");
  page_class->list_description = N_("Newest first. The hours add up by year; print the whole log or export it as a spreadsheet from the menu.");
  page_class->new_label = N_("_New CPD Activity");
  page_class->new_tooltip = N_("Record a CPD Activity");

  page_class->create_list_header = cb_cpd_page_create_list_header;
  page_class->fill_list_menu = cb_cpd_page_fill_list_menu;
  page_class->fill_menu = cb_cpd_page_fill_menu;
  page_class->create_editor = cb_cpd_page_create_editor;
  page_class->set_editor_document = cb_cpd_page_set_editor_document;
  page_class->document_opened = cb_cpd_page_document_opened;
  page_class->bind_row = cb_cpd_page_bind_row;
  page_class->update_actions = cb_cpd_page_update_actions;
}

static void
cb_cpd_page_init (CbCpdPage *self)
{
  GtkWidget *attach, *open, *box;

  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), cpd_actions, G_N_ELEMENTS (cpd_actions));

  self->evidence_group = g_object_ref_sink (g_object_new (ADW_TYPE_PREFERENCES_GROUP,
                                                          "title", _("Evidence"),
                                                          "description", _("A copy of a certificate, notes or slides, kept in the practice with this entry (at most 20 MiB)"),
                                                          NULL));
  self->evidence_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->evidence_row), _("Evidence File"));
  gtk_widget_set_name (GTK_WIDGET (self->evidence_row), "evidence");

  box = g_object_new (GTK_TYPE_BOX, "spacing", 6, "valign", GTK_ALIGN_CENTER, NULL);
  attach = g_object_new (GTK_TYPE_BUTTON, "label", _("_Attach…"), "use-underline", TRUE,
                         "action-name", "view.attach-evidence",
                         "tooltip-text", _("Keep a copy of a file with this entry"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (attach), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attach Evidence File"), -1);
  open = g_object_new (GTK_TYPE_BUTTON, "icon-name", "document-open-symbolic",
                       "action-name", "view.open-evidence",
                       "tooltip-text", _("Open the Evidence File"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Evidence File"), -1);
  gtk_box_append (GTK_BOX (box), open);
  gtk_box_append (GTK_BOX (box), attach);
  adw_action_row_add_suffix (self->evidence_row, box);
  adw_preferences_group_add (self->evidence_group, GTK_WIDGET (self->evidence_row));

  g_signal_connect (self, "notify::owner", G_CALLBACK (on_owner_notify_cb), NULL);

  update_evidence_row (self);
}

CbStore *
cb_cpd_page_get_store (CbCpdPage *self)
{
  g_return_val_if_fail (CB_IS_CPD_PAGE (self), NULL);

  return self->store;
}

void
cb_cpd_page_set_store (CbCpdPage *self,
                       CbStore   *store)
{
  g_return_if_fail (CB_IS_CPD_PAGE (self));
  g_return_if_fail (store == NULL || CB_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  cb_cpd_page_update_actions (CB_DOCUMENT_PAGE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GtkLabel *
cb_cpd_page_get_totals_label (CbCpdPage *self)
{
  g_return_val_if_fail (CB_IS_CPD_PAGE (self), NULL);

  return self->totals_label;
}

AdwActionRow *
cb_cpd_page_get_evidence_row (CbCpdPage *self)
{
  g_return_val_if_fail (CB_IS_CPD_PAGE (self), NULL);

  return self->evidence_row;
}
