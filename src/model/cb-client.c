/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-client"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client.h"
#include "cb-practice.h"
#include "cb-search-index.h"

/* A coachee or mentee: FORMS.md §2, from seeds/000 Track 3 and Track 5,
 * seeds/002 unit 3013 and seeds/003's mentoring models. */

struct _CbClient
{
  CbDocument parent_instance;

  GListStore *documents;  /* created on first use */
  char *search_key;   /* name, organisation, e-mail, folded (cb_search_fold()); NULL when stale */
  char *sort_key;     /* collation key of the title; NULL when stale */
};

G_DEFINE_FINAL_TYPE (CbClient, cb_client, CB_TYPE_DOCUMENT)

static const CbFieldGroup groups[] = {
  { "contact", N_("Contact"), NULL },
  { "relationship", N_("Relationship"), N_("How you work together and where the relationship stands") },
  { "characteristics", N_("Learner Characteristics"), N_("What affects this person’s attitude and ability to learn") },
  { "style", N_("Learning Style and Blocks"), N_("How they prefer to learn, and what gets in the way") },
  { "development", N_("Strengths and Development Areas"), NULL },
  { "consent", N_("Consent"), N_("The client’s agreement to records being kept") },
};

enum {
  FIELD_NAME,
  FIELD_PREFERRED_NAME,
  FIELD_EMAIL,
  FIELD_TELEPHONE,
  FIELD_ORGANISATION,
  FIELD_ROLE,
  FIELD_LINE_MANAGER_NAME,
  FIELD_LINE_MANAGER_CONTACT,
  FIELD_RELATIONSHIP,
  FIELD_MODEL,
  FIELD_STATUS,
};

static const CbFieldSpec fields[] = {
  [FIELD_NAME] = { "name", CB_FIELD_LINE, N_("Name"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_REQUIRED | CB_FIELD_FLAG_SEARCH },
  [FIELD_PREFERRED_NAME] = { "preferred_name", CB_FIELD_LINE, N_("Preferred Name"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_SEARCH },
  [FIELD_EMAIL] = { "email", CB_FIELD_EMAIL, N_("Email"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_SEARCH },
  [FIELD_TELEPHONE] = { "telephone", CB_FIELD_PHONE, N_("Telephone"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_ORGANISATION] = { "organisation", CB_FIELD_LINE, N_("Organisation"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_SEARCH },
  [FIELD_ROLE] = { "role", CB_FIELD_LINE, N_("Role"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_LINE_MANAGER_NAME] = { "line_manager_name", CB_FIELD_LINE, N_("Line Manager"), N_("The third party whose access to information must be agreed"), "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_LINE_MANAGER_CONTACT] = { "line_manager_contact", CB_FIELD_LINE, N_("Line Manager’s Contact"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  [FIELD_RELATIONSHIP] = { "relationship", CB_FIELD_CHOICE, N_("Relationship"), NULL, "relationship", cb_relationship_get_type, 0, CB_FIELD_FLAG_NONE },
  [FIELD_MODEL] = { "model", CB_FIELD_CHOICE, N_("Model"), NULL, "relationship", cb_mentoring_model_get_type, 0, CB_FIELD_FLAG_NONE },
  [FIELD_STATUS] = { "status", CB_FIELD_CHOICE, N_("Status"), NULL, "relationship", cb_client_status_get_type, 0, CB_FIELD_FLAG_REQUIRED },
  { "start_date", CB_FIELD_DATE, N_("Start Date"), NULL, "relationship", NULL, 0, CB_FIELD_FLAG_NONE },
  { "agreed_end_date", CB_FIELD_DATE, N_("Agreed End Date"), NULL, "relationship", NULL, 0, CB_FIELD_FLAG_NONE },
  { "end_date", CB_FIELD_DATE, N_("End Date"), NULL, "relationship", NULL, 0, CB_FIELD_FLAG_NONE },
  { "end_reason", CB_FIELD_CHOICE, N_("How It Ended"), NULL, "relationship", cb_end_reason_get_type, 0, CB_FIELD_FLAG_NONE },
  { "lifecycle_stage", CB_FIELD_CHOICE, N_("Lifecycle Stage"), N_("The six stages a learning relationship passes through"), "relationship", cb_lifecycle_stage_get_type, 0, CB_FIELD_FLAG_NONE },
  { "age_group", CB_FIELD_LINE, N_("Age Group"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "gender", CB_FIELD_LINE, N_("Gender"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "previous_education", CB_FIELD_TEXT, N_("Previous Education/Achievements"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "motivation", CB_FIELD_TEXT, N_("Motivation/Reason for Learning"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "social_circumstances", CB_FIELD_TEXT, N_("Relevant Social Circumstances"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "confidence_level", CB_FIELD_LINE, N_("Level of Confidence"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "special_needs", CB_FIELD_TEXT, N_("Special Needs"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "barriers", CB_FIELD_TEXT, N_("Blocks or Barriers to Learning"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "implications", CB_FIELD_TEXT, N_("Implications for Coaching/Mentoring"), NULL, "characteristics", NULL, 0, CB_FIELD_FLAG_NONE },
  { "learning_style", CB_FIELD_CHOICE, N_("Learning Style"), N_("Doers prefer to act first then reflect; thinkers prefer to reflect first, then act"), "style", cb_learning_style_get_type, 0, CB_FIELD_FLAG_NONE },
  { "honey_mumford", CB_FIELD_MULTI_CHOICE, N_("Honey and Mumford Styles"), NULL, "style", cb_honey_mumford_get_type, 0, CB_FIELD_FLAG_NONE },
  { "vak", CB_FIELD_MULTI_CHOICE, N_("VAK Preferences"), NULL, "style", cb_vak_get_type, 0, CB_FIELD_FLAG_NONE },
  { "internal_blocks", CB_FIELD_MULTI_CHOICE, N_("Internal Blocks"), NULL, "style", cb_internal_block_get_type, 0, CB_FIELD_FLAG_NONE },
  { "external_blocks", CB_FIELD_MULTI_CHOICE, N_("External Blocks"), NULL, "style", cb_external_block_get_type, 0, CB_FIELD_FLAG_NONE },
  { "blocks_notes", CB_FIELD_TEXT, N_("Notes on Learning Blocks"), NULL, "style", NULL, 0, CB_FIELD_FLAG_NONE },
  { "strengths", CB_FIELD_TEXT, N_("Strengths"), NULL, "development", NULL, 0, CB_FIELD_FLAG_NONE },
  { "development_areas", CB_FIELD_TEXT, N_("Development Areas"), NULL, "development", NULL, 0, CB_FIELD_FLAG_NONE },
  { "consent_date", CB_FIELD_DATE, N_("Date Consent Given"), N_("The date the client agreed to records being kept"), "consent", NULL, 0, CB_FIELD_FLAG_NONE },
  { "consent_details", CB_FIELD_TEXT, N_("What Was Agreed"), NULL, "consent", NULL, 0, CB_FIELD_FLAG_NONE },
  { "log_consent", CB_FIELD_CHOICE, N_("Named in the Log of Hours"), N_("Not asked counts as not agreed"), "consent", cb_log_consent_get_type, 0, CB_FIELD_FLAG_NONE },
};

static void
cb_client_changed (CbRecord *record)
{
  CbClient *self = CB_CLIENT (record);

  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  CB_RECORD_CLASS (cb_client_parent_class)->changed (record);
}

static char *
cb_client_dup_title (CbDocument *document)
{
  CbClient *self = CB_CLIENT (document);
  const char *name = cb_client_get_name (self);

  if (*name == '\0')
    return g_strdup (_("Unnamed client"));

  return g_strdup (name);
}

static void
cb_client_finalize (GObject *object)
{
  CbClient *self = CB_CLIENT (object);

  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  if (self->documents != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
          cb_document_set_parent (document, NULL);
        }
      g_clear_object (&self->documents);
    }

  G_OBJECT_CLASS (cb_client_parent_class)->finalize (object);
}

static GListModel *
cb_client_get_children (CbDocument *document)
{
  return cb_client_get_documents (CB_CLIENT (document));
}

static gboolean
cb_client_add_child (CbDocument *document,
                     CbDocument *child)
{
  CbClient *self = CB_CLIENT (document);

  if (cb_client_find_document (self, cb_document_get_id (child)) != NULL)
    return FALSE;

  cb_document_set_parent (child, document);
  g_list_store_append (G_LIST_STORE (cb_client_get_documents (self)), child);
  return TRUE;
}

static gboolean
cb_client_remove_child (CbDocument *document,
                        CbDocument *child)
{
  CbClient *self = CB_CLIENT (document);
  guint position;

  if (self->documents == NULL || !g_list_store_find (self->documents, child, &position))
    return FALSE;

  cb_document_set_parent (child, NULL);
  g_list_store_remove (self->documents, position);
  return TRUE;
}

static void
cb_client_class_init (CbClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);

  object_class->finalize = cb_client_finalize;
  CB_RECORD_CLASS (klass)->changed = cb_client_changed;

  document_class->type_name = "coachbook.client";
  document_class->current_version = 1;
  document_class->file_name = "client.json";
  document_class->dup_title = cb_client_dup_title;
  document_class->form_title = N_("Client Profile");
  document_class->owner_kind = CB_DOCUMENT_OWNER_CLIENT;
  document_class->get_children = cb_client_get_children;
  document_class->add_child = cb_client_add_child;
  document_class->remove_child = cb_client_remove_child;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_client_init (CbClient *self)
{
}

CbClient *
cb_client_new (void)
{
  CbClient *self = g_object_new (CB_TYPE_CLIENT, NULL);

  cb_record_freeze_changes (CB_RECORD (self));
  cb_client_set_status (self, CB_CLIENT_STATUS_ACTIVE);
  cb_record_thaw_changes (CB_RECORD (self));

  return self;
}

const char *
cb_client_get_name (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_NAME);
}

void
cb_client_set_name (CbClient   *self,
                    const char *name)
{
  g_return_if_fail (CB_IS_CLIENT (self));

  cb_record_set_string (CB_RECORD (self), "name", name);
}

const char *
cb_client_get_organisation (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_ORGANISATION);
}

const char *
cb_client_get_email (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_EMAIL);
}

CbClientStatus
cb_client_get_status (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), 0);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_STATUS);
}

void
cb_client_set_status (CbClient       *self,
                      CbClientStatus  status)
{
  g_return_if_fail (CB_IS_CLIENT (self));

  cb_record_set_enum (CB_RECORD (self), "status", status);
}

const char *
cb_client_get_sort_key (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  if (self->sort_key == NULL)
    {
      g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (self));
      g_autofree char *folded = g_utf8_casefold (title, -1);

      self->sort_key = g_utf8_collate_key (folded, -1);
    }

  return self->sort_key;
}

gboolean
cb_client_matches (CbClient   *self,
                   const char *needle)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (CB_IS_CLIENT (self), FALSE);

  if (needle == NULL || *needle == '\0')
    return TRUE;

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           cb_record_get_string_at (CB_RECORD (self), FIELD_NAME),
                                           cb_record_get_string_at (CB_RECORD (self), FIELD_PREFERRED_NAME),
                                           cb_record_get_string_at (CB_RECORD (self), FIELD_ORGANISATION),
                                           cb_record_get_string_at (CB_RECORD (self), FIELD_EMAIL),
                                           NULL);
      self->search_key = cb_search_fold (joined, NULL);
    }

  folded = cb_search_fold (needle, NULL);
  words = g_strsplit_set (folded, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (self->search_key, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

GListModel *
cb_client_get_documents (CbClient *self)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  if (self->documents == NULL)
    self->documents = g_list_store_new (CB_TYPE_DOCUMENT);

  return G_LIST_MODEL (self->documents);
}

void
cb_client_add_document (CbClient   *self,
                        CbDocument *document)
{
  g_return_if_fail (CB_IS_CLIENT (self));
  g_return_if_fail (CB_IS_DOCUMENT (document));

  cb_document_add_child (CB_DOCUMENT (self), document);
}

gboolean
cb_client_remove_document (CbClient   *self,
                           CbDocument *document)
{
  g_return_val_if_fail (CB_IS_CLIENT (self), FALSE);
  g_return_val_if_fail (CB_IS_DOCUMENT (document), FALSE);

  return cb_document_remove_child (CB_DOCUMENT (self), document);
}

CbDocument *
cb_client_find_document (CbClient   *self,
                         const char *id)
{
  guint n;

  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  if (self->documents == NULL || id == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  for (guint i = 0; i < n; i++)
    {
      CbDocument *document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      g_object_unref (document);
      if (g_strcmp0 (cb_document_get_id (document), id) == 0)
        return document;
    }

  return NULL;
}

GPtrArray *
cb_client_list_documents (CbClient     *self,
                          GType         type,
                          GCompareFunc  compare)
{
  GListModel *documents;
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, CB_TYPE_DOCUMENT), NULL);

  documents = cb_client_get_documents (self);
  found = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (document, type))
        g_ptr_array_add (found, g_steal_pointer (&document));
    }

  if (compare != NULL)
    g_ptr_array_sort (found, compare);

  return found;
}

CbDocument *
cb_client_get_first_document (CbClient     *self,
                              GType         type,
                              GCompareFunc  compare)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  found = cb_client_list_documents (self, type, compare);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;   /* the client holds it */
}

CbPractice *
cb_client_get_practice (CbClient *self)
{
  CbDocument *parent;

  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  parent = cb_document_get_parent (CB_DOCUMENT (self));
  return CB_IS_PRACTICE (parent) ? CB_PRACTICE (parent) : NULL;
}

char *
cb_client_dup_display_name (CbClient *self)
{
  const char *name;

  g_return_val_if_fail (CB_IS_CLIENT (self), NULL);

  name = cb_client_get_name (self);
  if (name != NULL && *name != '\0')
    return g_strdup (name);

  return cb_document_dup_title (CB_DOCUMENT (self));
}
