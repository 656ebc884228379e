/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cb-action-row.h"
#include "cb-editor-util.h"
#include "cb-field-row.h"
#include "cb-meeting-editor.h"
#include "cb-plan.h"

struct _CbMeetingEditor
{
  AdwBin           parent_instance;

  CbClient        *client;
  CbMeeting       *meeting;
  GListModel      *objectives;    /* the current plan's, or NULL */
  guint            updating;

  AdwPreferencesPage *page;
  GPtrArray       *groups;        /* every AdwPreferencesGroup shown, unowned */
  GPtrArray       *guide_groups;  /* groups for one guide only, unowned */
  GHashTable      *rows;          /* field name → row, unowned */
  GHashTable      *group_of;      /* field name → group, unowned */
  GHashTable      *carried_checks; /* action id → GtkCheckButton, unowned */
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkListBox      *actions_list;
  GtkListBox      *carried_list;
  GtkWidget       *carried_group;
  GtkWidget       *follow_up_row;
  GtkToggleButton *commitment[10];
  GtkRange        *scale_now;
  GtkRange        *scale_target;
};

G_DEFINE_FINAL_TYPE (CbMeetingEditor, cb_meeting_editor, ADW_TYPE_BIN)

#define GROUP_SPEC_KEY "cb-field-group"

/* The questions of 003 Resource 12 (GROW) for each stage, and short
 * prompts for OSKAR (Resource 16) and three-stage mentoring. */
typedef struct
{
  const char *field;
  const char *about;
  const char *questions[10];
} StagePrompts;

static const StagePrompts stage_prompts[] = {
  { "grow_goal", N_("Establishing your client’s ultimate goals and aims"), {
      N_("What do you want to achieve in this session and in the longer term?"),
      N_("Why is it important to you?"),
      N_("What is your main goal at present?"),
      N_("How will you know when you have reached your goal?"),
      N_("When do you have to achieve your goal?"),
      N_("To what extent is it within your control?"),
      N_("If not entirely within your control, what steps can you take to achieve your goal?"),
      N_("How could you break the main goal into smaller achievable sub goals?"),
      NULL } },
  { "grow_reality", N_("Exploring your client’s situation before taking any steps"), {
      N_("Where are you just now in relation to your goal?"),
      N_("What skills and knowledge have you gained as a consequence of achievements and experience to date?"),
      N_("What resources (including other people) do you need to achieve your goal?"),
      N_("What else could help you achieve your goal?"),
      N_("What resources do you have currently?"),
      N_("What, or who, might get in the way of you achieving your goal?"),
      N_("How might you constrain your progress?"),
      N_("How might you overcome those constraints?"),
      N_("What if anything is stopping you?"),
      NULL } },
  { "grow_options", N_("The options or courses of action open to your client"), {
      N_("What can you do as a next step towards achieving your goal?"),
      N_("If you were the most resourceful person you know, what would you do?"),
      N_("What would happen if you did nothing?"),
      N_("Is there someone you know who is doing this well?"),
      N_("What could you do that they do?"),
      NULL } },
  { "grow_way_forward", N_("The agreed action your client will take towards the goal"), {
      N_("Which option appeals to you most? Why?"),
      N_("How will it help you achieve your goal?"),
      N_("What are your next steps?"),
      N_("When will you take them?"),
      N_("What obstacles do you expect to meet?"),
      N_("How will you overcome them?"),
      NULL } },
  { "oskar_outcome", N_("The preferred future: what your client wants to achieve"), { NULL } },
  { "oskar_know_how", N_("What is already working well, and the skills and resources to build on"), { NULL } },
  { "oskar_affirm_action", N_("Affirm what is going well, then agree the next small step"), { NULL } },
  { "oskar_review", N_("What is better, and what made the difference"), { NULL } },
  { "exploration", N_("Exploring the issue together, building rapport and understanding"), { NULL } },
  { "new_understanding", N_("Helping your client see the situation in a new way"), { NULL } },
  { "action_planning", N_("Agreeing what your client will do next"), { NULL } },
};

static const StagePrompts *
find_prompts (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (stage_prompts); i++)
    if (g_str_equal (stage_prompts[i].field, field))
      return &stage_prompts[i];

  return NULL;
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static CbRecord *
record (CbMeetingEditor *self)
{
  return CB_RECORD (self->meeting);
}

/* Header */

static void
update_title (CbMeetingEditor *self)
{
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  CbMeetingMethod method;
  int minutes;

  if (self->meeting == NULL)
    return;

  date = cb_format_date (cb_meeting_get_date (self->meeting));
  time = cb_format_time (cb_meeting_get_time (self->meeting));
  if (date != NULL && time != NULL)
    /* Translators: the title of a meeting's record: its date in words, then the time */
    title = g_strdup_printf (_("%s at %s"), date, time);
  else if (date != NULL)
    title = g_strdup (date);
  else
    title = g_strdup (_("Meeting"));
  gtk_label_set_label (self->title_label, title);

  method = cb_meeting_get_method (self->meeting);
  g_string_append (subtitle, cb_enum_get_label (CB_TYPE_MEETING_METHOD, method));
  minutes = cb_meeting_get_length_minutes (self->meeting);
  if (minutes > 0)
    {
      g_string_append (subtitle, " · ");
      /* Translators: the length of a meeting */
      g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), minutes);
    }
  if (*cb_meeting_get_venue (self->meeting) != '\0')
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, cb_meeting_get_venue (self->meeting));
    }
  gtk_label_set_label (self->subtitle_label, subtitle->str);
}

/* Guide */

static void
update_guide (CbMeetingEditor *self)
{
  for (guint i = 0; i < self->guide_groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->guide_groups, i);
      const CbFieldGroup *spec = g_object_get_data (G_OBJECT (group), GROUP_SPEC_KEY);

      gtk_widget_set_visible (group, cb_record_group_applies (record (self), spec));
    }
}

static void
update_commitment (CbMeetingEditor *self)
{
  int rating = cb_meeting_get_commitment (self->meeting);

  self->updating++;
  for (int i = 0; i < 10; i++)
    if (self->commitment[i] != NULL)
      gtk_toggle_button_set_active (self->commitment[i], rating == i + 1);
  self->updating--;

  if (self->follow_up_row != NULL)
    gtk_widget_set_visible (self->follow_up_row, cb_meeting_commitment_needs_more (self->meeting));
}

static void
update_scales (CbMeetingEditor *self)
{
  self->updating++;
  if (self->scale_now != NULL)
    gtk_range_set_value (self->scale_now, cb_meeting_get_scaling_now (self->meeting));
  if (self->scale_target != NULL)
    gtk_range_set_value (self->scale_target, cb_meeting_get_scaling_target (self->meeting));
  self->updating--;
}

/* Carried-over actions */

static void
on_carried_toggled_cb (GtkCheckButton  *check,
                       CbMeetingEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "cb-action-id");

  if (self->updating > 0 || self->meeting == NULL)
    return;

  cb_meeting_tick_carried_over (self->meeting, self->client, id,
                                gtk_check_button_get_active (check), NULL);
}

static void
on_carried_action_notify_cb (CbAction       *action,
                             GParamSpec     *pspec,
                             GtkCheckButton *check)
{
  CbMeetingEditor *self = CB_MEETING_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (check), CB_TYPE_MEETING_EDITOR));

  if (self == NULL)
    return;

  self->updating++;
  gtk_check_button_set_active (check, cb_action_get_done (action));
  self->updating--;
}

static char *
describe_action (CbAction  *action,
                 CbMeeting *agreed_at)
{
  g_autoptr(GString) str = g_string_new (cb_action_get_owner_label (action));
  g_autofree char *due = cb_format_date (cb_action_get_due_date (action));
  g_autofree char *agreed = agreed_at ? cb_format_date (cb_meeting_get_date (agreed_at)) : NULL;

  if (due != NULL)
    {
      g_string_append (str, " · ");
      /* Translators: when an action is due, e.g. "due 9 March 2026" */
      g_string_append_printf (str, _("due %s"), due);
    }
  if (agreed != NULL)
    {
      g_string_append (str, " · ");
      /* Translators: the meeting where an action was agreed, e.g. "agreed 2 March 2026" */
      g_string_append_printf (str, _("agreed %s"), agreed);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
rebuild_carried (CbMeetingEditor *self)
{
  g_auto(GStrv) ids = NULL;
  GtkWidget *child;
  guint shown = 0;

  if (self->carried_list == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->carried_list))) != NULL)
    gtk_list_box_remove (self->carried_list, child);
  g_hash_table_remove_all (self->carried_checks);

  ids = self->meeting != NULL ? cb_meeting_dup_carried_over (self->meeting) : NULL;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CbMeeting *agreed_at = NULL;
      CbAction *action = cb_meeting_find_action (self->client, ids[i], &agreed_at);
      g_autofree char *subtitle = NULL;
      g_autofree char *escaped = NULL;
      GtkWidget *row, *check;

      if (action == NULL)
        continue;

      row = adw_action_row_new ();
      escaped = g_markup_escape_text (cb_action_get_action (action), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      subtitle = describe_action (action, agreed_at);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                            "valign", GTK_ALIGN_CENTER,
                            "active", cb_action_get_done (action),
                            NULL);
      set_accessible_label (check, cb_action_get_action (action));
      g_object_set_data_full (G_OBJECT (check), "cb-action-id", g_strdup (ids[i]), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_carried_toggled_cb), self);
      g_signal_connect_object (action, "notify::done", G_CALLBACK (on_carried_action_notify_cb), check, 0);

      gtk_list_box_append (self->carried_list, row);
      g_hash_table_insert (self->carried_checks, g_strdup (ids[i]), check);
      shown++;
    }

  gtk_widget_set_visible (self->carried_group, shown > 0);
}

/* Building the page */

static AdwPreferencesGroup *
add_group (CbMeetingEditor    *self,
           const char         *title,
           const char         *description,
           const CbFieldGroup *field_group)
{
  GtkWidget *group = GTK_WIDGET (cb_editor_add_group (self->page, title, description));

  g_ptr_array_add (self->groups, group);

  if (field_group != NULL && field_group->variant != NULL)
    {
      g_object_set_data (G_OBJECT (group), GROUP_SPEC_KEY, (gpointer) field_group);
      g_ptr_array_add (self->guide_groups, group);
    }

  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
create_list_box (const char *label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  set_accessible_label (list, label);

  return list;
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  CbMeetingEditor *self = user_data;
  GtkWidget *row = cb_action_row_new (CB_ACTION (item));

  /* Which objective of the current plan the action serves, if any. */
  cb_action_row_set_objectives (CB_ACTION_ROW (row), self->objectives);

  return row;
}

static void
add_actions_group (CbMeetingEditor    *self,
                   const CbFieldSpec  *spec,
                   const CbFieldGroup *field_group)
{
  AdwPreferencesGroup *group;
  GtkWidget *button, *placeholder;

  group = add_group (self, _(spec->label),
                     spec->help != NULL ? _(spec->help) : _("What you agreed to do, who does it and by when."),
                     field_group);
  gtk_widget_add_css_class (GTK_WIDGET (group), "cb-actions-group");

  button = g_object_new (GTK_TYPE_BUTTON,
                         "action-name", "view.add-action",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Add an Action"),
                         "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                "icon-name", "list-add-symbolic",
                                                "label", _("_Add Action"),
                                                "use-underline", TRUE,
                                                NULL),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (group, button);

  self->actions_list = GTK_LIST_BOX (create_list_box (_(spec->label)));
  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("No actions agreed yet"),
                              "margin-top", 18,
                              "margin-bottom", 18,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->actions_list, placeholder);
  gtk_list_box_bind_model (self->actions_list, cb_meeting_get_actions (self->meeting),
                           create_action_row, self, NULL);
  adw_preferences_group_add (group, GTK_WIDGET (self->actions_list));

  g_hash_table_insert (self->group_of, g_strdup (spec->name), group);
}

static void
add_carried_group (CbMeetingEditor    *self,
                   const CbFieldSpec  *spec,
                   const CbFieldGroup *field_group)
{
  AdwPreferencesGroup *group;

  group = add_group (self, _("Open Actions From Earlier Meetings"),
                     _("Tick what has been done since you last met; the meeting where it was agreed is updated too."),
                     field_group);
  self->carried_group = GTK_WIDGET (group);
  self->carried_list = GTK_LIST_BOX (create_list_box (_("Open actions from earlier meetings")));
  adw_preferences_group_add (group, GTK_WIDGET (self->carried_list));
  g_hash_table_insert (self->group_of, g_strdup (spec->name), group);

  rebuild_carried (self);
}

static AdwPreferencesGroup *
add_private_group (CbMeetingEditor    *self,
                   const CbFieldSpec  *spec,
                   const CbFieldGroup *field_group)
{
  AdwPreferencesGroup *group;
  GtkWidget *badge, *icon, *label;

  group = add_group (self, _(spec->label),
                     _("Private — never printed or exported unless you ask"),
                     field_group);
  gtk_widget_add_css_class (GTK_WIDGET (group), "cb-private-group");

  badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "cb-private-badge");
  icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  label = gtk_label_new (_("Private"));
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), label);
  adw_preferences_group_set_header_suffix (group, badge);

  return group;
}

static void
on_commitment_toggled_cb (GtkToggleButton *button,
                          CbMeetingEditor *self)
{
  int rating = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cb-rating"));

  if (self->updating > 0 || !gtk_toggle_button_get_active (button))
    return;

  cb_meeting_set_commitment (self->meeting, rating, NULL);
}

static void
add_commitment_row (CbMeetingEditor     *self,
                    AdwPreferencesGroup *group,
                    const CbFieldSpec   *spec)
{
  GtkWidget *row, *box, *buttons, *ends, *low, *high;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", _(spec->label),
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  gtk_widget_set_name (row, spec->name);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "cb-text-row-box");
  {
    GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                     "label", _(spec->label),
                                     "xalign", 0.0f,
                                     "wrap", TRUE,
                                     NULL);
    GtkWidget *help = g_object_new (GTK_TYPE_LABEL,
                                    "label", _("Ask your client to rate their commitment to the way forward, from 1 to 10."),
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    NULL);

    gtk_widget_add_css_class (title, "cb-field-title");
    gtk_widget_add_css_class (help, "caption");
    gtk_widget_add_css_class (help, "dim-label");
    gtk_box_append (GTK_BOX (box), title);
    gtk_box_append (GTK_BOX (box), help);
  }

  {
    GtkWidget *scale_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

    gtk_widget_set_halign (scale_box, GTK_ALIGN_START);
    gtk_widget_set_margin_top (scale_box, 6);
    gtk_box_append (GTK_BOX (box), scale_box);
    box = scale_box;
  }
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_add_css_class (buttons, "cb-rating");
  gtk_accessible_update_property (GTK_ACCESSIBLE (buttons),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(spec->label),
                                  -1);
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i + 1);
      /* Translators: the accessible name of one commitment rating button */
      g_autofree char *name = g_strdup_printf (_("Commitment %d out of 10"), i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      gtk_widget_add_css_class (button, "numeric");
      set_accessible_label (button, name);
      gtk_widget_set_tooltip_text (button, name);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->commitment[0]);
      g_object_set_data (G_OBJECT (button), "cb-rating", GINT_TO_POINTER (i + 1));
      g_signal_connect (button, "toggled", G_CALLBACK (on_commitment_toggled_cb), self);
      gtk_box_append (GTK_BOX (buttons), button);
      self->commitment[i] = GTK_TOGGLE_BUTTON (button);
    }
  gtk_box_append (GTK_BOX (box), buttons);

  ends = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  low = g_object_new (GTK_TYPE_LABEL, "label", _("Not committed"), "xalign", 0.0f, "hexpand", TRUE, NULL);
  high = g_object_new (GTK_TYPE_LABEL, "label", _("Fully committed"), "xalign", 1.0f, NULL);
  gtk_widget_add_css_class (low, "caption");
  gtk_widget_add_css_class (low, "dim-label");
  gtk_widget_add_css_class (high, "caption");
  gtk_widget_add_css_class (high, "dim-label");
  gtk_box_append (GTK_BOX (ends), low);
  gtk_box_append (GTK_BOX (ends), high);
  gtk_box_append (GTK_BOX (box), ends);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), gtk_widget_get_parent (box));
  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, g_strdup (spec->name), row);
  g_hash_table_insert (self->group_of, g_strdup (spec->name), group);
}

static void
on_scale_value_changed_cb (GtkRange        *range,
                           CbMeetingEditor *self)
{
  int now, target;

  if (self->updating > 0)
    return;

  now = self->scale_now ? (int) gtk_range_get_value (self->scale_now) : cb_meeting_get_scaling_now (self->meeting);
  target = self->scale_target ? (int) gtk_range_get_value (self->scale_target) : cb_meeting_get_scaling_target (self->meeting);
  cb_meeting_set_scaling (self->meeting, now, target, NULL);
}

static void
add_scale_row (CbMeetingEditor     *self,
               AdwPreferencesGroup *group,
               const CbFieldSpec   *spec,
               gboolean             is_target)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(spec->label));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               is_target ? _("Where your client would like to be, from 0 to 10")
                                         : _("Where your client is now, from 0 to 10"));
  gtk_widget_set_name (row, spec->name);

  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  for (int i = 0; i <= 10; i++)
    gtk_scale_add_mark (GTK_SCALE (scale), i, GTK_POS_BOTTOM, NULL);
  gtk_widget_set_size_request (scale, 240, -1);
  gtk_widget_set_valign (scale, GTK_ALIGN_CENTER);
  set_accessible_label (scale, _(spec->label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), scale);

  if (is_target)
    self->scale_target = GTK_RANGE (scale);
  else
    self->scale_now = GTK_RANGE (scale);
  g_signal_connect (scale, "value-changed", G_CALLBACK (on_scale_value_changed_cb), self);

  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, g_strdup (spec->name), row);
  g_hash_table_insert (self->group_of, g_strdup (spec->name), group);
}

static void
add_prompts_row (CbMeetingEditor     *self,
                 AdwPreferencesGroup *group,
                 const StagePrompts  *prompts)
{
  GtkWidget *row;

  if (prompts->questions[0] == NULL)
    return;

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Questions to Ask"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _(prompts->about));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               g_object_new (GTK_TYPE_IMAGE,
                                             "icon-name", "dialog-question-symbolic",
                                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                             NULL));
  gtk_widget_add_css_class (row, "cb-prompts");

  for (guint i = 0; prompts->questions[i] != NULL; i++)
    {
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "label", _(prompts->questions[i]),
                                       "xalign", 0.0f,
                                       "wrap", TRUE,
                                       "selectable", FALSE,
                                       NULL);
      GtkWidget *child = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                       "activatable", FALSE,
                                       "focusable", FALSE,
                                       "child", label,
                                       NULL);

      gtk_widget_add_css_class (label, "cb-prompt");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }

  adw_preferences_group_add (group, row);
}

static void
add_field_row (CbMeetingEditor     *self,
               AdwPreferencesGroup *group,
               guint                index)
{
  const CbFieldSpec *spec = cb_record_get_field (record (self), index);
  GtkWidget *row = cb_field_row_new (record (self), index);

  if (row == NULL)
    return;

  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, g_strdup (spec->name), row);
  g_hash_table_insert (self->group_of, g_strdup (spec->name), group);
}

static void
clear_page (CbMeetingEditor *self)
{
  /* The header group stays. */
  for (guint i = 1; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, MIN (self->groups->len, 1));
  g_ptr_array_set_size (self->guide_groups, 0);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->group_of);
  g_hash_table_remove_all (self->carried_checks);
  self->actions_list = NULL;
  self->carried_list = NULL;
  self->carried_group = NULL;
  self->follow_up_row = NULL;
  self->scale_now = self->scale_target = NULL;
  memset (self->commitment, 0, sizeof self->commitment);
}

/* One group per group of the table, in order; a table, the carried-over
 * actions and private notes each get a group of their own, and the fields
 * after them continue in an untitled group. */
static void
build_page (CbMeetingEditor *self)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self->meeting);
  const CbFieldGroup *groups;
  const CbFieldSpec *fields;
  guint n_groups = 0, n_fields = 0;

  groups = cb_record_class_get_groups (klass, &n_groups);
  fields = cb_record_class_get_fields (klass, &n_fields);

  for (guint g = 0; g < n_groups; g++)
    {
      AdwPreferencesGroup *current = NULL;
      gboolean titled = FALSE;

      for (guint i = 0; i < n_fields; i++)
        {
          const CbFieldSpec *spec = &fields[i];
          const StagePrompts *prompts;

          if (g_strcmp0 (spec->group, groups[g].id) != 0)
            continue;

          if (spec->kind == CB_FIELD_RECORD || spec->kind == CB_FIELD_FILE)
            continue;

          if (spec->kind == CB_FIELD_TABLE)
            {
              add_actions_group (self, spec, &groups[g]);
              current = NULL;
              titled = TRUE;
              continue;
            }

          if (g_str_equal (spec->name, "carried_over"))
            {
              add_carried_group (self, spec, &groups[g]);
              current = NULL;
              titled = TRUE;
              continue;
            }

          if ((spec->flags & CB_FIELD_FLAG_PRIVATE) != 0)
            {
              add_field_row (self, add_private_group (self, spec, &groups[g]), i);
              current = NULL;
              titled = TRUE;
              continue;
            }

          if (current == NULL)
            {
              current = add_group (self,
                                   titled ? NULL : _(groups[g].title),
                                   titled || groups[g].description == NULL ? NULL : _(groups[g].description),
                                   &groups[g]);
              titled = TRUE;
            }

          if (g_str_equal (spec->name, "commitment"))
            {
              add_commitment_row (self, current, spec);
              continue;
            }
          if (g_str_equal (spec->name, "oskar_scaling_now") || g_str_equal (spec->name, "oskar_scaling_target"))
            {
              add_scale_row (self, current, spec, g_str_equal (spec->name, "oskar_scaling_target"));
              continue;
            }

          add_field_row (self, current, i);
          if (g_str_equal (spec->name, "commitment_next_steps"))
            self->follow_up_row = g_hash_table_lookup (self->rows, spec->name);

          /* The table's own help, under each stage, carries the questions
           * when it has them; otherwise they are offered in a list. */
          prompts = find_prompts (spec->name);
          if (prompts != NULL && spec->help == NULL)
            add_prompts_row (self, current, prompts);
        }
    }

  update_guide (self);
  update_commitment (self);
  update_scales (self);
  update_title (self);
}

static void
on_meeting_notify_cb (CbMeetingEditor *self,
                      GParamSpec      *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "guide"))
    update_guide (self);
  else if (g_str_equal (name, "commitment"))
    update_commitment (self);
  else if (g_str_has_prefix (name, "oskar-scaling-"))
    update_scales (self);
  else if (g_str_equal (name, "carried-over"))
    rebuild_carried (self);
  else if (g_str_equal (name, "date") || g_str_equal (name, "time") ||
           g_str_equal (name, "method") || g_str_equal (name, "length-minutes") ||
           g_str_equal (name, "venue"))
    update_title (self);
}

static void
update_sensitivity (CbMeetingEditor *self)
{
  gboolean editable = self->meeting != NULL && cb_record_get_editable (record (self));

  for (guint i = 1; i < self->groups->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->groups, i), editable);
}

static void
cb_meeting_editor_dispose (GObject *object)
{
  CbMeetingEditor *self = CB_MEETING_EDITOR (object);

  cb_meeting_editor_set_meeting (self, NULL, NULL);

  G_OBJECT_CLASS (cb_meeting_editor_parent_class)->dispose (object);
}

static void
cb_meeting_editor_finalize (GObject *object)
{
  CbMeetingEditor *self = CB_MEETING_EDITOR (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->guide_groups, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->group_of, g_hash_table_unref);
  g_clear_pointer (&self->carried_checks, g_hash_table_unref);

  G_OBJECT_CLASS (cb_meeting_editor_parent_class)->finalize (object);
}

static void
cb_meeting_editor_class_init (CbMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_meeting_editor_dispose;
  object_class->finalize = cb_meeting_editor_finalize;
}

static void
cb_meeting_editor_init (CbMeetingEditor *self)
{
  GtkWidget *header;

  self->groups = g_ptr_array_new ();
  self->guide_groups = g_ptr_array_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->group_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->carried_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));

  /* The meeting's date, time, method and venue at the top. */
  header = GTK_WIDGET (cb_editor_add_header (self->page, &self->title_label, &self->subtitle_label, NULL));
  g_ptr_array_add (self->groups, header);
}

GtkWidget *
cb_meeting_editor_new (void)
{
  return g_object_new (CB_TYPE_MEETING_EDITOR, NULL);
}

CbMeeting *
cb_meeting_editor_get_meeting (CbMeetingEditor *self)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return self->meeting;
}

void
cb_meeting_editor_set_meeting (CbMeetingEditor *self,
                               CbClient        *client,
                               CbMeeting       *meeting)
{
  g_return_if_fail (CB_IS_MEETING_EDITOR (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));
  g_return_if_fail (meeting == NULL || CB_IS_MEETING (meeting));

  if (self->meeting == meeting && self->client == client)
    return;

  if (self->meeting != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->meeting, on_meeting_notify_cb, self);
      g_signal_handlers_disconnect_by_func (self->meeting, update_sensitivity, self);
    }
  if (self->actions_list != NULL)
    gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);

  clear_page (self);
  g_set_object (&self->client, client);
  g_set_object (&self->meeting, meeting);
  g_clear_object (&self->objectives);
  if (client != NULL && cb_client_get_current_plan (client) != NULL)
    self->objectives = g_object_ref (cb_plan_get_objectives (cb_client_get_current_plan (client)));

  if (meeting != NULL)
    {
      build_page (self);
      g_signal_connect_swapped (meeting, "notify", G_CALLBACK (on_meeting_notify_cb), self);
      g_signal_connect_swapped (meeting, "notify::read-only", G_CALLBACK (update_sensitivity), self);
      update_sensitivity (self);
      cb_meeting_editor_scroll_to (self, NULL);
    }
}

GtkWidget *
cb_meeting_editor_get_row (CbMeetingEditor *self,
                           const char      *field_name)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return g_hash_table_lookup (self->rows, field_name);
}

GtkWidget *
cb_meeting_editor_get_editor (CbMeetingEditor *self,
                              const char      *field_name)
{
  GtkWidget *row = cb_meeting_editor_get_row (self, field_name);

  return row != NULL ? cb_field_row_get_editor (row) : NULL;
}

GtkListBox *
cb_meeting_editor_get_actions_list (CbMeetingEditor *self)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return self->actions_list;
}

GtkListBox *
cb_meeting_editor_get_carried_list (CbMeetingEditor *self)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return self->carried_list;
}

GtkCheckButton *
cb_meeting_editor_get_carried_check (CbMeetingEditor *self,
                                     const char      *action_id)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return g_hash_table_lookup (self->carried_checks, action_id);
}

GtkToggleButton *
cb_meeting_editor_get_commitment_button (CbMeetingEditor *self,
                                         int              rating)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);
  g_return_val_if_fail (rating >= 1 && rating <= 10, NULL);

  return self->commitment[rating - 1];
}

GtkRange *
cb_meeting_editor_get_scale (CbMeetingEditor *self,
                             const char      *field_name)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  if (g_strcmp0 (field_name, "oskar_scaling_now") == 0)
    return self->scale_now;
  if (g_strcmp0 (field_name, "oskar_scaling_target") == 0)
    return self->scale_target;
  return NULL;
}

GtkWidget *
cb_meeting_editor_get_group_of (CbMeetingEditor *self,
                                const char      *field_name)
{
  g_return_val_if_fail (CB_IS_MEETING_EDITOR (self), NULL);

  return g_hash_table_lookup (self->group_of, field_name);
}

void
cb_meeting_editor_scroll_to (CbMeetingEditor *self,
                             GtkWidget       *widget)
{
  g_return_if_fail (CB_IS_MEETING_EDITOR (self));

  cb_editor_scroll_to (self->page, widget);
}
