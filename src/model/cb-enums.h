/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every choice a form offers is a GEnum (one value) or a GFlags (several).
 * The nick is what is written to disk; the label is what a person reads. */

typedef enum
{
  CB_CLIENT_STATUS_ENQUIRY,
  CB_CLIENT_STATUS_ACTIVE,
  CB_CLIENT_STATUS_PAUSED,
  CB_CLIENT_STATUS_ENDED,
} CbClientStatus;

typedef enum
{
  CB_RELATIONSHIP_UNSET,
  CB_RELATIONSHIP_COACHING,
  CB_RELATIONSHIP_MENTORING,
  CB_RELATIONSHIP_REVERSE_MENTORING,
  CB_RELATIONSHIP_PEER_MENTORING,
} CbRelationship;

typedef enum
{
  CB_MENTORING_MODEL_UNSET,
  CB_MENTORING_MODEL_ONE_TO_ONE,
  CB_MENTORING_MODEL_GROUP,
  CB_MENTORING_MODEL_TWO_BY_TWO,
  CB_MENTORING_MODEL_TEAM,
} CbMentoringModel;

typedef enum
{
  CB_END_REASON_UNSET,
  CB_END_REASON_GOALS_ACHIEVED,
  CB_END_REASON_DURATION_REACHED,
  CB_END_REASON_NO_FAULT_TERMINATION,
  CB_END_REASON_REFERRED_ON,
  CB_END_REASON_OTHER,
} CbEndReason;

typedef enum
{
  CB_LIFECYCLE_STAGE_GAINING_COMMITMENT,
  CB_LIFECYCLE_STAGE_GETTING_TO_KNOW,
  CB_LIFECYCLE_STAGE_WORKING_TOGETHER,
  CB_LIFECYCLE_STAGE_LEARNING_TOGETHER,
  CB_LIFECYCLE_STAGE_REVIEWING,
  CB_LIFECYCLE_STAGE_SAYING_GOODBYE,
} CbLifecycleStage;

typedef enum
{
  CB_LEARNING_STYLE_UNSET,
  CB_LEARNING_STYLE_DOER,
  CB_LEARNING_STYLE_THINKER,
} CbLearningStyle;

typedef enum
{
  CB_HONEY_MUMFORD_ACTIVIST   = 1 << 0,
  CB_HONEY_MUMFORD_REFLECTOR  = 1 << 1,
  CB_HONEY_MUMFORD_THEORIST   = 1 << 2,
  CB_HONEY_MUMFORD_PRAGMATIST = 1 << 3,
} CbHoneyMumford;

typedef enum
{
  CB_VAK_VISUAL       = 1 << 0,
  CB_VAK_AUDITORY     = 1 << 1,
  CB_VAK_KINAESTHETIC = 1 << 2,
} CbVak;

typedef enum
{
  CB_INTERNAL_BLOCK_CONFIDENCE    = 1 << 0,
  CB_INTERNAL_BLOCK_STRESS        = 1 << 1,
  CB_INTERNAL_BLOCK_MOTIVATION    = 1 << 2,
  CB_INTERNAL_BLOCK_LEARNING_SKILLS = 1 << 3,
  CB_INTERNAL_BLOCK_UNWELL        = 1 << 4,
  CB_INTERNAL_BLOCK_TIME          = 1 << 5,
  CB_INTERNAL_BLOCK_CONCENTRATION = 1 << 6,
} CbInternalBlock;

typedef enum
{
  CB_EXTERNAL_BLOCK_SUPPORT      = 1 << 0,
  CB_EXTERNAL_BLOCK_FEEDBACK     = 1 << 1,
  CB_EXTERNAL_BLOCK_ENVIRONMENT  = 1 << 2,
  CB_EXTERNAL_BLOCK_DISTRACTIONS = 1 << 3,
} CbExternalBlock;

/* Agreements (FORMS.md §3). */
typedef enum
{
  CB_AGREEMENT_KIND_LEARNING_CONTRACT,
  CB_AGREEMENT_KIND_MENTORING,
  CB_AGREEMENT_KIND_PEER_MENTORING,
  CB_AGREEMENT_KIND_COACHING,
} CbAgreementKind;

typedef enum
{
  CB_AGREEMENT_STATUS_DRAFT,
  CB_AGREEMENT_STATUS_AGREED,
  CB_AGREEMENT_STATUS_ENDED,
} CbAgreementStatus;

/* Learning contract, part 3: how the goal and objectives will be achieved. */
typedef enum
{
  CB_LEARNING_METHOD_PROJECTS        = 1 << 0,
  CB_LEARNING_METHOD_WORK_EXPERIENCE = 1 << 1,
  CB_LEARNING_METHOD_FORMAL_TRAINING = 1 << 2,
  CB_LEARNING_METHOD_E_LEARNING      = 1 << 3,
  CB_LEARNING_METHOD_JOB_SHADOWING   = 1 << 4,
  CB_LEARNING_METHOD_MIXTURE         = 1 << 5,
} CbLearningMethod;

/* Learning contract, part 4: how achievements will be assessed. */
typedef enum
{
  CB_ASSESSMENT_METHOD_COACH              = 1 << 0,
  CB_ASSESSMENT_METHOD_LINE_MANAGER       = 1 << 1,
  CB_ASSESSMENT_METHOD_SELF_ASSESSMENT    = 1 << 2,
  CB_ASSESSMENT_METHOD_QUALIFIED_ASSESSOR = 1 << 3,
} CbAssessmentMethod;

/* Meetings (FORMS.md §4). */
typedef enum
{
  CB_MEETING_METHOD_FACE_TO_FACE,
  CB_MEETING_METHOD_TELEPHONE,
  CB_MEETING_METHOD_VIDEO_CALL,
  CB_MEETING_METHOD_MESSENGER,
  CB_MEETING_METHOD_EMAIL,
  CB_MEETING_METHOD_OTHER,
} CbMeetingMethod;

/* The structure chosen for the conversation: the variant of a meeting. */
typedef enum
{
  CB_MEETING_GUIDE_NONE,
  CB_MEETING_GUIDE_GROW,
  CB_MEETING_GUIDE_OSKAR,
  CB_MEETING_GUIDE_THREE_STAGE,
} CbMeetingGuide;

/* Who carries out an action agreed at a meeting. */
typedef enum
{
  CB_ACTION_OWNER_CLIENT,
  CB_ACTION_OWNER_COACH,
  CB_ACTION_OWNER_OTHER,
} CbActionOwner;

#define CB_TYPE_CLIENT_STATUS   (cb_client_status_get_type ())
#define CB_TYPE_RELATIONSHIP    (cb_relationship_get_type ())
#define CB_TYPE_MENTORING_MODEL (cb_mentoring_model_get_type ())
#define CB_TYPE_END_REASON      (cb_end_reason_get_type ())
#define CB_TYPE_LIFECYCLE_STAGE (cb_lifecycle_stage_get_type ())
#define CB_TYPE_LEARNING_STYLE  (cb_learning_style_get_type ())
#define CB_TYPE_HONEY_MUMFORD   (cb_honey_mumford_get_type ())
#define CB_TYPE_VAK             (cb_vak_get_type ())
#define CB_TYPE_INTERNAL_BLOCK  (cb_internal_block_get_type ())
#define CB_TYPE_EXTERNAL_BLOCK  (cb_external_block_get_type ())
#define CB_TYPE_AGREEMENT_KIND    (cb_agreement_kind_get_type ())
#define CB_TYPE_AGREEMENT_STATUS  (cb_agreement_status_get_type ())
#define CB_TYPE_LEARNING_METHOD   (cb_learning_method_get_type ())
#define CB_TYPE_ASSESSMENT_METHOD (cb_assessment_method_get_type ())

GType cb_client_status_get_type   (void) G_GNUC_CONST;
GType cb_relationship_get_type    (void) G_GNUC_CONST;
GType cb_mentoring_model_get_type (void) G_GNUC_CONST;
GType cb_end_reason_get_type      (void) G_GNUC_CONST;
GType cb_lifecycle_stage_get_type (void) G_GNUC_CONST;
GType cb_learning_style_get_type  (void) G_GNUC_CONST;
GType cb_honey_mumford_get_type   (void) G_GNUC_CONST;
GType cb_vak_get_type             (void) G_GNUC_CONST;
GType cb_internal_block_get_type  (void) G_GNUC_CONST;
GType cb_external_block_get_type  (void) G_GNUC_CONST;
GType cb_agreement_kind_get_type    (void) G_GNUC_CONST;
GType cb_agreement_status_get_type  (void) G_GNUC_CONST;
GType cb_learning_method_get_type   (void) G_GNUC_CONST;
GType cb_assessment_method_get_type (void) G_GNUC_CONST;

#define CB_TYPE_MEETING_METHOD   (cb_meeting_method_get_type ())
#define CB_TYPE_MEETING_GUIDE    (cb_meeting_guide_get_type ())
#define CB_TYPE_ACTION_OWNER     (cb_action_owner_get_type ())

GType cb_meeting_method_get_type    (void) G_GNUC_CONST;
GType cb_meeting_guide_get_type     (void) G_GNUC_CONST;
GType cb_action_owner_get_type      (void) G_GNUC_CONST;

/* Referrals and evaluations (FORMS.md §7–8; cb-referral.h, cb-evaluation.h). */
typedef enum
{
  CB_REFERRAL_REASON_SPECIALIST_ADVICE,
  CB_REFERRAL_REASON_INFORMATION,
  CB_REFERRAL_REASON_LEARNING_TO_FIND_OUT,
  CB_REFERRAL_REASON_UNBLOCKING_A_PROBLEM,
  CB_REFERRAL_REASON_OUTSIDE_REMIT,
  CB_REFERRAL_REASON_OTHER,
} CbReferralReason;

/* How the person referred to was told of the referral. */
typedef enum
{
  CB_REFERRAL_METHOD_LETTER,
  CB_REFERRAL_METHOD_TELEPHONE,
  CB_REFERRAL_METHOD_IN_PERSON,
  CB_REFERRAL_METHOD_EMAIL,
} CbReferralMethod;

typedef enum
{
  CB_REFERRAL_STATUS_DRAFT,
  CB_REFERRAL_STATUS_SENT,
  CB_REFERRAL_STATUS_CLOSED,
} CbReferralStatus;

/* A yes/no question's answer, where "not answered" differs from "no". */
typedef enum
{
  CB_YES_NO_UNSET,
  CB_YES_NO_YES,
  CB_YES_NO_NO,
} CbYesNo;

#define CB_TYPE_REFERRAL_REASON (cb_referral_reason_get_type ())
#define CB_TYPE_REFERRAL_METHOD (cb_referral_method_get_type ())
#define CB_TYPE_REFERRAL_STATUS (cb_referral_status_get_type ())
#define CB_TYPE_YES_NO          (cb_yes_no_get_type ())

GType cb_referral_reason_get_type   (void) G_GNUC_CONST;
GType cb_referral_method_get_type   (void) G_GNUC_CONST;
GType cb_referral_status_get_type   (void) G_GNUC_CONST;
GType cb_yes_no_get_type            (void) G_GNUC_CONST;
/* End of referrals and evaluations. */

/* Development plans and reviews (FORMS.md §5–6; cb-plan.h, cb-review.h). */
typedef enum
{
  CB_OBJECTIVE_STATUS_NOT_STARTED,
  CB_OBJECTIVE_STATUS_IN_PROGRESS,
  CB_OBJECTIVE_STATUS_ACHIEVED,
  CB_OBJECTIVE_STATUS_DROPPED,
} CbObjectiveStatus;

/* seeds/000 Track 5: learning opportunities a plan may use. */
typedef enum
{
  CB_LEARNING_OPPORTUNITY_ONE_TO_ONE_COACHING = 1 << 0,
  CB_LEARNING_OPPORTUNITY_JOB_SHADOWING       = 1 << 1,
  CB_LEARNING_OPPORTUNITY_IN_HOUSE_WORKSHOPS  = 1 << 2,
  CB_LEARNING_OPPORTUNITY_ON_THE_JOB_TRAINING = 1 << 3,
  CB_LEARNING_OPPORTUNITY_DELEGATED_TASKS     = 1 << 4,
  CB_LEARNING_OPPORTUNITY_JOB_SWAPS           = 1 << 5,
  CB_LEARNING_OPPORTUNITY_SECONDMENT          = 1 << 6,
  CB_LEARNING_OPPORTUNITY_READING             = 1 << 7,
  CB_LEARNING_OPPORTUNITY_E_LEARNING          = 1 << 8,
  CB_LEARNING_OPPORTUNITY_VISITS              = 1 << 9,
  CB_LEARNING_OPPORTUNITY_VOLUNTARY_WORK      = 1 << 10,
} CbLearningOpportunity;

/* seeds/000 Track 9: three types of review. */
typedef enum
{
  CB_REVIEW_TYPE_INITIAL,
  CB_REVIEW_TYPE_FORMATIVE,
  CB_REVIEW_TYPE_SUMMATIVE,
} CbReviewType;

/* Step 1 of a review: where the information came from. */
typedef enum
{
  CB_REVIEW_SOURCE_OBSERVATION     = 1 << 0,
  CB_REVIEW_SOURCE_SELF_ASSESSMENT = 1 << 1,
  CB_REVIEW_SOURCE_FEEDBACK        = 1 << 2,
  CB_REVIEW_SOURCE_WORK_PRODUCTS   = 1 << 3,
  CB_REVIEW_SOURCE_360             = 1 << 4,
  CB_REVIEW_SOURCE_OTHER           = 1 << 5,
} CbReviewSource;

/* Step 3 of a review: the outcome of one objective. */
typedef enum
{
  CB_OUTCOME_NOT_ASSESSED,
  CB_OUTCOME_ACHIEVED,
  CB_OUTCOME_PARTLY,
  CB_OUTCOME_NOT_ACHIEVED,
} CbOutcome;

/* The summative review's dependency check: is the client ready to go on alone? */
typedef enum
{
  CB_DEPENDENCY_UNSET,
  CB_DEPENDENCY_READY,
  CB_DEPENDENCY_NEEDS_SOME_SUPPORT,
  CB_DEPENDENCY_NOT_YET_READY,
} CbDependency;

#define CB_TYPE_OBJECTIVE_STATUS      (cb_objective_status_get_type ())
#define CB_TYPE_LEARNING_OPPORTUNITY  (cb_learning_opportunity_get_type ())
#define CB_TYPE_REVIEW_TYPE           (cb_review_type_get_type ())
#define CB_TYPE_REVIEW_SOURCE         (cb_review_source_get_type ())
#define CB_TYPE_OUTCOME               (cb_outcome_get_type ())
#define CB_TYPE_DEPENDENCY            (cb_dependency_get_type ())

GType cb_objective_status_get_type     (void) G_GNUC_CONST;
GType cb_learning_opportunity_get_type (void) G_GNUC_CONST;
GType cb_review_type_get_type          (void) G_GNUC_CONST;
GType cb_review_source_get_type        (void) G_GNUC_CONST;
GType cb_outcome_get_type              (void) G_GNUC_CONST;
GType cb_dependency_get_type           (void) G_GNUC_CONST;
/* End of development plans and reviews. */

/* CPD and practice hours (FORMS.md §11; cb-cpd-entry.h, cb-hours.h). */
/* seeds/000 Track 10: "both the formal and informal learning opportunities". */
typedef enum
{
  CB_CPD_KIND_FORMAL,
  CB_CPD_KIND_INFORMAL,
} CbCpdKind;

/* Whether a meeting was paid for; not recorded counts as paid. */
typedef enum
{
  CB_MEETING_PAYMENT_UNSET,
  CB_MEETING_PAYMENT_PAID,
  CB_MEETING_PAYMENT_PRO_BONO,
} CbMeetingPayment;

/* Whether a meeting was with one client or a group; not recorded counts
 * as individual. */
typedef enum
{
  CB_MEETING_ATTENDANCE_UNSET,
  CB_MEETING_ATTENDANCE_INDIVIDUAL,
  CB_MEETING_ATTENDANCE_GROUP,
} CbMeetingAttendance;

/* Whether a client agreed to be named in the log of coaching hours; a
 * client not asked is not named. */
typedef enum
{
  CB_LOG_CONSENT_UNSET,
  CB_LOG_CONSENT_YES,
  CB_LOG_CONSENT_NO,
} CbLogConsent;

/* How clients who are not to be named appear in the exported log. */
typedef enum
{
  CB_LOG_UNNAMED_ANONYMISE,
  CB_LOG_UNNAMED_LEAVE_OFF,
} CbLogUnnamed;

#define CB_TYPE_CPD_KIND           (cb_cpd_kind_get_type ())
#define CB_TYPE_MEETING_PAYMENT    (cb_meeting_payment_get_type ())
#define CB_TYPE_MEETING_ATTENDANCE (cb_meeting_attendance_get_type ())
#define CB_TYPE_LOG_CONSENT        (cb_log_consent_get_type ())
#define CB_TYPE_LOG_UNNAMED        (cb_log_unnamed_get_type ())

GType cb_cpd_kind_get_type           (void) G_GNUC_CONST;
GType cb_meeting_payment_get_type    (void) G_GNUC_CONST;
GType cb_meeting_attendance_get_type (void) G_GNUC_CONST;
GType cb_log_consent_get_type        (void) G_GNUC_CONST;
GType cb_log_unnamed_get_type        (void) G_GNUC_CONST;
/* End of CPD and practice hours. */
/* The self-assessment questionnaire (FORMS.md §9; cb-self-assessment.h):
 * the answer to one item, the labels as seeds/000 Track 2 prints them. */
typedef enum
{
  CB_SELF_ASSESSMENT_ANSWER_UNSET,
  CB_SELF_ASSESSMENT_ANSWER_USUALLY,
  CB_SELF_ASSESSMENT_ANSWER_SOMETIMES,
  CB_SELF_ASSESSMENT_ANSWER_RARELY,
} CbSelfAssessmentAnswer;

#define CB_TYPE_SELF_ASSESSMENT_ANSWER (cb_self_assessment_answer_get_type ())

GType cb_self_assessment_answer_get_type (void) G_GNUC_CONST;
/* End of the self-assessment questionnaire. */

/* The translated label of an enum value or of one flag bit. */
const char *cb_enum_get_label   (GType enum_type,
                                 int   value);
const char *cb_flag_get_label   (GType flags_type,
                                 guint bit);
/* TRUE when an enum's first value means "not chosen yet" (nick "unset"). */
gboolean    cb_enum_has_unset   (GType enum_type);
const char *cb_enum_to_nick     (GType enum_type,
                                 int   value);
gboolean    cb_enum_from_nick   (GType        enum_type,
                                 const char  *nick,
                                 int         *value);

G_END_DECLS
