/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement.h"
#include "cb-meeting.h"
#include "cb-evaluation.h"   /* referrals and evaluations */
#include "cb-referral.h"     /* referrals and evaluations */
#include "cb-sample.h"

/* All people and organisations here are invented. E-mail addresses use the
 * reserved example.org domain and telephone numbers the UK's drama range. */

typedef struct
{
  const char *name;
  const char *value;
} Pair;

static void
set_strings (CbRecord   *record,
             const Pair *pairs,
             guint       n_pairs)
{
  for (guint i = 0; i < n_pairs; i++)
    cb_record_set_string (record, pairs[i].name, pairs[i].value);
}

void
cb_sample_fill_coach_profile (CbCoachProfile *profile)
{
  static const Pair pairs[] = {
    { "name", "Morgan Ellery" },
    { "current_role", "Independent leadership coach and mentor" },
    { "location", "Ellery Coaching, Leeds" },
    { "telephone", "0113 496 0123" },
    { "work_mobile", "07700 900461" },
    { "email", "morgan@ellery-coaching.example.org" },
    { "role_description", "I coach first-time managers and senior specialists in the public and voluntary sectors, and mentor new coaches working towards their qualification. Most of my clients come through their employer's development programme; some come to me privately when they are changing direction." },
    { "previous_experience", "Twelve years in hospital operations management, the last four as head of a department of ninety staff, where I set up the trust's first peer mentoring scheme." },
    { "qualifications", "Level 5 Certificate in Coaching and Mentoring; member of a professional coaching body; interested in reflective practice and learning styles." },
    { "coaching_experience", "Over 600 hours of one-to-one coaching since 2019, plus group mentoring for new managers." },
    { "other_information", "I keep a learning journal and have regular supervision with a senior coach." },
    { "why_coach", "Because the best manager I ever had coached me, and I saw how much more people achieve when someone listens carefully and asks the right question." },
    { "style", "Warm, direct and structured. I use GROW for most sessions and OSKAR when a client is stuck; I challenge, but always with permission." },
    { "self_development", "Supervision every month, a reflective journal after each session, and at least thirty hours of CPD a year." },
    { "business_issues", "Stepping up into a first management role, leading through change, confidence and influence, and returning to work after a career break." },
    { "session_methods", "Mostly in person or by video call, with short e-mail check-ins between sessions when the client wants them." },
    { "session_frequency", "Usually an hour to ninety minutes, every three to four weeks, for six to eight sessions." },
  };

  g_return_if_fail (CB_IS_COACH_PROFILE (profile));

  set_strings (CB_RECORD (profile), pairs, G_N_ELEMENTS (pairs));
}

typedef struct
{
  Pair          strings[24];
  CbRelationship relationship;
  CbMentoringModel model;
  CbClientStatus status;
  CbLifecycleStage stage;
  CbLearningStyle style;
  CbEndReason    end_reason;
  guint          honey_mumford;
  guint          vak;
  guint          internal_blocks;
  guint          external_blocks;
} SampleClient;

static const SampleClient samples[] = {
  {
    {
      { "name", "Priya Raman" }, { "preferred_name", "Priya" },
      { "email", "priya.raman@northfield-health.example.org" }, { "telephone", "0113 496 0457" },
      { "organisation", "Northfield Community Health" }, { "role", "Ward manager (newly appointed)" },
      { "line_manager_name", "Dr Helen Okafor" }, { "line_manager_contact", "helen.okafor@northfield-health.example.org" },
      { "start_date", "2026-09-07" }, { "agreed_end_date", "2027-03-31" },
      { "age_group", "30–39" }, { "gender", "Female" },
      { "previous_education", "BSc Adult Nursing; mentorship module for practice assessors." },
      { "motivation", "Promoted to ward manager in August and wants to lead the team confidently rather than keep doing every shift herself." },
      { "social_circumstances", "Two young children; works compressed hours Monday to Thursday." },
      { "confidence_level", "Clinically very confident; less so when challenging senior colleagues." },
      { "special_needs", "None disclosed." },
      { "barriers", "Finds it hard to protect time for her own development on a busy ward." },
      { "implications", "Keep sessions to an hour, book them well ahead on her non-clinical day, and agree small actions she can try on shift." },
      { "blocks_notes", "Time is the main block; confidence shows up when delegating to longer-serving staff." },
      { "strengths", "Calm under pressure, trusted by patients and staff, excellent clinical judgement." },
      { "development_areas", "Delegation, holding difficult conversations, planning the ward budget." },
      { "consent_date", "2026-09-07" },
      { "consent_details", "Agreed that session notes are kept privately by the coach; her line manager sees only the agreed objectives and the final review." },
    },
    CB_RELATIONSHIP_COACHING, CB_MENTORING_MODEL_ONE_TO_ONE, CB_CLIENT_STATUS_ACTIVE,
    CB_LIFECYCLE_STAGE_WORKING_TOGETHER, CB_LEARNING_STYLE_DOER, CB_END_REASON_UNSET,
    CB_HONEY_MUMFORD_ACTIVIST | CB_HONEY_MUMFORD_PRAGMATIST, CB_VAK_VISUAL,
    CB_INTERNAL_BLOCK_TIME | CB_INTERNAL_BLOCK_CONFIDENCE, CB_EXTERNAL_BLOCK_DISTRACTIONS,
  },
  {
    {
      { "name", "Tomasz Wiśniewski" }, { "preferred_name", "Tom" },
      { "email", "t.wisniewski@harbourline.example.org" }, { "telephone", "0161 496 0782" },
      { "organisation", "Harbourline Logistics" }, { "role", "Senior data analyst" },
      { "line_manager_name", "Grace Adeyemi" }, { "line_manager_contact", "0161 496 0790" },
      { "start_date", "2026-06-15" }, { "agreed_end_date", "2026-12-18" },
      { "age_group", "25–29" }, { "gender", "Male" },
      { "previous_education", "MSc Operational Research; self-taught in several programming languages." },
      { "motivation", "Wants to move into a team lead role within a year and to present his work to the board with confidence." },
      { "social_circumstances", "Moved to the UK four years ago; English is his second language." },
      { "confidence_level", "High in technical work, low when presenting." },
      { "special_needs", "None." },
      { "barriers", "Worries about being judged when speaking to large groups." },
      { "implications", "Use rehearsal and feedback; let him reflect in writing before sessions." },
      { "blocks_notes", "Reflects carefully before acting; needs time to prepare." },
      { "strengths", "Analytical, thorough, generous in helping colleagues with tools." },
      { "development_areas", "Presenting to senior audiences, influencing without authority." },
      { "consent_date", "2026-06-15" },
      { "consent_details", "Agreed to notes being kept for the length of the programme and for one year after." },
    },
    CB_RELATIONSHIP_MENTORING, CB_MENTORING_MODEL_ONE_TO_ONE, CB_CLIENT_STATUS_ACTIVE,
    CB_LIFECYCLE_STAGE_LEARNING_TOGETHER, CB_LEARNING_STYLE_THINKER, CB_END_REASON_UNSET,
    CB_HONEY_MUMFORD_REFLECTOR | CB_HONEY_MUMFORD_THEORIST, CB_VAK_AUDITORY | CB_VAK_VISUAL,
    CB_INTERNAL_BLOCK_CONFIDENCE | CB_INTERNAL_BLOCK_STRESS, CB_EXTERNAL_BLOCK_FEEDBACK,
  },
  {
    {
      { "name", "Aisha Bello" }, { "preferred_name", "Aisha" },
      { "email", "aisha.bello@example.org" }, { "telephone", "07700 900312" },
      { "organisation", "Freelance" }, { "role", "Graphic designer" },
      { "start_date", "2026-11-02" },
      { "age_group", "40–49" }, { "gender", "Female" },
      { "previous_education", "BA Graphic Communication." },
      { "motivation", "Returning to work after a five-year career break and deciding between freelancing and an agency role." },
      { "social_circumstances", "Main carer for a parent; needs flexible hours." },
      { "confidence_level", "Rebuilding after time away." },
      { "barriers", "Unsure her skills are current." },
      { "implications", "Begin with strengths; agree a short first contract with a review after three sessions." },
      { "strengths", "Creative, resilient, strong portfolio." },
      { "development_areas", "Pricing her work, networking." },
      { "consent_date", "2026-11-02" },
      { "consent_details", "Agreed verbally at the first call; written agreement to follow." },
    },
    CB_RELATIONSHIP_COACHING, CB_MENTORING_MODEL_ONE_TO_ONE, CB_CLIENT_STATUS_ENQUIRY,
    CB_LIFECYCLE_STAGE_GAINING_COMMITMENT, CB_LEARNING_STYLE_DOER, CB_END_REASON_UNSET,
    CB_HONEY_MUMFORD_ACTIVIST, CB_VAK_VISUAL | CB_VAK_KINAESTHETIC,
    CB_INTERNAL_BLOCK_CONFIDENCE, 0,
  },
  {
    {
      { "name", "Gareth Llewellyn" }, { "preferred_name", "Gareth" },
      { "email", "gareth.llewellyn@valleyschools.example.org" }, { "telephone", "029 2018 0943" },
      { "organisation", "Valley Schools Trust" }, { "role", "Deputy head teacher" },
      { "line_manager_name", "Sian Morgan (head teacher)" }, { "line_manager_contact", "029 2018 0900" },
      { "start_date", "2025-10-01" }, { "agreed_end_date", "2026-07-17" }, { "end_date", "2026-07-17" },
      { "age_group", "50–59" }, { "gender", "Male" },
      { "previous_education", "PGCE; National Professional Qualification for Senior Leadership." },
      { "motivation", "Preparing for headship interviews." },
      { "confidence_level", "Confident; wanted a sounding board." },
      { "barriers", "Term-time workload." },
      { "implications", "Sessions in school holidays and after school." },
      { "strengths", "Strategic thinking, warmth with staff and families." },
      { "development_areas", "Governance and finance." },
      { "consent_date", "2025-10-01" },
      { "consent_details", "Agreed notes may be kept for two years after the relationship ends." },
    },
    CB_RELATIONSHIP_MENTORING, CB_MENTORING_MODEL_ONE_TO_ONE, CB_CLIENT_STATUS_ENDED,
    CB_LIFECYCLE_STAGE_SAYING_GOODBYE, CB_LEARNING_STYLE_THINKER, CB_END_REASON_GOALS_ACHIEVED,
    CB_HONEY_MUMFORD_REFLECTOR | CB_HONEY_MUMFORD_PRAGMATIST, CB_VAK_AUDITORY,
    CB_INTERNAL_BLOCK_TIME, CB_EXTERNAL_BLOCK_SUPPORT,
  },
  {
    {
      { "name", "Lena Fischer" }, { "preferred_name", "Lena" },
      { "email", "lena.fischer@brightwater.example.org" }, { "telephone", "020 7946 0321" },
      { "organisation", "Brightwater Housing Association" }, { "role", "Team leader, tenant services" },
      { "line_manager_name", "Marcus Hale" }, { "line_manager_contact", "marcus.hale@brightwater.example.org" },
      { "start_date", "2026-03-02" }, { "agreed_end_date", "2026-12-31" },
      { "age_group", "30–39" }, { "gender", "Female" },
      { "previous_education", "HND Housing Studies; currently studying for a management diploma." },
      { "motivation", "Part of a peer mentoring scheme for new team leaders; wants to build her team's morale after a restructure." },
      { "social_circumstances", "Commutes ninety minutes each way." },
      { "confidence_level", "Moderate." },
      { "barriers", "Tiredness from the commute; a noisy open-plan office." },
      { "implications", "Meet by video early in the day; keep actions few and concrete." },
      { "strengths", "Empathy, organisation, a clear sense of fairness." },
      { "development_areas", "Managing performance, giving feedback that is specific and timely." },
      { "consent_date", "2026-03-02" },
      { "consent_details", "Programme co-ordinator receives attendance dates only." },
    },
    CB_RELATIONSHIP_PEER_MENTORING, CB_MENTORING_MODEL_TWO_BY_TWO, CB_CLIENT_STATUS_PAUSED,
    CB_LIFECYCLE_STAGE_REVIEWING, CB_LEARNING_STYLE_DOER, CB_END_REASON_UNSET,
    CB_HONEY_MUMFORD_PRAGMATIST, CB_VAK_KINAESTHETIC,
    CB_INTERNAL_BLOCK_UNWELL | CB_INTERNAL_BLOCK_CONCENTRATION, CB_EXTERNAL_BLOCK_ENVIRONMENT,
  },
  {
    {
      { "name", "Daniel Osei" }, { "preferred_name", "Dan" },
      { "email", "daniel.osei@civicarts.example.org" }, { "telephone", "0117 496 0654" },
      { "organisation", "Civic Arts Collective" }, { "role", "Founder and director" },
      { "start_date", "2026-05-11" }, { "agreed_end_date", "2027-05-10" },
      { "age_group", "20–24" }, { "gender", "Male" },
      { "previous_education", "Foundation degree in Community Arts." },
      { "motivation", "Reverse mentoring: he mentors the coach's corporate client group on social media and youth engagement while being coached on running a small charity." },
      { "confidence_level", "High, sometimes over-committed." },
      { "barriers", "Takes on too much at once." },
      { "implications", "Use OSKAR scaling to focus on one priority at a time." },
      { "strengths", "Energy, networks, clear purpose." },
      { "development_areas", "Financial planning, saying no." },
      { "consent_date", "2026-05-11" },
      { "consent_details", "Consent recorded in the group agreement." },
    },
    CB_RELATIONSHIP_REVERSE_MENTORING, CB_MENTORING_MODEL_GROUP, CB_CLIENT_STATUS_ACTIVE,
    CB_LIFECYCLE_STAGE_GETTING_TO_KNOW, CB_LEARNING_STYLE_DOER, CB_END_REASON_UNSET,
    CB_HONEY_MUMFORD_ACTIVIST, CB_VAK_AUDITORY | CB_VAK_KINAESTHETIC,
    CB_INTERNAL_BLOCK_TIME, CB_EXTERNAL_BLOCK_DISTRACTIONS,
  },
};

GPtrArray *
cb_sample_create_clients (void)
{
  GPtrArray *clients = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      const SampleClient *s = &samples[i];
      CbClient *client = cb_client_new ();
      CbRecord *record = CB_RECORD (client);

      for (guint j = 0; j < G_N_ELEMENTS (s->strings) && s->strings[j].name != NULL; j++)
        cb_record_set_string (record, s->strings[j].name, s->strings[j].value);

      cb_record_set_enum (record, "relationship", s->relationship);
      cb_record_set_enum (record, "model", s->model);
      cb_record_set_enum (record, "status", s->status);
      cb_record_set_enum (record, "lifecycle_stage", s->stage);
      cb_record_set_enum (record, "learning_style", s->style);
      cb_record_set_enum (record, "end_reason", s->end_reason);
      cb_record_set_flags (record, "honey_mumford", s->honey_mumford);
      cb_record_set_flags (record, "vak", s->vak);
      cb_record_set_flags (record, "internal_blocks", s->internal_blocks);
      cb_record_set_flags (record, "external_blocks", s->external_blocks);

      g_ptr_array_add (clients, client);
    }

  return clients;
}

static CbClient *
find_client (GPtrArray  *clients,
             const char *name)
{
  for (guint i = 0; i < clients->len; i++)
    {
      CbClient *client = g_ptr_array_index (clients, i);

      if (g_strcmp0 (cb_client_get_name (client), name) == 0)
        return client;
    }

  return NULL;
}

static void
set_list (CbRecord           *record,
          const char         *name,
          const char * const *items)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), name);

  g_return_if_fail (index >= 0);

  cb_record_set_strv_at (record, index, items);
}

static void
set_integer (CbRecord   *record,
             const char *name,
             gint64      number)
{
  int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (record), name);

  g_return_if_fail (index >= 0);

  cb_record_set_integer_at (record, index, number);
}

static void
sign (CbAgreement *agreement,
      const char  *coach_signed,
      const char  *client_signed,
      const char  *review_date)
{
  g_autoptr(GError) error = NULL;

  if (!cb_agreement_mark_agreed (agreement, coach_signed, client_signed, &error))
    g_critical ("Sample agreement: %s", error->message);
  cb_record_set_string (CB_RECORD (agreement), "review_date", review_date);
}

static void
add_agreement (GPtrArray   *clients,
               const char  *name,
               CbAgreement *agreement)
{
  CbClient *client = find_client (clients, name);

  if (client == NULL)
    {
      g_critical ("Sample client %s is missing", name);
      return;
    }

  cb_client_add_document (client, CB_DOCUMENT (agreement));
}

void
cb_sample_add_agreements (GPtrArray *clients)
{
  g_return_if_fail (clients != NULL);

  /* Priya: a coaching agreement, agreed, paid for by her employer. */
  {
    static const Pair pairs[] = {
      { "session_frequency", "We will meet every three weeks on Priya's non-clinical day, for an hour each time, and keep to the dates we arrange. This allows time to try things out on the ward between sessions, but not so much time that what has been done gets forgotten." },
      { "venue_method", "Sessions take place face-to-face in the quiet room of the education centre, away from the ward; by video call if either of us cannot travel." },
      { "fees", "Paid by Northfield Community Health under its leadership development programme (six sessions); there is no charge to Priya." },
      { "line_manager_information", "Dr Helen Okafor sees the agreed goals at the start and a short summary of the final review, written with Priya. Nothing else from the sessions is passed on." },
      { "notes", "Check in December whether three-weekly sessions still work with the winter rota." },
    };
    static const char * const goals[] = {
      "Delegate the daily staffing rota to the two senior staff nurses by December",
      "Hold difficult conversations with longer-serving colleagues calmly and early",
      "Draw up next year's ward budget with the finance business partner",
      NULL
    };
    g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_COACHING, NULL);

    set_strings (CB_RECORD (agreement), pairs, G_N_ELEMENTS (pairs));
    set_list (CB_RECORD (agreement), "coaching_goals", goals);
    sign (agreement, "2026-09-07", "2026-09-09", "2026-12-07");
    add_agreement (clients, "Priya Raman", agreement);
  }

  /* Tomasz: Brainard's mentoring agreement, agreed. */
  {
    static const Pair pairs[] = {
      { "hope_1", "Present the quarterly results to the board with confidence." },
      { "plan_1", "Rehearse each presentation with Morgan a week ahead and review a recording of it together." },
      { "hope_2", "Be ready to apply for a team lead role within a year." },
      { "plan_2", "Map the skills the role needs and agree two stretch assignments with Grace Adeyemi." },
      { "hope_3", "Influence colleagues in other departments without formal authority." },
      { "plan_3", "Try one influencing approach each month and reflect on it in writing before our next meeting." },
      { "off_limits", "Pay and grading discussions with Harbourline; anything about Tomasz's family that he does not raise himself." },
      { "duration_until", "2026-12-18" },
    };
    g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);

    set_strings (CB_RECORD (agreement), pairs, G_N_ELEMENTS (pairs));
    set_integer (CB_RECORD (agreement), "meetings_per_month", 2);
    sign (agreement, "2026-06-15", "2026-06-16", "2026-09-15");
    add_agreement (clients, "Tomasz Wiśniewski", agreement);
  }

  /* Lena: the peer mentoring scheme's agreement, agreed before the pause. */
  {
    static const Pair pairs[] = {
      { "custom_title", "Brightwater team leaders’ peer mentoring agreement" },
      { "relationship_length", "ten months, from March to December 2026" },
      { "notes", "Paused in August while Lena covers a colleague's absence; look again at the meeting frequency when we restart." },
    };
    g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_PEER_MENTORING, NULL);

    set_strings (CB_RECORD (agreement), pairs, G_N_ELEMENTS (pairs));
    sign (agreement, "2026-03-02", "2026-03-04", "2026-09-01");
    add_agreement (clients, "Lena Fischer", agreement);
  }

  /* Aisha: a short first learning contract, still a draft. */
  {
    static const Pair pairs[] = {
      { "overall_goal", "To return to paid design work by spring 2027, having decided between freelancing and an agency role." },
      { "achievement_details", "Two self-set portfolio projects; an online course in the current layout and illustration software; a day shadowing a designer at a local agency." },
      { "assessment_details", "Aisha rates her confidence in each objective at every review; Morgan gives feedback on each finished portfolio piece." },
      { "target_start_date", "2026-11-16" },
      { "target_completion_date", "2027-03-26" },
      { "progress_review_method", "A review at the end of every third session: we look back at progress against each objective and plan the next steps." },
    };
    static const char * const objectives[] = {
      "Bring the portfolio up to date with three new pieces, one of them a digital campaign",
      "Learn the current versions of the main layout and illustration software",
      "Set and test a day rate for freelance work",
      "Talk to at least five designers, agency and freelance, about how they work",
      NULL
    };
    static const char * const review_dates[] = { "2026-12-14", "2027-01-25", "2027-03-26", NULL };
    g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_LEARNING_CONTRACT, NULL);

    set_strings (CB_RECORD (agreement), pairs, G_N_ELEMENTS (pairs));
    set_list (CB_RECORD (agreement), "learning_objectives", objectives);
    set_list (CB_RECORD (agreement), "progress_review_dates", review_dates);
    cb_record_set_flags (CB_RECORD (agreement), "achievement_methods",
                         CB_LEARNING_METHOD_PROJECTS | CB_LEARNING_METHOD_E_LEARNING |
                         CB_LEARNING_METHOD_JOB_SHADOWING | CB_LEARNING_METHOD_MIXTURE);
    cb_record_set_flags (CB_RECORD (agreement), "assessment_methods",
                         CB_ASSESSMENT_METHOD_COACH | CB_ASSESSMENT_METHOD_SELF_ASSESSMENT);
    add_agreement (clients, "Aisha Bello", agreement);
  }

  /* Gareth: a mentoring agreement that ended when he was appointed. */
  {
    static const Pair pairs[] = {
      { "hope_1", "Be ready for headship interviews by the summer term." },
      { "plan_1", "Work through a mock interview and a presentation task each half term, with feedback." },
      { "hope_2", "Understand school finance and governance well enough to lead on them." },
      { "plan_2", "Shadow the trust's business manager and attend two full governing body meetings." },
      { "off_limits", "Individual members of staff at Valley Schools Trust." },
      { "duration_until", "2026-07-17" },
    };
    g_autoptr(GError) error = NULL;
    g_autoptr(CbAgreement) agreement = cb_agreement_new_from_template (CB_AGREEMENT_KIND_MENTORING, NULL);

    set_strings (CB_RECORD (agreement), pairs, G_N_ELEMENTS (pairs));
    set_integer (CB_RECORD (agreement), "meetings_per_month", 1);
    sign (agreement, "2025-10-01", "2025-10-01", "2026-02-02");
    if (!cb_agreement_end (agreement, "2026-07-17", &error))
      g_critical ("Sample agreement: %s", error->message);
    add_agreement (clients, "Gareth Llewellyn", agreement);
  }
}

/* Meetings */

static char *
date_from_now (GDateTime *now,
               int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static void
gdate_from_now (GDateTime *now,
                int        days,
                GDate     *date)
{
  g_autofree char *iso = date_from_now (now, days);

  cb_date_from_iso (iso, date);
}

static CbMeeting *
add_meeting (CbClient        *client,
             GDateTime       *now,
             int              days,
             const char      *time,
             const char      *venue,
             int              minutes,
             CbMeetingMethod  method)
{
  g_autoptr(CbMeeting) meeting = cb_meeting_new_following (client, now);
  g_autofree char *date = date_from_now (now, days);

  cb_meeting_set_date (meeting, date);
  cb_meeting_set_time (meeting, time);
  cb_meeting_set_venue (meeting, venue);
  cb_meeting_set_length_minutes (meeting, minutes);
  cb_meeting_set_method (meeting, method);

  cb_client_add_document (client, CB_DOCUMENT (meeting));
  return meeting;   /* the client holds it */
}

static CbAction *
add_action (CbMeeting     *meeting,
            GDateTime     *now,
            const char    *text,
            CbActionOwner  owner,
            int            due_days,
            int            done_days)
{
  g_autofree char *due = date_from_now (now, due_days);
  CbAction *action = cb_meeting_add_action (meeting, text, owner, due);

  if (done_days <= 0)
    {
      GDate done;

      gdate_from_now (now, done_days, &done);
      cb_action_set_done (action, TRUE, &done);
    }

  return action;
}

#define OPEN 1   /* done_days of an action not done */

static void
book_next (CbMeeting  *meeting,
           GDateTime  *now,
           int         days,
           const char *time,
           const char *venue)
{
  g_autofree char *date = date_from_now (now, days);

  cb_meeting_set_next_date (meeting, date);
  cb_meeting_set_next_time (meeting, time);
  cb_meeting_set_next_venue (meeting, venue);
}

void
cb_sample_add_meetings (GPtrArray *clients,
                        GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  CbClient *client;
  CbMeeting *m;
  CbRecord *r;

  g_return_if_fail (clients != NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  /* Priya: monthly coaching, GROW at the first meeting; booked for today. */
  if ((client = find_client (clients, "Priya Raman")) != NULL)
    {
      m = add_meeting (client, now, -42, "10:00", "Quiet room, Northfield education centre", 60,
                       CB_MEETING_METHOD_FACE_TO_FACE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "topics", "Settling into the ward manager role; the first 90 days.");
      cb_record_set_string (r, "summary", "Priya feels pulled between the rota, the staff and the paperwork. We used GROW to find one goal for the first three months.");
      cb_meeting_set_guide (m, CB_MEETING_GUIDE_GROW);
      cb_record_set_string (r, "grow_goal", "Be seen by the team as approachable and in control of the rota by the end of the quarter.");
      cb_record_set_string (r, "grow_reality", "Rota gaps most weeks; staff come to her with everything; no protected time for planning.");
      cb_record_set_string (r, "grow_options", "Block two hours a week for planning; ask the matron about bank staff; delegate the supplies order.");
      cb_record_set_string (r, "grow_way_forward", "Draft a 90-day plan and talk to the matron about the rota.");
      cb_meeting_set_commitment (m, 8, NULL);
      add_action (m, now, "Draft a one-page plan for the first 90 days", CB_ACTION_OWNER_CLIENT, -28, -30);
      add_action (m, now, "Book a meeting with the matron about rota gaps", CB_ACTION_OWNER_CLIENT, -14, -20);
      cb_record_set_string (r, "steps", "Priya drafts the plan in her own time; the coach sends a template.");
      cb_record_set_string (r, "next_topic", "The 90-day plan");
      book_next (m, now, -21, "10:00", "Quiet room, Northfield education centre");

      m = add_meeting (client, now, -21, "10:00", "Quiet room, Northfield education centre", 60,
                       CB_MEETING_METHOD_FACE_TO_FACE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "achieved_since_last", "The 90-day plan is drafted and the matron has agreed to two bank shifts a week.");
      cb_record_set_string (r, "challenges", "Handover on the night shift is still rushed; Priya has not yet delegated anything.");
      cb_record_set_string (r, "topics", "Delegation; the night-shift handover.");
      cb_record_set_string (r, "summary", "We looked at what only Priya can do and what others could. She chose two tasks to hand over.");
      add_action (m, now, "Shadow the night-shift handover", CB_ACTION_OWNER_CLIENT, -3, OPEN);
      add_action (m, now, "Send Priya the article on compassionate leadership", CB_ACTION_OWNER_COACH, 2, OPEN);
      add_action (m, now, "Try the delegation checklist with two senior nurses", CB_ACTION_OWNER_CLIENT, 5, OPEN);
      cb_record_set_string (r, "next_topic", "How the delegation went");
      cb_record_set_string (r, "actions_before_next", "Priya: keep a note of what she handed over and how it went.");
      cb_record_set_string (r, "private_notes", "Seemed tired; mentioned sleeping badly since taking the role. Check in gently next time.");
      book_next (m, now, 0, "14:00", "Video call");
    }

  /* Tomasz: mentoring towards the board presentation, OSKAR; booked in three days. */
  if ((client = find_client (clients, "Tomasz Wiśniewski")) != NULL)
    {
      m = add_meeting (client, now, -30, "17:30", "Harbourline café, ground floor", 45,
                       CB_MEETING_METHOD_FACE_TO_FACE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "topics", "Presenting to the board.");
      cb_record_set_string (r, "summary", "Tomasz presents his analysis to the board next quarter and wants to do it without reading from notes.");
      cb_meeting_set_guide (m, CB_MEETING_GUIDE_OSKAR);
      cb_record_set_string (r, "oskar_outcome", "Present the quarterly analysis to the board, without notes, and take questions calmly.");
      cb_meeting_set_scaling (m, 4, 8, NULL);
      cb_record_set_string (r, "oskar_know_how", "He explains the data well to his own team; a colleague has offered to listen to a rehearsal.");
      cb_record_set_string (r, "oskar_affirm_action", "His one-page summaries are already admired. Next small step: one rehearsal.");
      cb_record_set_string (r, "oskar_review", "At the next meeting: what went better in the rehearsal?");
      add_action (m, now, "Rehearse the board presentation with a colleague", CB_ACTION_OWNER_CLIENT, -10, -12);
      add_action (m, now, "Ask the finance director for last year’s board pack", CB_ACTION_OWNER_CLIENT, -7, OPEN);
      cb_record_set_string (r, "private_notes", "Anxious about the board; talks of feeling like an impostor. Not for the record.");
      book_next (m, now, -9, "17:30", "Video call");

      m = add_meeting (client, now, -9, "17:30", "Video call", 45, CB_MEETING_METHOD_VIDEO_CALL);
      r = CB_RECORD (m);
      cb_record_set_string (r, "achieved_since_last", "One rehearsal, which went better than he feared.");
      cb_record_set_string (r, "topics", "Questions the board may ask.");
      cb_record_set_string (r, "summary", "We used the three stages: what worries him, what he now sees differently, and a plan.");
      cb_meeting_set_guide (m, CB_MEETING_GUIDE_THREE_STAGE);
      cb_record_set_string (r, "exploration", "The fear is of questions he cannot answer, not of the talk itself.");
      cb_record_set_string (r, "new_understanding", "“I don’t know yet, I will find out” is an acceptable answer at a board.");
      cb_record_set_string (r, "action_planning", "List likely questions; meet someone who presents to boards often.");
      add_action (m, now, "Write down three questions the board is likely to ask", CB_ACTION_OWNER_CLIENT, 1, OPEN);
      {
        CbAction *action = add_action (m, now, "Introduce Tomasz to the analytics network", CB_ACTION_OWNER_OTHER, 6, OPEN);
        cb_action_set_owner_name (action, "Grace Adeyemi");
      }
      book_next (m, now, 3, "18:00", "Video call");
    }

  /* Daniel: reverse mentoring in a group; GROW with a low commitment. */
  if ((client = find_client (clients, "Daniel Osei")) != NULL)
    {
      m = add_meeting (client, now, -14, "09:00", "Civic Arts Collective studio, 3rd floor, 12 Mill Lane; ring the bell marked “Studio”", 90,
                       CB_MEETING_METHOD_FACE_TO_FACE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "topics", "What the group wants to learn from Daniel; how often to meet.");
      cb_record_set_string (r, "summary", "The group of four senior managers want to understand how young artists use social media to find audiences.");
      cb_meeting_set_guide (m, CB_MEETING_GUIDE_GROW);
      cb_record_set_string (r, "grow_goal", "Each manager runs one small campaign on a platform new to them.");
      cb_record_set_string (r, "grow_reality", "Two have never posted anything; diaries are full.");
      cb_record_set_string (r, "grow_options", "Pairs; a shared calendar; short sessions before work.");
      cb_record_set_string (r, "grow_way_forward", "Start with one question each, sent before the next meeting.");
      cb_meeting_set_commitment (m, 6, NULL);
      cb_record_set_string (r, "commitment_next_steps", "Shorter sessions at a time that suits diaries; a clear first step for each.");
      add_action (m, now, "Set up a shared calendar for the group", CB_ACTION_OWNER_COACH, -2, OPEN);
      {
        CbAction *action = add_action (m, now, "Each manager sends one question about social media", CB_ACTION_OWNER_OTHER, 4, OPEN);
        cb_action_set_owner_name (action, "Group members");
      }
      cb_record_set_string (r, "private_notes", "Tension between two of the managers; keep them in different pairs.");
      book_next (m, now, 1, "08:30", "Civic Arts Collective studio, 3rd floor, 12 Mill Lane; ring the bell marked “Studio”");
    }

  /* Lena: paused; one meeting, its actions done. */
  if ((client = find_client (clients, "Lena Fischer")) != NULL)
    {
      m = add_meeting (client, now, -95, "13:00", "Brightwater Housing Association, meeting room 2", 60,
                       CB_MEETING_METHOD_FACE_TO_FACE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "topics", "Peer mentoring: getting started.");
      cb_record_set_string (r, "summary", "We agreed how the pair will work and that Lena will pause during her secondment.");
      add_action (m, now, "Share the tenant-services induction pack", CB_ACTION_OWNER_CLIENT, -80, -85);
    }

  /* Gareth: ended; the last meeting. */
  if ((client = find_client (clients, "Gareth Llewellyn")) != NULL)
    {
      m = add_meeting (client, now, -200, "16:00", "Telephone", 30, CB_MEETING_METHOD_TELEPHONE);
      r = CB_RECORD (m);
      cb_record_set_string (r, "topics", "Review of the year and ending the relationship.");
      cb_record_set_string (r, "summary", "Gareth has his headship. We reviewed the year and ended on good terms.");
      add_action (m, now, "Send Gareth the end-of-relationship review form", CB_ACTION_OWNER_COACH, -195, -196);
    }
}

/* Referrals and evaluations (FORMS.md §7–8) */

void
cb_sample_add_referrals_and_evaluations (GPtrArray *clients,
                                         GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  CbClient *client;

  g_return_if_fail (clients != NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  /* Tomasz: a presentation skills course, approved and sent. */
  if ((client = find_client (clients, "Tomasz Wiśniewski")) != NULL)
    {
      g_autoptr(CbReferral) referral = cb_referral_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *date = date_from_now (now, -20);
      g_autofree char *approved = date_from_now (now, -18);
      g_autofree char *sent = date_from_now (now, -17);

      cb_referral_set_date (referral, date);
      cb_referral_set_to_name (referral, "Ruth Adeyemi");
      cb_referral_set_to_organisation (referral, "Northgate Speaking Studio");
      cb_referral_set_to_contact (referral, "ruth@northgatespeaking.example.org, 0113 496 0712");
      cb_referral_set_reason (referral, CB_REFERRAL_REASON_LEARNING_TO_FIND_OUT);
      cb_referral_set_reason_notes (referral, "Tomasz wants to present to the board without reading from notes; a short course in presentation skills, with practice in front of a group, gives him what mentoring alone cannot.");
      cb_referral_set_communicated_by (referral, CB_REFERRAL_METHOD_EMAIL);
      cb_referral_set_written_record_sent (referral, TRUE);
      if (!cb_referral_record_approval (referral, approved, "E-mail from Tomasz agreeing to the referral and to his name and goal being shared; filed with the meeting notes.", &error) ||
          !cb_referral_mark_sent (referral, sent, &error))
        g_critical ("Sample referral: %s", error->message);
      cb_record_set_string (CB_RECORD (referral), "private_notes", "Ruth runs the evening course; ask her whether a one-to-one rehearsal is possible before the board meeting.");

      cb_client_add_document (client, CB_DOCUMENT (referral));
    }

  /* Lena: an occupational health adviser, still waiting for her approval. */
  if ((client = find_client (clients, "Lena Fischer")) != NULL)
    {
      g_autoptr(CbReferral) referral = cb_referral_new ();
      g_autofree char *date = date_from_now (now, -3);

      cb_referral_set_date (referral, date);
      cb_referral_set_to_name (referral, "Dr Hannah Okafor");
      cb_referral_set_to_organisation (referral, "Brightwater Occupational Health");
      cb_referral_set_to_contact (referral, "020 7946 0588");
      cb_referral_set_reason (referral, CB_REFERRAL_REASON_OUTSIDE_REMIT);
      cb_referral_set_reason_notes (referral, "Lena mentioned recurring back pain from the secondment's long drives. Advice on this is outside the mentoring remit; the occupational health adviser can help.");
      cb_referral_set_communicated_by (referral, CB_REFERRAL_METHOD_TELEPHONE);

      cb_client_add_document (client, CB_DOCUMENT (referral));
    }

  /* Gareth: the relationship has ended; both sides evaluated it. */
  if ((client = find_client (clients, "Gareth Llewellyn")) != NULL)
    {
      g_autoptr(CbEvaluation) evaluation = cb_evaluation_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *date = date_from_now (now, -190);

      cb_evaluation_set_date (evaluation, date);
      if (!cb_evaluation_set_rating (evaluation, "programme_rating", 5, &error) ||
          !cb_evaluation_set_rating (evaluation, "responsibilities_clarity", 4, &error))
        g_critical ("Sample evaluation: %s", error->message);
      cb_evaluation_set_text (evaluation, "experience_quality", "Rewarding: a clear purpose (the headship interviews) and a mentee who came prepared.");
      cb_evaluation_set_answer (evaluation, "volunteer_again", CB_YES_NO_YES);
      cb_evaluation_set_answer (evaluation, "training_helped", CB_YES_NO_YES);
      cb_evaluation_set_answer (evaluation, "wanted_more_training", CB_YES_NO_NO);
      cb_evaluation_set_answer (evaluation, "coordinators_accessible", CB_YES_NO_YES);
      cb_evaluation_set_text (evaluation, "relationship", "Open and professional; Gareth used me as a sounding board and challenged me back.");
      cb_evaluation_set_answer (evaluation, "time_sufficient", CB_YES_NO_YES);
      cb_evaluation_set_answer (evaluation, "time_helpful", CB_YES_NO_YES);
      cb_evaluation_set_answer (evaluation, "gained_personally", CB_YES_NO_YES);
      cb_evaluation_set_answer (evaluation, "meet_less_often", CB_YES_NO_NO);
      cb_evaluation_set_answer (evaluation, "meet_more_often", CB_YES_NO_NO);
      cb_evaluation_set_text (evaluation, "most_satisfying", "Seeing Gareth appointed to the headship he prepared for.");
      cb_evaluation_set_text (evaluation, "least_satisfying", "Term-time meetings were often moved at short notice.");
      cb_evaluation_set_text (evaluation, "improvements", "Plan the meetings around the school calendar from the start.");

      cb_evaluation_set_text (evaluation, "client_coach_helpful", "Yes: having someone outside the school to think aloud with made the difference.");
      cb_evaluation_set_text (evaluation, "client_aided_learning", "It did, especially on governance and school finance, which I read up on between meetings.");
      cb_evaluation_set_text (evaluation, "client_gained_hoped", "I got the headship, and I felt ready for the interview panel.");
      cb_evaluation_set_text (evaluation, "client_work_performance", "I now run senior leadership meetings with a clearer agenda, and I mentor a new deputy myself.");

      cb_client_add_document (client, CB_DOCUMENT (evaluation));
    }
}
