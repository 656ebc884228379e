/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-self-assessment-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-practice.h"
#include "cb-self-assessment-editor.h"
#include "cb-self-assessment-page-private.h"

struct _CbSelfAssessmentPage
{
  CbDocumentPage     parent_instance;

  GListModel        *documents;        /* watched, the page's own list */
  CbAssessmentChart *chart;
  GtkLabel          *history_label;
  GtkLabel          *legend_label;
  GtkWidget         *compare_window;   /* weak */
};

G_DEFINE_FINAL_TYPE (CbSelfAssessmentPage, cb_self_assessment_page, CB_TYPE_DOCUMENT_PAGE)

static CbPractice *
get_practice (CbSelfAssessmentPage *self)
{
  CbDocument *owner = cb_document_page_get_owner (CB_DOCUMENT_PAGE (self));

  return CB_IS_PRACTICE (owner) ? CB_PRACTICE (owner) : NULL;
}

static guint
n_attempts (CbSelfAssessmentPage *self)
{
  return self->documents != NULL ? g_list_model_get_n_items (self->documents) : 0;
}

/* The history above the list */

static void
update_legend (CbSelfAssessmentPage *self)
{
  static const char * const shapes[] = { NULL, "●", "■", "▲" };
  GString *markup;

  if (self->legend_label == NULL || self->chart == NULL)
    return;

  markup = g_string_new (NULL);
  /* The markers the chart draws, in its colours. */
  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    {
      g_autofree char *label = g_markup_escape_text (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, a), -1);
      GdkRGBA rgba;
      char color[8];

      cb_assessment_chart_get_answer_color (self->chart, a, &rgba);
      g_snprintf (color, sizeof color, "#%02x%02x%02x",
                  (guint) (rgba.red * 255 + 0.5), (guint) (rgba.green * 255 + 0.5), (guint) (rgba.blue * 255 + 0.5));
      if (markup->len > 0)
        g_string_append (markup, "    ");
      g_string_append_printf (markup, "<span foreground=\"%s\">%s</span> %s", color, shapes[a], label);
    }

  gtk_label_set_markup (self->legend_label, markup->str);
  g_string_free (markup, TRUE);
}

static gboolean
update_legend_idle (gpointer data)
{
  update_legend (data);
  return G_SOURCE_REMOVE;
}

/* Once the new style applies, its colours can be looked up. */
static void
on_dark_changed_cb (CbSelfAssessmentPage *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_legend_idle, g_object_ref (self), g_object_unref);
}

static void
update_history (CbSelfAssessmentPage *self)
{
  CbPractice *practice = get_practice (self);
  g_autoptr(GPtrArray) attempts = NULL;
  g_autofree char *text = NULL;

  cb_document_page_set_action_enabled (CB_DOCUMENT_PAGE (self), "compare-attempts", n_attempts (self) >= 2);

  if (self->history_label == NULL || practice == NULL)
    return;

  attempts = cb_self_assessment_list_attempts (practice);
  if (attempts->len >= 2)
    {
      g_autoptr(GArray) changes = cb_self_assessment_compare_last_two (practice);
      g_autofree char *date = cb_format_date (cb_self_assessment_get_date (g_ptr_array_index (attempts, attempts->len - 2)));
      guint up = 0, down = 0;

      for (guint i = 0; i < changes->len; i++)
        {
          CbSelfAssessmentMove move = g_array_index (changes, CbSelfAssessmentChange, i).move;

          up += move == CB_SELF_ASSESSMENT_MOVE_UP;
          down += move == CB_SELF_ASSESSMENT_MOVE_DOWN;
        }

      if (up == 0 && down == 0)
        /* Translators: %s is the date of the attempt before the newest */
        text = g_strdup_printf (_("No answer moved up or down since the attempt of %s."),
                                date != NULL ? date : _("no date"));
      else
        {
          g_autofree char *ups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer moved up", "%u answers moved up", up), up);
          g_autofree char *downs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u down", "%u down", down), down);

          /* Translators: "Since the attempt of 2 July 2026, 8 answers moved up and 1 down." */
          text = g_strdup_printf (_("Since the attempt of %s, %s and %s."),
                                  date != NULL ? date : _("no date"), ups, downs);
        }
    }
  else
    text = g_strdup (_("Answer again in a few months: each attempt is kept, and the chart shows what moves."));

  gtk_label_set_label (self->history_label, text);
}

static void
on_documents_changed_cb (CbSelfAssessmentPage *self)
{
  update_history (self);
}

static void
on_child_changed_cb (CbDocument           *practice,
                     CbDocument           *child,
                     GParamSpec           *pspec,
                     CbSelfAssessmentPage *self)
{
  if (CB_IS_SELF_ASSESSMENT (child))
    update_history (self);
}

static void
on_owner_notify_cb (CbSelfAssessmentPage *self)
{
  GListModel *documents = cb_document_page_get_documents (CB_DOCUMENT_PAGE (self));
  CbPractice *practice = get_practice (self);

  if (self->documents != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->documents, on_documents_changed_cb, self);
      g_clear_object (&self->documents);
    }

  if (self->chart != NULL)
    {
      CbPractice *old = cb_assessment_chart_get_practice (self->chart);

      if (old != NULL)
        g_signal_handlers_disconnect_by_func (old, on_child_changed_cb, self);
      cb_assessment_chart_set_practice (self->chart, practice);
    }
  if (practice != NULL)
    g_signal_connect_object (practice, "child-changed", G_CALLBACK (on_child_changed_cb), self, 0);

  if (documents != NULL)
    {
      self->documents = g_object_ref (documents);
      g_signal_connect_swapped (documents, "items-changed", G_CALLBACK (on_documents_changed_cb), self);
    }

  /* The comparison belongs to the practice it was opened for. */
  if (self->compare_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->compare_window));

  update_history (self);
}

/* Actions */

static void
compare_attempts_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbSelfAssessmentPage *self = user_data;
  CbPractice *practice = get_practice (self);
  GtkRoot *root;

  if (practice == NULL)
    return;

  if (self->compare_window == NULL)
    {
      self->compare_window = cb_assessment_compare_window_new (practice);
      g_object_add_weak_pointer (G_OBJECT (self->compare_window), (gpointer *) &self->compare_window);
      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (GTK_IS_WINDOW (root))
        {
          gtk_window_set_transient_for (GTK_WINDOW (self->compare_window), GTK_WINDOW (root));
          gtk_window_set_application (GTK_WINDOW (self->compare_window),
                                      gtk_window_get_application (GTK_WINDOW (root)));
        }
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self->compare_window), TRUE);
    }

  gtk_window_present (GTK_WINDOW (self->compare_window));
}

static const GActionEntry assessment_actions[] = {
  { "compare-attempts", compare_attempts_action, NULL, NULL, NULL },
};

/* CbDocumentPage */

static void
cb_self_assessment_page_fill_new_menu (CbDocumentPage *page,
                                       GMenu          *menu)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("Start From _Last Attempt"), "view.new::from-last");
  g_menu_append (section, _("_Blank Attempt"), "view.new::blank");
  g_menu_append_section (menu, _("New Attempt"), G_MENU_MODEL (section));
}

static CbDocument *
cb_self_assessment_page_create_document (CbDocumentPage *page,
                                         const char     *kind)
{
  CbPractice *practice = get_practice (CB_SELF_ASSESSMENT_PAGE (page));

  /* With no attempt yet, starting from the last one starts blank. */
  if (g_str_equal (kind, "from-last") && practice != NULL)
    return CB_DOCUMENT (cb_self_assessment_new_from_last (practice, NULL));
  if (*kind == '\0' || g_str_equal (kind, "blank") || g_str_equal (kind, "from-last"))
    return CB_DOCUMENT (cb_self_assessment_new_from (NULL, NULL));

  return NULL;
}

static GtkWidget *
cb_self_assessment_page_create_editor (CbDocumentPage *page)
{
  return cb_self_assessment_editor_new ();
}

static void
cb_self_assessment_page_set_editor_document (CbDocumentPage *page,
                                             GtkWidget      *editor,
                                             CbDocument     *document)
{
  cb_self_assessment_editor_set_assessment (CB_SELF_ASSESSMENT_EDITOR (editor),
                                            document != NULL ? CB_SELF_ASSESSMENT (document) : NULL);
}

static void
cb_self_assessment_page_document_opened (CbDocumentPage *page,
                                         CbDocument     *document,
                                         gboolean        is_new)
{
  CbSelfAssessmentEditor *editor = CB_SELF_ASSESSMENT_EDITOR (cb_document_page_get_editor (page));

  /* A new attempt starts at the first item. */
  if (is_new && editor != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cb_self_assessment_editor_get_answer_button (editor, 0, CB_SELF_ASSESSMENT_ANSWER_USUALLY)));
}

static void
cb_self_assessment_page_bind_row (CbDocumentPage *page,
                                  CbDocumentRow  *row,
                                  CbDocument     *document)
{
  CbSelfAssessment *attempt = CB_SELF_ASSESSMENT (document);
  g_autofree char *date = cb_format_date (cb_self_assessment_get_date (attempt));
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *subtitle = NULL;
  CbSelfAssessmentResult result;

  cb_self_assessment_get_result (attempt, &result);
  counts = cb_self_assessment_result_dup_counts (&result);
  summary = cb_self_assessment_result_dup_summary (&result);
  subtitle = g_strdup_printf ("%s · %s", counts, summary);

  cb_document_row_set_icon_name (row, CB_DOCUMENT_GET_CLASS (document)->icon_name);
  cb_document_row_set_title (row, date != NULL ? date : _("No date"));
  cb_document_row_set_subtitle (row, subtitle);
}

static void
cb_self_assessment_page_fill_menu (CbDocumentPage *page,
                                   GMenu          *section)
{
  g_menu_append (section, _("_Compare Attempts"), "view.compare-attempts");
}

static void
cb_self_assessment_page_fill_list_menu (CbDocumentPage *page,
                                        GMenu          *section)
{
  g_menu_append (section, _("_Compare Attempts"), "view.compare-attempts");
}

static GtkWidget *
cb_self_assessment_page_create_list_header (CbDocumentPage *page)
{
  CbSelfAssessmentPage *self = CB_SELF_ASSESSMENT_PAGE (page);
  GtkWidget *card, *top, *texts, *title, *button;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "cb-assessment-history");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  title = g_object_new (GTK_TYPE_LABEL, "label", _("Answers Over Time"), "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (title, "heading");
  self->history_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->history_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->history_label), "dim-label");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->history_label));
  gtk_box_append (GTK_BOX (top), texts);

  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", _("_Compare Attempts"),
                         "use-underline", TRUE,
                         "action-name", "view.compare-attempts",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Your answers in each attempt, side by side"),
                         NULL);
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (card), top);

  self->chart = CB_ASSESSMENT_CHART (cb_assessment_chart_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->chart));

  self->legend_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.5f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->legend_label), "caption");
  /* The chart's accessible description says the same in words. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->legend_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend: Usually, Sometimes, Rarely"),
                                  -1);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->legend_label));
  update_legend (self);

  return card;
}

static void
cb_self_assessment_page_update_actions (CbDocumentPage *page)
{
  CbSelfAssessmentPage *self = CB_SELF_ASSESSMENT_PAGE (page);

  cb_document_page_set_action_enabled (page, "compare-attempts", n_attempts (self) >= 2);
}

/* GObject */

static void
cb_self_assessment_page_dispose (GObject *object)
{
  CbSelfAssessmentPage *self = CB_SELF_ASSESSMENT_PAGE (object);

  if (self->documents != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->documents, on_documents_changed_cb, self);
      g_clear_object (&self->documents);
    }
  if (self->chart != NULL && cb_assessment_chart_get_practice (self->chart) != NULL)
    g_signal_handlers_disconnect_by_func (cb_assessment_chart_get_practice (self->chart), on_child_changed_cb, self);
  if (self->compare_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->compare_window), (gpointer *) &self->compare_window);
      gtk_window_destroy (GTK_WINDOW (self->compare_window));
      self->compare_window = NULL;
    }
  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), on_dark_changed_cb, self);

  G_OBJECT_CLASS (cb_self_assessment_page_parent_class)->dispose (object);
}

static void
cb_self_assessment_page_class_init (CbSelfAssessmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  object_class->dispose = cb_self_assessment_page_dispose;

  page_class->document_type = CB_TYPE_SELF_ASSESSMENT;
  page_class->empty_title = N_("Where Are You Now?");
  page_class->empty_description = N_("Look through a list of coaching and mentoring skills and ask yourself how often you do these things for the people whom you coach: usually, sometimes or rarely. Answer again every few months and see what moves.");
  page_class->list_description = N_("Each attempt is kept, newest first. Start a new one from your last answers and change what has moved.");
  page_class->new_label = N_("_New Attempt");
  page_class->new_tooltip = N_("Start a New Attempt");

  page_class->fill_new_menu = cb_self_assessment_page_fill_new_menu;
  page_class->create_document = cb_self_assessment_page_create_document;
  page_class->create_editor = cb_self_assessment_page_create_editor;
  page_class->set_editor_document = cb_self_assessment_page_set_editor_document;
  page_class->document_opened = cb_self_assessment_page_document_opened;
  page_class->bind_row = cb_self_assessment_page_bind_row;
  page_class->fill_menu = cb_self_assessment_page_fill_menu;
  page_class->fill_list_menu = cb_self_assessment_page_fill_list_menu;
  page_class->create_list_header = cb_self_assessment_page_create_list_header;
  page_class->update_actions = cb_self_assessment_page_update_actions;
}

static void
cb_self_assessment_page_init (CbSelfAssessmentPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), assessment_actions, G_N_ELEMENTS (assessment_actions));
  g_signal_connect (self, "notify::owner", G_CALLBACK (on_owner_notify_cb), NULL);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed_cb), self);
}

/* Private API */

CbAssessmentChart *
cb_self_assessment_page_get_chart (CbSelfAssessmentPage *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_PAGE (self), NULL);

  return self->chart;
}

GtkLabel *
cb_self_assessment_page_get_history_label (CbSelfAssessmentPage *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_PAGE (self), NULL);

  return self->history_label;
}

CbAssessmentCompareWindow *
cb_self_assessment_page_get_compare_window (CbSelfAssessmentPage *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_PAGE (self), NULL);

  return self->compare_window != NULL ? CB_ASSESSMENT_COMPARE_WINDOW (self->compare_window) : NULL;
}
