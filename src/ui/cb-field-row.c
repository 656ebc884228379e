/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-field-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cb-enums.h"
#include "cb-field-row.h"

/* Each row carries a FieldBinding: which field of which record it edits,
 * and the widgets to keep in step. Edits from the widgets are written with
 * g_object_set(); the record's notify::<field> brings outside changes back.
 * "updating" is raised while one side writes to the other, so that neither
 * echoes the change back (which would move the cursor or loop). */
typedef struct
{
  CbRecord          *record;
  guint              index;
  const CbFieldSpec *spec;
  char              *property;
  GtkWidget         *row;       /* unowned: the binding lives on the row */
  GtkWidget         *editor;    /* unowned, a descendant of the row */
  GtkWidget         *counter;   /* unowned, or NULL */
  GtkWidget         *clear;     /* unowned, or NULL */
  GtkWidget         *calendar;  /* unowned, or NULL */
  GPtrArray         *checks;    /* unowned GtkCheckButton, or NULL */
  guint              updating;
} FieldBinding;

#define BINDING_KEY "cb-field-binding"
#define FLAG_KEY "cb-flag-value"

static void
field_binding_free (gpointer data)
{
  FieldBinding *b = data;

  g_clear_object (&b->record);
  g_clear_pointer (&b->property, g_free);
  g_clear_pointer (&b->checks, g_ptr_array_unref);
  g_free (b);
}

static FieldBinding *
get_binding (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), BINDING_KEY);
}

static const char *
get_string (FieldBinding *b)
{
  return cb_record_get_string_at (b->record, b->index);
}

static void
set_string (FieldBinding *b,
            const char   *text)
{
  b->updating++;
  g_object_set (b->record, b->property, text, NULL);
  b->updating--;
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A LIST is edited as text, one item per line; blank lines are dropped. */
static GStrv
split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint la = a != NULL ? g_strv_length ((char **) a) : 0;
  guint lb = b != NULL ? g_strv_length ((char **) b) : 0;

  if (la != lb)
    return FALSE;
  for (guint i = 0; i < la; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
update_counter (FieldBinding *b,
                const char   *text)
{
  guint words, limit;
  g_autofree char *label = NULL;

  if (b->counter == NULL)
    return;

  words = cb_count_words (text);
  limit = b->spec->word_limit;
  /* Translators: a word counter under a text field, e.g. "37 / 100 words". */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u / %u word", "%u / %u words", limit),
                           words, limit);
  gtk_label_set_label (GTK_LABEL (b->counter), label);

  if (words > limit)
    {
      g_autofree char *over = NULL;

      gtk_widget_add_css_class (b->counter, "warning");
      gtk_widget_remove_css_class (b->counter, "dim-label");
      over = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u word over the limit of %u",
                                           "%u words over the limit of %u",
                                           words - limit),
                              words - limit, limit);
      gtk_widget_set_tooltip_text (b->counter, over);
    }
  else
    {
      gtk_widget_remove_css_class (b->counter, "warning");
      gtk_widget_add_css_class (b->counter, "dim-label");
      gtk_widget_set_tooltip_text (b->counter, NULL);
    }
}

static void
update_email_style (FieldBinding *b)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (b->row));

  if (*text != '\0' && !cb_email_looks_valid (text))
    {
      gtk_widget_add_css_class (b->row, "error");
      gtk_widget_set_tooltip_text (b->row, _("This does not look like an email address"));
    }
  else
    {
      gtk_widget_remove_css_class (b->row, "error");
      gtk_widget_set_tooltip_text (b->row, b->spec->help ? _(b->spec->help) : NULL);
    }
}

/* "9:5", "930" or "0930" are read as people mean them; NULL when @text
 * is not a time of day. */
static char *
normalise_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int h = -1, m = -1;
  char extra;

  if (sscanf (stripped, "%d:%d%c", &h, &m, &extra) == 2 ||
      sscanf (stripped, "%d.%d%c", &h, &m, &extra) == 2)
    ;
  else if (strlen (stripped) == 4 && g_ascii_isdigit (stripped[0]) && g_ascii_isdigit (stripped[1]) &&
           g_ascii_isdigit (stripped[2]) && g_ascii_isdigit (stripped[3]))
    {
      h = (stripped[0] - '0') * 10 + (stripped[1] - '0');
      m = (stripped[2] - '0') * 10 + (stripped[3] - '0');
    }
  else
    return NULL;

  if (h < 0 || h > 23 || m < 0 || m > 59)
    return NULL;

  return g_strdup_printf ("%02d:%02d", h, m);
}

/* A time the row cannot read is shown in the error style and is not
 * written to the record; an empty row clears the time. */
static void
update_time_style (FieldBinding *b)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (b->row));
  g_autofree char *time = normalise_time (text);
  gboolean invalid = *text != '\0' && time == NULL;

  if (invalid)
    {
      gtk_widget_add_css_class (b->row, "error");
      gtk_widget_set_tooltip_text (b->row, _("Type a time of day as HH:MM, for example 14:30"));
    }
  else
    {
      gtk_widget_remove_css_class (b->row, "error");
      gtk_widget_set_tooltip_text (b->row, b->spec->help ? _(b->spec->help) : NULL);
    }
  gtk_widget_set_visible (b->clear, *text != '\0');
}

static char *
join_flag_labels (GType type,
                  guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if ((value & klass->values[i].value) == 0)
        continue;
      if (str->len > 0)
        /* Translators: separates the chosen options of a multiple choice */
        g_string_append (str, _(", "));
      g_string_append (str, cb_flag_get_label (type, klass->values[i].value));
    }

  if (str->len == 0)
    return g_strdup (_("None"));

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Brings the widgets in line with the record. */
static void
sync_from_record (FieldBinding *b)
{
  g_auto(GValue) holder = G_VALUE_INIT;
  const GValue *value = &holder;

  cb_record_get_value (b->record, b->index, &holder);

  b->updating++;

  switch (b->spec->kind)
    {
    case CB_FIELD_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->editor));
        g_autofree char *current = dup_buffer_text (buffer);

        if (g_strcmp0 (current, get_string (b)) != 0)
          gtk_text_buffer_set_text (buffer, get_string (b), -1);
        update_counter (b, get_string (b));
      }
      break;

    case CB_FIELD_LIST:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->editor));
        g_autofree char *current = dup_buffer_text (buffer);
        g_auto(GStrv) parsed = split_lines (current);
        const char * const *items = g_value_get_boxed (value);

        if (!strv_equal ((const char * const *) parsed, items))
          {
            g_autofree char *joined = items ? g_strjoinv ("\n", (char **) items) : g_strdup ("");
            gtk_text_buffer_set_text (buffer, joined, -1);
          }
      }
      break;

    case CB_FIELD_DATE:
      {
        g_autofree char *label = cb_format_date (get_string (b));

        gtk_menu_button_set_label (GTK_MENU_BUTTON (b->editor),
                                   label != NULL ? label : _("Not set"));
        gtk_widget_set_visible (b->clear, label != NULL);
      }
      break;

    case CB_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (b->spec->type_func ());
        int v = g_value_get_enum (value);

        for (guint i = 0; i < klass->n_values; i++)
          if (klass->values[i].value == v)
            adw_combo_row_set_selected (ADW_COMBO_ROW (b->row), i);
      }
      break;

    case CB_FIELD_MULTI_CHOICE:
      {
        guint v = g_value_get_flags (value);
        g_autofree char *subtitle = join_flag_labels (b->spec->type_func (), v);

        for (guint i = 0; i < b->checks->len; i++)
          {
            GtkCheckButton *check = g_ptr_array_index (b->checks, i);
            guint flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), FLAG_KEY));

            gtk_check_button_set_active (check, (v & flag) != 0);
          }
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (b->row), subtitle);
      }
      break;

    case CB_FIELD_INTEGER:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->editor), (double) g_value_get_int64 (value));
      break;

    case CB_FIELD_DECIMAL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->editor), g_value_get_double (value));
      break;

    case CB_FIELD_FILE:
      {
        const char *s = get_string (b);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (b->row), *s ? s : _("None"));
      }
      break;

    case CB_FIELD_TIME:
      {
        const char *s = get_string (b);

        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (b->row)), s) != 0)
          gtk_editable_set_text (GTK_EDITABLE (b->row), s);
        update_time_style (b);
      }
      break;

    case CB_FIELD_LINE:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_BOOLEAN:
    case CB_FIELD_RECORD:
    case CB_FIELD_TABLE:
    default:
      /* Kept in step by GBinding; tables have views of their own. */
      break;
    }

  b->updating--;
}

static void
on_record_notify_cb (CbRecord   *record,
                     GParamSpec *pspec,
                     GtkWidget  *row)
{
  FieldBinding *b = get_binding (row);

  if (b != NULL && b->updating == 0)
    sync_from_record (b);
}

static void
on_entry_row_text_notify_cb (GtkWidget  *row,
                             GParamSpec *pspec,
                             gpointer    user_data)
{
  update_email_style (get_binding (row));
}

static void
on_time_text_notify_cb (GtkWidget  *row,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  FieldBinding *b = get_binding (row);
  const char *text;
  g_autofree char *time = NULL;

  if (b->updating > 0)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (row));
  time = normalise_time (text);
  update_time_style (b);

  if (*text == '\0')
    set_string (b, "");
  else if (time != NULL && g_strcmp0 (time, get_string (b)) != 0)
    set_string (b, time);
}

/* Leaving the row shows the time as it was written: "930" becomes "09:30". */
static void
on_time_apply_cb (GtkWidget *row)
{
  FieldBinding *b = get_binding (row);

  if (b->updating == 0)
    sync_from_record (b);
}

static void
on_time_clear_clicked_cb (GtkButton *button,
                          GtkWidget *row)
{
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  gtk_widget_grab_focus (row);
}

static void
on_text_buffer_changed_cb (GtkTextBuffer *buffer,
                           GtkWidget     *row)
{
  FieldBinding *b = get_binding (row);
  g_autofree char *text = dup_buffer_text (buffer);

  if (b->updating > 0)
    return;

  if (b->spec->kind == CB_FIELD_LIST)
    {
      g_auto(GStrv) items = split_lines (text);

      b->updating++;
      g_object_set (b->record, b->property, items, NULL);
      b->updating--;
      return;
    }

  set_string (b, text);
  update_counter (b, text);
}

static void
on_calendar_day_selected_cb (GtkCalendar *calendar,
                             GtkWidget   *row)
{
  FieldBinding *b = get_binding (row);
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (b->updating > 0)
    return;

  dt = gtk_calendar_get_date (calendar);
  iso = g_date_time_format (dt, "%Y-%m-%d");
  set_string (b, iso);
  sync_from_record (b);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (b->editor));
}

static void
on_date_popover_show_cb (GtkWidget *popover,
                         GtkWidget *row)
{
  FieldBinding *b = get_binding (row);
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  if (sscanf (get_string (b), "%d-%d-%d", &y, &m, &d) == 3)
    dt = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (dt == NULL)
    dt = g_date_time_new_now_local ();

  b->updating++;
  gtk_calendar_select_day (GTK_CALENDAR (b->calendar), dt);
  b->updating--;
}

static void
on_date_clear_clicked_cb (GtkButton *button,
                          GtkWidget *row)
{
  FieldBinding *b = get_binding (row);

  set_string (b, "");
  sync_from_record (b);
}

static void
on_combo_selected_notify_cb (AdwComboRow *combo,
                             GParamSpec  *pspec,
                             GtkWidget   *row)
{
  FieldBinding *b = get_binding (row);
  g_autoptr(GEnumClass) klass = NULL;
  guint selected;

  if (b->updating > 0)
    return;

  selected = adw_combo_row_get_selected (combo);
  klass = g_type_class_ref (b->spec->type_func ());
  if (selected >= klass->n_values)
    return;

  b->updating++;
  g_object_set (b->record, b->property, klass->values[selected].value, NULL);
  b->updating--;
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     GtkWidget      *row)
{
  FieldBinding *b = get_binding (row);
  guint value = 0;

  if (b->updating > 0)
    return;

  for (guint i = 0; i < b->checks->len; i++)
    {
      GtkCheckButton *c = g_ptr_array_index (b->checks, i);

      if (gtk_check_button_get_active (c))
        value |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (c), FLAG_KEY));
    }

  b->updating++;
  g_object_set (b->record, b->property, value, NULL);
  b->updating--;
  sync_from_record (b);
}

static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          GtkWidget     *row)
{
  FieldBinding *b = get_binding (row);

  if (b->updating > 0)
    return;

  b->updating++;
  if (b->spec->kind == CB_FIELD_DECIMAL)
    g_object_set (b->record, b->property, cb_decimal_round (gtk_spin_button_get_value (spin)), NULL);
  else
    g_object_set (b->record, b->property, (gint64) gtk_spin_button_get_value (spin), NULL);
  b->updating--;
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GtkWidget *
create_entry_row (FieldBinding *b)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(b->spec->label));
  set_accessible_label (row, _(b->spec->label));
  if (b->spec->help != NULL)
    {
      gtk_widget_set_tooltip_text (row, _(b->spec->help));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(b->spec->help),
                                      -1);
    }

  if (b->spec->kind == CB_FIELD_EMAIL)
    {
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
    }
  else if (b->spec->kind == CB_FIELD_PHONE)
    {
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
      adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
    }

  b->row = b->editor = row;
  return row;
}

/* A multi-line text: the label above a text view, with the help text and,
 * when the field has a word limit, a live counter. */
static GtkWidget *
create_text_row (FieldBinding *b)
{
  GtkWidget *row, *box, *top, *title, *frame, *view;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", _(b->spec->label),
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  gtk_widget_add_css_class (row, "cb-text-row");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "cb-text-row-box");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = g_object_new (GTK_TYPE_LABEL,
                        "label", _(b->spec->label),
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "hexpand", TRUE,
                        NULL);
  gtk_widget_add_css_class (title, "cb-field-title");
  gtk_box_append (GTK_BOX (top), title);

  if (b->spec->kind == CB_FIELD_TEXT && b->spec->word_limit > 0)
    {
      b->counter = g_object_new (GTK_TYPE_LABEL,
                                 "xalign", 1.0f,
                                 "valign", GTK_ALIGN_START,
                                 NULL);
      gtk_widget_add_css_class (b->counter, "caption");
      gtk_widget_add_css_class (b->counter, "numeric");
      gtk_widget_add_css_class (b->counter, "dim-label");
      gtk_box_append (GTK_BOX (top), b->counter);
    }
  gtk_box_append (GTK_BOX (box), top);

  if (b->spec->help != NULL || b->spec->kind == CB_FIELD_LIST)
    {
      const char *help = b->spec->help ? _(b->spec->help) : _("One item per line");
      GtkWidget *help_label = g_object_new (GTK_TYPE_LABEL,
                                            "label", help,
                                            "xalign", 0.0f,
                                            "wrap", TRUE,
                                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                            NULL);

      gtk_widget_add_css_class (help_label, "caption");
      gtk_widget_add_css_class (help_label, "dim-label");
      gtk_box_append (GTK_BOX (box), help_label);
    }

  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "accepts-tab", FALSE,
                       "height-request", 80,
                       "top-margin", 8,
                       "bottom-margin", 8,
                       "left-margin", 10,
                       "right-margin", 10,
                       NULL);
  gtk_widget_add_css_class (view, "cb-text-view");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  if (b->spec->help != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(b->spec->help),
                                    -1);

  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "cb-text-frame");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  b->row = row;
  b->editor = view;

  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_text_buffer_changed_cb), row, 0);

  return row;
}

static GtkWidget *
create_action_row (FieldBinding *b)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(b->spec->label));
  if (b->spec->help != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(b->spec->help));

  b->row = row;
  return row;
}

static GtkWidget *
create_date_row (FieldBinding *b)
{
  GtkWidget *row = create_action_row (b);
  GtkWidget *popover, *button, *calendar, *clear;

  calendar = gtk_calendar_new ();
  set_accessible_label (calendar, _(b->spec->label));
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);

  button = g_object_new (GTK_TYPE_MENU_BUTTON,
                         "popover", popover,
                         "valign", GTK_ALIGN_CENTER,
                         "always-show-arrow", TRUE,
                         NULL);
  set_accessible_label (button, _(b->spec->label));

  clear = g_object_new (GTK_TYPE_BUTTON,
                        "icon-name", "edit-clear-symbolic",
                        "valign", GTK_ALIGN_CENTER,
                        "tooltip-text", _("Clear Date"),
                        NULL);
  gtk_widget_add_css_class (clear, "flat");
  set_accessible_label (clear, _("Clear Date"));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  b->editor = button;
  b->calendar = calendar;
  b->clear = clear;

  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb), row, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_date_popover_show_cb), row, 0);
  g_signal_connect_object (clear, "clicked", G_CALLBACK (on_date_clear_clicked_cb), row, 0);

  return row;
}

static GtkWidget *
create_choice_row (FieldBinding *b)
{
  GType type = b->spec->type_func ();
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, cb_enum_get_label (type, klass->values[i].value));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(b->spec->label));
  if (b->spec->help != NULL)
    {
      const char *help = _(b->spec->help);

      /* A long subtitle would squeeze the chosen value to “Doer (act…”:
       * long help goes in the tooltip instead. */
      if (g_utf8_strlen (help, -1) <= 50)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), help);
      else
        gtk_widget_set_tooltip_text (row, help);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, help,
                                      -1);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  set_accessible_label (row, _(b->spec->label));

  b->row = b->editor = row;

  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_combo_selected_notify_cb), row, 0);

  return row;
}

static GtkWidget *
create_multi_choice_row (FieldBinding *b)
{
  GType type = b->spec->type_func ();
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(b->spec->label));
  set_accessible_label (row, _(b->spec->label));
  if (b->spec->help != NULL)
    gtk_widget_set_tooltip_text (row, _(b->spec->help));

  b->checks = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint flag = klass->values[i].value;
      const char *label = cb_flag_get_label (type, flag);
      GtkWidget *child = adw_action_row_new ();
      GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                       "valign", GTK_ALIGN_CENTER,
                                       NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), label);
      set_accessible_label (check, label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (child), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (child), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

      g_object_set_data (G_OBJECT (check), FLAG_KEY, GUINT_TO_POINTER (flag));
      g_ptr_array_add (b->checks, check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), row, 0);
    }

  b->row = b->editor = row;
  return row;
}

static GtkWidget *
create_boolean_row (FieldBinding *b)
{
  GtkWidget *row = create_action_row (b);
  GtkWidget *sw = g_object_new (GTK_TYPE_SWITCH, "valign", GTK_ALIGN_CENTER, NULL);

  set_accessible_label (sw, _(b->spec->label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  b->editor = sw;

  return row;
}

static GtkWidget *
create_integer_row (FieldBinding *b)
{
  GtkWidget *row = create_action_row (b);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, G_MAXINT32, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  set_accessible_label (spin, _(b->spec->label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  b->editor = spin;

  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), row, 0);

  return row;
}

/* A number with a fraction, such as hours: two decimals, in quarters with
 * the arrows, any hundredth typed. */
static GtkWidget *
create_decimal_row (FieldBinding *b)
{
  GtkWidget *row = create_action_row (b);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, CB_DECIMAL_MAX, 0.25);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), 0.25, 1.0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  set_accessible_label (spin, _(b->spec->label));
  if (b->spec->help != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(b->spec->help),
                                    -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  b->editor = spin;

  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), row, 0);

  return row;
}

/* A time of day: typed as HH:MM in an entry row, with a clear button. */
static GtkWidget *
create_time_row (FieldBinding *b)
{
  GtkWidget *row = create_entry_row (b);
  GtkWidget *clear;
  GtkEventController *focus;

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
  if (b->spec->help == NULL)
    gtk_widget_set_tooltip_text (row, _("HH:MM, for example 14:30"));

  clear = g_object_new (GTK_TYPE_BUTTON,
                        "icon-name", "edit-clear-symbolic",
                        "valign", GTK_ALIGN_CENTER,
                        "tooltip-text", _("Clear Time"),
                        NULL);
  gtk_widget_add_css_class (clear, "flat");
  set_accessible_label (clear, _("Clear Time"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), clear);
  b->clear = clear;

  g_signal_connect (row, "notify::text", G_CALLBACK (on_time_text_notify_cb), NULL);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_time_apply_cb), NULL);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_time_apply_cb), row);
  gtk_widget_add_controller (row, focus);
  g_signal_connect_object (clear, "clicked", G_CALLBACK (on_time_clear_clicked_cb), row, 0);

  return row;
}

static GtkWidget *
create_file_row (FieldBinding *b)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(b->spec->label));
  b->row = b->editor = row;

  return row;
}

GtkWidget *
cb_field_row_new (CbRecord *record,
                  guint     index)
{
  const CbFieldSpec *spec;
  FieldBinding *b;
  GtkWidget *row = NULL;
  g_autofree char *detailed = NULL;

  g_return_val_if_fail (CB_IS_RECORD (record), NULL);

  spec = cb_record_get_field (record, index);
  g_return_val_if_fail (spec != NULL, NULL);

  /* Nested records are groups, and tables have views of their own. */
  if (spec->kind == CB_FIELD_RECORD || spec->kind == CB_FIELD_TABLE)
    return NULL;

  b = g_new0 (FieldBinding, 1);
  b->record = g_object_ref (record);
  b->index = index;
  b->spec = spec;
  b->property = cb_field_spec_property_name (spec);

  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
      row = create_entry_row (b);
      break;

    case CB_FIELD_TEXT:
    case CB_FIELD_LIST:
      row = create_text_row (b);
      break;

    case CB_FIELD_DATE:
      row = create_date_row (b);
      break;

    case CB_FIELD_CHOICE:
      row = create_choice_row (b);
      break;

    case CB_FIELD_MULTI_CHOICE:
      row = create_multi_choice_row (b);
      break;

    case CB_FIELD_BOOLEAN:
      row = create_boolean_row (b);
      break;

    case CB_FIELD_INTEGER:
      row = create_integer_row (b);
      break;

    case CB_FIELD_DECIMAL:
      row = create_decimal_row (b);
      break;

    case CB_FIELD_FILE:
      row = create_file_row (b);
      break;

    case CB_FIELD_TIME:
      row = create_time_row (b);
      break;

    case CB_FIELD_RECORD:
    case CB_FIELD_TABLE:
    default:
      g_assert_not_reached ();
    }

  g_object_set_data_full (G_OBJECT (row), BINDING_KEY, b, field_binding_free);
  gtk_widget_set_name (row, spec->name);

  /* Strings typed in an entry and yes/no switches bind directly. */
  if (spec->kind == CB_FIELD_LINE || spec->kind == CB_FIELD_EMAIL || spec->kind == CB_FIELD_PHONE)
    g_object_bind_property (record, b->property, row, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  else if (spec->kind == CB_FIELD_BOOLEAN)
    g_object_bind_property (record, b->property, b->editor, "active",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  if (spec->kind == CB_FIELD_EMAIL)
    {
      g_signal_connect (row, "notify::text", G_CALLBACK (on_entry_row_text_notify_cb), NULL);
      update_email_style (b);
    }

  detailed = g_strconcat ("notify::", b->property, NULL);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_record_notify_cb), row, 0);
  sync_from_record (b);

  return row;
}

GtkWidget *
cb_field_row_get_editor (GtkWidget *row)
{
  FieldBinding *b;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  b = get_binding (row);
  return b != NULL ? b->editor : NULL;
}

GtkWidget *
cb_field_row_get_counter (GtkWidget *row)
{
  FieldBinding *b;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  b = get_binding (row);
  return b != NULL ? b->counter : NULL;
}

GtkWidget *
cb_field_row_get_check (GtkWidget *row,
                        guint      flag)
{
  FieldBinding *b;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  b = get_binding (row);
  if (b == NULL || b->checks == NULL)
    return NULL;

  for (guint i = 0; i < b->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (b->checks, i);

      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), FLAG_KEY)) == flag)
        return check;
    }

  return NULL;
}
