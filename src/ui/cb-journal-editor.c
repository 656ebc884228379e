/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-journal-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-editor-util.h"
#include "cb-evidence.h"
#include "cb-evidence-picker.h"
#include "cb-field-row.h"
#include "cb-journal-editor-private.h"

struct _CbJournalEditor
{
  AdwBin               parent_instance;

  CbPractice          *practice;
  CbJournalEntry      *entry;
  gboolean             syncing;        /* choosers follow the entry: no write back */

  AdwPreferencesPage  *page;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;

  AdwPreferencesGroup *prompt_group;
  GtkLabel            *prompt_label;
  GtkWidget           *clear_prompt_button;

  AdwPreferencesGroup *entry_group;
  AdwPreferencesGroup *reflection_group;
  GPtrArray           *field_rows;     /* generated rows, unowned */
  GHashTable          *rows;           /* field name → row, unowned */

  AdwPreferencesGroup *evidence_group;
  GListStore          *pills;          /* CbEvidenceTag or GtkStringObject */
  GtkFlowBox          *pill_box;
  GtkLabel            *no_tags;
  GtkMenuButton       *tag_button;
  CbEvidencePicker    *picker;

  AdwPreferencesGroup *links_group;
  GtkDropDown         *client_chooser;
  GtkStringList       *client_labels;
  GPtrArray           *client_ids;     /* per item of client_labels; NULL for "none" */
  GtkDropDown         *meeting_chooser;
  GtkStringList       *meeting_labels;
  GPtrArray           *meeting_ids;
  AdwActionRow        *meeting_row;
};

G_DEFINE_FINAL_TYPE (CbJournalEditor, cb_journal_editor, ADW_TYPE_BIN)

static const char * const entry_fields[] = { "date", "title", NULL };
static const char * const reflection_fields[] = { "what_happened", "what_learned", "how_apply", "do_differently", NULL };

static gboolean
is_editable (CbJournalEditor *self)
{
  return self->entry != NULL && cb_record_get_editable (CB_RECORD (self->entry)) &&
         !cb_document_get_read_only (CB_DOCUMENT (self->entry));
}

static void
update_sensitivity (CbJournalEditor *self)
{
  gboolean editable = is_editable (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->entry_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reflection_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->links_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.add-tag", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.remove-tag", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.clear-prompt", editable);
}

static void
update_header (CbJournalEditor *self)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;

  if (self->entry == NULL)
    return;

  title = cb_document_dup_title (CB_DOCUMENT (self->entry));
  date = cb_format_date (cb_journal_entry_get_date (self->entry));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, date != NULL ? date : _("No date yet"));
}

static void
update_prompt (CbJournalEditor *self)
{
  const char *prompt = self->entry != NULL ? cb_journal_entry_get_prompt (self->entry) : "";
  const CbReflectionQuestion *question = cb_reflection_find_by_text (prompt);

  gtk_widget_set_visible (GTK_WIDGET (self->prompt_group), *prompt != '\0');
  gtk_label_set_label (self->prompt_label, prompt);
  if (question != NULL)
    {
      /* Translators: above a reflection question: its track and the sentence leading into it */
      g_autofree char *description = g_strdup_printf (_("%s. %s"), _(question->track_title), _(question->lead_in));
      adw_preferences_group_set_description (self->prompt_group, description);
    }
  else
    adw_preferences_group_set_description (self->prompt_group, NULL);
}

/* Evidence tags */

static void
update_pills (CbJournalEditor *self)
{
  g_auto(GStrv) tags = self->entry != NULL ? cb_journal_entry_dup_tags (self->entry) : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  CbEvidenceCatalogue *catalogue = cb_evidence_catalogue_get_default ();

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      CbEvidenceTag *tag = cb_evidence_catalogue_lookup (catalogue, tags[i]);

      if (tag != NULL)
        g_ptr_array_add (items, g_object_ref (tag));
      else
        g_ptr_array_add (items, gtk_string_object_new (tags[i]));
    }

  g_list_store_splice (self->pills, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pills)),
                       items->pdata, items->len);
  gtk_widget_set_visible (GTK_WIDGET (self->no_tags), items->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->pill_box), items->len > 0);
}

static GtkWidget *
create_pill (gpointer item,
             gpointer user_data)
{
  GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *number, *text, *remove;
  g_autofree char *accessible = NULL;
  g_autofree char *tooltip = NULL;
  const char *id;

  if (CB_IS_EVIDENCE_TAG (item))
    {
      CbEvidenceTag *tag = CB_EVIDENCE_TAG (item);
      g_autofree char *heading = cb_evidence_unit_dup_heading (cb_evidence_tag_get_unit (tag));

      id = cb_evidence_tag_get_id (tag);
      number = gtk_label_new (id);
      text = gtk_label_new (cb_evidence_tag_get_text (tag) != NULL ? cb_evidence_tag_get_text (tag) : heading);
      accessible = cb_evidence_tag_dup_label (tag);
      tooltip = g_strdup (heading);
    }
  else
    {
      id = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
      number = gtk_label_new (id);
      text = gtk_label_new (_("Not in this version’s list of criteria"));
      accessible = g_strdup (id);
    }

  g_object_set (number, "xalign", 0.0f, NULL);
  g_object_set (text, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "max-width-chars", 34, "lines", 3, "ellipsize", PANGO_ELLIPSIZE_END, NULL);
  gtk_widget_add_css_class (number, "heading");
  gtk_widget_add_css_class (text, "caption");
  gtk_box_append (GTK_BOX (labels), number);
  gtk_box_append (GTK_BOX (labels), text);
  gtk_widget_set_hexpand (labels, TRUE);

  remove = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "window-close-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "action-name", "journal.remove-tag",
                         "action-target", g_variant_new_string (id),
                         NULL);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  {
    /* Translators: the button on an evidence tag's pill; %s is the tag, e.g. "3014 3.5" */
    g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), id);
    gtk_widget_set_tooltip_text (remove, remove_label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  }

  gtk_box_append (GTK_BOX (pill), labels);
  gtk_box_append (GTK_BOX (pill), remove);
  gtk_widget_add_css_class (pill, "cb-tag-pill");
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (labels, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pill), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return pill;
}

static void
add_tag_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CbJournalEditor *self = CB_JOURNAL_EDITOR (widget);

  if (self->entry != NULL)
    cb_journal_entry_add_tag (self->entry, g_variant_get_string (parameter, NULL));
}

static void
remove_tag_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CbJournalEditor *self = CB_JOURNAL_EDITOR (widget);

  if (self->entry != NULL)
    cb_journal_entry_remove_tag (self->entry, g_variant_get_string (parameter, NULL));
}

static void
clear_prompt_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CbJournalEditor *self = CB_JOURNAL_EDITOR (widget);

  if (self->entry != NULL && is_editable (self))
    cb_journal_entry_set_prompt (self->entry, "");
}

/* Client and meeting */

static guint
find_id (GPtrArray  *ids,
         const char *id)
{
  for (guint i = 1; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static int
compare_clients (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (cb_client_get_sort_key (*(CbClient * const *) a),
                 cb_client_get_sort_key (*(CbClient * const *) b));
}

static void
replace_labels (GtkStringList *list,
                GPtrArray     *labels)
{
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) labels->pdata);
}

static void
sync_meetings (CbJournalEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  CbClient *client = NULL;
  const char *meeting_id;
  guint selected = 0;

  g_ptr_array_set_size (self->meeting_ids, 0);
  g_ptr_array_add (labels, g_strdup (_("No meeting")));
  g_ptr_array_add (self->meeting_ids, NULL);

  if (self->entry != NULL &&
      cb_journal_entry_lookup_client (self->entry, self->practice, &client) == CB_JOURNAL_LINK_FOUND)
    {
      g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);

      for (guint i = 0; i < meetings->len; i++)
        {
          CbMeeting *meeting = g_ptr_array_index (meetings, i);
          g_autofree char *date = cb_format_date (cb_meeting_get_date (meeting));
          g_autofree char *topic = cb_text_dup_first_line (cb_record_get_string (CB_RECORD (meeting), "topics"));

          if (topic != NULL)
            /* Translators: a meeting in the journal's meeting chooser: its date and topic */
            g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), date != NULL ? date : _("No date"), topic));
          else
            g_ptr_array_add (labels, g_strdup (date != NULL ? date : _("No date")));
          g_ptr_array_add (self->meeting_ids, g_strdup (cb_document_get_id (CB_DOCUMENT (meeting))));
        }
    }

  meeting_id = self->entry != NULL ? cb_journal_entry_get_meeting_id (self->entry) : "";
  if (*meeting_id != '\0')
    {
      selected = find_id (self->meeting_ids, meeting_id);
      if (selected == GTK_INVALID_LIST_POSITION)
        {
          g_ptr_array_add (labels, g_strdup (_("Meeting no longer in the book")));
          g_ptr_array_add (self->meeting_ids, g_strdup (meeting_id));
          selected = self->meeting_ids->len - 1;
        }
    }

  replace_labels (self->meeting_labels, labels);
  gtk_drop_down_set_selected (self->meeting_chooser, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), client != NULL);
}

static void
sync_links (CbJournalEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) clients = g_ptr_array_new ();
  const char *client_id;
  guint selected = 0;

  self->syncing = TRUE;

  g_ptr_array_set_size (self->client_ids, 0);
  g_ptr_array_add (labels, g_strdup (_("No client")));
  g_ptr_array_add (self->client_ids, NULL);

  if (self->practice != NULL)
    {
      GListModel *list = cb_practice_get_clients (self->practice);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CbClient) client = g_list_model_get_item (list, i);
          g_ptr_array_add (clients, client);   /* the practice holds it */
        }
      g_ptr_array_sort (clients, compare_clients);
      for (guint i = 0; i < clients->len; i++)
        {
          CbClient *client = g_ptr_array_index (clients, i);

          g_ptr_array_add (labels, cb_client_dup_display_name (client));
          g_ptr_array_add (self->client_ids, g_strdup (cb_document_get_id (CB_DOCUMENT (client))));
        }
    }

  client_id = self->entry != NULL ? cb_journal_entry_get_client_id (self->entry) : "";
  if (*client_id != '\0')
    {
      selected = find_id (self->client_ids, client_id);
      if (selected == GTK_INVALID_LIST_POSITION)
        {
          g_ptr_array_add (labels, g_strdup (_("Client no longer in the book")));
          g_ptr_array_add (self->client_ids, g_strdup (client_id));
          selected = self->client_ids->len - 1;
        }
    }

  replace_labels (self->client_labels, labels);
  gtk_drop_down_set_selected (self->client_chooser, selected);
  sync_meetings (self);

  self->syncing = FALSE;
}

static void
on_client_selected_cb (CbJournalEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->client_chooser);
  const char *id;
  CbClient *client;

  if (self->syncing || self->entry == NULL || !is_editable (self) || selected >= self->client_ids->len)
    return;

  id = g_ptr_array_index (self->client_ids, selected);
  if (id == NULL)
    {
      cb_journal_entry_set_client (self->entry, NULL);
      return;
    }

  /* A dangling link stays as it is until another client is chosen. */
  client = self->practice != NULL ? cb_practice_find_client (self->practice, id) : NULL;
  if (client != NULL && g_strcmp0 (id, cb_journal_entry_get_client_id (self->entry)) != 0)
    cb_journal_entry_set_client (self->entry, client);
}

static void
on_meeting_selected_cb (CbJournalEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_chooser);
  CbClient *client = NULL;
  CbDocument *meeting;
  const char *id;

  if (self->syncing || self->entry == NULL || !is_editable (self) || selected >= self->meeting_ids->len)
    return;

  id = g_ptr_array_index (self->meeting_ids, selected);
  if (id == NULL)
    {
      cb_journal_entry_set_meeting (self->entry, NULL);
      return;
    }

  if (cb_journal_entry_lookup_client (self->entry, self->practice, &client) != CB_JOURNAL_LINK_FOUND)
    return;
  meeting = cb_client_find_document (client, id);
  if (CB_IS_MEETING (meeting) && g_strcmp0 (id, cb_journal_entry_get_meeting_id (self->entry)) != 0)
    cb_journal_entry_set_meeting (self->entry, CB_MEETING (meeting));
}

static void
on_entry_notify_cb (CbJournalEditor *self,
                    GParamSpec      *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "evidence"))
    update_pills (self);
  else if (g_str_equal (name, "prompt"))
    update_prompt (self);
  else if (g_str_equal (name, "client-id") || g_str_equal (name, "meeting-id"))
    sync_links (self);
  else if (g_str_equal (name, "read-only"))
    update_sensitivity (self);

  update_header (self);
}

static void
on_clients_changed_cb (CbJournalEditor *self)
{
  sync_links (self);
}

/* Building */

static void
clear_rows (CbJournalEditor *self)
{
  for (guint i = 0; i < self->field_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->field_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->field_rows, 0);
  g_hash_table_remove_all (self->rows);
}

static void
add_rows (CbJournalEditor     *self,
          AdwPreferencesGroup *group,
          const char * const  *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (self->entry), names[i]);
      GtkWidget *row;

      g_return_if_fail (index >= 0);
      row = cb_field_row_new (CB_RECORD (self->entry), index);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->field_rows, row);
      g_hash_table_insert (self->rows, g_strdup (names[i]), row);
    }
}

static AdwPreferencesGroup *
add_field_group (CbJournalEditor *self,
                 const char      *id)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_JOURNAL_ENTRY);
  const CbFieldGroup *groups;
  guint n_groups;

  groups = cb_record_class_get_groups (CB_RECORD_CLASS (klass), &n_groups);
  for (guint i = 0; i < n_groups; i++)
    if (g_str_equal (groups[i].id, id))
      return cb_editor_add_group (self->page, _(groups[i].title),
                                  groups[i].description != NULL ? _(groups[i].description) : NULL);

  g_return_val_if_reached (NULL);
}

static GtkWidget *
new_chooser (CbJournalEditor  *self,
             GtkStringList   **labels,
             const char       *name)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *chooser;

  *labels = gtk_string_list_new (NULL);
  chooser = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (*labels)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (chooser), TRUE);
  gtk_widget_set_valign (chooser, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return chooser;
}

static void
cb_journal_editor_dispose (GObject *object)
{
  CbJournalEditor *self = CB_JOURNAL_EDITOR (object);

  cb_journal_editor_set_entry (self, NULL, NULL);

  G_OBJECT_CLASS (cb_journal_editor_parent_class)->dispose (object);
}

static void
cb_journal_editor_finalize (GObject *object)
{
  CbJournalEditor *self = CB_JOURNAL_EDITOR (object);

  g_clear_pointer (&self->field_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->client_ids, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_ids, g_ptr_array_unref);
  g_clear_object (&self->pills);
  g_clear_object (&self->client_labels);
  g_clear_object (&self->meeting_labels);

  G_OBJECT_CLASS (cb_journal_editor_parent_class)->finalize (object);
}

static void
cb_journal_editor_class_init (CbJournalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_journal_editor_dispose;
  object_class->finalize = cb_journal_editor_finalize;

  gtk_widget_class_install_action (widget_class, "journal.add-tag", "s", add_tag_action);
  gtk_widget_class_install_action (widget_class, "journal.remove-tag", "s", remove_tag_action);
  gtk_widget_class_install_action (widget_class, "journal.clear-prompt", NULL, clear_prompt_action);
}

static void
cb_journal_editor_init (CbJournalEditor *self)
{
  GtkWidget *row, *chooser, *box;

  self->field_rows = g_ptr_array_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->client_ids = g_ptr_array_new_with_free_func (g_free);
  self->meeting_ids = g_ptr_array_new_with_free_func (g_free);
  self->pills = g_list_store_new (G_TYPE_OBJECT);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));
  cb_editor_add_header (self->page, &self->title_label, &self->subtitle_label, NULL);

  /* The reflection question answered, word for word. */
  self->prompt_group = cb_editor_add_group (self->page, _("Reflection Question"), NULL);
  self->prompt_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "selectable", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->prompt_label), "cb-prompt");
  adw_preferences_group_add (self->prompt_group, GTK_WIDGET (self->prompt_label));
  self->clear_prompt_button = g_object_new (GTK_TYPE_BUTTON,
                                            "icon-name", "edit-clear-symbolic",
                                            "action-name", "journal.clear-prompt",
                                            "valign", GTK_ALIGN_CENTER,
                                            "tooltip-text", _("Answer No Question"),
                                            NULL);
  gtk_widget_add_css_class (self->clear_prompt_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_prompt_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answer No Question"), -1);
  adw_preferences_group_set_header_suffix (self->prompt_group, self->clear_prompt_button);

  self->entry_group = add_field_group (self, "entry");
  self->reflection_group = add_field_group (self, "reflection");

  /* Evidence: pills, and the picker to add more. */
  self->evidence_group = add_field_group (self, "evidence");
  self->picker = CB_EVIDENCE_PICKER (cb_evidence_picker_new ());
  self->tag_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                   "popover", self->picker,
                                   "valign", GTK_ALIGN_CENTER,
                                   NULL);
  gtk_menu_button_set_child (self->tag_button,
                             g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                           "icon-name", "list-add-symbolic",
                                           "label", _("_Add Tag…"),
                                           "use-underline", TRUE,
                                           NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->tag_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->tag_button), _("Tag the Entry with Units and Criteria"));
  adw_preferences_group_set_header_suffix (self->evidence_group, GTK_WIDGET (self->tag_button));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->no_tags = g_object_new (GTK_TYPE_LABEL,
                                "label", _("No evidence tags yet. Tag the entry with the criteria and units it gives evidence for: they show in the evidence view and the portfolio."),
                                "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->no_tags), "dim-label");
  self->pill_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->pill_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (self->pill_box, 2);
  gtk_flow_box_set_min_children_per_line (self->pill_box, 1);
  gtk_flow_box_set_column_spacing (self->pill_box, 6);
  gtk_flow_box_set_row_spacing (self->pill_box, 6);
  gtk_flow_box_set_homogeneous (self->pill_box, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pill_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Evidence tags"), -1);
  gtk_flow_box_bind_model (self->pill_box, G_LIST_MODEL (self->pills), create_pill, self, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->no_tags));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pill_box));
  adw_preferences_group_add (self->evidence_group, box);

  /* Links: to a client, and one of that client's meetings. */
  self->links_group = add_field_group (self, "links");
  chooser = new_chooser (self, &self->client_labels, _("Client"));
  self->client_chooser = GTK_DROP_DOWN (chooser);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Client"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chooser);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), chooser);
  adw_preferences_group_add (self->links_group, row);
  g_signal_connect_swapped (chooser, "notify::selected", G_CALLBACK (on_client_selected_cb), self);

  chooser = new_chooser (self, &self->meeting_labels, _("Meeting"));
  self->meeting_chooser = GTK_DROP_DOWN (chooser);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Meeting"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("One of the client’s meetings, newest first"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chooser);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), chooser);
  adw_preferences_group_add (self->links_group, row);
  self->meeting_row = ADW_ACTION_ROW (row);
  g_signal_connect_swapped (chooser, "notify::selected", G_CALLBACK (on_meeting_selected_cb), self);

}

/* Public API */

GtkWidget *
cb_journal_editor_new (void)
{
  return g_object_new (CB_TYPE_JOURNAL_EDITOR, NULL);
}

CbJournalEntry *
cb_journal_editor_get_entry (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return self->entry;
}

void
cb_journal_editor_set_entry (CbJournalEditor *self,
                             CbPractice      *practice,
                             CbJournalEntry  *entry)
{
  g_return_if_fail (CB_IS_JOURNAL_EDITOR (self));
  g_return_if_fail (practice == NULL || CB_IS_PRACTICE (practice));
  g_return_if_fail (entry == NULL || CB_IS_JOURNAL_ENTRY (entry));

  if (self->entry == entry && self->practice == practice)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_notify_cb, self);
  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_func (cb_practice_get_clients (self->practice), on_clients_changed_cb, self);
  clear_rows (self);

  g_set_object (&self->entry, entry);
  g_set_object (&self->practice, practice);
  if (self->picker != NULL)
    cb_evidence_picker_set_entry (self->picker, entry);

  if (entry != NULL)
    {
      add_rows (self, self->entry_group, entry_fields);
      add_rows (self, self->reflection_group, reflection_fields);
      g_signal_connect_swapped (entry, "notify", G_CALLBACK (on_entry_notify_cb), self);
    }
  if (practice != NULL)
    g_signal_connect_swapped (cb_practice_get_clients (practice), "items-changed",
                              G_CALLBACK (on_clients_changed_cb), self);

  update_header (self);
  update_prompt (self);
  update_pills (self);
  if (self->client_ids != NULL)
    sync_links (self);
  update_sensitivity (self);
  cb_editor_scroll_to (self->page, NULL);
}

GtkWidget *
cb_journal_editor_get_editor (CbJournalEditor *self,
                              const char      *field_name)
{
  GtkWidget *row;

  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  row = g_hash_table_lookup (self->rows, field_name);
  return row != NULL ? cb_field_row_get_editor (row) : NULL;
}

CbEvidencePicker *
cb_journal_editor_get_picker (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return self->picker;
}

GtkMenuButton *
cb_journal_editor_get_tag_button (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return self->tag_button;
}

GListModel *
cb_journal_editor_get_tag_pills (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return G_LIST_MODEL (self->pills);
}

GtkDropDown *
cb_journal_editor_get_client_chooser (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return self->client_chooser;
}

GtkDropDown *
cb_journal_editor_get_meeting_chooser (CbJournalEditor *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_EDITOR (self), NULL);

  return self->meeting_chooser;
}
