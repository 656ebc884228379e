/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-today-page.h"

#define N_SECTIONS 4
#define ITEM_KEY "cb-today-item"

struct _CbTodayPage
{
  AdwBin              parent_instance;

  CbToday            *today;
  GtkFilterListModel *sections[N_SECTIONS];

  GtkStack           *stack;
  GtkWidget          *today_group;
  GtkWidget          *overdue_group;
  GtkWidget          *upcoming_group;
  GtkWidget          *due_group;
  GtkListBox         *today_list;
  GtkListBox         *overdue_list;
  GtkListBox         *upcoming_list;
  GtkListBox         *due_list;
};

G_DEFINE_FINAL_TYPE (CbTodayPage, cb_today_page, ADW_TYPE_BIN)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
section_group (CbTodayPage     *self,
               CbTodayItemKind  kind)
{
  switch (kind)
    {
    case CB_TODAY_ITEM_MEETING_TODAY:
      return self->today_group;
    case CB_TODAY_ITEM_ACTION_OVERDUE:
      return self->overdue_group;
    case CB_TODAY_ITEM_MEETING_UPCOMING:
      return self->upcoming_group;
    case CB_TODAY_ITEM_ACTION_DUE:
    default:
      return self->due_group;
    }
}

static void
update_view (CbTodayPage *self)
{
  guint total = 0;

  for (guint k = 0; k < N_SECTIONS; k++)
    {
      guint n = self->sections[k] != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sections[k])) : 0;

      gtk_widget_set_visible (section_group (self, k), n > 0);
      total += n;
    }

  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "list" : "empty");
}

static gboolean
filter_kind (gpointer item,
             gpointer user_data)
{
  return cb_today_item_get_kind (CB_TODAY_ITEM (item)) == (CbTodayItemKind) GPOINTER_TO_UINT (user_data);
}

static char *
format_gdate (const GDate *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  iso = cb_date_to_iso (date);
  return cb_format_date (iso);
}

static char *
dup_client_name (CbClient *client)
{
  const char *name = client != NULL ? cb_client_get_name (client) : NULL;

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  if (client != NULL)
    return cb_document_dup_title (CB_DOCUMENT (client));
  return g_strdup ("");
}

static void
on_action_check_toggled_cb (GtkCheckButton *check,
                            CbTodayItem    *item)
{
  CbAction *action = cb_today_item_get_action (item);

  if (action != NULL && gtk_check_button_get_active (check) != cb_action_get_done (action))
    cb_action_set_done (action, gtk_check_button_get_active (check), NULL);
}

static GtkWidget *
create_meeting_row (CbTodayItem *item)
{
  CbTodayItemKind kind = cb_today_item_get_kind (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *client = dup_client_name (cb_today_item_get_client (item));
  g_autofree char *title = g_markup_escape_text (client, -1);
  g_autofree char *time = cb_format_time (cb_today_item_get_time (item));
  g_autofree char *date = format_gdate (cb_today_item_get_date (item));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  const char *venue = cb_today_item_get_venue (item);
  GtkWidget *when;

  if (kind == CB_TODAY_ITEM_MEETING_UPCOMING && date != NULL)
    g_string_append (subtitle, date);
  if (venue != NULL && *venue != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, venue);
    }
  if (cb_today_item_get_is_booking (item))
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("booked at your last meeting"));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  escaped = g_markup_escape_text (subtitle->str, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);

  /* The time leads: it is what the coach plans the day by. */
  when = g_object_new (GTK_TYPE_LABEL,
                       "label", time != NULL ? time : _("Any time"),
                       "width-chars", 6,
                       "xalign", 0.0f,
                       NULL);
  gtk_widget_add_css_class (when, "numeric");
  gtk_widget_add_css_class (when, time != NULL ? "heading" : "dim-label");
  gtk_widget_add_css_class (when, "cb-today-time");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), when);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static GtkWidget *
create_action_item_row (CbTodayItem *item)
{
  CbTodayItemKind kind = cb_today_item_get_kind (item);
  CbAction *action = cb_today_item_get_action (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *client = dup_client_name (cb_today_item_get_client (item));
  g_autofree char *date = format_gdate (cb_today_item_get_date (item));
  g_autofree char *title = g_markup_escape_text (cb_today_item_get_title (item), -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *due = NULL;
  GtkWidget *check, *due_label;

  /* Translators: under an action in Today: the client, then who carries it out */
  subtitle = g_strdup_printf (_("%s · %s"), client,
                              action != NULL ? cb_action_get_owner_label (action) : "");
  escaped = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);

  check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                        "valign", GTK_ALIGN_CENTER,
                        "tooltip-text", _("Mark as Done"),
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_action_check_toggled_cb), item, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (date != NULL)
    {
      /* Translators: when an action is to be achieved, e.g. "Due 9 March 2026" */
      due = g_strdup_printf (_("Due %s"), date);
      due_label = gtk_label_new (due);
      gtk_widget_add_css_class (due_label, "caption");
      gtk_widget_add_css_class (due_label, kind == CB_TODAY_ITEM_ACTION_OVERDUE ? "cb-overdue" : "dim-label");
      if (kind == CB_TODAY_ITEM_ACTION_OVERDUE)
        gtk_widget_set_tooltip_text (due_label, _("Overdue"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), due_label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbTodayItem *today_item = item;
  GtkWidget *row;

  if (cb_today_item_get_action (today_item) != NULL)
    row = create_action_item_row (today_item);
  else
    row = create_meeting_row (today_item);

  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (today_item), g_object_unref);

  return row;
}

static void
on_row_activated_cb (CbTodayPage   *self,
                     GtkListBoxRow *row)
{
  CbTodayItem *item = g_object_get_data (G_OBJECT (row), ITEM_KEY);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
on_section_items_changed_cb (CbTodayPage *self)
{
  update_view (self);
}

static void
cb_today_page_dispose (GObject *object)
{
  CbTodayPage *self = CB_TODAY_PAGE (object);

  cb_today_page_set_today (self, NULL);

  G_OBJECT_CLASS (cb_today_page_parent_class)->dispose (object);
}

static void
cb_today_page_class_init (CbTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_today_page_dispose;

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_TODAY_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, today_group);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, overdue_group);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, upcoming_group);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, today_list);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, due_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
cb_today_page_init (CbTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_view (self);
}

GtkWidget *
cb_today_page_new (void)
{
  return g_object_new (CB_TYPE_TODAY_PAGE, NULL);
}

CbToday *
cb_today_page_get_today (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return self->today;
}

void
cb_today_page_set_today (CbTodayPage *self,
                         CbToday     *today)
{
  g_return_if_fail (CB_IS_TODAY_PAGE (self));
  g_return_if_fail (today == NULL || CB_IS_TODAY (today));

  if (self->today == today)
    return;

  for (guint k = 0; k < N_SECTIONS; k++)
    {
      GtkListBox *list = cb_today_page_get_list_box (self, k);

      if (list != NULL)
        gtk_list_box_bind_model (list, NULL, NULL, NULL, NULL);
      if (self->sections[k] != NULL)
        g_signal_handlers_disconnect_by_func (self->sections[k], on_section_items_changed_cb, self);
      g_clear_object (&self->sections[k]);
    }

  g_set_object (&self->today, today);

  if (today != NULL)
    for (guint k = 0; k < N_SECTIONS; k++)
      {
        GtkCustomFilter *filter = gtk_custom_filter_new (filter_kind, GUINT_TO_POINTER (k), NULL);

        self->sections[k] = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (today)), GTK_FILTER (filter));
        g_signal_connect_swapped (self->sections[k], "items-changed",
                                  G_CALLBACK (on_section_items_changed_cb), self);
        gtk_list_box_bind_model (cb_today_page_get_list_box (self, k), G_LIST_MODEL (self->sections[k]),
                                 create_row, NULL, NULL);
      }

  if (self->stack != NULL)
    update_view (self);
}

const char *
cb_today_page_get_view (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkListBox *
cb_today_page_get_list_box (CbTodayPage     *self,
                            CbTodayItemKind  kind)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  switch (kind)
    {
    case CB_TODAY_ITEM_MEETING_TODAY:
      return self->today_list;
    case CB_TODAY_ITEM_ACTION_OVERDUE:
      return self->overdue_list;
    case CB_TODAY_ITEM_MEETING_UPCOMING:
      return self->upcoming_list;
    case CB_TODAY_ITEM_ACTION_DUE:
      return self->due_list;
    default:
      return NULL;
    }
}
