/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints the JSON Schema generated from a document type's field table
 * (`cb-schema-tool schema coachbook.client`), lists the types
 * (`cb-schema-tool types`), or writes the sample practice into a data
 * folder (`cb-schema-tool sample ROOT`) for validation. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-store.h"


int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 2 && strcmp (argv[1], "types") == 0)
    {
      const GType *types;
      guint n_types;

      types = cb_document_get_all_types (&n_types);
      for (guint i = 0; i < n_types; i++)
        {
          g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
          g_print ("%s\n", CB_DOCUMENT_CLASS (klass)->type_name);
        }
      return 0;
    }

  if (argc == 3 && strcmp (argv[1], "schema") == 0)
    {
      GType type = cb_document_type_from_name (argv[2]);
      g_autofree char *text = NULL;

      if (type == G_TYPE_INVALID)
        {
          g_printerr ("unknown type %s\n", argv[2]);
          return 1;
        }
      text = cb_json_schema_to_string (type);
      g_print ("%s", text);
      return 0;
    }

  if (argc == 3 && strcmp (argv[1], "sample") == 0)
    {
      g_autoptr(CbStore) store = cb_store_new (argv[2]);
      g_autoptr(GError) error = NULL;
      CbPractice *practice;

      cb_store_load_practices (store, NULL);
      practice = cb_store_create_sample_practice (store, "Schema check", &error);
      if (practice == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return cb_store_flush (store) ? 0 : 1;
    }

  g_printerr ("usage: cb-schema-tool types | schema TYPE | sample ROOT\n");
  return 2;
}
