/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-document.h"
#include "cb-meeting.h"
#include "cb-practice.h"

G_BEGIN_DECLS

/* An entry of the coach's learning journal (FORMS.md §10; seeds/000
 * Track 10, which names a "learning log" and a "Learning journal" form but
 * gives no columns for it; seeds/002 3016 3.1 and 4.1, the coach's and the
 * mentor's learning): type "coachbook.journal-entry", version 1, the
 * coach's own (kept in me/journal/), dated by "date", printed as the
 * "Learning Journal Entry".
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   group "entry":
 *   "date"            DATE   "Date" (required)
 *   "title"           LINE   "Title"
 *   "prompt"          TEXT   "Reflection Question": the question at the end
 *                            of a track of seeds/000 that the entry answers,
 *                            word for word, or empty
 *   group "reflection":
 *   "what_happened"   TEXT   "What Happened"
 *   "what_learned"    TEXT   "What I Learned"
 *   "how_apply"       TEXT   "How I Will Apply It"
 *   "do_differently"  TEXT   "What I Will Do Differently"
 *   group "evidence":
 *   "evidence"        LIST   tag ids of the evidence catalogue
 *                            (cb-evidence.h): "3014 3.5", "G3"
 *   group "links" — a link, not a copy:
 *   "client_id"       LINE   the id of a client of the practice, or empty
 *   "meeting_id"      LINE   the id of one of that client's meetings, or empty
 *
 * Privacy: anything printed or exported from the journal shows a linked
 * client by initials ("S.P."), never the name, unless the coach asks
 * (cb_journal_entry_describe_form_full() with @show_names). */

#define CB_TYPE_JOURNAL_ENTRY (cb_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (CbJournalEntry, cb_journal_entry, CB, JOURNAL_ENTRY, CbDocument)

#define CB_JOURNAL_ENTRY_TYPE_NAME "coachbook.journal-entry"

/* The reflection questions at the end of Tracks 2–10 of seeds/000, word
 * for word, each with its track and the sentence that leads into them. */
typedef struct
{
  const char *id;            /* stable: "3.2" is Track 3's second question */
  guint       track;         /* 2 … 10 */
  const char *track_title;   /* translatable (N_): "Track 3: Developing a learning relationship" */
  const char *lead_in;       /* translatable (N_): "Before moving on to Track 4, consider …" */
  const char *text;          /* translatable (N_): the question */
  const char *follow_up;     /* translatable (N_): the sentence after the
                              * questions (Track 8), or NULL */
} CbReflectionQuestion;

guint                       cb_reflection_get_n_questions (void);
const CbReflectionQuestion *cb_reflection_get_question    (guint       index);
/* The question with @id ("3.2"), or NULL. */
const CbReflectionQuestion *cb_reflection_find            (const char *id);
/* The question an entry's prompt quotes (in the source's words or
 * translated), or NULL. */
const CbReflectionQuestion *cb_reflection_find_by_text    (const char *text);

/* Where a link of an entry leads. */
typedef enum
{
  CB_JOURNAL_LINK_NONE,      /* not linked */
  CB_JOURNAL_LINK_FOUND,     /* linked, and in the book */
  CB_JOURNAL_LINK_MISSING,   /* linked to what is no longer in the book */
} CbJournalLink;

/* An empty entry: no date. */
CbJournalEntry *cb_journal_entry_new                (void);
/* An entry dated today (from @now, NULL: the local time) answering
 * @question (NULL: a blank entry). Not added to the practice. */
CbJournalEntry *cb_journal_entry_new_for_question   (const CbReflectionQuestion *question,
                                                     GDateTime                  *now);

const char     *cb_journal_entry_get_date           (CbJournalEntry *self);
void            cb_journal_entry_set_date           (CbJournalEntry *self,
                                                     const char     *date);
const char     *cb_journal_entry_get_title          (CbJournalEntry *self);
void            cb_journal_entry_set_title          (CbJournalEntry *self,
                                                     const char     *title);
const char     *cb_journal_entry_get_prompt         (CbJournalEntry *self);
void            cb_journal_entry_set_prompt         (CbJournalEntry *self,
                                                     const char     *prompt);
/* One of the texts by JSON name ("what_happened", "what_learned",
 * "how_apply", "do_differently"). */
const char     *cb_journal_entry_get_text           (CbJournalEntry *self,
                                                     const char     *name);
void            cb_journal_entry_set_text           (CbJournalEntry *self,
                                                     const char     *name,
                                                     const char     *text);

/* Evidence tags, in the order they were added. */
GStrv           cb_journal_entry_dup_tags           (CbJournalEntry *self);
guint           cb_journal_entry_get_n_tags         (CbJournalEntry *self);
gboolean        cb_journal_entry_has_tag            (CbJournalEntry *self,
                                                     const char     *id);
/* Adds the tag with @id of the default catalogue (as the catalogue spells
 * it); FALSE when there is no such tag, the entry has it already or
 * cannot be edited. */
gboolean        cb_journal_entry_add_tag            (CbJournalEntry *self,
                                                     const char     *id);
/* FALSE when the entry does not have it or cannot be edited. Tags the
 * catalogue does not know (from a newer Coachbook) can be removed too. */
gboolean        cb_journal_entry_remove_tag         (CbJournalEntry *self,
                                                     const char     *id);

/* Links, by id. Linking a client unlinks a meeting of another client;
 * linking a meeting links its client too. NULL unlinks. */
const char     *cb_journal_entry_get_client_id      (CbJournalEntry *self);
const char     *cb_journal_entry_get_meeting_id     (CbJournalEntry *self);
void            cb_journal_entry_set_client         (CbJournalEntry *self,
                                                     CbClient       *client);
void            cb_journal_entry_set_meeting        (CbJournalEntry *self,
                                                     CbMeeting      *meeting);
/* The linked client (borrowed) looked up in @practice (NULL: the entry's
 * own practice). */
CbJournalLink   cb_journal_entry_lookup_client      (CbJournalEntry *self,
                                                     CbPractice     *practice,
                                                     CbClient      **client);
/* The linked meeting (borrowed), a document of the linked client. */
CbJournalLink   cb_journal_entry_lookup_meeting     (CbJournalEntry *self,
                                                     CbPractice     *practice,
                                                     CbMeeting     **meeting);
/* The linked client as printed: initials ("S.P."), the name with
 * @show_names, "client no longer in the book" for a dangling link; NULL
 * when there is no link. */
char           *cb_journal_entry_dup_client_label   (CbJournalEntry *self,
                                                     CbPractice     *practice,
                                                     gboolean        show_names);
/* "Meeting on 3 March 2026", "meeting no longer in the book", or NULL. */
char           *cb_journal_entry_dup_meeting_label  (CbJournalEntry *self,
                                                     CbPractice     *practice);

/* A person's initials, as a journal shows a client: "Sam Patel" → "S.P.",
 * "Tomasz Wiśniewski" → "T.W.", "Mary-Jane O’Neill" → "M.J.O.". */
char           *cb_journal_dup_initials             (const char     *name);

/* The printed entry; the linked client by name only with @show_names. The
 * class's describe_form is this without. */
CbForm         *cb_journal_entry_describe_form_full (CbJournalEntry      *self,
                                                     const CbFormContext *context,
                                                     gboolean             show_names);

/* The practice's journal entries, newest first: a new array of references. */
GPtrArray      *cb_practice_list_journal_entries    (CbPractice     *practice);
/* Those tagged with @tag_id, newest first. */
GPtrArray      *cb_practice_list_entries_tagged     (CbPractice     *practice,
                                                     const char     *tag_id);

G_END_DECLS
