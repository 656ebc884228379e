/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-application.h"
#include "cb-client-page.h"
#include "cb-practice.h"
#include "cb-profile-page.h"
#include "cb-search-page.h"
#include "cb-sidebar.h"
#include "cb-today-page.h"
#include "cb-welcome-page.h"

G_BEGIN_DECLS

#define CB_TYPE_WINDOW (cb_window_get_type ())

G_DECLARE_FINAL_TYPE (CbWindow, cb_window, CB, WINDOW, AdwApplicationWindow)

CbWindow      *cb_window_new              (CbApplication *application);
CbPractice    *cb_window_get_practice     (CbWindow      *self);
/* Shows @practice, reading its clients off the main thread if needed. */
void           cb_window_open_practice    (CbWindow      *self,
                                           CbPractice    *practice);
/* The help page (help:coachbook/PAGE) for what the window shows. */
const char    *cb_window_get_help_page    (CbWindow      *self);
/* What the window shows: "loading", "welcome", or, with a practice open,
 * the content pane's "loading", "empty", "client", "profile", "today",
 * "search" or "me-<folder>". */
const char    *cb_window_get_view         (CbWindow      *self);
/* Takes ownership of @toast. */
void           cb_window_add_toast        (CbWindow      *self,
                                           AdwToast      *toast);
/* The last toast shown, while it is shown, or NULL. */
AdwToast      *cb_window_get_last_toast   (CbWindow      *self);

CbSidebar     *cb_window_get_sidebar      (CbWindow      *self);
CbWelcomePage *cb_window_get_welcome_page (CbWindow      *self);
CbClientPage  *cb_window_get_client_page  (CbWindow      *self);
CbProfilePage *cb_window_get_profile_page (CbWindow      *self);
CbTodayPage   *cb_window_get_today_page   (CbWindow      *self);
CbSearchPage  *cb_window_get_search_page  (CbWindow      *self);
/* The practice's search index, or NULL without a practice. */
CbSearchIndex *cb_window_get_search_index (CbWindow      *self);
/* The practice's Today model, or NULL without a practice. */
CbToday       *cb_window_get_today        (CbWindow      *self);
void           cb_window_show_today       (CbWindow      *self);
/* What "Export Upcoming Meetings…" does once a file is chosen: writes the
 * practice's booked meetings as an iCalendar file off the main thread,
 * then a toast says "Saved …" or gives the error. */
void           cb_window_export_ics       (CbWindow      *self,
                                           GFile         *file);

G_END_DECLS
