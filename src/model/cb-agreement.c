/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreement"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-agreement.h"
#include "cb-practice.h"
#include "cb-agreement-templates.h"

/* Agreements, FORMS.md §3: the learning contract of seeds/000 Track 3, the
 * Sample Mentoring Agreement of Brainard, Harkus & George (1998) in
 * seeds/001, the SSSC exemplar mentoring agreement (Resource 5) in
 * seeds/003 for peer mentoring, and a coaching agreement on the same frame.
 * The default wording of the clauses is in cb-agreement-templates.c. */

struct _CbAgreement
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbAgreement, cb_agreement, CB_TYPE_DOCUMENT)

G_DEFINE_QUARK (cb-agreement-error-quark, cb_agreement_error)

#define LC "learning-contract"
#define MENTORING "mentoring"
#define PEER "peer-mentoring"
#define COACHING "coaching"

static const CbFieldGroup groups[] = {
  { "agreement", N_("Agreement"), NULL, NULL },

  { "learning-contract", N_("Learning Contract"), N_("A learning contract should set out six things"), LC },
  { "lc-goal", N_("1. The Learner’s Overall Goal"), NULL, LC },
  { "lc-objectives", N_("2. Learning Objectives"), NULL, LC },
  { "lc-methods", N_("3. How the Goal and Objectives Will Be Achieved"), NULL, LC },
  { "lc-assessment", N_("4. How Achievements Will Be Assessed"), NULL, LC },
  { "lc-dates", N_("5. Target Dates"), N_("Having a time limit will ensure that work or learning is completed on time"), LC },
  { "lc-review", N_("6. When and How Progress Will Be Reviewed"), NULL, LC },

  { "mentoring", N_("Mentoring Agreement"), N_("Brainard, Harkus & George (1998)"), MENTORING },
  { "mentoring-objectives", N_("Objectives"), N_("Up to five things you hope to achieve, each with how you will accomplish it"), MENTORING },
  { "mentoring-confidentiality", N_("Confidentiality"), NULL, MENTORING },
  { "mentoring-meetings", N_("Frequency of Meetings"), NULL, MENTORING },
  { "mentoring-duration", N_("Duration"), NULL, MENTORING },
  { "mentoring-termination", N_("No-Fault Termination"), NULL, MENTORING },

  { "peer-mentoring", N_("Peer Mentoring Agreement"), N_("The exemplar mentoring agreement of a peer mentoring programme"), PEER },
  { "peer-meetings", N_("Meetings"), N_("Clauses 1 to 4: duration, frequency, length and contact between meetings"), PEER },
  { "peer-roles", N_("Roles"), N_("Clauses 5 and 6"), PEER },
  { "peer-conduct", N_("Confidentiality, Feedback and Documentation"), N_("Clauses 7 to 10"), PEER },

  { "coaching", N_("Coaching Agreement"), NULL, COACHING },
  { "coaching-sessions", N_("Sessions"), NULL, COACHING },
  { "coaching-confidentiality", N_("Confidentiality"), N_("Confidentiality and its limits: what, if anything, the line manager is told"), COACHING },
  { "coaching-ending", N_("Ending"), NULL, COACHING },

  { "dates", N_("Signatures and Dates"), NULL, NULL },
  { "private", N_("Private Notes"), N_("Your own notes, never printed unless you ask"), NULL },
};

enum {
  FIELD_KIND,
  FIELD_STATUS,
  FIELD_CUSTOM_TITLE,

  FIELD_CONTRACT_INTRODUCTION,
  FIELD_OVERALL_GOAL,
  FIELD_LEARNING_OBJECTIVES,
  FIELD_ACHIEVEMENT_METHODS,
  FIELD_ACHIEVEMENT_DETAILS,
  FIELD_ASSESSMENT_METHODS,
  FIELD_ASSESSMENT_DETAILS,
  FIELD_TARGET_START_DATE,
  FIELD_TARGET_COMPLETION_DATE,
  FIELD_PROGRESS_REVIEW_DATES,
  FIELD_PROGRESS_REVIEW_METHOD,

  FIELD_MENTORING_INTRODUCTION,
  FIELD_HOPE_1,
  FIELD_PLAN_1,
  FIELD_HOPE_2,
  FIELD_PLAN_2,
  FIELD_HOPE_3,
  FIELD_PLAN_3,
  FIELD_HOPE_4,
  FIELD_PLAN_4,
  FIELD_HOPE_5,
  FIELD_PLAN_5,
  FIELD_MENTORING_CONFIDENTIALITY,
  FIELD_OFF_LIMITS,
  FIELD_MEETINGS_PER_MONTH,
  FIELD_MEETING_NOTICE,
  FIELD_MENTORING_DURATION,
  FIELD_DURATION_UNTIL,
  FIELD_NO_FAULT_TERMINATION,

  FIELD_PEER_INTRODUCTION,
  FIELD_RELATIONSHIP_LENGTH,
  FIELD_PEER_DURATION,
  FIELD_MEETING_FREQUENCY,
  FIELD_CANCELLATION_NOTICE,
  FIELD_MEETING_LENGTH,
  FIELD_BETWEEN_MEETINGS,
  FIELD_MENTOR_ROLE,
  FIELD_MENTEE_ROLE,
  FIELD_PEER_CONFIDENTIALITY,
  FIELD_FEEDBACK,
  FIELD_BREAKDOWN,
  FIELD_DOCUMENTATION,

  FIELD_COACHING_INTRODUCTION,
  FIELD_COACHING_GOALS,
  FIELD_SESSION_FREQUENCY,
  FIELD_VENUE_METHOD,
  FIELD_COACHING_CANCELLATION,
  FIELD_FEES,
  FIELD_COACHING_CONFIDENTIALITY,
  FIELD_LINE_MANAGER_INFORMATION,
  FIELD_COACHING_ENDING,

  FIELD_DATE_AGREED,
  FIELD_COACH_SIGNED,
  FIELD_CLIENT_SIGNED,
  FIELD_REVIEW_DATE,
  FIELD_ENDED_DATE,
  FIELD_NOTES,

  N_FIELDS
};

#define NONE CB_FIELD_FLAG_NONE

static const CbFieldSpec fields[] = {
  [FIELD_KIND] = { "kind", CB_FIELD_CHOICE, N_("Kind of Agreement"), NULL, "agreement", cb_agreement_kind_get_type, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_STATUS] = { "status", CB_FIELD_CHOICE, N_("Status"), NULL, "agreement", cb_agreement_status_get_type, 0, CB_FIELD_FLAG_REQUIRED },
  /* Not "title": that is every document's display title (a property of CbDocument). */
  [FIELD_CUSTOM_TITLE] = { "custom_title", CB_FIELD_LINE, N_("Title"), N_("Optional: a title of your own instead of the kind of agreement"), "agreement", NULL, 0, NONE },

  /* Learning contract, seeds/000 Track 3: "A learning contract should set out six things". */
  [FIELD_CONTRACT_INTRODUCTION] = { "contract_introduction", CB_FIELD_TEXT, N_("Introduction"), N_("Agree a contract when you first meet the learner, during the first stage of the relationship"), "learning-contract", NULL, 0, NONE },
  [FIELD_OVERALL_GOAL] = { "overall_goal", CB_FIELD_TEXT, N_("The Learner’s Overall Goal"), N_("Why is he or she undertaking a learning programme?"), "lc-goal", NULL, 0, NONE },
  [FIELD_LEARNING_OBJECTIVES] = { "learning_objectives", CB_FIELD_LIST, N_("Learning Objectives"), N_("What does the learner need to do in order to achieve the goal?"), "lc-objectives", NULL, 0, NONE },
  [FIELD_ACHIEVEMENT_METHODS] = { "achievement_methods", CB_FIELD_MULTI_CHOICE, N_("Methods"), N_("A broad outline of how the goal and objectives will be achieved: will it be projects, work experience, formal training, e-learning or job shadowing? Or will the programme include a mixture of methods?"), "lc-methods", cb_learning_method_get_type, 0, NONE },
  [FIELD_ACHIEVEMENT_DETAILS] = { "achievement_details", CB_FIELD_TEXT, N_("Outline of the Programme"), N_("The projects, placements, training or courses, in broad outline"), "lc-methods", NULL, 0, NONE },
  [FIELD_ASSESSMENT_METHODS] = { "assessment_methods", CB_FIELD_MULTI_CHOICE, N_("Assessed By"), N_("Will you or the line manager do the assessment? Or will the learner self assess? If it’s an NVQ or unit credits, you will need the services of a qualified assessor."), "lc-assessment", cb_assessment_method_get_type, 0, NONE },
  [FIELD_ASSESSMENT_DETAILS] = { "assessment_details", CB_FIELD_TEXT, N_("How the Assessment Will Be Done"), NULL, "lc-assessment", NULL, 0, NONE },
  [FIELD_TARGET_START_DATE] = { "target_start_date", CB_FIELD_DATE, N_("Target Start Date"), N_("Target date for starting the programme"), "lc-dates", NULL, 0, NONE },
  [FIELD_TARGET_COMPLETION_DATE] = { "target_completion_date", CB_FIELD_DATE, N_("Target Completion Date"), N_("Target date for completing the programme"), "lc-dates", NULL, 0, NONE },
  [FIELD_PROGRESS_REVIEW_DATES] = { "progress_review_dates", CB_FIELD_LIST, N_("Review Dates"), N_("On which dates will you and the learner look back at progress and plan future work? One date (YYYY-MM-DD) a line"), "lc-review", NULL, 0, NONE },
  [FIELD_PROGRESS_REVIEW_METHOD] = { "progress_review_method", CB_FIELD_TEXT, N_("How Progress Will Be Reviewed"), NULL, "lc-review", NULL, 0, NONE },

  /* Mentoring agreement, Brainard, Harkus & George (1998), seeds/001. */
  [FIELD_MENTORING_INTRODUCTION] = { "mentoring_introduction", CB_FIELD_TEXT, N_("Introduction"), N_("Why you are entering into the relationship and what you both expect of it"), "mentoring", NULL, 0, NONE },
  [FIELD_HOPE_1] = { "hope_1", CB_FIELD_TEXT, N_("We hope to achieve (1)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_PLAN_1] = { "plan_1", CB_FIELD_TEXT, N_("To accomplish this we will (1)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_HOPE_2] = { "hope_2", CB_FIELD_TEXT, N_("We hope to achieve (2)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_PLAN_2] = { "plan_2", CB_FIELD_TEXT, N_("To accomplish this we will (2)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_HOPE_3] = { "hope_3", CB_FIELD_TEXT, N_("We hope to achieve (3)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_PLAN_3] = { "plan_3", CB_FIELD_TEXT, N_("To accomplish this we will (3)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_HOPE_4] = { "hope_4", CB_FIELD_TEXT, N_("We hope to achieve (4)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_PLAN_4] = { "plan_4", CB_FIELD_TEXT, N_("To accomplish this we will (4)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_HOPE_5] = { "hope_5", CB_FIELD_TEXT, N_("We hope to achieve (5)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_PLAN_5] = { "plan_5", CB_FIELD_TEXT, N_("To accomplish this we will (5)"), NULL, "mentoring-objectives", NULL, 0, NONE },
  [FIELD_MENTORING_CONFIDENTIALITY] = { "mentoring_confidentiality", CB_FIELD_TEXT, N_("Confidentiality"), NULL, "mentoring-confidentiality", NULL, 0, NONE },
  [FIELD_OFF_LIMITS] = { "off_limits", CB_FIELD_TEXT, N_("Issues That Are Off-Limits"), N_("Issues that are off-limits in this relationship include:"), "mentoring-confidentiality", NULL, 0, NONE },
  [FIELD_MEETINGS_PER_MONTH] = { "meetings_per_month", CB_FIELD_INTEGER, N_("Meetings a Month"), N_("We will attempt to meet at least this many time(s) each month"), "mentoring-meetings", NULL, 0, NONE },
  [FIELD_MEETING_NOTICE] = { "meeting_notice", CB_FIELD_TEXT, N_("Notice"), N_("What you do when a scheduled meeting cannot be attended"), "mentoring-meetings", NULL, 0, NONE },
  [FIELD_MENTORING_DURATION] = { "mentoring_duration", CB_FIELD_TEXT, N_("Duration"), NULL, "mentoring-duration", NULL, 0, NONE },
  [FIELD_DURATION_UNTIL] = { "duration_until", CB_FIELD_LINE, N_("Until"), N_("The relationship will continue as long as we both feel comfortable or until: a date (YYYY-MM-DD) or an event"), "mentoring-duration", NULL, 0, NONE },
  [FIELD_NO_FAULT_TERMINATION] = { "no_fault_termination", CB_FIELD_TEXT, N_("No-Fault Termination"), NULL, "mentoring-termination", NULL, 0, NONE },

  /* Peer mentoring agreement, SSSC Resource 5 (seeds/003), clauses 1–10. */
  [FIELD_PEER_INTRODUCTION] = { "peer_introduction", CB_FIELD_TEXT, N_("Introduction"), NULL, "peer-mentoring", NULL, 0, NONE },
  [FIELD_RELATIONSHIP_LENGTH] = { "relationship_length", CB_FIELD_LINE, N_("The Mentoring Relationship Will Last For"), N_("(time), for example “twelve months”"), "peer-meetings", NULL, 0, NONE },
  [FIELD_PEER_DURATION] = { "peer_duration", CB_FIELD_TEXT, N_("1. Duration"), N_("How progress is monitored and when the meetings end"), "peer-meetings", NULL, 0, NONE },
  [FIELD_MEETING_FREQUENCY] = { "meeting_frequency", CB_FIELD_TEXT, N_("2. Meeting Frequency"), N_("How often you meet, and how often you are in contact between meetings"), "peer-meetings", NULL, 0, NONE },
  [FIELD_CANCELLATION_NOTICE] = { "cancellation_notice", CB_FIELD_TEXT, N_("2. Meeting Frequency: Cancellation Notice"), N_("How much notice either of you gives when a meeting cannot go ahead"), "peer-meetings", NULL, 0, NONE },
  [FIELD_MEETING_LENGTH] = { "meeting_length", CB_FIELD_TEXT, N_("3. Meeting Length"), N_("The minimum and maximum length of a meeting"), "peer-meetings", NULL, 0, NONE },
  [FIELD_BETWEEN_MEETINGS] = { "between_meetings", CB_FIELD_TEXT, N_("4. Contact Between Meetings"), NULL, "peer-meetings", NULL, 0, NONE },
  [FIELD_MENTOR_ROLE] = { "mentor_role", CB_FIELD_LIST, N_("5. The Mentor’s Role"), N_("We agree that the mentor’s role is to:"), "peer-roles", NULL, 0, NONE },
  [FIELD_MENTEE_ROLE] = { "mentee_role", CB_FIELD_LIST, N_("6. The Mentee’s Role"), N_("We agree that the mentee’s role is to:"), "peer-roles", NULL, 0, NONE },
  [FIELD_PEER_CONFIDENTIALITY] = { "peer_confidentiality", CB_FIELD_TEXT, N_("7. Confidentiality"), NULL, "peer-conduct", NULL, 0, NONE },
  [FIELD_FEEDBACK] = { "feedback", CB_FIELD_TEXT, N_("8. Feedback"), N_("Feedback which is specific, timely, genuine, objective, and forward-looking"), "peer-conduct", NULL, 0, NONE },
  [FIELD_BREAKDOWN] = { "breakdown", CB_FIELD_TEXT, N_("9. Breakdown of the Relationship"), N_("Discussing the issues first; no blame; re-matching"), "peer-conduct", NULL, 0, NONE },
  [FIELD_DOCUMENTATION] = { "documentation", CB_FIELD_TEXT, N_("10. Documentation"), N_("What is forwarded to the co-ordinator of the programme"), "peer-conduct", NULL, 0, NONE },

  /* Coaching agreement. */
  [FIELD_COACHING_INTRODUCTION] = { "coaching_introduction", CB_FIELD_TEXT, N_("Introduction"), NULL, "coaching", NULL, 0, NONE },
  [FIELD_COACHING_GOALS] = { "coaching_goals", CB_FIELD_LIST, N_("Goals"), N_("What the client is looking to derive from the sessions, agreed at the outset"), "coaching", NULL, 0, NONE },
  [FIELD_SESSION_FREQUENCY] = { "session_frequency", CB_FIELD_TEXT, N_("Frequency and Length of Sessions"), N_("Agree the frequency of the sessions (e.g. monthly, bi-monthly) and stick to them"), "coaching-sessions", NULL, 0, NONE },
  [FIELD_VENUE_METHOD] = { "venue_method", CB_FIELD_TEXT, N_("Venue and Method"), N_("In person, telephone, email, video or a combination; a place both find pleasant and comfortable"), "coaching-sessions", NULL, 0, NONE },
  [FIELD_COACHING_CANCELLATION] = { "coaching_cancellation", CB_FIELD_TEXT, N_("Cancellation"), NULL, "coaching-sessions", NULL, 0, NONE },
  [FIELD_FEES] = { "fees", CB_FIELD_TEXT, N_("Fees"), N_("Optional: the fee, when it is paid, and any charge for late cancellation"), "coaching-sessions", NULL, 0, NONE },
  [FIELD_COACHING_CONFIDENTIALITY] = { "coaching_confidentiality", CB_FIELD_TEXT, N_("Confidentiality"), NULL, "coaching-confidentiality", NULL, 0, NONE },
  [FIELD_LINE_MANAGER_INFORMATION] = { "line_manager_information", CB_FIELD_TEXT, N_("What the Line Manager Receives"), N_("The line manager is a third party: agree what, if anything, they are told (for example the agreed objectives and the final review)"), "coaching-confidentiality", NULL, 0, NONE },
  [FIELD_COACHING_ENDING] = { "coaching_ending", CB_FIELD_TEXT, N_("Ending"), NULL, "coaching-ending", NULL, 0, NONE },

  /* Common to all kinds. */
  [FIELD_DATE_AGREED] = { "date_agreed", CB_FIELD_DATE, N_("Date Agreed"), N_("The later of the two signatures"), "dates", NULL, 0, NONE },
  [FIELD_COACH_SIGNED] = { "coach_signed", CB_FIELD_DATE, N_("Signed by Coach/Mentor"), NULL, "dates", NULL, 0, NONE },
  [FIELD_CLIENT_SIGNED] = { "client_signed", CB_FIELD_DATE, N_("Signed by Client"), NULL, "dates", NULL, 0, NONE },
  [FIELD_REVIEW_DATE] = { "review_date", CB_FIELD_DATE, N_("Review Date"), N_("When you will look at this agreement again"), "dates", NULL, 0, NONE },
  [FIELD_ENDED_DATE] = { "ended_date", CB_FIELD_DATE, N_("Date Ended"), NULL, "dates", NULL, 0, NONE },
  [FIELD_NOTES] = { "notes", CB_FIELD_TEXT, N_("Notes"), N_("Your own notes on this agreement"), "private", NULL, 0, CB_FIELD_FLAG_PRIVATE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

/* The stable names of the kinds on the command line, by value. */
static const char * const template_names[] = {
  [CB_AGREEMENT_KIND_LEARNING_CONTRACT] = "learning-contract",
  [CB_AGREEMENT_KIND_MENTORING] = "mentoring",
  [CB_AGREEMENT_KIND_PEER_MENTORING] = "peer-mentoring",
  [CB_AGREEMENT_KIND_COACHING] = "coaching",
};

static gboolean
kind_is_valid (CbAgreementKind kind)
{
  return (guint) kind < G_N_ELEMENTS (template_names);
}

static gboolean
field_is_empty (CbAgreement *self,
                guint        index)
{
  g_auto(GValue) value = G_VALUE_INIT;

  cb_record_get_value (CB_RECORD (self), index, &value);
  return cb_field_value_is_empty (&fields[index], &value);
}

/* The kind (its nick) a field belongs to, or NULL for a common field. */
static const char *
field_variant (guint index)
{
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    if (g_str_equal (groups[g].id, fields[index].group))
      return groups[g].variant;

  g_assert_not_reached ();
  return NULL;
}

static int
clause_index (const CbAgreementClause *clause)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (fields[i].name, clause->field))
      return i;

  g_assert_not_reached ();
  return -1;
}

/* Puts the built-in wording into the clauses of @kind; only into empty
 * ones unless @overwrite. */
static void
apply_built_in_wording (CbAgreement     *self,
                        CbAgreementKind  kind,
                        gboolean         overwrite)
{
  const CbAgreementClause *clauses;
  guint n = 0;

  clauses = cb_agreement_templates_get_clauses (kind, &n);
  for (guint i = 0; i < n; i++)
    {
      int index = clause_index (&clauses[i]);

      if (!overwrite && !field_is_empty (self, index))
        continue;

      if (clauses[i].items != NULL)
        {
          g_auto(GStrv) items = cb_agreement_clause_dup_items (&clauses[i]);
          cb_record_set_strv_at (CB_RECORD (self), index, (const char * const *) items);
        }
      else
        {
          g_autofree char *text = cb_agreement_clause_dup_text (&clauses[i]);
          cb_record_set_string_at (CB_RECORD (self), index, text);
        }
    }
}

/* What a clause says on paper: its wording in the agreement; on a blank
 * form, the built-in wording when the agreement has none. NULL when there
 * is nothing to print. */
static char *
dup_clause_text (CbAgreement *self,
                 guint        index,
                 gboolean     blank)
{
  const char *text = cb_record_get_string_at (CB_RECORD (self), index);
  const CbAgreementClause *clause;

  if (*text != '\0')
    return g_strdup (text);

  if (!blank)
    return NULL;

  clause = cb_agreement_templates_find_clause (cb_agreement_get_kind (self), fields[index].name);
  return clause != NULL ? cb_agreement_clause_dup_text (clause) : NULL;
}

static GStrv
dup_clause_items (CbAgreement *self,
                  guint        index,
                  gboolean     blank)
{
  g_auto(GStrv) items = cb_record_dup_strv_at (CB_RECORD (self), index);
  const CbAgreementClause *clause;

  if (items != NULL && items[0] != NULL)
    return g_steal_pointer (&items);

  if (!blank)
    return NULL;

  clause = cb_agreement_templates_find_clause (cb_agreement_get_kind (self), fields[index].name);
  return clause != NULL ? cb_agreement_clause_dup_items (clause) : NULL;
}

/* A fill-in's value on paper: NULL (a line to write on) on a blank form. */
static const char *
value_at (CbAgreement *self,
          guint        index,
          gboolean     blank)
{
  const char *text = cb_record_get_string_at (CB_RECORD (self), index);

  return blank || *text == '\0' ? NULL : text;
}

static char *
dup_date_at (CbAgreement *self,
             guint        index,
             gboolean     blank)
{
  return blank ? NULL : cb_format_date (cb_record_get_string_at (CB_RECORD (self), index));
}

/* A date as people read it, or the text as written when it is not one. */
static char *
dup_date_or_text (const char *text)
{
  char *date = cb_format_date (text);

  return date != NULL ? date : g_strdup (text);
}

static char *
numbered (guint       number,
          const char *text)
{
  /* Translators: a numbered clause or part of an agreement, e.g. "3. Each meeting will last…" */
  return g_strdup_printf (_("%u. %s"), number, text);
}

static void
add_flags_checklist (CbForm      *form,
                     const char  *label,
                     GType        flags_type,
                     guint        value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  guint64 checked = 0;

  for (guint i = 0; i < klass->n_values && i < 64; i++)
    {
      g_strv_builder_add (builder, cb_flag_get_label (flags_type, klass->values[i].value));
      if ((value & klass->values[i].value) != 0)
        checked |= G_GUINT64_CONSTANT (1) << i;
    }

  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, label, (const char * const *) choices, checked);
}

static void
add_clause_paragraph (CbAgreement *self,
                      CbForm      *form,
                      guint        index,
                      gboolean     blank)
{
  g_autofree char *text = dup_clause_text (self, index, blank);

  if (text != NULL)
    cb_form_add_paragraph (form, text);
}

/* seeds/000 Track 3: the six parts, each under its number, with the
 * source's prompt as the label of what is written. */
static void
describe_learning_contract (CbAgreement *self,
                            CbForm      *form,
                            gboolean     blank)
{
  g_auto(GStrv) objectives = blank ? NULL : cb_record_dup_strv_at (CB_RECORD (self), FIELD_LEARNING_OBJECTIVES);
  g_auto(GStrv) review_dates = blank ? NULL : cb_record_dup_strv_at (CB_RECORD (self), FIELD_PROGRESS_REVIEW_DATES);
  g_autofree char *start = dup_date_at (self, FIELD_TARGET_START_DATE, blank);
  g_autofree char *completion = dup_date_at (self, FIELD_TARGET_COMPLETION_DATE, blank);

  add_clause_paragraph (self, form, FIELD_CONTRACT_INTRODUCTION, blank);

  cb_form_add_heading (form, _("1. The learner’s overall goal"));
  cb_form_add_text (form, _(fields[FIELD_OVERALL_GOAL].help),
                    value_at (self, FIELD_OVERALL_GOAL, blank), 3);

  cb_form_add_heading (form, _("2. Learning objectives"));
  cb_form_add_list (form, _(fields[FIELD_LEARNING_OBJECTIVES].help),
                    (const char * const *) objectives, 4);

  cb_form_add_heading (form, _("3. How the goal and objectives will be achieved"));
  add_flags_checklist (form,
                       _("Will it be projects, work experience, formal training, e-learning or job shadowing? Or will the programme include a mixture of methods?"),
                       CB_TYPE_LEARNING_METHOD,
                       blank ? 0 : cb_record_get_flags_at (CB_RECORD (self), FIELD_ACHIEVEMENT_METHODS));
  cb_form_add_text (form, _(fields[FIELD_ACHIEVEMENT_DETAILS].label),
                    value_at (self, FIELD_ACHIEVEMENT_DETAILS, blank), 2);

  cb_form_add_heading (form, _("4. How achievements will be assessed"));
  add_flags_checklist (form, _(fields[FIELD_ASSESSMENT_METHODS].help),
                       CB_TYPE_ASSESSMENT_METHOD,
                       blank ? 0 : cb_record_get_flags_at (CB_RECORD (self), FIELD_ASSESSMENT_METHODS));
  cb_form_add_text (form, _(fields[FIELD_ASSESSMENT_DETAILS].label),
                    value_at (self, FIELD_ASSESSMENT_DETAILS, blank), 2);

  cb_form_add_heading (form, _("5. Target dates for starting and completing the programme"));
  cb_form_add_field (form, _("Start"), start);
  cb_form_add_field (form, _("Completion"), completion);

  cb_form_add_heading (form, _("6. When and how progress will be reviewed"));
  if (review_dates != NULL)
    for (guint i = 0; review_dates[i] != NULL; i++)
      {
        char *shown = dup_date_or_text (review_dates[i]);

        g_free (review_dates[i]);
        review_dates[i] = shown;
      }
  cb_form_add_list (form, _("On which dates will you and the learner look back at progress and plan future work?"),
                    (const char * const *) review_dates, 3);
  cb_form_add_text (form, _(fields[FIELD_PROGRESS_REVIEW_METHOD].label),
                    value_at (self, FIELD_PROGRESS_REVIEW_METHOD, blank), 2);
}

/* Brainard, Harkus & George (1998): the sample agreement's headings and
 * sentences, the blanks filled in. */
static void
describe_mentoring (CbAgreement *self,
                    CbForm      *form,
                    gboolean     blank)
{
  guint n_pairs = 5;
  gint64 per_month;
  g_autofree char *meetings = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *duration = NULL;
  const char *until;

  add_clause_paragraph (self, form, FIELD_MENTORING_INTRODUCTION, blank);

  /* Objectives: the pairs written in, or five pairs of lines. */
  cb_form_add_heading (form, _("Objectives"));
  if (!blank)
    {
      n_pairs = 0;
      for (guint i = 0; i < 5; i++)
        if (!field_is_empty (self, FIELD_HOPE_1 + 2 * i) || !field_is_empty (self, FIELD_PLAN_1 + 2 * i))
          n_pairs = i + 1;
      if (n_pairs == 0)
        n_pairs = 5;
    }
  for (guint i = 0; i < n_pairs; i++)
    {
      cb_form_add_text (form, _("We hope to achieve"), value_at (self, FIELD_HOPE_1 + 2 * i, blank), 2);
      cb_form_add_text (form, _("To accomplish this we will"), value_at (self, FIELD_PLAN_1 + 2 * i, blank), 2);
    }

  cb_form_add_heading (form, _("Confidentiality"));
  add_clause_paragraph (self, form, FIELD_MENTORING_CONFIDENTIALITY, blank);
  cb_form_add_paragraph (form, value_at (self, FIELD_OFF_LIMITS, blank));

  cb_form_add_heading (form, _("Frequency of Meetings"));
  per_month = blank ? 0 : cb_record_get_integer_at (CB_RECORD (self), FIELD_MEETINGS_PER_MONTH);
  if (per_month > 0)
    meetings = g_strdup_printf (ngettext ("We will attempt to meet at least %d time each month.",
                                          "We will attempt to meet at least %d times each month.",
                                          (unsigned long) MIN (per_month, G_MAXINT)),
                                (int) MIN (per_month, G_MAXINT));
  else
    meetings = g_strdup (_("We will attempt to meet at least ________ time(s) each month."));
  notice = dup_clause_text (self, FIELD_MEETING_NOTICE, blank);
  if (notice != NULL)
    {
      char *joined = g_strconcat (meetings, " ", notice, NULL);

      g_free (meetings);
      meetings = joined;
    }
  cb_form_add_paragraph (form, meetings);

  cb_form_add_heading (form, _("Duration"));
  duration = dup_clause_text (self, FIELD_MENTORING_DURATION, blank);
  until = value_at (self, FIELD_DURATION_UNTIL, blank);
  if (duration != NULL && until != NULL)
    {
      g_autofree char *shown = dup_date_or_text (until);
      g_autofree char *sentence = g_strconcat (duration, " ", shown, NULL);

      cb_form_add_paragraph (form, sentence);
    }
  else
    {
      g_autofree char *shown = until != NULL ? dup_date_or_text (until) : NULL;

      if (duration != NULL)
        cb_form_add_paragraph (form, duration);
      cb_form_add_field (form, _("Until"), shown);
    }

  if (blank || !field_is_empty (self, FIELD_NO_FAULT_TERMINATION))
    {
      cb_form_add_heading (form, _("No-Fault Termination"));
      add_clause_paragraph (self, form, FIELD_NO_FAULT_TERMINATION, blank);
    }
}

/* SSSC Resource 5: ten numbered clauses, then "We agree to the above
 * statements." */
static void
describe_peer_mentoring (CbAgreement *self,
                         CbForm      *form,
                         gboolean     blank)
{
  static const guint simple[] = {
    FIELD_MEETING_LENGTH, FIELD_BETWEEN_MEETINGS,
  };
  static const guint closing[] = {
    FIELD_PEER_CONFIDENTIALITY, FIELD_FEEDBACK, FIELD_BREAKDOWN, FIELD_DOCUMENTATION,
  };
  static const guint roles[] = { FIELD_MENTOR_ROLE, FIELD_MENTEE_ROLE };
  guint number = 1;

  add_clause_paragraph (self, form, FIELD_PEER_INTRODUCTION, blank);

  /* 1. The mentoring relationship will last for (time). … */
  {
    const char *length = value_at (self, FIELD_RELATIONSHIP_LENGTH, blank);
    g_autofree char *first = g_strdup_printf (_("The mentoring relationship will last for %s."),
                                              length != NULL ? length : "________");
    g_autofree char *rest = dup_clause_text (self, FIELD_PEER_DURATION, blank);
    g_autofree char *joined = rest != NULL ? g_strconcat (first, " ", rest, NULL) : g_strdup (first);
    g_autofree char *text = numbered (number++, joined);

    cb_form_add_paragraph (form, text);
  }

  /* 2. Frequency, then cancellation notice, as one clause. */
  {
    g_autofree char *frequency = dup_clause_text (self, FIELD_MEETING_FREQUENCY, blank);
    g_autofree char *cancellation = dup_clause_text (self, FIELD_CANCELLATION_NOTICE, blank);

    if (frequency != NULL || cancellation != NULL)
      {
        g_autofree char *joined = g_strjoin (" ",
                                             frequency != NULL ? frequency : cancellation,
                                             frequency != NULL ? cancellation : NULL,
                                             NULL);
        g_autofree char *text = numbered (number++, joined);

        cb_form_add_paragraph (form, text);
      }
  }

  /* 3. Length; 4. between meetings. */
  for (guint i = 0; i < G_N_ELEMENTS (simple); i++)
    {
      g_autofree char *clause = dup_clause_text (self, simple[i], blank);

      if (clause != NULL)
        {
          g_autofree char *text = numbered (number++, clause);
          cb_form_add_paragraph (form, text);
        }
    }

  /* 5. and 6.: the roles, as lists. */
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_auto(GStrv) items = dup_clause_items (self, roles[i], blank);
      const char *lead = roles[i] == FIELD_MENTOR_ROLE
                         ? _("We agree that the mentor’s role is to")
                         : _("We agree that the mentee’s role is to");

      if (items != NULL)
        {
          g_autofree char *label = numbered (number++, lead);
          cb_form_add_list (form, label, (const char * const *) items, 3);
        }
    }

  /* 7.–10. */
  for (guint i = 0; i < G_N_ELEMENTS (closing); i++)
    {
      g_autofree char *clause = dup_clause_text (self, closing[i], blank);

      if (clause != NULL)
        {
          g_autofree char *text = numbered (number++, clause);
          cb_form_add_paragraph (form, text);
        }
    }

  cb_form_add_paragraph (form, _("We agree to the above statements."));
}

static void
describe_coaching (CbAgreement *self,
                   CbForm      *form,
                   gboolean     blank)
{
  g_auto(GStrv) goals = blank ? NULL : cb_record_dup_strv_at (CB_RECORD (self), FIELD_COACHING_GOALS);
  static const struct { guint field; const char *heading; } clauses[] = {
    { FIELD_SESSION_FREQUENCY, N_("Frequency and Length of Sessions") },
    { FIELD_VENUE_METHOD, N_("Venue and Method") },
    { FIELD_COACHING_CANCELLATION, N_("Cancellation") },
  };

  add_clause_paragraph (self, form, FIELD_COACHING_INTRODUCTION, blank);

  cb_form_add_heading (form, _("Goals"));
  cb_form_add_list (form, _(fields[FIELD_COACHING_GOALS].help), (const char * const *) goals, 4);

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      if (!blank && field_is_empty (self, clauses[i].field))
        continue;
      cb_form_add_heading (form, _(clauses[i].heading));
      add_clause_paragraph (self, form, clauses[i].field, blank);
    }

  /* Fees are optional: printed when agreed, left to write in on a blank form. */
  if (blank || !field_is_empty (self, FIELD_FEES))
    {
      cb_form_add_heading (form, _("Fees"));
      cb_form_add_paragraph (form, value_at (self, FIELD_FEES, blank));
    }

  cb_form_add_heading (form, _("Confidentiality"));
  add_clause_paragraph (self, form, FIELD_COACHING_CONFIDENTIALITY, blank);
  cb_form_add_text (form, _(fields[FIELD_LINE_MANAGER_INFORMATION].label),
                    value_at (self, FIELD_LINE_MANAGER_INFORMATION, blank), 2);

  if (blank || !field_is_empty (self, FIELD_COACHING_ENDING))
    {
      cb_form_add_heading (form, _("Ending"));
      add_clause_paragraph (self, form, FIELD_COACHING_ENDING, blank);
    }
}

static void
describe_dates (CbAgreement *self,
                CbForm      *form,
                gboolean     blank)
{
  static const guint dates[] = {
    FIELD_DATE_AGREED, FIELD_COACH_SIGNED, FIELD_CLIENT_SIGNED, FIELD_REVIEW_DATE, FIELD_ENDED_DATE,
  };

  cb_form_add_heading (form, _("Status and Dates"));

  if (blank)
    {
      /* The signatures carry their own date lines. */
      cb_form_add_field (form, _(fields[FIELD_DATE_AGREED].label), NULL);
      cb_form_add_field (form, _(fields[FIELD_REVIEW_DATE].label), NULL);
      return;
    }

  cb_form_add_field (form, _(fields[FIELD_STATUS].label),
                     cb_enum_get_label (CB_TYPE_AGREEMENT_STATUS, cb_agreement_get_status (self)));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *shown = cb_format_date (cb_record_get_string_at (CB_RECORD (self), dates[i]));

      if (shown != NULL || dates[i] == FIELD_DATE_AGREED || dates[i] == FIELD_REVIEW_DATE)
        cb_form_add_field (form, _(fields[dates[i]].label), shown);
    }
}

static CbForm *
cb_agreement_describe_form (CbDocument          *document,
                            const CbFormContext *context)
{
  CbAgreement *self = CB_AGREEMENT (document);
  CbAgreementKind kind = cb_agreement_get_kind (self);
  gboolean blank = context->blank;
  const char *custom_title = cb_record_get_string_at (CB_RECORD (self), FIELD_CUSTOM_TITLE);
  const char *parties[3] = { NULL, NULL, NULL };
  CbForm *form;

  form = cb_document_begin_form (document, cb_enum_get_label (CB_TYPE_AGREEMENT_KIND, kind), context);
  if (!blank && *custom_title != '\0')
    cb_form_add_subtitle (form, custom_title);

  switch (kind)
    {
    case CB_AGREEMENT_KIND_LEARNING_CONTRACT:
      describe_learning_contract (self, form, blank);
      /* Translators: a party signing a learning contract */
      parties[0] = _("Learner");
      /* Translators: a party signing a learning contract */
      parties[1] = _("Coach / Mentor");
      break;
    case CB_AGREEMENT_KIND_MENTORING:
      describe_mentoring (self, form, blank);
      parties[0] = _("Mentor");
      parties[1] = _("Mentee");
      break;
    case CB_AGREEMENT_KIND_PEER_MENTORING:
      describe_peer_mentoring (self, form, blank);
      parties[0] = _("Mentor");
      parties[1] = _("Mentee");
      break;
    case CB_AGREEMENT_KIND_COACHING:
    default:
      describe_coaching (self, form, blank);
      parties[0] = _("Coach");
      parties[1] = _("Client");
      break;
    }

  describe_dates (self, form, blank);
  cb_form_add_signatures (form, parties);

  if (context->include_private && !blank && !field_is_empty (self, FIELD_NOTES))
    {
      cb_form_add_heading (form, _("Private Notes"));
      cb_form_add_text (form, _(fields[FIELD_NOTES].label), cb_record_get_string_at (CB_RECORD (self), FIELD_NOTES), 4);
    }

  return form;
}

static char *
cb_agreement_dup_title (CbDocument *document)
{
  CbAgreement *self = CB_AGREEMENT (document);
  const char *custom_title = cb_record_get_string_at (CB_RECORD (self), FIELD_CUSTOM_TITLE);

  if (*custom_title != '\0')
    return g_strdup (custom_title);

  return g_strdup (cb_enum_get_label (CB_TYPE_AGREEMENT_KIND, cb_agreement_get_kind (self)));
}

static void
cb_agreement_class_init (CbAgreementClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);

  document_class->type_name = "coachbook.agreement";
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "agreements";
  document_class->date_field = "date_agreed";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = N_("_Agreements");
  document_class->icon_name = "document-edit-symbolic";
  document_class->help_page = "agreements";
  document_class->form_title = N_("Agreement");
  document_class->dup_title = cb_agreement_dup_title;
  document_class->describe_form = cb_agreement_describe_form;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
  cb_record_class_set_variant_field (CB_RECORD_CLASS (klass), "kind");
}

static void
cb_agreement_init (CbAgreement *self)
{
}

CbAgreement *
cb_agreement_new (CbAgreementKind kind)
{
  CbAgreement *self;

  g_return_val_if_fail (kind_is_valid (kind), NULL);

  self = g_object_new (CB_TYPE_AGREEMENT, NULL);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_agreement_set_kind (self, kind);
  cb_agreement_set_status (self, CB_AGREEMENT_STATUS_DRAFT);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

CbAgreement *
cb_agreement_new_from_template (CbAgreementKind  kind,
                                CbAgreement     *practice_template)
{
  CbAgreement *self;
  const char *nick;

  g_return_val_if_fail (kind_is_valid (kind), NULL);
  g_return_val_if_fail (practice_template == NULL || CB_IS_AGREEMENT (practice_template), NULL);
  g_return_val_if_fail (practice_template == NULL || cb_agreement_get_kind (practice_template) == kind, NULL);

  self = cb_agreement_new (kind);
  nick = cb_enum_to_nick (CB_TYPE_AGREEMENT_KIND, kind);

  cb_record_freeze_changes (CB_RECORD (self));

  if (practice_template == NULL)
    {
      apply_built_in_wording (self, kind, TRUE);
    }
  else
    {
      /* The practice's own wording of this kind, as it stands: every field
       * of the kind (a clause it left empty stays empty; a part it filled
       * in, such as fees, is kept). Never the common fields: status, dates,
       * title and notes belong to one agreement. */
      for (guint i = 0; i < N_FIELDS; i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          if (g_strcmp0 (field_variant (i), nick) != 0)
            continue;

          cb_record_get_value (CB_RECORD (practice_template), i, &value);
          cb_record_set_value (CB_RECORD (self), i, &value);
        }
    }

  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

void
cb_agreement_fill_defaults (CbAgreement *self)
{
  g_return_if_fail (CB_IS_AGREEMENT (self));

  apply_built_in_wording (self, cb_agreement_get_kind (self), FALSE);
}

CbAgreementKind
cb_agreement_get_kind (CbAgreement *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENT (self), 0);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_KIND);
}

void
cb_agreement_set_kind (CbAgreement     *self,
                       CbAgreementKind  kind)
{
  g_return_if_fail (CB_IS_AGREEMENT (self));
  g_return_if_fail (kind_is_valid (kind));

  cb_record_set_enum (CB_RECORD (self), "kind", kind);
}

CbAgreementStatus
cb_agreement_get_status (CbAgreement *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENT (self), 0);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_STATUS);
}

void
cb_agreement_set_status (CbAgreement       *self,
                         CbAgreementStatus  status)
{
  g_return_if_fail (CB_IS_AGREEMENT (self));
  g_return_if_fail (status <= CB_AGREEMENT_STATUS_ENDED);

  cb_record_set_enum (CB_RECORD (self), "status", status);
}

typedef enum
{
  CHANGE_AGREE,
  CHANGE_END,
} Change;

static gboolean
check_can_change (CbAgreement  *self,
                  Change        change,
                  GError      **error)
{
  g_autofree char *title = NULL;
  g_autofree char *ended = NULL;

  if (cb_record_get_editable (CB_RECORD (self)) && !cb_document_get_read_only (CB_DOCUMENT (self)) &&
      cb_agreement_get_status (self) != CB_AGREEMENT_STATUS_ENDED)
    return TRUE;

  title = cb_document_dup_title (CB_DOCUMENT (self));

  if (!cb_record_get_editable (CB_RECORD (self)) || cb_document_get_read_only (CB_DOCUMENT (self)))
    {
      g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_READ_ONLY,
                   change == CHANGE_AGREE
                   /* Translators: %s is the agreement's title */
                   ? _("“%s” cannot be marked as agreed: it was written by a newer version of Coachbook and can only be read here. Update Coachbook to change it.")
                   /* Translators: %s is the agreement's title */
                   : _("“%s” cannot be ended: it was written by a newer version of Coachbook and can only be read here. Update Coachbook to change it."),
                   title);
      return FALSE;
    }

  ended = cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_ENDED_DATE));
  if (ended != NULL)
    g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_ENDED,
                 change == CHANGE_AGREE
                 /* Translators: the first %s is the agreement's title, the second a date */
                 ? _("“%s” cannot be marked as agreed: it ended on %s. To work together again, start a new agreement.")
                 /* Translators: the first %s is the agreement's title, the second a date */
                 : _("“%s” has already ended, on %s."),
                 title, ended);
  else
    g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_ENDED,
                 change == CHANGE_AGREE
                 /* Translators: %s is the agreement's title */
                 ? _("“%s” cannot be marked as agreed: it has ended. To work together again, start a new agreement.")
                 /* Translators: %s is the agreement's title */
                 : _("“%s” has already ended."),
                 title);
  return FALSE;
}

static gboolean
check_date (const char  *date,
            const char  *whose,
            GError     **error)
{
  if (date == NULL || *date == '\0')
    {
      g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE,
                   /* Translators: %s says whose date it is, e.g. "the date the client signed" */
                   _("Enter %s, as year-month-day (for example 2026-03-09)."),
                   whose);
      return FALSE;
    }

  if (!cb_date_is_valid_iso (date))
    {
      g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_INVALID_DATE,
                   /* Translators: the first %s is what was typed, the second says whose date it is, e.g. "the date the client signed" */
                   _("“%s” is not a date. Enter %s as year-month-day, for example 2026-03-09."),
                   date, whose);
      return FALSE;
    }

  return TRUE;
}

gboolean
cb_agreement_mark_agreed (CbAgreement  *self,
                          const char   *coach_signed,
                          const char   *client_signed,
                          GError      **error)
{
  const char *agreed;

  g_return_val_if_fail (CB_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_can_change (self, CHANGE_AGREE, error) ||
      !check_date (coach_signed, _("the date the coach or mentor signed"), error) ||
      !check_date (client_signed, _("the date the client signed"), error))
    return FALSE;

  /* ISO dates sort as text. */
  agreed = strcmp (coach_signed, client_signed) >= 0 ? coach_signed : client_signed;

  cb_record_set_string_at (CB_RECORD (self), FIELD_COACH_SIGNED, coach_signed);
  cb_record_set_string_at (CB_RECORD (self), FIELD_CLIENT_SIGNED, client_signed);
  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE_AGREED, agreed);
  cb_agreement_set_status (self, CB_AGREEMENT_STATUS_AGREED);

  return TRUE;
}

gboolean
cb_agreement_end (CbAgreement  *self,
                  const char   *date,
                  GError      **error)
{
  const char *agreed;

  g_return_val_if_fail (CB_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_can_change (self, CHANGE_END, error) ||
      !check_date (date, _("the date the agreement ended"), error))
    return FALSE;

  agreed = cb_record_get_string_at (CB_RECORD (self), FIELD_DATE_AGREED);
  if (cb_date_is_valid_iso (agreed) && strcmp (date, agreed) < 0)
    {
      g_autofree char *shown_end = cb_format_date (date);
      g_autofree char *shown_agreed = cb_format_date (agreed);

      g_set_error (error, CB_AGREEMENT_ERROR, CB_AGREEMENT_ERROR_DATE_ORDER,
                   /* Translators: both are dates */
                   _("The agreement cannot end on %s, before it was agreed on %s. Check the end date."),
                   shown_end, shown_agreed);
      return FALSE;
    }

  cb_record_set_string_at (CB_RECORD (self), FIELD_ENDED_DATE, date);
  cb_agreement_set_status (self, CB_AGREEMENT_STATUS_ENDED);

  return TRUE;
}

const char *
cb_agreement_kind_get_template_name (CbAgreementKind kind)
{
  g_return_val_if_fail (kind_is_valid (kind), NULL);

  return template_names[kind];
}

gboolean
cb_agreement_kind_from_template_name (const char      *name,
                                      CbAgreementKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (template_names); i++)
    {
      if (g_str_equal (template_names[i], name))
        {
          if (kind != NULL)
            *kind = (CbAgreementKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

GStrv
cb_agreement_kind_dup_clause_fields (CbAgreementKind kind)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  const CbAgreementClause *clauses;
  guint n = 0;

  g_return_val_if_fail (kind_is_valid (kind), NULL);

  builder = g_strv_builder_new ();
  clauses = cb_agreement_templates_get_clauses (kind, &n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, clauses[i].field);

  return g_strv_builder_end (builder);
}

CbAgreement *
cb_agreement_find_template (CbPractice      *practice,
                            CbAgreementKind  kind)
{
  GListModel *documents;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  documents = cb_practice_get_templates (practice);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_AGREEMENT (document) && cb_agreement_get_kind (CB_AGREEMENT (document)) == kind)
        return CB_AGREEMENT (document);
    }

  return NULL;
}

char *
cb_agreement_dup_when (CbAgreement *agreement)
{
  CbRecord *record = CB_RECORD (agreement);
  const char *ended = cb_record_get_string (record, "ended_date");
  const char *agreed = cb_record_get_string (record, "date_agreed");
  g_autofree char *created_iso = NULL;
  g_autofree char *date = NULL;
  GDateTime *created;

  g_return_val_if_fail (CB_IS_AGREEMENT (agreement), NULL);

  if (cb_agreement_get_status (agreement) == CB_AGREEMENT_STATUS_ENDED &&
      (date = cb_format_date (ended)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Ended %s"), date);

  if ((date = cb_format_date (agreed)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Agreed %s"), date);

  created = cb_document_get_created (CB_DOCUMENT (agreement));
  if (created != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (created);

      created_iso = g_date_time_format (local, "%Y-%m-%d");
    }
  if ((date = cb_format_date (created_iso)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Drafted %s"), date);

  return g_strdup (_("Not agreed yet"));
}
