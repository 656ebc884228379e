/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-meetings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-action-row.h"
#include "cb-meeting-editor.h"
#include "cb-meetings-page.h"

struct _CbMeetingsPage
{
  CbDocumentPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CbMeetingsPage, cb_meetings_page, CB_TYPE_DOCUMENT_PAGE)

static CbMeeting *
open_meeting (CbMeetingsPage *self)
{
  CbDocument *document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));

  return document != NULL ? CB_MEETING (document) : NULL;
}

static CbMeetingEditor *
get_editor (CbMeetingsPage *self)
{
  return CB_MEETING_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (self)));
}

/* Actions */

static void
add_action_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbMeetingsPage *self = user_data;
  CbMeeting *meeting = open_meeting (self);
  GtkListBoxRow *row;
  guint n;

  if (meeting == NULL)
    return;

  cb_meeting_add_action (meeting, "", CB_ACTION_OWNER_CLIENT, NULL);

  n = g_list_model_get_n_items (cb_meeting_get_actions (meeting));
  row = gtk_list_box_get_row_at_index (cb_meeting_editor_get_actions_list (get_editor (self)), n - 1);
  if (CB_IS_ACTION_ROW (row))
    cb_action_row_focus (CB_ACTION_ROW (row));
}

static void
remove_action_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbMeeting *meeting = open_meeting (CB_MEETINGS_PAGE (user_data));
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *actions;

  if (meeting == NULL)
    return;

  actions = cb_meeting_get_actions (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CbAction) item = g_list_model_get_item (actions, i);

      if (g_strcmp0 (cb_action_get_id (item), id) == 0)
        {
          cb_meeting_remove_action (meeting, item);
          return;
        }
    }
}

static const GActionEntry meeting_actions[] = {
  { "add-action", add_action_action, NULL, NULL, NULL },
  { "remove-action", remove_action_action, "s", NULL, NULL },
};

/* CbDocumentPage */

static CbDocument *
cb_meetings_page_create_document (CbDocumentPage *page,
                                  const char     *kind)
{
  CbDocument *owner = cb_document_page_get_owner (page);

  return CB_DOCUMENT (cb_meeting_new_following (CB_CLIENT (owner), NULL));
}

static GtkWidget *
cb_meetings_page_create_editor (CbDocumentPage *page)
{
  return cb_meeting_editor_new ();
}

static void
cb_meetings_page_set_editor_document (CbDocumentPage *page,
                                      GtkWidget      *editor,
                                      CbDocument     *document)
{
  CbDocument *owner = cb_document_page_get_owner (page);

  cb_meeting_editor_set_meeting (CB_MEETING_EDITOR (editor),
                                 document != NULL && CB_IS_CLIENT (owner) ? CB_CLIENT (owner) : NULL,
                                 document != NULL ? CB_MEETING (document) : NULL);
}

static void
cb_meetings_page_document_opened (CbDocumentPage *page,
                                  CbDocument     *document,
                                  gboolean        is_new)
{
  GtkWidget *row;

  /* Straight to what the meeting was about. */
  if (is_new && (row = cb_meeting_editor_get_editor (get_editor (CB_MEETINGS_PAGE (page)), "topics")) != NULL)
    gtk_widget_grab_focus (row);
}

static void
cb_meetings_page_bind_row (CbDocumentPage *page,
                           CbDocumentRow  *row,
                           CbDocument     *document)
{
  CbMeeting *meeting = CB_MEETING (document);
  g_autofree char *date = cb_format_date (cb_meeting_get_date (meeting));
  g_autofree char *time = cb_format_time (cb_meeting_get_time (meeting));
  g_autofree char *title = NULL;
  g_autofree char *topic = cb_text_dup_first_line (cb_record_get_string (CB_RECORD (meeting), "topics"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  int minutes = cb_meeting_get_length_minutes (meeting);
  CbMeetingGuide guide = cb_meeting_get_guide (meeting);

  if (date != NULL && time != NULL)
    /* Translators: a meeting in a list: its date, then its time */
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

  cb_document_row_set_icon_name (row, "x-office-calendar-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, subtitle->str);
  cb_document_row_set_pill (row,
                            guide != CB_MEETING_GUIDE_NONE ? cb_enum_get_label (CB_TYPE_MEETING_GUIDE, guide) : NULL,
                            "cb-guide-pill");
}

/* A blank record to fill in by hand, with the sections of the open one's guide. */
static CbDocument *
cb_meetings_page_create_blank (CbDocumentPage *page,
                               CbDocument     *open)
{
  CbMeeting *blank = cb_meeting_new ();

  if (open != NULL)
    cb_meeting_set_guide (blank, cb_meeting_get_guide (CB_MEETING (open)));

  return CB_DOCUMENT (blank);
}

static void
cb_meetings_page_update_actions (CbDocumentPage *page)
{
  gboolean editable = cb_document_page_get_editable (page);

  cb_document_page_set_action_enabled (page, "add-action", editable);
  cb_document_page_set_action_enabled (page, "remove-action", editable);
}

static const char *
cb_meetings_page_get_help_page (CbDocumentPage *page)
{
  CbMeeting *meeting = open_meeting (CB_MEETINGS_PAGE (page));

  if (meeting != NULL && cb_meeting_get_guide (meeting) != CB_MEETING_GUIDE_NONE)
    return "grow-oskar";

  return "meetings";
}

static void
cb_meetings_page_class_init (CbMeetingsPageClass *klass)
{
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  page_class->document_type = CB_TYPE_MEETING;
  page_class->empty_title = N_("No Meetings Yet");
  page_class->empty_description = N_("Log each meeting while it is fresh: what you talked about, what you agreed to do and when you meet next. The next record starts from the last one.");
  page_class->list_description = N_("Newest first. A new meeting starts with the last one’s venue and way of meeting, and the actions still open.");
  page_class->new_label = N_("_New Meeting");
  page_class->new_tooltip = N_("Log a New Meeting");

  page_class->create_document = cb_meetings_page_create_document;
  page_class->create_editor = cb_meetings_page_create_editor;
  page_class->set_editor_document = cb_meetings_page_set_editor_document;
  page_class->document_opened = cb_meetings_page_document_opened;
  page_class->bind_row = cb_meetings_page_bind_row;
  page_class->create_blank = cb_meetings_page_create_blank;
  page_class->update_actions = cb_meetings_page_update_actions;
  page_class->get_help_page = cb_meetings_page_get_help_page;
}

static void
cb_meetings_page_init (CbMeetingsPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), meeting_actions, G_N_ELEMENTS (meeting_actions));
}
