/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-meeting-editor.h"
#include "cb-meeting.h"

G_BEGIN_DECLS

#define CB_TYPE_MEETINGS_PAGE (cb_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (CbMeetingsPage, cb_meetings_page, CB, MEETINGS_PAGE, AdwBin)

/* A client's meetings: the list, newest first, or an explanation and a
 * New Meeting button when there are none; and the open meeting in a
 * CbMeetingEditor. Its actions ("meeting.new", ".close", ".print",
 * ".export-pdf", ".print-blank", ".include-private" (a boolean state, off
 * until the coach ticks it), ".add-action", ".remove-action") are in
 * cb_meetings_page_get_actions(), which the window also inserts so its
 * header bar can offer them. */
GtkWidget       *cb_meetings_page_new          (void);
CbClient        *cb_meetings_page_get_client   (CbMeetingsPage *self);
void             cb_meetings_page_set_client   (CbMeetingsPage *self,
                                                CbClient       *client);
GActionGroup    *cb_meetings_page_get_actions  (CbMeetingsPage *self);
/* The meetings shown, in order (CbMeeting). */
GListModel      *cb_meetings_page_get_meetings (CbMeetingsPage *self);
GtkListBox      *cb_meetings_page_get_list_box (CbMeetingsPage *self);
/* "empty", "list" or "editor". */
const char      *cb_meetings_page_get_view     (CbMeetingsPage *self);

/* What "New Meeting" does: the next meeting with the client, pre-filled
 * from the last one (cb_meeting_new_following()), added and opened. */
CbMeeting       *cb_meetings_page_new_meeting  (CbMeetingsPage *self,
                                                GDateTime      *now);
CbMeeting       *cb_meetings_page_get_meeting  (CbMeetingsPage *self);
void             cb_meetings_page_open         (CbMeetingsPage *self,
                                                CbMeeting      *meeting);
void             cb_meetings_page_close        (CbMeetingsPage *self);
CbMeetingEditor *cb_meetings_page_get_editor   (CbMeetingsPage *self);
/* What "Export as PDF…" does once a file is chosen; private notes only
 * when "meeting.include-private" is on. */
void             cb_meetings_page_export_pdf   (CbMeetingsPage *self,
                                                GFile          *file);
/* The form printed or exported for the open meeting. */
CbForm          *cb_meetings_page_describe     (CbMeetingsPage *self,
                                                gboolean        blank);

G_END_DECLS
