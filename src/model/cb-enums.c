/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-enums.h"

/* Each type is registered from a GEnumValue/GFlagsValue table; the labels
 * shown to people live beside it, in the same order, and are attached to
 * the type as qdata so generic code can find them from the GType alone. */

static GQuark
labels_quark (void)
{
  static GQuark q;

  if G_UNLIKELY (q == 0)
    q = g_quark_from_static_string ("cb-choice-labels");

  return q;
}

#define CB_DEFINE_ENUM(func, Name, ...)                                    \
GType                                                                      \
func (void)                                                                \
{                                                                          \
  static gsize type_id;                                                    \
  static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };   \
                                                                           \
  if (g_once_init_enter (&type_id))                                        \
    {                                                                      \
      GType t = g_enum_register_static (#Name, values);                     \
      g_type_set_qdata (t, labels_quark (), (gpointer) Name##_labels);     \
      g_once_init_leave (&type_id, t);                                     \
    }                                                                      \
  return type_id;                                                          \
}

#define CB_DEFINE_FLAGS(func, Name, ...)                                   \
GType                                                                      \
func (void)                                                                \
{                                                                          \
  static gsize type_id;                                                    \
  static const GFlagsValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };  \
                                                                           \
  if (g_once_init_enter (&type_id))                                        \
    {                                                                      \
      GType t = g_flags_register_static (#Name, values);                    \
      g_type_set_qdata (t, labels_quark (), (gpointer) Name##_labels);     \
      g_once_init_leave (&type_id, t);                                     \
    }                                                                      \
  return type_id;                                                          \
}

static const char * const CbClientStatus_labels[] = {
  N_("Enquiry"), N_("Active"), N_("Paused"), N_("Ended"),
};
CB_DEFINE_ENUM (cb_client_status_get_type, CbClientStatus,
  { CB_CLIENT_STATUS_ENQUIRY, "CB_CLIENT_STATUS_ENQUIRY", "enquiry" },
  { CB_CLIENT_STATUS_ACTIVE, "CB_CLIENT_STATUS_ACTIVE", "active" },
  { CB_CLIENT_STATUS_PAUSED, "CB_CLIENT_STATUS_PAUSED", "paused" },
  { CB_CLIENT_STATUS_ENDED, "CB_CLIENT_STATUS_ENDED", "ended" })

static const char * const CbRelationship_labels[] = {
  N_("Not recorded"), N_("Coaching"), N_("Mentoring"), N_("Reverse mentoring"), N_("Peer mentoring"),
};
CB_DEFINE_ENUM (cb_relationship_get_type, CbRelationship,
  { CB_RELATIONSHIP_UNSET, "CB_RELATIONSHIP_UNSET", "unset" },
  { CB_RELATIONSHIP_COACHING, "CB_RELATIONSHIP_COACHING", "coaching" },
  { CB_RELATIONSHIP_MENTORING, "CB_RELATIONSHIP_MENTORING", "mentoring" },
  { CB_RELATIONSHIP_REVERSE_MENTORING, "CB_RELATIONSHIP_REVERSE_MENTORING", "reverse-mentoring" },
  { CB_RELATIONSHIP_PEER_MENTORING, "CB_RELATIONSHIP_PEER_MENTORING", "peer-mentoring" })

static const char * const CbMentoringModel_labels[] = {
  N_("Not recorded"), N_("One-to-one"), N_("Group (one mentor, up to four mentees)"),
  N_("Two-by-two"), N_("Team"),
};
CB_DEFINE_ENUM (cb_mentoring_model_get_type, CbMentoringModel,
  { CB_MENTORING_MODEL_UNSET, "CB_MENTORING_MODEL_UNSET", "unset" },
  { CB_MENTORING_MODEL_ONE_TO_ONE, "CB_MENTORING_MODEL_ONE_TO_ONE", "one-to-one" },
  { CB_MENTORING_MODEL_GROUP, "CB_MENTORING_MODEL_GROUP", "group" },
  { CB_MENTORING_MODEL_TWO_BY_TWO, "CB_MENTORING_MODEL_TWO_BY_TWO", "two-by-two" },
  { CB_MENTORING_MODEL_TEAM, "CB_MENTORING_MODEL_TEAM", "team" })

static const char * const CbEndReason_labels[] = {
  N_("Not recorded"), N_("Goals achieved"), N_("Agreed duration reached"),
  N_("No-fault termination"), N_("Referred on"), N_("Other"),
};
CB_DEFINE_ENUM (cb_end_reason_get_type, CbEndReason,
  { CB_END_REASON_UNSET, "CB_END_REASON_UNSET", "unset" },
  { CB_END_REASON_GOALS_ACHIEVED, "CB_END_REASON_GOALS_ACHIEVED", "goals-achieved" },
  { CB_END_REASON_DURATION_REACHED, "CB_END_REASON_DURATION_REACHED", "duration-reached" },
  { CB_END_REASON_NO_FAULT_TERMINATION, "CB_END_REASON_NO_FAULT_TERMINATION", "no-fault-termination" },
  { CB_END_REASON_REFERRED_ON, "CB_END_REASON_REFERRED_ON", "referred-on" },
  { CB_END_REASON_OTHER, "CB_END_REASON_OTHER", "other" })

static const char * const CbLifecycleStage_labels[] = {
  N_("Gaining a commitment"), N_("Getting to know each other"), N_("Working together"),
  N_("Learning together"), N_("Reviewing and evaluation"), N_("Saying good-bye"),
};
CB_DEFINE_ENUM (cb_lifecycle_stage_get_type, CbLifecycleStage,
  { CB_LIFECYCLE_STAGE_GAINING_COMMITMENT, "CB_LIFECYCLE_STAGE_GAINING_COMMITMENT", "gaining-commitment" },
  { CB_LIFECYCLE_STAGE_GETTING_TO_KNOW, "CB_LIFECYCLE_STAGE_GETTING_TO_KNOW", "getting-to-know" },
  { CB_LIFECYCLE_STAGE_WORKING_TOGETHER, "CB_LIFECYCLE_STAGE_WORKING_TOGETHER", "working-together" },
  { CB_LIFECYCLE_STAGE_LEARNING_TOGETHER, "CB_LIFECYCLE_STAGE_LEARNING_TOGETHER", "learning-together" },
  { CB_LIFECYCLE_STAGE_REVIEWING, "CB_LIFECYCLE_STAGE_REVIEWING", "reviewing" },
  { CB_LIFECYCLE_STAGE_SAYING_GOODBYE, "CB_LIFECYCLE_STAGE_SAYING_GOODBYE", "saying-goodbye" })

static const char * const CbLearningStyle_labels[] = {
  N_("Not recorded"), N_("Doer (active learner)"), N_("Thinker (reflective learner)"),
};
CB_DEFINE_ENUM (cb_learning_style_get_type, CbLearningStyle,
  { CB_LEARNING_STYLE_UNSET, "CB_LEARNING_STYLE_UNSET", "unset" },
  { CB_LEARNING_STYLE_DOER, "CB_LEARNING_STYLE_DOER", "doer" },
  { CB_LEARNING_STYLE_THINKER, "CB_LEARNING_STYLE_THINKER", "thinker" })

static const char * const CbHoneyMumford_labels[] = {
  N_("Activist"), N_("Reflector"), N_("Theorist"), N_("Pragmatist"),
};
CB_DEFINE_FLAGS (cb_honey_mumford_get_type, CbHoneyMumford,
  { CB_HONEY_MUMFORD_ACTIVIST, "CB_HONEY_MUMFORD_ACTIVIST", "activist" },
  { CB_HONEY_MUMFORD_REFLECTOR, "CB_HONEY_MUMFORD_REFLECTOR", "reflector" },
  { CB_HONEY_MUMFORD_THEORIST, "CB_HONEY_MUMFORD_THEORIST", "theorist" },
  { CB_HONEY_MUMFORD_PRAGMATIST, "CB_HONEY_MUMFORD_PRAGMATIST", "pragmatist" })

static const char * const CbVak_labels[] = {
  N_("Visual"), N_("Auditory"), N_("Kinaesthetic"),
};
CB_DEFINE_FLAGS (cb_vak_get_type, CbVak,
  { CB_VAK_VISUAL, "CB_VAK_VISUAL", "visual" },
  { CB_VAK_AUDITORY, "CB_VAK_AUDITORY", "auditory" },
  { CB_VAK_KINAESTHETIC, "CB_VAK_KINAESTHETIC", "kinaesthetic" })

static const char * const CbInternalBlock_labels[] = {
  N_("Lack of confidence"), N_("Stress or anxiety"), N_("Inappropriate attitude or lack of motivation"),
  N_("Lack of learning skills"), N_("Feeling tired or unwell"), N_("Lack of time"),
  N_("Inability to concentrate"),
};
CB_DEFINE_FLAGS (cb_internal_block_get_type, CbInternalBlock,
  { CB_INTERNAL_BLOCK_CONFIDENCE, "CB_INTERNAL_BLOCK_CONFIDENCE", "lack-of-confidence" },
  { CB_INTERNAL_BLOCK_STRESS, "CB_INTERNAL_BLOCK_STRESS", "stress-or-anxiety" },
  { CB_INTERNAL_BLOCK_MOTIVATION, "CB_INTERNAL_BLOCK_MOTIVATION", "attitude-or-motivation" },
  { CB_INTERNAL_BLOCK_LEARNING_SKILLS, "CB_INTERNAL_BLOCK_LEARNING_SKILLS", "learning-skills" },
  { CB_INTERNAL_BLOCK_UNWELL, "CB_INTERNAL_BLOCK_UNWELL", "tired-or-unwell" },
  { CB_INTERNAL_BLOCK_TIME, "CB_INTERNAL_BLOCK_TIME", "lack-of-time" },
  { CB_INTERNAL_BLOCK_CONCENTRATION, "CB_INTERNAL_BLOCK_CONCENTRATION", "concentration" })

static const char * const CbExternalBlock_labels[] = {
  N_("Inadequate support, encouragement or recognition"), N_("Inadequate feedback or praise"),
  N_("Excessive noise, heat or cold"), N_("Distractions"),
};
CB_DEFINE_FLAGS (cb_external_block_get_type, CbExternalBlock,
  { CB_EXTERNAL_BLOCK_SUPPORT, "CB_EXTERNAL_BLOCK_SUPPORT", "support" },
  { CB_EXTERNAL_BLOCK_FEEDBACK, "CB_EXTERNAL_BLOCK_FEEDBACK", "feedback" },
  { CB_EXTERNAL_BLOCK_ENVIRONMENT, "CB_EXTERNAL_BLOCK_ENVIRONMENT", "noise-heat-cold" },
  { CB_EXTERNAL_BLOCK_DISTRACTIONS, "CB_EXTERNAL_BLOCK_DISTRACTIONS", "distractions" })

static const char * const CbAgreementKind_labels[] = {
  N_("Learning Contract"), N_("Mentoring Agreement"), N_("Peer Mentoring Agreement"),
  N_("Coaching Agreement"),
};
CB_DEFINE_ENUM (cb_agreement_kind_get_type, CbAgreementKind,
  { CB_AGREEMENT_KIND_LEARNING_CONTRACT, "CB_AGREEMENT_KIND_LEARNING_CONTRACT", "learning-contract" },
  { CB_AGREEMENT_KIND_MENTORING, "CB_AGREEMENT_KIND_MENTORING", "mentoring" },
  { CB_AGREEMENT_KIND_PEER_MENTORING, "CB_AGREEMENT_KIND_PEER_MENTORING", "peer-mentoring" },
  { CB_AGREEMENT_KIND_COACHING, "CB_AGREEMENT_KIND_COACHING", "coaching" })

static const char * const CbAgreementStatus_labels[] = {
  N_("Draft"), N_("Agreed"), N_("Ended"),
};
CB_DEFINE_ENUM (cb_agreement_status_get_type, CbAgreementStatus,
  { CB_AGREEMENT_STATUS_DRAFT, "CB_AGREEMENT_STATUS_DRAFT", "draft" },
  { CB_AGREEMENT_STATUS_AGREED, "CB_AGREEMENT_STATUS_AGREED", "agreed" },
  { CB_AGREEMENT_STATUS_ENDED, "CB_AGREEMENT_STATUS_ENDED", "ended" })

/* seeds/000 Track 3, learning contract part 3: "will it be projects, work
 * experience, formal training, e-learning or job shadowing? Or will the
 * programme include a mixture of methods?" */
static const char * const CbLearningMethod_labels[] = {
  N_("Projects"), N_("Work experience"), N_("Formal training"), N_("E-learning"),
  N_("Job shadowing"), N_("A mixture of methods"),
};
CB_DEFINE_FLAGS (cb_learning_method_get_type, CbLearningMethod,
  { CB_LEARNING_METHOD_PROJECTS, "CB_LEARNING_METHOD_PROJECTS", "projects" },
  { CB_LEARNING_METHOD_WORK_EXPERIENCE, "CB_LEARNING_METHOD_WORK_EXPERIENCE", "work-experience" },
  { CB_LEARNING_METHOD_FORMAL_TRAINING, "CB_LEARNING_METHOD_FORMAL_TRAINING", "formal-training" },
  { CB_LEARNING_METHOD_E_LEARNING, "CB_LEARNING_METHOD_E_LEARNING", "e-learning" },
  { CB_LEARNING_METHOD_JOB_SHADOWING, "CB_LEARNING_METHOD_JOB_SHADOWING", "job-shadowing" },
  { CB_LEARNING_METHOD_MIXTURE, "CB_LEARNING_METHOD_MIXTURE", "mixture" })

/* Part 4: "will you or the line manager do the assessment? Or will the
 * learner self assess? If it's an NVQ or unit credits, you will need the
 * services of a qualified assessor." */
static const char * const CbAssessmentMethod_labels[] = {
  N_("The coach or mentor"), N_("The line manager"), N_("The learner’s self-assessment"),
  N_("A qualified assessor (NVQ or unit credits)"),
};
CB_DEFINE_FLAGS (cb_assessment_method_get_type, CbAssessmentMethod,
  { CB_ASSESSMENT_METHOD_COACH, "CB_ASSESSMENT_METHOD_COACH", "coach" },
  { CB_ASSESSMENT_METHOD_LINE_MANAGER, "CB_ASSESSMENT_METHOD_LINE_MANAGER", "line-manager" },
  { CB_ASSESSMENT_METHOD_SELF_ASSESSMENT, "CB_ASSESSMENT_METHOD_SELF_ASSESSMENT", "self-assessment" },
  { CB_ASSESSMENT_METHOD_QUALIFIED_ASSESSOR, "CB_ASSESSMENT_METHOD_QUALIFIED_ASSESSOR", "qualified-assessor" })

static const char * const CbMeetingMethod_labels[] = {
  N_("Face to face"), N_("Telephone"), N_("Video call"), N_("Messenger"),
  N_("Email"), N_("Other"),
};
CB_DEFINE_ENUM (cb_meeting_method_get_type, CbMeetingMethod,
  { CB_MEETING_METHOD_FACE_TO_FACE, "CB_MEETING_METHOD_FACE_TO_FACE", "face-to-face" },
  { CB_MEETING_METHOD_TELEPHONE, "CB_MEETING_METHOD_TELEPHONE", "telephone" },
  { CB_MEETING_METHOD_VIDEO_CALL, "CB_MEETING_METHOD_VIDEO_CALL", "video-call" },
  { CB_MEETING_METHOD_MESSENGER, "CB_MEETING_METHOD_MESSENGER", "messenger" },
  { CB_MEETING_METHOD_EMAIL, "CB_MEETING_METHOD_EMAIL", "email" },
  { CB_MEETING_METHOD_OTHER, "CB_MEETING_METHOD_OTHER", "other" })

static const char * const CbMeetingGuide_labels[] = {
  N_("None"), N_("GROW"), N_("OSKAR"), N_("Three-stage mentoring"),
};
CB_DEFINE_ENUM (cb_meeting_guide_get_type, CbMeetingGuide,
  { CB_MEETING_GUIDE_NONE, "CB_MEETING_GUIDE_NONE", "none" },
  { CB_MEETING_GUIDE_GROW, "CB_MEETING_GUIDE_GROW", "grow" },
  { CB_MEETING_GUIDE_OSKAR, "CB_MEETING_GUIDE_OSKAR", "oskar" },
  { CB_MEETING_GUIDE_THREE_STAGE, "CB_MEETING_GUIDE_THREE_STAGE", "three-stage" })

static const char * const CbActionOwner_labels[] = {
  N_("Client"), N_("Coach"), N_("Other"),
};
CB_DEFINE_ENUM (cb_action_owner_get_type, CbActionOwner,
  { CB_ACTION_OWNER_CLIENT, "CB_ACTION_OWNER_CLIENT", "client" },
  { CB_ACTION_OWNER_COACH, "CB_ACTION_OWNER_COACH", "coach" },
  { CB_ACTION_OWNER_OTHER, "CB_ACTION_OWNER_OTHER", "other" })

/* Referrals and evaluations (FORMS.md §7–8; seeds/000 Track 8). */
static const char * const CbReferralReason_labels[] = {
  N_("Specialist advice or help"), N_("Information"),
  N_("Learning to find things out"), N_("Unblocking a problem"),
  N_("Outside the coaching remit"), N_("Other"),
};
CB_DEFINE_ENUM (cb_referral_reason_get_type, CbReferralReason,
  { CB_REFERRAL_REASON_SPECIALIST_ADVICE, "CB_REFERRAL_REASON_SPECIALIST_ADVICE", "specialist-advice" },
  { CB_REFERRAL_REASON_INFORMATION, "CB_REFERRAL_REASON_INFORMATION", "information" },
  { CB_REFERRAL_REASON_LEARNING_TO_FIND_OUT, "CB_REFERRAL_REASON_LEARNING_TO_FIND_OUT", "learning-to-find-out" },
  { CB_REFERRAL_REASON_UNBLOCKING_A_PROBLEM, "CB_REFERRAL_REASON_UNBLOCKING_A_PROBLEM", "unblocking-a-problem" },
  { CB_REFERRAL_REASON_OUTSIDE_REMIT, "CB_REFERRAL_REASON_OUTSIDE_REMIT", "outside-remit" },
  { CB_REFERRAL_REASON_OTHER, "CB_REFERRAL_REASON_OTHER", "other" })

static const char * const CbReferralMethod_labels[] = {
  N_("Letter"), N_("Telephone"), N_("In person"), N_("Email"),
};
CB_DEFINE_ENUM (cb_referral_method_get_type, CbReferralMethod,
  { CB_REFERRAL_METHOD_LETTER, "CB_REFERRAL_METHOD_LETTER", "letter" },
  { CB_REFERRAL_METHOD_TELEPHONE, "CB_REFERRAL_METHOD_TELEPHONE", "telephone" },
  { CB_REFERRAL_METHOD_IN_PERSON, "CB_REFERRAL_METHOD_IN_PERSON", "in-person" },
  { CB_REFERRAL_METHOD_EMAIL, "CB_REFERRAL_METHOD_EMAIL", "email" })

static const char * const CbReferralStatus_labels[] = {
  N_("Draft"), N_("Sent"), N_("Closed"),
};
CB_DEFINE_ENUM (cb_referral_status_get_type, CbReferralStatus,
  { CB_REFERRAL_STATUS_DRAFT, "CB_REFERRAL_STATUS_DRAFT", "draft" },
  { CB_REFERRAL_STATUS_SENT, "CB_REFERRAL_STATUS_SENT", "sent" },
  { CB_REFERRAL_STATUS_CLOSED, "CB_REFERRAL_STATUS_CLOSED", "closed" })

static const char * const CbYesNo_labels[] = {
  N_("Not answered"), N_("Yes"), N_("No"),
};
CB_DEFINE_ENUM (cb_yes_no_get_type, CbYesNo,
  { CB_YES_NO_UNSET, "CB_YES_NO_UNSET", "unset" },
  { CB_YES_NO_YES, "CB_YES_NO_YES", "yes" },
  { CB_YES_NO_NO, "CB_YES_NO_NO", "no" })
/* End of referrals and evaluations. */

/* Development plans and reviews (FORMS.md §5–6; seeds/000 Tracks 5 and 9). */
static const char * const CbObjectiveStatus_labels[] = {
  N_("Not started"), N_("In progress"), N_("Achieved"), N_("Dropped"),
};
CB_DEFINE_ENUM (cb_objective_status_get_type, CbObjectiveStatus,
  { CB_OBJECTIVE_STATUS_NOT_STARTED, "CB_OBJECTIVE_STATUS_NOT_STARTED", "not-started" },
  { CB_OBJECTIVE_STATUS_IN_PROGRESS, "CB_OBJECTIVE_STATUS_IN_PROGRESS", "in-progress" },
  { CB_OBJECTIVE_STATUS_ACHIEVED, "CB_OBJECTIVE_STATUS_ACHIEVED", "achieved" },
  { CB_OBJECTIVE_STATUS_DROPPED, "CB_OBJECTIVE_STATUS_DROPPED", "dropped" })

static const char * const CbLearningOpportunity_labels[] = {
  N_("One-to-one coaching"), N_("Job shadowing"), N_("In-house workshops"),
  N_("On-the-job training"), N_("Delegated tasks or projects"), N_("Job swaps"),
  N_("Secondment"), N_("Reading"), N_("E-learning or DVD"), N_("Visits"),
  N_("Voluntary work"),
};
CB_DEFINE_FLAGS (cb_learning_opportunity_get_type, CbLearningOpportunity,
  { CB_LEARNING_OPPORTUNITY_ONE_TO_ONE_COACHING, "CB_LEARNING_OPPORTUNITY_ONE_TO_ONE_COACHING", "one-to-one-coaching" },
  { CB_LEARNING_OPPORTUNITY_JOB_SHADOWING, "CB_LEARNING_OPPORTUNITY_JOB_SHADOWING", "job-shadowing" },
  { CB_LEARNING_OPPORTUNITY_IN_HOUSE_WORKSHOPS, "CB_LEARNING_OPPORTUNITY_IN_HOUSE_WORKSHOPS", "in-house-workshops" },
  { CB_LEARNING_OPPORTUNITY_ON_THE_JOB_TRAINING, "CB_LEARNING_OPPORTUNITY_ON_THE_JOB_TRAINING", "on-the-job-training" },
  { CB_LEARNING_OPPORTUNITY_DELEGATED_TASKS, "CB_LEARNING_OPPORTUNITY_DELEGATED_TASKS", "delegated-tasks" },
  { CB_LEARNING_OPPORTUNITY_JOB_SWAPS, "CB_LEARNING_OPPORTUNITY_JOB_SWAPS", "job-swaps" },
  { CB_LEARNING_OPPORTUNITY_SECONDMENT, "CB_LEARNING_OPPORTUNITY_SECONDMENT", "secondment" },
  { CB_LEARNING_OPPORTUNITY_READING, "CB_LEARNING_OPPORTUNITY_READING", "reading" },
  { CB_LEARNING_OPPORTUNITY_E_LEARNING, "CB_LEARNING_OPPORTUNITY_E_LEARNING", "e-learning" },
  { CB_LEARNING_OPPORTUNITY_VISITS, "CB_LEARNING_OPPORTUNITY_VISITS", "visits" },
  { CB_LEARNING_OPPORTUNITY_VOLUNTARY_WORK, "CB_LEARNING_OPPORTUNITY_VOLUNTARY_WORK", "voluntary-work" })

static const char * const CbReviewType_labels[] = {
  N_("Initial review (baseline)"), N_("Formative review (progress)"), N_("Summative review (final)"),
};
CB_DEFINE_ENUM (cb_review_type_get_type, CbReviewType,
  { CB_REVIEW_TYPE_INITIAL, "CB_REVIEW_TYPE_INITIAL", "initial" },
  { CB_REVIEW_TYPE_FORMATIVE, "CB_REVIEW_TYPE_FORMATIVE", "formative" },
  { CB_REVIEW_TYPE_SUMMATIVE, "CB_REVIEW_TYPE_SUMMATIVE", "summative" })

static const char * const CbReviewSource_labels[] = {
  N_("Observation"), N_("Self-assessment"), N_("Feedback from line manager or colleagues"),
  N_("Work products"), N_("360-degree feedback"), N_("Other"),
};
CB_DEFINE_FLAGS (cb_review_source_get_type, CbReviewSource,
  { CB_REVIEW_SOURCE_OBSERVATION, "CB_REVIEW_SOURCE_OBSERVATION", "observation" },
  { CB_REVIEW_SOURCE_SELF_ASSESSMENT, "CB_REVIEW_SOURCE_SELF_ASSESSMENT", "self-assessment" },
  { CB_REVIEW_SOURCE_FEEDBACK, "CB_REVIEW_SOURCE_FEEDBACK", "feedback" },
  { CB_REVIEW_SOURCE_WORK_PRODUCTS, "CB_REVIEW_SOURCE_WORK_PRODUCTS", "work-products" },
  { CB_REVIEW_SOURCE_360, "CB_REVIEW_SOURCE_360", "360" },
  { CB_REVIEW_SOURCE_OTHER, "CB_REVIEW_SOURCE_OTHER", "other" })

static const char * const CbOutcome_labels[] = {
  N_("Not assessed"), N_("Achieved"), N_("Partly achieved"), N_("Not achieved"),
};
CB_DEFINE_ENUM (cb_outcome_get_type, CbOutcome,
  { CB_OUTCOME_NOT_ASSESSED, "CB_OUTCOME_NOT_ASSESSED", "not-assessed" },
  { CB_OUTCOME_ACHIEVED, "CB_OUTCOME_ACHIEVED", "achieved" },
  { CB_OUTCOME_PARTLY, "CB_OUTCOME_PARTLY", "partly" },
  { CB_OUTCOME_NOT_ACHIEVED, "CB_OUTCOME_NOT_ACHIEVED", "not-achieved" })

static const char * const CbDependency_labels[] = {
  N_("Not checked"), N_("Ready to go on alone"), N_("Needs some support"), N_("Not yet ready"),
};
CB_DEFINE_ENUM (cb_dependency_get_type, CbDependency,
  { CB_DEPENDENCY_UNSET, "CB_DEPENDENCY_UNSET", "unset" },
  { CB_DEPENDENCY_READY, "CB_DEPENDENCY_READY", "ready-to-go-on-alone" },
  { CB_DEPENDENCY_NEEDS_SOME_SUPPORT, "CB_DEPENDENCY_NEEDS_SOME_SUPPORT", "needs-some-support" },
  { CB_DEPENDENCY_NOT_YET_READY, "CB_DEPENDENCY_NOT_YET_READY", "not-yet-ready" })
/* End of development plans and reviews. */

/* CPD and practice hours (FORMS.md §11; seeds/000 Track 10). */
static const char * const CbCpdKind_labels[] = {
  N_("Formal"), N_("Informal"),
};
CB_DEFINE_ENUM (cb_cpd_kind_get_type, CbCpdKind,
  { CB_CPD_KIND_FORMAL, "CB_CPD_KIND_FORMAL", "formal" },
  { CB_CPD_KIND_INFORMAL, "CB_CPD_KIND_INFORMAL", "informal" })

static const char * const CbMeetingPayment_labels[] = {
  /* Translators: shown in a list of at most about 20 characters */
  N_("Not recorded"), N_("Paid"), N_("Pro bono"),
};
CB_DEFINE_ENUM (cb_meeting_payment_get_type, CbMeetingPayment,
  { CB_MEETING_PAYMENT_UNSET, "CB_MEETING_PAYMENT_UNSET", "unset" },
  { CB_MEETING_PAYMENT_PAID, "CB_MEETING_PAYMENT_PAID", "paid" },
  { CB_MEETING_PAYMENT_PRO_BONO, "CB_MEETING_PAYMENT_PRO_BONO", "pro-bono" })

static const char * const CbMeetingAttendance_labels[] = {
  /* Translators: shown in a list of at most about 20 characters */
  N_("Not recorded"), N_("Individual"), N_("Group"),
};
CB_DEFINE_ENUM (cb_meeting_attendance_get_type, CbMeetingAttendance,
  { CB_MEETING_ATTENDANCE_UNSET, "CB_MEETING_ATTENDANCE_UNSET", "unset" },
  { CB_MEETING_ATTENDANCE_INDIVIDUAL, "CB_MEETING_ATTENDANCE_INDIVIDUAL", "individual" },
  { CB_MEETING_ATTENDANCE_GROUP, "CB_MEETING_ATTENDANCE_GROUP", "group" })

static const char * const CbLogConsent_labels[] = {
  N_("Not asked"), N_("Agreed"), N_("Did not agree"),
};
CB_DEFINE_ENUM (cb_log_consent_get_type, CbLogConsent,
  { CB_LOG_CONSENT_UNSET, "CB_LOG_CONSENT_UNSET", "unset" },
  { CB_LOG_CONSENT_YES, "CB_LOG_CONSENT_YES", "yes" },
  { CB_LOG_CONSENT_NO, "CB_LOG_CONSENT_NO", "no" })

static const char * const CbLogUnnamed_labels[] = {
  N_("Anonymised (“Client 1”)"), N_("Left off the log"),
};
CB_DEFINE_ENUM (cb_log_unnamed_get_type, CbLogUnnamed,
  { CB_LOG_UNNAMED_ANONYMISE, "CB_LOG_UNNAMED_ANONYMISE", "anonymise" },
  { CB_LOG_UNNAMED_LEAVE_OFF, "CB_LOG_UNNAMED_LEAVE_OFF", "leave-off" })
/* End of CPD and practice hours. */
/* The self-assessment questionnaire (cb-self-assessment.h). */
static const char * const CbSelfAssessmentAnswer_labels[] = {
  N_("Not answered"), N_("Usually"), N_("Sometimes"), N_("Rarely"),
};
CB_DEFINE_ENUM (cb_self_assessment_answer_get_type, CbSelfAssessmentAnswer,
  { CB_SELF_ASSESSMENT_ANSWER_UNSET, "CB_SELF_ASSESSMENT_ANSWER_UNSET", "unset" },
  { CB_SELF_ASSESSMENT_ANSWER_USUALLY, "CB_SELF_ASSESSMENT_ANSWER_USUALLY", "usually" },
  { CB_SELF_ASSESSMENT_ANSWER_SOMETIMES, "CB_SELF_ASSESSMENT_ANSWER_SOMETIMES", "sometimes" },
  { CB_SELF_ASSESSMENT_ANSWER_RARELY, "CB_SELF_ASSESSMENT_ANSWER_RARELY", "rarely" })
/* End of the self-assessment questionnaire. */

/* Enum classes are never unloaded; keep one reference for good and look
 * them up without the type system's lock afterwards. */
static GEnumClass *
enum_class (GType enum_type)
{
  GEnumClass *klass = g_type_class_peek_static (enum_type);

  if G_UNLIKELY (klass == NULL)
    klass = g_type_class_ref (enum_type);

  return klass;
}

const char *
cb_enum_get_label (GType enum_type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  const char * const *labels;
  guint i;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), "");

  klass = g_type_class_ref (enum_type);
  labels = g_type_get_qdata (enum_type, labels_quark ());

  for (i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == value)
        return labels != NULL ? _(labels[i]) : klass->values[i].value_nick;
    }

  return "";
}

const char *
cb_flag_get_label (GType flags_type,
                   guint bit)
{
  g_autoptr(GFlagsClass) klass = NULL;
  const char * const *labels;
  guint i;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), "");

  klass = g_type_class_ref (flags_type);
  labels = g_type_get_qdata (flags_type, labels_quark ());

  for (i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == bit)
        return labels != NULL ? _(labels[i]) : klass->values[i].value_nick;
    }

  return "";
}

gboolean
cb_enum_has_unset (GType enum_type)
{
  GEnumClass *klass = enum_class (enum_type);
  GEnumValue *v = g_enum_get_value (klass, 0);

  return v != NULL && g_strcmp0 (v->value_nick, "unset") == 0;
}

const char *
cb_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumClass *klass = enum_class (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
cb_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumClass *klass = enum_class (enum_type);
  GEnumValue *v = g_enum_get_value_by_nick (klass, nick);

  if (v == NULL)
    return FALSE;

  *value = v->value;
  return TRUE;
}
