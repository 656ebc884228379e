/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sample-cpd"

#include "config.h"

#include "cb-cpd-entry.h"
#include "cb-meeting.h"
#include "cb-sample.h"

/* The sample coach's CPD log and practice hours: a year of formal and
 * informal learning, and the sample meetings marked paid or pro bono,
 * individual or group, with a few earlier meetings so the Hours view has
 * something to count, all relative to now. */

typedef struct
{
  int         days;      /* from now */
  const char *activity;
  CbCpdKind   kind;
  double      hours;
  const char *provider;
  const char *learned;
} SampleCpd;

static const SampleCpd cpd[] = {
  { -352, "Coaching skills foundation course, module 1: contracting and ethics", CB_CPD_KIND_FORMAL, 14,
    "Northern School of Coaching",
    "How to contract at the start of a relationship and revisit it; where confidentiality ends and when a line manager may be told." },
  { -318, "Reading: “Coaching for Performance” (Whitmore), chapters 1–6", CB_CPD_KIND_INFORMAL, 6.5,
    "Self-directed",
    "The GROW model in its own words; asking rather than telling; awareness and responsibility as the aim of a session." },
  { -290, "Coaching skills foundation course, module 2: questioning and listening", CB_CPD_KIND_FORMAL, 14,
    "Northern School of Coaching",
    "Levels of listening; open questions that start with what and how; leaving silence for the client to fill." },
  { -251, "Peer supervision with two other coaches", CB_CPD_KIND_INFORMAL, 1.5,
    "Coaching peer group, Leeds",
    "Brought a session where I gave advice too soon; the group helped me see I wanted the client to like me." },
  { -210, "Webinar: coaching across cultures", CB_CPD_KIND_FORMAL, 1.25,
    "Association for Coaching",
    "Directness, hierarchy and time differ between cultures; check my own assumptions before naming a client’s “block”." },
  { -177, "Observed coaching session with feedback", CB_CPD_KIND_FORMAL, 2,
    "Northern School of Coaching (assessor: R. Haddad)",
    "Feedback: good rapport and summarising; too many closed questions in the Options stage." },
  { -140, "Reflective writing after ending a mentoring relationship", CB_CPD_KIND_INFORMAL, 0.75,
    "Self-directed",
    "Ending well takes planning: the review form, a last session on what comes next and a clear goodbye." },
  { -96, "Workshop: solutions-focused coaching and OSKAR", CB_CPD_KIND_FORMAL, 3.5,
    "Solutions Focus Network",
    "Scaling questions and the “platform”: what is already working; small next steps." },
  { -61, "Peer supervision with two other coaches", CB_CPD_KIND_INFORMAL, 1.5,
    "Coaching peer group, Leeds",
    "Talked through a reverse mentoring group: keep the pairs apart and give every manager a first step." },
  { -25, "Mentoring in the NHS: conference day", CB_CPD_KIND_FORMAL, 6,
    "Regional NHS Leadership Academy",
    "Mentoring schemes for new ward managers; protecting time for development on busy wards." },
  { -8, "Reading: articles on compassionate leadership", CB_CPD_KIND_INFORMAL, 2.25,
    "Self-directed",
    "Material to share with a new ward manager; compassion and high standards go together." },
};

static char *
date_from_now (GDateTime *now,
               int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

void
cb_sample_add_cpd (CbPractice *practice,
                   GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;

  g_return_if_fail (CB_IS_PRACTICE (practice));

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  for (guint i = 0; i < G_N_ELEMENTS (cpd); i++)
    {
      g_autoptr(CbCpdEntry) entry = cb_cpd_entry_new ();
      g_autofree char *date = date_from_now (now, cpd[i].days);

      cb_cpd_entry_set_date (entry, date);
      cb_cpd_entry_set_activity (entry, cpd[i].activity);
      cb_cpd_entry_set_kind (entry, cpd[i].kind);
      cb_cpd_entry_set_hours (entry, cpd[i].hours);
      cb_cpd_entry_set_provider (entry, cpd[i].provider);
      cb_cpd_entry_set_learned (entry, cpd[i].learned);
      cb_practice_add_document (practice, CB_DOCUMENT (entry));
    }
}

static CbClient *
find_client (GPtrArray  *clients,
             const char *name)
{
  for (guint i = 0; i < clients->len; i++)
    if (g_strcmp0 (cb_client_get_name (g_ptr_array_index (clients, i)), name) == 0)
      return g_ptr_array_index (clients, i);

  g_critical ("Sample client %s is missing", name);
  return NULL;
}

/* An earlier meeting: when, how long and how it counts, and what it was
 * about (no actions, so nothing is carried over from it). */
static void
add_earlier_meeting (CbClient            *client,
                     GDateTime           *now,
                     int                  days,
                     int                  minutes,
                     CbMeetingMethod      method,
                     CbMeetingPayment     payment,
                     CbMeetingAttendance  attendance,
                     int                  group_size,
                     const char          *topics,
                     const char          *summary)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autofree char *date = date_from_now (now, days);

  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, "16:00");
  cb_meeting_set_length_minutes (meeting, minutes);
  cb_meeting_set_method (meeting, method);
  cb_meeting_set_payment (meeting, payment);
  cb_meeting_set_attendance (meeting, attendance);
  cb_meeting_set_group_size (meeting, group_size);
  cb_record_set_string (CB_RECORD (meeting), "topics", topics);
  cb_record_set_string (CB_RECORD (meeting), "summary", summary);
  cb_client_add_document (client, CB_DOCUMENT (meeting));
}

/* Marks every meeting of @client, as recorded so far. */
static void
mark_meetings (CbClient            *client,
               CbMeetingPayment     payment,
               CbMeetingAttendance  attendance,
               int                  group_size)
{
  g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);

  for (guint i = 0; i < meetings->len; i++)
    {
      CbMeeting *meeting = g_ptr_array_index (meetings, i);

      cb_meeting_set_payment (meeting, payment);
      cb_meeting_set_attendance (meeting, attendance);
      cb_meeting_set_group_size (meeting, group_size);
    }
}

void
cb_sample_add_hours (CbPractice *practice,
                     GPtrArray  *clients,
                     GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *start = NULL;
  CbClient *client;

  g_return_if_fail (CB_IS_PRACTICE (practice));
  g_return_if_fail (clients != NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  /* The coach's training began just before the first course module. */
  start = date_from_now (now, -360);
  cb_practice_set_hours_start_date (practice, start);
  cb_practice_set_log_unnamed (practice, CB_LOG_UNNAMED_ANONYMISE);

  if ((client = find_client (clients, "Priya Raman")) != NULL)
    {
      mark_meetings (client, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
      cb_record_set_enum (CB_RECORD (client), "log_consent", CB_LOG_CONSENT_YES);
    }

  if ((client = find_client (clients, "Tomasz Wiśniewski")) != NULL)
    {
      mark_meetings (client, CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
      cb_record_set_enum (CB_RECORD (client), "log_consent", CB_LOG_CONSENT_YES);
    }

  /* Daniel and the four managers: a group of five, for the charity, pro bono. */
  if ((client = find_client (clients, "Daniel Osei")) != NULL)
    {
      mark_meetings (client, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_GROUP, 5);
      add_earlier_meeting (client, now, -42, 90, CB_MEETING_METHOD_FACE_TO_FACE,
                           CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_GROUP, 5,
                           "First meeting of the reverse mentoring group: hopes and ground rules.",
                           "Daniel and the four managers agreed to meet every two weeks and to keep what is said in the room.");
      cb_record_set_enum (CB_RECORD (client), "log_consent", CB_LOG_CONSENT_YES);
    }

  /* Lena did not agree to be named: she appears as "Client N". */
  if ((client = find_client (clients, "Lena Fischer")) != NULL)
    {
      mark_meetings (client, CB_MEETING_PAYMENT_PRO_BONO, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0);
      cb_record_set_enum (CB_RECORD (client), "log_consent", CB_LOG_CONSENT_NO);
    }

  /* Gareth: monthly sessions before the last one, whose payment was never
   * recorded (counted as paid, and the Hours view says so). The first was
   * before the coach's training began, so it is not counted. */
  if ((client = find_client (clients, "Gareth Llewellyn")) != NULL)
    {
      static const int days[] = { -380, -320, -290, -260, -230 };

      for (guint i = 0; i < G_N_ELEMENTS (days); i++)
        add_earlier_meeting (client, now, days[i], 60,
                             i % 2 == 0 ? CB_MEETING_METHOD_FACE_TO_FACE : CB_MEETING_METHOD_TELEPHONE,
                             CB_MEETING_PAYMENT_PAID, CB_MEETING_ATTENDANCE_INDIVIDUAL, 0,
                             "Preparing for headship: governance, finance and interviews.",
                             "A monthly session on the next step towards headship.");
      cb_record_set_enum (CB_RECORD (client), "log_consent", CB_LOG_CONSENT_YES);
    }
}
