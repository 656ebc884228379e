/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-document.h"

typedef struct
{
  char      *id;          /* made on first use for a new document */
  char      *created_iso; /* as written in the file; parsed on first use */
  char      *modified_iso;
  GDateTime *created;
  GDateTime *modified;
  char      *conflict_copy;
  CbDocument *parent;
  gint64     version;
  guint      generation;
  guint      saved_generation;
  guint      read_only : 1;
} CbDocumentPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CbDocument, cb_document, CB_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_READ_ONLY,
  PROP_DIRTY,
  PROP_CONFLICT_COPY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHILD_CHANGED,
  CHILD_ADDED,
  CHILD_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cb_document_changed (CbRecord *record)
{
  CbDocument *self = CB_DOCUMENT (record);
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);
  gboolean was_dirty = priv->generation != priv->saved_generation;

  priv->generation++;

  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
cb_document_field_changed (CbRecord   *record,
                           GParamSpec *pspec)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (CB_DOCUMENT (record));

  if (priv->parent != NULL)
    g_signal_emit (priv->parent, signals[CHILD_CHANGED], g_param_spec_get_name_quark (pspec),
                   record, pspec);
}

static CbForm *
cb_document_real_describe_form (CbDocument          *self,
                                const CbFormContext *context)
{
  CbDocumentClass *klass = CB_DOCUMENT_GET_CLASS (self);
  CbForm *form = cb_document_begin_form (self, klass->form_title != NULL ? _(klass->form_title) : "", context);

  cb_record_describe (CB_RECORD (self), form, context->include_private);
  return form;
}

static void
cb_document_real_child_changed (CbDocument *self,
                                CbDocument *child,
                                GParamSpec *pspec)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  if (priv->parent != NULL)
    g_signal_emit (priv->parent, signals[CHILD_CHANGED], g_param_spec_get_name_quark (pspec),
                   child, pspec);
}

static void
cb_document_real_child_added (CbDocument *self,
                              CbDocument *child)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  if (priv->parent != NULL)
    g_signal_emit (priv->parent, signals[CHILD_ADDED], 0, child);
}

static void
cb_document_real_child_removed (CbDocument *self,
                                CbDocument *child)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  if (priv->parent != NULL)
    g_signal_emit (priv->parent, signals[CHILD_REMOVED], 0, child);
}

static char *
cb_document_real_dup_title (CbDocument *self)
{
  return g_strdup (cb_document_get_id (self));
}

static void
cb_document_constructed (GObject *object)
{
  CbDocument *self = CB_DOCUMENT (object);
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  G_OBJECT_CLASS (cb_document_parent_class)->constructed (object);

  priv->version = CB_DOCUMENT_GET_CLASS (self)->current_version;
}

static void
cb_document_finalize (GObject *object)
{
  CbDocument *self = CB_DOCUMENT (object);
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->created_iso, g_free);
  g_clear_pointer (&priv->modified_iso, g_free);
  g_clear_pointer (&priv->created, g_date_time_unref);
  g_clear_pointer (&priv->modified, g_date_time_unref);
  g_clear_pointer (&priv->conflict_copy, g_free);

  G_OBJECT_CLASS (cb_document_parent_class)->finalize (object);
}

static void
cb_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CbDocument *self = CB_DOCUMENT (object);

  if (pspec->owner_type != CB_TYPE_DOCUMENT)
    {
      G_OBJECT_CLASS (cb_document_parent_class)->get_property (object, prop_id, value, pspec);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cb_document_get_id (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, cb_document_get_read_only (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, cb_document_get_dirty (self));
      break;
    case PROP_CONFLICT_COPY:
      g_value_set_string (value, cb_document_get_conflict_copy (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, cb_document_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  if (pspec->owner_type != CB_TYPE_DOCUMENT)
    {
      G_OBJECT_CLASS (cb_document_parent_class)->set_property (object, prop_id, value, pspec);
      return;
    }

  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cb_document_class_init (CbDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_document_constructed;
  CB_RECORD_CLASS (klass)->changed = cb_document_changed;
  CB_RECORD_CLASS (klass)->field_changed = cb_document_field_changed;
  object_class->finalize = cb_document_finalize;
  object_class->get_property = cb_document_get_property;
  object_class->set_property = cb_document_set_property;

  klass->dup_title = cb_document_real_dup_title;
  klass->describe_form = cb_document_real_describe_form;
  klass->child_changed = cb_document_real_child_changed;
  klass->child_added = cb_document_real_child_added;
  klass->child_removed = cb_document_real_child_removed;
  klass->current_version = 1;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONFLICT_COPY] =
    g_param_spec_string ("conflict-copy", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CbDocument::child-changed:
   * @self: the owning document
   * @child: the document that was edited
   * @pspec: the edited field's property
   *
   * Emitted when a field of a document this one owns is edited. The
   * detail is the property's name.
   */
  signals[CHILD_CHANGED] =
    g_signal_new ("child-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  G_STRUCT_OFFSET (CbDocumentClass, child_changed),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 2, CB_TYPE_DOCUMENT, G_TYPE_PARAM);

  /**
   * CbDocument::child-added:
   * @self: the owning document, or an owner above it
   * @child: the document that joined its owner
   *
   * Emitted on an owner when a document joins it (a client, a coach's
   * own document, a client's document), and passed on up to the
   * practice. The store writes what it did not read itself.
   */
  signals[CHILD_ADDED] =
    g_signal_new ("child-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CbDocumentClass, child_added),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_DOCUMENT);

  /**
   * CbDocument::child-removed:
   * @self: the owning document, or an owner above it
   * @child: the document that left its owner (its parent already unset)
   *
   * Emitted on an owner when a document leaves it, and passed on up to
   * the practice. The store moves the file to the practice's trash.
   */
  signals[CHILD_REMOVED] =
    g_signal_new ("child-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CbDocumentClass, child_removed),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_DOCUMENT);
}

static void
cb_document_init (CbDocument *self)
{
}

const char *
cb_document_get_id (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  if G_UNLIKELY (priv->id == NULL)
    priv->id = cb_new_uuid ();

  return priv->id;
}

void
cb_document_set_id (CbDocument *self,
                    const char *id)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);

  if (g_strcmp0 (priv->id, id) == 0)
    return;

  if (priv->id == NULL)
    {
      /* A document being read: nobody can be watching yet. */
      priv->id = g_strdup (id);
      return;
    }

  g_free (priv->id);
  priv->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GDateTime *
cb_document_get_created (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  if (priv->created == NULL)
    {
      if (priv->created_iso != NULL)
        priv->created = g_date_time_new_from_iso8601 (priv->created_iso, NULL);
      if (priv->created == NULL)
        priv->created = g_date_time_new_now_local ();
    }

  return priv->created;
}

void
cb_document_set_created (CbDocument *self,
                         GDateTime  *created)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));
  g_return_if_fail (created != NULL);

  g_date_time_ref (created);
  g_clear_pointer (&priv->created, g_date_time_unref);
  g_clear_pointer (&priv->created_iso, g_free);
  priv->created = created;
}

gboolean
cb_document_set_created_iso (CbDocument *self,
                             const char *iso)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);

  if (!cb_datetime_is_valid_iso (iso))
    return FALSE;

  g_clear_pointer (&priv->created, g_date_time_unref);
  g_free (priv->created_iso);
  priv->created_iso = g_strdup (iso);
  return TRUE;
}

gboolean
cb_document_set_modified_iso (CbDocument *self,
                              const char *iso)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);

  if (!cb_datetime_is_valid_iso (iso))
    return FALSE;

  g_clear_pointer (&priv->modified, g_date_time_unref);
  g_free (priv->modified_iso);
  priv->modified_iso = g_strdup (iso);
  return TRUE;
}

static gboolean
digits (const char *p,
        guint       n,
        guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      *value = *value * 10 + (p[i] - '0');
    }
  return TRUE;
}

gboolean
cb_datetime_is_valid_iso (const char *text)
{
  g_autofree char *date = NULL;
  const char *p;
  guint h, m, s, oh, om;

  /* YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH[[:]MM]) */
  if (text == NULL || strlen (text) < 20 || text[10] != 'T')
    return FALSE;

  date = g_strndup (text, 10);
  if (!cb_date_is_valid_iso (date))
    return FALSE;

  p = text + 11;
  if (!digits (p, 2, &h) || p[2] != ':' || !digits (p + 3, 2, &m) || p[5] != ':' || !digits (p + 6, 2, &s))
    return FALSE;
  if (h > 23 || m > 59 || s > 60)
    return FALSE;

  p += 8;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  if (p[0] == 'Z' && p[1] == '\0')
    return TRUE;
  if (p[0] != '+' && p[0] != '-')
    return FALSE;
  if (!digits (p + 1, 2, &oh) || oh > 23)
    return FALSE;
  p += 3;
  if (*p == '\0')
    return TRUE;
  if (*p == ':')
    p++;
  return digits (p, 2, &om) && om <= 59 && p[2] == '\0';
}

GDateTime *
cb_document_get_modified (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  if (priv->modified == NULL)
    {
      if (priv->modified_iso != NULL)
        priv->modified = g_date_time_new_from_iso8601 (priv->modified_iso, NULL);
      if (priv->modified == NULL)
        priv->modified = g_date_time_ref (cb_document_get_created (self));
    }

  return priv->modified;
}

void
cb_document_set_modified (CbDocument *self,
                          GDateTime  *modified)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));
  g_return_if_fail (modified != NULL);

  g_date_time_ref (modified);
  g_clear_pointer (&priv->modified, g_date_time_unref);
  g_clear_pointer (&priv->modified_iso, g_free);
  priv->modified = modified;
}

gint64
cb_document_get_version (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), 0);

  return priv->version;
}

void
cb_document_set_version (CbDocument *self,
                         gint64      version)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));

  priv->version = version;
}

const char *
cb_document_get_type_name (CbDocument *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  return CB_DOCUMENT_GET_CLASS (self)->type_name;
}

int
cb_document_compare_created_newest_first (CbDocument *a,
                                          CbDocument *b)
{
  int cmp;

  g_return_val_if_fail (CB_IS_DOCUMENT (a), 0);
  g_return_val_if_fail (CB_IS_DOCUMENT (b), 0);

  cmp = g_date_time_compare (cb_document_get_created (b), cb_document_get_created (a));
  if (cmp != 0)
    return cmp;

  return strcmp (cb_document_get_id (b), cb_document_get_id (a));
}

char *
cb_document_dup_title (CbDocument *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  return CB_DOCUMENT_GET_CLASS (self)->dup_title (self);
}

gboolean
cb_document_get_read_only (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);

  return priv->read_only;
}

void
cb_document_set_read_only (CbDocument *self,
                           gboolean    read_only)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));

  read_only = !!read_only;
  if (priv->read_only == read_only)
    return;

  priv->read_only = read_only;
  cb_record_set_editable (CB_RECORD (self), !read_only);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

const char *
cb_document_get_conflict_copy (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  return priv->conflict_copy;
}

void
cb_document_set_conflict_copy (CbDocument *self,
                               const char *path)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));

  if (g_strcmp0 (priv->conflict_copy, path) == 0)
    return;

  g_free (priv->conflict_copy);
  priv->conflict_copy = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICT_COPY]);
}

gboolean
cb_document_get_dirty (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);

  return priv->generation != priv->saved_generation;
}

guint
cb_document_get_generation (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), 0);

  return priv->generation;
}

void
cb_document_mark_saved (CbDocument *self,
                        guint       generation)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);
  gboolean was_dirty;

  g_return_if_fail (CB_IS_DOCUMENT (self));

  was_dirty = priv->generation != priv->saved_generation;
  priv->saved_generation = generation;

  if (was_dirty != (priv->generation != priv->saved_generation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

CbDocument *
cb_document_get_parent (CbDocument *self)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  return priv->parent;
}

void
cb_document_set_parent (CbDocument *self,
                        CbDocument *parent)
{
  CbDocumentPrivate *priv = cb_document_get_instance_private (self);

  g_return_if_fail (CB_IS_DOCUMENT (self));
  g_return_if_fail (parent == NULL || CB_IS_DOCUMENT (parent));

  priv->parent = parent;
}

CbDocument *
cb_document_new_dated (GType      type,
                       GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  CbDocument *document;
  const char *date_field;

  g_return_val_if_fail (g_type_is_a (type, CB_TYPE_DOCUMENT), NULL);

  document = g_object_new (type, NULL);
  date_field = CB_DOCUMENT_GET_CLASS (document)->date_field;
  if (date_field != NULL)
    {
      g_autofree char *today = NULL;

      if (now == NULL)
        now = local_now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");

      cb_record_freeze_changes (CB_RECORD (document));
      cb_record_set_string (CB_RECORD (document), date_field, today);
      cb_record_thaw_changes (CB_RECORD (document));
    }

  return document;
}

GListModel *
cb_document_get_children (CbDocument *self)
{
  CbDocumentClass *klass;

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  klass = CB_DOCUMENT_GET_CLASS (self);
  return klass->get_children != NULL ? klass->get_children (self) : NULL;
}

gboolean
cb_document_add_child (CbDocument *self,
                       CbDocument *child)
{
  CbDocumentClass *klass;

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (CB_IS_DOCUMENT (child), FALSE);

  klass = CB_DOCUMENT_GET_CLASS (self);
  g_return_val_if_fail (klass->add_child != NULL, FALSE);

  if (!klass->add_child (self, child))
    return FALSE;

  g_signal_emit (self, signals[CHILD_ADDED], 0, child);
  return TRUE;
}

gboolean
cb_document_remove_child (CbDocument *self,
                          CbDocument *child)
{
  CbDocumentClass *klass;
  g_autoptr(CbDocument) held = NULL;

  g_return_val_if_fail (CB_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (CB_IS_DOCUMENT (child), FALSE);

  klass = CB_DOCUMENT_GET_CLASS (self);
  if (klass->remove_child == NULL)
    return FALSE;

  held = g_object_ref (child);
  if (!klass->remove_child (self, child))
    return FALSE;

  g_signal_emit (self, signals[CHILD_REMOVED], 0, child);
  return TRUE;
}

CbDocumentOwners
cb_document_get_owner_kind (CbDocument *self)
{
  g_return_val_if_fail (CB_IS_DOCUMENT (self), CB_DOCUMENT_OWNER_NONE);

  return CB_DOCUMENT_GET_CLASS (self)->owner_kind;
}

CbDocument *
cb_document_get_root (CbDocument *self)
{
  CbDocument *root;

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  root = self;
  while (cb_document_get_parent (root) != NULL)
    root = cb_document_get_parent (root);

  return root;
}

static const char *
string_or_empty (CbDocument *self,
                 const char *field)
{
  return field != NULL ? cb_record_get_string (CB_RECORD (self), field) : "";
}

int
cb_document_compare_newest_first (CbDocument *a,
                                  CbDocument *b)
{
  CbDocumentClass *klass;
  const char *da, *db;
  int cmp;

  g_return_val_if_fail (CB_IS_DOCUMENT (a), 0);
  g_return_val_if_fail (CB_IS_DOCUMENT (b), 0);

  klass = CB_DOCUMENT_GET_CLASS (a);
  if (klass == CB_DOCUMENT_GET_CLASS (b) && klass->date_field != NULL)
    {
      da = string_or_empty (a, klass->date_field);
      db = string_or_empty (b, klass->date_field);

      /* Undated documents first: a draft agreement is the newest thing
       * there, still being written. */
      if ((*da == '\0') != (*db == '\0'))
        return (*db == '\0') - (*da == '\0');

      cmp = strcmp (db, da);
      if (cmp == 0 && klass->time_field != NULL)
        cmp = strcmp (string_or_empty (b, klass->time_field), string_or_empty (a, klass->time_field));
      if (cmp != 0)
        return cmp;
    }

  return cb_document_compare_created_newest_first (a, b);
}

char *
cb_new_uuid (void)
{
  return g_uuid_string_random ();
}

gboolean
cb_uuid_is_valid (const char *text)
{
  return text != NULL && g_uuid_string_is_valid (text);
}

CbForm *
cb_document_begin_form (CbDocument          *self,
                        const char          *title,
                        const CbFormContext *context)
{
  CbForm *form;

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  form = cb_form_new (title);
  cb_form_set_blank (form, context->blank);

  if (context->practice_name != NULL && *context->practice_name != '\0')
    {
      cb_form_add_subtitle (form, context->practice_name);
      cb_form_set_footer (form, context->practice_name);
    }

  if (context->client_name != NULL && *context->client_name != '\0')
    {
      g_autofree char *line = g_strdup_printf (_("Client: %s"), context->client_name);
      cb_form_add_subtitle (form, line);
    }
  else if (context->blank && context->client_name == NULL &&
           (CB_DOCUMENT_GET_CLASS (self)->owners & CB_DOCUMENT_OWNER_CLIENT) != 0)
    {
      /* A blank form leaves the client to be written in, on a form of
       * the clients' (not of the coach's own, such as a self-assessment). */
      cb_form_add_field (form, _("Client"), NULL);
    }

  return form;
}

CbForm *
cb_document_describe_form (CbDocument          *self,
                           const CbFormContext *context)
{
  CbFormContext defaults = { NULL, };

  g_return_val_if_fail (CB_IS_DOCUMENT (self), NULL);

  return CB_DOCUMENT_GET_CLASS (self)->describe_form (self, context != NULL ? context : &defaults);
}
