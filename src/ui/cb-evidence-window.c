/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evidence-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evidence-summary.h"
#include "cb-evidence-window-private.h"
#include "cb-trickle.h"

/* Rows of the view: a flat list of units, their tags and the entries
 * under each tag (GTK 4.8's list views have no sections). */

struct _CbEvidenceRow
{
  GObject            parent_instance;

  CbEvidenceRowKind  kind;
  CbEvidenceUnit    *unit;
  CbEvidenceTag     *tag;
  CbJournalEntry    *entry;
  char              *title;
  char              *subtitle;
  char              *badge;
  gboolean           gap;       /* a TAG row without entries; a UNIT row with gaps */
};

G_DEFINE_FINAL_TYPE (CbEvidenceRow, cb_evidence_row, G_TYPE_OBJECT)

static void
cb_evidence_row_finalize (GObject *object)
{
  CbEvidenceRow *self = CB_EVIDENCE_ROW (object);

  g_clear_object (&self->unit);
  g_clear_object (&self->tag);
  g_clear_object (&self->entry);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->badge);

  G_OBJECT_CLASS (cb_evidence_row_parent_class)->finalize (object);
}

static void
cb_evidence_row_class_init (CbEvidenceRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_evidence_row_finalize;
}

static void
cb_evidence_row_init (CbEvidenceRow *self)
{
}

static CbEvidenceRow *
row_new (CbEvidenceRowKind  kind,
         CbEvidenceUnit    *unit,
         CbEvidenceTag     *tag,
         CbJournalEntry    *entry)
{
  CbEvidenceRow *self = g_object_new (CB_TYPE_EVIDENCE_ROW, NULL);

  self->kind = kind;
  self->unit = unit != NULL ? g_object_ref (unit) : NULL;
  self->tag = tag != NULL ? g_object_ref (tag) : NULL;
  self->entry = entry != NULL ? g_object_ref (entry) : NULL;

  return self;
}

CbEvidenceRowKind
cb_evidence_row_get_kind (CbEvidenceRow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_ROW (self), CB_EVIDENCE_ROW_UNIT);

  return self->kind;
}

CbEvidenceUnit *
cb_evidence_row_get_unit (CbEvidenceRow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_ROW (self), NULL);

  return self->unit;
}

CbEvidenceTag *
cb_evidence_row_get_tag (CbEvidenceRow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_ROW (self), NULL);

  return self->tag;
}

CbJournalEntry *
cb_evidence_row_get_entry (CbEvidenceRow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_ROW (self), NULL);

  return self->entry;
}

gboolean
cb_evidence_row_is_gap (CbEvidenceRow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_ROW (self), FALSE);

  return self->kind == CB_EVIDENCE_ROW_TAG && self->gap;
}

/* The window */

struct _CbEvidenceWindow
{
  AdwWindow           parent_instance;

  CbPractice         *practice;
  GActionGroup       *actions;
  gboolean            only_gaps;
  guint               refresh_id;
  char               *headline;

  GListStore         *rows;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  AdwWindowTitle     *window_title;
  GtkListView        *list_view;
  GtkToggleButton    *gaps_button;
  GtkLabel           *intro;
};

G_DEFINE_FINAL_TYPE (CbEvidenceWindow, cb_evidence_window, ADW_TYPE_WINDOW)

#define REFRESH_DELAY_MS 200

static gboolean
show_names (CbEvidenceWindow *self)
{
  g_autoptr(GVariant) state = NULL;

  if (self->actions == NULL)
    return FALSE;

  state = g_action_group_get_action_state (self->actions, "show-client-names");
  return state != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (state);
}

static char *
dup_entry_subtitle (CbEvidenceWindow *self,
                    CbJournalEntry   *entry)
{
  g_autofree char *date = cb_format_date (cb_journal_entry_get_date (entry));
  g_autofree char *client = cb_journal_entry_dup_client_label (entry, self->practice, show_names (self));

  if (client != NULL)
    /* Translators: an entry in the evidence view: its date and the client (by initials) */
    return g_strdup_printf (_("%s · client: %s"), date != NULL ? date : _("No date"), client);

  return g_strdup (date != NULL ? date : _("No date"));
}

static void
rebuild (CbEvidenceWindow *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CbEvidenceSummary) summary = NULL;
  g_autofree char *ento = NULL;
  GListModel *units;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->practice == NULL)
    return;

  summary = cb_evidence_summary_new (self->practice, NULL);
  units = cb_evidence_catalogue_get_units (cb_evidence_summary_get_catalogue (summary));

  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (units, u);
      GListModel *tags = cb_evidence_unit_get_tags (unit);
      CbEvidenceRow *unit_row = row_new (CB_EVIDENCE_ROW_UNIT, unit, NULL, NULL);
      CbEvidenceCount count;

      cb_evidence_summary_count_unit (summary, unit, &count);
      unit_row->title = cb_evidence_unit_dup_heading (unit);
      unit_row->gap = count.n_covered < count.n_tags;
      if (cb_evidence_unit_get_scheme (unit) == CB_EVIDENCE_SCHEME_CMI)
        {
          guint gaps = count.n_tags - count.n_covered;
          g_autofree char *covered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u criterion has evidence",
                                                                   "%u of %u criteria have evidence", count.n_tags),
                                                      count.n_covered, count.n_tags);
          g_autofree char *open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gap", "%u gaps", gaps), gaps);

          /* Translators: a unit's line in the evidence view: "12 of 16 criteria have evidence · 4 gaps" */
          unit_row->subtitle = gaps > 0 ? g_strdup_printf (_("%s · %s"), covered, open) : g_steal_pointer (&covered);
        }
      else
        unit_row->subtitle = g_strdup (cb_evidence_unit_get_note (unit));
      g_ptr_array_add (rows, unit_row);

      for (guint t = 0; t < g_list_model_get_n_items (tags); t++)
        {
          g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, t);
          GPtrArray *entries = cb_evidence_summary_get_entries (summary, cb_evidence_tag_get_id (tag));
          CbEvidenceRow *tag_row = row_new (CB_EVIDENCE_ROW_TAG, unit, tag, NULL);

          if (cb_evidence_tag_is_criterion (tag))
            /* Translators: a criterion in the evidence view: its number and text */
            tag_row->title = g_strdup_printf (_("%s %s"), cb_evidence_tag_get_number (tag), cb_evidence_tag_get_text (tag));
          else
            tag_row->title = g_strdup (_("Evidence for this unit as a whole"));
          tag_row->gap = entries->len == 0;
          if (tag_row->gap)
            tag_row->badge = g_strdup (_("Gap"));
          else
            tag_row->badge = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", entries->len),
                                              entries->len);
          g_ptr_array_add (rows, tag_row);

          for (guint e = 0; e < entries->len; e++)
            {
              CbJournalEntry *entry = g_ptr_array_index (entries, e);
              CbEvidenceRow *entry_row = row_new (CB_EVIDENCE_ROW_ENTRY, unit, tag, entry);

              entry_row->title = cb_document_dup_title (CB_DOCUMENT (entry));
              entry_row->subtitle = dup_entry_subtitle (self, entry);
              g_ptr_array_add (rows, entry_row);
            }
        }
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), rows->pdata, rows->len);

  g_free (self->headline);
  self->headline = cb_evidence_summary_dup_headline (summary);
  ento = cb_evidence_summary_dup_ento_line (summary);
  {
    /* Translators: the evidence view's subtitle: the criteria's and the ENTO units' lines */
    g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), self->headline, ento);
    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
}

static gboolean
refresh_cb (gpointer user_data)
{
  CbEvidenceWindow *self = user_data;

  self->refresh_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (CbEvidenceWindow *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
on_child_added_or_removed_cb (CbEvidenceWindow *self,
                              CbDocument       *child)
{
  if (CB_IS_JOURNAL_ENTRY (child) || CB_IS_CLIENT (child) || CB_IS_MEETING (child))
    queue_refresh (self);
}

static void
on_child_changed_cb (CbEvidenceWindow *self,
                     CbDocument       *child,
                     GParamSpec       *pspec)
{
  static const char * const shown[] = { "evidence", "title", "date", "what-happened", "client-id", NULL };
  const char *name = pspec != NULL ? g_param_spec_get_name (pspec) : "";

  /* What the rows show: an entry's tags, title, date and client; a client's name. */
  if ((CB_IS_JOURNAL_ENTRY (child) && g_strv_contains (shown, name)) ||
      (CB_IS_CLIENT (child) && g_str_equal (name, "name")))
    queue_refresh (self);
}

static void
on_names_changed_cb (CbEvidenceWindow *self)
{
  rebuild (self);
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  CbEvidenceWindow *self = user_data;
  CbEvidenceRow *row = CB_EVIDENCE_ROW (item);

  if (!self->only_gaps)
    return TRUE;

  return row->kind != CB_EVIDENCE_ROW_ENTRY && row->gap;
}

static void
on_gaps_toggled_cb (CbEvidenceWindow *self)
{
  cb_evidence_window_set_only_gaps (self, gtk_toggle_button_get_active (self->gaps_button));
}

static void
on_activate_cb (CbEvidenceWindow *self,
                guint             position)
{
  g_autoptr(CbEvidenceRow) row = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  GtkWindow *parent;

  if (row == NULL || row->kind != CB_EVIDENCE_ROW_ENTRY || self->actions == NULL)
    return;

  g_action_group_activate_action (self->actions, "open",
                                  g_variant_new_string (cb_document_get_id (CB_DOCUMENT (row->entry))));
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_window_present (parent);
}

/* Rows' widgets */

typedef struct
{
  GtkWidget *box;
  GtkImage  *icon;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkLabel  *badge;
} RowWidgets;

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CbEvidenceWindow         *self)
{
  RowWidgets *w = g_new0 (RowWidgets, 1);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  w->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  w->icon = GTK_IMAGE (gtk_image_new ());
  w->title = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  w->subtitle = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  w->badge = g_object_new (GTK_TYPE_LABEL, "valign", GTK_ALIGN_CENTER, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (w->subtitle), "dim-label");
  gtk_widget_set_valign (GTK_WIDGET (w->icon), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (w->title));
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (w->subtitle));
  gtk_box_append (GTK_BOX (w->box), GTK_WIDGET (w->icon));
  gtk_box_append (GTK_BOX (w->box), labels);
  gtk_box_append (GTK_BOX (w->box), GTK_WIDGET (w->badge));
  gtk_widget_add_css_class (w->box, "cb-evidence-row");

  g_object_set_data_full (G_OBJECT (w->box), "cb-row-widgets", w, g_free);
  gtk_list_item_set_child (item, w->box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CbEvidenceWindow         *self)
{
  CbEvidenceRow *row = gtk_list_item_get_item (item);
  RowWidgets *w = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "cb-row-widgets");
  static const char * const kinds[] = { "cb-evidence-unit", "cb-evidence-tag", "cb-evidence-entry" };
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_widget_remove_css_class (w->box, kinds[i]);
  gtk_widget_add_css_class (w->box, kinds[row->kind]);

  gtk_label_set_label (w->title, row->title);
  gtk_label_set_label (w->subtitle, row->subtitle != NULL ? row->subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (w->subtitle), row->subtitle != NULL && *row->subtitle != '\0');
  gtk_label_set_label (w->badge, row->badge != NULL ? row->badge : "");
  gtk_widget_set_visible (GTK_WIDGET (w->badge), row->badge != NULL);
  if (row->kind == CB_EVIDENCE_ROW_TAG && row->gap)
    gtk_widget_add_css_class (GTK_WIDGET (w->badge), "cb-gap-badge");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (w->badge), "cb-gap-badge");

  if (row->kind == CB_EVIDENCE_ROW_UNIT)
    gtk_widget_add_css_class (GTK_WIDGET (w->title), "title-4");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (w->title), "title-4");

  switch (row->kind)
    {
    case CB_EVIDENCE_ROW_ENTRY:
      gtk_image_set_from_icon_name (w->icon, "accessories-text-editor-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (w->icon), "cb-gap-icon");
      gtk_widget_remove_css_class (GTK_WIDGET (w->icon), "cb-covered-icon");
      gtk_widget_set_visible (GTK_WIDGET (w->icon), TRUE);
      gtk_widget_set_margin_start (w->box, 36);
      /* Translators: an entry's row in the evidence view, for screen readers: its title, date and client */
      accessible = g_strdup_printf (_("Entry: %s, %s"), row->title, row->subtitle);
      break;
    case CB_EVIDENCE_ROW_TAG:
      gtk_image_set_from_icon_name (w->icon, row->gap ? "dialog-warning-symbolic" : "object-select-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (w->icon), row->gap ? "cb-gap-icon" : "cb-covered-icon");
      gtk_widget_remove_css_class (GTK_WIDGET (w->icon), row->gap ? "cb-covered-icon" : "cb-gap-icon");
      gtk_widget_set_visible (GTK_WIDGET (w->icon), TRUE);
      gtk_widget_set_margin_start (w->box, 12);
      accessible = g_strdup_printf (_("%s %s: %s"), cb_evidence_unit_get_number (row->unit), row->title, row->badge);
      break;
    case CB_EVIDENCE_ROW_UNIT:
    default:
      gtk_widget_set_visible (GTK_WIDGET (w->icon), FALSE);
      gtk_widget_set_margin_start (w->box, 0);
      accessible = g_strdup_printf ("%s: %s", row->title, row->subtitle != NULL ? row->subtitle : "");
      break;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (w->box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_list_item_set_activatable (item, row->kind == CB_EVIDENCE_ROW_ENTRY);
  gtk_list_item_set_selectable (item, FALSE);
}

/* GObject */

static void
cb_evidence_window_dispose (GObject *object)
{
  CbEvidenceWindow *self = CB_EVIDENCE_WINDOW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_data (self->actions, self);
  g_clear_object (&self->practice);
  g_clear_object (&self->actions);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (cb_evidence_window_parent_class)->dispose (object);
}

static void
cb_evidence_window_finalize (GObject *object)
{
  CbEvidenceWindow *self = CB_EVIDENCE_WINDOW (object);

  g_free (self->headline);

  G_OBJECT_CLASS (cb_evidence_window_parent_class)->finalize (object);
}

static void
cb_evidence_window_class_init (CbEvidenceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_evidence_window_dispose;
  object_class->finalize = cb_evidence_window_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_evidence_window_init (CbEvidenceWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();
  GtkWidget *intro_clamp = adw_clamp_new ();
  GtkWidget *menu_button;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) print = g_menu_new ();
  g_autoptr(GMenu) names = g_menu_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_window_set_title (GTK_WINDOW (self), _("Evidence"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 780);
  gtk_window_set_hide_on_close (GTK_WINDOW (self), FALSE);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Evidence"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));

  self->gaps_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("Only _Gaps")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->gaps_button), _("Show Only the Criteria with No Evidence Yet"));
  g_signal_connect_swapped (self->gaps_button, "toggled", G_CALLBACK (on_gaps_toggled_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->gaps_button));

  g_menu_append (print, _("_Print Portfolio…"), "view.print-portfolio");
  g_menu_append (print, _("_Export Portfolio as PDF…"), "view.export-portfolio");
  g_menu_append (names, _("Show Client _Names"), "view.show-client-names");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (names));
  menu_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                              "icon-name", "open-menu-symbolic",
                              "menu-model", menu,
                              "tooltip-text", _("Main Menu"),
                              "primary", TRUE,
                              NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu_button);

  self->intro = g_object_new (GTK_TYPE_LABEL,
                              "label", _("Each unit’s assessment criteria with the journal entries that give evidence for them. A criterion with no entry yet is a gap to close before an assessment. Activate an entry to open it."),
                              "xalign", 0.0f, "wrap", TRUE,
                              "margin-top", 12, "margin-bottom", 6, "margin-start", 12, "margin-end", 12,
                              NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->intro), "dim-label");
  adw_clamp_set_maximum_size (ADW_CLAMP (intro_clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (intro_clamp), GTK_WIDGET (self->intro));

  self->rows = g_list_store_new (CB_TYPE_EVIDENCE_ROW);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), GTK_FILTER (self->filter));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  /* Rows a few a frame: the list grows with the book. */
  selection = gtk_no_selection_new (G_LIST_MODEL (cb_trickle_new (g_object_ref (G_LIST_MODEL (self->shown)),
                                                                  GTK_WIDGET (self->list_view))));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "cb-evidence-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evidence by unit and criterion"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);

  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 720);
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (clamp), GTK_SCROLL_NATURAL);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (content), intro_clamp);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), content);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* Public API */

GtkWidget *
cb_evidence_window_new (CbPractice   *practice,
                        GActionGroup *actions)
{
  CbEvidenceWindow *self;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (actions == NULL || G_IS_ACTION_GROUP (actions), NULL);

  self = g_object_new (CB_TYPE_EVIDENCE_WINDOW, NULL);
  self->practice = g_object_ref (practice);
  g_signal_connect_object (practice, "child-added", G_CALLBACK (on_child_added_or_removed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (practice, "child-removed", G_CALLBACK (on_child_added_or_removed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (practice, "child-changed", G_CALLBACK (on_child_changed_cb), self, G_CONNECT_SWAPPED);

  if (actions != NULL)
    {
      self->actions = g_object_ref (actions);
      gtk_widget_insert_action_group (GTK_WIDGET (self), "view", actions);
      g_signal_connect_object (actions, "action-state-changed::show-client-names",
                               G_CALLBACK (on_names_changed_cb), self, G_CONNECT_SWAPPED);
    }

  rebuild (self);
  return GTK_WIDGET (self);
}

CbPractice *
cb_evidence_window_get_practice (CbEvidenceWindow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_WINDOW (self), NULL);

  return self->practice;
}

GListModel *
cb_evidence_window_get_rows (CbEvidenceWindow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_WINDOW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

GtkListView *
cb_evidence_window_get_list_view (CbEvidenceWindow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_WINDOW (self), NULL);

  return self->list_view;
}

void
cb_evidence_window_set_only_gaps (CbEvidenceWindow *self,
                                  gboolean          only_gaps)
{
  g_return_if_fail (CB_IS_EVIDENCE_WINDOW (self));

  only_gaps = !!only_gaps;
  if (self->only_gaps == only_gaps)
    return;

  self->only_gaps = only_gaps;
  gtk_toggle_button_set_active (self->gaps_button, only_gaps);
  gtk_filter_changed (GTK_FILTER (self->filter), only_gaps ? GTK_FILTER_CHANGE_MORE_STRICT
                                                           : GTK_FILTER_CHANGE_LESS_STRICT);
}

const char *
cb_evidence_window_get_headline (CbEvidenceWindow *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_WINDOW (self), NULL);

  return self->headline;
}

void
cb_evidence_window_refresh (CbEvidenceWindow *self)
{
  g_return_if_fail (CB_IS_EVIDENCE_WINDOW (self));

  rebuild (self);
}
