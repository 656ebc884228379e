/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-evidence.h"
#include "cb-evidence-summary.h"
#include "cb-journal-entry.h"
#include "cb-json.h"
#include "cb-meeting.h"
#include "cb-practice.h"
#include "cb-problem.h"
#include "cb-sample.h"
#include "cb-store.h"
#include "cb-test-util.h"

/* The learning journal (FORMS.md §10) and the evidence it gives: the
 * catalogue of CMI criteria and ENTO units, tags, links to clients and
 * meetings (dangling ones too), the evidence summary, the printed entry and
 * portfolio (clients by initials unless asked), the store, the sample. */

static CbJournalEntry *
round_trip (CbJournalEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbDocument *back;
  gsize length = 0;

  text = cb_json_serialize (CB_DOCUMENT (entry), &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"coachbook.journal-entry\""));

  back = cb_json_parse (CB_TYPE_JOURNAL_ENTRY, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (CB_IS_JOURNAL_ENTRY (back));

  return CB_JOURNAL_ENTRY (back);
}

static char *
form_text (CbJournalEntry *entry,
           gboolean        blank,
           gboolean        show_names)
{
  CbFormContext context = { "Ellery Coaching", NULL, blank, FALSE };
  g_autoptr(CbForm) form = cb_journal_entry_describe_form_full (entry, &context, show_names);

  return cb_form_to_text (form);
}

static char *
portfolio_text (CbPractice *practice,
                gboolean    show_names)
{
  CbFormContext context = { cb_practice_get_name (practice), NULL, FALSE, FALSE };
  g_autoptr(CbForm) form = cb_evidence_describe_portfolio (practice, &context, show_names);

  return cb_form_to_text (form);
}

/* A seed file of the project's sources, or NULL when not on this machine. */
static char *
read_seed (const char *name)
{
  const char *root = g_getenv ("CB_SOURCE_ROOT");
  g_autofree char *path = NULL;
  char *text = NULL;

  if (root == NULL)
    return NULL;

  path = g_build_filename (root, "..", "shared", "seeds", name, NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  return text;
}

/* Whitespace collapsed to single spaces. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);

  return g_strjoinv (" ", kept);
}

/* The catalogue */

static void
test_catalogue (void)
{
  CbEvidenceCatalogue *catalogue = cb_evidence_catalogue_get_default ();
  CbEvidenceTag *tag;
  CbEvidenceUnit *unit;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;

  g_assert_true (cb_evidence_catalogue_get_default () == catalogue);

  /* Seed 002: six CMI units, 23 learning outcomes, 72 criteria; the
   * booklet's five ENTO units. */
  g_assert_cmpuint (cb_evidence_catalogue_count_units (catalogue, CB_EVIDENCE_SCHEME_CMI), ==, 6);
  g_assert_cmpuint (cb_evidence_catalogue_count_outcomes (catalogue, CB_EVIDENCE_SCHEME_CMI), ==, 23);
  g_assert_cmpuint (cb_evidence_catalogue_count_tags (catalogue, CB_EVIDENCE_SCHEME_CMI), ==, 72);
  g_assert_cmpuint (cb_evidence_catalogue_count_units (catalogue, CB_EVIDENCE_SCHEME_ENTO), ==, 5);
  g_assert_cmpuint (cb_evidence_catalogue_count_tags (catalogue, CB_EVIDENCE_SCHEME_ENTO), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (cb_evidence_catalogue_get_units (catalogue)), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (cb_evidence_catalogue_get_tags (catalogue)), ==, 77);

  static const struct { const char *number; guint outcomes; guint criteria; } units[] = {
    { "3011", 5, 16 }, { "3012", 5, 12 }, { "3013", 4, 14 }, { "3014", 3, 11 }, { "3015", 2, 7 }, { "3016", 4, 12 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      unit = cb_evidence_catalogue_find_unit (catalogue, units[i].number);
      g_assert_nonnull (unit);
      g_assert_cmpint (cb_evidence_unit_get_scheme (unit), ==, CB_EVIDENCE_SCHEME_CMI);
      g_assert_cmpuint (cb_evidence_unit_get_n_outcomes (unit), ==, units[i].outcomes);
      g_assert_cmpuint (g_list_model_get_n_items (cb_evidence_unit_get_tags (unit)), ==, units[i].criteria);
    }

  /* A criterion by its stable id, word for word, with its unit and outcome. */
  tag = cb_evidence_catalogue_lookup (catalogue, "3014 3.5");
  g_assert_nonnull (tag);
  g_assert_true (cb_evidence_tag_is_criterion (tag));
  g_assert_cmpstr (cb_evidence_tag_get_id (tag), ==, "3014 3.5");
  g_assert_cmpstr (cb_evidence_tag_get_number (tag), ==, "3.5");
  g_assert_cmpstr (cb_evidence_tag_get_text (tag), ==, "Identify the achievement of progress and recognise success");
  g_assert_cmpstr (cb_evidence_tag_get_outcome (tag), ==, "3");
  unit = cb_evidence_tag_get_unit (tag);
  g_assert_cmpstr (cb_evidence_unit_get_number (unit), ==, "3014");
  g_assert_cmpstr (cb_evidence_unit_get_title (unit), ==, "COACHING AND MENTORING PROCESSES");
  g_assert_null (cb_evidence_unit_get_note (unit));
  label = cb_evidence_tag_dup_label (tag);
  g_assert_cmpstr (label, ==, "3014 3.5 Identify the achievement of progress and recognise success");
  g_assert_true (cb_evidence_catalogue_lookup (catalogue, " 3014   3.5 ") == tag);
  g_assert_null (cb_evidence_catalogue_lookup (catalogue, "3014 3.9"));
  g_assert_null (cb_evidence_catalogue_lookup (catalogue, "3014"));
  g_assert_null (cb_evidence_catalogue_lookup (catalogue, NULL));
  /* Kept as the source prints it, even where it looks wrong. */
  g_assert_cmpstr (cb_evidence_tag_get_text (cb_evidence_catalogue_lookup (catalogue, "3011 5.3")), ==,
                   "Identify the benefits mentoring for an organisation");

  /* ENTO units: G3 with the booklet's title; the others by code only,
   * and the UI says what the booklet says of them. */
  tag = cb_evidence_catalogue_lookup (catalogue, "G3");
  g_assert_nonnull (tag);
  g_assert_false (cb_evidence_tag_is_criterion (tag));
  g_assert_cmpstr (cb_evidence_tag_get_text (tag), ==, "Evaluate and Develop own Practice");
  heading = cb_evidence_unit_dup_heading (cb_evidence_tag_get_unit (tag));
  g_assert_cmpstr (heading, ==, "ENTO unit G3: Evaluate and Develop own Practice");
  for (guint i = 0; i < 4; i++)
    {
      const char *codes[] = { "L12", "L14", "L15", "L16" };
      g_autofree char *l_label = NULL;

      tag = cb_evidence_catalogue_lookup (catalogue, codes[i]);
      g_assert_nonnull (tag);
      unit = cb_evidence_tag_get_unit (tag);
      g_assert_null (cb_evidence_unit_get_title (unit));
      g_assert_null (cb_evidence_tag_get_text (tag));
      l_label = cb_evidence_tag_dup_label (tag);
      g_assert_true (g_str_has_prefix (l_label, "ENTO unit L1"));
      g_assert_nonnull (strstr (cb_evidence_unit_get_note (unit), "only this unit’s code"));
      g_assert_nonnull (strstr (cb_evidence_unit_get_note (unit), "Certificate in"));
    }
  g_assert_nonnull (strstr (cb_evidence_unit_get_note (cb_evidence_catalogue_find_unit (catalogue, "L12")),
                            "Coaching Learners in the Workplace"));
}

static guint
count_search (const char *query)
{
  g_autoptr(GPtrArray) found = cb_evidence_catalogue_search (cb_evidence_catalogue_get_default (), query);

  return found->len;
}

static const char *
first_found (const char *query)
{
  g_autoptr(GPtrArray) found = cb_evidence_catalogue_search (cb_evidence_catalogue_get_default (), query);

  return found->len > 0 ? cb_evidence_tag_get_id (g_ptr_array_index (found, 0)) : NULL;
}

static void
test_search (void)
{
  /* By number. */
  g_assert_cmpuint (count_search ("3014 3.5"), ==, 1);
  g_assert_cmpstr (first_found ("3014 3.5"), ==, "3014 3.5");
  g_assert_cmpuint (count_search ("3014"), ==, 11);
  g_assert_cmpuint (count_search ("3.5"), >=, 1);
  g_assert_cmpstr (first_found ("G3"), ==, "G3");
  g_assert_cmpuint (count_search ("ento unit"), ==, 5);

  /* By words, in any case, with or without accents. */
  g_assert_cmpuint (count_search ("confidentiality ethics"), ==, 2);
  g_assert_cmpstr (first_found ("Confidentiality ETHICS"), ==, "3014 3.3");
  g_assert_cmpuint (count_search ("sénsitivity"), ==, 2);
  g_assert_cmpuint (count_search ("SENSITIVITY coaching"), ==, 1);
  g_assert_cmpstr (first_found ("recognise success progress"), ==, "3014 3.5");
  g_assert_cmpstr (first_found ("evaluate develop own practice"), ==, "G3");
  g_assert_cmpuint (count_search ("no such words here"), ==, 0);

  /* Nothing asked: everything. */
  g_assert_cmpuint (count_search (""), ==, 77);
  g_assert_cmpuint (count_search ("   "), ==, 77);
  g_assert_cmpuint (count_search (NULL), ==, 77);

  {
    g_autofree char *folded = cb_evidence_fold ("Wiśniewski’s ÉTHICS");
    g_assert_cmpstr (folded, ==, "wisniewski's ethics");
  }
}

static void
test_catalogue_errors (void)
{
  static const char * const bad[] = {
    "not json",
    "{}",
    "{ \"units\": 3 }",
    "{ \"units\": [ 1 ] }",
    "{ \"units\": [ { \"scheme\": \"CMI\", \"number\": \"3011\", \"title\": \"T\", \"outcomes\": [], \"criteria\": [] } ] }",
    "{ \"units\": [ { \"scheme\": \"CMI\", \"number\": \"3011\", \"title\": \"T\", "
      "\"outcomes\": [ { \"number\": \"1\", \"text\": \"O\" } ], "
      "\"criteria\": [ { \"number\": \"1.1\", \"outcome\": \"2\", \"text\": \"C\" } ] } ] }",
    "{ \"units\": [ { \"scheme\": \"CMI\", \"number\": \"3011\", \"title\": \"T\", "
      "\"outcomes\": [ { \"number\": \"1\", \"text\": \"O\" } ], "
      "\"criteria\": [ { \"number\": \"1.1\", \"outcome\": \"1\", \"text\": \"C\" }, "
      "{ \"number\": \"1.1\", \"outcome\": \"1\", \"text\": \"D\" } ] } ] }",
    "{ \"units\": [ { \"scheme\": \"ENTO\", \"number\": \"G3\" }, { \"scheme\": \"ENTO\", \"number\": \"G3\" } ] }",
    "{ \"units\": [ { \"scheme\": \"NVQ\", \"number\": \"X1\" } ] }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(CbEvidenceCatalogue) catalogue = cb_evidence_catalogue_new_from_bytes (bytes, &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (catalogue);
      g_assert_nonnull (error);
    }

  {
    const char *good = "{ \"units\": [ { \"scheme\": \"ENTO\", \"number\": \"L12\", \"title\": \"L12\" } ] }";
    g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
    g_autoptr(GError) error = NULL;
    g_autoptr(CbEvidenceCatalogue) catalogue = cb_evidence_catalogue_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cb_evidence_catalogue_count_tags (catalogue, CB_EVIDENCE_SCHEME_ENTO), ==, 1);
    g_assert_null (cb_evidence_unit_get_title (cb_evidence_catalogue_find_unit (catalogue, "L12")));
  }
}

/* Reflection questions */

static void
test_questions (void)
{
  static const guint per_track[11] = { 0, 0, 4, 6, 6, 4, 6, 10, 4, 3, 5 };
  guint counts[11] = { 0, };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *seed = read_seed ("000_39aa40980493cdd1.txt");
  g_autofree char *squeezed = seed != NULL ? squeeze (seed) : NULL;

  g_assert_cmpuint (cb_reflection_get_n_questions (), ==, 48);
  for (guint i = 0; i < cb_reflection_get_n_questions (); i++)
    {
      const CbReflectionQuestion *q = cb_reflection_get_question (i);
      g_autofree char *id = g_strdup_printf ("%u.%u", q->track, counts[q->track] + 1);

      g_assert_cmpuint (q->track, >=, 2);
      g_assert_cmpuint (q->track, <=, 10);
      counts[q->track]++;
      g_assert_cmpstr (q->id, ==, id);
      g_assert_true (g_hash_table_add (ids, (gpointer) q->id));
      g_assert_true (cb_reflection_find (q->id) == q);
      g_assert_true (cb_reflection_find_by_text (q->text) == q);
      g_assert_true (g_str_has_prefix (q->track_title, "Track "));
      g_assert_true ((q->follow_up != NULL) == (q->track == 8));

      /* Word for word as the booklet prints them (when the seed is here). */
      if (squeezed != NULL)
        {
          if (strstr (squeezed, q->text) == NULL)
            g_error ("question %s is not in the source: %s", q->id, q->text);
          if (strstr (squeezed, q->lead_in) == NULL)
            g_error ("lead-in of %s is not in the source: %s", q->id, q->lead_in);
          if (strstr (squeezed, q->track_title) == NULL)
            g_error ("track title of %s is not in the source: %s", q->id, q->track_title);
        }
    }
  for (guint t = 2; t <= 10; t++)
    g_assert_cmpuint (counts[t], ==, per_track[t]);

  if (squeezed == NULL)
    g_test_message ("seed 000 is not on this machine: the questions' wording was not compared with it");

  g_assert_cmpstr (cb_reflection_find ("10.2")->text, ==,
                   "Have you ever kept a learning log and looked back and recognised with surprise how much you learnt?");
  g_assert_cmpstr (cb_reflection_find ("9.2")->text, ==, "What would you have like to have been included?");
  g_assert_null (cb_reflection_find ("1.1"));
  g_assert_null (cb_reflection_find ("11.1"));
  g_assert_null (cb_reflection_find_by_text ("What is the meaning of life?"));
  g_assert_null (cb_reflection_find_by_text (""));
}

/* The type */

static void
test_class (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_JOURNAL_ENTRY);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  static const char * const order[] = {
    "date", "title", "prompt", "what_happened", "what_learned", "how_apply", "do_differently",
    "evidence", "client_id", "meeting_id",
  };
  const CbFieldSpec *fields;
  guint n_fields, n_types;
  const GType *types;
  gboolean coach = FALSE, client = FALSE;

  g_assert_cmpstr (document_class->type_name, ==, "coachbook.journal-entry");
  g_assert_cmpint (document_class->current_version, ==, 1);
  g_assert_cmpstr (document_class->folder, ==, "journal");
  g_assert_cmpstr (document_class->date_field, ==, "date");
  g_assert_cmpint (document_class->owners, ==, CB_DOCUMENT_OWNER_COACH);
  g_assert_cmpstr (document_class->view_title, ==, "Learning _Journal");
  g_assert_cmpstr (document_class->help_page, ==, "journal");
  g_assert_cmpstr (document_class->form_title, ==, "Learning Journal Entry");
  g_assert_nonnull (document_class->icon_name);
  g_assert_true (cb_document_type_from_name ("coachbook.journal-entry") == CB_TYPE_JOURNAL_ENTRY);

  types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
  for (guint i = 0; i < n_types; i++)
    coach |= types[i] == CB_TYPE_JOURNAL_ENTRY;
  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    client |= types[i] == CB_TYPE_JOURNAL_ENTRY;
  g_assert_true (coach);
  g_assert_false (client);

  fields = cb_record_class_get_fields (CB_RECORD_CLASS (klass), &n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i].name, ==, order[i]);
  g_assert_cmpint (fields[7].kind, ==, CB_FIELD_LIST);
  g_assert_cmpstr (fields[3].label, ==, "What Happened");
  g_assert_cmpstr (fields[4].label, ==, "What I Learned");
  g_assert_cmpstr (fields[5].label, ==, "How I Will Apply It");
  g_assert_cmpstr (fields[6].label, ==, "What I Will Do Differently");
}

static void
test_round_trip (void)
{
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new ();
  g_autoptr(CbJournalEntry) back = NULL;
  g_autoptr(CbJournalEntry) empty = cb_journal_entry_new ();
  g_autoptr(CbJournalEntry) empty_back = NULL;
  g_auto(GStrv) tags = NULL;

  cb_test_fill_record (CB_RECORD (entry), "journal");
  back = round_trip (entry);
  cb_test_assert_records_equal (CB_RECORD (entry), CB_RECORD (back));

  /* Tags and links as the program writes them. */
  g_clear_object (&entry);
  g_clear_object (&back);
  entry = cb_journal_entry_new_for_question (cb_reflection_find ("4.1"), NULL);
  g_assert_true (cb_journal_entry_add_tag (entry, "3014 3.5"));
  g_assert_true (cb_journal_entry_add_tag (entry, "G3"));
  cb_record_set_string (CB_RECORD (entry), "client_id", "5d3f8d0e-7a52-4c4b-9f83-6c1c2b0a9e11");
  cb_record_set_string (CB_RECORD (entry), "meeting_id", "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
  back = round_trip (entry);
  cb_test_assert_records_equal (CB_RECORD (entry), CB_RECORD (back));
  tags = cb_journal_entry_dup_tags (back);
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "3014 3.5");
  g_assert_cmpstr (tags[1], ==, "G3");
  g_assert_cmpstr (cb_journal_entry_get_prompt (back), ==, "How well do you currently listen and pay attention?");
  g_assert_cmpstr (cb_journal_entry_get_client_id (back), ==, "5d3f8d0e-7a52-4c4b-9f83-6c1c2b0a9e11");
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (back), ==, "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");

  empty_back = round_trip (empty);
  cb_test_assert_records_equal (CB_RECORD (empty), CB_RECORD (empty_back));
  g_assert_cmpuint (cb_journal_entry_get_n_tags (empty_back), ==, 0);
}

static void
test_tags (void)
{
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new ();
  g_autoptr(CbJournalEntry) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  const char *json = "{ \"type\": \"coachbook.journal-entry\", \"version\": 1, "
                     "\"id\": \"0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f\", "
                     "\"created\": \"2026-01-01T10:00:00+00:00\", \"modified\": \"2026-01-01T10:00:00+00:00\", "
                     "\"date\": \"2026-01-01\", \"evidence\": [ \"3011 1.1\", \"9999 9.9\" ] }";

  g_assert_false (cb_journal_entry_has_tag (entry, "3014 3.5"));
  g_assert_true (cb_journal_entry_add_tag (entry, "3014 3.5"));
  g_assert_true (cb_journal_entry_has_tag (entry, "3014 3.5"));
  g_assert_true (cb_journal_entry_has_tag (entry, "3014  3.5"));
  /* Once only, by any spelling. */
  g_assert_false (cb_journal_entry_add_tag (entry, "3014 3.5"));
  g_assert_false (cb_journal_entry_add_tag (entry, " 3014 3.5"));
  /* Only what the catalogue knows. */
  g_assert_false (cb_journal_entry_add_tag (entry, "3014 9.9"));
  g_assert_false (cb_journal_entry_add_tag (entry, "3014"));
  g_assert_false (cb_journal_entry_add_tag (entry, ""));
  g_assert_false (cb_journal_entry_add_tag (entry, NULL));
  g_assert_true (cb_journal_entry_add_tag (entry, "L12"));
  g_assert_true (cb_journal_entry_add_tag (entry, "3011  2.2"));
  tags = cb_journal_entry_dup_tags (entry);
  g_assert_cmpuint (g_strv_length (tags), ==, 3);
  g_assert_cmpstr (tags[2], ==, "3011 2.2");

  g_assert_true (cb_journal_entry_remove_tag (entry, "L12"));
  g_assert_false (cb_journal_entry_remove_tag (entry, "L12"));
  g_assert_false (cb_journal_entry_has_tag (entry, "L12"));
  g_assert_cmpuint (cb_journal_entry_get_n_tags (entry), ==, 2);

  /* A document from a newer version is not edited. */
  cb_document_set_read_only (CB_DOCUMENT (entry), TRUE);
  g_assert_false (cb_journal_entry_add_tag (entry, "G3"));
  g_assert_false (cb_journal_entry_remove_tag (entry, "3014 3.5"));
  g_assert_cmpuint (cb_journal_entry_get_n_tags (entry), ==, 2);

  /* A tag this version does not know is kept, printed as unknown, and can be removed. */
  loaded = CB_JOURNAL_ENTRY (cb_json_parse (CB_TYPE_JOURNAL_ENTRY, json, strlen (json), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cb_journal_entry_get_n_tags (loaded), ==, 2);
  g_assert_true (cb_journal_entry_has_tag (loaded, "9999 9.9"));
  {
    g_autofree char *text = form_text (loaded, FALSE, FALSE);
    g_assert_nonnull (strstr (text, "3011 1.1 Define coaching and its purpose"));
    g_assert_nonnull (strstr (text, "9999 9.9 (not in this version’s list of criteria)"));
  }
  g_assert_true (cb_journal_entry_remove_tag (loaded, "9999 9.9"));
  g_assert_cmpuint (cb_journal_entry_get_n_tags (loaded), ==, 1);
}

static void
test_initials (void)
{
  static const struct { const char *name; const char *initials; } cases[] = {
    { "Sam Patel", "S.P." },
    { "Tomasz Wiśniewski", "T.W." },
    { "Mary-Jane O’Neill", "M.J.O." },
    { "  priya   raman ", "P.R." },
    { "Ólafur Arnalds", "Ó.A." },
    { "Ada", "A." },
    { "1st Team", "S.T." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = cb_journal_dup_initials (cases[i].name);
      g_assert_cmpstr (initials, ==, cases[i].initials);
    }

  g_assert_null (cb_journal_dup_initials (""));
  g_assert_null (cb_journal_dup_initials ("  - "));
  g_assert_null (cb_journal_dup_initials (NULL));
}

/* A practice with two clients, the first with two meetings. */
typedef struct
{
  CbPractice *practice;
  CbClient   *sam;
  CbClient   *lee;
  CbMeeting  *first;
  CbMeeting  *second;
  CbMeeting  *lees;
} Book;

static void
book_init (Book *book)
{
  g_autoptr(CbClient) sam = cb_client_new ();
  g_autoptr(CbClient) lee = cb_client_new ();
  g_autoptr(CbMeeting) first = cb_meeting_new ();
  g_autoptr(CbMeeting) second = cb_meeting_new ();
  g_autoptr(CbMeeting) lees = cb_meeting_new ();

  book->practice = cb_practice_new ("Ellery Coaching");
  cb_client_set_name (sam, "Sam Patel");
  cb_client_set_name (lee, "Lee Wong");
  cb_meeting_set_date (first, "2026-03-03");
  cb_meeting_set_date (second, "2026-03-24");
  cb_meeting_set_date (lees, "2026-03-10");
  cb_client_add_document (sam, CB_DOCUMENT (first));
  cb_client_add_document (sam, CB_DOCUMENT (second));
  cb_client_add_document (lee, CB_DOCUMENT (lees));
  cb_practice_add_client (book->practice, sam);
  cb_practice_add_client (book->practice, lee);

  book->sam = sam;
  book->lee = lee;
  book->first = first;
  book->second = second;
  book->lees = lees;
}

static void
book_clear (Book *book)
{
  g_clear_object (&book->practice);
}

static void
test_links (void)
{
  Book book;
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new_for_question (NULL, NULL);
  CbClient *client = NULL;
  CbMeeting *meeting = NULL;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *meeting_label = NULL;

  book_init (&book);
  cb_practice_add_document (book.practice, CB_DOCUMENT (entry));

  g_assert_cmpint (cb_journal_entry_lookup_client (entry, NULL, &client), ==, CB_JOURNAL_LINK_NONE);
  g_assert_null (client);
  g_assert_cmpint (cb_journal_entry_lookup_meeting (entry, NULL, &meeting), ==, CB_JOURNAL_LINK_NONE);
  g_assert_null (cb_journal_entry_dup_client_label (entry, NULL, FALSE));
  g_assert_null (cb_journal_entry_dup_meeting_label (entry, NULL));

  /* A meeting links its client too: by id, not a copy. */
  cb_journal_entry_set_meeting (entry, book.second);
  g_assert_cmpstr (cb_journal_entry_get_client_id (entry), ==, cb_document_get_id (CB_DOCUMENT (book.sam)));
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (entry), ==, cb_document_get_id (CB_DOCUMENT (book.second)));
  g_assert_cmpint (cb_journal_entry_lookup_client (entry, NULL, &client), ==, CB_JOURNAL_LINK_FOUND);
  g_assert_true (client == book.sam);
  g_assert_cmpint (cb_journal_entry_lookup_meeting (entry, book.practice, &meeting), ==, CB_JOURNAL_LINK_FOUND);
  g_assert_true (meeting == book.second);
  label = cb_journal_entry_dup_client_label (entry, NULL, FALSE);
  g_assert_cmpstr (label, ==, "S.P.");
  name = cb_journal_entry_dup_client_label (entry, NULL, TRUE);
  g_assert_cmpstr (name, ==, "Sam Patel");
  meeting_label = cb_journal_entry_dup_meeting_label (entry, NULL);
  g_assert_cmpstr (meeting_label, ==, "Meeting on 24 March 2026");

  /* The client's new name is the link's new name. */
  cb_client_set_name (book.sam, "Samira Patel-Khan");
  g_clear_pointer (&label, g_free);
  label = cb_journal_entry_dup_client_label (entry, NULL, FALSE);
  g_assert_cmpstr (label, ==, "S.P.K.");

  /* Another client: that client's meetings only. */
  cb_journal_entry_set_client (entry, book.lee);
  g_assert_cmpstr (cb_journal_entry_get_client_id (entry), ==, cb_document_get_id (CB_DOCUMENT (book.lee)));
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (entry), ==, "");
  cb_journal_entry_set_meeting (entry, book.lees);
  cb_journal_entry_set_client (entry, book.lee);
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (entry), ==, cb_document_get_id (CB_DOCUMENT (book.lees)));
  cb_journal_entry_set_meeting (entry, NULL);
  g_assert_cmpstr (cb_journal_entry_get_meeting_id (entry), ==, "");
  g_assert_cmpstr (cb_journal_entry_get_client_id (entry), ==, cb_document_get_id (CB_DOCUMENT (book.lee)));
  cb_journal_entry_set_client (entry, NULL);
  g_assert_cmpstr (cb_journal_entry_get_client_id (entry), ==, "");

  /* Dangling: the meeting deleted, then the client. Reported, never a crash. */
  cb_journal_entry_set_meeting (entry, book.first);
  g_assert_true (cb_client_remove_document (book.sam, CB_DOCUMENT (book.first)));
  g_assert_cmpint (cb_journal_entry_lookup_meeting (entry, NULL, &meeting), ==, CB_JOURNAL_LINK_MISSING);
  g_assert_null (meeting);
  g_clear_pointer (&meeting_label, g_free);
  meeting_label = cb_journal_entry_dup_meeting_label (entry, NULL);
  g_assert_cmpstr (meeting_label, ==, "meeting no longer in the book");

  g_object_ref (book.sam);
  g_assert_true (cb_practice_remove_client (book.practice, book.sam));
  g_assert_cmpint (cb_journal_entry_lookup_client (entry, NULL, &client), ==, CB_JOURNAL_LINK_MISSING);
  g_assert_null (client);
  g_clear_pointer (&label, g_free);
  label = cb_journal_entry_dup_client_label (entry, NULL, TRUE);
  g_assert_cmpstr (label, ==, "client no longer in the book");
  {
    g_autofree char *text = form_text (entry, FALSE, FALSE);
    g_assert_nonnull (strstr (text, "client no longer in the book"));
    g_assert_nonnull (strstr (text, "meeting no longer in the book"));
  }
  g_object_unref (book.sam);

  /* An entry outside any practice cannot find its client. */
  {
    g_autoptr(CbJournalEntry) loose = cb_journal_entry_new ();
    cb_record_set_string (CB_RECORD (loose), "client_id", "5d3f8d0e-7a52-4c4b-9f83-6c1c2b0a9e11");
    g_assert_cmpint (cb_journal_entry_lookup_client (loose, NULL, NULL), ==, CB_JOURNAL_LINK_MISSING);
  }

  book_clear (&book);
}

static CbJournalEntry *
add_entry (CbPractice  *practice,
           const char  *date,
           const char  *title,
           const char **tags)
{
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new ();

  cb_journal_entry_set_date (entry, date);
  cb_journal_entry_set_title (entry, title);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_assert_true (cb_journal_entry_add_tag (entry, tags[i]));
  cb_practice_add_document (practice, CB_DOCUMENT (entry));

  return entry;   /* the practice holds it */
}

static void
test_summary (void)
{
  g_autoptr(CbPractice) practice = cb_practice_new ("Summary");
  g_autoptr(CbEvidenceSummary) empty = cb_evidence_summary_new (practice, NULL);
  g_autoptr(CbEvidenceSummary) summary = NULL;
  g_autoptr(CbEvidenceSummary) again = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) tagged = NULL;
  const char *older_tags[] = { "3014 3.5", "3014 3.3", "G3", NULL };
  const char *newer_tags[] = { "3014 3.5", "3011 1.1", NULL };
  CbJournalEntry *older, *newer, *untagged;
  CbEvidenceCount count;
  GPtrArray *entries;
  CbEvidenceCatalogue *catalogue = cb_evidence_catalogue_get_default ();
  g_autofree char *headline = NULL;
  g_autofree char *ento = NULL;
  g_auto(GStrv) unknown = NULL;

  /* Nothing yet: every tag a gap. */
  gaps = cb_evidence_summary_list_gaps (empty);
  g_assert_cmpuint (gaps->len, ==, 77);
  g_clear_pointer (&gaps, g_ptr_array_unref);
  headline = cb_evidence_summary_dup_headline (empty);
  g_assert_cmpstr (headline, ==, "0 of 72 criteria have evidence");
  g_clear_pointer (&headline, g_free);

  older = add_entry (practice, "2026-01-10", "Older", older_tags);
  newer = add_entry (practice, "2026-02-10", "Newer", newer_tags);
  untagged = add_entry (practice, "2026-03-10", "Untagged", NULL);
  g_assert_nonnull (untagged);
  /* Not journal entries: not counted. */
  {
    g_autoptr(CbJournalEntry) stray = cb_journal_entry_new ();
    g_assert_true (cb_journal_entry_add_tag (stray, "3016 3.1"));
  }

  summary = cb_evidence_summary_new (practice, NULL);
  g_assert_cmpuint (cb_evidence_summary_get_n_entries (summary), ==, 3);
  g_assert_cmpuint (cb_evidence_summary_get_n_tagged (summary), ==, 2);

  /* Per criterion, newest first. */
  entries = cb_evidence_summary_get_entries (summary, "3014 3.5");
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_true (g_ptr_array_index (entries, 0) == newer);
  g_assert_true (g_ptr_array_index (entries, 1) == older);
  g_assert_cmpuint (cb_evidence_summary_get_entries (summary, "3014  3.3")->len, ==, 1);
  g_assert_cmpuint (cb_evidence_summary_get_entries (summary, "3016 3.1")->len, ==, 0);
  g_assert_cmpuint (cb_evidence_summary_get_entries (summary, "nothing")->len, ==, 0);
  g_assert_false (cb_evidence_summary_is_gap (summary, cb_evidence_catalogue_lookup (catalogue, "G3")));
  g_assert_true (cb_evidence_summary_is_gap (summary, cb_evidence_catalogue_lookup (catalogue, "L12")));

  tagged = cb_practice_list_entries_tagged (practice, "3014 3.5");
  g_assert_cmpuint (tagged->len, ==, 2);
  g_assert_true (g_ptr_array_index (tagged, 0) == newer);

  /* Counts per unit and overall. */
  cb_evidence_summary_count_unit (summary, cb_evidence_catalogue_find_unit (catalogue, "3014"), &count);
  g_assert_cmpuint (count.n_tags, ==, 11);
  g_assert_cmpuint (count.n_covered, ==, 2);
  g_assert_cmpuint (count.n_entries, ==, 2);
  cb_evidence_summary_count_unit (summary, cb_evidence_catalogue_find_unit (catalogue, "3011"), &count);
  g_assert_cmpuint (count.n_tags, ==, 16);
  g_assert_cmpuint (count.n_covered, ==, 1);
  g_assert_cmpuint (count.n_entries, ==, 1);
  cb_evidence_summary_count_unit (summary, cb_evidence_catalogue_find_unit (catalogue, "3016"), &count);
  g_assert_cmpuint (count.n_covered, ==, 0);
  cb_evidence_summary_count_scheme (summary, CB_EVIDENCE_SCHEME_CMI, &count);
  g_assert_cmpuint (count.n_tags, ==, 72);
  g_assert_cmpuint (count.n_covered, ==, 3);
  g_assert_cmpuint (count.n_entries, ==, 2);
  cb_evidence_summary_count_scheme (summary, CB_EVIDENCE_SCHEME_ENTO, &count);
  g_assert_cmpuint (count.n_tags, ==, 5);
  g_assert_cmpuint (count.n_covered, ==, 1);

  gaps = cb_evidence_summary_list_gaps (summary);
  g_assert_cmpuint (gaps->len, ==, 77 - 4);
  g_clear_pointer (&gaps, g_ptr_array_unref);
  headline = cb_evidence_summary_dup_headline (summary);
  g_assert_cmpstr (headline, ==, "3 of 72 criteria have evidence");
  ento = cb_evidence_summary_dup_ento_line (summary);
  g_assert_cmpstr (ento, ==, "1 of 5 ENTO units have evidence");

  /* One more criterion tagged: one gap fewer. Removing a tag or an entry
   * gives the gap back. */
  g_assert_true (cb_journal_entry_add_tag (untagged, "3016 3.1"));
  again = cb_evidence_summary_new (practice, NULL);
  gaps = cb_evidence_summary_list_gaps (again);
  g_assert_cmpuint (gaps->len, ==, 77 - 5);
  g_clear_pointer (&gaps, g_ptr_array_unref);
  g_clear_pointer (&again, cb_evidence_summary_unref);

  g_assert_true (cb_journal_entry_remove_tag (untagged, "3016 3.1"));
  g_assert_true (cb_practice_remove_document (practice, CB_DOCUMENT (older)));
  again = cb_evidence_summary_new (practice, NULL);
  cb_evidence_summary_count_scheme (again, CB_EVIDENCE_SCHEME_CMI, &count);
  g_assert_cmpuint (count.n_covered, ==, 2);
  cb_evidence_summary_count_scheme (again, CB_EVIDENCE_SCHEME_ENTO, &count);
  g_assert_cmpuint (count.n_covered, ==, 0);
  g_clear_pointer (&again, cb_evidence_summary_unref);

  /* The same tag twice in a file, and a tag of a newer Coachbook. */
  cb_record_set_strv_at (CB_RECORD (untagged),
                         cb_record_class_find_field (CB_RECORD_GET_CLASS (untagged), "evidence"),
                         (const char *[]) { "3013 2.1", "3013 2.1", "7777 1.1", NULL });
  again = cb_evidence_summary_new (practice, NULL);
  g_assert_cmpuint (cb_evidence_summary_get_entries (again, "3013 2.1")->len, ==, 1);
  unknown = cb_evidence_summary_dup_unknown_tags (again);
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "7777 1.1");
}

static void
test_form (void)
{
  Book book;
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new_for_question (cb_reflection_find ("3.1"), NULL);
  g_autofree char *text = NULL;
  g_autofree char *named = NULL;
  g_autofree char *blank = NULL;
  g_autofree char *portfolio = NULL;
  g_autofree char *portfolio_named = NULL;

  book_init (&book);
  cb_journal_entry_set_date (entry, "2026-03-24");
  cb_journal_entry_set_title (entry, "Contracting with a sponsor");
  cb_journal_entry_set_text (entry, "what_happened", "A three-way meeting.");
  cb_journal_entry_set_text (entry, "what_learned", "Agree confidentiality out loud.");
  cb_journal_entry_set_text (entry, "how_apply", "Three questions at every start.");
  cb_journal_entry_set_text (entry, "do_differently", "Write it down that day.");
  g_assert_true (cb_journal_entry_add_tag (entry, "3014 3.3"));
  g_assert_true (cb_journal_entry_add_tag (entry, "L15"));
  cb_journal_entry_set_meeting (entry, book.second);
  cb_practice_add_document (book.practice, CB_DOCUMENT (entry));

  /* Printed: every part, the question with its track, the tags by number
   * and text, the client by initials, never the name. */
  text = form_text (entry, FALSE, FALSE);
  g_test_message ("%s", text);
  for (guint i = 0; i < 4; i++)
    {
      const char *parts[] = { "A three-way meeting.", "Agree confidentiality out loud.",
                              "Three questions at every start.", "Write it down that day." };
      g_assert_nonnull (strstr (text, parts[i]));
    }
  g_assert_nonnull (strstr (text, "Learning Journal Entry"));
  g_assert_nonnull (strstr (text, "24 March 2026"));
  g_assert_nonnull (strstr (text, "Contracting with a sponsor"));
  g_assert_nonnull (strstr (text, "Track 3: Developing a learning relationship — How was commitment gained? Did you agree a learning contract?"));
  g_assert_nonnull (strstr (text, "3014 3.3 Discuss the need for confidentiality and ethics in coaching sessions"));
  g_assert_nonnull (strstr (text, "ENTO unit L15"));
  g_assert_nonnull (strstr (text, "S.P."));
  g_assert_nonnull (strstr (text, "Meeting on 24 March 2026"));
  g_assert_null (strstr (text, "Sam"));
  g_assert_null (strstr (text, "Patel"));
  {
    /* The class's own form (Ctrl+P, --export-pdf) is the same. */
    CbFormContext context = { "Ellery Coaching", NULL, FALSE, FALSE };
    g_autoptr(CbForm) form = cb_document_describe_form (CB_DOCUMENT (entry), &context);
    g_autofree char *plain = cb_form_to_text (form);

    g_assert_cmpstr (plain, ==, text);
  }

  /* Only when asked. */
  named = form_text (entry, FALSE, TRUE);
  g_assert_nonnull (strstr (named, "Sam Patel"));

  /* Blank: headings and lines, no values. */
  blank = form_text (entry, TRUE, FALSE);
  g_assert_nonnull (strstr (blank, "What happened"));
  g_assert_nonnull (strstr (blank, "What I will do differently"));
  g_assert_nonnull (strstr (blank, "Reflection question this entry answers"));
  g_assert_nonnull (strstr (blank, "Client (initials)"));
  g_assert_null (strstr (blank, "A three-way meeting."));
  g_assert_null (strstr (blank, "S.P."));
  g_assert_null (strstr (blank, "3014 3.3"));
  {
    g_autoptr(CbJournalEntry) empty = cb_journal_entry_new ();
    CbFormContext context = { "Ellery Coaching", NULL, TRUE, FALSE };
    g_autoptr(CbForm) form = cb_document_describe_form (CB_DOCUMENT (empty), &context);

    g_assert_true (cb_form_get_blank (form));
  }

  /* The portfolio: every unit, each criterion with its entries or marked
   * as a gap; clients by initials unless asked. */
  portfolio = portfolio_text (book.practice, FALSE);
  g_assert_nonnull (strstr (portfolio, "Evidence Portfolio"));
  g_assert_nonnull (strstr (portfolio, "3011 PRINCIPLES, SKILLS AND IMPACT OF COACHING AND MENTORING"));
  g_assert_nonnull (strstr (portfolio, "3016 COACHING AND MENTORING PROCESS EVALUATION"));
  g_assert_nonnull (strstr (portfolio, "ENTO unit G3: Evaluate and Develop own Practice"));
  g_assert_nonnull (strstr (portfolio, "ENTO unit L16"));
  g_assert_nonnull (strstr (portfolio, "3.3 Discuss the need for confidentiality and ethics in coaching sessions"));
  g_assert_nonnull (strstr (portfolio, "Learning outcome 3: "));
  g_assert_nonnull (strstr (portfolio, "“Contracting with a sponsor”, 24 March 2026 (client: S.P.). What I learned: Agree confidentiality out loud."));
  g_assert_nonnull (strstr (portfolio, "Gap: no evidence yet"));
  g_assert_nonnull (strstr (portfolio, "1 of 72 criteria have evidence; 1 of 5 ENTO units have evidence."));
  g_assert_nonnull (strstr (portfolio, "1 of 11 assessment criteria have evidence."));
  g_assert_null (strstr (portfolio, "Sam"));
  g_assert_null (strstr (portfolio, "Patel"));
  {
    /* 72 criteria, 5 ENTO units: 76 gaps. */
    guint gaps = 0;
    for (const char *p = portfolio; (p = strstr (p, "Gap: no evidence yet")) != NULL; p++)
      gaps++;
    g_assert_cmpuint (gaps, ==, 77 - 2);
  }
  portfolio_named = portfolio_text (book.practice, TRUE);
  g_assert_nonnull (strstr (portfolio_named, "(client: Sam Patel)"));

  book_clear (&book);
}

/* The store: kept in me/journal/, read back, links resolved in the
 * practice read back; a broken file is quarantined and the rest loads. */
static void
test_store (void)
{
  g_autofree char *tmp = cb_test_make_root ();
  g_autofree char *root = g_build_filename (tmp, "coachbook", NULL);
  g_autoptr(CbStore) store = cb_store_new (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbClient) client = cb_client_new ();
  g_autoptr(CbMeeting) meeting = cb_meeting_new ();
  g_autoptr(CbJournalEntry) entry = cb_journal_entry_new_for_question (cb_reflection_find ("10.2"), NULL);
  g_autoptr(CbJournalEntry) dangling = cb_journal_entry_new_for_question (NULL, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *broken = NULL;
  CbPractice *practice;

  practice = cb_store_create_practice (store, "Journal", &error);
  g_assert_no_error (error);
  cb_client_set_name (client, "Sam Patel");
  cb_meeting_set_date (meeting, "2026-03-03");
  cb_client_add_document (client, CB_DOCUMENT (meeting));
  cb_practice_add_client (practice, client);

  cb_test_fill_record (CB_RECORD (entry), "stored");
  cb_record_set_strv_at (CB_RECORD (entry), cb_record_class_find_field (CB_RECORD_GET_CLASS (entry), "evidence"),
                         (const char *[]) { "3016 3.1", "G3", NULL });
  cb_journal_entry_set_meeting (entry, meeting);
  g_assert_true (cb_document_add_child (CB_DOCUMENT (practice), CB_DOCUMENT (entry)));
  cb_record_set_string (CB_RECORD (dangling), "client_id", "5d3f8d0e-7a52-4c4b-9f83-6c1c2b0a9e11");
  cb_record_set_string (CB_RECORD (dangling), "meeting_id", "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
  g_assert_true (cb_document_add_child (CB_DOCUMENT (practice), CB_DOCUMENT (dangling)));
  g_assert_true (cb_store_flush (store));

  dir = cb_store_dup_practice_dir (store, practice);
  path = g_strdup_printf ("%s/me/journal/%s.json", dir, cb_document_get_id (CB_DOCUMENT (entry)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  broken = g_strdup_printf ("%s/me/journal/%s.json", dir, "0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f");
  g_assert_true (g_file_set_contents_full (broken, "{ \"type\": \"coachbook.journal-entry\", \"evidence\": [",
                                           -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error));
  g_assert_no_error (error);

  {
    g_autoptr(CbStore) again = cb_store_new (root);
    g_autoptr(CbPractice) loaded = NULL;
    GListModel *problems;
    CbDocument *found;
    CbClient *linked = NULL;
    CbMeeting *linked_meeting = NULL;
    g_autoptr(GPtrArray) entries = NULL;
    guint quarantined = 0;

    g_assert_true (cb_store_load_practices (again, &error));
    g_assert_no_error (error);
    loaded = g_list_model_get_item (cb_store_get_practices (again), 0);
    g_assert_true (cb_store_open_practice (again, loaded, &error));
    g_assert_no_error (error);

    found = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (entry)));
    g_assert_true (CB_IS_JOURNAL_ENTRY (found));
    g_assert_true (cb_document_get_parent (found) == CB_DOCUMENT (loaded));
    cb_test_assert_records_equal (CB_RECORD (entry), CB_RECORD (found));
    g_assert_cmpint (cb_journal_entry_lookup_client (CB_JOURNAL_ENTRY (found), NULL, &linked), ==, CB_JOURNAL_LINK_FOUND);
    g_assert_cmpstr (cb_client_get_name (linked), ==, "Sam Patel");
    g_assert_cmpint (cb_journal_entry_lookup_meeting (CB_JOURNAL_ENTRY (found), NULL, &linked_meeting), ==,
                     CB_JOURNAL_LINK_FOUND);
    g_assert_cmpstr (cb_meeting_get_date (linked_meeting), ==, "2026-03-03");

    /* The dangling one loads and says so. */
    found = cb_practice_find_document (loaded, cb_document_get_id (CB_DOCUMENT (dangling)));
    g_assert_true (CB_IS_JOURNAL_ENTRY (found));
    g_assert_cmpint (cb_journal_entry_lookup_client (CB_JOURNAL_ENTRY (found), NULL, NULL), ==, CB_JOURNAL_LINK_MISSING);
    g_assert_cmpint (cb_journal_entry_lookup_meeting (CB_JOURNAL_ENTRY (found), NULL, NULL), ==, CB_JOURNAL_LINK_MISSING);

    entries = cb_practice_list_journal_entries (loaded);
    g_assert_cmpuint (entries->len, ==, 2);

    problems = cb_store_get_problems (again);
    for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
      {
        g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);

        if (cb_problem_get_kind (problem) == CB_PROBLEM_QUARANTINED)
          {
            quarantined++;
            g_assert_true (g_str_has_suffix (cb_problem_get_path (problem), "0b7e9d5c-1b7a-4d5e-9a51-0f3c1c2d3e4f.json"));
          }
      }
    g_assert_cmpuint (quarantined, ==, 1);
    g_assert_false (g_file_test (broken, G_FILE_TEST_EXISTS));
    cb_store_flush (again);
  }

  cb_store_flush (store);
  g_clear_object (&store);
  cb_test_rm_rf (tmp);
}

static void
test_sample (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (now, -1);
  g_autoptr(CbPractice) practice = cb_practice_new ("Sample");
  g_autoptr(GPtrArray) clients = cb_sample_create_clients ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CbEvidenceSummary) summary = NULL;
  g_autofree char *oldest = g_date_time_format (year_ago, "%Y-%m-%d");
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *portfolio = NULL;
  GListModel *units;
  guint n_clients = 0, n_meetings = 0, n_questions = 0;

  cb_sample_add_agreements (clients);
  cb_sample_add_meetings (clients, now);
  for (guint i = 0; i < clients->len; i++)
    cb_practice_add_client (practice, clients->pdata[i]);
  cb_sample_add_journal (practice, now);

  entries = cb_practice_list_journal_entries (practice);
  g_assert_cmpuint (entries->len, >=, 12);
  for (guint i = 0; i < entries->len; i++)
    {
      CbJournalEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(CbJournalEntry) back = round_trip (entry);
      g_autofree char *text = form_text (entry, FALSE, FALSE);
      g_auto(GStrv) tags = cb_journal_entry_dup_tags (entry);
      CbClient *client = NULL;

      cb_test_assert_records_equal (CB_RECORD (entry), CB_RECORD (back));
      g_assert_cmpstr (cb_journal_entry_get_date (entry), >=, oldest);
      g_assert_cmpstr (cb_journal_entry_get_date (entry), <=, today);
      g_assert_cmpstr (cb_journal_entry_get_title (entry), !=, "");
      g_assert_cmpuint (g_strv_length (tags), >=, 1);
      for (guint t = 0; tags[t] != NULL; t++)
        g_assert_nonnull (cb_evidence_catalogue_lookup (cb_evidence_catalogue_get_default (), tags[t]));

      if (cb_journal_entry_lookup_client (entry, NULL, &client) == CB_JOURNAL_LINK_FOUND)
        n_clients++;
      if (cb_journal_entry_lookup_meeting (entry, NULL, NULL) == CB_JOURNAL_LINK_FOUND)
        n_meetings++;
      if (cb_reflection_find_by_text (cb_journal_entry_get_prompt (entry)) != NULL)
        n_questions++;

      /* No sample client's name in any printed entry. */
      for (guint c = 0; c < clients->len; c++)
        {
          const char *name = cb_client_get_name (clients->pdata[c]);
          g_auto(GStrv) parts = g_strsplit (name, " ", -1);

          for (guint p = 0; parts[p] != NULL; p++)
            if (strstr (text, parts[p]) != NULL)
              g_error ("the printed entry “%s” names %s", cb_journal_entry_get_title (entry), name);
        }
    }
  g_assert_cmpuint (n_clients, >=, 3);
  g_assert_cmpuint (n_meetings, >=, 3);
  g_assert_cmpuint (n_questions, >=, 3);

  /* Evidence across several units: every CMI unit and G3. */
  summary = cb_evidence_summary_new (practice, NULL);
  units = cb_evidence_catalogue_get_units (cb_evidence_catalogue_get_default ());
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (units, u);
      CbEvidenceCount count;

      cb_evidence_summary_count_unit (summary, unit, &count);
      if (cb_evidence_unit_get_scheme (unit) == CB_EVIDENCE_SCHEME_CMI ||
          g_str_equal (cb_evidence_unit_get_number (unit), "G3"))
        g_assert_cmpuint (count.n_covered, >=, 1);
    }
  /* …and gaps left to close. */
  {
    g_autoptr(GPtrArray) gaps = cb_evidence_summary_list_gaps (summary);
    g_assert_cmpuint (gaps->len, >=, 10);
  }

  portfolio = portfolio_text (practice, FALSE);
  for (guint c = 0; c < clients->len; c++)
    g_assert_null (strstr (portfolio, cb_client_get_name (clients->pdata[c])));
  g_assert_nonnull (strstr (portfolio, "(client: P.R.)"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal/catalogue", test_catalogue);
  g_test_add_func ("/journal/catalogue/search", test_search);
  g_test_add_func ("/journal/catalogue/errors", test_catalogue_errors);
  g_test_add_func ("/journal/questions", test_questions);
  g_test_add_func ("/journal/class", test_class);
  g_test_add_func ("/journal/round-trip", test_round_trip);
  g_test_add_func ("/journal/tags", test_tags);
  g_test_add_func ("/journal/initials", test_initials);
  g_test_add_func ("/journal/links", test_links);
  g_test_add_func ("/journal/summary", test_summary);
  g_test_add_func ("/journal/form", test_form);
  g_test_add_func ("/journal/store", test_store);
  g_test_add_func ("/journal/sample", test_sample);

  return g_test_run ();
}
