/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-action.h"
#include "cb-client.h"
#include "cb-document.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* The record of one meeting with a client (FORMS.md §4; 001 "Record of
 * Meeting", 003 Resource 13): type "coachbook.meeting", version 1, kept in
 * the client's "meetings" folder, dated by "date".
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   "date"                 DATE      YYYY-MM-DD
 *   "time"                 TIME      HH:MM
 *   "venue"                LINE
 *   "length_minutes"       INTEGER   0 = not given
 *   "method"               CHOICE    CbMeetingMethod: "face-to-face" |
 *                                    "telephone" | "video-call" |
 *                                    "messenger" | "email" | "other"
 *   group "hours", not printed (they count hours, see cb-hours.h):
 *   "payment"              CHOICE    CbMeetingPayment: "paid" | "pro-bono";
 *                                    absent: not recorded, counted as paid
 *   "attendance"           CHOICE    CbMeetingAttendance: "individual" |
 *                                    "group"; absent: not recorded, counted
 *                                    as individual
 *   "group_size"           INTEGER   clients in a group meeting; 0 = not
 *                                    recorded (counted as one)
 *   "achieved_since_last"  TEXT      actions/objectives achieved since the
 *                                    last meeting
 *   "carried_over"         LIST, not printed as a field: ids of the open
 *                                    actions of earlier meetings offered at
 *                                    this one (the printed form lists them
 *                                    with their ticks)
 *   "challenges"           TEXT      challenges, solutions and outstanding
 *                                    objectives
 *   "topics"               TEXT      topic(s) for this meeting
 *   "summary"              TEXT      summary of discussion
 *   "actions"              TABLE     rows of CbAction (see cb-action.h)
 *   "steps"                TEXT      steps for achieving objectives set at
 *                                    this meeting
 *   "next_topic"           TEXT      topic for next meeting
 *   "actions_before_next"  TEXT      actions before next meeting
 *   "resources_required"   TEXT
 *   "next_date"            DATE      next meeting
 *   "next_time"            TIME
 *   "next_venue"           LINE
 *   "guide"                CHOICE    CbMeetingGuide: "none" | "grow" |
 *                                    "oskar" | "three-stage"; the variant
 *                                    field: selects the groups below
 *   group "grow" (variant "grow"):
 *   "grow_goal", "grow_reality", "grow_options", "grow_way_forward"  TEXT
 *   "commitment"           INTEGER   0 = not rated, else 1–10
 *   "commitment_next_steps" TEXT     what still needs to happen to help
 *                                    increase motivation (asked below 7)
 *   group "oskar" (variant "oskar"):
 *   "oskar_outcome"        TEXT
 *   "oskar_scaling_now"    INTEGER   0–10
 *   "oskar_scaling_target" INTEGER   0–10
 *   "oskar_know_how", "oskar_affirm_action", "oskar_review"  TEXT
 *   group "three-stage" (variant "three-stage"):
 *   "exploration", "new_understanding", "action_planning"  TEXT
 *   "private_notes"        TEXT, PRIVATE: printed only when asked for
 */
#define CB_TYPE_MEETING (cb_meeting_get_type ())

G_DECLARE_FINAL_TYPE (CbMeeting, cb_meeting, CB, MEETING, CbDocument)

#define CB_MEETING_ERROR (cb_meeting_error_quark ())

typedef enum
{
  CB_MEETING_ERROR_OUT_OF_RANGE,   /* a rating outside its scale */
  CB_MEETING_ERROR_READ_ONLY,      /* opened from a newer version of Coachbook */
} CbMeetingError;

/* The commitment rating below which the coach is asked what still needs
 * to happen (003 Resource 12). */
#define CB_MEETING_COMMITMENT_THRESHOLD 7

/* The most clients a group meeting is counted as. */
#define CB_MEETING_GROUP_SIZE_MAX 1000

GQuark          cb_meeting_error_quark          (void);

/* An empty record: no date, face to face, no guide, no actions. */
CbMeeting      *cb_meeting_new                  (void);
/* The next meeting with @client, pre-filled: date today and the time
 * rounded to the nearest quarter hour (from @now, NULL: the local time);
 * venue, method and length copied from the client's latest meeting; and
 * carried_over holding the ids of every still-open action of the client's
 * earlier meetings. achieved_since_last is left for the coach. The meeting
 * is not added to the client. */
CbMeeting      *cb_meeting_new_following        (CbClient        *client,
                                                 GDateTime       *now);

const char     *cb_meeting_get_date             (CbMeeting       *self);
void            cb_meeting_set_date             (CbMeeting       *self,
                                                 const char      *date);
const char     *cb_meeting_get_time             (CbMeeting       *self);
void            cb_meeting_set_time             (CbMeeting       *self,
                                                 const char      *time);
const char     *cb_meeting_get_venue            (CbMeeting       *self);
void            cb_meeting_set_venue            (CbMeeting       *self,
                                                 const char      *venue);
int             cb_meeting_get_length_minutes   (CbMeeting       *self);
void            cb_meeting_set_length_minutes   (CbMeeting       *self,
                                                 int              minutes);
CbMeetingMethod cb_meeting_get_method           (CbMeeting       *self);
void            cb_meeting_set_method           (CbMeeting       *self,
                                                 CbMeetingMethod  method);
/* How the meeting counts in the coach's hours (cb-hours.h). A new
 * following meeting copies them from the latest. */
CbMeetingPayment    cb_meeting_get_payment      (CbMeeting           *self);
void                cb_meeting_set_payment      (CbMeeting           *self,
                                                 CbMeetingPayment     payment);
CbMeetingAttendance cb_meeting_get_attendance   (CbMeeting           *self);
void                cb_meeting_set_attendance   (CbMeeting           *self,
                                                 CbMeetingAttendance  attendance);
/* 0 (not recorded) to CB_MEETING_GROUP_SIZE_MAX; others are clamped. */
int                 cb_meeting_get_group_size   (CbMeeting           *self);
void                cb_meeting_set_group_size   (CbMeeting           *self,
                                                 int                  size);
CbMeetingGuide  cb_meeting_get_guide            (CbMeeting       *self);
void            cb_meeting_set_guide            (CbMeeting       *self,
                                                 CbMeetingGuide   guide);
const char     *cb_meeting_get_next_date        (CbMeeting       *self);
void            cb_meeting_set_next_date        (CbMeeting       *self,
                                                 const char      *date);
const char     *cb_meeting_get_next_time        (CbMeeting       *self);
void            cb_meeting_set_next_time        (CbMeeting       *self,
                                                 const char      *time);
const char     *cb_meeting_get_next_venue       (CbMeeting       *self);
void            cb_meeting_set_next_venue       (CbMeeting       *self,
                                                 const char      *venue);

/* The date as a GDate; FALSE when the meeting has none. */
gboolean        cb_meeting_get_gdate            (CbMeeting       *self,
                                                 GDate           *date);
gboolean        cb_meeting_get_next_gdate       (CbMeeting       *self,
                                                 GDate           *date);

/* GROW commitment, 0 (not rated) or 1–10. Refuses anything else, leaving
 * the rating as it was. */
int             cb_meeting_get_commitment       (CbMeeting       *self);
gboolean        cb_meeting_set_commitment       (CbMeeting       *self,
                                                 int              rating,
                                                 GError         **error);
/* Rated, and below 7: time to ask what still needs to happen. */
gboolean        cb_meeting_commitment_needs_more (CbMeeting      *self);

/* OSKAR scaling, 0–10 each. Refuses anything else. */
int             cb_meeting_get_scaling_now      (CbMeeting       *self);
int             cb_meeting_get_scaling_target   (CbMeeting       *self);
gboolean        cb_meeting_set_scaling          (CbMeeting       *self,
                                                 int              now,
                                                 int              target,
                                                 GError         **error);

/* The actions agreed, a GListModel of CbAction. */
GListModel     *cb_meeting_get_actions          (CbMeeting       *self);
/* Appends a new action (with a fresh id) and returns it (borrowed: the
 * table holds it), or NULL when the meeting cannot be edited. */
CbAction       *cb_meeting_add_action           (CbMeeting       *self,
                                                 const char      *action,
                                                 CbActionOwner    owner,
                                                 const char      *due_date);
void            cb_meeting_remove_action        (CbMeeting       *self,
                                                 CbAction        *action);

/* The ids of the earlier actions offered at this meeting: a new
 * NULL-terminated array, never NULL. */
GStrv           cb_meeting_dup_carried_over     (CbMeeting       *self);
void            cb_meeting_set_carried_over     (CbMeeting       *self,
                                                 const char * const *ids);

/* Finds the action @action_id among @client's meetings; @owner (optional)
 * receives the meeting where it was agreed. Borrowed, or NULL. */
CbAction       *cb_meeting_find_action          (CbClient        *client,
                                                 const char      *action_id,
                                                 CbMeeting      **owner);
/* Ticks (or unticks) a carried-over action: the ORIGINAL row, in the
 * meeting where the action was agreed, is changed, so that meeting is the
 * one edited (dirty, ::changed, ::child-changed). @today (NULL: the local
 * date) becomes its done_date. Nothing happens when the action is unknown. */
void            cb_meeting_tick_carried_over    (CbMeeting       *self,
                                                 CbClient        *client,
                                                 const char      *action_id,
                                                 gboolean         done,
                                                 GDate           *today);

/* @client's meetings, newest first (by date, then time, then created);
 * a new array of references. */
GPtrArray      *cb_client_list_meetings         (CbClient        *client);
/* The newest meeting of @client, or NULL (borrowed). */
CbMeeting      *cb_client_get_latest_meeting    (CbClient        *client);

G_END_DECLS
