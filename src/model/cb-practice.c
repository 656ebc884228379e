/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-practice"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-practice.h"

struct _CbPractice
{
  CbDocument  parent_instance;

  GListStore *clients;
  GListStore *documents;       /* the coach's own (me/) */
  GListStore *templates;       /* the practice's wording of agreements (templates/) */
  GHashTable *clients_by_id;   /* id → CbClient (borrowed from the list) */
  guint       loaded : 1;
};

G_DEFINE_FINAL_TYPE (CbPractice, cb_practice, CB_TYPE_DOCUMENT)

enum {
  PROP_0,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FIELD_NAME,
  FIELD_COACH_PROFILE,
  FIELD_HOURS_START_DATE,
  FIELD_LOG_UNNAMED,
};

static const CbFieldGroup groups[] = {
  { "practice", N_("Practice"), NULL },
  { "hours", N_("Coaching Hours"), N_("How your hours are counted and exported") },
};

static const CbFieldSpec fields[] = {
  [FIELD_NAME] = { "name", CB_FIELD_LINE, N_("Practice Name"), NULL, "practice", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_COACH_PROFILE] = { "coach_profile", CB_FIELD_RECORD, N_("Coach Profile"), NULL, "practice", cb_coach_profile_get_type, 0, CB_FIELD_FLAG_NONE },
  [FIELD_HOURS_START_DATE] = { "hours_start_date", CB_FIELD_DATE, N_("Hours Count From"),
    N_("The start of your coach-specific training: meetings before it are not counted"), "hours", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_LOG_UNNAMED] = { "log_unnamed", CB_FIELD_CHOICE, N_("Clients Not Named"),
    N_("How clients who did not agree to be named appear in the exported log"), "hours", cb_log_unnamed_get_type, 0, CB_FIELD_FLAG_NONE },
};

static char *
cb_practice_dup_title (CbDocument *document)
{
  const char *name = cb_practice_get_name (CB_PRACTICE (document));

  return g_strdup (*name ? name : _("Unnamed practice"));
}

/* The documents of @list are no longer the practice's. */
static void
release_documents (GListStore *list)
{
  guint n = list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (G_LIST_MODEL (list), i);
      cb_document_set_parent (document, NULL);
    }
}

static CbDocument *
find_in (GListStore *list,
         const char *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      CbDocument *document = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_object_unref (document);
      if (g_strcmp0 (cb_document_get_id (document), id) == 0)
        return document;
    }

  return NULL;
}

static GListModel *
cb_practice_get_children (CbDocument *document)
{
  return G_LIST_MODEL (CB_PRACTICE (document)->documents);
}

static gboolean
cb_practice_add_child (CbDocument *document,
                       CbDocument *child)
{
  CbPractice *self = CB_PRACTICE (document);

  if (find_in (self->documents, cb_document_get_id (child)) != NULL)
    return FALSE;

  cb_document_set_parent (child, document);
  g_list_store_append (self->documents, child);
  return TRUE;
}

static gboolean
cb_practice_remove_child (CbDocument *document,
                          CbDocument *child)
{
  CbPractice *self = CB_PRACTICE (document);
  guint position;

  if (!g_list_store_find (self->documents, child, &position))
    return FALSE;

  cb_document_set_parent (child, NULL);
  g_list_store_remove (self->documents, position);
  return TRUE;
}

static void
cb_practice_dispose (GObject *object)
{
  CbPractice *self = CB_PRACTICE (object);

  if (self->clients != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->clients));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CbDocument) client = g_list_model_get_item (G_LIST_MODEL (self->clients), i);
          cb_document_set_parent (client, NULL);
        }
    }

  release_documents (self->documents);
  release_documents (self->templates);

  g_clear_pointer (&self->clients_by_id, g_hash_table_unref);
  g_clear_object (&self->clients);
  g_clear_object (&self->documents);
  g_clear_object (&self->templates);

  G_OBJECT_CLASS (cb_practice_parent_class)->dispose (object);
}

static void
cb_practice_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  if (pspec->owner_type != CB_TYPE_PRACTICE || prop_id != PROP_LOADED)
    {
      G_OBJECT_CLASS (cb_practice_parent_class)->get_property (object, prop_id, value, pspec);
      return;
    }

  g_value_set_boolean (value, CB_PRACTICE (object)->loaded);
}

static void
cb_practice_class_init (CbPracticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);

  object_class->dispose = cb_practice_dispose;
  object_class->get_property = cb_practice_get_property;

  document_class->type_name = "coachbook.practice";
  document_class->current_version = 1;
  document_class->file_name = "practice.json";
  document_class->dup_title = cb_practice_dup_title;
  document_class->owner_kind = CB_DOCUMENT_OWNER_COACH;
  document_class->get_children = cb_practice_get_children;
  document_class->add_child = cb_practice_add_child;
  document_class->remove_child = cb_practice_remove_child;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_property (object_class, PROP_LOADED, properties[PROP_LOADED]);
}

static void
cb_practice_init (CbPractice *self)
{
  self->clients = g_list_store_new (CB_TYPE_CLIENT);
  self->documents = g_list_store_new (CB_TYPE_DOCUMENT);
  self->templates = g_list_store_new (CB_TYPE_DOCUMENT);
  self->clients_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

CbPractice *
cb_practice_new (const char *name)
{
  CbPractice *self = g_object_new (CB_TYPE_PRACTICE, NULL);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_practice_set_name (self, name);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_practice_get_name (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_NAME);
}

void
cb_practice_set_name (CbPractice *self,
                      const char *name)
{
  g_return_if_fail (CB_IS_PRACTICE (self));

  cb_record_set_string (CB_RECORD (self), "name", name);
}

CbCoachProfile *
cb_practice_get_coach_profile (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return CB_COACH_PROFILE (cb_record_get_record_at (CB_RECORD (self), FIELD_COACH_PROFILE));
}

GListModel *
cb_practice_get_clients (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return G_LIST_MODEL (self->clients);
}

void
cb_practice_add_client (CbPractice *self,
                        CbClient   *client)
{
  g_return_if_fail (CB_IS_PRACTICE (self));
  g_return_if_fail (CB_IS_CLIENT (client));

  cb_practice_add_clients (self, &client, 1);
}

void
cb_practice_add_clients (CbPractice *self,
                         CbClient  **clients,
                         guint       n_clients)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_sized_new (n_clients);

  g_return_if_fail (CB_IS_PRACTICE (self));

  for (guint i = 0; i < n_clients; i++)
    {
      const char *id = cb_document_get_id (CB_DOCUMENT (clients[i]));

      if (g_hash_table_contains (self->clients_by_id, id))
        continue;

      g_hash_table_insert (self->clients_by_id, (gpointer) id, clients[i]);
      cb_document_set_parent (CB_DOCUMENT (clients[i]), CB_DOCUMENT (self));
      g_ptr_array_add (fresh, clients[i]);
    }

  g_list_store_splice (self->clients,
                       g_list_model_get_n_items (G_LIST_MODEL (self->clients)),
                       0, fresh->pdata, fresh->len);

  for (guint i = 0; i < fresh->len; i++)
    g_signal_emit_by_name (self, "child-added", fresh->pdata[i]);
}

gboolean
cb_practice_remove_client (CbPractice *self,
                           CbClient   *client)
{
  guint position;

  g_return_val_if_fail (CB_IS_PRACTICE (self), FALSE);
  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  if (!g_list_store_find (self->clients, client, &position))
    return FALSE;

  g_object_ref (client);
  g_hash_table_remove (self->clients_by_id, cb_document_get_id (CB_DOCUMENT (client)));
  cb_document_set_parent (CB_DOCUMENT (client), NULL);
  g_list_store_remove (self->clients, position);
  g_signal_emit_by_name (self, "child-removed", client);
  g_object_unref (client);

  return TRUE;
}

CbClient *
cb_practice_find_client (CbPractice *self,
                         const char *id)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return g_hash_table_lookup (self->clients_by_id, id);
}

gboolean
cb_practice_get_loaded (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), FALSE);

  return self->loaded;
}

void
cb_practice_set_loaded (CbPractice *self,
                        gboolean    loaded)
{
  g_return_if_fail (CB_IS_PRACTICE (self));

  loaded = !!loaded;
  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

GListModel *
cb_practice_get_documents (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return G_LIST_MODEL (self->documents);
}

void
cb_practice_add_document (CbPractice *self,
                          CbDocument *document)
{
  g_return_if_fail (CB_IS_PRACTICE (self));
  g_return_if_fail (CB_IS_DOCUMENT (document));

  cb_document_add_child (CB_DOCUMENT (self), document);
}

gboolean
cb_practice_remove_document (CbPractice *self,
                             CbDocument *document)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), FALSE);
  g_return_val_if_fail (CB_IS_DOCUMENT (document), FALSE);

  return cb_document_remove_child (CB_DOCUMENT (self), document);
}

CbDocument *
cb_practice_find_document (CbPractice *self,
                           const char *id)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return id != NULL ? find_in (self->documents, id) : NULL;
}

GListModel *
cb_practice_get_templates (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return G_LIST_MODEL (self->templates);
}

void
cb_practice_add_template (CbPractice *self,
                          CbDocument *document)
{
  g_return_if_fail (CB_IS_PRACTICE (self));
  g_return_if_fail (CB_IS_DOCUMENT (document));

  if (find_in (self->templates, cb_document_get_id (document)) != NULL)
    return;

  cb_document_set_parent (document, CB_DOCUMENT (self));
  g_list_store_append (self->templates, document);
  g_signal_emit_by_name (self, "child-added", document);
}

gboolean
cb_practice_has_template (CbPractice *self,
                          CbDocument *document)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), FALSE);
  g_return_val_if_fail (CB_IS_DOCUMENT (document), FALSE);

  return g_list_store_find (self->templates, document, NULL);
}

CbDocument *
cb_practice_find_template (CbPractice *self,
                           const char *id)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  return id != NULL ? find_in (self->templates, id) : NULL;
}

CbDocument *
cb_practice_lookup_document (CbPractice  *self,
                             const char  *id,
                             CbClient   **client)
{
  GListModel *clients;
  CbDocument *found;
  guint n;

  g_return_val_if_fail (CB_IS_PRACTICE (self), NULL);

  if (client != NULL)
    *client = NULL;

  if ((found = cb_practice_find_document (self, id)) != NULL ||
      (found = cb_practice_find_template (self, id)) != NULL)
    return found;

  clients = G_LIST_MODEL (self->clients);
  n = g_list_model_get_n_items (clients);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbClient) c = g_list_model_get_item (clients, i);

      if ((found = cb_client_find_document (c, id)) != NULL)
        {
          if (client != NULL)
            *client = c;
          return found;
        }
    }

  return NULL;
}

const char *
cb_practice_get_hours_start_date (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), "");

  return cb_record_get_string_at (CB_RECORD (self), FIELD_HOURS_START_DATE);
}

void
cb_practice_set_hours_start_date (CbPractice *self,
                                  const char *date)
{
  g_return_if_fail (CB_IS_PRACTICE (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_HOURS_START_DATE, date);
}

CbLogUnnamed
cb_practice_get_log_unnamed (CbPractice *self)
{
  g_return_val_if_fail (CB_IS_PRACTICE (self), CB_LOG_UNNAMED_ANONYMISE);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_LOG_UNNAMED);
}

void
cb_practice_set_log_unnamed (CbPractice   *self,
                             CbLogUnnamed  unnamed)
{
  g_return_if_fail (CB_IS_PRACTICE (self));

  cb_record_set_enum_at (CB_RECORD (self), FIELD_LOG_UNNAMED, unnamed);
}
