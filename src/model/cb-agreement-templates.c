/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreement-templates"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement-templates.h"

/* The wording follows the sources as closely as a clause of its own allows:
 *  - the learning contract: seeds/000 Track 3 ("A learning contract should
 *    set out six things"). The source gives prompts, not wording, so the six
 *    parts are fill-ins whose prompts are the fields' help text; only the
 *    opening is a clause.
 *  - the mentoring agreement: the Sample Mentoring Agreement of Brainard,
 *    Harkus & George (1998), seeds/001, verbatim.
 *  - the peer mentoring agreement: Resource 5, the SSSC exemplar mentoring
 *    agreement, seeds/003, verbatim (including its Scots "outwith"); the
 *    "(time)" blank of clause 1 is a field of its own.
 *  - the coaching agreement: no source gives one; its clauses bring
 *    together seeds/004 (roles, confidentiality, referral only with the
 *    client's documented approval, frequency and place of sessions,
 *    feedback at the end), seeds/003 (line managers receive nothing
 *    confidential to the relationship; 24 hours' notice) and Brainard's
 *    no-fault clause. */

/* Learning contract */

static const CbAgreementClause learning_contract_clauses[] = {
  {
    "contract_introduction",
    /* Translators: default wording of the opening of a learning contract */
    N_("We agree this learning contract at the start of our work together. It sets out the learner’s overall goal, the learning objectives, how they will be achieved and how achievements will be assessed, the target dates for starting and completing the programme, and when and how progress will be reviewed."),
    NULL,
  },
};

/* Mentoring agreement (Brainard, Harkus & George 1998) */

static const CbAgreementClause mentoring_clauses[] = {
  {
    "mentoring_introduction",
    /* Translators: default wording of the opening of a mentoring agreement (Brainard, Harkus & George 1998) */
    N_("We are voluntarily entering into a mentoring relationship from which we both expect to benefit. We want this to be a rich, rewarding experience with most of our time together spent in professional development activities. To this end, we have mutually agreed upon the terms and conditions of our relationship as outlined in this agreement."),
    NULL,
  },
  {
    "mentoring_confidentiality",
    /* Translators: default wording of the confidentiality clause of a mentoring agreement; the off-limits issues are written after it */
    N_("Any sensitive issues that we discuss will be held in confidence. Issues that are off-limits in this relationship include:"),
    NULL,
  },
  {
    "meeting_notice",
    /* Translators: default wording of the notice clause of a mentoring agreement; it follows "We will attempt to meet at least N times each month." */
    N_("If we cannot attend a scheduled meeting, we agree to notify one another in advance."),
    NULL,
  },
  {
    "mentoring_duration",
    /* Translators: default wording of the duration clause of a mentoring agreement; a date or an event is written after it */
    N_("We have determined that our mentoring relationship will continue as long as we both feel comfortable or until:"),
    NULL,
  },
  {
    "no_fault_termination",
    /* Translators: default wording of the no-fault termination clause of a mentoring agreement */
    N_("We are committed to open and honest communication in our relationship. We will discuss and attempt to resolve any conflicts as they arise. If, however, one of us needs to terminate the relationship for any reason, we agree to abide by one another’s decision."),
    NULL,
  },
};

/* Peer mentoring agreement (SSSC, Resource 5) */

static const char * const mentor_role_items[] = {
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("jointly manage one-to-one mentoring meetings providing individualised support and guidance to mentee"),
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("create a safe learning environment"),
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("facilitate the development of the relationship"),
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("support the mentee in identifying professional learning and development goals and reviewing progress"),
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("give the mentee responsibility for their own learning"),
  /* Translators: default wording of an item of "We agree that the mentor’s role is to:" in a peer mentoring agreement */
  N_("contribute to the monitoring and evaluation process."),
  NULL
};

static const char * const mentee_role_items[] = {
  /* Translators: default wording of an item of "We agree that the mentee’s role is to:" in a peer mentoring agreement */
  N_("work with the mentor to develop a personal action plan and set own learning goals"),
  /* Translators: default wording of an item of "We agree that the mentee’s role is to:" in a peer mentoring agreement */
  N_("engage in regular review of progress and update their action plan as required"),
  /* Translators: default wording of an item of "We agree that the mentee’s role is to:" in a peer mentoring agreement */
  N_("keep joint records of the meetings"),
  /* Translators: default wording of an item of "We agree that the mentee’s role is to:" in a peer mentoring agreement */
  N_("contribute to the monitoring and evaluation process."),
  NULL
};

static const CbAgreementClause peer_mentoring_clauses[] = {
  {
    "peer_introduction",
    /* Translators: default wording of the opening of a peer mentoring agreement (SSSC exemplar) */
    N_("We are both voluntarily entering into this partnership. Our meetings will focus on the mentee’s learning and development issues. We agree that:"),
    NULL,
  },
  {
    "peer_duration",
    /* Translators: default wording of clause 1 of a peer mentoring agreement; it follows "The mentoring relationship will last for (time)." */
    N_("Progress will be monitored on an ongoing basis through contact with the programme co-ordinator/manager. The timescales for the meetings are decided by the programme and will end on a pre-determined date."),
    NULL,
  },
  {
    "meeting_frequency",
    /* Translators: default wording of clause 2 of a peer mentoring agreement (meeting frequency); "outwith" is Scots English for "outside" */
    N_("We will meet at least once every month with contact outwith the meeting every two weeks or as agreed. We undertake to honour all pre-arranged meetings unless there is an unavoidable cancellation. If this happens we will arrange an alternative date."),
    NULL,
  },
  {
    "cancellation_notice",
    /* Translators: default wording of clause 2 of a peer mentoring agreement, continued (cancellation notice) */
    N_("If for any reason either of us cannot make a meeting we will inform our partner at least 24 hours in advance and arrange an alternative date. Meetings can take place face-to-face, via email or by telephone."),
    NULL,
  },
  {
    "meeting_length",
    /* Translators: default wording of clause 3 of a peer mentoring agreement (meeting length) */
    N_("Each meeting will last a minimum of one hour and a maximum of two hours."),
    NULL,
  },
  {
    "between_meetings",
    /* Translators: default wording of clause 4 of a peer mentoring agreement (contact between meetings) */
    N_("Between meetings we will contact each other by email or telephone as agreed. We understand that there may be exceptional circumstances which require additional contact. Such contact will be made taking into account the boundaries of the relationship and with agreement by both parties."),
    NULL,
  },
  { "mentor_role", NULL, mentor_role_items },
  { "mentee_role", NULL, mentee_role_items },
  {
    "peer_confidentiality",
    /* Translators: default wording of clause 7 of a peer mentoring agreement (confidentiality) */
    N_("We agree that the content of these meetings will be confidential."),
    NULL,
  },
  {
    "feedback",
    /* Translators: default wording of clause 8 of a peer mentoring agreement (feedback) */
    N_("The mentor agrees to provide feedback to their mentee which is specific, timely, genuine, objective, and forward-looking."),
    NULL,
  },
  {
    "breakdown",
    /* Translators: default wording of clause 9 of a peer mentoring agreement (breakdown and re-matching) */
    N_("In the event of a breakdown in the relationship we agree to discuss the issues with the project before taking action to end the arrangement. If the breakdown is irretrievable no blame will be attributable to either party. Re-matching is at the discretion of the co-ordinator/manager."),
    NULL,
  },
  {
    "documentation",
    /* Translators: default wording of clause 10 of a peer mentoring agreement (documentation) */
    N_("We agree to forward any necessary documentation to the co-ordinator of the programme. We understand that it will be used to inform evaluation processes."),
    NULL,
  },
};

/* Coaching agreement */

static const CbAgreementClause coaching_clauses[] = {
  {
    "coaching_introduction",
    /* Translators: default wording of the opening of a coaching agreement */
    N_("We are voluntarily entering into a coaching relationship. Our sessions will be designed around the client’s needs and goals: the coach will help the client to find their own solutions rather than provide answers, and will not act as a counsellor or therapist."),
    NULL,
  },
  {
    "session_frequency",
    /* Translators: default wording of the clause on frequency and length of sessions of a coaching agreement */
    N_("We will meet once a month, for about an hour each time, and keep to the dates we arrange. This allows time to get things done between sessions, but not so much time that what has been done gets forgotten."),
    NULL,
  },
  {
    "venue_method",
    /* Translators: default wording of the clause on venue and method of a coaching agreement */
    N_("Sessions will take place face-to-face, by telephone or by video call, as we agree. Face-to-face sessions will be held in a place we both find pleasant and comfortable, away from noise and distractions."),
    NULL,
  },
  {
    "coaching_confidentiality",
    /* Translators: default wording of the confidentiality clause of a coaching agreement */
    N_("What we discuss in our sessions is confidential, and the coach keeps any notes securely. The coach will not discuss the client with their line manager, or with anyone else, without the client’s permission: the line manager receives only what is agreed below. If issues arise that are outside the remit of coaching, the coach will refer them on only with the client’s absolute approval, following a clear and documented discussion with the client."),
    NULL,
  },
  {
    "coaching_cancellation",
    /* Translators: default wording of the cancellation clause of a coaching agreement */
    N_("If either of us cannot attend a session, we will let the other know at least 24 hours in advance and arrange an alternative date."),
    NULL,
  },
  {
    "coaching_ending",
    /* Translators: default wording of the ending clause of a coaching agreement */
    N_("The coaching will end when the client’s goals have been achieved or on the date we agreed, whichever comes first. We will discuss and attempt to resolve any difficulties as they arise; if, however, either of us needs to end the relationship for any reason, we agree to abide by one another’s decision. We will close with a final review, and each give feedback on the coaching."),
    NULL,
  },
};

const CbAgreementClause *
cb_agreement_templates_get_clauses (CbAgreementKind  kind,
                                    guint           *n_clauses)
{
  const CbAgreementClause *clauses = NULL;
  guint n = 0;

  switch (kind)
    {
    case CB_AGREEMENT_KIND_LEARNING_CONTRACT:
      clauses = learning_contract_clauses;
      n = G_N_ELEMENTS (learning_contract_clauses);
      break;
    case CB_AGREEMENT_KIND_MENTORING:
      clauses = mentoring_clauses;
      n = G_N_ELEMENTS (mentoring_clauses);
      break;
    case CB_AGREEMENT_KIND_PEER_MENTORING:
      clauses = peer_mentoring_clauses;
      n = G_N_ELEMENTS (peer_mentoring_clauses);
      break;
    case CB_AGREEMENT_KIND_COACHING:
      clauses = coaching_clauses;
      n = G_N_ELEMENTS (coaching_clauses);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (n_clauses != NULL)
    *n_clauses = n;

  return clauses;
}

const CbAgreementClause *
cb_agreement_templates_find_clause (CbAgreementKind  kind,
                                    const char      *field)
{
  const CbAgreementClause *clauses;
  guint n = 0;

  g_return_val_if_fail (field != NULL, NULL);

  clauses = cb_agreement_templates_get_clauses (kind, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (clauses[i].field, field))
      return &clauses[i];

  return NULL;
}

char *
cb_agreement_clause_dup_text (const CbAgreementClause *clause)
{
  g_return_val_if_fail (clause != NULL, NULL);

  return clause->text != NULL ? g_strdup (_(clause->text)) : NULL;
}

GStrv
cb_agreement_clause_dup_items (const CbAgreementClause *clause)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (clause != NULL, NULL);

  if (clause->items == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; clause->items[i] != NULL; i++)
    g_strv_builder_add (builder, _(clause->items[i]));

  return g_strv_builder_end (builder);
}
