/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evaluation-page.h"
#include "cb-practice.h"
#include "cb-print-ui.h"

/* The widgets of one question. */
typedef struct
{
  char                   *field;
  CbEvaluationAnswerKind  kind;
  GtkToggleButton        *buttons[CB_EVALUATION_RATING_MAX + 1];  /* rating: [1..5]; yes/no: [YES], [NO] */
  GtkTextView            *view;
} Question;

struct _CbEvaluationPage
{
  AdwBin               parent_instance;

  CbEvaluation        *evaluation;
  GSimpleActionGroup  *actions;
  GHashTable          *questions;   /* field → Question */
  guint                updating;

  AdwPreferencesPage  *preferences_page;
  GtkLabel            *count_label;
  CbDateButton        *date_button;
  AdwPreferencesGroup *coach_group;
  AdwPreferencesGroup *client_group;
  AdwPreferencesGroup *private_group;
};

G_DEFINE_FINAL_TYPE (CbEvaluationPage, cb_evaluation_page, ADW_TYPE_BIN)

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

static CbClient *
get_client (CbEvaluationPage *self)
{
  CbDocument *parent;

  if (self->evaluation == NULL)
    return NULL;

  parent = cb_document_get_parent (CB_DOCUMENT (self->evaluation));
  return CB_IS_CLIENT (parent) ? CB_CLIENT (parent) : NULL;
}

static CbPractice *
get_practice (CbEvaluationPage *self)
{
  CbClient *client = get_client (self);
  CbDocument *parent;

  if (client == NULL)
    return NULL;

  parent = cb_document_get_parent (CB_DOCUMENT (client));
  return CB_IS_PRACTICE (parent) ? CB_PRACTICE (parent) : NULL;
}

static char *
dup_client_name (CbEvaluationPage *self)
{
  CbClient *client = get_client (self);
  const char *name;

  if (client == NULL)
    return NULL;

  name = cb_client_get_name (client);
  if (name != NULL && *name != '\0')
    return g_strdup (name);

  return cb_document_dup_title (CB_DOCUMENT (client));
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
update_question (CbEvaluationPage *self,
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
              text = cb_record_get_string (CB_RECORD (self->evaluation), q->field);
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
update_count (CbEvaluationPage *self)
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
update_all (CbEvaluationPage *self)
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
on_evaluation_notify_cb (CbEvaluationPage *self,
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
                      CbEvaluationPage *self)
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
                      CbEvaluationPage *self)
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
                      CbEvaluationPage *self)
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
    cb_record_set_string (CB_RECORD (self->evaluation), q->field, text);
  else
    cb_evaluation_set_text (self->evaluation, q->field, text);
  self->updating--;
}

static void
on_date_notify_cb (CbEvaluationPage *self)
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
add_question (CbEvaluationPage    *self,
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
build_questions (CbEvaluationPage *self)
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

/* Printing */

static CbForm *
describe (CbEvaluationPage *self,
          CbEvaluation     *evaluation,
          gboolean          blank)
{
  CbPractice *practice = get_practice (self);
  g_autofree char *client_name = dup_client_name (self);
  CbFormContext context = {
    practice != NULL ? cb_practice_get_name (practice) : NULL,
    client_name,
    blank,
    FALSE,
  };

  return cb_document_describe_form (CB_DOCUMENT (evaluation), &context);
}

static char *
dup_file_name (CbEvaluationPage *self,
               gboolean          blank)
{
  g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (self->evaluation));
  g_autofree char *client_name = dup_client_name (self);

  if (blank)
    {
      g_autofree char *blank_title = g_strdup_printf (_("%s (blank)"), title);

      return cb_ui_pdf_file_name (blank_title, client_name);
    }

  return cb_ui_pdf_file_name (title, client_name);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbEvaluationPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->evaluation == NULL)
    return;

  form = describe (self, self->evaluation, FALSE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbEvaluationPage *self = user_data;
  g_autoptr(CbForm) form = NULL;
  g_autofree char *file_name = NULL;

  if (self->evaluation == NULL)
    return;

  form = describe (self, self->evaluation, FALSE);
  file_name = dup_file_name (self, FALSE);
  cb_ui_export_form (GTK_WIDGET (self), form, file_name);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbEvaluationPage *self = user_data;
  g_autoptr(CbEvaluation) blank = cb_evaluation_new ();
  g_autoptr(CbForm) form = describe (self, blank, TRUE);

  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_blank_pdf_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbEvaluationPage *self = user_data;
  g_autoptr(CbEvaluation) blank = cb_evaluation_new ();
  g_autoptr(CbForm) form = describe (self, blank, TRUE);
  g_autofree char *file_name = NULL;

  if (self->evaluation == NULL)
    return;

  file_name = dup_file_name (self, TRUE);
  cb_ui_export_form (GTK_WIDGET (self), form, file_name);
}

static const GActionEntry page_actions[] = {
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "export-blank-pdf", export_blank_pdf_action, NULL, NULL, NULL },
};

static void
update_actions (CbEvaluationPage *self)
{
  gboolean open = self->evaluation != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (page_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), page_actions[i].name);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), open);
    }
}

/* GObject */

static void
cb_evaluation_page_dispose (GObject *object)
{
  CbEvaluationPage *self = CB_EVALUATION_PAGE (object);

  cb_evaluation_page_set_evaluation (self, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_evaluation_page_parent_class)->dispose (object);
}

static void
cb_evaluation_page_finalize (GObject *object)
{
  CbEvaluationPage *self = CB_EVALUATION_PAGE (object);

  g_clear_pointer (&self->questions, g_hash_table_unref);

  G_OBJECT_CLASS (cb_evaluation_page_parent_class)->finalize (object);
}

static void
cb_evaluation_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CbEvaluationPage *self = CB_EVALUATION_PAGE (object);

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
cb_evaluation_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CbEvaluationPage *self = CB_EVALUATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      cb_evaluation_page_set_evaluation (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_evaluation_page_class_init (CbEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_evaluation_page_dispose;
  object_class->finalize = cb_evaluation_page_finalize;
  object_class->get_property = cb_evaluation_page_get_property;
  object_class->set_property = cb_evaluation_page_set_property;

  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL,
                         CB_TYPE_EVALUATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, coach_group);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, client_group);
  gtk_widget_class_bind_template_child (widget_class, CbEvaluationPage, private_group);
}

static void
cb_evaluation_page_init (CbEvaluationPage *self)
{
  self->questions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, question_free);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "evaluation", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  cb_date_button_set_empty_label (self->date_button, _("No date"));
  g_signal_connect_swapped (self->date_button, "notify::date", G_CALLBACK (on_date_notify_cb), self);

  build_questions (self);
  update_actions (self);
  update_all (self);
}

/* Public API */

GtkWidget *
cb_evaluation_page_new (void)
{
  return g_object_new (CB_TYPE_EVALUATION_PAGE, NULL);
}

CbEvaluation *
cb_evaluation_page_get_evaluation (CbEvaluationPage *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);

  return self->evaluation;
}

void
cb_evaluation_page_set_evaluation (CbEvaluationPage *self,
                                   CbEvaluation     *evaluation)
{
  g_return_if_fail (CB_IS_EVALUATION_PAGE (self));
  g_return_if_fail (evaluation == NULL || CB_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;

  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluation, on_evaluation_notify_cb, self);

  g_set_object (&self->evaluation, evaluation);

  if (evaluation != NULL)
    g_signal_connect_swapped (evaluation, "notify", G_CALLBACK (on_evaluation_notify_cb), self);

  if (self->questions != NULL)
    {
      update_all (self);
      update_actions (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

GActionGroup *
cb_evaluation_page_get_actions (CbEvaluationPage *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

const char *
cb_evaluation_page_get_help_page (CbEvaluationPage *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);

  return "evaluation";
}

void
cb_evaluation_page_export_pdf (CbEvaluationPage *self,
                               GFile            *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_EVALUATION_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->evaluation != NULL);

  form = describe (self, self->evaluation, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}

void
cb_evaluation_page_export_blank_pdf (CbEvaluationPage *self,
                                     GFile            *file)
{
  g_autoptr(CbEvaluation) blank = NULL;
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_EVALUATION_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  blank = cb_evaluation_new ();
  form = describe (self, blank, TRUE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}

static Question *
lookup_question (CbEvaluationPage       *self,
                 const char             *field,
                 CbEvaluationAnswerKind  kind)
{
  Question *q = g_hash_table_lookup (self->questions, field);

  g_return_val_if_fail (q != NULL, NULL);
  g_return_val_if_fail (q->kind == kind, NULL);

  return q;
}

GtkToggleButton *
cb_evaluation_page_get_rating_button (CbEvaluationPage *self,
                                      const char       *field,
                                      int               rating)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);
  g_return_val_if_fail (rating >= CB_EVALUATION_RATING_MIN && rating <= CB_EVALUATION_RATING_MAX, NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_RATING);
  return q != NULL ? q->buttons[rating] : NULL;
}

GtkToggleButton *
cb_evaluation_page_get_answer_button (CbEvaluationPage *self,
                                      const char       *field,
                                      CbYesNo           answer)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);
  g_return_val_if_fail (answer == CB_YES_NO_YES || answer == CB_YES_NO_NO, NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_YES_NO);
  return q != NULL ? q->buttons[answer] : NULL;
}

GtkTextView *
cb_evaluation_page_get_text_view (CbEvaluationPage *self,
                                  const char       *field)
{
  Question *q;

  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);

  q = lookup_question (self, field, CB_EVALUATION_ANSWER_TEXT);
  return q != NULL ? q->view : NULL;
}

CbDateButton *
cb_evaluation_page_get_date_button (CbEvaluationPage *self)
{
  g_return_val_if_fail (CB_IS_EVALUATION_PAGE (self), NULL);

  return self->date_button;
}
