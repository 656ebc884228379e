/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-cpd-entry"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-cpd-entry.h"

/* The CPD log of seeds/000 Track 10, whose reflection asks for a log that
 * "captures both the formal and informal learning opportunities you
 * experience each year": so each entry says which it was, and the totals
 * go by year. */

struct _CbCpdEntry
{
  CbDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (CbCpdEntry, cb_cpd_entry, CB_TYPE_DOCUMENT)

enum {
  FIELD_DATE,
  FIELD_ACTIVITY,
  FIELD_KIND,
  FIELD_HOURS,
  FIELD_PROVIDER,
  FIELD_LEARNED,
  FIELD_EVIDENCE,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "entry", N_("CPD Activity"), N_("“Both the formal and informal learning opportunities you experience each year” (Track 10)"), NULL },
  { "learning", N_("Learning"), NULL, NULL },
  { "evidence", N_("Evidence"), N_("A copy of a certificate, notes or slides, kept in the practice"), NULL },
};

#define NONE CB_FIELD_FLAG_NONE

static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "entry", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_ACTIVITY] = { "activity", CB_FIELD_LINE, N_("Activity"), N_("A course, a workshop, supervision, reading, a conference…"), "entry", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_KIND] = { "kind", CB_FIELD_CHOICE, N_("Formal or Informal"), N_("Formal: a course or training; informal: learning from experience, reading, conversations"), "entry", cb_cpd_kind_get_type, 0, NONE },
  [FIELD_HOURS] = { "hours", CB_FIELD_DECIMAL, N_("Hours"), N_("Time spent, in hours (1.5 for an hour and a half)"), "entry", NULL, 0, NONE },
  [FIELD_PROVIDER] = { "provider", CB_FIELD_LINE, N_("Provider"), N_("Who ran or provided it"), "entry", NULL, 0, NONE },
  [FIELD_LEARNED] = { "learned", CB_FIELD_TEXT, N_("What Was Learned"), NULL, "learning", NULL, 0, NONE },
  /* Printed by describe_form, only when there is one. */
  [FIELD_EVIDENCE] = { "evidence", CB_FIELD_FILE, N_("Evidence File"), NULL, "evidence", NULL, 0, CB_FIELD_FLAG_NO_PRINT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

#define BLANK_LOG_ROWS 18

static char *
cb_cpd_entry_dup_title (CbDocument *document)
{
  const char *activity = cb_record_get_string_at (CB_RECORD (document), FIELD_ACTIVITY);

  return g_strdup (*activity != '\0' ? activity : _("CPD activity"));
}

static void
add_evidence_field (CbCpdEntry *self,
                    CbForm     *form)
{
  const char *evidence = cb_cpd_entry_get_evidence_name (self);

  if (*evidence == '\0')
    return;

  cb_form_add_heading (form, _("Evidence"));
  cb_form_add_field (form, _("Evidence file"), evidence);
}

static CbForm *
cb_cpd_entry_describe_form (CbDocument          *document,
                            const CbFormContext *context)
{
  CbCpdEntry *self = CB_CPD_ENTRY (document);
  CbForm *form;

  /* Filled in by hand, the log is a table with a line per activity. */
  if (context->blank)
    return cb_cpd_describe_log (NULL, context);

  form = cb_document_begin_form (document, _("CPD Log Entry"), context);
  cb_record_describe (CB_RECORD (self), form, context->include_private);
  add_evidence_field (self, form);

  return form;
}

static void
cb_cpd_entry_class_init (CbCpdEntryClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  document_class->type_name = CB_CPD_ENTRY_TYPE_NAME;
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "cpd";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_COACH;
  document_class->view_title = N_("_CPD");
  document_class->icon_name = "accessories-dictionary-symbolic";
  document_class->help_page = "cpd";
  /* seeds/000 Track 10's words for it. */
  document_class->form_title = N_("CPD (Continuous Professional Development) Log");
  document_class->dup_title = cb_cpd_entry_dup_title;
  document_class->describe_form = cb_cpd_entry_describe_form;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_cpd_entry_init (CbCpdEntry *self)
{
}

CbCpdEntry *
cb_cpd_entry_new (void)
{
  return g_object_new (CB_TYPE_CPD_ENTRY, NULL);
}

#define STRING_ACCESSORS(name, FIELD)                                      \
const char *                                                               \
cb_cpd_entry_get_##name (CbCpdEntry *self)                                 \
{                                                                          \
  g_return_val_if_fail (CB_IS_CPD_ENTRY (self), "");                       \
  return cb_record_get_string_at (CB_RECORD (self), FIELD);                \
}                                                                          \
                                                                           \
void                                                                       \
cb_cpd_entry_set_##name (CbCpdEntry *self,                                 \
                         const char *value)                                \
{                                                                          \
  g_return_if_fail (CB_IS_CPD_ENTRY (self));                               \
  cb_record_set_string_at (CB_RECORD (self), FIELD, value);                \
}

STRING_ACCESSORS (date, FIELD_DATE)
STRING_ACCESSORS (activity, FIELD_ACTIVITY)
STRING_ACCESSORS (provider, FIELD_PROVIDER)
STRING_ACCESSORS (learned, FIELD_LEARNED)
STRING_ACCESSORS (evidence, FIELD_EVIDENCE)

CbCpdKind
cb_cpd_entry_get_kind (CbCpdEntry *self)
{
  g_return_val_if_fail (CB_IS_CPD_ENTRY (self), CB_CPD_KIND_FORMAL);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_KIND);
}

void
cb_cpd_entry_set_kind (CbCpdEntry *self,
                       CbCpdKind   kind)
{
  g_return_if_fail (CB_IS_CPD_ENTRY (self));

  cb_record_set_enum_at (CB_RECORD (self), FIELD_KIND, kind);
}

double
cb_cpd_entry_get_hours (CbCpdEntry *self)
{
  g_return_val_if_fail (CB_IS_CPD_ENTRY (self), 0.0);

  return cb_record_get_decimal_at (CB_RECORD (self), FIELD_HOURS);
}

void
cb_cpd_entry_set_hours (CbCpdEntry *self,
                        double      hours)
{
  g_return_if_fail (CB_IS_CPD_ENTRY (self));

  cb_record_set_decimal_at (CB_RECORD (self), FIELD_HOURS, hours);
}

/* Oldest first, as a log is read; undated entries last. */
static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  CbDocument *da = *(CbDocument * const *) a;
  CbDocument *db = *(CbDocument * const *) b;
  const char *date_a = cb_record_get_string_at (CB_RECORD (da), FIELD_DATE);
  const char *date_b = cb_record_get_string_at (CB_RECORD (db), FIELD_DATE);

  if ((*date_a == '\0') != (*date_b == '\0'))
    return *date_a == '\0' ? 1 : -1;
  if (strcmp (date_a, date_b) != 0)
    return strcmp (date_a, date_b);

  /* The newest-first order of creation, reversed. */
  return cb_document_compare_created_newest_first (db, da);
}

GPtrArray *
cb_cpd_list_entries (GListModel *documents)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (documents == NULL)
    return entries;

  g_return_val_if_fail (G_IS_LIST_MODEL (documents), entries);

  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (documents, i);

      if (CB_IS_CPD_ENTRY (item))
        g_ptr_array_add (entries, g_steal_pointer (&item));
    }

  g_ptr_array_sort (entries, compare_oldest_first);
  return entries;
}

static int
year_of (CbCpdEntry *entry)
{
  const char *date = cb_cpd_entry_get_date (entry);

  return cb_date_is_valid_iso (date) ? (int) g_ascii_strtoll (date, NULL, 10) : 0;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const CbCpdYear *ya = a;
  const CbCpdYear *yb = b;

  /* Newest first, the undated (0) last. */
  if ((ya->year == 0) != (yb->year == 0))
    return ya->year == 0 ? 1 : -1;
  return yb->year - ya->year;
}

GArray *
cb_cpd_totals (GListModel *documents,
               double     *overall)
{
  g_autoptr(GPtrArray) entries = cb_cpd_list_entries (documents);
  GArray *years = g_array_new (FALSE, TRUE, sizeof (CbCpdYear));
  gint64 all = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      CbCpdEntry *entry = g_ptr_array_index (entries, i);
      int year = year_of (entry);
      /* Sums in hundredths: 0.1 + 0.2 stays 0.3. */
      gint64 hundredths = llround (cb_cpd_entry_get_hours (entry) * 100.0);
      CbCpdYear *found = NULL;

      for (guint y = 0; y < years->len && found == NULL; y++)
        if (g_array_index (years, CbCpdYear, y).year == year)
          found = &g_array_index (years, CbCpdYear, y);

      if (found == NULL)
        {
          CbCpdYear fresh = { .year = year };

          g_array_append_val (years, fresh);
          found = &g_array_index (years, CbCpdYear, years->len - 1);
        }

      found->hours = (double) (llround (found->hours * 100.0) + hundredths) / 100.0;
      found->n_entries++;
      if (cb_cpd_entry_get_kind (entry) == CB_CPD_KIND_INFORMAL)
        found->n_informal++;
      else
        found->n_formal++;
      all += hundredths;
    }

  g_array_sort (years, compare_years);
  if (overall != NULL)
    *overall = (double) all / 100.0;

  return years;
}

/* Five columns, so that dates and hours keep their width on paper: the
 * provider goes under the activity. */
static const char * const *
log_columns (void)
{
  static const char *columns[6];

  columns[0] = _("Date");
  columns[1] = _("Activity and Provider");
  columns[2] = _("Formal or Informal");
  columns[3] = _("Hours");
  columns[4] = _("What Was Learned");
  columns[5] = NULL;

  return columns;
}

static char **
log_row (CbCpdEntry *entry)
{
  char **cells = g_new0 (char *, 6);
  char *date = cb_format_date (cb_cpd_entry_get_date (entry));
  const char *provider = cb_cpd_entry_get_provider (entry);

  cells[0] = date != NULL ? date : g_strdup ("");
  cells[1] = *provider != '\0' ? g_strdup_printf ("%s\n%s", cb_cpd_entry_get_activity (entry), provider)
                                : g_strdup (cb_cpd_entry_get_activity (entry));
  cells[2] = g_strdup (cb_enum_get_label (CB_TYPE_CPD_KIND, cb_cpd_entry_get_kind (entry)));
  cells[3] = cb_format_decimal (cb_cpd_entry_get_hours (entry));
  cells[4] = g_strdup (cb_cpd_entry_get_learned (entry));

  return cells;
}

CbForm *
cb_cpd_describe_log (GListModel          *documents,
                     const CbFormContext *context)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GArray) years = NULL;
  double overall = 0.0;
  CbForm *form;

  g_return_val_if_fail (documents == NULL || G_IS_LIST_MODEL (documents), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  form = cb_form_new (_("CPD (Continuous Professional Development) Log"));
  cb_form_set_blank (form, context->blank);
  if (context->practice_name != NULL && *context->practice_name != '\0')
    {
      cb_form_add_subtitle (form, context->practice_name);
      cb_form_set_footer (form, context->practice_name);
    }

  /* seeds/000 Track 10, the question the log answers. */
  cb_form_add_paragraph (form, _("Do you keep a CPD (Continuous Professional Development) log which captures both the formal and informal learning opportunities you experience each year?"));

  if (context->blank)
    {
      cb_form_add_field (form, _("Year"), NULL);
      cb_form_add_table (form, log_columns (), NULL, BLANK_LOG_ROWS);
      cb_form_add_field (form, _("Hours this year"), NULL);
      return form;
    }

  entries = cb_cpd_list_entries (documents);
  years = cb_cpd_totals (documents, &overall);

  if (entries->len == 0)
    {
      cb_form_add_paragraph (form, _("No CPD activities are recorded yet."));
      return form;
    }

  /* Oldest year first, as the entries run. */
  for (guint y = years->len; y > 0; y--)
    {
      const CbCpdYear *year = &g_array_index (years, CbCpdYear, y - 1);
      GPtrArray *rows = g_ptr_array_new ();
      g_autofree char *heading = NULL;
      g_autofree char *hours = cb_format_decimal (year->hours);
      g_autofree char *counts = NULL;

      for (guint i = 0; i < entries->len; i++)
        if (year_of (g_ptr_array_index (entries, i)) == year->year)
          g_ptr_array_add (rows, log_row (g_ptr_array_index (entries, i)));

      heading = year->year != 0 ? g_strdup_printf ("%d", year->year) : g_strdup (_("Not dated"));
      cb_form_add_heading (form, heading);
      cb_form_add_table (form, log_columns (), rows, 0);
      cb_form_add_field (form, year->year != 0 ? _("Hours this year") : _("Hours not dated"), hours);
      counts = g_strdup_printf (/* Translators: CPD activities of a year */
                                _("%u formal, %u informal"), year->n_formal, year->n_informal);
      cb_form_add_field (form, _("Activities"), counts);
    }

  {
    g_autofree char *hours = cb_format_decimal (overall);

    cb_form_add_heading (form, _("All Years"));
    cb_form_add_field (form, _("Hours in all"), hours);
  }

  return form;
}

const char *
cb_cpd_entry_get_evidence_name (CbCpdEntry *self)
{
  const char *evidence, *id;
  gsize id_length;

  g_return_val_if_fail (CB_IS_CPD_ENTRY (self), "");

  evidence = cb_cpd_entry_get_evidence (self);
  id = cb_document_get_id (CB_DOCUMENT (self));
  id_length = strlen (id);

  /* The copy is "<entry id>-<name>": the name is what the coach knows. */
  if (id_length > 0 && strncmp (evidence, id, id_length) == 0 && evidence[id_length] == '-')
    return evidence + id_length + 1;
  return evidence;
}
