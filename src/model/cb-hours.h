/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-client.h"
#include "cb-practice.h"

G_BEGIN_DECLS

/* The coach's practice hours, counted from the meetings of a practice
 * (FORMS.md §11), and their progress towards the ICF credentials.
 *
 * What counts. A meeting counts when it has a date, that date is not
 * after today, and it is not before the practice's hours start date
 * (cb_practice_get_hours_start_date(): the start of coach-specific
 * training; none set: every meeting). A counted meeting gives its length
 * (length_minutes); a meeting without a length counts nothing (no hours,
 * no client) and is reported. Meetings without a date, before the start
 * date or still to come are not counted, and are reported too.
 *
 * Defaults, reported rather than silent: a meeting whose payment is not
 * recorded counts as paid; one whose attendance is not recorded counts as
 * individual; a group meeting without its number counts as one client.
 *
 * Clients, as the ICF counts them (each member of a group is a client):
 * each client record with a counted meeting counts as the largest number
 * of people it was met as: 1 for a record met only alone, N for a record
 * met as a group of N (the largest N of its group meetings, so meeting the
 * same group again does not count its members again). A record met both
 * alone and in a group counts the group's N, the person met alone being
 * one of the group. The practice's clients are the sum over its records.
 *
 * The last 18 months: meetings dated on or after the same day 18 months
 * before today (GLib's month arithmetic: from 31 August back to the end of
 * February, the 29th in a leap year) and not after today.
 *
 * Hours are kept in minutes and shown in hours (minutes / 60). */

#define CB_TYPE_HOURS      (cb_hours_get_type ())
#define CB_TYPE_HOURS_YEAR (cb_hours_year_get_type ())

G_DECLARE_FINAL_TYPE (CbHours, cb_hours, CB, HOURS, GObject)
G_DECLARE_FINAL_TYPE (CbHoursYear, cb_hours_year, CB, HOURS_YEAR, GObject)

/* The months of the recent-hours requirements. */
#define CB_HOURS_RECENT_MONTHS 18

typedef enum
{
  CB_REQUIREMENT_HOURS,          /* hours of coaching */
  CB_REQUIREMENT_PAID_HOURS,     /* of which paid */
  CB_REQUIREMENT_CLIENTS,        /* clients */
  CB_REQUIREMENT_RECENT_HOURS,   /* hours in the last 18 months */
  CB_N_REQUIREMENTS
} CbRequirement;

/* A credential and what it asks for; 0: no such requirement. */
typedef struct
{
  const char *name;       /* "ACC" */
  const char *title;      /* translatable (N_()): "Associate Certified Coach" */
  guint       needs[CB_N_REQUIREMENTS];
} CbCredential;

/* The ICF credentials, as the issue states them: ACC 100 h, 75 paid,
 * 8 clients, 25 h in the last 18 months; PCC 500 h, 450 paid, 25 clients,
 * 50 h in the last 18 months; MCC 2,500 h, 2,250 paid, 35 clients. */
const CbCredential *cb_hours_get_credentials (guint *n_credentials);

/* What was not counted, or counted by a default. */
typedef struct
{
  guint n_counted;            /* meetings whose hours count (with a length) */
  guint n_no_length;          /* counted as 0: no length recorded */
  guint n_no_date;            /* not counted: no date */
  guint n_before_start;       /* not counted: before the hours start date */
  guint n_future;             /* not counted yet: after today */
  guint n_payment_default;    /* counted as paid: not recorded */
  guint n_attendance_default; /* counted as individual: not recorded */
  guint n_group_size_default; /* group, counted as one client: no number */
  guint n_unnamed_clients;    /* client records in the log not to be named */
  guint n_not_asked;          /* of those, never asked */
  gint64 unnamed_minutes;     /* their hours */
} CbHoursReport;

/* One line of the coaching log: a client record's counted meetings of
 * one kind (a record met alone and in a group has a line for each). */
typedef struct
{
  CbClient *client;          /* held */
  gboolean  named;           /* the client agreed to be named */
  gboolean  group;
  guint     number_in_group; /* the largest recorded, 0: none recorded (or individual) */
  GDate     start;           /* first and last counted meeting */
  GDate     end;
  gint64    paid_minutes;
  gint64    pro_bono_minutes;
} CbHoursLogRow;

/* The hours of @practice as they stand, counted once; @today (NULL: the
 * local date) is the day the counting is for. */
CbHours            *cb_hours_new                 (CbPractice    *practice,
                                                  const GDate   *today);
/* The hours of @practice, kept up to date as meetings, clients and the
 * practice's settings change (recounted shortly after, one client at a
 * time) and as days pass; ::changed follows each recount. */
CbHours            *cb_hours_new_live            (CbPractice    *practice);
/* Recounts now what changed (a live count does it by itself shortly after). */
void                cb_hours_refresh             (CbHours       *self);

CbPractice         *cb_hours_get_practice        (CbHours       *self);
/* The day counted for, and the first day of the last 18 months. */
void                cb_hours_get_today           (CbHours       *self,
                                                  GDate         *today);
void                cb_hours_get_recent_start    (CbHours       *self,
                                                  GDate         *start);

gint64              cb_hours_get_minutes         (CbHours       *self);
gint64              cb_hours_get_paid_minutes    (CbHours       *self);
gint64              cb_hours_get_pro_bono_minutes (CbHours      *self);
gint64              cb_hours_get_recent_minutes  (CbHours       *self);
guint               cb_hours_get_n_clients       (CbHours       *self);
const CbHoursReport *cb_hours_get_report         (CbHours       *self);

/* What @self has of @requirement: hours, or clients. */
double              cb_hours_get_value           (CbHours       *self,
                                                  CbRequirement  requirement);
/* Progress towards one requirement of @credential, 0 to 1 (1 when met
 * or not required). */
double              cb_hours_get_progress        (CbHours            *self,
                                                  const CbCredential *credential,
                                                  CbRequirement       requirement);
/* Whether every requirement of @credential is met. */
gboolean            cb_hours_meets               (CbHours            *self,
                                                  const CbCredential *credential);

/* The lines of the coaching log, ordered by first meeting, then name;
 * a new array (free with g_ptr_array_unref()). */
GPtrArray          *cb_hours_list_log            (CbHours       *self);

/* Minutes as hours: 90 → 1.5. */
double              cb_hours_from_minutes        (gint64         minutes);

/* CbHours is a GListModel of CbHoursYear, newest year first: the years
 * with counted meetings. */
int                 cb_hours_year_get_year       (CbHoursYear   *self);
gint64              cb_hours_year_get_paid_minutes     (CbHoursYear *self);
gint64              cb_hours_year_get_pro_bono_minutes (CbHoursYear *self);
guint               cb_hours_year_get_n_meetings (CbHoursYear   *self);

G_END_DECLS
