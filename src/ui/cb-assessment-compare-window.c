/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-assessment-compare-window"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "cb-assessment-compare-window.h"
#include "cb-self-assessment.h"

/* The rows of the table, as keys of a GtkStringList: "h0" and "h1" the
 * booklet's headings, "i<N>" item N, "h2" the result's heading, "c<A>"
 * the count of answer A, "s" the result. */

struct _CbAssessmentCompareWindow
{
  AdwWindow        parent_instance;

  CbPractice      *practice;
  GPtrArray       *attempts;      /* CbSelfAssessment, oldest first */
  GArray          *moves;         /* CbSelfAssessmentMove per item, since the attempt before the newest */
  GtkStringList   *rows;
  guint            rebuild_id;

  AdwWindowTitle  *window_title;
  GtkLabel        *changes_label;
  GtkStack        *stack;
  GtkColumnView   *column_view;
};

G_DEFINE_FINAL_TYPE (CbAssessmentCompareWindow, cb_assessment_compare_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define COLUMN_KEY "cb-column"

static const char * const answer_classes[] = {
  "cb-answer-unset", "cb-answer-usually", "cb-answer-sometimes", "cb-answer-rarely",
};

/* What a row is */

typedef enum
{
  ROW_HEADING,
  ROW_ITEM,
  ROW_COUNT,
  ROW_RESULT,
} RowKind;

static RowKind
parse_row (const char *key,
           guint      *index)
{
  *index = key[1] != '\0' ? (guint) strtoul (key + 1, NULL, 10) : 0;

  switch (key[0])
    {
    case 'h':
      return ROW_HEADING;
    case 'i':
      return ROW_ITEM;
    case 'c':
      return ROW_COUNT;
    case 's':
    default:
      return ROW_RESULT;
    }
}

static const char *
move_icon (CbSelfAssessmentMove move)
{
  switch (move)
    {
    case CB_SELF_ASSESSMENT_MOVE_UP:
      return "go-up-symbolic";
    case CB_SELF_ASSESSMENT_MOVE_DOWN:
      return "go-down-symbolic";
    case CB_SELF_ASSESSMENT_MOVE_ANSWERED:
      return "list-add-symbolic";
    case CB_SELF_ASSESSMENT_MOVE_CLEARED:
      return "list-remove-symbolic";
    case CB_SELF_ASSESSMENT_MOVE_NONE:
    default:
      return NULL;
    }
}

static char *
move_text (CbSelfAssessmentMove   move,
           CbSelfAssessmentAnswer before)
{
  const char *was = cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, before);

  switch (move)
    {
    case CB_SELF_ASSESSMENT_MOVE_UP:
      /* Translators: an item's answer moved towards Usually; %s is the answer before */
      return g_strdup_printf (_("Up from %s"), was);
    case CB_SELF_ASSESSMENT_MOVE_DOWN:
      /* Translators: an item's answer moved towards Rarely; %s is the answer before */
      return g_strdup_printf (_("Down from %s"), was);
    case CB_SELF_ASSESSMENT_MOVE_ANSWERED:
      return g_strdup (_("Newly answered"));
    case CB_SELF_ASSESSMENT_MOVE_CLEARED:
      /* Translators: an item answered last time is not answered now; %s is the answer before */
      return g_strdup_printf (_("Not answered (was %s)"), was);
    case CB_SELF_ASSESSMENT_MOVE_NONE:
    default:
      return g_strdup ("");
    }
}

static CbSelfAssessmentMove
item_move (CbAssessmentCompareWindow *self,
           guint                      item)
{
  return self->moves != NULL && item < self->moves->len
         ? g_array_index (self->moves, CbSelfAssessmentMove, item) : CB_SELF_ASSESSMENT_MOVE_NONE;
}

/* The text of a cell; @style_class gets the class to show it with, or NULL. */
static char *
cell_text (CbAssessmentCompareWindow  *self,
           const char                 *key,
           guint                       column,
           const char                **style_class)
{
  guint n = self->attempts->len;
  guint index;
  RowKind kind = parse_row (key, &index);

  *style_class = NULL;

  if (column == 0)
    {
      switch (kind)
        {
        case ROW_HEADING:
          *style_class = "heading";
          if (index < 2)
            return g_strdup (cb_self_assessment_section_get_heading (index));
          return g_strdup (_("Self assessment"));
        case ROW_ITEM:
          return g_strdup (cb_self_assessment_item_get_text (index));
        case ROW_COUNT:
          *style_class = answer_classes[index];
          return g_strdup (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, index));
        case ROW_RESULT:
        default:
          return g_strdup (_("Result"));
        }
    }

  if (column <= n)
    {
      CbSelfAssessment *attempt = g_ptr_array_index (self->attempts, column - 1);

      switch (kind)
        {
        case ROW_ITEM:
          {
            CbSelfAssessmentAnswer answer = cb_self_assessment_get_answer (attempt, index);

            *style_class = answer_classes[answer];
            return answer == CB_SELF_ASSESSMENT_ANSWER_UNSET
                   ? g_strdup ("—")
                   : g_strdup (cb_enum_get_label (CB_TYPE_SELF_ASSESSMENT_ANSWER, answer));
          }
        case ROW_COUNT:
          *style_class = answer_classes[index];
          return g_strdup_printf ("%u", cb_self_assessment_count_answer (attempt, index));
        case ROW_RESULT:
          {
            CbSelfAssessmentResult result;

            cb_self_assessment_get_result (attempt, &result);
            return cb_self_assessment_result_dup_summary (&result);
          }
        case ROW_HEADING:
        default:
          return g_strdup ("");
        }
    }

  /* Since last time */
  if (kind == ROW_ITEM && n >= 2)
    {
      CbSelfAssessment *before = g_ptr_array_index (self->attempts, n - 2);

      return move_text (item_move (self, index), cb_self_assessment_get_answer (before, index));
    }

  return g_strdup ("");
}

/* Cells */

static void
on_setup_cb (GtkSignalListItemFactory  *factory,
             GtkListItem               *item,
             CbAssessmentCompareWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_set_visible (image, FALSE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_bind_cb (GtkSignalListItemFactory  *factory,
            GtkListItem               *item,
            CbAssessmentCompareWindow *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_KEY));
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  const char *style_class = NULL;
  g_autofree char *text = cell_text (self, key, column, &style_class);
  guint n = self->attempts->len;
  guint index;
  RowKind kind = parse_row (key, &index);
  gboolean changed = kind == ROW_ITEM && n >= 2 && item_move (self, index) != CB_SELF_ASSESSMENT_MOVE_NONE;
  const char *icon = NULL;

  gtk_label_set_label (GTK_LABEL (label), text);
  for (guint c = 0; c < G_N_ELEMENTS (answer_classes); c++)
    gtk_widget_remove_css_class (label, answer_classes[c]);
  gtk_widget_remove_css_class (label, "heading");
  gtk_widget_remove_css_class (box, "cb-changed");
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  /* The newest column and the last mark what moved. */
  if (changed && (column == n || column == n + 1))
    gtk_widget_add_css_class (box, "cb-changed");
  if (changed && column == n + 1)
    icon = move_icon (item_move (self, index));
  gtk_image_set_from_icon_name (GTK_IMAGE (image), icon);
  gtk_widget_set_visible (image, icon != NULL);
}

static GtkColumnViewColumn *
new_column (CbAssessmentCompareWindow *self,
            const char                *title,
            guint                      column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), COLUMN_KEY, GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);

  return gtk_column_view_column_new (title, factory);
}

/* Building the table from the practice */

static void
rebuild (CbAssessmentCompareWindow *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autofree char *subtitle = NULL;
  guint n;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, column);
    }

  g_clear_pointer (&self->attempts, g_ptr_array_unref);
  g_clear_pointer (&self->moves, g_array_unref);
  self->attempts = self->practice != NULL ? cb_self_assessment_list_attempts (self->practice)
                                          : g_ptr_array_new_with_free_func (g_object_unref);
  n = self->attempts->len;

  self->moves = g_array_new (FALSE, TRUE, sizeof (CbSelfAssessmentMove));
  g_array_set_size (self->moves, CB_SELF_ASSESSMENT_N_ITEMS);
  if (n >= 2)
    {
      g_autoptr(GArray) changes = cb_self_assessment_compare (g_ptr_array_index (self->attempts, n - 2),
                                                              g_ptr_array_index (self->attempts, n - 1));

      for (guint i = 0; i < changes->len; i++)
        {
          const CbSelfAssessmentChange *change = &g_array_index (changes, CbSelfAssessmentChange, i);
          g_array_index (self->moves, CbSelfAssessmentMove, change->item) = change->move;
        }
    }

  {
    g_autoptr(GtkColumnViewColumn) items = new_column (self, _("Item"), 0);

    gtk_column_view_column_set_expand (items, TRUE);
    gtk_column_view_append_column (self->column_view, items);
  }

  for (guint i = 0; i < n; i++)
    {
      CbSelfAssessment *attempt = g_ptr_array_index (self->attempts, i);
      g_autofree char *date = cb_format_date (cb_self_assessment_get_date (attempt));
      g_autoptr(GtkColumnViewColumn) column = new_column (self, date != NULL ? date : _("No date"), i + 1);

      gtk_column_view_column_set_fixed_width (column, 132);
      gtk_column_view_append_column (self->column_view, column);
    }

  if (n >= 2)
    {
      g_autoptr(GtkColumnViewColumn) since = new_column (self, _("Since Last Time"), n + 1);

      gtk_column_view_column_set_fixed_width (since, 190);
      gtk_column_view_append_column (self->column_view, since);
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attempt, oldest first", "%u attempts, oldest first", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* What moved, in a line above the table. */
  if (n >= 2)
    {
      guint up = 0, down = 0, other = 0;
      g_autofree char *date = cb_format_date (cb_self_assessment_get_date (g_ptr_array_index (self->attempts, n - 2)));
      g_autofree char *ups = NULL;
      g_autofree char *downs = NULL;
      g_autofree char *line = NULL;

      for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
        {
          CbSelfAssessmentMove move = item_move (self, i);

          up += move == CB_SELF_ASSESSMENT_MOVE_UP;
          down += move == CB_SELF_ASSESSMENT_MOVE_DOWN;
          other += move == CB_SELF_ASSESSMENT_MOVE_ANSWERED || move == CB_SELF_ASSESSMENT_MOVE_CLEARED;
        }

      ups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer moved up", "%u answers moved up", up), up);
      downs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u moved down", "%u moved down", down), down);
      /* Translators: above the comparison; %s is the date of the attempt before the newest, then two counts */
      line = g_strdup_printf (_("Since the attempt of %s: %s, %s. Items that moved are marked."),
                              date != NULL ? date : _("no date"), ups, downs);
      gtk_label_set_label (self->changes_label, line);
    }
  else if (n == 1)
    gtk_label_set_label (self->changes_label,
                         _("One attempt so far. Start a new attempt in a few months to see what moves."));
  gtk_widget_set_visible (GTK_WIDGET (self->changes_label), n > 0);
}

static gboolean
rebuild_idle (gpointer data)
{
  CbAssessmentCompareWindow *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (CbAssessmentCompareWindow *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
on_child_cb (CbAssessmentCompareWindow *self,
             CbDocument                *child)
{
  if (CB_IS_SELF_ASSESSMENT (child))
    queue_rebuild (self);
}

static void
on_child_changed_cb (CbDocument                *practice,
                     CbDocument                *child,
                     GParamSpec                *pspec,
                     CbAssessmentCompareWindow *self)
{
  /* Only what the table shows: the answers and the date. */
  if (CB_IS_SELF_ASSESSMENT (child) &&
      (g_str_equal (pspec->name, "date") || g_str_has_prefix (pspec->name, "do-") ||
       g_str_has_prefix (pspec->name, "are-")))
    queue_rebuild (self);
}

static void
set_practice (CbAssessmentCompareWindow *self,
              CbPractice                *practice)
{
  if (self->practice != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->practice, on_child_cb, self);
      g_signal_handlers_disconnect_by_func (self->practice, on_child_changed_cb, self);
    }

  g_set_object (&self->practice, practice);

  if (practice != NULL)
    {
      g_signal_connect_swapped (practice, "child-added", G_CALLBACK (on_child_cb), self);
      g_signal_connect_swapped (practice, "child-removed", G_CALLBACK (on_child_cb), self);
      g_signal_connect (practice, "child-changed", G_CALLBACK (on_child_changed_cb), self);
    }

  rebuild (self);
}

/* GObject */

static void
cb_assessment_compare_window_dispose (GObject *object)
{
  CbAssessmentCompareWindow *self = CB_ASSESSMENT_COMPARE_WINDOW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->practice != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->practice, on_child_cb, self);
      g_signal_handlers_disconnect_by_func (self->practice, on_child_changed_cb, self);
      g_clear_object (&self->practice);
    }

  G_OBJECT_CLASS (cb_assessment_compare_window_parent_class)->dispose (object);
}

static void
cb_assessment_compare_window_finalize (GObject *object)
{
  CbAssessmentCompareWindow *self = CB_ASSESSMENT_COMPARE_WINDOW (object);

  g_clear_pointer (&self->attempts, g_ptr_array_unref);
  g_clear_pointer (&self->moves, g_array_unref);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (cb_assessment_compare_window_parent_class)->finalize (object);
}

static void
cb_assessment_compare_window_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  CbAssessmentCompareWindow *self = CB_ASSESSMENT_COMPARE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_assessment_compare_window_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  CbAssessmentCompareWindow *self = CB_ASSESSMENT_COMPARE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      set_practice (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_assessment_compare_window_class_init (CbAssessmentCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_assessment_compare_window_dispose;
  object_class->finalize = cb_assessment_compare_window_finalize;
  object_class->get_property = cb_assessment_compare_window_get_property;
  object_class->set_property = cb_assessment_compare_window_set_property;

  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL,
                         CB_TYPE_PRACTICE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-assessment-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CbAssessmentCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CbAssessmentCompareWindow, changes_label);
  gtk_widget_class_bind_template_child (widget_class, CbAssessmentCompareWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CbAssessmentCompareWindow, column_view);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_assessment_compare_window_init (CbAssessmentCompareWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->attempts = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = gtk_string_list_new (NULL);
  gtk_string_list_append (self->rows, "h0");
  for (guint i = 0; i < CB_SELF_ASSESSMENT_N_ITEMS; i++)
    {
      g_autofree char *key = g_strdup_printf ("i%u", i);

      if (i == CB_SELF_ASSESSMENT_N_DO_ITEMS)
        gtk_string_list_append (self->rows, "h1");
      gtk_string_list_append (self->rows, key);
    }
  gtk_string_list_append (self->rows, "h2");
  for (guint a = CB_SELF_ASSESSMENT_ANSWER_USUALLY; a <= CB_SELF_ASSESSMENT_ANSWER_RARELY; a++)
    {
      g_autofree char *key = g_strdup_printf ("c%u", a);
      gtk_string_list_append (self->rows, key);
    }
  gtk_string_list_append (self->rows, "s");

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/* Public API */

GtkWidget *
cb_assessment_compare_window_new (CbPractice *practice)
{
  g_return_val_if_fail (practice == NULL || CB_IS_PRACTICE (practice), NULL);

  return g_object_new (CB_TYPE_ASSESSMENT_COMPARE_WINDOW, "practice", practice, NULL);
}

CbPractice *
cb_assessment_compare_window_get_practice (CbAssessmentCompareWindow *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), NULL);

  return self->practice;
}

GtkColumnView *
cb_assessment_compare_window_get_column_view (CbAssessmentCompareWindow *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), NULL);

  return self->column_view;
}

guint
cb_assessment_compare_window_get_n_attempts (CbAssessmentCompareWindow *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), 0);

  return self->attempts->len;
}

char *
cb_assessment_compare_window_dup_cell_text (CbAssessmentCompareWindow *self,
                                            guint                      row,
                                            guint                      column)
{
  const char *style_class;

  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), NULL);
  g_return_val_if_fail (row < g_list_model_get_n_items (G_LIST_MODEL (self->rows)), NULL);

  return cell_text (self, gtk_string_list_get_string (self->rows, row), column, &style_class);
}

guint
cb_assessment_compare_window_get_item_row (CbAssessmentCompareWindow *self,
                                           guint                      item)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), 0);
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, 0);

  /* After "h0", and after "h1" for the second heading's items. */
  return item + 1 + (item >= CB_SELF_ASSESSMENT_N_DO_ITEMS ? 1 : 0);
}

gboolean
cb_assessment_compare_window_item_changed (CbAssessmentCompareWindow *self,
                                           guint                      item)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (item < CB_SELF_ASSESSMENT_N_ITEMS, FALSE);

  return self->attempts->len >= 2 && item_move (self, item) != CB_SELF_ASSESSMENT_MOVE_NONE;
}
