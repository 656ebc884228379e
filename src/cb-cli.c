/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-agreement.h"
#include "cb-cli.h"
#include "cb-csv.h"
#include "cb-document-types.h"
#include "cb-ics.h"
#include "cb-meeting.h"
#include "cb-print.h"
#include "cb-store.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "list-practices", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the practices: id and name, one per line"), NULL },
  { "practice", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The practice to work on, by name or id"), N_("NAME") },
  { "list-clients", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the practice’s clients: id, name, organisation, status"), NULL },
  { "create-sample-practice", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Create a practice filled with fictional sample clients"), N_("NAME") },
  { "list-documents", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the practice’s documents: id, type, client id, date, title"), NULL },
  { "list-templates", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the forms that can be printed blank: name and title"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Write a document as a PDF form: --export-pdf DOCUMENT-ID FILE"), N_("DOCUMENT-ID") },
  { "export-blank-pdf", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Write a blank form to fill in by hand: --export-blank-pdf TEMPLATE FILE"), N_("TEMPLATE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper size of a PDF: a4 or letter (default: from your locale)"), N_("SIZE") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the practice’s booked meetings as a calendar file (iCalendar) for a calendar program"), N_("FILE") },
  { "export-hours-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the log of your coaching hours, one line per client, as a CSV file for a spreadsheet"), N_("FILE") },
  { "include-private", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print private notes too (they are left out otherwise)"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("FILE") },
  { NULL }
};

void
cb_cli_add_options (GApplication *application)
{
  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, entries);
  g_application_set_option_context_summary (application,
                                            _("Coachbook keeps a coach’s or mentor’s private client book."));
}

static void
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("coachbook: %s\n", message);
}

static void
print_problems (CbStore *store,
                guint    from)
{
  GListModel *problems = cb_store_get_problems (store);

  for (guint i = from; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(CbProblem) problem = g_list_model_get_item (problems, i);

      g_printerr ("coachbook: %s\n", cb_problem_get_message (problem));
    }
}

static gboolean
load_store (CbStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!cb_store_load_practices (store, &error))
    {
      fail ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

static char *
clean_field (const char *text)
{
  /* One line per client: tabs and line breaks inside a field become spaces. */
  return g_strdelimit (g_strdup (text), "\t\r\n", ' ');
}

static int
list_clients (CbStore    *store,
              const char *practice_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sorted = NULL;
  CbPractice *practice;
  GListModel *clients;
  guint n;

  practice = cb_store_find_practice (store, practice_name);
  if (practice == NULL)
    {
      fail (_("There is no practice called “%s”. Run “coachbook --list-practices” to see them."),
            practice_name);
      return 1;
    }

  if (!cb_store_open_practice (store, practice, &error))
    {
      fail ("%s", error->message);
      return 1;
    }

  clients = cb_practice_get_clients (practice);
  n = g_list_model_get_n_items (clients);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);
      g_autofree char *name = clean_field (cb_client_get_name (client));
      g_autofree char *organisation = clean_field (cb_client_get_organisation (client));

      g_print ("%s\t%s\t%s\t%s\n",
               cb_document_get_id (CB_DOCUMENT (client)),
               name,
               organisation,
               cb_enum_to_nick (CB_TYPE_CLIENT_STATUS, cb_client_get_status (client)));
    }

  return 0;
}

static CbPractice *
open_practice (CbStore    *store,
               const char *practice_name)
{
  g_autoptr(GError) error = NULL;
  CbPractice *practice = cb_store_find_practice (store, practice_name);

  if (practice == NULL)
    {
      fail (_("There is no practice called “%s”. Run “coachbook --list-practices” to see them."),
            practice_name);
      return NULL;
    }

  if (!cb_store_open_practice (store, practice, &error))
    {
      fail ("%s", error->message);
      return NULL;
    }

  return practice;
}

static char *
document_date (CbDocument *document)
{
  const char *field = CB_DOCUMENT_GET_CLASS (document)->date_field;

  if (field != NULL && *cb_record_get_string (CB_RECORD (document), field) != '\0')
    return g_strdup (cb_record_get_string (CB_RECORD (document), field));

  return g_date_time_format (cb_document_get_created (document), "%Y-%m-%d");
}

static void
print_document_line (CbDocument *document,
                     CbClient   *client)
{
  g_autofree char *title = cb_document_dup_title (document);
  g_autofree char *date = document_date (document);
  g_autofree char *clean = clean_field (title);

  g_print ("%s\t%s\t%s\t%s\t%s\n",
           cb_document_get_id (document),
           cb_document_get_type_name (document),
           client != NULL ? cb_document_get_id (CB_DOCUMENT (client)) : "",
           date, clean);
}

static int
list_documents (CbStore    *store,
                const char *practice_name)
{
  CbPractice *practice = open_practice (store, practice_name);
  GListModel *clients;
  GListModel *own;

  if (practice == NULL)
    return 1;

  /* The practice's wording of agreements, then the coach's own documents. */
  own = cb_practice_get_templates (practice);
  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (own, i);
      print_document_line (document, NULL);
    }
  own = cb_practice_get_documents (practice);
  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (own, i);
      print_document_line (document, NULL);
    }

  clients = cb_practice_get_clients (practice);
  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);
      GListModel *documents = cb_client_get_documents (client);

      print_document_line (CB_DOCUMENT (client), client);
      for (guint j = 0; j < g_list_model_get_n_items (documents); j++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, j);
          print_document_line (document, client);
        }
    }

  return 0;
}

/* The forms that print blank: every kind of agreement, the client and
 * coach profiles, and every type a client or the coach owns. */
static GEnumClass *
agreement_kinds (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (CB_TYPE_AGREEMENT);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "kind");

  return g_type_class_peek (G_PARAM_SPEC_VALUE_TYPE (pspec));
}

/* "coachbook.meeting" → "meeting" */
static const char *
short_type_name (CbDocumentClass *klass)
{
  const char *dot = strrchr (klass->type_name, '.');

  return dot != NULL ? dot + 1 : klass->type_name;
}

/* Whether @type prints blank under its short name: a type a client or
 * the coach owns, other than agreements (listed by kind). */
static gboolean
is_blank_type (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return type != CB_TYPE_AGREEMENT &&
         (CB_DOCUMENT_CLASS (klass)->owners & (CB_DOCUMENT_OWNER_CLIENT | CB_DOCUMENT_OWNER_COACH)) != 0;
}

static GType
blank_type_for_name (const char *name)
{
  const GType *types;
  guint n_types;

  types = cb_document_get_all_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      if (is_blank_type (types[i]) && g_strcmp0 (short_type_name (CB_DOCUMENT_CLASS (klass)), name) == 0)
        return types[i];
    }

  return G_TYPE_INVALID;
}

static int
list_templates (void)
{
  GEnumClass *kinds = agreement_kinds ();

  for (guint i = 0; i < kinds->n_values; i++)
    g_print ("%s\t%s\n", cb_agreement_kind_get_template_name (kinds->values[i].value),
             cb_enum_get_label (G_TYPE_FROM_CLASS (kinds), kinds->values[i].value));
  g_print ("client-profile\t%s\n", _("Client Profile"));
  g_print ("coach-profile\t%s\n", _("Coach / Mentor Profile"));

  /* Every other type a client or the coach owns prints blank under its
   * short name. */
  {
    const GType *types;
    guint n_types;

    types = cb_document_get_all_types (&n_types);
    for (guint i = 0; i < n_types; i++)
      {
        g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
        CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);

        if (!is_blank_type (types[i]))
          continue;
        g_print ("%s\t%s\n", short_type_name (document_class), _(document_class->form_title));
      }
  }

  return 0;
}

static gboolean
parse_paper (const char *paper,
             CbPaper    *out)
{
  if (paper == NULL)
    *out = cb_paper_for_locale ();
  else if (g_ascii_strcasecmp (paper, "a4") == 0)
    *out = CB_PAPER_A4;
  else if (g_ascii_strcasecmp (paper, "letter") == 0)
    *out = CB_PAPER_LETTER;
  else
    {
      fail (_("Unknown paper size “%s”: use a4 or letter."), paper);
      return FALSE;
    }

  return TRUE;
}

static int
write_pdf (CbForm     *form,
           CbPaper     paper,
           const char *file)
{
  g_autoptr(GError) error = NULL;

  if (!cb_print_export_pdf (form, paper, file, &error))
    {
      fail ("%s", error->message);
      return 1;
    }

  return 0;
}

static CbForm *
form_for_document (CbStore    *store,
                   CbPractice *practice,
                   CbDocument *document,
                   CbClient   *client,
                   gboolean    blank,
                   gboolean    include_private)
{
  CbFormContext context = { 0, };

  if (CB_IS_PRACTICE (document))
    {
      g_autofree char *photo = cb_store_dup_photo_path (store, practice);

      return cb_coach_profile_describe_form (cb_practice_get_coach_profile (practice),
                                             cb_practice_get_name (practice),
                                             photo, blank);
    }

  context.practice_name = cb_practice_get_name (practice);
  context.client_name = client != NULL && !blank ? cb_client_get_name (client) : NULL;
  context.blank = blank;
  context.include_private = include_private;

  return cb_document_describe_form (document, &context);
}

static int
export_pdf (CbStore    *store,
            const char *practice_name,
            const char *id,
            const char *file,
            CbPaper     paper,
            gboolean    include_private)
{
  g_autoptr(CbForm) form = NULL;
  CbPractice *practice = open_practice (store, practice_name);
  CbDocument *document = NULL;
  CbClient *client = NULL;

  if (practice == NULL)
    return 1;

  if (g_strcmp0 (id, cb_document_get_id (CB_DOCUMENT (practice))) == 0)
    document = CB_DOCUMENT (practice);
  else if ((client = cb_practice_find_client (practice, id)) != NULL)
    document = CB_DOCUMENT (client);
  else
    document = cb_practice_lookup_document (practice, id, &client);

  if (document == NULL)
    {
      fail (_("There is no document “%s” in “%s”. Run “coachbook --practice NAME --list-documents” to see them."),
            id, cb_practice_get_name (practice));
      return 1;
    }

  form = form_for_document (store, practice, document, client, FALSE, include_private);
  return write_pdf (form, paper, file);
}

static int
export_blank_pdf (CbStore    *store,
                  const char *practice_name,
                  const char *template_name,
                  const char *file,
                  CbPaper     paper)
{
  g_autoptr(CbForm) form = NULL;
  g_autoptr(CbDocument) blank = NULL;
  CbPractice *practice = open_practice (store, practice_name);
  CbAgreementKind kind;
  GType type;

  if (practice == NULL)
    return 1;

  if (g_strcmp0 (template_name, "coach-profile") == 0)
    {
      form = form_for_document (store, practice, CB_DOCUMENT (practice), NULL, TRUE, FALSE);
      return write_pdf (form, paper, file);
    }

  if (g_strcmp0 (template_name, "client-profile") == 0)
    blank = CB_DOCUMENT (cb_client_new ());
  else if ((type = blank_type_for_name (template_name)) != G_TYPE_INVALID)
    blank = g_object_new (type, NULL);
  else if (cb_agreement_kind_from_template_name (template_name, &kind))
    blank = CB_DOCUMENT (cb_agreement_new_from_template (kind, cb_agreement_find_template (practice, kind)));
  else
    {
      fail (_("There is no form called “%s”. Run “coachbook --list-templates” to see them."), template_name);
      return 1;
    }

  form = form_for_document (store, practice, blank, NULL, TRUE, FALSE);
  return write_pdf (form, paper, file);
}

static int
export_ics (CbStore    *store,
            const char *practice_name,
            const char *file)
{
  g_autoptr(GError) error = NULL;
  CbPractice *practice = open_practice (store, practice_name);

  if (practice == NULL)
    return 1;

  if (!cb_ics_export (practice, file, &error))
    {
      fail ("%s", error->message);
      return 1;
    }

  return 0;
}

static int
export_hours_csv (CbStore    *store,
                  const char *practice_name,
                  const char *file)
{
  g_autoptr(GError) error = NULL;
  CbPractice *practice = open_practice (store, practice_name);

  if (practice == NULL)
    return 1;

  if (!cb_csv_export_hours (practice, file, &error))
    {
      fail ("%s", error->message);
      return 1;
    }

  return 0;
}

int
cb_cli_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  g_autoptr(CbStore) store = NULL;
  const char *practice_name = NULL;
  const char *sample_name = NULL;
  gboolean list_practices = FALSE;
  gboolean list = FALSE;
  gboolean list_docs, list_tmpl, include_private;
  const char *export_id = NULL;
  const char *blank_name = NULL;
  const char *ics_file = NULL;
  const char *hours_file = NULL;
  const char *paper_name = NULL;
  g_autofree const char **remaining = NULL;
  guint n_commands, n_remaining;
  guint problems_before;
  CbPaper paper = CB_PAPER_A4;
  int status = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("coachbook %s\n", PACKAGE_VERSION);
      return 0;
    }

  list_practices = g_variant_dict_contains (options, "list-practices");
  list = g_variant_dict_contains (options, "list-clients");
  g_variant_dict_lookup (options, "practice", "&s", &practice_name);
  g_variant_dict_lookup (options, "create-sample-practice", "&s", &sample_name);

  list_docs = g_variant_dict_contains (options, "list-documents");
  list_tmpl = g_variant_dict_contains (options, "list-templates");
  include_private = g_variant_dict_contains (options, "include-private");
  g_variant_dict_lookup (options, "export-pdf", "&s", &export_id);
  g_variant_dict_lookup (options, "export-blank-pdf", "&s", &blank_name);
  g_variant_dict_lookup (options, "export-ics", "^&ay", &ics_file);
  g_variant_dict_lookup (options, "export-hours-csv", "^&ay", &hours_file);
  g_variant_dict_lookup (options, "paper", "&s", &paper_name);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  n_remaining = remaining != NULL ? g_strv_length ((char **) remaining) : 0;

  n_commands = (guint) list_practices + (guint) list + (guint) (sample_name != NULL) +
               (guint) list_docs + (guint) list_tmpl + (guint) (export_id != NULL) +
               (guint) (blank_name != NULL) + (guint) (ics_file != NULL) + (guint) (hours_file != NULL);

  if (n_commands == 0 && practice_name == NULL)
    return -1;

  if (n_commands > 1)
    {
      fail (_("Give one command at a time: --list-practices, --list-clients, --list-documents, "
              "--list-templates, --export-pdf, --export-blank-pdf, --export-ics, --export-hours-csv or --create-sample-practice."));
      return 2;
    }

  if ((list || list_docs || export_id != NULL || blank_name != NULL || ics_file != NULL || hours_file != NULL) &&
      practice_name == NULL)
    {
      fail (_("That command needs a practice: coachbook --practice NAME …"));
      return 2;
    }

  if (practice_name != NULL && n_commands == 0)
    {
      fail (_("--practice needs a command, such as --list-clients."));
      return 2;
    }

  if ((export_id != NULL || blank_name != NULL) && n_remaining != 1)
    {
      fail (_("Name the PDF file to write: coachbook --practice NAME %s %s FILE"),
            export_id != NULL ? "--export-pdf" : "--export-blank-pdf",
            export_id != NULL ? export_id : blank_name);
      return 2;
    }

  if ((export_id == NULL && blank_name == NULL) && n_remaining > 0)
    {
      fail (_("Unexpected argument “%s”."), remaining[0]);
      return 2;
    }

  if (!parse_paper (paper_name, &paper))
    return 2;

  if (list_tmpl)
    return list_templates ();

  store = cb_store_new (NULL);
  problems_before = g_list_model_get_n_items (cb_store_get_problems (store));

  if (!load_store (store))
    return 1;

  if (list_practices)
    {
      GListModel *practices = cb_store_get_practices (store);

      for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
        {
          g_autoptr(CbPractice) practice = g_list_model_get_item (practices, i);
          g_autofree char *name = clean_field (cb_practice_get_name (practice));

          g_print ("%s\t%s\n", cb_document_get_id (CB_DOCUMENT (practice)), name);
        }
    }
  else if (list)
    {
      status = list_clients (store, practice_name);
    }
  else if (list_docs)
    {
      status = list_documents (store, practice_name);
    }
  else if (export_id != NULL)
    {
      status = export_pdf (store, practice_name, export_id, remaining[0], paper, include_private);
    }
  else if (blank_name != NULL)
    {
      status = export_blank_pdf (store, practice_name, blank_name, remaining[0], paper);
    }
  else if (ics_file != NULL)
    {
      status = export_ics (store, practice_name, ics_file);
    }
  else if (hours_file != NULL)
    {
      status = export_hours_csv (store, practice_name, hours_file);
    }
  else if (sample_name != NULL)
    {
      g_autoptr(GError) error = NULL;
      CbPractice *practice = cb_store_create_sample_practice (store, sample_name, &error);

      if (practice == NULL)
        {
          fail ("%s", error->message);
          return 1;
        }

      if (!cb_store_flush (store))
        status = 1;
      else
        g_print ("%s\n", cb_document_get_id (CB_DOCUMENT (practice)));
    }

  if (!cb_store_flush (store))
    status = 1;

  print_problems (store, problems_before);

  return status;
}
