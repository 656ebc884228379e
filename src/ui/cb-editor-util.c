/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-editor-util"

#include "config.h"

#include "cb-editor-util.h"

AdwPreferencesGroup *
cb_editor_add_header (AdwPreferencesPage  *page,
                      GtkLabel           **title_label,
                      GtkLabel           **subtitle_label,
                      GtkBox             **box)
{
  GtkWidget *header;
  GtkWidget *labels;

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);
  g_return_val_if_fail (title_label != NULL && subtitle_label != NULL, NULL);

  header = adw_preferences_group_new ();
  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  *title_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (*title_label), "title-2");
  *subtitle_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (*subtitle_label), "dim-label");
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (*title_label));
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (*subtitle_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (header), labels);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (header));

  if (box != NULL)
    *box = GTK_BOX (labels);

  return ADW_PREFERENCES_GROUP (header);
}

void
cb_editor_add_summary (AdwPreferencesPage *page,
                       CbEditorSummary    *summary)
{
  GtkWidget *group, *box, *line;

  g_return_if_fail (ADW_IS_PREFERENCES_PAGE (page));
  g_return_if_fail (summary != NULL);

  group = adw_preferences_group_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  summary->title = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "hexpand", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (summary->title), "title-2");
  summary->pill = g_object_new (GTK_TYPE_LABEL, "valign", GTK_ALIGN_CENTER, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (summary->pill), "cb-status-pill");
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (summary->title));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (summary->pill));

  summary->when = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (summary->when), "dim-label");
  summary->hint = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "margin-top", 6, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (summary->hint), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (summary->hint), "dim-label");

  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (summary->when));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (summary->hint));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
}

void
cb_editor_summary_set (CbEditorSummary *summary,
                       const char      *title,
                       const char      *pill,
                       const char      *pill_style,
                       const char      *when,
                       const char      *hint)
{
  g_return_if_fail (summary != NULL && summary->title != NULL);

  gtk_label_set_label (summary->title, title != NULL ? title : "");
  gtk_label_set_label (summary->pill, pill != NULL ? pill : "");
  gtk_widget_set_visible (GTK_WIDGET (summary->pill), pill != NULL);
  gtk_label_set_label (summary->when, when != NULL ? when : "");
  gtk_label_set_label (summary->hint, hint != NULL ? hint : "");

  if (g_strcmp0 (summary->pill_style, pill_style) != 0)
    {
      if (summary->pill_style != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (summary->pill), summary->pill_style);
      g_free (summary->pill_style);
      summary->pill_style = g_strdup (pill_style);
      if (pill_style != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (summary->pill), pill_style);
    }
}

void
cb_editor_summary_clear (CbEditorSummary *summary)
{
  g_return_if_fail (summary != NULL);

  g_clear_pointer (&summary->pill_style, g_free);
}

AdwPreferencesGroup *
cb_editor_add_group (AdwPreferencesPage *page,
                     const char         *title,
                     const char         *description)
{
  GtkWidget *group;

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);

  group = adw_preferences_group_new ();
  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
    }
  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
    }
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  return ADW_PREFERENCES_GROUP (group);
}

void
cb_editor_scroll_to (AdwPreferencesPage *page,
                     GtkWidget          *widget)
{
  /* libadwaita 1.2 has no adw_preferences_page_scroll_to_top(); its
   * scrolled window is the page's only child. */
  GtkWidget *scrolled;
  GtkAdjustment *adj;
  double x = 0, y = 0;

  g_return_if_fail (ADW_IS_PREFERENCES_PAGE (page));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  scrolled = gtk_widget_get_first_child (GTK_WIDGET (page));
  if (!GTK_IS_SCROLLED_WINDOW (scrolled))
    return;

  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (widget == NULL || !gtk_widget_translate_coordinates (widget, scrolled, 0, 0, &x, &y))
    {
      gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj));
      return;
    }
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + y - 24);
}
