/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evaluation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evaluation-editor.h"
#include "cb-practice.h"

/* The widgets of one question. */
typedef struct
{
  char                   *field;
  CbEvaluationAnswerKind  kind;
  GtkToggleButton        *buttons[CB_EVALUATION_RATING_MAX + 1];  /* rating: [1..5]; yes/no: [YES], [NO] */
  GtkTextView            *view;
} Question;

struct _CbEvaluationEditor
{
  AdwBin               parent_instance;

  CbEvaluation        *evaluation;
  GHashTable          *questions;   /* field → Question */
  guint                updating;

  AdwPreferencesPage  *preferences_page;
  GtkLabel            *count_label;
  CbDateButton        *date_button;
  AdwPreferencesGroup *coach_group;
  AdwPreferencesGroup *client_group;
  AdwPreferencesGroup *private_group;
};

G_DEFINE_FINAL_TYPE (CbEvaluationEditor, cb_evaluation_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EVALUATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
question_free (gpointer data)
{
  Question *q = data;

  g_free (q->field);
  g_free (q);
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Model → widgets */

static void
update_question (CbEvaluationEditor *self,
                 Question         *q)
{
  self->updating++;

  switch (q->kind)
    {
    case CB_EVALUATION_ANSWER_RATING:
      {
        int rating = self->evaluation != NULL ? cb_evaluation_get_rating (self->evaluation, q->field) : 0;

        for (int i = CB_EVALUATION_RATING_MIN; i <= CB_EVALUATION_RATING_MAX; i++)
          gtk_toggle_button_set_active (q->buttons[i], i == rating);
      }
      break;

    case CB_EVALUATION_ANSWER_YES_NO:
      {
        CbYesNo answer = self->evaluation != NULL ? cb_evaluation_get_answer (self->evaluation, q->field) : CB_YES_NO_UNSET;

        gtk_toggle_button_set_active (q->buttons[CB_YES_NO_YES], answer == CB_YES_NO_YES);
        gtk_toggle_button_set_active (q->buttons[CB_YES_NO_NO], answer == CB_YES_NO_NO);
      }
      break;

    case CB_EVALUATION_ANSWER_TEXT:
    default:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (q->view);
        const char *text = "";
        g_autofree char *shown = NULL;
        GtkTextIter start, end;

        if (self->evaluation != NULL)
          {
            if (g_str_equal (q->field, "private_notes"))
              text = cb_evaluation_get_private_notes (self->evaluation);
            else
              text = cb_evaluation_get_text (self->evaluation, q->field);
          }
        if (text == NULL)
          text = "";

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        if (g_strcmp0 (shown, text) != 0)
          gtk_text_buffer_set_text (buffer, text, -1);
      }
      break;
    }

  self->updating--;
}

static void
update_count (CbEvaluationEditor *self)
{
  g_autofree char *label = NULL;
  guint coach, client;

  if (self->evaluation == NULL)
    return;

  coach = cb_evaluation_count_coach_answers (self->evaluation);
  client = cb_evaluation_count_client_answers (self->evaluation);
  /* Translators: "7 of 16 of your answers, 2 of 4 of your client's" */
  label = g_strdup_printf (_("%u of %u of your questions answered, %u of %u of your client’s"),
                           coach, g_strv_length ((char **) cb_evaluation_get_coach_questions ()),
                           client, g_strv_length ((char **) cb_evaluation_get_client_questions ()));
  gtk_label_set_label (self->count_label, label);
}

static void
update_all (CbEvaluationEditor *self)
{
  GHashTableIter iter;
  gpointer value;
  gboolean editable = self->evaluation != NULL && cb_record_get_editable (CB_RECORD (self->evaluation));

  g_hash_table_iter_init (&iter, self->questions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    update_question (self, value);

  self->updating++;
  if (self->evaluation != NULL)
    {
      const char *date = cb_evaluation_get_date (self->evaluation);

      if (date != NULL && *date != '\0')
        cb_date_button_set_date (self->date_button, date);
      else
        cb_date_button_set_date (self->date_button, "");
    }
  self->updating--;

  gtk_widget_set_sensitive (GTK_WIDGET (self->coach_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->client_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->private_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_button), editable);

  update_count (self);
}

static void
on_evaluation_notify_cb (CbEvaluationEditor *self,
                         GParamSpec       *pspec)
{
  g_autofree char *field = g_strdelimit (g_strdup (pspec->name), "-", '_');
  Question *q = g_hash_table_lookup (self->questions, field);

  if (q != NULL)
    update_question (self, q);
  else if (g_str_equal (field, "date"))
    update_all (self);

  update_count (self);
}

/* Widgets → model */

static void
on_rating_toggled_cb (GtkToggleButton  *button,
                      CbEvaluationEditor *self)
{
  Question *q = g_object_get_data (G_OBJECT (button), "cb-question");
  int rating = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cb-value"));
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->evaluation == NULL)
    return;

  if (gtk_toggle_button_get_active (button))
    cb_evaluation_set_rating (self->evaluation, q->field, rating, &error);
  else if (cb_evaluation_get_rating (self->evaluation, q->field) == rating)
    cb_evaluation_set_rating (self->evaluation, q->field, 0, &error);

  if (error != NULL)
    g_warning ("%s", error->message);

  update_question (self, q);
}

static void
on_answer_toggled_cb (GtkToggleButton  *button,
                      CbEvaluationEditor *self)
{
  Question *q = g_object_get_data (G_OBJECT (button), "cb-question");
  CbYesNo answer = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cb-value"));

  if (self->updating > 0 || self->evaluation == NULL)
    return;

  if (gtk_toggle_button_get_active (button))
    cb_evaluation_set_answer (self->evaluation, q->field, answer);
  else if (cb_evaluation_get_answer (self->evaluation, q->field) == answer)
    cb_evaluation_set_answer (self->evaluation, q->field, CB_YES_NO_UNSET);

  update_question (self, q);
}

static void
on_buffer_changed_cb (GtkTextBuffer    *buffer,
                      CbEvaluationEditor *self)
{
  Question *q = g_object_get_data (G_OBJECT (buffer), "cb-question");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating > 0 || self->evaluation == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  self->updating++;
  if (g_str_equal (q->field, "private_notes"))
    cb_evaluation_set_private_notes (self->evaluation, text);
  else
    cb_evaluation_set_text (self->evaluation, q->field, text);
  self->updating--;
}

static void
on_date_notify_cb (CbEvaluationEditor *self)
{
  if (self->updating > 0 || self->evaluation == NULL)
    return;

  cb_evaluation_set_date (self->evaluation, cb_date_button_get_date (self->date_button));
}

/* Building the questions */

static GtkWidget *
new_question_row (const char  *number,
                  const char  *text,
                  const char  *help,
                  GtkWidget  **box_out,
                  GtkWidget  **title_out)
{
  g_autofree char *title = number != NULL
    /* Translators: a numbered question, e.g. "3. Would you volunteer …?" */
    ? g_strdup_printf (_("%s. %s"), number, text)
    : g_strdup (text);
  GtkWidget *row, *box, *label;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", title,
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "cb-text-row-box");

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", title,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        NULL);
  gtk_widget_add_css_class (label, "cb-field-title");
  gtk_box_append (GTK_BOX (box), label);

  if (help != NULL)
    {
      GtkWidget *help_label = g_object_new (GTK_TYPE_LABEL,
                                            "label", help,
                                            "xalign", 0.0f,
                                            "wrap", TRUE,
                                            NULL);

      gtk_widget_add_css_class (help_label, "caption");
      gtk_widget_add_css_class (help_label, "dim-label");
      gtk_box_append (GTK_BOX (box), help_label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  *box_out = box;
  *title_out = label;

  return row;
}

static void
add_question (CbEvaluationEditor    *self,
              AdwPreferencesGroup *group,
              const char          *field,
              const char          *number,
              const char          *text)
{
  Question *q = g_new0 (Question, 1);
  GtkWidget *row, *box, *title, *buttons;

  q->field = g_strdup (field);
  if (!cb_evaluation_question_get_kind (field, &q->kind))
    q->kind = CB_EVALUATION_ANSWER_TEXT;
  g_hash_table_insert (self->questions, q->field, q);

  row = new_question_row (number, text, NULL, &box, &title);
  gtk_widget_set_name (row, field);

  switch (q->kind)
    {
    case CB_EVALUATION_ANSWER_RATING:
      {
        GtkWidget *scale_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
        GtkWidget *low, *high;

        buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
        gtk_widget_add_css_class (buttons, "linked");
        gtk_widget_add_css_class (buttons, "cb-rating");
        gtk_accessible_update_relation (GTK_ACCESSIBLE (buttons),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                        -1);
        for (int i = CB_EVALUATION_RATING_MIN; i <= CB_EVALUATION_RATING_MAX; i++)
          {
            g_autofree char *label = g_strdup_printf ("%d", i);
            /* Translators: the accessible name of one rating button, e.g. "3 out of 5" */
            g_autofree char *name = g_strdup_printf (_("%d out of %d"), i, CB_EVALUATION_RATING_MAX);
            GtkWidget *button = gtk_toggle_button_new_with_label (label);

            gtk_widget_add_css_class (button, "numeric");
            set_accessible_label (button, name);
            gtk_widget_set_tooltip_text (button, name);
            g_object_set_data (G_OBJECT (button), "cb-question", q);
            g_object_set_data (G_OBJECT (button), "cb-value", GINT_TO_POINTER (i));
            g_signal_connect (button, "toggled", G_CALLBACK (on_rating_toggled_cb), self);
            gtk_box_append (GTK_BOX (buttons), button);
            q->buttons[i] = GTK_TOGGLE_BUTTON (button);
          }

        low = g_object_new (GTK_TYPE_LABEL, "label", _("1 lowest"), "valign", GTK_ALIGN_CENTER, NULL);
        high = g_object_new (GTK_TYPE_LABEL, "label", _("5 highest"), "valign", GTK_ALIGN_CENTER, NULL);
        gtk_widget_add_css_class (low, "caption");
        gtk_widget_add_css_class (low, "dim-label");
        gtk_widget_add_css_class (high, "caption");
        gtk_widget_add_css_class (high, "dim-label");
        gtk_box_append (GTK_BOX (scale_box), low);
        gtk_box_append (GTK_BOX (scale_box), buttons);
        gtk_box_append (GTK_BOX (scale_box), high);
        gtk_widget_set_margin_top (scale_box, 4);
        gtk_box_append (GTK_BOX (box), scale_box);
      }
      break;

    case CB_EVALUATION_ANSWER_YES_NO:
      {
        static const struct { CbYesNo value; const char *label; } answers[] = {
          { CB_YES_NO_YES, N_("Yes") },
          { CB_YES_NO_NO, N_("No") },
        };

        buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
        gtk_widget_add_css_class (buttons, "linked");
        gtk_widget_set_halign (buttons, GTK_ALIGN_START);
        gtk_widget_set_margin_top (buttons, 4);
        gtk_accessible_update_relation (GTK_ACCESSIBLE (buttons),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                        -1);
        for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
          {
            GtkWidget *button = gtk_toggle_button_new_with_label (_(answers[i].label));

            gtk_widget_set_size_request (button, 64, -1);
            gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, title, NULL,
                                            -1);
            g_object_set_data (G_OBJECT (button), "cb-question", q);
            g_object_set_data (G_OBJECT (button), "cb-value", GINT_TO_POINTER (answers[i].value));
            g_signal_connect (button, "toggled", G_CALLBACK (on_answer_toggled_cb), self);
            gtk_box_append (GTK_BOX (buttons), button);
            q->buttons[answers[i].value] = GTK_TOGGLE_BUTTON (button);
          }
        gtk_box_append (GTK_BOX (box), buttons);
      }
      break;

    case CB_EVALUATION_ANSWER_TEXT:
    default:
      {
        GtkWidget *frame, *view;
        GtkTextBuffer *buffer;

        view = g_object_new (GTK_TYPE_TEXT_VIEW,
                             "wrap-mode", GTK_WRAP_WORD_CHAR,
                             "accepts-tab", FALSE,
                             "height-request", 64,
                             "top-margin", 8,
                             "bottom-margin", 8,
                             "left-margin", 10,
                             "right-margin", 10,
                             NULL);
        gtk_widget_add_css_class (view, "cb-text-view");
        gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                        -1);
        buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
        g_object_set_data (G_OBJECT (buffer), "cb-question", q);
        g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);

        frame = gtk_frame_new (NULL);
        gtk_widget_add_css_class (frame, "cb-text-frame");
        gtk_frame_set_child (GTK_FRAME (frame), view);
        gtk_box_append (GTK_BOX (box), frame);
        q->view = GTK_TEXT_VIEW (view);
      }
      break;
    }

  adw_preferences_group_add (group, row);
}

static void
build_questions (CbEvaluationEditor *self)
{
  const char * const *coach = cb_evaluation_get_coach_questions ();
  const char * const *client = cb_evaluation_get_client_questions ();

  for (guint i = 0; coach[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      add_question (self, self->coach_group, coach[i], number,
                    cb_evaluation_question_get_text (coach[i]));
    }

  for (guint i = 0; client[i] != NULL; i++)
    add_question (self, self->client_group, client[i], NULL,
                  cb_evaluation_question_get_text (client[i]));

  add_question (self, self->private_group, "private_notes", NULL, _("Private Notes"));
}

/* GObject */

static void
cb_evaluation_editor_dispose (GObject *object)
{
  CbEvaluationEditor *self = CB_EVALUATION_EDITOR (object);

  cb_evaluation_editor_set_evaluation (self, NULL);

  G_OBJECT_CLASS (cb_evaluation_editor_parent_class)->dispose (object);
}

static void
cb_evaluation_editor_finalize (GObject *object)
{
  CbEvaluationEditor *self = CB_EVALUATION_EDITOR (object);

  g_clear_pointer (&self->questions, g_hash_table_unref);

  G_OBJECT_CLASS (cb_evaluation_editor_parent_class)->finalize (object);
}

static void
cb_evaluation_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CbEvaluationEditor *self = CB_EVALUATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_evaluation_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CbEvaluationEditor *self = CB_EVALUATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      cb_evaluation_editor_set_evaluation (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_evaluation_editor_class_init (CbEvaluationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_evaluation_editor_dispose;
  object_class->finalize = cb_evaluation_editor_finalize;
  object_class->get_property = cb_evaluation_editor_get_property;
  object_class->set_property = cb_evaluation_editor_set_property;

  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL,
                         CB_TYPE_EVALUATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-evaluation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, count_label);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, coach_group);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, client_group);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationEditor, private_group);
}

static void
cb_evaluation_editor_init (CbEvaluationEditor *self)
{
  self->questions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, question_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  cb_date_button_set_empty_label (self->date_button, _("No date"));
  g_signal_connect_swapped (self->date_button, "notify::date", G_CALLBACK (on_date_notify_cb), self);

  build_questions (self);
  update_all (self);
}

/* Public API */

GtkWidget *
cb_evaluation_editor_new (void)
{
  return g_object_new (CB_TYPE_EVALUATION_EDITOR, NULL);
}

CbEvaluation *
cb_evaluation_editor_get_evaluation (CbEvaluationEditor *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_EDITOR (self), NULL);

  return self->evaluation;
}

void
cb_evaluation_editor_set_evaluation (CbEvaluationEditor *self,
                                   CbEvaluation     *evaluation)
{
  g_return_if_fail (CB_IS_EVALUATION_EDITOR (self));
  g_return_if_fail (evaluation == NULL || CB_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;

  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluation, on_evaluation_notify_cb, self);

  g_set_object (&self->evaluation, evaluation);

  if (evaluation != NULL)
    g_signal_connect_swapped (evaluation, "notify", G_CALLBACK (on_evaluation_notify_cb), self);

  if (self->questions != NULL)
    update_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

static Question *
lookup_question (CbEvaluationEditor       *self,
                 const char             *field,
                 CbEvaluationAnswerKind  kind)
{
  Question *q = g_hash_table_lookup (self->questions, field);

  g_return_val_if_fail (q != NULL, NULL);
  g_return_val_if_fail (q->kind == kind, NULL);

  return q;
}

GtkToggleButton *
cb_evaluation_editor_get_rating_button (CbEvaluationEditor *self,
                                      const char       *field,
                                      int               rating)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_EDITOR (self), NULL);
  g_return_val_if_fail (rating >= CB_EVALUATION_RATING_MIN && rating <= CB_EVALUATION_RATING_MAX, NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_RATING);
  return q != NULL ? q->buttons[rating] : NULL;
}

GtkToggleButton *
cb_evaluation_editor_get_answer_button (CbEvaluationEditor *self,
                                      const char       *field,
                                      CbYesNo           answer)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_EDITOR (self), NULL);
  g_return_val_if_fail (answer == CB_YES_NO_YES || answer == CB_YES_NO_NO, NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_YES_NO);
  return q != NULL ? q->buttons[answer] : NULL;
}

GtkTextView *
cb_evaluation_editor_get_text_view (CbEvaluationEditor *self,
                                  const char       *field)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_EDITOR (self), NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_TEXT);
  return q != NULL ? q->view : NULL;
}

CbDateButton *
cb_evaluation_editor_get_date_button (CbEvaluationEditor *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_EDITOR (self), NULL);

  return self->date_button;
}
