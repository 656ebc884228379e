/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-journal-entry"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-evidence.h"
#include "cb-journal-entry.h"

/* The coach's learning journal (FORMS.md §10). The booklet (seeds/000
 * Track 10) asks "Have you ever kept a learning log and looked back and
 * recognised with surprise how much you learnt?" and offers two "Learning
 * journal" forms, but the extract has no columns for them: the four
 * questions of an entry are the (FORMS.md §10), and the reflection
 * questions that close Tracks 2–10 can be what an entry answers. */

struct _CbJournalEntry
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbJournalEntry, cb_journal_entry, CB_TYPE_DOCUMENT)

enum {
  FIELD_DATE,
  FIELD_TITLE,
  FIELD_PROMPT,
  FIELD_WHAT_HAPPENED,
  FIELD_WHAT_LEARNED,
  FIELD_HOW_APPLY,
  FIELD_DO_DIFFERENTLY,
  FIELD_EVIDENCE,
  FIELD_CLIENT_ID,
  FIELD_MEETING_ID,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "entry", N_("Entry"), NULL, NULL },
  { "reflection", N_("Reflection"), N_("What happened, what you learned from it, and what you will do with what you learned"), NULL },
  { "evidence", N_("Evidence"), N_("The units and assessment criteria this entry gives evidence for"), NULL },
  { "links", N_("Client and Meeting"), N_("What the entry is about: a link to the client and the meeting, not a copy. Printed with the client’s initials, never the name, unless you ask."), NULL },
};

static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "entry", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_TITLE] = { "title", CB_FIELD_LINE, N_("Title"), N_("A few words to find the entry by"), "entry", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_PROMPT] = { "prompt", CB_FIELD_TEXT, N_("Reflection Question"), N_("The question from the end of a track of the booklet that this entry answers, if any"), "entry", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_WHAT_HAPPENED] = { "what_happened", CB_FIELD_TEXT, N_("What Happened"), NULL, "reflection", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_WHAT_LEARNED] = { "what_learned", CB_FIELD_TEXT, N_("What I Learned"), NULL, "reflection", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_HOW_APPLY] = { "how_apply", CB_FIELD_TEXT, N_("How I Will Apply It"), NULL, "reflection", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_DO_DIFFERENTLY] = { "do_differently", CB_FIELD_TEXT, N_("What I Will Do Differently"), NULL, "reflection", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_EVIDENCE] = { "evidence", CB_FIELD_LIST, N_("Evidence For"), N_("Ids of units and assessment criteria, such as “3014 3.5” or “G3”"), "evidence", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_CLIENT_ID] = { "client_id", CB_FIELD_LINE, N_("Client"), N_("The id of the client the entry is about"), "links", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
  [FIELD_MEETING_ID] = { "meeting_id", CB_FIELD_LINE, N_("Meeting"), N_("The id of the meeting the entry is about"), "links", NULL, 0, CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_REFERENCE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

/* seeds/000, the "Reflection" at the end of Tracks 2–10, word for word
 * (lines 252–259, 296–308, 399–406, 572–581, 650–657, 776–788, 822–831,
 * 866–870, 896–904); the bullets are the extraction's letter "n", left
 * out, and wrapped lines are joined. Track 1 has none. */
static const CbReflectionQuestion questions[] = {
  { "2.1", 2, N_("Track 2: Coaching or mentoring?"),
    N_("Before moving on to Track 3, think about what you’ve learned from listening to this one."),
    N_("Are you naturally more of a coach or a mentor? Which do you want to be – or need to be?"),
    NULL },
  { "2.2", 2, N_("Track 2: Coaching or mentoring?"),
    N_("Before moving on to Track 3, think about what you’ve learned from listening to this one."),
    N_("How will becoming a good coach or mentor benefit you, your organisation and the people you support? What skills do you need to develop to become a better coach or mentor?"),
    NULL },
  { "2.3", 2, N_("Track 2: Coaching or mentoring?"),
    N_("Before moving on to Track 3, think about what you’ve learned from listening to this one."),
    N_("How are you going to do this and who can help?"),
    NULL },
  { "2.4", 2, N_("Track 2: Coaching or mentoring?"),
    N_("Before moving on to Track 3, think about what you’ve learned from listening to this one."),
    N_("Is there anyone who can advise you about the legal side of coaching and mentoring? You’ll find some ideas at the end of the booklet."),
    NULL },
  { "3.1", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("How was commitment gained? Did you agree a learning contract?"),
    NULL },
  { "3.2", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("How did you get to know each other: Did you agree what would happen? Was it effective?"),
    NULL },
  { "3.3", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("How did you work and learn together? Did you control the relationship or did you negotiate and make agreements? Were you able to develop an open relationship based on trust?"),
    NULL },
  { "3.4", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("Did you remember to have regular reviews? Did you conduct a final review and evaluation? Did you give positive feedback and did you receive any?"),
    NULL },
  { "3.5", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("How did you say goodbye? Did you ensure that the learning relationship and outcomes were celebrated?"),
    NULL },
  { "3.6", 3, N_("Track 3: Developing a learning relationship"),
    N_("Before moving on to Track 4, consider any learning relationships you have experienced either as a learner, coach or mentor and ask yourself these questions:"),
    N_("What did you learn from the coaching or mentoring experience? What will you do differently if you are to coach or mentor anybody in the future?"),
    NULL },
  { "4.1", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("How well do you currently listen and pay attention?"),
    NULL },
  { "4.2", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("How often do you reflect on what you have asked and what answers you receive?"),
    NULL },
  { "4.3", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("When did you last receive some feedback? How did you feel?"),
    NULL },
  { "4.4", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("What does this tell you about giving feedback effectively?"),
    NULL },
  { "4.5", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("How confident do you feel about challenging people in a constructive way?"),
    NULL },
  { "4.6", 4, N_("Track 4: Interpersonal skills"),
    N_("Before moving on, ask yourself:"),
    N_("How can you move towards a more negotiated approach in your coaching and mentoring?"),
    NULL },
  { "5.1", 5, N_("Track 5: Engaging the learner"),
    N_("Before moving on, think about what you have learned from this track."),
    N_("Consider how other people prefer to learn and which styles suit them best?"),
    NULL },
  { "5.2", 5, N_("Track 5: Engaging the learner"),
    N_("Before moving on, think about what you have learned from this track."),
    N_("Find out your own learning preferences. And consider why certain learning opportunities in your past have worked well ~ or not?"),
    NULL },
  { "5.3", 5, N_("Track 5: Engaging the learner"),
    N_("Before moving on, think about what you have learned from this track."),
    N_("Consider why some people who have not ‘done well’ at school go on to develop skills and expertise in the work place. What makes the difference?"),
    NULL },
  { "5.4", 5, N_("Track 5: Engaging the learner"),
    N_("Before moving on, think about what you have learned from this track."),
    N_("Think about someone you know who started a learning programme and dropped out before the end. What went wrong? What support could have helped? What learning skills did they lack? Did they have a plan and was it monitored?"),
    NULL },
  { "6.1", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("How will you identify his or her learning needs?"),
    NULL },
  { "6.2", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("What kinds of strategies might be available to help this person learn?"),
    NULL },
  { "6.3", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("What points will you agree and then write in the learner’s action plan?"),
    NULL },
  { "6.4", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("Will you plan some one to one practical coaching?"),
    NULL },
  { "6.5", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("If so how will you sequence the content of that session?"),
    NULL },
  { "6.6", 6, N_("Track 6: Coaching"),
    N_("Before moving on, think about the following questions, in relation to someone you are coaching:"),
    N_("How will you make sure that the plan is working as it should?"),
    NULL },
  { "7.1", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Do you want to be a mentor?"),
    NULL },
  { "7.2", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Do you have the time to carry out mentoring?"),
    NULL },
  { "7.3", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Do you have the right approach to your own development which will enable you to appreciate the importance of the development of a learner?"),
    NULL },
  { "7.4", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Are you able to understand and empathise with the problems that may face this learner?"),
    NULL },
  { "7.5", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Would you be a suitable role model for the learner?"),
    NULL },
  { "7.6", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Are you able to listen to another person’s views?"),
    NULL },
  { "7.7", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Are you able to ask open questions and make suggestions without being too dominant?"),
    NULL },
  { "7.8", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Do you have relevant job related experience and skills?"),
    NULL },
  { "7.9", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Can you relate well with this learner?"),
    NULL },
  { "7.10", 7, N_("Track 7: Mentoring"),
    N_("Before moving on, think carefully about these questions:"),
    N_("Do you have an open mind, a flexible attitude, and a recognition of your own need for support?"),
    NULL },
  { "8.1", 8, N_("Track 8: Providing advice and support"),
    N_("To offer effective advice and support, keep asking yourself these four questions."),
    N_("Does the learner need my help and support in this area?"),
    N_("If the answer to any of these questions is ‘no’, then the learner does not need your advice or your intervention.") },
  { "8.2", 8, N_("Track 8: Providing advice and support"),
    N_("To offer effective advice and support, keep asking yourself these four questions."),
    N_("Will what I am doing contribute towards their learning and self development?"),
    N_("If the answer to any of these questions is ‘no’, then the learner does not need your advice or your intervention.") },
  { "8.3", 8, N_("Track 8: Providing advice and support"),
    N_("To offer effective advice and support, keep asking yourself these four questions."),
    N_("Did this person ask for my help and support or accept my offer of help? (Or am I imposing it on them.)"),
    N_("If the answer to any of these questions is ‘no’, then the learner does not need your advice or your intervention.") },
  { "8.4", 8, N_("Track 8: Providing advice and support"),
    N_("To offer effective advice and support, keep asking yourself these four questions."),
    N_("Is there a clear understanding between us about the task to be achieved and the process which we will adopt?"),
    N_("If the answer to any of these questions is ‘no’, then the learner does not need your advice or your intervention.") },
  { "9.1", 9, N_("Track 9: Monitoring and Review"),
    N_("Before moving on reflect on the performance or development reviews you have experienced:"),
    N_("What helped to make the experience constructive and encouraging?"),
    NULL },
  { "9.2", 9, N_("Track 9: Monitoring and Review"),
    N_("Before moving on reflect on the performance or development reviews you have experienced:"),
    N_("What would you have like to have been included?"),
    NULL },
  { "9.3", 9, N_("Track 9: Monitoring and Review"),
    N_("Before moving on reflect on the performance or development reviews you have experienced:"),
    N_("How could you improve your next review – as the reviewer ~ or the learner?"),
    NULL },
  { "10.1", 10, N_("Track 10: Self evaluation and development"),
    N_("Consider what you’ve learnt from this track:"),
    N_("Do you create a personal development plan each year for yourself?"),
    NULL },
  { "10.2", 10, N_("Track 10: Self evaluation and development"),
    N_("Consider what you’ve learnt from this track:"),
    N_("Have you ever kept a learning log and looked back and recognised with surprise how much you learnt?"),
    NULL },
  { "10.3", 10, N_("Track 10: Self evaluation and development"),
    N_("Consider what you’ve learnt from this track:"),
    N_("Do you keep a CPD (Continuous Professional Development) log which captures both the formal and informal learning opportunities you experience each year?"),
    NULL },
  { "10.4", 10, N_("Track 10: Self evaluation and development"),
    N_("Consider what you’ve learnt from this track:"),
    N_("Do you evaluate each development plan and make improvements the next time as a result?"),
    NULL },
  { "10.5", 10, N_("Track 10: Self evaluation and development"),
    N_("Consider what you’ve learnt from this track:"),
    N_("Are you an effective learner – or could you make improvements for yourself and your learner?"),
    NULL },
};

/* Reflection questions */

guint
cb_reflection_get_n_questions (void)
{
  return G_N_ELEMENTS (questions);
}

const CbReflectionQuestion *
cb_reflection_get_question (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (questions), NULL);

  return &questions[index];
}

const CbReflectionQuestion *
cb_reflection_find (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (questions); i++)
    if (g_str_equal (questions[i].id, id))
      return &questions[i];

  return NULL;
}

const CbReflectionQuestion *
cb_reflection_find_by_text (const char *text)
{
  g_autofree char *stripped = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    if (g_str_equal (questions[i].text, stripped) || g_str_equal (_(questions[i].text), stripped))
      return &questions[i];

  return NULL;
}

/* Helpers */

static gboolean
can_edit (CbJournalEntry *self)
{
  return cb_record_get_editable (CB_RECORD (self)) && !cb_document_get_read_only (CB_DOCUMENT (self));
}

static CbPractice *
resolve_practice (CbJournalEntry *self,
                  CbPractice     *practice)
{
  CbDocument *parent;

  if (practice != NULL)
    return practice;

  parent = cb_document_get_parent (CB_DOCUMENT (self));
  return CB_IS_PRACTICE (parent) ? CB_PRACTICE (parent) : NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return cb_document_compare_newest_first (*(CbDocument * const *) a, *(CbDocument * const *) b);
}

static const char *
blank_or (const char *text,
          gboolean    blank)
{
  return blank || text == NULL || *text == '\0' ? NULL : text;
}

/* The prompt as printed: the question with its track. */
static char *
dup_prompt_label (const char *prompt)
{
  const CbReflectionQuestion *question = cb_reflection_find_by_text (prompt);

  if (question == NULL)
    return g_strdup (prompt);

  /* Translators: a reflection question on a printed entry, after its
   * track: "Track 3: Developing a learning relationship — How was …" */
  return g_strdup_printf (_("%s — %s"), _(question->track_title), prompt);
}

/* g_strv_builder_take() is GLib 2.80. */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* CbDocument */

static char *
cb_journal_entry_dup_title (CbDocument *document)
{
  CbRecord *record = CB_RECORD (document);
  const char *title = cb_record_get_string_at (record, FIELD_TITLE);
  g_autofree char *first = NULL;
  g_autofree char *date = NULL;

  if (*title != '\0')
    return g_strstrip (g_strdup (title));

  first = cb_text_dup_first_line (cb_record_get_string_at (record, FIELD_WHAT_HAPPENED));
  if (first != NULL)
    return g_steal_pointer (&first);

  date = cb_format_date (cb_record_get_string_at (record, FIELD_DATE));
  if (date != NULL)
    /* Translators: the title of a learning journal entry without one; %s is its date */
    return g_strdup_printf (_("Journal entry of %s"), date);

  return g_strdup (_("Journal entry"));
}

static CbForm *
cb_journal_entry_describe_form (CbDocument          *document,
                                const CbFormContext *context)
{
  return cb_journal_entry_describe_form_full (CB_JOURNAL_ENTRY (document), context, FALSE);
}

static void
cb_journal_entry_class_init (CbJournalEntryClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = CB_JOURNAL_ENTRY_TYPE_NAME;
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "journal";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_COACH;
  document_class->view_title = N_("Learning _Journal");
  document_class->icon_name = "accessories-text-editor-symbolic";
  document_class->help_page = "journal";
  document_class->form_title = N_("Learning Journal Entry");
  document_class->dup_title = cb_journal_entry_dup_title;
  document_class->describe_form = cb_journal_entry_describe_form;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_journal_entry_init (CbJournalEntry *self)
{
}

/* Public API */

CbJournalEntry *
cb_journal_entry_new (void)
{
  return g_object_new (CB_TYPE_JOURNAL_ENTRY, NULL);
}

CbJournalEntry *
cb_journal_entry_new_for_question (const CbReflectionQuestion *question,
                                   GDateTime                  *now)
{
  CbJournalEntry *self = CB_JOURNAL_ENTRY (cb_document_new_dated (CB_TYPE_JOURNAL_ENTRY, now));

  if (question != NULL)
    {
      cb_record_freeze_changes (CB_RECORD (self));
      cb_record_set_string_at (CB_RECORD (self), FIELD_PROMPT, _(question->text));
      cb_record_thaw_changes (CB_RECORD (self));
    }

  return self;
}

const char *
cb_journal_entry_get_date (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_journal_entry_set_date (CbJournalEntry *self,
                           const char     *date)
{
  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
}

const char *
cb_journal_entry_get_title (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TITLE);
}

void
cb_journal_entry_set_title (CbJournalEntry *self,
                            const char     *title)
{
  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TITLE, title);
}

const char *
cb_journal_entry_get_prompt (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_PROMPT);
}

void
cb_journal_entry_set_prompt (CbJournalEntry *self,
                             const char     *prompt)
{
  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_PROMPT, prompt);
}

static int
text_field (const char *name)
{
  static const guint texts[] = { FIELD_WHAT_HAPPENED, FIELD_WHAT_LEARNED, FIELD_HOW_APPLY, FIELD_DO_DIFFERENTLY };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (texts); i++)
    if (g_str_equal (fields[texts[i]].name, name))
      return texts[i];

  return -1;
}

const char *
cb_journal_entry_get_text (CbJournalEntry *self,
                           const char     *name)
{
  int index = text_field (name);

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);

  return cb_record_get_string_at (CB_RECORD (self), index);
}

void
cb_journal_entry_set_text (CbJournalEntry *self,
                           const char     *name,
                           const char     *text)
{
  int index = text_field (name);

  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (index >= 0);

  cb_record_set_string_at (CB_RECORD (self), index, text);
}

GStrv
cb_journal_entry_dup_tags (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_dup_strv_at (CB_RECORD (self), FIELD_EVIDENCE);
}

guint
cb_journal_entry_get_n_tags (CbJournalEntry *self)
{
  g_auto(GStrv) tags = NULL;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), 0);

  tags = cb_journal_entry_dup_tags (self);
  return g_strv_length (tags);
}

gboolean
cb_journal_entry_has_tag (CbJournalEntry *self,
                          const char     *id)
{
  g_auto(GStrv) tags = NULL;
  CbEvidenceTag *tag;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), FALSE);

  if (id == NULL)
    return FALSE;

  tags = cb_journal_entry_dup_tags (self);
  if (g_strv_contains ((const char * const *) tags, id))
    return TRUE;

  /* "3014  3.5" is "3014 3.5". */
  tag = cb_evidence_catalogue_lookup (cb_evidence_catalogue_get_default (), id);
  return tag != NULL && g_strv_contains ((const char * const *) tags, cb_evidence_tag_get_id (tag));
}

gboolean
cb_journal_entry_add_tag (CbJournalEntry *self,
                          const char     *id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) added = NULL;
  CbEvidenceTag *tag;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), FALSE);

  tag = cb_evidence_catalogue_lookup (cb_evidence_catalogue_get_default (), id);
  if (tag == NULL || !can_edit (self) || cb_journal_entry_has_tag (self, id))
    return FALSE;

  tags = cb_journal_entry_dup_tags (self);
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) tags);
  g_strv_builder_add (builder, cb_evidence_tag_get_id (tag));
  added = g_strv_builder_end (builder);
  cb_record_set_strv_at (CB_RECORD (self), FIELD_EVIDENCE, (const char * const *) added);

  return TRUE;
}

gboolean
cb_journal_entry_remove_tag (CbJournalEntry *self,
                             const char     *id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) kept = NULL;
  CbEvidenceTag *tag;
  const char *spelled;
  gboolean found = FALSE;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), FALSE);

  if (id == NULL || !can_edit (self))
    return FALSE;

  tag = cb_evidence_catalogue_lookup (cb_evidence_catalogue_get_default (), id);
  spelled = tag != NULL ? cb_evidence_tag_get_id (tag) : id;

  tags = cb_journal_entry_dup_tags (self);
  builder = g_strv_builder_new ();
  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (g_str_equal (tags[i], id) || g_str_equal (tags[i], spelled))
        found = TRUE;
      else
        g_strv_builder_add (builder, tags[i]);
    }

  if (!found)
    return FALSE;

  kept = g_strv_builder_end (builder);
  cb_record_set_strv_at (CB_RECORD (self), FIELD_EVIDENCE, (const char * const *) kept);
  return TRUE;
}

const char *
cb_journal_entry_get_client_id (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_CLIENT_ID);
}

const char *
cb_journal_entry_get_meeting_id (CbJournalEntry *self)
{
  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_MEETING_ID);
}

void
cb_journal_entry_set_client (CbJournalEntry *self,
                             CbClient       *client)
{
  const char *meeting_id;

  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (client == NULL)
    {
      cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_ID, "");
      cb_record_set_string_at (CB_RECORD (self), FIELD_CLIENT_ID, "");
      return;
    }

  /* A meeting of someone else is not this client's. */
  meeting_id = cb_record_get_string_at (CB_RECORD (self), FIELD_MEETING_ID);
  if (*meeting_id != '\0' && !CB_IS_MEETING (cb_client_find_document (client, meeting_id)))
    cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_ID, "");

  cb_record_set_string_at (CB_RECORD (self), FIELD_CLIENT_ID, cb_document_get_id (CB_DOCUMENT (client)));
}

void
cb_journal_entry_set_meeting (CbJournalEntry *self,
                              CbMeeting      *meeting)
{
  CbDocument *parent;

  g_return_if_fail (CB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (meeting == NULL || CB_IS_MEETING (meeting));

  if (meeting == NULL)
    {
      cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_ID, "");
      return;
    }

  parent = cb_document_get_parent (CB_DOCUMENT (meeting));
  if (CB_IS_CLIENT (parent))
    cb_record_set_string_at (CB_RECORD (self), FIELD_CLIENT_ID, cb_document_get_id (parent));
  cb_record_set_string_at (CB_RECORD (self), FIELD_MEETING_ID, cb_document_get_id (CB_DOCUMENT (meeting)));
}

CbJournalLink
cb_journal_entry_lookup_client (CbJournalEntry  *self,
                                CbPractice      *practice,
                                CbClient       **client)
{
  const char *id;
  CbClient *found;

  if (client != NULL)
    *client = NULL;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), CB_JOURNAL_LINK_NONE);
  g_return_val_if_fail (practice == NULL || CB_IS_PRACTICE (practice), CB_JOURNAL_LINK_NONE);

  id = cb_record_get_string_at (CB_RECORD (self), FIELD_CLIENT_ID);
  if (*id == '\0')
    return CB_JOURNAL_LINK_NONE;

  practice = resolve_practice (self, practice);
  found = practice != NULL ? cb_practice_find_client (practice, id) : NULL;
  if (found == NULL)
    return CB_JOURNAL_LINK_MISSING;

  if (client != NULL)
    *client = found;
  return CB_JOURNAL_LINK_FOUND;
}

CbJournalLink
cb_journal_entry_lookup_meeting (CbJournalEntry  *self,
                                 CbPractice      *practice,
                                 CbMeeting      **meeting)
{
  const char *id;
  CbClient *client = NULL;
  CbDocument *found = NULL;

  if (meeting != NULL)
    *meeting = NULL;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), CB_JOURNAL_LINK_NONE);
  g_return_val_if_fail (practice == NULL || CB_IS_PRACTICE (practice), CB_JOURNAL_LINK_NONE);

  id = cb_record_get_string_at (CB_RECORD (self), FIELD_MEETING_ID);
  if (*id == '\0')
    return CB_JOURNAL_LINK_NONE;

  practice = resolve_practice (self, practice);
  if (cb_journal_entry_lookup_client (self, practice, &client) == CB_JOURNAL_LINK_FOUND)
    found = cb_client_find_document (client, id);
  if (!CB_IS_MEETING (found) && practice != NULL)
    found = cb_practice_lookup_document (practice, id, NULL);
  if (!CB_IS_MEETING (found))
    return CB_JOURNAL_LINK_MISSING;

  if (meeting != NULL)
    *meeting = CB_MEETING (found);
  return CB_JOURNAL_LINK_FOUND;
}

char *
cb_journal_dup_initials (const char *name)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) initials = g_string_new (NULL);

  if (name == NULL)
    return NULL;

  words = g_strsplit_set (name, " \t\n-", -1);
  for (guint i = 0; words[i] != NULL; i++)
    for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char_validated (p, -1);

        if (c == (gunichar) -1 || c == (gunichar) -2)
          break;
        if (g_unichar_isalpha (c))
          {
            g_string_append_unichar (initials, g_unichar_totitle (c));
            g_string_append_c (initials, '.');
            break;
          }
      }

  if (initials->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&initials), FALSE);
}

char *
cb_journal_entry_dup_client_label (CbJournalEntry *self,
                                   CbPractice     *practice,
                                   gboolean        show_names)
{
  CbClient *client = NULL;
  char *initials;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  switch (cb_journal_entry_lookup_client (self, practice, &client))
    {
    case CB_JOURNAL_LINK_NONE:
      return NULL;
    case CB_JOURNAL_LINK_MISSING:
      return g_strdup (_("client no longer in the book"));
    case CB_JOURNAL_LINK_FOUND:
    default:
      break;
    }

  if (show_names)
    return cb_client_dup_display_name (client);

  initials = cb_journal_dup_initials (cb_client_get_name (client));
  return initials != NULL ? initials : g_strdup (_("a client with no name"));
}

char *
cb_journal_entry_dup_meeting_label (CbJournalEntry *self,
                                    CbPractice     *practice)
{
  CbMeeting *meeting = NULL;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);

  switch (cb_journal_entry_lookup_meeting (self, practice, &meeting))
    {
    case CB_JOURNAL_LINK_NONE:
      return NULL;
    case CB_JOURNAL_LINK_MISSING:
      return g_strdup (_("meeting no longer in the book"));
    case CB_JOURNAL_LINK_FOUND:
    default:
      return cb_document_dup_title (CB_DOCUMENT (meeting));
    }
}

CbForm *
cb_journal_entry_describe_form_full (CbJournalEntry      *self,
                                     const CbFormContext *context,
                                     gboolean             show_names)
{
  CbRecord *record = CB_RECORD (self);
  CbFormContext own;
  gboolean blank;
  g_autofree char *date = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *client = NULL;
  g_autofree char *meeting = NULL;
  g_auto(GStrv) tags = NULL;
  CbForm *form;

  g_return_val_if_fail (CB_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  /* The client of an entry is a link, printed at the end by initials:
   * never the header's "Client" line. */
  own = *context;
  own.client_name = "";
  blank = own.blank;

  form = cb_document_begin_form (CB_DOCUMENT (self), _("Learning Journal Entry"), &own);

  date = blank ? NULL : cb_format_date (cb_record_get_string_at (record, FIELD_DATE));
  cb_form_add_field (form, _("Date"), date);
  cb_form_add_field (form, _("Title"), blank_or (cb_record_get_string_at (record, FIELD_TITLE), blank));

  if (!blank && *cb_record_get_string_at (record, FIELD_PROMPT) != '\0')
    prompt = dup_prompt_label (cb_record_get_string_at (record, FIELD_PROMPT));
  if (blank || prompt != NULL)
    cb_form_add_text (form, _("Reflection question this entry answers"), prompt, 1);

  cb_form_add_text (form, _("What happened"), blank_or (cb_record_get_string_at (record, FIELD_WHAT_HAPPENED), blank), 4);
  cb_form_add_text (form, _("What I learned"), blank_or (cb_record_get_string_at (record, FIELD_WHAT_LEARNED), blank), 3);
  cb_form_add_text (form, _("How I will apply it"), blank_or (cb_record_get_string_at (record, FIELD_HOW_APPLY), blank), 3);
  cb_form_add_text (form, _("What I will do differently"), blank_or (cb_record_get_string_at (record, FIELD_DO_DIFFERENTLY), blank), 3);

  cb_form_add_heading (form, _("Evidence"));
  tags = blank ? NULL : cb_journal_entry_dup_tags (self);
  if (blank)
    cb_form_add_list (form, _("Units and assessment criteria this entry gives evidence for"), NULL, 2);
  else if (tags[0] == NULL)
    cb_form_add_field (form, _("Units and assessment criteria this entry gives evidence for"), _("None tagged yet"));
  else
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) items = NULL;

      for (guint i = 0; tags[i] != NULL; i++)
        {
          CbEvidenceTag *tag = cb_evidence_catalogue_lookup (cb_evidence_catalogue_get_default (), tags[i]);

          if (tag != NULL)
            builder_take (builder, cb_evidence_tag_dup_label (tag));
          else
            /* Translators: an evidence tag this version of Coachbook does not know */
            builder_take (builder, g_strdup_printf (_("%s (not in this version’s list of criteria)"), tags[i]));
        }
      items = g_strv_builder_end (builder);
      cb_form_add_list (form, _("Units and assessment criteria this entry gives evidence for"),
                        (const char * const *) items, 0);
    }

  if (!blank)
    {
      client = cb_journal_entry_dup_client_label (self, NULL, show_names);
      meeting = cb_journal_entry_dup_meeting_label (self, NULL);
    }
  if (blank || client != NULL || meeting != NULL)
    {
      cb_form_add_heading (form, _("Client and meeting"));
      cb_form_add_field (form, show_names ? _("Client") : _("Client (initials)"), client);
      cb_form_add_field (form, _("Meeting"), meeting);
    }

  return form;
}

GPtrArray *
cb_practice_list_journal_entries (CbPractice *practice)
{
  GPtrArray *entries;
  GListModel *documents;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  documents = cb_practice_get_documents (practice);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (CB_IS_JOURNAL_ENTRY (document))
        g_ptr_array_add (entries, g_steal_pointer (&document));
    }

  g_ptr_array_sort (entries, compare_newest_first);
  return entries;
}

GPtrArray *
cb_practice_list_entries_tagged (CbPractice *practice,
                                 const char *tag_id)
{
  GPtrArray *entries;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  entries = cb_practice_list_journal_entries (practice);
  for (guint i = entries->len; i > 0; i--)
    if (!cb_journal_entry_has_tag (g_ptr_array_index (entries, i - 1), tag_id))
      g_ptr_array_remove_index (entries, i - 1);

  return entries;
}
