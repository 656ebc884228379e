/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-self-assessment-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-editor-util.h"
#include "cb-self-assessment-editor.h"

#define N_ANSWERS CB_SELF_ASSESSMENT_N_ANSWERS

struct _CbSelfAssessmentEditor
{
  AdwBin               parent_instance;

  CbSelfAssessment    *assessment;
  guint                updating;

  /* [item][answer - USUALLY] */
  GtkToggleButton     *buttons[CB_SELF_ASSESSMENT_N_ITEMS][N_ANSWERS];
  GtkTextView         *reflections[CB_SELF_ASSESSMENT_N_REFLECTIONS];
  GtkLabel            *count_labels[N_ANSWERS + 1];   /* by answer; [UNSET]: not answered */
  GtkWidget           *unanswered_cell;

  /* template */
  AdwPreferencesPage  *preferences_page;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *date_group;
  CbDateButton        *date_button;
  AdwPreferencesGroup *do_group;
  AdwPreferencesGroup *are_group;
  AdwPreferencesGroup *result_group;
  GtkBox              *counts_box;
  GtkLabel            *summary_label;
  GtkLabel            *lead_label;
  GtkBox              *interpretations_box;
  GtkLabel            *note_label;
  AdwActionRow        *evidence_row;
  AdwPreferencesGroup *reflection_group;
};

G_DEFINE_FINAL_TYPE (CbSelfAssessmentEditor, cb_self_assessment_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define ITEM_KEY   "cb-item"
#define ANSWER_KEY "cb-answer"

static const char * const answer_classes[N_ANSWERS + 1] = {
  [CB_SELF_ASSESSMENT_ANSWER_UNSET] = "cb-answer-unset",
  [CB_SELF_ASSESSMENT_ANSWER_USUALLY] = "cb-answer-usually",
  [CB_SELF_ASSESSMENT_ANSWER_SOMETIMES] = "cb-answer-sometimes",
  [CB_SELF_ASSESSMENT_ANSWER_RARELY] = "cb-answer-rarely",
};

/* Model → widgets */

static void
update_item (CbSelfAssessmentEditor *self,
             guint                   item)
{
  CbSelfAssessmentAnswer answer = self->assessment != NULL
                                  ? cb_self_assessment_get_answer (self->assessment, item)
                                  : CB_SELF_ASSESSMENT_ANSWER_UNSET;

  self->updating++;
  for (guint a = 0; a < N_ANSWERS; a++)
    gtk_toggle_button_set_active (self->buttons[item][a], answer == CB_SELF_ASSESSMENT_ANSWER_USUALLY + a);
  self->updating--;
}

static void
update_reflection (CbSelfAssessmentEditor *self,
                   guint                   reflection)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reflections[reflection]);
  const char *text = self->assessment != NULL ? cb_self_assessment_get_reflection (self->assessment, reflection) : "";
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, text) == 0)
    return;

  self->updating++;
  gtk_text_buffer_set_text (buffer, text, -1);
  self->updating--;
}

static void
update_result (CbSelfAssessmentEditor *self)
{
  CbSelfAssessmentResult result = { { 0, }, };
  g_autofree char *summary = NULL;
  GtkWidget *child;

  if (self->assessment != NULL)
    cb_self_assessment_get_result (self->assessment, &result);
  else
    result.counts[CB_SELF_ASSESSMENT_ANSWER_UNSET] = CB_SELF_ASSESSMENT_N_ITEMS;

  for (guint a = 0; a <= N_ANSWERS; a++)
    {
      g_autofree char *count = g_strdup_printf ("%u", result.counts[a]);
      gtk_label_set_label (self->count_labels[a], count);
    }
  gtk_widget_set_visible (self->unanswered_cell, result.counts[CB_SELF_ASSESSMENT_ANSWER_UNSET] > 0);

  summary = cb_self_assessment_result_dup_summary (&result);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->lead_label, cb_self_assessment_get_interpretation_lead ());
  gtk_widget_set_visible (GTK_WIDGET (self->lead_label), result.n_most_frequent > 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->interpretations_box))) != NULL)
    gtk_box_remove (self->interpretations_box, child);

  for (guint i = 0; i < result.n_most_frequent; i++)
    {
      CbSelfAssessmentAnswer answer = result.most_frequent[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, answer));
      GtkWidget *text = gtk_label_new (cb_self_assessment_answer_get_interpretation (answer));

      gtk_widget_add_css_class (box, "cb-interpretation");
      gtk_widget_add_css_class (box, answer_classes[answer]);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "heading");
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), text);
      gtk_box_append (self->interpretations_box, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->interpretations_box), result.n_most_frequent > 0);

  /* What the booklet leaves open, said plainly. */
  {
    GString *note = g_string_new (NULL);
    guint left = result.counts[CB_SELF_ASSESSMENT_ANSWER_UNSET];

    if (result.n_answered == 0)
      g_string_append (note, _("Answer the items above to see which answer you give most often and what the booklet says about it."));
    else
      {
        if (result.n_most_frequent > 1)
          g_string_append (note, _("Your answers are evenly split, and the booklet only says what most of your scores mean: read the interpretation of each answer that ties, and weigh them."));
        if (left > 0)
          {
            if (note->len > 0)
              g_string_append_c (note, ' ');
            g_string_append_printf (note,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "%u item is not answered yet; the result counts only those answered.",
                                                 "%u items are not answered yet; the result counts only those answered.",
                                                 left),
                                    left);
          }
      }
    gtk_label_set_label (self->note_label, note->str);
    gtk_widget_set_visible (GTK_WIDGET (self->note_label), note->len > 0);
    g_string_free (note, TRUE);
  }

  /* The heading's line: the date and the counts. */
  {
    g_autofree char *date = self->assessment != NULL ? cb_format_date (cb_self_assessment_get_date (self->assessment)) : NULL;
    g_autofree char *counts = cb_self_assessment_result_dup_counts (&result);
    g_autofree char *line = g_strdup_printf ("%s · %s", date != NULL ? date : _("No date"), counts);

    gtk_label_set_label (self->subtitle_label, line);
  }
}

static void
update_all (CbSelfAssessmentEditor *self)
{
  gboolean editable = self->assessment != NULL &&
                      cb_record_get_editable (CB_RECORD (self->assessment)) &&
                      !cb_document_get_read_only (CB_DOCUMENT (self->assessment));

  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    update_item (self, i);
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    update_reflection (self, r);

  self->updating++;
  cb_date_button_set_date (self->date_button,
                           self->assessment != NULL ? cb_self_assessment_get_date (self->assessment) : "");
  self->updating--;

  gtk_widget_set_sensitive (GTK_WIDGET (self->date_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->do_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->are_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reflection_group), editable);

  update_result (self);
}

static void
on_assessment_notify_cb (CbSelfAssessmentEditor *self,
                         GParamSpec             *pspec)
{
  g_autofree char *field = g_strdelimit (g_strdup (pspec->name), "-", '_');
  int item = cb_self_assessment_find_item (field);

  if (item >= 0)
    {
      update_item (self, (guint) item);
      update_result (self);
      return;
    }

  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    if (g_str_equal (field, cb_self_assessment_reflection_get_name (r)))
      {
        update_reflection (self, r);
        return;
      }

  update_all (self);
}

/* Widgets → model */

static void
on_answer_toggled_cb (GtkToggleButton        *button,
                      CbSelfAssessmentEditor *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), ITEM_KEY));
  CbSelfAssessmentAnswer answer = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), ANSWER_KEY));

  if (self->updating > 0 || self->assessment == NULL)
    return;

  /* Pressing the chosen answer again clears it. */
  if (gtk_toggle_button_get_active (button))
    cb_self_assessment_set_answer (self->assessment, item, answer);
  else if (cb_self_assessment_get_answer (self->assessment, item) == answer)
    cb_self_assessment_set_answer (self->assessment, item, CB_SELF_ASSESSMENT_ANSWER_UNSET);

  update_item (self, item);
}

static void
on_buffer_changed_cb (GtkTextBuffer          *buffer,
                      CbSelfAssessmentEditor *self)
{
  guint reflection = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), ITEM_KEY));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating > 0 || self->assessment == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  self->updating++;
  cb_self_assessment_set_reflection (self->assessment, reflection, text);
  self->updating--;
}

static void
on_date_notify_cb (CbSelfAssessmentEditor *self)
{
  if (self->updating > 0 || self->assessment == NULL)
    return;

  cb_self_assessment_set_date (self->assessment, cb_date_button_get_date (self->date_button));
}

/* Building the rows */

static void
add_item_row (CbSelfAssessmentEditor *self,
              AdwPreferencesGroup    *group,
              guint                   item)
{
  GtkWidget *row, *box, *label, *buttons;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", cb_self_assessment_item_get_text (item),
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  gtk_widget_set_name (row, cb_self_assessment_item_get_name (item));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "cb-assessment-item");

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", cb_self_assessment_item_get_text (item),
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "hexpand", TRUE,
                        "valign", GTK_ALIGN_CENTER,
                        "width-chars", 16,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_add_css_class (buttons, "cb-answer-buttons");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (buttons),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);

  for (guint a = 0; a < N_ANSWERS; a++)
    {
      CbSelfAssessmentAnswer answer = CB_SELF_ASSESSMENT_ANSWER_USUALLY + a;
      const char *name = cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, answer);
      GtkWidget *button = gtk_toggle_button_new_with_label (name);

      gtk_widget_add_css_class (button, answer_classes[answer]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                      -1);
      g_object_set_data (G_OBJECT (button), ITEM_KEY, GUINT_TO_POINTER (item));
      g_object_set_data (G_OBJECT (button), ANSWER_KEY, GUINT_TO_POINTER (answer));
      g_signal_connect (button, "toggled", G_CALLBACK (on_answer_toggled_cb), self);
      gtk_box_append (GTK_BOX (buttons), button);
      self->buttons[item][a] = GTK_TOGGLE_BUTTON (button);
    }
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_preferences_group_add (group, row);
}

static void
add_reflection_row (CbSelfAssessmentEditor *self,
                    guint                   reflection)
{
  const char *question = cb_self_assessment_reflection_get_text (reflection);
  GtkWidget *row, *box, *label, *frame, *view;
  GtkTextBuffer *buffer;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", question,
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  gtk_widget_set_name (row, cb_self_assessment_reflection_get_name (reflection));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "cb-text-row-box");

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", question,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        NULL);
  gtk_widget_add_css_class (label, "cb-field-title");
  gtk_box_append (GTK_BOX (box), label);

  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "accepts-tab", FALSE,
                       "height-request", 72,
                       "top-margin", 8,
                       "bottom-margin", 8,
                       "left-margin", 10,
                       "right-margin", 10,
                       NULL);
  gtk_widget_add_css_class (view, "cb-text-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_object_set_data (G_OBJECT (buffer), ITEM_KEY, GUINT_TO_POINTER (reflection));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);

  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "cb-text-frame");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);
  self->reflections[reflection] = GTK_TEXT_VIEW (view);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_preferences_group_add (self->reflection_group, row);
}

static GtkWidget *
new_count_cell (CbSelfAssessmentEditor *self,
                CbSelfAssessmentAnswer  answer,
                const char             *caption)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *number = gtk_label_new ("0");
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (cell, "cb-count-cell");
  gtk_widget_add_css_class (cell, answer_classes[answer]);
  gtk_widget_add_css_class (number, "title-1");
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "cb-count");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (cell), number);
  gtk_box_append (GTK_BOX (cell), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (number),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);
  self->count_labels[answer] = GTK_LABEL (number);
  gtk_box_append (self->counts_box, cell);

  return cell;
}

static void
build (CbSelfAssessmentEditor *self)
{
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    add_item_row (self, cb_self_assessment_item_get_section (i) == CB_SELF_ASSESSMENT_SECTION_DO_YOU
                        ? self->do_group : self->are_group, i);

  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    new_count_cell (self, a, cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, a));
  self->unanswered_cell = new_count_cell (self, CB_SELF_ASSESSMENT_ANSWER_UNSET,
                                          cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, CB_SELF_ASSESSMENT_ANSWER_UNSET));

  adw_action_row_set_subtitle (self->evidence_row, cb_self_assessment_get_evidence_note ());
  adw_preferences_group_set_description (self->reflection_group, cb_self_assessment_get_reflection_lead ());
  for (guint r = 0; r < CB_SELF_ASSESSMENT_N_REFLECTIONS; r++)
    add_reflection_row (self, r);
}

/* GObject */

static void
cb_self_assessment_editor_dispose (GObject *object)
{
  CbSelfAssessmentEditor *self = CB_SELF_ASSESSMENT_EDITOR (object);

  cb_self_assessment_editor_set_assessment (self, NULL);

  G_OBJECT_CLASS (cb_self_assessment_editor_parent_class)->dispose (object);
}

static void
cb_self_assessment_editor_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CbSelfAssessmentEditor *self = CB_SELF_ASSESSMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_self_assessment_editor_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CbSelfAssessmentEditor *self = CB_SELF_ASSESSMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      cb_self_assessment_editor_set_assessment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_self_assessment_editor_class_init (CbSelfAssessmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_self_assessment_editor_dispose;
  object_class->get_property = cb_self_assessment_editor_get_property;
  object_class->set_property = cb_self_assessment_editor_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         CB_TYPE_SELF_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-self-assessment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, date_group);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, do_group);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, are_group);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, result_group);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, counts_box);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, lead_label);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, interpretations_box);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, note_label);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, CbSelfAssessmentEditor, reflection_group);
}

static void
cb_self_assessment_editor_init (CbSelfAssessmentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build (self);
  g_signal_connect_swapped (self->date_button, "notify::date", G_CALLBACK (on_date_notify_cb), self);
  update_all (self);
}

/* Public API */

GtkWidget *
cb_self_assessment_editor_new (void)
{
  return g_object_new (CB_TYPE_SELF_ASSESSMENT_EDITOR, NULL);
}

CbSelfAssessment *
cb_self_assessment_editor_get_assessment (CbSelfAssessmentEditor *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);

  return self->assessment;
}

void
cb_self_assessment_editor_set_assessment (CbSelfAssessmentEditor *self,
                                          CbSelfAssessment       *assessment)
{
  g_return_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self));
  g_return_if_fail (assessment == NULL || CB_IS_SELF_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_notify_cb, self);

  g_set_object (&self->assessment, assessment);

  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "notify", G_CALLBACK (on_assessment_notify_cb), self);

  if (self->reflections[0] != NULL)
    {
      update_all (self);
      cb_editor_scroll_to (self->preferences_page, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

GtkToggleButton *
cb_self_assessment_editor_get_answer_button (CbSelfAssessmentEditor *self,
                                             guint                   item,
                                             CbSelfAssessmentAnswer  answer)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, NULL);
  g_return_val_if_fail (answer >= CB_SELF_ASSESSMENT_ANSWER_USUALLY && answer <= CB_SELF_ASSESSMENT_ANSWER_RARELY, NULL);

  return self->buttons[item][answer - CB_SELF_ASSESSMENT_ANSWER_USUALLY];
}

GtkTextView *
cb_self_assessment_editor_get_reflection_view (CbSelfAssessmentEditor *self,
                                               guint                   reflection)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);
  g_return_val_if_fail (reflection < CB_SELF_ASSESSMENT_N_REFLECTIONS, NULL);

  return self->reflections[reflection];
}

CbDateButton *
cb_self_assessment_editor_get_date_button (CbSelfAssessmentEditor *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);

  return self->date_button;
}

const char *
cb_self_assessment_editor_get_count_text (CbSelfAssessmentEditor *self,
                                          CbSelfAssessmentAnswer  answer)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);
  g_return_val_if_fail (answer <= CB_SELF_ASSESSMENT_ANSWER_RARELY, NULL);

  return gtk_label_get_label (self->count_labels[answer]);
}

const char *
cb_self_assessment_editor_get_summary_text (CbSelfAssessmentEditor *self)
{
  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);

  return gtk_label_get_label (self->summary_label);
}

char **
cb_self_assessment_editor_dup_interpretations (CbSelfAssessmentEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self), NULL);

  /* Each box: the answer's name, then the booklet's text. */
  for (GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self->interpretations_box));
       box != NULL;
       box = gtk_widget_get_next_sibling (box))
    {
      GtkWidget *text = gtk_widget_get_last_child (box);

      g_strv_builder_add (builder, gtk_label_get_label (GTK_LABEL (text)));
    }

  return g_strv_builder_end (builder);
}

void
cb_self_assessment_editor_show_result (CbSelfAssessmentEditor *self)
{
  g_return_if_fail (CB_IS_SELF_ASSESSMENT_EDITOR (self));

  cb_editor_scroll_to (self->preferences_page, GTK_WIDGET (self->result_group));
}
