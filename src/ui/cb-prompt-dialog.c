/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-prompt-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-evidence.h"
#include "cb-journal-entry.h"
#include "cb-prompt-dialog-private.h"
#include "cb-trickle.h"

/* A row: a track's heading, or one of its questions. */

#define CB_TYPE_PROMPT_ROW (cb_prompt_row_get_type ())
G_DECLARE_FINAL_TYPE (CbPromptRow, cb_prompt_row, CB, PROMPT_ROW, GObject)

struct _CbPromptRow
{
  GObject                     parent_instance;

  const CbReflectionQuestion *question;   /* the first of its track for a heading */
  gboolean                    heading;
  char                       *key;        /* folded, with a leading space */
};

G_DEFINE_FINAL_TYPE (CbPromptRow, cb_prompt_row, G_TYPE_OBJECT)

static void
cb_prompt_row_finalize (GObject *object)
{
  g_free (CB_PROMPT_ROW (object)->key);

  G_OBJECT_CLASS (cb_prompt_row_parent_class)->finalize (object);
}

static void
cb_prompt_row_class_init (CbPromptRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_prompt_row_finalize;
}

static void
cb_prompt_row_init (CbPromptRow *self)
{
}

static CbPromptRow *
prompt_row_new (const CbReflectionQuestion *question,
                gboolean                    heading)
{
  CbPromptRow *self = g_object_new (CB_TYPE_PROMPT_ROW, NULL);
  g_autofree char *text = g_strjoin (" ", "", _(question->track_title), _(question->text), NULL);

  self->question = question;
  self->heading = heading;
  self->key = cb_evidence_fold (text);

  return self;
}

/* The dialog */

struct _CbPromptDialog
{
  AdwWindow           parent_instance;

  char               *needle;
  GListStore         *rows;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (CbPromptDialog, cb_prompt_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
key_matches (const char *key,
             const char *needle)
{
  g_auto(GStrv) words = g_strsplit_set (needle, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (key, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  CbPromptDialog *self = user_data;
  CbPromptRow *row = CB_PROMPT_ROW (item);

  if (*self->needle == '\0')
    return TRUE;

  if (!row->heading)
    return key_matches (row->key, self->needle);

  /* A track's heading stays while any of its questions does. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(CbPromptRow) other = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (!other->heading && other->question->track == row->question->track &&
          key_matches (other->key, self->needle))
        return TRUE;
    }

  return FALSE;
}

static void
on_search_changed_cb (CbPromptDialog *self)
{
  g_free (self->needle);
  self->needle = cb_evidence_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_activate_cb (CbPromptDialog *self,
                guint           position)
{
  g_autoptr(CbPromptRow) row = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  g_autofree char *id = NULL;

  if (row == NULL || row->heading)
    return;

  id = g_strdup (row->question->id);
  g_object_ref (self);
  g_signal_emit (self, signals[CHOSEN], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CbPromptDialog           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  GtkWidget *subtitle = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);

  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_add_css_class (box, "cb-prompt-row");
  gtk_list_item_set_child (item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CbPromptDialog           *self)
{
  CbPromptRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const CbReflectionQuestion *q = row->question;

  if (row->heading)
    {
      g_autofree char *lead = NULL;

      if (q->follow_up != NULL)
        lead = g_strdup_printf ("%s %s", _(q->lead_in), _(q->follow_up));
      else
        lead = g_strdup (_(q->lead_in));
      gtk_label_set_label (GTK_LABEL (title), _(q->track_title));
      gtk_label_set_label (GTK_LABEL (subtitle), lead);
      gtk_widget_set_visible (subtitle, TRUE);
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_add_css_class (box, "cb-prompt-track");
      gtk_widget_set_margin_start (box, 0);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (title), _(q->text));
      gtk_widget_set_visible (subtitle, FALSE);
      gtk_widget_remove_css_class (title, "heading");
      gtk_widget_remove_css_class (box, "cb-prompt-track");
      gtk_widget_set_margin_start (box, 18);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  row->heading ? _(q->track_title) : _(q->text), -1);
  gtk_list_item_set_activatable (item, !row->heading);
  gtk_list_item_set_selectable (item, FALSE);
}

static void
cb_prompt_dialog_dispose (GObject *object)
{
  CbPromptDialog *self = CB_PROMPT_DIALOG (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (cb_prompt_dialog_parent_class)->dispose (object);
}

static void
cb_prompt_dialog_finalize (GObject *object)
{
  g_free (CB_PROMPT_DIALOG (object)->needle);

  G_OBJECT_CLASS (cb_prompt_dialog_parent_class)->finalize (object);
}

static void
cb_prompt_dialog_class_init (CbPromptDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_prompt_dialog_dispose;
  object_class->finalize = cb_prompt_dialog_finalize;

  /**
   * CbPromptDialog::chosen:
   * @id: the question's id ("3.2")
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_prompt_dialog_init (CbPromptDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search_bar = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  guint last_track = 0;

  self->needle = g_strdup ("");
  gtk_window_set_title (GTK_WINDOW (self), _("Answer a Reflection Question"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search the questions"),
                "margin-top", 12, "margin-bottom", 6, "margin-start", 12, "margin-end", 12, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the questions"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  adw_clamp_set_maximum_size (ADW_CLAMP (search_bar), 640);
  adw_clamp_set_child (ADW_CLAMP (search_bar), GTK_WIDGET (self->search_entry));

  self->rows = g_list_store_new (CB_TYPE_PROMPT_ROW);
  for (guint i = 0; i < cb_reflection_get_n_questions (); i++)
    {
      const CbReflectionQuestion *q = cb_reflection_get_question (i);

      if (q->track != last_track)
        {
          g_autoptr(CbPromptRow) heading = prompt_row_new (q, TRUE);
          g_list_store_append (self->rows, heading);
          last_track = q->track;
        }
      {
        g_autoptr(CbPromptRow) row = prompt_row_new (q, FALSE);
        g_list_store_append (self->rows, row);
      }
    }

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
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "cb-prompt-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reflection questions by track"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);

  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 640);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), search_bar);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

GtkWidget *
cb_prompt_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CB_TYPE_PROMPT_DIALOG, "transient-for", parent, NULL);
}

GtkEditable *
cb_prompt_dialog_get_search_entry (CbPromptDialog *self)
{
  g_return_val_if_fail (CB_IS_PROMPT_DIALOG (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkListView *
cb_prompt_dialog_get_list_view (CbPromptDialog *self)
{
  g_return_val_if_fail (CB_IS_PROMPT_DIALOG (self), NULL);

  return self->list_view;
}

GListModel *
cb_prompt_dialog_get_rows (CbPromptDialog *self)
{
  g_return_val_if_fail (CB_IS_PROMPT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->shown);
}

const char *
cb_prompt_dialog_row_get_id (GObject *row)
{
  g_return_val_if_fail (CB_IS_PROMPT_ROW (row), NULL);

  return CB_PROMPT_ROW (row)->heading ? NULL : CB_PROMPT_ROW (row)->question->id;
}
