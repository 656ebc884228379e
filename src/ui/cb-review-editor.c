/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-enums.h"
#include "cb-editor-util.h"
#include "cb-field-row.h"
#include "cb-review-editor.h"

struct _CbReviewEditor
{
  AdwBin               parent_instance;

  CbClient            *client;
  CbReview            *review;

  AdwPreferencesPage  *page;
  GPtrArray           *groups;        /* groups below the header, unowned */
  GHashTable          *group_of_id;   /* group id → AdwPreferencesGroup, unowned */
  GHashTable          *rows;          /* field name → row, unowned */
  AdwPreferencesGroup *outcomes_group;
  GPtrArray           *outcome_widgets; /* widgets added to outcomes_group, unowned */
  GPtrArray           *outcome_rows;  /* GHashTable per outcome: field → row */
  GtkWidget           *no_outcomes;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
};

G_DEFINE_FINAL_TYPE (CbReviewEditor, cb_review_editor, ADW_TYPE_BIN)

#define GROUP_SPEC_KEY "cb-field-group"

static void
update_header (CbReviewEditor *self)
{
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  CbReviewType type;

  if (self->review == NULL)
    return;

  type = cb_review_get_review_type (self->review);
  date = cb_format_date (cb_review_get_date (self->review));
  switch (type)
    {
    case CB_REVIEW_TYPE_INITIAL:
      title = g_strdup (_("Initial Review"));
      break;
    case CB_REVIEW_TYPE_FORMATIVE:
      title = g_strdup (_("Formative Review"));
      break;
    case CB_REVIEW_TYPE_SUMMATIVE:
      title = g_strdup (_("Summative Review"));
      break;
    default:
      title = g_strdup (_("Review"));
      break;
    }
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, date != NULL ? date : _("No date yet"));
}

static void
update_groups (CbReviewEditor *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->groups, i);
      const CbFieldGroup *spec = g_object_get_data (G_OBJECT (group), GROUP_SPEC_KEY);

      if (spec != NULL)
        gtk_widget_set_visible (group, cb_record_group_applies (CB_RECORD (self->review), spec));
    }
}

static void
clear_outcomes (CbReviewEditor *self)
{
  if (self->outcomes_group != NULL)
    for (guint i = 0; i < self->outcome_widgets->len; i++)
      adw_preferences_group_remove (self->outcomes_group, g_ptr_array_index (self->outcome_widgets, i));
  g_ptr_array_set_size (self->outcome_widgets, 0);
  g_ptr_array_set_size (self->outcome_rows, 0);
}

static void
add_outcome_row (GHashTable      *rows,
                 GtkListBox      *list,
                 CbReviewOutcome *outcome,
                 const char      *name)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (outcome), name);
  GtkWidget *row;

  g_return_if_fail (index >= 0);

  row = cb_field_row_new (CB_RECORD (outcome), index);
  if (row == NULL)
    return;

  gtk_list_box_append (list, row);
  g_hash_table_insert (rows, g_strdup (name), row);
}

static void
rebuild_outcomes (CbReviewEditor *self)
{
  GListModel *outcomes;
  guint n;

  clear_outcomes (self);
  if (self->review == NULL || self->outcomes_group == NULL)
    return;

  outcomes = cb_review_get_outcomes (self->review);
  n = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbReviewOutcome) outcome = g_list_model_get_item (outcomes, i);
      GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gboolean from_plan = *cb_review_outcome_get_objective_id (outcome) != '\0';
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *list = gtk_list_box_new ();

      gtk_widget_add_css_class (box, "cb-outcome");
      if (from_plan)
        {
          /* The objective as the plan has it: read, not edited here. */
          GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                           "label", cb_review_outcome_get_objective (outcome),
                                           "xalign", 0.0f,
                                           "wrap", TRUE,
                                           "selectable", TRUE,
                                           NULL);
          gtk_widget_add_css_class (label, "heading");
          gtk_box_append (GTK_BOX (box), label);
        }

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cb_review_outcome_get_objective (outcome),
                                      -1);
      if (!from_plan)
        add_outcome_row (rows, GTK_LIST_BOX (list), outcome, "objective");
      add_outcome_row (rows, GTK_LIST_BOX (list), outcome, "outcome");
      add_outcome_row (rows, GTK_LIST_BOX (list), outcome, "evidence");
      gtk_box_append (GTK_BOX (box), list);
      if (i + 1 < n)
        gtk_widget_set_margin_bottom (box, 18);

      adw_preferences_group_add (self->outcomes_group, box);
      g_ptr_array_add (self->outcome_widgets, box);
      g_ptr_array_add (self->outcome_rows, rows);
    }

  gtk_widget_set_visible (self->no_outcomes, n == 0);
}

static void
on_review_notify_cb (CbReviewEditor *self,
                     GParamSpec     *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "review-type"))
    update_groups (self);
  if (g_str_equal (name, "review-type") || g_str_equal (name, "date"))
    update_header (self);
}

static AdwPreferencesGroup *
add_group (CbReviewEditor     *self,
           const CbFieldGroup *spec)
{
  GtkWidget *group = GTK_WIDGET (cb_editor_add_group (self->page, _(spec->title),
                                                     spec->description != NULL ? _(spec->description) : NULL));

  if (spec->variant != NULL)
    g_object_set_data (G_OBJECT (group), GROUP_SPEC_KEY, (gpointer) spec);
  if (g_str_equal (spec->id, "private"))
    gtk_widget_add_css_class (group, "cb-private-group");

  g_ptr_array_add (self->groups, group);
  g_hash_table_insert (self->group_of_id, g_strdup (spec->id), group);

  return ADW_PREFERENCES_GROUP (group);
}

static void
add_outcomes (CbReviewEditor      *self,
              AdwPreferencesGroup *group)
{
  GtkWidget *button;

  self->outcomes_group = group;
  button = g_object_new (GTK_TYPE_BUTTON,
                         "valign", GTK_ALIGN_CENTER,
                         "action-name", "view.add-outcome",
                         "tooltip-text", _("Record the Outcome of Something Not in the Plan"),
                         "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                "icon-name", "list-add-symbolic",
                                                "label", _("Add _Outcome"),
                                                "use-underline", TRUE,
                                                NULL),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (group, button);

  self->no_outcomes = g_object_new (GTK_TYPE_LABEL,
                                    "label", _("No objectives to review. A review made when the client has a development plan lists each objective of the plan here."),
                                    "wrap", TRUE,
                                    "xalign", 0.0f,
                                    NULL);
  gtk_widget_add_css_class (self->no_outcomes, "dim-label");
  adw_preferences_group_add (group, self->no_outcomes);
}

static void
build_page (CbReviewEditor *self)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self->review);
  const CbFieldGroup *groups;
  const CbFieldSpec *fields;
  guint n_groups = 0, n_fields = 0;

  groups = cb_record_class_get_groups (klass, &n_groups);
  fields = cb_record_class_get_fields (klass, &n_fields);

  for (guint g = 0; g < n_groups; g++)
    {
      AdwPreferencesGroup *group = add_group (self, &groups[g]);

      for (guint i = 0; i < n_fields; i++)
        {
          GtkWidget *row;

          if (g_strcmp0 (fields[i].group, groups[g].id) != 0)
            continue;

          if (fields[i].kind == CB_FIELD_TABLE)
            {
              add_outcomes (self, group);
              continue;
            }

          row = cb_field_row_new (CB_RECORD (self->review), i);
          if (row == NULL)
            continue;
          adw_preferences_group_add (group, row);
          g_hash_table_insert (self->rows, g_strdup (fields[i].name), row);
        }
    }

  rebuild_outcomes (self);
  update_groups (self);
  update_header (self);
}

static void
clear_page (CbReviewEditor *self)
{
  clear_outcomes (self);
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->group_of_id);
  g_hash_table_remove_all (self->rows);
  self->outcomes_group = NULL;
  self->no_outcomes = NULL;
}

static void
cb_review_editor_dispose (GObject *object)
{
  CbReviewEditor *self = CB_REVIEW_EDITOR (object);

  cb_review_editor_set_review (self, NULL, NULL);

  G_OBJECT_CLASS (cb_review_editor_parent_class)->dispose (object);
}

static void
cb_review_editor_finalize (GObject *object)
{
  CbReviewEditor *self = CB_REVIEW_EDITOR (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->outcome_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->outcome_rows, g_ptr_array_unref);
  g_clear_pointer (&self->group_of_id, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (cb_review_editor_parent_class)->finalize (object);
}

static void
cb_review_editor_class_init (CbReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_review_editor_dispose;
  object_class->finalize = cb_review_editor_finalize;
}

static void
cb_review_editor_init (CbReviewEditor *self)
{
  self->groups = g_ptr_array_new ();
  self->outcome_widgets = g_ptr_array_new ();
  self->outcome_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  self->group_of_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));

  cb_editor_add_header (self->page, &self->title_label, &self->subtitle_label, NULL);
}

GtkWidget *
cb_review_editor_new (void)
{
  return g_object_new (CB_TYPE_REVIEW_EDITOR, NULL);
}

CbReview *
cb_review_editor_get_review (CbReviewEditor *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_EDITOR (self), NULL);

  return self->review;
}

void
cb_review_editor_set_review (CbReviewEditor *self,
                             CbClient       *client,
                             CbReview       *review)
{
  g_return_if_fail (CB_IS_REVIEW_EDITOR (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));
  g_return_if_fail (review == NULL || CB_IS_REVIEW (review));

  if (self->review == review && self->client == client)
    return;

  if (self->review != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->review, on_review_notify_cb, self);
      g_signal_handlers_disconnect_by_func (cb_review_get_outcomes (self->review), rebuild_outcomes, self);
    }

  clear_page (self);
  g_set_object (&self->client, client);
  g_set_object (&self->review, review);

  if (review == NULL)
    return;

  build_page (self);
  g_signal_connect_swapped (review, "notify", G_CALLBACK (on_review_notify_cb), self);
  g_signal_connect_swapped (cb_review_get_outcomes (review), "items-changed",
                            G_CALLBACK (rebuild_outcomes), self);

  for (guint i = 0; i < self->groups->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->groups, i), cb_record_get_editable (CB_RECORD (review)));
  cb_review_editor_scroll_to (self, NULL);
}

GtkWidget *
cb_review_editor_get_row (CbReviewEditor *self,
                          const char     *field_name)
{
  g_return_val_if_fail (CB_IS_REVIEW_EDITOR (self), NULL);

  return g_hash_table_lookup (self->rows, field_name);
}

GtkWidget *
cb_review_editor_get_editor (CbReviewEditor *self,
                             const char     *field_name)
{
  GtkWidget *row = cb_review_editor_get_row (self, field_name);

  return row != NULL ? cb_field_row_get_editor (row) : NULL;
}

GtkWidget *
cb_review_editor_get_group (CbReviewEditor *self,
                            const char     *group_id)
{
  g_return_val_if_fail (CB_IS_REVIEW_EDITOR (self), NULL);

  return g_hash_table_lookup (self->group_of_id, group_id);
}

GtkWidget *
cb_review_editor_get_outcome_row (CbReviewEditor *self,
                                  guint           index,
                                  const char     *field_name)
{
  g_return_val_if_fail (CB_IS_REVIEW_EDITOR (self), NULL);

  if (index >= self->outcome_rows->len)
    return NULL;

  return g_hash_table_lookup (g_ptr_array_index (self->outcome_rows, index), field_name);
}

guint
cb_review_editor_get_n_outcomes (CbReviewEditor *self)
{
  g_return_val_if_fail (CB_IS_REVIEW_EDITOR (self), 0);

  return self->outcome_rows->len;
}

void
cb_review_editor_scroll_to (CbReviewEditor *self,
                            GtkWidget      *widget)
{
  g_return_if_fail (CB_IS_REVIEW_EDITOR (self));

  cb_editor_scroll_to (self->page, widget);
}
