/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-meeting.h"

G_BEGIN_DECLS

#define CB_TYPE_MEETING_EDITOR (cb_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbMeetingEditor, cb_meeting_editor, CB, MEETING_EDITOR, AdwBin)

/* The Record of Meeting, section by section in the order of the meeting's
 * field table: rows from cb-field-row.h for the fields, and views of their
 * own where a better interaction exists: the open actions carried over
 * from earlier meetings (ticked here, done in the meeting that agreed
 * them), the actions agreed (a list of CbActionRow), the guide chosen for
 * the conversation (GROW with Resource 12's questions and the 1–10
 * commitment, OSKAR with its two scales, three-stage mentoring; "None"
 * shows none of them) and the private notes, marked as such.
 * "Add Action" and each row's remove button use "view.add-action" and
 * "view.remove-action", which the page showing the editor provides. */
GtkWidget   *cb_meeting_editor_new             (void);
CbMeeting   *cb_meeting_editor_get_meeting     (CbMeetingEditor *self);
void         cb_meeting_editor_set_meeting     (CbMeetingEditor *self,
                                                CbClient        *client,
                                                CbMeeting       *meeting);
/* The row of a field by JSON name, or NULL (see cb_field_row_get_editor()). */
GtkWidget   *cb_meeting_editor_get_row         (CbMeetingEditor *self,
                                                const char      *field_name);
GtkWidget   *cb_meeting_editor_get_editor      (CbMeetingEditor *self,
                                                const char      *field_name);
/* The actions agreed, one CbActionRow each. */
GtkListBox  *cb_meeting_editor_get_actions_list (CbMeetingEditor *self);
/* The open actions carried over, one row each, with its check button. */
GtkListBox  *cb_meeting_editor_get_carried_list (CbMeetingEditor *self);
GtkCheckButton *cb_meeting_editor_get_carried_check (CbMeetingEditor *self,
                                                     const char      *action_id);
/* The commitment buttons, 1–10. */
GtkToggleButton *cb_meeting_editor_get_commitment_button (CbMeetingEditor *self,
                                                          int              rating);
GtkRange    *cb_meeting_editor_get_scale       (CbMeetingEditor *self,
                                                const char      *field_name);
/* The preferences group of a field, or NULL. */
GtkWidget   *cb_meeting_editor_get_group_of    (CbMeetingEditor *self,
                                                const char      *field_name);
void         cb_meeting_editor_scroll_to       (CbMeetingEditor *self,
                                                GtkWidget       *widget);

G_END_DECLS
