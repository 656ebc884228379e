/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-action-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cb-action-row.h"
#include "cb-enums.h"

struct _CbActionRow
{
  GtkListBoxRow   parent_instance;

  CbAction       *action;
  guint           updating;

  GtkCheckButton *done_check;
  GtkText        *text_entry;
  GtkDropDown    *owner_dropdown;
  GtkEntry       *owner_name_entry;
  CbDateButton   *due_button;
  GtkDropDown    *objective_dropdown;
  GtkButton      *remove_button;

  GListModel     *objectives;      /* CbObjective, or NULL */
  GPtrArray      *objective_ids;   /* position in the drop-down → id; 0 is none */
};

G_DEFINE_FINAL_TYPE (CbActionRow, cb_action_row, GTK_TYPE_LIST_BOX_ROW)

static guint
owner_position (CbActionOwner owner)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_ACTION_OWNER);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == (int) owner)
      return i;

  return 0;
}

static void
set_text_if_changed (GtkEditable *editable,
                     const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static guint
objective_position (CbActionRow *self)
{
  const char *id = cb_action_get_serves_objective (self->action);

  if (id == NULL || *id == '\0')
    return 0;

  for (guint i = 1; i < self->objective_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->objective_ids, i), id) == 0)
      return i;

  return 0;
}

static void
sync_from_action (CbActionRow *self)
{
  CbActionOwner owner = cb_action_get_owner (self->action);
  gboolean done = cb_action_get_done (self->action);

  self->updating++;

  gtk_check_button_set_active (self->done_check, done);
  set_text_if_changed (GTK_EDITABLE (self->text_entry), cb_action_get_action (self->action));
  gtk_drop_down_set_selected (self->owner_dropdown, owner_position (owner));
  set_text_if_changed (GTK_EDITABLE (self->owner_name_entry), cb_action_get_owner_name (self->action));
  gtk_widget_set_visible (GTK_WIDGET (self->owner_name_entry), owner == CB_ACTION_OWNER_OTHER);
  cb_date_button_set_date (self->due_button, cb_action_get_due_date (self->action));
  if (self->objective_ids->len > 0)
    gtk_drop_down_set_selected (self->objective_dropdown, objective_position (self));

  if (done)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cb-action-done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cb-action-done");

  gtk_widget_set_sensitive (GTK_WIDGET (self), cb_record_get_editable (CB_RECORD (self->action)));

  self->updating--;
}

static void
on_action_notify_cb (CbActionRow *self)
{
  if (self->updating == 0)
    sync_from_action (self);
}

static void
on_done_toggled_cb (CbActionRow *self)
{
  if (self->updating > 0)
    return;

  self->updating++;
  cb_action_set_done (self->action, gtk_check_button_get_active (self->done_check), NULL);
  self->updating--;
  sync_from_action (self);
}

static void
on_text_changed_cb (CbActionRow *self)
{
  if (self->updating > 0)
    return;

  self->updating++;
  cb_action_set_action (self->action, gtk_editable_get_text (GTK_EDITABLE (self->text_entry)));
  self->updating--;
}

static void
on_owner_selected_cb (CbActionRow *self)
{
  g_autoptr(GEnumClass) klass = NULL;
  guint selected;

  if (self->updating > 0)
    return;

  selected = gtk_drop_down_get_selected (self->owner_dropdown);
  klass = g_type_class_ref (CB_TYPE_ACTION_OWNER);
  if (selected >= klass->n_values)
    return;

  self->updating++;
  cb_action_set_owner (self->action, klass->values[selected].value);
  self->updating--;
  sync_from_action (self);

  if (klass->values[selected].value == CB_ACTION_OWNER_OTHER)
    gtk_widget_grab_focus (GTK_WIDGET (self->owner_name_entry));
}

static void
on_owner_name_changed_cb (CbActionRow *self)
{
  if (self->updating > 0)
    return;

  self->updating++;
  cb_action_set_owner_name (self->action, gtk_editable_get_text (GTK_EDITABLE (self->owner_name_entry)));
  self->updating--;
}

static void
on_due_date_changed_cb (CbActionRow *self)
{
  if (self->updating > 0)
    return;

  self->updating++;
  cb_action_set_due_date (self->action, cb_date_button_get_date (self->due_button));
  self->updating--;
}

static void
on_objective_selected_cb (CbActionRow *self)
{
  guint selected;

  if (self->updating > 0 || self->action == NULL)
    return;

  selected = gtk_drop_down_get_selected (self->objective_dropdown);
  if (selected >= self->objective_ids->len)
    return;

  self->updating++;
  cb_action_set_serves_objective (self->action, selected == 0 ? "" : g_ptr_array_index (self->objective_ids, selected));
  self->updating--;
}

/* Objectives are long sentences; the drop-down shows their beginning. */
static char *
short_label (const char *text)
{
  const char *end;

  if (text == NULL || *text == '\0')
    return g_strdup (_("Objective with no text yet"));

  end = strchr (text, '\n');
  if (end == NULL)
    end = text + strlen (text);
  if (g_utf8_strlen (text, end - text) <= 40)
    return g_strndup (text, end - text);

  {
    g_autofree char *start = g_utf8_substring (text, 0, 39);
    return g_strconcat (start, "…", NULL);
  }
}

static void
rebuild_objectives (CbActionRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = self->objectives != NULL ? g_list_model_get_n_items (self->objectives) : 0;

  g_ptr_array_set_size (self->objective_ids, 0);
  gtk_string_list_append (labels, _("No objective"));
  g_ptr_array_add (self->objective_ids, g_strdup (""));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbObjective) objective = g_list_model_get_item (self->objectives, i);
      g_autofree char *label = short_label (cb_objective_get_objective (objective));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->objective_ids, g_strdup (cb_objective_get_id (objective)));
    }

  self->updating++;
  gtk_drop_down_set_model (self->objective_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->objective_dropdown, objective_position (self));
  self->updating--;

  /* Offered while there is something to choose, or a choice to show. */
  gtk_widget_set_visible (GTK_WIDGET (self->objective_dropdown), n > 0);
}

static void
on_remove_clicked_cb (CbActionRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "view.remove-action", "s",
                              cb_action_get_id (self->action));
}

static void
cb_action_row_dispose (GObject *object)
{
  CbActionRow *self = CB_ACTION_ROW (object);

  if (self->action != NULL)
    g_signal_handlers_disconnect_by_func (self->action, on_action_notify_cb, self);
  g_clear_object (&self->action);
  if (self->objectives != NULL)
    g_signal_handlers_disconnect_by_func (self->objectives, rebuild_objectives, self);
  g_clear_object (&self->objectives);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_ACTION_ROW);

  G_OBJECT_CLASS (cb_action_row_parent_class)->dispose (object);
}

static void
cb_action_row_finalize (GObject *object)
{
  CbActionRow *self = CB_ACTION_ROW (object);

  g_clear_pointer (&self->objective_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_action_row_parent_class)->finalize (object);
}

static void
cb_action_row_class_init (CbActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_action_row_dispose;
  object_class->finalize = cb_action_row_finalize;

  g_type_ensure (CB_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, owner_name_entry);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, due_button);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, CbActionRow, objective_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_done_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_objective_selected_cb);
}

static void
cb_action_row_init (CbActionRow *self)
{
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_ACTION_OWNER);

  /* Nothing is written until an action is set. */
  self->updating = 1;
  self->objective_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (owners, cb_enum_get_label (CB_TYPE_ACTION_OWNER, klass->values[i].value));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  cb_date_button_set_empty_label (self->due_button, _("No due date"));
}

GtkWidget *
cb_action_row_new (CbAction *action)
{
  CbActionRow *self;

  g_return_val_if_fail (CB_IS_ACTION (action), NULL);

  self = g_object_new (CB_TYPE_ACTION_ROW, NULL);
  self->action = g_object_ref (action);
  g_signal_connect_swapped (action, "notify", G_CALLBACK (on_action_notify_cb), self);
  self->updating = 0;
  sync_from_action (self);

  return GTK_WIDGET (self);
}

CbAction *
cb_action_row_get_action (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return self->action;
}

GtkCheckButton *
cb_action_row_get_done_check (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return self->done_check;
}

GtkEditable *
cb_action_row_get_text_entry (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return GTK_EDITABLE (self->text_entry);
}

GtkDropDown *
cb_action_row_get_owner (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return self->owner_dropdown;
}

GtkEditable *
cb_action_row_get_owner_name (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return GTK_EDITABLE (self->owner_name_entry);
}

CbDateButton *
cb_action_row_get_due_button (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return self->due_button;
}

void
cb_action_row_focus (CbActionRow *self)
{
  g_return_if_fail (CB_IS_ACTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

void
cb_action_row_set_objectives (CbActionRow *self,
                              GListModel  *objectives)
{
  g_return_if_fail (CB_IS_ACTION_ROW (self));
  g_return_if_fail (objectives == NULL || G_IS_LIST_MODEL (objectives));

  if (self->objectives == objectives)
    return;

  if (self->objectives != NULL)
    g_signal_handlers_disconnect_by_func (self->objectives, rebuild_objectives, self);
  g_set_object (&self->objectives, objectives);
  if (objectives != NULL)
    g_signal_connect_swapped (objectives, "items-changed", G_CALLBACK (rebuild_objectives), self);

  rebuild_objectives (self);
}

GtkDropDown *
cb_action_row_get_objective (CbActionRow *self)
{
  g_return_val_if_fail (CB_IS_ACTION_ROW (self), NULL);

  return self->objective_dropdown;
}
