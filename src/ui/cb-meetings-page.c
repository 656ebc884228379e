/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-meetings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-action-row.h"
#include "cb-application.h"
#include "cb-document-list.h"
#include "cb-meetings-page.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-store.h"

struct _CbMeetingsPage
{
  AdwBin              parent_instance;

  CbClient           *client;
  CbMeeting          *meeting;        /* open, or NULL */
  GListModel         *meetings;
  GSimpleActionGroup *actions;

  GtkStack           *stack;
  GtkListBox         *list_box;
  CbMeetingEditor    *editor;
};

G_DEFINE_FINAL_TYPE (CbMeetingsPage, cb_meetings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MEETING_KEY "cb-meeting"

static gboolean
include_private (CbMeetingsPage *self)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->actions), "include-private");

  return state != NULL && g_variant_get_boolean (state);
}

static void
update_actions (CbMeetingsPage *self)
{
  gboolean open = self->meeting != NULL;
  gboolean editable = open && cb_record_get_editable (CB_RECORD (self->meeting));

  cb_action_group_set_enabled (self->actions, "new", self->client != NULL && cb_client_get_practice (self->client) != NULL);
  cb_action_group_set_enabled (self->actions, "close", open);
  cb_action_group_set_enabled (self->actions, "print", open);
  cb_action_group_set_enabled (self->actions, "export-pdf", open);
  cb_action_group_set_enabled (self->actions, "print-blank", open);
  cb_action_group_set_enabled (self->actions, "add-action", editable);
  cb_action_group_set_enabled (self->actions, "remove-action", editable);
}

static void
update_view (CbMeetingsPage *self)
{
  const char *name;

  if (self->meeting != NULL)
    name = "editor";
  else if (self->meetings != NULL && g_list_model_get_n_items (self->meetings) > 0)
    name = "list";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

/* Newest first: by date, then time, then when the record was made. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  CbMeeting *ma = CB_MEETING ((gpointer) a);
  CbMeeting *mb = CB_MEETING ((gpointer) b);
  int result;

  result = g_strcmp0 (cb_meeting_get_date (mb), cb_meeting_get_date (ma));
  if (result == 0)
    result = g_strcmp0 (cb_meeting_get_time (mb), cb_meeting_get_time (ma));
  if (result != 0)
    return result;

  return cb_document_compare_newest_created (CB_DOCUMENT (ma), CB_DOCUMENT (mb));
}

static void
update_row (GtkWidget *row)
{
  CbMeeting *meeting = g_object_get_data (G_OBJECT (row), MEETING_KEY);
  GtkWidget *pill = g_object_get_data (G_OBJECT (row), "cb-guide-pill");
  g_autofree char *date = cb_format_date (cb_meeting_get_date (meeting));
  g_autofree char *time = cb_format_time (cb_meeting_get_time (meeting));
  g_autofree char *title = NULL;
  g_autofree char *topic = cb_text_dup_first_line (cb_record_get_string (CB_RECORD (meeting), "topics"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;
  int minutes = cb_meeting_get_length_minutes (meeting);
  CbMeetingGuide guide = cb_meeting_get_guide (meeting);

  if (date != NULL && time != NULL)
    title = g_strdup_printf (_("%s at %s"), date, time);
  else
    title = g_strdup (date != NULL ? date : _("Meeting with no date"));

  if (topic == NULL)
    topic = cb_text_dup_first_line (cb_record_get_string (CB_RECORD (meeting), "summary"));
  if (topic != NULL)
    {
      g_string_append (subtitle, topic);
      g_string_append (subtitle, " · ");
    }
  g_string_append (subtitle, cb_enum_get_label (CB_TYPE_MEETING_METHOD, cb_meeting_get_method (meeting)));
  if (minutes > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), minutes);
    }

  escaped_title = g_markup_escape_text (title, -1);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);

  gtk_widget_set_visible (pill, guide != CB_MEETING_GUIDE_NONE);
  gtk_label_set_label (GTK_LABEL (pill), cb_enum_get_label (CB_TYPE_MEETING_GUIDE, guide));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbMeeting *meeting = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "cb-status-pill");
  gtk_widget_add_css_class (pill, "cb-guide-pill");
  gtk_widget_add_css_class (pill, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "x-office-calendar-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));

  g_object_set_data_full (G_OBJECT (row), MEETING_KEY, g_object_ref (meeting), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cb-guide-pill", pill);
  g_signal_connect_object (meeting, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);

  return row;
}

static void
on_meetings_items_changed_cb (CbMeetingsPage *self)
{
  update_view (self);
}

static void
on_list_box_row_activated_cb (CbMeetingsPage *self,
                              GtkListBoxRow  *row)
{
  CbMeeting *meeting = g_object_get_data (G_OBJECT (row), MEETING_KEY);

  if (meeting != NULL)
    cb_meetings_page_open (self, meeting);
}

/* Actions */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  CbMeeting *meeting = cb_meetings_page_new_meeting (self, NULL);
  GtkWidget *row;

  if (meeting == NULL)
    return;

  /* Straight to what the meeting was about. */
  row = cb_meeting_editor_get_editor (self->editor, "topics");
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_meetings_page_close (CB_MEETINGS_PAGE (user_data));
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  g_autoptr(CbForm) form = cb_meetings_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  g_autoptr(CbForm) form = cb_meetings_page_describe (self, TRUE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  g_autoptr(CbForm) form = cb_meetings_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->meeting), self->client);
}

static void
include_private_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  g_simple_action_set_state (action, parameter);
}

static void
add_action_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  GListModel *actions;
  GtkListBoxRow *row;
  guint n;

  if (self->meeting == NULL)
    return;

  cb_meeting_add_action (self->meeting, "", CB_ACTION_OWNER_CLIENT, NULL);

  actions = cb_meeting_get_actions (self->meeting);
  n = g_list_model_get_n_items (actions);
  row = gtk_list_box_get_row_at_index (cb_meeting_editor_get_actions_list (self->editor), n - 1);
  if (CB_IS_ACTION_ROW (row))
    cb_action_row_focus (CB_ACTION_ROW (row));
}

static void
remove_action_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *actions;

  if (self->meeting == NULL)
    return;

  actions = cb_meeting_get_actions (self->meeting);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CbAction) item = g_list_model_get_item (actions, i);

      if (g_strcmp0 (cb_action_get_id (item), id) == 0)
        {
          cb_meeting_remove_action (self->meeting, item);
          return;
        }
    }
}

static const GActionEntry page_actions[] = {
  { "new", new_action, NULL, NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "include-private", NULL, NULL, "false", include_private_action },
  { "add-action", add_action_action, NULL, NULL, NULL },
  { "remove-action", remove_action_action, "s", NULL, NULL },
};

/* GObject */

static void
cb_meetings_page_dispose (GObject *object)
{
  CbMeetingsPage *self = CB_MEETINGS_PAGE (object);

  cb_meetings_page_set_client (self, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_meetings_page_parent_class)->dispose (object);
}

static void
cb_meetings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CbMeetingsPage *self = CB_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_meetings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CbMeetingsPage *self = CB_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_meetings_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_meetings_page_class_init (CbMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_meetings_page_dispose;
  object_class->get_property = cb_meetings_page_get_property;
  object_class->set_property = cb_meetings_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         CB_TYPE_MEETING,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_MEETING_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbMeetingsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbMeetingsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cb_meetings_page_init (CbMeetingsPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "meeting", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
  update_view (self);
}

/* Public API */

GtkWidget *
cb_meetings_page_new (void)
{
  return g_object_new (CB_TYPE_MEETINGS_PAGE, NULL);
}

CbClient *
cb_meetings_page_get_client (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return self->client;
}

void
cb_meetings_page_set_client (CbMeetingsPage *self,
                             CbClient       *client)
{
  g_return_if_fail (CB_IS_MEETINGS_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  cb_meetings_page_close (self);

  if (self->meetings != NULL)
    g_signal_handlers_disconnect_by_func (self->meetings, on_meetings_items_changed_cb, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->meetings);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      static const char * const resort_on[] = { "date", "time", NULL };

      self->meetings = cb_document_list_new (client, CB_TYPE_MEETING, compare_newest_first, resort_on);
      g_signal_connect_swapped (self->meetings, "items-changed",
                                G_CALLBACK (on_meetings_items_changed_cb), self);
      gtk_list_box_bind_model (self->list_box, self->meetings, create_row, NULL, NULL);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

GActionGroup *
cb_meetings_page_get_actions (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

GListModel *
cb_meetings_page_get_meetings (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return self->meetings;
}

GtkListBox *
cb_meetings_page_get_list_box (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return self->list_box;
}

const char *
cb_meetings_page_get_view (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

CbMeeting *
cb_meetings_page_new_meeting (CbMeetingsPage *self,
                              GDateTime      *now)
{
  CbPractice *practice;
  g_autoptr(CbMeeting) meeting = NULL;

  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  g_return_val_if_fail (practice != NULL, NULL);

  meeting = cb_meeting_new_following (self->client, now);
  cb_store_add_document (cb_application_get_store (NULL), practice, self->client, CB_DOCUMENT (meeting));
  cb_meetings_page_open (self, meeting);

  return meeting;
}

CbMeeting *
cb_meetings_page_get_meeting (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return self->meeting;
}

static void
on_meeting_read_only_cb (CbMeetingsPage *self)
{
  update_actions (self);
}

void
cb_meetings_page_open (CbMeetingsPage *self,
                       CbMeeting      *meeting)
{
  g_return_if_fail (CB_IS_MEETINGS_PAGE (self));
  g_return_if_fail (meeting == NULL || CB_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, on_meeting_read_only_cb, self);

  g_set_object (&self->meeting, meeting);
  cb_meeting_editor_set_meeting (self->editor, meeting != NULL ? self->client : NULL, meeting);

  if (meeting != NULL)
    g_signal_connect_swapped (meeting, "notify::read-only", G_CALLBACK (on_meeting_read_only_cb), self);

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

void
cb_meetings_page_close (CbMeetingsPage *self)
{
  g_return_if_fail (CB_IS_MEETINGS_PAGE (self));

  cb_meetings_page_open (self, NULL);
}

CbMeetingEditor *
cb_meetings_page_get_editor (CbMeetingsPage *self)
{
  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  return self->editor;
}

CbForm *
cb_meetings_page_describe (CbMeetingsPage *self,
                           gboolean        blank)
{
  CbPractice *practice;
  g_autofree char *client_name = NULL;
  g_autoptr(CbMeeting) empty = NULL;
  CbFormContext context = { 0, };

  g_return_val_if_fail (CB_IS_MEETINGS_PAGE (self), NULL);

  if (self->meeting == NULL)
    return NULL;

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  client_name = blank || self->client == NULL ? NULL : cb_client_dup_display_name (self->client);
  context.practice_name = practice != NULL ? cb_practice_get_name (practice) : NULL;
  context.client_name = client_name;
  context.blank = blank;
  context.include_private = !blank && include_private (self);

  /* A blank record to fill in by hand, with the sections of this one's guide. */
  if (blank)
    {
      empty = cb_meeting_new ();
      cb_meeting_set_guide (empty, cb_meeting_get_guide (self->meeting));
    }

  return cb_document_describe_form (CB_DOCUMENT (blank ? empty : self->meeting), &context);
}

void
cb_meetings_page_export_pdf (CbMeetingsPage *self,
                             GFile          *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_MEETINGS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->meeting != NULL);

  form = cb_meetings_page_describe (self, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}
