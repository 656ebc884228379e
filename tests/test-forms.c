/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every printed form of the sample practice (agreements, meeting records,
 * plans, reviews, referrals, evaluations, profiles), filled and blank, goes through
 * the real PDF export; pdftotext must find every heading, label, value,
 * clause and signature line the form describes. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-agreement.h"
#include "cb-document-types.h"
#include "cb-print.h"
#include "cb-store.h"
#include "cb-test-util.h"

static char *root;
static CbStore *store;
static CbPractice *practice;

/* Text without any white space: pdftotext breaks and justifies lines. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* pdftotext joins a word broken at a hyphen at the end of a line
       * ("e-" "learning" → "elearning"), so hyphens do not count. */
      if (!g_unichar_isspace (c) && c != '-' && c != 0x00AD && c != 0x2010)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The body text of every page, without the footers between pages (a
 * clause that runs over a page break must read as one). */
static char *
squeeze_body (const char *raw,
              const char *footer)
{
  g_auto(GStrv) lines = g_strsplit (raw, "\n", -1);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GRegex) page = g_regex_new ("^\\s*Page \\d+ of \\d+\\s*$", 0, 0, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (lines[i]));

      if ((footer != NULL && g_strcmp0 (stripped, footer) == 0) || g_regex_match (page, lines[i], 0, NULL))
        continue;
      g_string_append (body, lines[i]);
    }

  return squeeze (body->str);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
assert_in (const char *haystack,
           const char *text,
           const char *what)
{
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return;

  needle = squeeze (text);
  if (strstr (haystack, needle) != NULL)
    return;

  /* A label in the narrow left column wraps beside its values, so its
   * lines come out interleaved with them: then every word must be there. */
  {
    g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);

    for (guint i = 0; words[i] != NULL; i++)
      {
        g_autofree char *word = squeeze (words[i]);

        if (*word != '\0' && strstr (haystack, word) == NULL)
          g_error ("%s: “%s” (of “%s”) is missing from the PDF", what, words[i], text);
      }
  }
}

/* Exports @form and checks that every string it holds is in the PDF. */
static void
check_form (CbForm     *form,
            const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.pdf", root, name);
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  guint signatures = 0;

  g_assert_true (cb_print_export_pdf (form, CB_PAPER_A4, path, &error));
  g_assert_no_error (error);
  raw = pdf_text (path);
  text = squeeze_body (raw, cb_form_get_footer (form));
  all = squeeze (raw);

  assert_in (text, cb_form_get_title (form), name);
  for (const char * const *s = cb_form_get_subtitles (form); *s != NULL; s++)
    assert_in (all, *s, name);

  for (guint i = 0; i < cb_form_get_n_blocks (form); i++)
    {
      const CbFormBlock *block = cb_form_get_block (form, i);

      assert_in (text, block->label, name);
      if (block->kind != CB_FORM_IMAGE)
        assert_in (text, block->text, name);
      for (guint j = 0; block->items != NULL && block->items[j] != NULL; j++)
        assert_in (text, block->items[j], name);
      for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
        for (char **cell = block->rows->pdata[r]; *cell != NULL; cell++)
          assert_in (text, *cell, name);
      if (block->kind == CB_FORM_SIGNATURES)
        signatures++;
    }

  if (signatures > 0)
    {
      assert_in (text, "Signature", name);
      assert_in (text, "Date", name);
    }

  assert_in (all, "Page1of", name);
  g_test_message ("%s: %zu characters checked", name, strlen (text));
}

/* Private notes are never in a PDF unless asked for; when asked, they are.
 * Returns the number of private fields with text that were checked. */
static guint
check_private_notes (CbDocument *document,
                     CbClient   *client,
                     const char *name)
{
  const CbFieldSpec *fields;
  guint n_fields, checked = 0;

  fields = cb_record_get_fields (CB_RECORD (document), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      CbFormContext context = { cb_practice_get_name (practice), cb_client_get_name (client), FALSE, FALSE };
      g_autofree char *plain = g_strdup_printf ("%s/%s-plain.pdf", root, name);
      g_autofree char *with = g_strdup_printf ("%s/%s-private.pdf", root, name);
      g_autoptr(CbForm) form = NULL;
      g_autoptr(CbForm) private_form = NULL;
      g_autofree char *secret = NULL;
      g_autofree char *text = NULL;
      g_autofree char *private_text = NULL;
      g_autofree char *raw = NULL;
      g_autofree char *private_raw = NULL;
      g_autoptr(GError) error = NULL;
      const char *value;

      if ((fields[i].flags & CB_FIELD_FLAG_PRIVATE) == 0 || fields[i].kind != CB_FIELD_TEXT)
        continue;
      value = cb_record_get_string (CB_RECORD (document), fields[i].name);
      if (*value == '\0')
        continue;

      secret = squeeze (value);
      form = cb_document_describe_form (document, &context);
      context.include_private = TRUE;
      private_form = cb_document_describe_form (document, &context);

      g_assert_true (cb_print_export_pdf (form, CB_PAPER_A4, plain, &error));
      g_assert_true (cb_print_export_pdf (private_form, CB_PAPER_A4, with, &error));
      g_assert_no_error (error);
      raw = pdf_text (plain);
      private_raw = pdf_text (with);
      text = squeeze_body (raw, cb_form_get_footer (form));
      private_text = squeeze_body (private_raw, cb_form_get_footer (form));

      if (strstr (text, secret) != NULL)
        g_error ("%s: the private “%s” was printed without being asked for", name, fields[i].name);
      if (strstr (private_text, secret) == NULL)
        g_error ("%s: the private “%s” is missing when asked for", name, fields[i].name);
      checked++;
    }

  return checked;
}

static void
test_filled_documents (void)
{
  GListModel *clients = cb_practice_get_clients (practice);
  g_autoptr(GHashTable) types_seen = g_hash_table_new (NULL, NULL);
  guint privates_checked = 0;
  guint kinds_seen = 0;
  const GType *types;
  guint n_types;

  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);
      GListModel *documents = cb_client_get_documents (client);

      for (guint j = 0; j < g_list_model_get_n_items (documents); j++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, j);
          CbFormContext context = { cb_practice_get_name (practice), cb_client_get_name (client), FALSE, FALSE };
          g_autoptr(CbForm) form = cb_document_describe_form (document, &context);
          g_autofree char *name = g_strdup_printf ("%s-%s", cb_document_get_type_name (document),
                                                   cb_document_get_id (document));
          g_autofree char *text = cb_form_to_text (form);

          check_form (form, name);
          privates_checked += check_private_notes (document, client, name);
          g_hash_table_add (types_seen, GSIZE_TO_POINTER (G_OBJECT_TYPE (document)));
          if (CB_IS_AGREEMENT (document))
            kinds_seen |= 1u << cb_agreement_get_kind (CB_AGREEMENT (document));

          /* The client's name heads every form of theirs. */
          g_assert_nonnull (strstr (text, cb_client_get_name (client)));
        }
    }

  /* The sample shows every kind of document, and one agreement of each kind. */
  types = cb_document_get_client_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    if (!g_hash_table_contains (types_seen, GSIZE_TO_POINTER (types[t])))
      g_error ("the sample practice has no %s", g_type_name (types[t]));
  g_assert_cmpuint (kinds_seen, ==, 0xf);

  /* The sample has private notes (meetings, reviews…) to prove it with. */
  g_assert_cmpuint (privates_checked, >=, 2);
}

static void
test_blank_templates (void)
{
  GEnumClass *kinds = g_type_class_ref (CB_TYPE_AGREEMENT_KIND);

  for (guint i = 0; i < kinds->n_values; i++)
    {
      g_autoptr(CbAgreement) blank = cb_agreement_new_from_template (kinds->values[i].value, NULL);
      CbFormContext context = { cb_practice_get_name (practice), NULL, TRUE, FALSE };
      g_autoptr(CbForm) form = cb_document_describe_form (CB_DOCUMENT (blank), &context);

      check_form (form, cb_agreement_kind_get_template_name (kinds->values[i].value));
    }

  {
    g_autoptr(CbClient) blank = cb_client_new ();
    CbFormContext context = { cb_practice_get_name (practice), NULL, TRUE, FALSE };
    g_autoptr(CbForm) form = cb_document_describe_form (CB_DOCUMENT (blank), &context);

    check_form (form, "client-profile");
  }

  /* Every other kind of document prints blank too. */
  {
    const GType *types;
    guint n_types;

    types = cb_document_get_client_types (&n_types);
    for (guint t = 0; t < n_types; t++)
      {
        g_autoptr(CbDocument) blank = NULL;
        g_autoptr(CbForm) form = NULL;
        CbFormContext context = { cb_practice_get_name (practice), NULL, TRUE, FALSE };
        g_autofree char *name = NULL;

        if (types[t] == CB_TYPE_AGREEMENT)
          continue;

        blank = g_object_new (types[t], NULL);
        form = cb_document_describe_form (blank, &context);
        name = g_strdup_printf ("blank-%s", g_type_name (types[t]));
        g_assert_true (cb_form_get_blank (form));
        check_form (form, name);
      }
  }

  g_type_class_unref (kinds);
}

static void
test_profiles (void)
{
  GListModel *clients = cb_practice_get_clients (practice);
  g_autoptr(CbClient) client = g_list_model_get_item (clients, 0);
  CbFormContext context = { cb_practice_get_name (practice), cb_client_get_name (client), FALSE, FALSE };
  g_autoptr(CbForm) client_form = cb_document_describe_form (CB_DOCUMENT (client), &context);
  g_autoptr(CbForm) coach_form = cb_coach_profile_describe_form (cb_practice_get_coach_profile (practice),
                                                                  cb_practice_get_name (practice), NULL, FALSE);

  check_form (client_form, "client");
  check_form (coach_form, "coach-profile");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = NULL;
  int result;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  program = g_find_program_in_path ("pdftotext");
  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return g_test_run ();
    }

  root = cb_test_make_root ();
  store = cb_store_new (root);
  practice = cb_store_create_sample_practice (store, "Ellery Coaching", &error);
  g_assert_no_error (error);
  g_assert_true (cb_store_flush (store));

  g_test_add_func ("/forms/filled-documents", test_filled_documents);
  g_test_add_func ("/forms/blank-templates", test_blank_templates);
  g_test_add_func ("/forms/profiles", test_profiles);

  result = g_test_run ();

  g_clear_object (&store);
  cb_test_rm_rf (root);
  g_free (root);

  return result;
}
