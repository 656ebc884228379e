/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sample-journal"

#include "config.h"

#include "cb-journal-entry.h"
#include "cb-meeting.h"
#include "cb-sample.h"

/* The sample coach's learning journal: a year of entries in Morgan's own
 * words, tagged with the CMI criteria and ENTO units they give evidence
 * for, some answering a reflection question of the booklet, some linked
 * to a sample client and one of their meetings (by id: the clients must be
 * in the practice). Clients are not named in the text: the link says who. */

typedef struct
{
  int         days;            /* the entry's date, from today */
  const char *question;        /* a CbReflectionQuestion id, or NULL */
  const char *title;
  const char *what_happened;
  const char *what_learned;
  const char *how_apply;
  const char *do_differently;
  const char *tags[6];
  const char *client;          /* a sample client's name, or NULL */
  int         meeting_days;    /* the day of the client's meeting, or 0 */
} SampleEntry;

static const SampleEntry entries[] = {
  {
    -350, "10.2", "Starting a learning journal",
    "Began this journal after my supervisor asked how I knew I was getting better. I could not answer with anything but a feeling.",
    "I notice what went wrong in a session for days, and forget what went well within hours. Writing both down straight after a session is the only way I will see a pattern.",
    "Ten minutes after every session, before the next thing: what happened, what I learned, what I will do with it.",
    "Stop relying on memory for my own development, as I would never let a client do.",
    { "G3", "3016 3.2", NULL },
    NULL, 0,
  },
  {
    -300, "3.1", "Contracting with the line manager in the room",
    "A three-way contracting meeting with a new client and her line manager. The manager wanted a summary after every session.",
    "Confidentiality has to be agreed out loud at the start, with the third party present, or everyone assumes something different. Saying what I will and will not share made the client visibly relax.",
    "Open every sponsored contract with the same three questions: what the manager needs to know, what stays between us, and what happens if they disagree.",
    "Put the agreement on paper that day, not after the first session.",
    { "3011 2.2", "3014 3.3", "3013 2.1", NULL },
    NULL, 0,
  },
  {
    -240, "7.3", "Mentoring a deputy head towards headship",
    "Mentoring a deputy head who is applying for headships. He wanted answers; I kept offering questions.",
    "Mentoring here is different from coaching: he needs my experience of governors and budgets as well as the space to think. Sharing a story and then asking what he makes of it works better than either alone.",
    "Be explicit about which hat I am wearing: “speaking as someone who has done this…” or “what do you think?”",
    "Prepare a short list of my own experiences that may help before each meeting, rather than reaching for them on the spot.",
    { "3011 1.2", "3011 1.4", "3014 2.3", "L14", NULL },
    "Gareth Llewellyn", 0,
  },
  {
    -200, "3.5", "Ending well",
    "Last meeting with my mentee now that he has his headship. We reviewed the year against what he hoped for at the start.",
    "Ending is a stage of its own. He was ready to go on alone, and saying so clearly was part of the work. We marked the success instead of letting the relationship fade.",
    "Plan the final review from the first meeting: what success will look like, and how we will celebrate it.",
    "Send the evaluation form before the last meeting, so we can talk about it together.",
    { "3015 2.1", "3015 2.3", "3015 2.4", "3016 4.1", NULL },
    "Gareth Llewellyn", -200,
  },
  {
    -160, "4.1", "Supervision: I talk too much",
    "Listened back to a recording (with the client’s permission) for supervision. I spoke for nearly half the session.",
    "My silences are too short. When I wait, the client says the more important thing; when I fill the gap, I lead them.",
    "Count to five after a question. Summarise rather than suggest.",
    "Ask permission before offering an idea, and offer it once.",
    { "3011 2.1", "3016 3.2", "G3", "L12", NULL },
    NULL, 0,
  },
  {
    -95, NULL, "Setting up a peer mentoring pair",
    "First meeting of a peer mentoring pair in a housing association; my mentee starts a secondment soon and we agreed to pause.",
    "Peers need a clear definition of the relationship: neither is the other’s manager, and both learn. Agreeing a pause up front kept the relationship rather than losing it.",
    "Use the peer mentoring agreement’s clauses as a conversation, not a form to sign.",
    "Ask about planned absences in the very first meeting.",
    { "3013 1.2", "3013 2.2", "3014 2.2", "3011 5.3", NULL },
    "Lena Fischer", -95,
  },
  {
    -70, "5.2", "My own learning preferences",
    "Took a learning styles questionnaire for myself after using it with clients for years.",
    "I am a doer: I learn by trying and then reflecting. Several of my clients are thinkers, and my habit of agreeing actions at the end of a session rushes them.",
    "Ask each client how they like to learn in the first session and write it in their profile.",
    "Offer thinkers a day to decide on their actions, by e-mail.",
    { "3013 1.1", "3014 1.1", NULL },
    NULL, 0,
  },
  {
    -42, "6.1", "GROW with a newly appointed ward manager",
    "First working session with a newly appointed ward manager, using GROW to find one goal for her first three months.",
    "The reality stage took most of the hour, and it was the most useful part: she saw the gap between what she does and what her role needs.",
    "Let the reality stage run; the options come faster when the gap is clear.",
    "Send a one-page plan template before the session rather than after.",
    { "3014 1.3", "3013 2.1", "3012 3.3", "3012 4.1", NULL },
    "Priya Raman", -42,
  },
  {
    -30, NULL, "When a mentee is anxious",
    "My mentee is anxious about presenting to the board. We used OSKAR and a scale of 0 to 10.",
    "Scaling turned a vague fear into something we could work with: “4 now, 8 would do”. The barrier was his, not the organisation’s, and naming it helped.",
    "Use scaling early when a client is stuck in how they feel.",
    "Ask what is already working before exploring the worry.",
    { "3013 4.2", "3014 3.2", "3016 2.2", NULL },
    "Tomasz Wiśniewski", -30,
  },
  {
    -21, "8.3", "Delegation, and not rescuing",
    "The ward manager had not delegated anything since our last session. I caught myself about to give her a list of what to hand over.",
    "That would have been my plan, not hers. The barrier here was partly me: my wish to be useful.",
    "When I feel the urge to fix, ask “what would you like to try?” and wait.",
    "Notice the urge to rescue in supervision notes, so I can see when it comes.",
    { "3013 3.3", "3014 3.1", "3011 2.3", NULL },
    "Priya Raman", -21,
  },
  {
    -14, NULL, "Reverse mentoring a group of managers",
    "First group session where a young artist mentors four senior managers on social media. Commitment was only 6 out of 10.",
    "In a group the outcome for the team matters as much as for each person. Low commitment was about diaries, not interest; pairs and shorter sessions helped.",
    "Agree the group’s outcome as well as each member’s at the start.",
    "Check commitment before the end of the first session, not at it.",
    { "3011 5.2", "3012 2.2", "3013 4.1", "L15", NULL },
    "Daniel Osei", -14,
  },
  {
    -9, "9.1", "Recognising small wins",
    "My mentee rehearsed his board presentation and it went better than he feared. We spent time on what had worked.",
    "Recognising progress out loud builds confidence faster than planning the next step. He left with the next step anyway.",
    "Open each review with what has been achieved since last time, and let the client say it first.",
    "Keep a running list of a client’s wins to read back at the final review.",
    { "3014 3.5", "3015 1.3", "3016 1.1", NULL },
    "Tomasz Wiśniewski", -9,
  },
  {
    -3, "10.4", "Looking back over the year",
    "Read this journal from the start while preparing for my assessment, beside my development plan.",
    "I was surprised by how much changed: more silence, better contracting, more honest endings. Mentoring still gets less of my reflection than coaching.",
    "Plan my CPD for next year around the gaps the evidence view shows, and write more about mentoring.",
    "Review the plan every quarter, not once a year.",
    { "G3", "3016 3.1", "3016 3.3", NULL },
    NULL, 0,
  },
};

static CbClient *
find_client (CbPractice *practice,
             const char *name)
{
  GListModel *clients = cb_practice_get_clients (practice);

  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);

      if (g_strcmp0 (cb_client_get_name (client), name) == 0)
        return client;   /* the practice holds it */
    }

  return NULL;
}

static CbMeeting *
find_meeting (CbClient   *client,
              const char *date)
{
  g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);

  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (cb_meeting_get_date (g_ptr_array_index (meetings, i)), date) == 0)
      return g_ptr_array_index (meetings, i);   /* the client holds it */

  return NULL;
}

static char *
date_from_now (GDateTime *now,
               int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

void
cb_sample_add_journal (CbPractice *practice,
                       GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = NULL;

  g_return_if_fail (CB_IS_PRACTICE (practice));

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const SampleEntry *sample = &entries[i];
      const CbReflectionQuestion *question = cb_reflection_find (sample->question);
      g_autoptr(CbJournalEntry) entry = NULL;
      g_autofree char *date = date_from_now (now, sample->days);

      g_warn_if_fail (sample->question == NULL || question != NULL);

      entry = cb_journal_entry_new_for_question (question, now);
      cb_journal_entry_set_date (entry, date);
      cb_journal_entry_set_title (entry, sample->title);
      cb_journal_entry_set_text (entry, "what_happened", sample->what_happened);
      cb_journal_entry_set_text (entry, "what_learned", sample->what_learned);
      cb_journal_entry_set_text (entry, "how_apply", sample->how_apply);
      cb_journal_entry_set_text (entry, "do_differently", sample->do_differently);
      for (guint t = 0; sample->tags[t] != NULL; t++)
        if (!cb_journal_entry_add_tag (entry, sample->tags[t]))
          g_critical ("Sample journal: no evidence tag “%s”", sample->tags[t]);

      if (sample->client != NULL)
        {
          CbClient *client = find_client (practice, sample->client);
          CbMeeting *meeting = NULL;

          if (client != NULL)
            cb_journal_entry_set_client (entry, client);
          if (client != NULL && sample->meeting_days != 0)
            {
              g_autofree char *day = date_from_now (now, sample->meeting_days);

              meeting = find_meeting (client, day);
            }
          if (meeting != NULL)
            cb_journal_entry_set_meeting (entry, meeting);
        }

      cb_practice_add_document (practice, CB_DOCUMENT (entry));
    }
}
