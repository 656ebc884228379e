/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_MEETINGS_PAGE (cb_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (CbMeetingsPage, cb_meetings_page, CB, MEETINGS_PAGE, CbDocumentPage)

/* A client's meetings (CbDocumentPage): a new meeting follows the last
 * one (cb_meeting_new_following()); the open meeting is shown in a
 * CbMeetingEditor, whose "Add Action" and remove buttons use
 * "view.add-action" and "view.remove-action" (s: the action's id); the
 * help is GROW and OSKAR's when the meeting follows a guide. */

G_END_DECLS
