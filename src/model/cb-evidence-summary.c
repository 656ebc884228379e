/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evidence-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-evidence-summary.h"

struct _CbEvidenceSummary
{
  gatomicrefcount      ref_count;

  CbEvidenceCatalogue *catalogue;
  GHashTable          *entries;     /* tag id → GPtrArray of CbJournalEntry (held) */
  GHashTable          *unknown;     /* tag ids not in the catalogue (set) */
  GPtrArray           *empty;       /* what a tag without entries returns */
  guint                n_entries;
  guint                n_tagged;
};

G_DEFINE_BOXED_TYPE (CbEvidenceSummary, cb_evidence_summary,
                     cb_evidence_summary_ref, cb_evidence_summary_unref)

CbEvidenceSummary *
cb_evidence_summary_new (CbPractice          *practice,
                         CbEvidenceCatalogue *catalogue)
{
  CbEvidenceSummary *self;
  g_autoptr(GPtrArray) entries = NULL;
  GListModel *tags;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (catalogue == NULL || CB_IS_EVIDENCE_CATALOGUE (catalogue), NULL);

  self = g_new0 (CbEvidenceSummary, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->catalogue = g_object_ref (catalogue != NULL ? catalogue : cb_evidence_catalogue_get_default ());
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->empty = g_ptr_array_new ();

  /* Every tag has its list, in the catalogue's spelling of its id. */
  tags = cb_evidence_catalogue_get_tags (self->catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, i);

      g_hash_table_insert (self->entries, (gpointer) cb_evidence_tag_get_id (tag),
                           g_ptr_array_new_with_free_func (g_object_unref));
    }

  /* Newest first, so each tag's list is too. */
  entries = cb_practice_list_journal_entries (practice);
  self->n_entries = entries->len;
  for (guint i = 0; i < entries->len; i++)
    {
      CbJournalEntry *entry = g_ptr_array_index (entries, i);
      g_auto(GStrv) ids = cb_journal_entry_dup_tags (entry);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      if (ids[0] != NULL)
        self->n_tagged++;

      for (guint j = 0; ids[j] != NULL; j++)
        {
          CbEvidenceTag *tag = cb_evidence_catalogue_lookup (self->catalogue, ids[j]);
          GPtrArray *list;

          if (tag == NULL)
            {
              g_hash_table_add (self->unknown, g_strdup (ids[j]));
              continue;
            }
          /* The same tag twice in a file counts once. */
          if (!g_hash_table_add (seen, tag))
            continue;

          list = g_hash_table_lookup (self->entries, cb_evidence_tag_get_id (tag));
          g_ptr_array_add (list, g_object_ref (entry));
        }
    }

  return self;
}

CbEvidenceSummary *
cb_evidence_summary_ref (CbEvidenceSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cb_evidence_summary_unref (CbEvidenceSummary *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->entries);
  g_hash_table_unref (self->unknown);
  g_ptr_array_unref (self->empty);
  g_object_unref (self->catalogue);
  g_free (self);
}

CbEvidenceCatalogue *
cb_evidence_summary_get_catalogue (CbEvidenceSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->catalogue;
}

GPtrArray *
cb_evidence_summary_get_entries (CbEvidenceSummary *self,
                                 const char        *tag_id)
{
  CbEvidenceTag *tag;
  GPtrArray *list;

  g_return_val_if_fail (self != NULL, NULL);

  tag = cb_evidence_catalogue_lookup (self->catalogue, tag_id);
  list = tag != NULL ? g_hash_table_lookup (self->entries, cb_evidence_tag_get_id (tag)) : NULL;

  return list != NULL ? list : self->empty;
}

gboolean
cb_evidence_summary_is_gap (CbEvidenceSummary *self,
                            CbEvidenceTag     *tag)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (tag), FALSE);

  return cb_evidence_summary_get_entries (self, cb_evidence_tag_get_id (tag))->len == 0;
}

GPtrArray *
cb_evidence_summary_list_gaps (CbEvidenceSummary *self)
{
  GPtrArray *gaps = g_ptr_array_new ();
  GListModel *tags;

  g_return_val_if_fail (self != NULL, gaps);

  tags = cb_evidence_catalogue_get_tags (self->catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, i);

      if (cb_evidence_summary_is_gap (self, tag))
        g_ptr_array_add (gaps, tag);   /* the catalogue holds it */
    }

  return gaps;
}

static void
count_tags (CbEvidenceSummary *self,
            GListModel        *tags,
            GHashTable        *entries,
            CbEvidenceCount   *count)
{
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, i);
      GPtrArray *list = cb_evidence_summary_get_entries (self, cb_evidence_tag_get_id (tag));

      count->n_tags++;
      if (list->len > 0)
        count->n_covered++;
      for (guint j = 0; j < list->len; j++)
        g_hash_table_add (entries, g_ptr_array_index (list, j));
    }
}

void
cb_evidence_summary_count_unit (CbEvidenceSummary *self,
                                CbEvidenceUnit    *unit,
                                CbEvidenceCount   *count)
{
  g_autoptr(GHashTable) entries = g_hash_table_new (NULL, NULL);

  g_return_if_fail (self != NULL);
  g_return_if_fail (CB_IS_EVIDENCE_UNIT (unit));
  g_return_if_fail (count != NULL);

  *count = (CbEvidenceCount) { 0, };
  count_tags (self, cb_evidence_unit_get_tags (unit), entries, count);
  count->n_entries = g_hash_table_size (entries);
}

void
cb_evidence_summary_count_scheme (CbEvidenceSummary *self,
                                  CbEvidenceScheme   scheme,
                                  CbEvidenceCount   *count)
{
  g_autoptr(GHashTable) entries = g_hash_table_new (NULL, NULL);
  GListModel *units;

  g_return_if_fail (self != NULL);
  g_return_if_fail (count != NULL);

  *count = (CbEvidenceCount) { 0, };
  units = cb_evidence_catalogue_get_units (self->catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (units, i);

      if (cb_evidence_unit_get_scheme (unit) == scheme)
        count_tags (self, cb_evidence_unit_get_tags (unit), entries, count);
    }
  count->n_entries = g_hash_table_size (entries);
}

guint
cb_evidence_summary_get_n_entries (CbEvidenceSummary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entries;
}

guint
cb_evidence_summary_get_n_tagged (CbEvidenceSummary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_tagged;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

GStrv
cb_evidence_summary_dup_unknown_tags (CbEvidenceSummary *self)
{
  g_autofree const char **keys = NULL;
  guint n = 0;
  GStrv copy;

  g_return_val_if_fail (self != NULL, NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->unknown, &n);
  copy = g_strdupv ((char **) keys);
  if (n > 1)
    g_qsort_with_data (copy, n, sizeof (char *), compare_strings, NULL);

  return copy;
}

char *
cb_evidence_summary_dup_headline (CbEvidenceSummary *self)
{
  CbEvidenceCount count;

  g_return_val_if_fail (self != NULL, NULL);

  cb_evidence_summary_count_scheme (self, CB_EVIDENCE_SCHEME_CMI, &count);
  /* Translators: how many of the CMI assessment criteria the learning
   * journal gives evidence for, e.g. "34 of 72 criteria have evidence" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u criterion has evidence",
                                       "%u of %u criteria have evidence", count.n_tags),
                          count.n_covered, count.n_tags);
}

char *
cb_evidence_summary_dup_ento_line (CbEvidenceSummary *self)
{
  CbEvidenceCount count;

  g_return_val_if_fail (self != NULL, NULL);

  cb_evidence_summary_count_scheme (self, CB_EVIDENCE_SCHEME_ENTO, &count);
  /* Translators: how many of the ENTO units the learning journal gives evidence for */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u ENTO unit has evidence",
                                       "%u of %u ENTO units have evidence", count.n_tags),
                          count.n_covered, count.n_tags);
}

/* g_strv_builder_take() is GLib 2.80. */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* The portfolio */

static char *
describe_entry (CbJournalEntry *entry,
                CbPractice     *practice,
                gboolean        show_names)
{
  g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (entry));
  g_autofree char *date = cb_format_date (cb_journal_entry_get_date (entry));
  g_autofree char *client = cb_journal_entry_dup_client_label (entry, practice, show_names);
  g_autofree char *learned = g_strstrip (g_strdup (cb_journal_entry_get_text (entry, "what_learned")));
  GString *text = g_string_new (NULL);

  if (date != NULL)
    /* Translators: an entry in the portfolio: its title and date */
    g_string_append_printf (text, _("“%s”, %s"), title, date);
  else
    /* Translators: an entry in the portfolio without a date */
    g_string_append_printf (text, _("“%s”, undated"), title);

  if (client != NULL)
    /* Translators: after an entry's title and date: the client it is about, by initials */
    g_string_append_printf (text, _(" (client: %s)"), client);

  if (*learned != '\0')
    {
      g_string_append (text, ". ");
      /* Translators: what the coach learned, in an entry of the portfolio */
      g_string_append_printf (text, _("What I learned: %s"), learned);
    }

  return g_string_free (text, FALSE);
}

static void
describe_tag (CbForm            *form,
              CbEvidenceSummary *summary,
              CbEvidenceTag     *tag,
              CbPractice        *practice,
              gboolean           show_names)
{
  GPtrArray *entries = cb_evidence_summary_get_entries (summary, cb_evidence_tag_get_id (tag));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  g_autofree char *label = NULL;

  if (cb_evidence_tag_is_criterion (tag))
    /* Translators: a criterion heading its evidence: its number and text */
    label = g_strdup_printf (_("%s %s"), cb_evidence_tag_get_number (tag), cb_evidence_tag_get_text (tag));
  else
    label = g_strdup (_("Entries giving evidence for this unit"));

  for (guint i = 0; i < entries->len; i++)
    builder_take (builder, describe_entry (g_ptr_array_index (entries, i), practice, show_names));
  if (entries->len == 0)
    g_strv_builder_add (builder, _("Gap: no evidence yet"));

  items = g_strv_builder_end (builder);
  cb_form_add_list (form, label, (const char * const *) items, 0);
}

CbForm *
cb_evidence_describe_portfolio (CbPractice          *practice,
                                const CbFormContext *context,
                                gboolean             show_names)
{
  g_autoptr(CbEvidenceSummary) summary = NULL;
  CbFormContext own;
  const char *coach;
  g_autofree char *headline = NULL;
  g_autofree char *ento = NULL;
  g_autofree char *overall = NULL;
  GListModel *units;
  CbForm *form;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  summary = cb_evidence_summary_new (practice, NULL);
  own = *context;
  own.client_name = "";
  own.blank = FALSE;

  form = cb_document_begin_form (CB_DOCUMENT (practice), _("Evidence Portfolio"), &own);

  coach = cb_record_get_string (CB_RECORD (cb_practice_get_coach_profile (practice)), "name");
  if (coach != NULL && *coach != '\0')
    {
      /* Translators: under the portfolio's title: whose learning journal it is */
      g_autofree char *line = g_strdup_printf (_("From the learning journal of %s"), coach);
      cb_form_add_subtitle (form, line);
    }

  headline = cb_evidence_summary_dup_headline (summary);
  ento = cb_evidence_summary_dup_ento_line (summary);
  /* Translators: the portfolio's summary: "34 of 72 criteria have evidence; 2 of 5 ENTO units have evidence" */
  overall = g_strdup_printf (_("%s; %s."), headline, ento);
  cb_form_add_subtitle (form, overall);

  cb_form_add_paragraph (form, _("Each unit of the CMI Level 3 qualification in coaching and mentoring (3011–3016) and each ENTO unit the booklet names is followed by its assessment criteria, and each criterion by the journal entries that give evidence for it: their title, date and what was learned. A criterion with no entry yet is marked as a gap."));
  if (!show_names)
    cb_form_add_paragraph (form, _("Clients are shown by their initials."));

  units = cb_evidence_catalogue_get_units (cb_evidence_summary_get_catalogue (summary));
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (units, u);
      GListModel *tags = cb_evidence_unit_get_tags (unit);
      g_autofree char *heading = cb_evidence_unit_dup_heading (unit);
      g_autofree char *counts = NULL;
      CbEvidenceCount count;
      const char *outcome = NULL;

      cb_evidence_summary_count_unit (summary, unit, &count);
      cb_form_add_heading (form, heading);

      if (cb_evidence_unit_get_scheme (unit) == CB_EVIDENCE_SCHEME_CMI)
        {
          /* Translators: a unit's evidence in the portfolio */
          counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u assessment criterion has evidence.",
                                                 "%u of %u assessment criteria have evidence.", count.n_tags),
                                    count.n_covered, count.n_tags);
          cb_form_add_paragraph (form, counts);
        }
      else if (cb_evidence_unit_get_note (unit) != NULL)
        cb_form_add_paragraph (form, cb_evidence_unit_get_note (unit));

      for (guint t = 0; t < g_list_model_get_n_items (tags); t++)
        {
          g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, t);
          const char *tag_outcome = cb_evidence_tag_get_outcome (tag);

          /* Each learning outcome before its criteria. */
          if (tag_outcome != NULL && g_strcmp0 (tag_outcome, outcome) != 0)
            {
              /* Translators: a learning outcome of a unit: its number and text */
              g_autofree char *line = g_strdup_printf (_("Learning outcome %s: %s"), tag_outcome,
                                                       cb_evidence_unit_get_outcome_text (unit, tag_outcome));
              cb_form_add_text (form, NULL, line, 1);
              outcome = tag_outcome;
            }

          describe_tag (form, summary, tag, practice, show_names);
        }
    }

  return form;
}
