/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-editor-util.h"
#include "cb-field-row.h"
#include "cb-meeting.h"
#include "cb-plan-editor.h"

struct _CbPlanEditor
{
  AdwBin              parent_instance;

  CbClient           *client;
  CbPlan             *plan;

  AdwPreferencesPage *page;
  GPtrArray          *groups;       /* groups below the header, unowned */
  GPtrArray          *cards;        /* CbObjectiveCard, unowned */
  GHashTable         *rows;         /* field name → row, unowned */
  AdwPreferencesGroup *objectives_group;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  CbProgressBar      *progress;
  GtkWidget          *no_objectives;
};

G_DEFINE_FINAL_TYPE (CbPlanEditor, cb_plan_editor, ADW_TYPE_BIN)

/* The order of the plan's groups on screen: what it is for first. */
static const char *group_order[] = { "goals", "learning-needs", "objectives", "plan", "opportunities", "comments" };

static void
update_header (CbPlanEditor *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *subtitle = NULL;

  if (self->plan == NULL)
    return;

  start = cb_format_date (cb_plan_get_start_date (self->plan));
  end = cb_format_date (cb_plan_get_completion_date (self->plan));
  if (start != NULL && end != NULL)
    /* Translators: the dates of a development plan */
    subtitle = g_strdup_printf (_("From %s to %s"), start, end);
  else if (start != NULL)
    /* Translators: when a development plan started */
    subtitle = g_strdup_printf (_("Started %s"), start);
  else
    subtitle = g_strdup (_("No start date yet"));
  gtk_label_set_label (self->subtitle_label, subtitle);
}

static void
update_progress (CbPlanEditor *self)
{
  CbPlanProgress progress = { 0, };

  if (self->plan == NULL)
    return;

  cb_plan_get_progress (self->plan, NULL, &progress);
  cb_progress_bar_set_objectives (self->progress,
                                  progress.by_status[CB_OBJECTIVE_STATUS_NOT_STARTED],
                                  progress.by_status[CB_OBJECTIVE_STATUS_IN_PROGRESS],
                                  progress.by_status[CB_OBJECTIVE_STATUS_ACHIEVED],
                                  progress.by_status[CB_OBJECTIVE_STATUS_DROPPED]);
  cb_progress_bar_set_milestones (self->progress,
                                  progress.n_milestones,
                                  progress.milestones_done,
                                  progress.milestones_due,
                                  progress.milestones_overdue);
}

static void
rebuild_cards (CbPlanEditor *self)
{
  GListModel *objectives;
  guint n;

  for (guint i = 0; i < self->cards->len; i++)
    adw_preferences_group_remove (self->objectives_group, g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);

  if (self->plan == NULL)
    return;

  objectives = cb_plan_get_objectives (self->plan);
  n = g_list_model_get_n_items (objectives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (objectives, i);
      GtkWidget *card = cb_objective_card_new (self->plan, self->client, objective);

      cb_objective_card_set_number (CB_OBJECTIVE_CARD (card), i + 1);
      adw_preferences_group_add (self->objectives_group, card);
      g_ptr_array_add (self->cards, card);
    }

  gtk_widget_set_visible (self->no_objectives, n == 0);
}

static void
update_actions (CbPlanEditor *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    cb_objective_card_update_actions (g_ptr_array_index (self->cards, i));
}

static void
on_objectives_items_changed_cb (CbPlanEditor *self)
{
  rebuild_cards (self);
  update_progress (self);
}

static void
on_plan_changed_cb (CbPlanEditor *self)
{
  update_progress (self);
  update_header (self);
}

static void
on_client_child_changed_cb (CbPlanEditor *self,
                            CbDocument   *child)
{
  if (CB_IS_MEETING (child))
    update_actions (self);
}

static AdwPreferencesGroup *
add_group (CbPlanEditor *self,
           const char   *title,
           const char   *description)
{
  AdwPreferencesGroup *group = cb_editor_add_group (self->page, title, description);

  g_ptr_array_add (self->groups, group);

  return group;
}

static void
add_objectives_group (CbPlanEditor       *self,
                      const CbFieldGroup *spec)
{
  GtkWidget *button;

  self->objectives_group = add_group (self, _(spec->title),
                                      _("What the client will do to reach the goal. Good objectives are SMART: specific, measurable, achievable, realistic and timed."));
  button = g_object_new (GTK_TYPE_BUTTON,
                         "valign", GTK_ALIGN_CENTER,
                         "action-name", "view.add-objective",
                         "tooltip-text", _("Add an Objective to the Plan"),
                         "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                "icon-name", "list-add-symbolic",
                                                "label", _("Add _Objective"),
                                                "use-underline", TRUE,
                                                NULL),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (self->objectives_group, button);

  self->no_objectives = g_object_new (GTK_TYPE_LABEL,
                                      "label", _("No objectives yet. Add one for each thing the client wants to achieve."),
                                      "wrap", TRUE,
                                      "xalign", 0.0f,
                                      NULL);
  gtk_widget_add_css_class (self->no_objectives, "dim-label");
  adw_preferences_group_add (self->objectives_group, self->no_objectives);
}

static void
build_page (CbPlanEditor *self)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self->plan);
  const CbFieldGroup *groups;
  const CbFieldSpec *fields;
  guint n_groups = 0, n_fields = 0;

  groups = cb_record_class_get_groups (klass, &n_groups);
  fields = cb_record_class_get_fields (klass, &n_fields);

  for (guint o = 0; o < G_N_ELEMENTS (group_order); o++)
    for (guint g = 0; g < n_groups; g++)
      {
        AdwPreferencesGroup *group = NULL;

        if (g_strcmp0 (groups[g].id, group_order[o]) != 0)
          continue;

        if (g_str_equal (groups[g].id, "objectives"))
          {
            add_objectives_group (self, &groups[g]);
            continue;
          }

        for (guint i = 0; i < n_fields; i++)
          {
            GtkWidget *row;

            if (g_strcmp0 (fields[i].group, groups[g].id) != 0 || fields[i].kind == CB_FIELD_TABLE)
              continue;

            row = cb_field_row_new (CB_RECORD (self->plan), i);
            if (row == NULL)
              continue;

            if (group == NULL)
              group = add_group (self, _(groups[g].title),
                                 groups[g].description != NULL ? _(groups[g].description) : NULL);
            adw_preferences_group_add (group, row);
            g_hash_table_insert (self->rows, g_strdup (fields[i].name), row);
          }
      }

  rebuild_cards (self);
  update_header (self);
  update_progress (self);
}

static void
clear_page (CbPlanEditor *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->cards, 0);
  g_hash_table_remove_all (self->rows);
  self->objectives_group = NULL;
  self->no_objectives = NULL;
}

static void
disconnect (CbPlanEditor *self)
{
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
      g_signal_handlers_disconnect_by_func (cb_plan_get_objectives (self->plan), on_objectives_items_changed_cb, self);
    }
  if (self->client != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->client, on_client_child_changed_cb, self);
      g_signal_handlers_disconnect_by_func (cb_client_get_documents (self->client), update_actions, self);
    }
}

static void
cb_plan_editor_dispose (GObject *object)
{
  CbPlanEditor *self = CB_PLAN_EDITOR (object);

  cb_plan_editor_set_plan (self, NULL, NULL);

  G_OBJECT_CLASS (cb_plan_editor_parent_class)->dispose (object);
}

static void
cb_plan_editor_finalize (GObject *object)
{
  CbPlanEditor *self = CB_PLAN_EDITOR (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (cb_plan_editor_parent_class)->finalize (object);
}

static void
cb_plan_editor_class_init (CbPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_plan_editor_dispose;
  object_class->finalize = cb_plan_editor_finalize;
}

static void
cb_plan_editor_init (CbPlanEditor *self)
{
  GtkBox *box;
  GtkWidget *card;

  self->groups = g_ptr_array_new ();
  self->cards = g_ptr_array_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));

  /* The plan's title and dates, and progress at a glance. */
  cb_editor_add_header (self->page, &self->title_label, &self->subtitle_label, &box);
  gtk_label_set_label (self->title_label, _("Development Plan"));

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "cb-progress-card");
  gtk_widget_set_margin_top (card, 12);
  self->progress = CB_PROGRESS_BAR (cb_progress_bar_new ());
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->progress));
  gtk_box_append (box, card);
}

GtkWidget *
cb_plan_editor_new (void)
{
  return g_object_new (CB_TYPE_PLAN_EDITOR, NULL);
}

CbPlan *
cb_plan_editor_get_plan (CbPlanEditor *self)
{
  g_return_val_if_fail (CB_IS_PLAN_EDITOR (self), NULL);

  return self->plan;
}

void
cb_plan_editor_set_plan (CbPlanEditor *self,
                         CbClient     *client,
                         CbPlan       *plan)
{
  g_return_if_fail (CB_IS_PLAN_EDITOR (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));
  g_return_if_fail (plan == NULL || CB_IS_PLAN (plan));

  if (self->plan == plan && self->client == client)
    return;

  disconnect (self);
  clear_page (self);
  g_set_object (&self->client, client);
  g_set_object (&self->plan, plan);

  if (plan == NULL)
    return;

  build_page (self);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  g_signal_connect_swapped (cb_plan_get_objectives (plan), "items-changed",
                            G_CALLBACK (on_objectives_items_changed_cb), self);
  if (client != NULL)
    {
      g_signal_connect_swapped (client, "child-changed", G_CALLBACK (on_client_child_changed_cb), self);
      g_signal_connect_swapped (cb_client_get_documents (client), "items-changed",
                                G_CALLBACK (update_actions), self);
    }

  for (guint i = 0; i < self->groups->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->groups, i), cb_record_get_editable (CB_RECORD (plan)));
  cb_plan_editor_scroll_to (self, NULL);
}

CbProgressBar *
cb_plan_editor_get_progress_bar (CbPlanEditor *self)
{
  g_return_val_if_fail (CB_IS_PLAN_EDITOR (self), NULL);

  return self->progress;
}

CbObjectiveCard *
cb_plan_editor_get_card (CbPlanEditor *self,
                         guint         index)
{
  g_return_val_if_fail (CB_IS_PLAN_EDITOR (self), NULL);

  return index < self->cards->len ? g_ptr_array_index (self->cards, index) : NULL;
}

GtkWidget *
cb_plan_editor_get_row (CbPlanEditor *self,
                        const char   *field_name)
{
  g_return_val_if_fail (CB_IS_PLAN_EDITOR (self), NULL);

  return g_hash_table_lookup (self->rows, field_name);
}

GtkWidget *
cb_plan_editor_get_editor (CbPlanEditor *self,
                           const char   *field_name)
{
  GtkWidget *row = cb_plan_editor_get_row (self, field_name);

  return row != NULL ? cb_field_row_get_editor (row) : NULL;
}

void
cb_plan_editor_scroll_to (CbPlanEditor *self,
                          GtkWidget    *widget)
{
  g_return_if_fail (CB_IS_PLAN_EDITOR (self));

  cb_editor_scroll_to (self->page, widget);
}
