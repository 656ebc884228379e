/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evidence-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evidence.h"
#include "cb-evidence-picker-private.h"
#include "cb-trickle.h"

struct _CbEvidencePicker
{
  GtkPopover          parent_instance;

  CbJournalEntry     *entry;
  gulong              evidence_id;
  char               *needle;        /* folded search text */

  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkCustomFilter    *filter;
  GtkFilterListModel *results;
  GtkLabel           *no_results;
  GHashTable         *bound;         /* row box → its CbEvidenceTag (borrowed) */
};

G_DEFINE_FINAL_TYPE (CbEvidencePicker, cb_evidence_picker, GTK_TYPE_POPOVER)

#define ROW_CHECK_KEY "cb-evidence-check"

static void
update_row (CbEvidencePicker *self,
            GtkWidget        *row,
            CbEvidenceTag    *tag)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (row), ROW_CHECK_KEY);
  gboolean tagged = self->entry != NULL && cb_journal_entry_has_tag (self->entry, cb_evidence_tag_get_id (tag));

  gtk_widget_set_opacity (check, tagged ? 1.0 : 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                               tagged ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
update_rows (CbEvidencePicker *self)
{
  GHashTableIter iter;
  gpointer row, tag;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &row, &tag))
    update_row (self, row, tag);
}

static void
update_empty (CbEvidencePicker *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->no_results),
                          g_list_model_get_n_items (G_LIST_MODEL (self->results)) == 0);
}

static gboolean
filter_tag (gpointer item,
            gpointer user_data)
{
  CbEvidencePicker *self = user_data;

  return cb_evidence_tag_matches (CB_EVIDENCE_TAG (item), self->needle);
}

static void
on_search_changed_cb (CbEvidencePicker *self)
{
  g_free (self->needle);
  self->needle = cb_evidence_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty (self);
}

static void
on_stop_search_cb (CbEvidencePicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_activate_cb (CbEvidencePicker *self,
                guint             position)
{
  g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  const char *id;

  if (tag == NULL || self->entry == NULL)
    return;

  id = cb_evidence_tag_get_id (tag);
  if (cb_journal_entry_has_tag (self->entry, id))
    cb_journal_entry_remove_tag (self->entry, id);
  else
    cb_journal_entry_add_tag (self->entry, id);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CbEvidencePicker         *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *id = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, NULL);
  GtkWidget *text = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE,
                                  "wrap-mode", PANGO_WRAP_WORD_CHAR, "max-width-chars", 60, NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_add_css_class (id, "heading");
  gtk_widget_add_css_class (row, "cb-picker-row");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (check, "accent");
  gtk_box_append (GTK_BOX (labels), id);
  gtk_box_append (GTK_BOX (labels), text);
  gtk_box_append (GTK_BOX (row), labels);
  gtk_box_append (GTK_BOX (row), check);
  g_object_set_data (G_OBJECT (row), ROW_CHECK_KEY, check);
  g_object_set_data (G_OBJECT (row), "cb-evidence-id", id);
  g_object_set_data (G_OBJECT (row), "cb-evidence-text", text);
  gtk_list_item_set_child (item, row);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CbEvidencePicker         *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  CbEvidenceTag *tag = gtk_list_item_get_item (item);
  GtkLabel *id = g_object_get_data (G_OBJECT (row), "cb-evidence-id");
  GtkLabel *text = g_object_get_data (G_OBJECT (row), "cb-evidence-text");
  g_autofree char *label = cb_evidence_tag_dup_label (tag);
  const char *words = cb_evidence_tag_get_text (tag);

  gtk_label_set_label (id, cb_evidence_tag_get_id (tag));
  if (words == NULL)
    words = _("ENTO unit: the booklet gives only its code");
  gtk_label_set_label (text, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  g_hash_table_insert (self->bound, row, tag);
  update_row (self, row, tag);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CbEvidencePicker         *self)
{
  g_hash_table_remove (self->bound, gtk_list_item_get_child (item));
}

static void
on_map_cb (CbEvidencePicker *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
cb_evidence_picker_dispose (GObject *object)
{
  CbEvidencePicker *self = CB_EVIDENCE_PICKER (object);

  cb_evidence_picker_set_entry (self, NULL);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (cb_evidence_picker_parent_class)->dispose (object);
}

static void
cb_evidence_picker_finalize (GObject *object)
{
  CbEvidencePicker *self = CB_EVIDENCE_PICKER (object);

  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (cb_evidence_picker_parent_class)->finalize (object);
}

static void
cb_evidence_picker_class_init (CbEvidencePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_evidence_picker_dispose;
  object_class->finalize = cb_evidence_picker_finalize;
}

static void
cb_evidence_picker_init (CbEvidencePicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *hint = g_object_new (GTK_TYPE_LABEL,
                                  "label", _("Search by number, such as “3014 3.5” or “G3”, or by words. Choose a criterion to tag the entry with it, again to take it off."),
                                  "xalign", 0.0f, "wrap", TRUE, "max-width-chars", 50, NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GListModel *tags = cb_evidence_catalogue_get_tags (cb_evidence_catalogue_get_default ());
  GtkNoSelection *selection;

  self->bound = g_hash_table_new (NULL, NULL);
  self->needle = g_strdup ("");

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search criteria and units"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search criteria and units"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_stop_search_cb), self);

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");

  self->filter = gtk_custom_filter_new (filter_tag, self, NULL);
  self->results = gtk_filter_list_model_new (g_object_ref (tags), GTK_FILTER (self->filter));


  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  /* Rows a few a frame: the list grows with the book. */
  selection = gtk_no_selection_new (G_LIST_MODEL (cb_trickle_new (g_object_ref (G_LIST_MODEL (self->results)),
                                                                  GTK_WIDGET (self->list_view))));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Units and assessment criteria"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);

  self->no_results = g_object_new (GTK_TYPE_LABEL, "label", _("No criterion or unit matches"),
                                   "visible", FALSE, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->no_results), "dim-label");

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 440, 380);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->no_results));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

GtkWidget *
cb_evidence_picker_new (void)
{
  return g_object_new (CB_TYPE_EVIDENCE_PICKER, NULL);
}

CbJournalEntry *
cb_evidence_picker_get_entry (CbEvidencePicker *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_PICKER (self), NULL);

  return self->entry;
}

void
cb_evidence_picker_set_entry (CbEvidencePicker *self,
                              CbJournalEntry   *entry)
{
  g_return_if_fail (CB_IS_EVIDENCE_PICKER (self));
  g_return_if_fail (entry == NULL || CB_IS_JOURNAL_ENTRY (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_clear_signal_handler (&self->evidence_id, self->entry);
  g_set_object (&self->entry, entry);
  if (entry != NULL)
    self->evidence_id = g_signal_connect_swapped (entry, "notify::evidence", G_CALLBACK (update_rows), self);

  update_rows (self);
}

GtkEditable *
cb_evidence_picker_get_search_entry (CbEvidencePicker *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_PICKER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkListView *
cb_evidence_picker_get_list_view (CbEvidencePicker *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_PICKER (self), NULL);

  return self->list_view;
}

GListModel *
cb_evidence_picker_get_results (CbEvidencePicker *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_PICKER (self), NULL);

  return G_LIST_MODEL (self->results);
}
