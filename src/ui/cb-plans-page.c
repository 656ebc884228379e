/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-plans-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-application.h"
#include "cb-document-list.h"
#include "cb-field-row.h"
#include "cb-plans-page.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-store.h"

struct _CbPlansPage
{
  AdwBin              parent_instance;

  CbClient           *client;
  CbPlan             *plan;           /* open, or NULL */
  GListModel         *plans;
  GSimpleActionGroup *actions;

  GtkStack           *stack;
  GtkListBox         *list_box;
  CbPlanEditor       *editor;
};

G_DEFINE_FINAL_TYPE (CbPlansPage, cb_plans_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PLAN_KEY "cb-plan"

static void
update_actions (CbPlansPage *self)
{
  gboolean open = self->plan != NULL;
  gboolean editable = open && cb_record_get_editable (CB_RECORD (self->plan));

  cb_action_group_set_enabled (self->actions, "new", self->client != NULL && cb_client_get_practice (self->client) != NULL);
  cb_action_group_set_enabled (self->actions, "close", open);
  cb_action_group_set_enabled (self->actions, "print", open);
  cb_action_group_set_enabled (self->actions, "export-pdf", open);
  cb_action_group_set_enabled (self->actions, "print-blank", TRUE);
  cb_action_group_set_enabled (self->actions, "add-objective", editable);
  cb_action_group_set_enabled (self->actions, "remove-objective", editable);
}

static void
update_view (CbPlansPage *self)
{
  const char *name;

  if (self->plan != NULL)
    name = "editor";
  else if (self->plans != NULL && g_list_model_get_n_items (self->plans) > 0)
    name = "list";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

/* Newest first: by start date, then when the plan was made. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  CbPlan *pa = CB_PLAN ((gpointer) a);
  CbPlan *pb = CB_PLAN ((gpointer) b);
  int result;

  result = g_strcmp0 (cb_plan_get_start_date (pb), cb_plan_get_start_date (pa));
  if (result != 0)
    return result;

  return cb_document_compare_newest_created (CB_DOCUMENT (pa), CB_DOCUMENT (pb));
}

static void
update_row (GtkWidget *row)
{
  CbPlan *plan = g_object_get_data (G_OBJECT (row), PLAN_KEY);
  g_autofree char *date = cb_format_date (cb_plan_get_start_date (plan));
  g_autofree char *title = NULL;
  g_autofree char *goal = cb_text_dup_first_line (cb_plan_get_long_term_goal (plan));
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  CbPlanProgress progress = { 0, };

  if (date != NULL)
    /* Translators: a development plan in a list, with the date it starts */
    title = g_strdup_printf (_("Plan from %s"), date);
  else
    title = g_strdup (_("Plan with no start date"));

  if (goal != NULL)
    {
      g_string_append (subtitle, goal);
      g_string_append (subtitle, " · ");
    }
  cb_plan_get_progress (plan, NULL, &progress);
  g_string_append_printf (subtitle,
                          g_dngettext (GETTEXT_PACKAGE, "%u of %u objective achieved",
                                       "%u of %u objectives achieved", progress.n_objectives),
                          progress.by_status[CB_OBJECTIVE_STATUS_ACHIEVED], progress.n_objectives);

  escaped_title = g_markup_escape_text (title, -1);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbPlan *plan = item;
  GtkWidget *row = adw_action_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "checkbox-checked-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));

  g_object_set_data_full (G_OBJECT (row), PLAN_KEY, g_object_ref (plan), g_object_unref);
  g_signal_connect_object (plan, "changed", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);

  return row;
}

static void
on_plans_items_changed_cb (CbPlansPage *self)
{
  update_view (self);
}

static void
on_list_box_row_activated_cb (CbPlansPage   *self,
                              GtkListBoxRow *row)
{
  CbPlan *plan = g_object_get_data (G_OBJECT (row), PLAN_KEY);

  if (plan != NULL)
    cb_plans_page_open (self, plan);
}

/* Actions */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  CbPlansPage *self = user_data;
  CbPlan *plan = cb_plans_page_new_plan (self, NULL);
  GtkWidget *editor;

  if (plan == NULL)
    return;

  /* Straight to what the plan is for. */
  editor = cb_plan_editor_get_editor (self->editor, "long_term_goal");
  if (editor != NULL)
    gtk_widget_grab_focus (editor);
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_plans_page_close (CB_PLANS_PAGE (user_data));
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbPlansPage *self = user_data;
  g_autoptr(CbForm) form = cb_plans_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbPlansPage *self = user_data;
  g_autoptr(CbForm) form = cb_plans_page_describe (self, TRUE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbPlansPage *self = user_data;
  g_autoptr(CbForm) form = cb_plans_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->plan), self->client);
}

static void
add_objective_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbPlansPage *self = user_data;
  CbObjectiveCard *card;
  GListModel *objectives;
  guint n;

  if (self->plan == NULL || cb_plan_add_objective (self->plan, "") == NULL)
    return;

  objectives = cb_plan_get_objectives (self->plan);
  n = g_list_model_get_n_items (objectives);
  card = cb_plan_editor_get_card (self->editor, n - 1);
  if (card != NULL)
    {
      GtkWidget *row = cb_objective_card_get_row (card, "objective");

      cb_plan_editor_scroll_to (self->editor, GTK_WIDGET (card));
      if (row != NULL)
        gtk_widget_grab_focus (cb_field_row_get_editor (row));
    }
}

static void
remove_objective_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbPlansPage *self = user_data;
  CbObjective *objective;

  if (self->plan == NULL)
    return;

  objective = cb_plan_find_objective (self->plan, g_variant_get_string (parameter, NULL));
  if (objective != NULL)
    cb_plan_remove_objective (self->plan, objective);
}

static const GActionEntry page_actions[] = {
  { "new", new_action, NULL, NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "add-objective", add_objective_action, NULL, NULL, NULL },
  { "remove-objective", remove_objective_action, "s", NULL, NULL },
};

/* GObject */

static void
cb_plans_page_dispose (GObject *object)
{
  CbPlansPage *self = CB_PLANS_PAGE (object);

  cb_plans_page_set_client (self, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_plans_page_parent_class)->dispose (object);
}

static void
cb_plans_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbPlansPage *self = CB_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_plans_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CbPlansPage *self = CB_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_plans_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_plans_page_class_init (CbPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_plans_page_dispose;
  object_class->get_property = cb_plans_page_get_property;
  object_class->set_property = cb_plans_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         CB_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_PLAN_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbPlansPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbPlansPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbPlansPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cb_plans_page_init (CbPlansPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
  update_view (self);
}

/* Public API */

GtkWidget *
cb_plans_page_new (void)
{
  return g_object_new (CB_TYPE_PLANS_PAGE, NULL);
}

CbClient *
cb_plans_page_get_client (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return self->client;
}

void
cb_plans_page_set_client (CbPlansPage *self,
                          CbClient    *client)
{
  g_return_if_fail (CB_IS_PLANS_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  cb_plans_page_close (self);

  if (self->plans != NULL)
    g_signal_handlers_disconnect_by_func (self->plans, on_plans_items_changed_cb, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->plans);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      static const char * const resort_on[] = { "start-date", NULL };

      self->plans = cb_document_list_new (client, CB_TYPE_PLAN, compare_newest_first, resort_on);
      g_signal_connect_swapped (self->plans, "items-changed",
                                G_CALLBACK (on_plans_items_changed_cb), self);
      gtk_list_box_bind_model (self->list_box, self->plans, create_row, NULL, NULL);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

GActionGroup *
cb_plans_page_get_actions (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

GListModel *
cb_plans_page_get_plans (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return self->plans;
}

GtkListBox *
cb_plans_page_get_list_box (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return self->list_box;
}

const char *
cb_plans_page_get_view (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

CbPlan *
cb_plans_page_new_plan (CbPlansPage *self,
                        GDateTime   *now)
{
  CbPractice *practice;
  g_autoptr(CbPlan) plan = NULL;

  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  g_return_val_if_fail (practice != NULL, NULL);

  plan = cb_plan_new_for_client (self->client, now);
  cb_store_add_document (cb_application_get_store (NULL), practice, self->client, CB_DOCUMENT (plan));
  cb_plans_page_open (self, plan);

  return plan;
}

CbPlan *
cb_plans_page_get_plan (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return self->plan;
}

static void
on_plan_read_only_cb (CbPlansPage *self)
{
  update_actions (self);
}

void
cb_plans_page_open (CbPlansPage *self,
                    CbPlan      *plan)
{
  g_return_if_fail (CB_IS_PLANS_PAGE (self));
  g_return_if_fail (plan == NULL || CB_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_read_only_cb, self);

  g_set_object (&self->plan, plan);
  cb_plan_editor_set_plan (self->editor, plan != NULL ? self->client : NULL, plan);

  if (plan != NULL)
    g_signal_connect_swapped (plan, "notify::read-only", G_CALLBACK (on_plan_read_only_cb), self);

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

void
cb_plans_page_close (CbPlansPage *self)
{
  g_return_if_fail (CB_IS_PLANS_PAGE (self));

  cb_plans_page_open (self, NULL);
}

CbPlanEditor *
cb_plans_page_get_editor (CbPlansPage *self)
{
  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  return self->editor;
}

CbForm *
cb_plans_page_describe (CbPlansPage *self,
                        gboolean     blank)
{
  CbPractice *practice;
  g_autofree char *client_name = NULL;
  g_autoptr(CbPlan) empty = NULL;
  CbFormContext context = { 0, };

  g_return_val_if_fail (CB_IS_PLANS_PAGE (self), NULL);

  if (self->plan == NULL && !blank)
    return NULL;

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  client_name = blank || self->client == NULL ? NULL : cb_client_dup_display_name (self->client);
  context.practice_name = practice != NULL ? cb_practice_get_name (practice) : NULL;
  context.client_name = client_name;
  context.blank = blank;
  context.include_private = FALSE;

  if (blank)
    empty = cb_plan_new ();

  return cb_document_describe_form (CB_DOCUMENT (blank ? empty : self->plan), &context);
}

void
cb_plans_page_export_pdf (CbPlansPage *self,
                          GFile       *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_PLANS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->plan != NULL);

  form = cb_plans_page_describe (self, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}
