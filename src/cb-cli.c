/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cb-cli.h"
#include "cb-store.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "list-practices", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the practices: id and name, one per line"), NULL },
  { "practice", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The practice to work on, by name or id"), N_("NAME") },
  { "list-clients", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the practice’s clients: id, name, organisation, status"), NULL },
  { "create-sample-practice", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Create a practice filled with fictional sample clients"), N_("NAME") },
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

int
cb_cli_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  g_autoptr(CbStore) store = NULL;
  const char *practice_name = NULL;
  const char *sample_name = NULL;
  gboolean list_practices = FALSE;
  gboolean list = FALSE;
  guint problems_before;
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

  if (!list_practices && !list && practice_name == NULL && sample_name == NULL)
    return -1;

  if ((int) list_practices + (int) list + (int) (sample_name != NULL) > 1)
    {
      fail (_("Give one command at a time: --list-practices, --list-clients or --create-sample-practice."));
      return 2;
    }

  if (list && practice_name == NULL)
    {
      fail (_("--list-clients needs a practice: coachbook --practice NAME --list-clients"));
      return 2;
    }

  if (practice_name != NULL && !list)
    {
      fail (_("--practice needs a command, such as --list-clients."));
      return 2;
    }

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
