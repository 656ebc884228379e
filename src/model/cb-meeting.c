/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-meeting"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-meeting.h"

/* The record of a meeting, FORMS.md §4: the "Record of Meeting" of
 * seeds/001 and the meeting log of seeds/003 (Resource 13), with a choice
 * of structure for the conversation: GROW (seeds/003 Resource 12, seeds/000
 * Track 6), OSKAR (seeds/003 Resource 16) or the three-stage model of
 * mentoring (seeds/001, seeds/000 Track 7). */

struct _CbMeeting
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbMeeting, cb_meeting, CB_TYPE_DOCUMENT)

G_DEFINE_QUARK (cb-meeting-error-quark, cb_meeting_error)

enum {
  FIELD_DATE,
  FIELD_TIME,
  FIELD_VENUE,
  FIELD_LENGTH_MINUTES,
  FIELD_METHOD,
  FIELD_PAYMENT,
  FIELD_ATTENDANCE,
  FIELD_GROUP_SIZE,
  FIELD_ACHIEVED_SINCE_LAST,
  FIELD_CARRIED_OVER,
  FIELD_CHALLENGES,
  FIELD_TOPICS,
  FIELD_SUMMARY,
  FIELD_ACTIONS,
  FIELD_STEPS,
  FIELD_NEXT_TOPIC,
  FIELD_ACTIONS_BEFORE_NEXT,
  FIELD_RESOURCES_REQUIRED,
  FIELD_NEXT_DATE,
  FIELD_NEXT_TIME,
  FIELD_NEXT_VENUE,
  FIELD_GUIDE,
  FIELD_GROW_GOAL,
  FIELD_GROW_REALITY,
  FIELD_GROW_OPTIONS,
  FIELD_GROW_WAY_FORWARD,
  FIELD_COMMITMENT,
  FIELD_COMMITMENT_NEXT_STEPS,
  FIELD_OSKAR_OUTCOME,
  FIELD_OSKAR_SCALING_NOW,
  FIELD_OSKAR_SCALING_TARGET,
  FIELD_OSKAR_KNOW_HOW,
  FIELD_OSKAR_AFFIRM_ACTION,
  FIELD_OSKAR_REVIEW,
  FIELD_EXPLORATION,
  FIELD_NEW_UNDERSTANDING,
  FIELD_ACTION_PLANNING,
  FIELD_PRIVATE_NOTES,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "meeting", N_("Meeting"), NULL, NULL },
  { "hours", N_("Coaching Hours"), N_("How this meeting counts in your hours (Hours, under My Development): its length, paid or pro bono, one client or a group"), NULL },
  { "since-last", N_("Since the Last Meeting"), NULL, NULL },
  { "this-meeting", N_("This Meeting"), NULL, NULL },
  { "actions", N_("Actions Agreed"), NULL, NULL },
  { "next", N_("Next Meeting"), NULL, NULL },
  { "guide", N_("Structure of the Conversation"), N_("An optional model to guide the conversation"), NULL },
  { "grow", N_("GROW"), N_("Goal, Reality, Options, Way forward: a four step process that helps create a structure for the mentoring exchange"), "grow" },
  { "oskar", N_("OSKAR"), N_("Outcome, Scaling, Know-how and resources, Affirm and action, Review: from problems to solutions"), "oskar" },
  { "three-stage", N_("Three-Stage Model of Mentoring"), N_("Exploration, new understanding, action planning"), "three-stage" },
  { "private", N_("Private Notes"), N_("Your own notes, never printed unless you ask"), NULL },
};

#define NONE CB_FIELD_FLAG_NONE
#define NO_PRINT CB_FIELD_FLAG_NO_PRINT

static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "meeting", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_TIME] = { "time", CB_FIELD_TIME, N_("Time"), NULL, "meeting", NULL, 0, NONE },
  [FIELD_VENUE] = { "venue", CB_FIELD_LINE, N_("Venue"), N_("Location of meeting"), "meeting", NULL, 0, NONE },
  [FIELD_LENGTH_MINUTES] = { "length_minutes", CB_FIELD_INTEGER, N_("Length of Meeting (Minutes)"), NULL, "meeting", NULL, 0, NONE },
  [FIELD_METHOD] = { "method", CB_FIELD_CHOICE, N_("Method of Meeting"), NULL, "meeting", cb_meeting_method_get_type, 0, NONE },

  /* Not on the printed record of a meeting: they count hours (cb-hours.h). */
  [FIELD_PAYMENT] = { "payment", CB_FIELD_CHOICE, N_("Paid or Pro Bono"), N_("Not recorded counts as paid"), "hours", cb_meeting_payment_get_type, 0, NO_PRINT },
  [FIELD_ATTENDANCE] = { "attendance", CB_FIELD_CHOICE, N_("Individual or Group"), N_("Not recorded counts as individual"), "hours", cb_meeting_attendance_get_type, 0, NO_PRINT },
  [FIELD_GROUP_SIZE] = { "group_size", CB_FIELD_INTEGER, N_("Number in Group"), N_("For a group: how many clients took part (0: not recorded, counted as one)"), "hours", NULL, 0, NO_PRINT },

  [FIELD_ACHIEVED_SINCE_LAST] = { "achieved_since_last", CB_FIELD_TEXT, N_("Actions and Objectives Achieved Since the Last Meeting"), NULL, "since-last", NULL, 0, NONE },
  [FIELD_CARRIED_OVER] = { "carried_over", CB_FIELD_LIST, N_("Actions Carried Over"), N_("The actions of earlier meetings still open when this meeting began"), "since-last", NULL, 0, NO_PRINT | CB_FIELD_FLAG_REFERENCE },
  [FIELD_CHALLENGES] = { "challenges", CB_FIELD_TEXT, N_("Challenges, Solutions and Outstanding Objectives"), NULL, "since-last", NULL, 0, NONE },

  [FIELD_TOPICS] = { "topics", CB_FIELD_TEXT, N_("Topic(s) for This Meeting"), NULL, "this-meeting", NULL, 0, NONE },
  [FIELD_SUMMARY] = { "summary", CB_FIELD_TEXT, N_("Summary of Discussion"), NULL, "this-meeting", NULL, 0, NONE },

  [FIELD_ACTIONS] = { "actions", CB_FIELD_TABLE, N_("Actions Agreed"), N_("Action, owner and date to be achieved"), "actions", cb_action_get_type, 0, NONE },
  [FIELD_STEPS] = { "steps", CB_FIELD_TEXT, N_("Steps for Achieving Objectives Set at This Meeting"), N_("For example resources required, location of resources, whose responsibility"), "actions", NULL, 0, NONE },

  [FIELD_NEXT_TOPIC] = { "next_topic", CB_FIELD_TEXT, N_("Topic for Next Meeting"), NULL, "next", NULL, 0, NONE },
  [FIELD_ACTIONS_BEFORE_NEXT] = { "actions_before_next", CB_FIELD_TEXT, N_("Actions for Mentee or Mentor Before Next Meeting"), NULL, "next", NULL, 0, NONE },
  [FIELD_RESOURCES_REQUIRED] = { "resources_required", CB_FIELD_TEXT, N_("Resources Required to Achieve Objective(s) for Next Meeting"), NULL, "next", NULL, 0, NONE },
  [FIELD_NEXT_DATE] = { "next_date", CB_FIELD_DATE, N_("Date of Next Meeting"), NULL, "next", NULL, 0, NONE },
  [FIELD_NEXT_TIME] = { "next_time", CB_FIELD_TIME, N_("Time of Next Meeting"), NULL, "next", NULL, 0, NONE },
  [FIELD_NEXT_VENUE] = { "next_venue", CB_FIELD_LINE, N_("Venue of Next Meeting"), NULL, "next", NULL, 0, NONE },

  [FIELD_GUIDE] = { "guide", CB_FIELD_CHOICE, N_("Model"), N_("GROW, OSKAR or the three-stage model of mentoring, or none"), "guide", cb_meeting_guide_get_type, 0, NONE },

  /* seeds/003 Resource 12: some useful questions to ask at each stage. */
  [FIELD_GROW_GOAL] = { "grow_goal", CB_FIELD_TEXT, N_("Goal"),
    N_("What do you want to achieve in this session and in the longer term? Why is it important to you? What is your main goal at present? How will you know when you have reached your goal? When do you have to achieve your goal? To what extent is it within your control? If not entirely within your control, what steps can you take to achieve your goal? How could you break the main goal into smaller achievable sub goals?"),
    "grow", NULL, 0, NONE },
  [FIELD_GROW_REALITY] = { "grow_reality", CB_FIELD_TEXT, N_("Reality"),
    N_("Where are you just now in relation to your goal? What skills and knowledge have you gained as a consequence of achievements and experience to date? What resources (including other people) do you need to achieve your goal? What else could help you achieve your goal? What resources do you have currently? What, or who, might get in the way of you achieving your goal? How might you constrain your progress? How might you overcome those constraints? What if anything is stopping you?"),
    "grow", NULL, 0, NONE },
  [FIELD_GROW_OPTIONS] = { "grow_options", CB_FIELD_TEXT, N_("Options"),
    N_("What can you do as a next step towards achieving your goal? If you were the most resourceful person you know, what would you do? What would happen if you did nothing? Is there someone you know who is doing this well? What could you do that they do?"),
    "grow", NULL, 0, NONE },
  [FIELD_GROW_WAY_FORWARD] = { "grow_way_forward", CB_FIELD_TEXT, N_("Way Forward"),
    N_("Which option appeals to you most? Why? How will it help you achieve your goal? What are your next steps? When will you take them? What obstacles do you expect to meet? How will you overcome them?"),
    "grow", NULL, 0, NONE },
  [FIELD_COMMITMENT] = { "commitment", CB_FIELD_INTEGER, N_("Commitment (1–10)"),
    N_("Ask your mentee to rate their commitment from 1 to 10 (0: not rated)"), "grow", NULL, 0, NONE },
  [FIELD_COMMITMENT_NEXT_STEPS] = { "commitment_next_steps", CB_FIELD_TEXT, N_("What still needs to happen to help increase motivation?"),
    N_("Asked when commitment is rated below 7"), "grow", NULL, 0, NONE },

  /* seeds/003 Resource 16. */
  [FIELD_OSKAR_OUTCOME] = { "oskar_outcome", CB_FIELD_TEXT, N_("Outcome"),
    N_("The preferred future: the goal the mentee has set for themselves"), "oskar", NULL, 0, NONE },
  [FIELD_OSKAR_SCALING_NOW] = { "oskar_scaling_now", CB_FIELD_INTEGER, N_("Scaling: Where You Are Now (0–10)"),
    N_("On a scale of 0 to 10, where is the mentee now?"), "oskar", NULL, 0, NONE },
  [FIELD_OSKAR_SCALING_TARGET] = { "oskar_scaling_target", CB_FIELD_INTEGER, N_("Scaling: Where You Want to Be (0–10)"),
    N_("On the same scale, where would the mentee like to be?"), "oskar", NULL, 0, NONE },
  [FIELD_OSKAR_KNOW_HOW] = { "oskar_know_how", CB_FIELD_TEXT, N_("Know-How and Resources"),
    N_("What is working well already, and the skills and capabilities to build on"), "oskar", NULL, 0, NONE },
  [FIELD_OSKAR_AFFIRM_ACTION] = { "oskar_affirm_action", CB_FIELD_TEXT, N_("Affirm and Action"),
    N_("What is impressive so far, and the next small step"), "oskar", NULL, 0, NONE },
  [FIELD_OSKAR_REVIEW] = { "oskar_review", CB_FIELD_TEXT, N_("Review"),
    N_("What is better since last time, and what to do more of"), "oskar", NULL, 0, NONE },

  /* seeds/001 "Useful Frameworks – Mentoring" (Alred et al.), seeds/000 Track 7. */
  [FIELD_EXPLORATION] = { "exploration", CB_FIELD_TEXT, N_("Exploration"),
    N_("To explore issues which are identified by the mentored individual: listen, ask open questions, negotiate an agenda"), "three-stage", NULL, 0, NONE },
  [FIELD_NEW_UNDERSTANDING] = { "new_understanding", CB_FIELD_TEXT, N_("New Understanding"),
    N_("Listen and challenge, recognise strengths and weaknesses, establish priorities, identify developmental needs, give information and advice"), "three-stage", NULL, 0, NONE },
  [FIELD_ACTION_PLANNING] = { "action_planning", CB_FIELD_TEXT, N_("Action Planning"),
    N_("Examine options for action and their consequences, help to make decisions and solve problems, agree action plans"), "three-stage", NULL, 0, NONE },

  [FIELD_PRIVATE_NOTES] = { "private_notes", CB_FIELD_TEXT, N_("Private Notes"), N_("Your own notes on this meeting, never printed unless you ask"), "private", NULL, 0, CB_FIELD_FLAG_PRIVATE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

#define RATING_MAX 10

static int
rating_at (CbMeeting *self,
           guint      index)
{
  /* A file edited by hand may hold anything. */
  return (int) CLAMP (cb_record_get_integer_at (CB_RECORD (self), index), 0, RATING_MAX);
}

static const char *
blank_or (const char *text,
          gboolean    blank)
{
  return blank || text == NULL || *text == '\0' ? NULL : text;
}

static gboolean
check_editable (CbMeeting  *self,
                GError    **error)
{
  if (cb_record_get_editable (CB_RECORD (self)) && !cb_document_get_read_only (CB_DOCUMENT (self)))
    return TRUE;

  g_set_error_literal (error, CB_MEETING_ERROR, CB_MEETING_ERROR_READ_ONLY,
                       _("This record of a meeting was written by a newer version of Coachbook and can only be read here. Update Coachbook to change it."));
  return FALSE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  CbMeeting *ma = *(CbMeeting * const *) a;
  CbMeeting *mb = *(CbMeeting * const *) b;
  int cmp;

  /* ISO dates and times sort as text; an undated meeting counts as oldest. */
  cmp = strcmp (cb_record_get_string_at (CB_RECORD (mb), FIELD_DATE),
                cb_record_get_string_at (CB_RECORD (ma), FIELD_DATE));
  if (cmp != 0)
    return cmp;

  cmp = strcmp (cb_record_get_string_at (CB_RECORD (mb), FIELD_TIME),
                cb_record_get_string_at (CB_RECORD (ma), FIELD_TIME));
  if (cmp != 0)
    return cmp;

  return cb_document_compare_created_newest_first (CB_DOCUMENT (ma), CB_DOCUMENT (mb));
}

/* One action as a line of the printed list of carried-over actions. */
static char *
dup_action_line (CbAction *action)
{
  g_autofree char *due = cb_format_date (cb_action_get_due_date (action));
  const char *tick = cb_action_get_done (action) ? "☑" : "☐";

  if (due != NULL)
    /* Translators: a carried-over action on a printed record of a meeting:
     * a tick box, the action, who does it and the date it was to be achieved */
    return g_strdup_printf (_("%s %s (%s, by %s)"), tick, cb_action_get_action (action),
                            cb_action_get_owner_label (action), due);

  /* Translators: a carried-over action on a printed record of a meeting:
   * a tick box, the action and who does it */
  return g_strdup_printf (_("%s %s (%s)"), tick, cb_action_get_action (action),
                          cb_action_get_owner_label (action));
}

static void
describe_carried_over (CbMeeting *self,
                       CbForm    *form,
                       gboolean   blank)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  CbDocument *parent = cb_document_get_parent (CB_DOCUMENT (self));
  g_auto(GStrv) ids = cb_meeting_dup_carried_over (self);

  if (!blank && CB_IS_CLIENT (parent))
    for (guint i = 0; ids[i] != NULL; i++)
      {
        CbAction *action = cb_meeting_find_action (CB_CLIENT (parent), ids[i], NULL);

        if (action != NULL)
          {
            g_autofree char *line = dup_action_line (action);
            g_strv_builder_add (builder, line);
          }
      }

  items = g_strv_builder_end (builder);
  if (blank || items[0] != NULL)
    cb_form_add_list (form, _("Actions from earlier meetings"), (const char * const *) items, 3);
}

static void
describe_method (CbMeeting *self,
                 CbForm    *form,
                 gboolean   blank)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_MEETING_METHOD);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  CbMeetingMethod method = cb_meeting_get_method (self);
  guint64 checked = 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_strv_builder_add (builder, cb_enum_get_label (CB_TYPE_MEETING_METHOD, klass->values[i].value));
      if (!blank && klass->values[i].value == (int) method)
        checked |= G_GUINT64_CONSTANT (1) << i;
    }

  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, _("Method of meeting"), (const char * const *) choices, checked);
}

static void
describe_actions (CbMeeting *self,
                  CbForm    *form,
                  gboolean   blank)
{
  const char *columns[] = {
    _("Action"),
    _("Owner"),
    _("Date to be achieved"),
    _("Done"),
    NULL
  };
  GListModel *actions = cb_meeting_get_actions (self);
  guint n = blank ? 0 : g_list_model_get_n_items (actions);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbAction) action = g_list_model_get_item (actions, i);
      g_autofree char *due = cb_format_date (cb_action_get_due_date (action));
      char **row = g_new0 (char *, G_N_ELEMENTS (columns));

      row[0] = g_strdup (cb_action_get_action (action));
      row[1] = g_strdup (cb_action_get_owner_label (action));
      row[2] = g_strdup (due != NULL ? due : "");
      row[3] = g_strdup (cb_action_get_done (action) ? "✓" : "");
      g_ptr_array_add (rows, row);
    }

  cb_form_add_heading (form, _("Actions agreed"));
  cb_form_add_table (form, columns, rows, n == 0 ? 5 : 0);
}

static void
add_text (CbMeeting *self,
          CbForm    *form,
          guint      index,
          const char *label,
          gboolean   blank,
          guint      lines)
{
  cb_form_add_text (form, label, blank_or (cb_record_get_string_at (CB_RECORD (self), index), blank), lines);
}

static void
add_rating (CbMeeting  *self,
            CbForm     *form,
            guint       index,
            const char *label,
            gboolean    blank,
            gboolean    zero_is_unset)
{
  int rating = rating_at (self, index);
  g_autofree char *shown = NULL;

  if (!blank && !(zero_is_unset && rating == 0))
    /* Translators: a rating on a scale, e.g. "6 out of 10" */
    shown = g_strdup_printf (_("%d out of 10"), rating);

  cb_form_add_field (form, label, shown);
}

static void
describe_guide (CbMeeting *self,
                CbForm    *form,
                gboolean   blank)
{
  switch (cb_meeting_get_guide (self))
    {
    case CB_MEETING_GUIDE_GROW:
      cb_form_add_heading (form, _("GROW"));
      add_text (self, form, FIELD_GROW_GOAL, _("Goal"), blank, 3);
      add_text (self, form, FIELD_GROW_REALITY, _("Reality"), blank, 3);
      add_text (self, form, FIELD_GROW_OPTIONS, _("Options"), blank, 3);
      add_text (self, form, FIELD_GROW_WAY_FORWARD, _("Way forward"), blank, 3);
      add_rating (self, form, FIELD_COMMITMENT, _("Commitment, from 1 to 10"), blank, TRUE);
      if (blank || cb_meeting_commitment_needs_more (self) ||
          *cb_record_get_string_at (CB_RECORD (self), FIELD_COMMITMENT_NEXT_STEPS) != '\0')
        add_text (self, form, FIELD_COMMITMENT_NEXT_STEPS,
                  _("If below 7, what still needs to happen to help increase motivation?"), blank, 2);
      break;

    case CB_MEETING_GUIDE_OSKAR:
      cb_form_add_heading (form, _("OSKAR"));
      add_text (self, form, FIELD_OSKAR_OUTCOME, _("Outcome"), blank, 3);
      add_rating (self, form, FIELD_OSKAR_SCALING_NOW, _("Scaling: where you are now"), blank, FALSE);
      add_rating (self, form, FIELD_OSKAR_SCALING_TARGET, _("Scaling: where you want to be"), blank, FALSE);
      add_text (self, form, FIELD_OSKAR_KNOW_HOW, _("Know-how and resources"), blank, 3);
      add_text (self, form, FIELD_OSKAR_AFFIRM_ACTION, _("Affirm and action"), blank, 3);
      add_text (self, form, FIELD_OSKAR_REVIEW, _("Review"), blank, 3);
      break;

    case CB_MEETING_GUIDE_THREE_STAGE:
      cb_form_add_heading (form, _("Three-stage model of mentoring"));
      add_text (self, form, FIELD_EXPLORATION, _("Exploration"), blank, 3);
      add_text (self, form, FIELD_NEW_UNDERSTANDING, _("New understanding"), blank, 3);
      add_text (self, form, FIELD_ACTION_PLANNING, _("Action planning"), blank, 3);
      break;

    case CB_MEETING_GUIDE_NONE:
    default:
      break;
    }
}

static void
add_date_field (CbMeeting  *self,
                CbForm     *form,
                guint       index,
                const char *label,
                gboolean    blank)
{
  g_autofree char *shown = blank ? NULL : cb_format_date (cb_record_get_string_at (CB_RECORD (self), index));

  cb_form_add_field (form, label, shown);
}

static void
add_time_field (CbMeeting  *self,
                CbForm     *form,
                guint       index,
                const char *label,
                gboolean    blank)
{
  g_autofree char *shown = blank ? NULL : cb_format_time (cb_record_get_string_at (CB_RECORD (self), index));

  cb_form_add_field (form, label, shown);
}

static CbForm *
cb_meeting_describe_form (CbDocument          *document,
                          const CbFormContext *context)
{
  CbMeeting *self = CB_MEETING (document);
  gboolean blank = context->blank;
  gint64 length = cb_record_get_integer_at (CB_RECORD (self), FIELD_LENGTH_MINUTES);
  g_autofree char *length_shown = NULL;
  CbForm *form;

  form = cb_document_begin_form (document, _("Record of Meeting"), context);

  add_date_field (self, form, FIELD_DATE, _("Date"), blank);
  add_time_field (self, form, FIELD_TIME, _("Time"), blank);
  cb_form_add_field (form, _("Venue"), blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_VENUE), blank));
  if (!blank && length > 0)
    /* Translators: the length of a meeting */
    length_shown = g_strdup_printf (ngettext ("%d minute", "%d minutes", (gulong) length),
                                    (int) MIN (length, G_MAXINT));
  cb_form_add_field (form, _("Length of meeting"), length_shown);
  describe_method (self, form, blank);

  cb_form_add_heading (form, _("Actions achieved since the last meeting"));
  describe_carried_over (self, form, blank);
  add_text (self, form, FIELD_ACHIEVED_SINCE_LAST, _("Actions and objectives achieved"), blank, 3);

  cb_form_add_heading (form, _("Challenges, solutions and outstanding objectives"));
  add_text (self, form, FIELD_CHALLENGES, _("Challenges, solutions and outstanding objectives"), blank, 3);

  cb_form_add_heading (form, _("This meeting"));
  add_text (self, form, FIELD_TOPICS, _("Topic(s) for this meeting"), blank, 2);
  add_text (self, form, FIELD_SUMMARY, _("Summary of discussion"), blank, 6);

  describe_actions (self, form, blank);
  add_text (self, form, FIELD_STEPS,
            _("Steps for achieving objectives set at this meeting (e.g. resources required, location of resources, whose responsibility)"),
            blank, 3);

  describe_guide (self, form, blank);

  cb_form_add_heading (form, _("Next meeting"));
  add_text (self, form, FIELD_NEXT_TOPIC, _("Topic for next meeting"), blank, 2);
  add_text (self, form, FIELD_ACTIONS_BEFORE_NEXT, _("Actions for mentee or mentor before next meeting"), blank, 2);
  add_text (self, form, FIELD_RESOURCES_REQUIRED, _("Resources required to achieve objective(s) for next meeting"), blank, 2);
  add_date_field (self, form, FIELD_NEXT_DATE, _("Date of next meeting"), blank);
  add_time_field (self, form, FIELD_NEXT_TIME, _("Time"), blank);
  cb_form_add_field (form, _("Venue"), blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_VENUE), blank));

  if (context->include_private && !blank && *cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES) != '\0')
    {
      cb_form_add_heading (form, _("Private notes"));
      cb_form_add_text (form, _("Private notes"), cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES), 4);
    }

  return form;
}

static char *
cb_meeting_dup_title (CbDocument *document)
{
  CbMeeting *self = CB_MEETING (document);
  g_autofree char *date = cb_format_date (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE));

  if (date == NULL)
    return g_strdup (_("Meeting"));

  /* Translators: the title of the record of a meeting; %s is its date */
  return g_strdup_printf (_("Meeting on %s"), date);
}

/* Ratings stay on their scale, whoever sets them (an editor sets the
 * property directly). */
static void
cb_meeting_field_changed (CbRecord   *record,
                          GParamSpec *pspec)
{
  static const guint ratings[] = { FIELD_COMMITMENT, FIELD_OSKAR_SCALING_NOW, FIELD_OSKAR_SCALING_TARGET };

  CB_RECORD_CLASS (cb_meeting_parent_class)->field_changed (record, pspec);

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    if (pspec == cb_record_get_field_pspec (record, ratings[i]))
      {
        gint64 value = cb_record_get_integer_at (record, ratings[i]);

        if (value < 0 || value > RATING_MAX)
          cb_record_set_integer_at (record, ratings[i], CLAMP (value, 0, RATING_MAX));
      }
}

static void
cb_meeting_class_init (CbMeetingClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = "coachbook.meeting";
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "meetings";
  document_class->date_field = "date";
  document_class->time_field = "time";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = N_("_Meetings");
  document_class->icon_name = "x-office-calendar-symbolic";
  document_class->help_page = "meetings";
  document_class->form_title = N_("Record of Meeting");
  document_class->dup_title = cb_meeting_dup_title;
  document_class->describe_form = cb_meeting_describe_form;

  record_class->field_changed = cb_meeting_field_changed;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
  cb_record_class_set_variant_field (record_class, "guide");
}

static void
cb_meeting_init (CbMeeting *self)
{
}

CbMeeting *
cb_meeting_new (void)
{
  return g_object_new (CB_TYPE_MEETING, NULL);
}

/* "HH:MM" of @now rounded to the nearest quarter hour, staying on the
 * same day. */
static char *
dup_quarter_hour (GDateTime *now)
{
  int minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);

  minutes = ((minutes + 7) / 15) * 15;
  minutes = MIN (minutes, 23 * 60 + 45);

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

CbMeeting *
cb_meeting_new_following (CbClient  *client,
                          GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GStrvBuilder) carried = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  CbMeeting *self;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  self = cb_meeting_new ();
  meetings = cb_client_list_meetings (client);
  date = g_date_time_format (now, "%Y-%m-%d");
  time = dup_quarter_hour (now);

  cb_record_freeze_changes (CB_RECORD (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
  cb_record_set_string_at (CB_RECORD (self), FIELD_TIME, time);

  if (meetings->len > 0)
    {
      CbMeeting *latest = g_ptr_array_index (meetings, 0);

      cb_record_set_string_at (CB_RECORD (self), FIELD_VENUE,
                               cb_record_get_string_at (CB_RECORD (latest), FIELD_VENUE));
      cb_record_set_integer_at (CB_RECORD (self), FIELD_LENGTH_MINUTES,
                                cb_record_get_integer_at (CB_RECORD (latest), FIELD_LENGTH_MINUTES));
      cb_meeting_set_method (self, cb_meeting_get_method (latest));
      /* The same arrangement as last time, until the coach says otherwise. */
      for (guint i = FIELD_PAYMENT; i <= FIELD_ATTENDANCE; i++)
        cb_record_set_enum_at (CB_RECORD (self), i, cb_record_get_enum_at (CB_RECORD (latest), i));
      cb_record_set_integer_at (CB_RECORD (self), FIELD_GROUP_SIZE,
                                cb_record_get_integer_at (CB_RECORD (latest), FIELD_GROUP_SIZE));
    }

  /* Every action still open, oldest meeting first, in the order agreed. */
  carried = g_strv_builder_new ();
  for (guint i = meetings->len; i > 0; i--)
    {
      GListModel *actions = cb_meeting_get_actions (g_ptr_array_index (meetings, i - 1));

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(CbAction) action = g_list_model_get_item (actions, j);

          if (cb_action_is_open (action))
            g_strv_builder_add (carried, cb_action_get_id (action));
        }
    }
  ids = g_strv_builder_end (carried);
  cb_meeting_set_carried_over (self, (const char * const *) ids);

  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_meeting_get_date (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_meeting_set_date (CbMeeting  *self,
                     const char *date)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
}

const char *
cb_meeting_get_time (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TIME);
}

void
cb_meeting_set_time (CbMeeting  *self,
                     const char *time)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (time == NULL || *time == '\0' || cb_time_is_valid (time));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TIME, time);
}

const char *
cb_meeting_get_venue (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_VENUE);
}

void
cb_meeting_set_venue (CbMeeting  *self,
                      const char *venue)
{
  g_return_if_fail (CB_IS_MEETING (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_VENUE, venue);
}

int
cb_meeting_get_length_minutes (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), 0);

  return (int) CLAMP (cb_record_get_integer_at (CB_RECORD (self), FIELD_LENGTH_MINUTES), 0, 24 * 60);
}

void
cb_meeting_set_length_minutes (CbMeeting *self,
                               int        minutes)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (minutes >= 0 && minutes <= 24 * 60);

  cb_record_set_integer_at (CB_RECORD (self), FIELD_LENGTH_MINUTES, minutes);
}

CbMeetingMethod
cb_meeting_get_method (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), CB_MEETING_METHOD_FACE_TO_FACE);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_METHOD);
}

void
cb_meeting_set_method (CbMeeting       *self,
                       CbMeetingMethod  method)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (method <= CB_MEETING_METHOD_OTHER);

  cb_record_set_enum (CB_RECORD (self), "method", method);
}

CbMeetingPayment
cb_meeting_get_payment (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), CB_MEETING_PAYMENT_UNSET);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_PAYMENT);
}

void
cb_meeting_set_payment (CbMeeting        *self,
                        CbMeetingPayment  payment)
{
  g_return_if_fail (CB_IS_MEETING (self));

  cb_record_set_enum_at (CB_RECORD (self), FIELD_PAYMENT, payment);
}

CbMeetingAttendance
cb_meeting_get_attendance (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), CB_MEETING_ATTENDANCE_UNSET);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_ATTENDANCE);
}

void
cb_meeting_set_attendance (CbMeeting           *self,
                           CbMeetingAttendance  attendance)
{
  g_return_if_fail (CB_IS_MEETING (self));

  cb_record_set_enum_at (CB_RECORD (self), FIELD_ATTENDANCE, attendance);
}

int
cb_meeting_get_group_size (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), 0);

  /* A file edited by hand may hold anything. */
  return (int) CLAMP (cb_record_get_integer_at (CB_RECORD (self), FIELD_GROUP_SIZE), 0, CB_MEETING_GROUP_SIZE_MAX);
}

void
cb_meeting_set_group_size (CbMeeting *self,
                           int        size)
{
  g_return_if_fail (CB_IS_MEETING (self));

  cb_record_set_integer_at (CB_RECORD (self), FIELD_GROUP_SIZE, CLAMP (size, 0, CB_MEETING_GROUP_SIZE_MAX));
}

CbMeetingGuide
cb_meeting_get_guide (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), CB_MEETING_GUIDE_NONE);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_GUIDE);
}

void
cb_meeting_set_guide (CbMeeting      *self,
                      CbMeetingGuide  guide)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (guide <= CB_MEETING_GUIDE_THREE_STAGE);

  cb_record_set_enum (CB_RECORD (self), "guide", guide);
}

const char *
cb_meeting_get_next_date (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_DATE);
}

void
cb_meeting_set_next_date (CbMeeting  *self,
                          const char *date)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_NEXT_DATE, date);
}

const char *
cb_meeting_get_next_time (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_TIME);
}

void
cb_meeting_set_next_time (CbMeeting  *self,
                          const char *time)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (time == NULL || *time == '\0' || cb_time_is_valid (time));

  cb_record_set_string_at (CB_RECORD (self), FIELD_NEXT_TIME, time);
}

const char *
cb_meeting_get_next_venue (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_VENUE);
}

void
cb_meeting_set_next_venue (CbMeeting  *self,
                           const char *venue)
{
  g_return_if_fail (CB_IS_MEETING (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_NEXT_VENUE, venue);
}

gboolean
cb_meeting_get_gdate (CbMeeting *self,
                      GDate     *date)
{
  g_return_val_if_fail (CB_IS_MEETING (self), FALSE);

  return cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_DATE), date);
}

gboolean
cb_meeting_get_next_gdate (CbMeeting *self,
                           GDate     *date)
{
  g_return_val_if_fail (CB_IS_MEETING (self), FALSE);

  return cb_date_from_iso (cb_record_get_string_at (CB_RECORD (self), FIELD_NEXT_DATE), date);
}

int
cb_meeting_get_commitment (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), 0);

  return rating_at (self, FIELD_COMMITMENT);
}

gboolean
cb_meeting_set_commitment (CbMeeting  *self,
                           int         rating,
                           GError    **error)
{
  g_return_val_if_fail (CB_IS_MEETING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_editable (self, error))
    return FALSE;

  if (rating < 0 || rating > RATING_MAX)
    {
      g_set_error (error, CB_MEETING_ERROR, CB_MEETING_ERROR_OUT_OF_RANGE,
                   /* Translators: %d is the number given */
                   _("Commitment is rated from 1 to 10 (or 0 when not rated), not %d."),
                   rating);
      return FALSE;
    }

  cb_record_set_integer_at (CB_RECORD (self), FIELD_COMMITMENT, rating);
  return TRUE;
}

gboolean
cb_meeting_commitment_needs_more (CbMeeting *self)
{
  int rating;

  g_return_val_if_fail (CB_IS_MEETING (self), FALSE);

  rating = cb_meeting_get_commitment (self);
  return rating > 0 && rating < CB_MEETING_COMMITMENT_THRESHOLD;
}

int
cb_meeting_get_scaling_now (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), 0);

  return rating_at (self, FIELD_OSKAR_SCALING_NOW);
}

int
cb_meeting_get_scaling_target (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), 0);

  return rating_at (self, FIELD_OSKAR_SCALING_TARGET);
}

gboolean
cb_meeting_set_scaling (CbMeeting  *self,
                        int         now,
                        int         target,
                        GError    **error)
{
  g_return_val_if_fail (CB_IS_MEETING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_editable (self, error))
    return FALSE;

  if (now < 0 || now > RATING_MAX || target < 0 || target > RATING_MAX)
    {
      g_set_error (error, CB_MEETING_ERROR, CB_MEETING_ERROR_OUT_OF_RANGE,
                   /* Translators: the numbers given for where the mentee is now and where they want to be */
                   _("Scaling runs from 0 to 10; %d and %d are not on the scale."),
                   now, target);
      return FALSE;
    }

  cb_record_set_integer_at (CB_RECORD (self), FIELD_OSKAR_SCALING_NOW, now);
  cb_record_set_integer_at (CB_RECORD (self), FIELD_OSKAR_SCALING_TARGET, target);
  return TRUE;
}

GListModel *
cb_meeting_get_actions (CbMeeting *self)
{
  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  return cb_record_get_table (CB_RECORD (self), "actions");
}

CbAction *
cb_meeting_add_action (CbMeeting     *self,
                       const char    *text,
                       CbActionOwner  owner,
                       const char    *due_date)
{
  g_autoptr(CbAction) action = NULL;
  guint position;

  g_return_val_if_fail (CB_IS_MEETING (self), NULL);
  g_return_val_if_fail (due_date == NULL || *due_date == '\0' || cb_date_is_valid_iso (due_date), NULL);

  action = cb_action_new ();
  cb_action_set_action (action, text);
  cb_action_set_owner (action, owner);
  cb_action_set_due_date (action, due_date);

  cb_record_add_row (CB_RECORD (self), "actions", CB_RECORD (action));

  /* Refused when the meeting cannot be edited. */
  for (position = 0; position < g_list_model_get_n_items (cb_meeting_get_actions (self)); position++)
    {
      g_autoptr(CbAction) row = g_list_model_get_item (cb_meeting_get_actions (self), position);

      if (row == action)
        return action;   /* held by the table */
    }

  return NULL;
}

void
cb_meeting_remove_action (CbMeeting *self,
                          CbAction  *action)
{
  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (CB_IS_ACTION (action));

  cb_record_remove_row (CB_RECORD (self), "actions", CB_RECORD (action));
}

GStrv
cb_meeting_dup_carried_over (CbMeeting *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv ids;

  g_return_val_if_fail (CB_IS_MEETING (self), NULL);

  cb_record_get_value (CB_RECORD (self), FIELD_CARRIED_OVER, &value);
  ids = g_value_dup_boxed (&value);

  return ids != NULL ? ids : g_new0 (char *, 1);
}

void
cb_meeting_set_carried_over (CbMeeting          *self,
                             const char * const *ids)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CB_IS_MEETING (self));

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, ids);
  cb_record_set_value (CB_RECORD (self), FIELD_CARRIED_OVER, &value);
}

CbAction *
cb_meeting_find_action (CbClient    *client,
                        const char  *action_id,
                        CbMeeting  **owner)
{
  g_autoptr(GPtrArray) meetings = NULL;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  if (owner != NULL)
    *owner = NULL;

  if (action_id == NULL || *action_id == '\0')
    return NULL;

  meetings = cb_client_list_documents (client, CB_TYPE_MEETING, NULL);
  for (guint i = 0; i < meetings->len; i++)
    {
      CbMeeting *meeting = g_ptr_array_index (meetings, i);
      GListModel *actions = cb_meeting_get_actions (meeting);

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(CbAction) action = g_list_model_get_item (actions, j);

          if (g_strcmp0 (cb_action_get_id (action), action_id) == 0)
            {
              if (owner != NULL)
                *owner = meeting;
              /* The table holds the row for as long as the meeting lives. */
              return action;
            }
        }
    }

  return NULL;
}

void
cb_meeting_tick_carried_over (CbMeeting  *self,
                              CbClient   *client,
                              const char *action_id,
                              gboolean    done,
                              GDate      *today)
{
  CbAction *action;

  g_return_if_fail (CB_IS_MEETING (self));
  g_return_if_fail (CB_IS_CLIENT (client));
  g_return_if_fail (action_id != NULL);

  action = cb_meeting_find_action (client, action_id, NULL);
  if (action == NULL)
    {
      g_debug ("Action %s is no longer in any meeting", action_id);
      return;
    }

  /* The original row: the meeting where it was agreed is the one edited. */
  cb_action_set_done (action, done, today);
}

GPtrArray *
cb_client_list_meetings (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return cb_client_list_documents (client, CB_TYPE_MEETING, compare_newest_first);
}

CbMeeting *
cb_client_get_latest_meeting (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  /* The client's document list holds it. */
  return CB_MEETING (cb_client_get_first_document (client, CB_TYPE_MEETING, compare_newest_first));
}
