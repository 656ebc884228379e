/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-action.h"
#include "cb-meeting.h"
#include "cb-practice.h"

G_BEGIN_DECLS

typedef enum
{
  CB_TODAY_ITEM_MEETING_TODAY,     /* a meeting dated today */
  CB_TODAY_ITEM_ACTION_OVERDUE,    /* an open action due before today */
  CB_TODAY_ITEM_MEETING_UPCOMING,  /* a meeting in the next 7 days */
  CB_TODAY_ITEM_ACTION_DUE,        /* an open action due today..today+7 */
} CbTodayItemKind;

#define CB_TYPE_TODAY_ITEM_KIND (cb_today_item_kind_get_type ())
GType cb_today_item_kind_get_type (void) G_GNUC_CONST;

/* One line of Today. Immutable: an edit replaces the item. */
#define CB_TYPE_TODAY_ITEM (cb_today_item_get_type ())

G_DECLARE_FINAL_TYPE (CbTodayItem, cb_today_item, CB, TODAY_ITEM, GObject)

CbTodayItemKind  cb_today_item_get_kind     (CbTodayItem *self);
/* The meeting's (or booking's) date, or the action's due date. */
const GDate     *cb_today_item_get_date     (CbTodayItem *self);
/* "HH:MM", or "" when not known (always "" for actions). */
const char      *cb_today_item_get_time     (CbTodayItem *self);
/* The venue of the meeting or booking, or "". */
const char      *cb_today_item_get_venue    (CbTodayItem *self);
CbClient        *cb_today_item_get_client   (CbTodayItem *self);
/* The meeting document: the meeting itself, the meeting that booked the
 * next meeting, or the meeting where the action was agreed. */
CbMeeting       *cb_today_item_get_meeting  (CbTodayItem *self);
/* The action row, or NULL for a meeting. */
CbAction        *cb_today_item_get_action   (CbTodayItem *self);
/* TRUE for a next-meeting booking with no meeting document of its own. */
gboolean         cb_today_item_get_is_booking (CbTodayItem *self);
/* A title to show: "Meeting with Ana" or the action's text. */
const char      *cb_today_item_get_title    (CbTodayItem *self);

/* Today: what needs the coach's attention across a practice, a GListModel
 * of CbTodayItem. In order: today's meetings by time, overdue actions of
 * active clients due in the last CB_TODAY_OVERDUE_DAYS by due date,
 * upcoming meetings (the next 7 days) by date and time, actions of active
 * clients due within the week by due date. Actions overdue for longer are
 * counted ("n-older-overdue") and listed on request. Kept up to date as
 * meetings, actions and clients change, one client at a time; a whole
 * practice is gone through in slices that each take less than a frame
 * ("loading" is TRUE meanwhile), its lines coming into the list at once
 * at the end. */
#define CB_TYPE_TODAY (cb_today_get_type ())

G_DECLARE_FINAL_TYPE (CbToday, cb_today, CB, TODAY, GObject)

/* The days after today that count as "upcoming" and "due this week". */
#define CB_TODAY_DAYS_AHEAD 7
/* The days before today in which an overdue action is shown; older ones
 * are counted. */
#define CB_TODAY_OVERDUE_DAYS 28

CbToday         *cb_today_new               (CbPractice  *practice);
CbPractice      *cb_today_get_practice      (CbToday     *self);
/* The date taken as today. Until one is set it follows the local date,
 * moving on at midnight. */
const GDate     *cb_today_get_date          (CbToday     *self);
/* Fixes "today" (for tests); NULL goes back to following the local date. */
void             cb_today_set_date          (CbToday     *self,
                                             const GDate *date);

/* TRUE while clients are still being gone through. */
gboolean         cb_today_get_loading       (CbToday     *self);
/* Open actions of active clients overdue for more than CB_TODAY_OVERDUE_DAYS. */
guint            cb_today_get_n_older_overdue (CbToday   *self);
/* Those actions, oldest first, as CbTodayItem (kind ACTION_OVERDUE), kept
 * up to date; its items are made as they are asked for (owned by @self). */
GListModel      *cb_today_get_older_overdue (CbToday     *self);
/* Marks every one of them done, a slice at a time; returns them (held),
 * for cb_today_reopen_actions() to undo it. */
GPtrArray       *cb_today_close_older_overdue (CbToday   *self);
void             cb_today_reopen_actions    (CbToday     *self,
                                             GPtrArray   *actions);
/* TRUE while actions are being closed or reopened. */
gboolean         cb_today_get_busy          (CbToday     *self);

/* The meetings booked with @client from @from to @until (NULL: no end),
 * as CbTodayItem: its meeting documents dated in that span, and the next
 * meeting booked at its latest meeting when no meeting document exists for
 * that date. Kind MEETING_TODAY for @from, else MEETING_UPCOMING; sorted
 * by date and time. Shared by Today and the calendar export. */
GPtrArray       *cb_today_collect_meetings  (CbClient    *client,
                                             const GDate *from,
                                             const GDate *until);

G_END_DECLS
