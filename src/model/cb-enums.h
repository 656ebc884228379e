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
