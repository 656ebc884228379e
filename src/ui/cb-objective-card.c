/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-objective-card"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-date-button.h"
#include "cb-enums.h"
#include "cb-field-row.h"
#include "cb-meeting.h"
#include "cb-objective-card.h"

struct _CbObjectiveCard
{
  GtkWidget        parent_instance;

  CbPlan          *plan;        /* weak: the plan owns the objective */
  CbClient        *client;
  CbObjective     *objective;
  guint            updating;
  GHashTable      *rows;        /* field name → row, unowned */

  GtkLabel        *title_label;
  GtkLabel        *status_pill;
  GtkWidget       *smart_pill;
  GtkListBox      *main_list;
  GtkListBox      *milestones_list;
  GtkListBox      *details_list;
  GtkListBox      *actions_list;
  GtkWidget       *remove_button;

  GtkToggleButton *smart_toggles[CB_SMART_N_CRITERIA];
  GtkCheckButton  *smart_checks[CB_SMART_N_CRITERIA];
  GtkEditable     *smart_notes[CB_SMART_N_CRITERIA];
  GtkMenuButton   *smart_button;
  GtkLabel        *smart_hint;
  GtkWidget       *smart_hint_box;
};

G_DEFINE_FINAL_TYPE (CbObjectiveCard, cb_objective_card, GTK_TYPE_WIDGET)

#define MILESTONE_KEY "cb-milestone"
#define MEETING_ID_KEY "cb-meeting-id"

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
set_text_if_changed (GtkEditable *editable,
                     const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   "margin-top", 12,
                                   "margin-bottom", 12,
                                   NULL);

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* SMART */

static void
update_smart (CbObjectiveCard *self)
{
  const char *hint = cb_objective_smart_hint (self->objective);
  gboolean smart = cb_objective_is_smart (self->objective);

  self->updating++;
  for (int i = 0; i < CB_SMART_N_CRITERIA; i++)
    {
      gboolean ticked = cb_objective_get_smart (self->objective, i);

      gtk_toggle_button_set_active (self->smart_toggles[i], ticked);
      gtk_check_button_set_active (self->smart_checks[i], ticked);
      set_text_if_changed (self->smart_notes[i], cb_objective_get_smart_note (self->objective, i));
    }
  self->updating--;

  gtk_label_set_label (self->smart_hint, hint != NULL ? hint : "");
  gtk_widget_set_visible (self->smart_hint_box, hint != NULL);
  gtk_widget_set_visible (self->smart_pill, smart);
}

static void
on_smart_toggled_cb (GtkToggleButton *toggle,
                     CbObjectiveCard *self)
{
  int criterion = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toggle), "cb-criterion"));

  if (self->updating > 0)
    return;

  cb_objective_set_smart (self->objective, criterion, gtk_toggle_button_get_active (toggle));
}

static void
on_smart_check_toggled_cb (GtkCheckButton  *check,
                           CbObjectiveCard *self)
{
  int criterion = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "cb-criterion"));

  if (self->updating > 0)
    return;

  cb_objective_set_smart (self->objective, criterion, gtk_check_button_get_active (check));
}

static void
on_smart_note_changed_cb (GtkEditable     *entry,
                          CbObjectiveCard *self)
{
  int criterion = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "cb-criterion"));

  if (self->updating > 0)
    return;

  self->updating++;
  cb_objective_set_smart_note (self->objective, criterion, gtk_editable_get_text (entry));
  self->updating--;
}

/* The guidance, on demand: each criterion with its Track 10 text, a
 * tick and a note. */
static GtkWidget *
create_smart_popover (CbObjectiveCard *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                     "label", _("Good Targets Are Always SMART"),
                                     "xalign", 0.0f,
                                     NULL);

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), heading);

  for (int i = 0; i < CB_SMART_N_CRITERIA; i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *check = gtk_check_button_new_with_label (cb_smart_criterion_get_label (i));
      GtkWidget *guidance = g_object_new (GTK_TYPE_LABEL,
                                          "label", cb_smart_criterion_get_guidance (i),
                                          "wrap", TRUE,
                                          "xalign", 0.0f,
                                          "max-width-chars", 52,
                                          "width-chars", 40,
                                          "margin-start", 28,
                                          NULL);
      GtkWidget *note = g_object_new (GTK_TYPE_ENTRY,
                                      "placeholder-text", _("Note"),
                                      "margin-start", 28,
                                      NULL);
      /* Translators: the accessible name of a SMART note, e.g. "Note on Specific" */
      g_autofree char *note_name = g_strdup_printf (_("Note on %s"), cb_smart_criterion_get_label (i));

      gtk_widget_add_css_class (check, "cb-smart-check");
      gtk_widget_add_css_class (guidance, "caption");
      gtk_widget_add_css_class (guidance, "dim-label");
      set_accessible_label (note, note_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cb_smart_criterion_get_guidance (i),
                                      -1);
      g_object_set_data (G_OBJECT (check), "cb-criterion", GINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (note), "cb-criterion", GINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (on_smart_check_toggled_cb), self);
      g_signal_connect (note, "changed", G_CALLBACK (on_smart_note_changed_cb), self);

      gtk_box_append (GTK_BOX (item), check);
      gtk_box_append (GTK_BOX (item), guidance);
      gtk_box_append (GTK_BOX (item), note);
      gtk_box_append (GTK_BOX (box), item);
      self->smart_checks[i] = GTK_CHECK_BUTTON (check);
      self->smart_notes[i] = GTK_EDITABLE (note);
    }

  /* On a short window the five criteria scroll. */
  gtk_popover_set_child (GTK_POPOVER (popover),
                         g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                       "child", box,
                                       "hscrollbar-policy", GTK_POLICY_NEVER,
                                       "propagate-natural-height", TRUE,
                                       "max-content-height", 520,
                                       NULL));
  return popover;
}

static GtkWidget *
create_smart_row (CbObjectiveCard *self)
{
  GtkWidget *row, *box, *top, *title, *toggles, *hint_icon;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", _("SMART Check"),
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "cb-text-row-box");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = g_object_new (GTK_TYPE_LABEL,
                        "label", _("SMART Check"),
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        "wrap", TRUE,
                        NULL);
  gtk_widget_add_css_class (title, "cb-field-title");
  gtk_box_append (GTK_BOX (top), title);

  toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (toggles, "linked");
  gtk_widget_set_valign (toggles, GTK_ALIGN_CENTER);
  set_accessible_label (toggles, _("SMART check"));
  for (int i = 0; i < CB_SMART_N_CRITERIA; i++)
    {
      const char *label = cb_smart_criterion_get_label (i);
      g_autofree char *letter = g_utf8_substring (label, 0, 1);
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", label, cb_smart_criterion_get_guidance (i));
      GtkWidget *toggle = gtk_toggle_button_new_with_label (letter);

      gtk_widget_set_tooltip_text (toggle, tooltip);
      set_accessible_label (toggle, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cb_smart_criterion_get_guidance (i),
                                      -1);
      gtk_widget_add_css_class (toggle, "cb-smart-toggle");
      g_object_set_data (G_OBJECT (toggle), "cb-criterion", GINT_TO_POINTER (i));
      g_signal_connect (toggle, "toggled", G_CALLBACK (on_smart_toggled_cb), self);
      gtk_box_append (GTK_BOX (toggles), toggle);
      self->smart_toggles[i] = GTK_TOGGLE_BUTTON (toggle);
    }
  gtk_box_append (GTK_BOX (top), toggles);

  self->smart_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                     "icon-name", "dialog-question-symbolic",
                                     "valign", GTK_ALIGN_CENTER,
                                     "tooltip-text", _("What Makes an Objective SMART"),
                                     "popover", create_smart_popover (self),
                                     NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->smart_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->smart_button), "circular");
  set_accessible_label (GTK_WIDGET (self->smart_button), _("What makes an objective SMART, with a note on each"));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->smart_button));
  gtk_box_append (GTK_BOX (box), top);

  /* Gentle: a quiet line saying what to add, never a refusal. */
  self->smart_hint_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->smart_hint_box, "cb-smart-hint");
  hint_icon = g_object_new (GTK_TYPE_IMAGE,
                            "icon-name", "dialog-information-symbolic",
                            "valign", GTK_ALIGN_START,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                            NULL);
  self->smart_hint = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "hexpand", TRUE,
                                   NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->smart_hint), "caption");
  gtk_box_append (GTK_BOX (self->smart_hint_box), hint_icon);
  gtk_box_append (GTK_BOX (self->smart_hint_box), GTK_WIDGET (self->smart_hint));
  gtk_box_append (GTK_BOX (box), self->smart_hint_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* Status */

static void
update_status (CbObjectiveCard *self)
{
  static const char *classes[] = { "cb-objective-not-started", "cb-objective-in-progress",
                                   "cb-objective-achieved", "cb-objective-dropped" };
  CbObjectiveStatus status = cb_objective_get_status (self->objective);

  gtk_label_set_label (self->status_pill, cb_enum_get_label (CB_TYPE_OBJECTIVE_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      if (i == status)
        gtk_widget_add_css_class (GTK_WIDGET (self->status_pill), classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->status_pill), classes[i]);
    }
}

/* Milestones */

static void
sync_milestone_row (GtkWidget *row)
{
  CbMilestone *milestone = g_object_get_data (G_OBJECT (row), MILESTONE_KEY);
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "cb-check");
  GtkEditable *text = g_object_get_data (G_OBJECT (row), "cb-text");
  CbDateButton *date = g_object_get_data (G_OBJECT (row), "cb-date");
  GtkWidget *when = g_object_get_data (G_OBJECT (row), "cb-when");
  gboolean done = cb_milestone_get_done (milestone);
  gboolean overdue = cb_milestone_is_overdue (milestone, NULL);
  gboolean due = !overdue && cb_milestone_is_due (milestone, NULL);

  g_object_set_data (G_OBJECT (row), "cb-updating", GINT_TO_POINTER (1));
  gtk_check_button_set_active (check, done);
  set_text_if_changed (text, cb_milestone_get_text (milestone));
  cb_date_button_set_date (date, cb_milestone_get_date (milestone));
  g_object_set_data (G_OBJECT (row), "cb-updating", NULL);

  gtk_label_set_label (GTK_LABEL (when), overdue ? _("Overdue") : due ? _("Due") : "");
  gtk_widget_set_visible (when, overdue || due);
  if (overdue)
    gtk_widget_add_css_class (when, "error");
  else
    gtk_widget_remove_css_class (when, "error");
  if (done)
    gtk_widget_add_css_class (row, "cb-milestone-done");
  else
    gtk_widget_remove_css_class (row, "cb-milestone-done");
}

static gboolean
row_updating (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return row == NULL || g_object_get_data (G_OBJECT (row), "cb-updating") != NULL;
}

static CbMilestone *
row_milestone (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return g_object_get_data (G_OBJECT (row), MILESTONE_KEY);
}

static void
on_milestone_done_toggled_cb (GtkCheckButton *check)
{
  if (!row_updating (GTK_WIDGET (check)))
    cb_milestone_set_done (row_milestone (GTK_WIDGET (check)), gtk_check_button_get_active (check));
}

static void
on_milestone_text_changed_cb (GtkEditable *text)
{
  if (!row_updating (GTK_WIDGET (text)))
    cb_milestone_set_text (row_milestone (GTK_WIDGET (text)), gtk_editable_get_text (text));
}

static void
on_milestone_date_changed_cb (CbDateButton *date)
{
  if (!row_updating (GTK_WIDGET (date)))
    cb_milestone_set_date (row_milestone (GTK_WIDGET (date)), cb_date_button_get_date (date));
}

static void
on_milestone_remove_clicked_cb (GtkButton       *button,
                                CbObjectiveCard *self)
{
  CbMilestone *milestone = row_milestone (GTK_WIDGET (button));

  cb_record_remove_row (CB_RECORD (self->objective), "milestones", CB_RECORD (milestone));
}

static GtkWidget *
create_milestone_row (gpointer item,
                      gpointer user_data)
{
  CbObjectiveCard *self = user_data;
  CbMilestone *milestone = item;
  GtkWidget *row, *box, *check, *text, *date, *when, *remove;

  row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "activatable", FALSE, "focusable", FALSE, NULL);
  box = g_object_new (GTK_TYPE_BOX,
                      "spacing", 12,
                      "margin-start", 12,
                      "margin-end", 6,
                      "margin-top", 6,
                      "margin-bottom", 6,
                      NULL);
  check = g_object_new (GTK_TYPE_CHECK_BUTTON, "valign", GTK_ALIGN_CENTER, "tooltip-text", _("Done"), NULL);
  set_accessible_label (check, _("Milestone done"));
  text = g_object_new (GTK_TYPE_TEXT,
                       "placeholder-text", _("What will have happened"),
                       "hexpand", TRUE,
                       "valign", GTK_ALIGN_CENTER,
                       NULL);
  set_accessible_label (text, _("Milestone"));
  when = g_object_new (GTK_TYPE_LABEL, "valign", GTK_ALIGN_CENTER, "visible", FALSE, NULL);
  gtk_widget_add_css_class (when, "caption");
  gtk_widget_add_css_class (when, "cb-milestone-when");
  date = cb_date_button_new ();
  cb_date_button_set_empty_label (CB_DATE_BUTTON (date), _("No date"));
  gtk_widget_set_valign (date, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (date, _("Milestone date"));
  set_accessible_label (date, _("Milestone date"));
  remove = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "user-trash-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Remove Milestone"),
                         NULL);
  set_accessible_label (remove, _("Remove milestone"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");

  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), when);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), MILESTONE_KEY, g_object_ref (milestone), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cb-check", check);
  g_object_set_data (G_OBJECT (row), "cb-text", text);
  g_object_set_data (G_OBJECT (row), "cb-date", date);
  g_object_set_data (G_OBJECT (row), "cb-when", when);
  sync_milestone_row (row);

  g_signal_connect (check, "toggled", G_CALLBACK (on_milestone_done_toggled_cb), NULL);
  g_signal_connect (text, "changed", G_CALLBACK (on_milestone_text_changed_cb), NULL);
  g_signal_connect (date, "notify::date", G_CALLBACK (on_milestone_date_changed_cb), NULL);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_milestone_remove_clicked_cb), self);
  g_signal_connect_object (milestone, "notify", G_CALLBACK (sync_milestone_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* Actions that moved it */

static void
on_action_row_activated_cb (CbObjectiveCard *self,
                            GtkListBoxRow   *row)
{
  const char *meeting_id = g_object_get_data (G_OBJECT (row), MEETING_ID_KEY);

  if (meeting_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "client.open-document", "s", meeting_id);
}

/* Callbacks */

static void
on_remove_clicked_cb (CbObjectiveCard *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "view.remove-objective", "s",
                              cb_objective_get_id (self->objective));
}

static void
on_add_milestone_clicked_cb (CbObjectiveCard *self)
{
  cb_objective_card_add_milestone (self);
}

static void
on_objective_notify_cb (CbObjectiveCard *self,
                        GParamSpec      *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "status"))
    update_status (self);
  update_smart (self);
}

static void
add_field_row (CbObjectiveCard *self,
               GtkListBox      *list,
               const char      *name)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (self->objective), name);
  GtkWidget *row;

  g_return_if_fail (index >= 0);

  row = cb_field_row_new (CB_RECORD (self->objective), index);
  if (row == NULL)
    return;

  gtk_list_box_append (list, row);
  g_hash_table_insert (self->rows, g_strdup (name), row);
}

/* GObject */

static void
cb_objective_card_dispose (GObject *object)
{
  CbObjectiveCard *self = CB_OBJECTIVE_CARD (object);

  if (self->objective != NULL)
    g_signal_handlers_disconnect_by_func (self->objective, on_objective_notify_cb, self);
  if (self->milestones_list != NULL)
    gtk_list_box_bind_model (self->milestones_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_OBJECTIVE_CARD);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  g_clear_object (&self->objective);
  g_clear_object (&self->client);
  g_clear_weak_pointer (&self->plan);

  G_OBJECT_CLASS (cb_objective_card_parent_class)->dispose (object);
}

static void
cb_objective_card_finalize (GObject *object)
{
  CbObjectiveCard *self = CB_OBJECTIVE_CARD (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (cb_objective_card_parent_class)->finalize (object);
}

static void
cb_objective_card_class_init (CbObjectiveCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_objective_card_dispose;
  object_class->finalize = cb_objective_card_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-objective-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, status_pill);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, smart_pill);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, main_list);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, details_list);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, actions_list);
  gtk_widget_class_bind_template_child (widget_class, CbObjectiveCard, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_milestone_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_action_row_activated_cb);
}

static void
cb_objective_card_init (CbObjectiveCard *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->milestones_list,
                                placeholder (_("No milestones yet. Milestones are dated steps on the way, checked at each review.")));
  gtk_list_box_set_placeholder (self->actions_list,
                                placeholder (_("No meeting actions serve this objective yet. Link an action to it in a meeting’s actions.")));
}

GtkWidget *
cb_objective_card_new (CbPlan      *plan,
                       CbClient    *client,
                       CbObjective *objective)
{
  CbObjectiveCard *self;

  g_return_val_if_fail (CB_IS_PLAN (plan), NULL);
  g_return_val_if_fail (client == NULL || CB_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CB_IS_OBJECTIVE (objective), NULL);

  self = g_object_new (CB_TYPE_OBJECTIVE_CARD, NULL);
  g_set_weak_pointer (&self->plan, plan);
  g_set_object (&self->client, client);
  self->objective = g_object_ref (objective);

  add_field_row (self, self->main_list, "objective");
  gtk_list_box_append (self->main_list, create_smart_row (self));
  add_field_row (self, self->main_list, "status");
  add_field_row (self, self->main_list, "timescale");
  add_field_row (self, self->main_list, "target_date");
  add_field_row (self, self->details_list, "success_criteria");
  add_field_row (self, self->details_list, "progress_notes");

  gtk_list_box_bind_model (self->milestones_list, cb_objective_get_milestones (objective),
                           create_milestone_row, self, NULL);
  g_signal_connect_swapped (objective, "notify", G_CALLBACK (on_objective_notify_cb), self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), cb_record_get_editable (CB_RECORD (objective)));
  update_status (self);
  update_smart (self);
  cb_objective_card_set_number (self, 1);
  cb_objective_card_update_actions (self);

  return GTK_WIDGET (self);
}

CbObjective *
cb_objective_card_get_objective (CbObjectiveCard *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return self->objective;
}

void
cb_objective_card_set_number (CbObjectiveCard *self,
                              guint            number)
{
  g_autofree char *title = NULL;

  g_return_if_fail (CB_IS_OBJECTIVE_CARD (self));

  /* Translators: the heading of an objective's card, e.g. "Objective 2" */
  title = g_strdup_printf (_("Objective %u"), number);
  gtk_label_set_label (self->title_label, title);
  set_accessible_label (GTK_WIDGET (self), title);
}

void
cb_objective_card_update_actions (CbObjectiveCard *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (CB_IS_OBJECTIVE_CARD (self));

  while ((row = gtk_list_box_get_row_at_index (self->actions_list, 0)) != NULL)
    gtk_list_box_remove (self->actions_list, GTK_WIDGET (row));

  if (self->plan == NULL || self->client == NULL)
    return;

  actions = cb_plan_list_actions_for_objective (self->plan, self->client, cb_objective_get_id (self->objective));
  for (guint i = 0; i < actions->len; i++)
    {
      CbAction *action = g_ptr_array_index (actions, i);
      CbMeeting *meeting = NULL;
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *action_row;

      cb_meeting_find_action (self->client, cb_action_get_id (action), &meeting);
      date = meeting != NULL ? cb_format_date (cb_meeting_get_date (meeting)) : NULL;
      title = g_markup_escape_text (*cb_action_get_action (action) != '\0' ? cb_action_get_action (action)
                                                                        : _("Action with no text"), -1);

      g_string_append (subtitle, cb_action_get_owner_label (action));
      if (date != NULL)
        {
          g_string_append (subtitle, " · ");
          /* Translators: the meeting where an action was agreed, e.g. "agreed 2 March 2026" */
          g_string_append_printf (subtitle, _("agreed %s"), date);
        }
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, cb_action_get_done (action) ? _("done") : _("open"));

      action_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
      {
        g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), escaped);
      }
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", cb_action_get_done (action) ? "object-select-symbolic"
                                                                                        : "x-office-calendar-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      if (meeting != NULL)
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), TRUE);
          gtk_widget_set_tooltip_text (action_row, _("Open the meeting where it was agreed"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_object_set_data_full (G_OBJECT (action_row), MEETING_ID_KEY,
                                  g_strdup (cb_document_get_id (CB_DOCUMENT (meeting))), g_free);
        }
      gtk_list_box_append (self->actions_list, action_row);
    }
}

GtkWidget *
cb_objective_card_get_row (CbObjectiveCard *self,
                           const char      *field_name)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return g_hash_table_lookup (self->rows, field_name);
}

GtkToggleButton *
cb_objective_card_get_smart_toggle (CbObjectiveCard  *self,
                                    CbSmartCriterion  criterion)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);
  g_return_val_if_fail (criterion < CB_SMART_N_CRITERIA, NULL);

  return self->smart_toggles[criterion];
}

GtkMenuButton *
cb_objective_card_get_smart_button (CbObjectiveCard *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return self->smart_button;
}

GtkLabel *
cb_objective_card_get_smart_hint (CbObjectiveCard *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return self->smart_hint;
}

CbMilestone *
cb_objective_card_add_milestone (CbObjectiveCard *self)
{
  CbMilestone *milestone;
  GListModel *milestones;
  GtkListBoxRow *row;
  guint n;

  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  milestone = cb_objective_add_milestone (self->objective, "", "");
  milestones = cb_objective_get_milestones (self->objective);
  n = g_list_model_get_n_items (milestones);
  row = n > 0 ? gtk_list_box_get_row_at_index (self->milestones_list, n - 1) : NULL;
  if (row != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "cb-text"));

  return milestone;
}

GtkListBox *
cb_objective_card_get_milestones_list (CbObjectiveCard *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return self->milestones_list;
}

GtkListBox *
cb_objective_card_get_actions_list (CbObjectiveCard *self)
{
  g_return_val_if_fail (CB_IS_OBJECTIVE_CARD (self), NULL);

  return self->actions_list;
}
