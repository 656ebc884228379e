/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sources"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-practice-watcher.h"
#include "cb-sources.h"

/* Sources of help (FORMS.md §7): every person and organisation a practice
 * has referred clients to, gathered from the referrals themselves. The
 * list is kept one source at a time: each referral counts towards one
 * entry (its name and organisation, casefolded); an edit, addition or
 * removal recomputes only the entries it touches, and the list reports
 * just the rows that moved or changed. */

/* CbSource */

struct _CbSource
{
  GObject  parent_instance;

  char    *name;
  char    *organisation;
  char    *contact;
  char    *last_used;
  char    *sort_key;
  guint    referral_count;
};

G_DEFINE_FINAL_TYPE (CbSource, cb_source, G_TYPE_OBJECT)

enum {
  SOURCE_PROP_0,
  SOURCE_PROP_NAME,
  SOURCE_PROP_ORGANISATION,
  SOURCE_PROP_CONTACT,
  SOURCE_PROP_REFERRAL_COUNT,
  SOURCE_PROP_LAST_USED,
  N_SOURCE_PROPS
};

static GParamSpec *source_properties[N_SOURCE_PROPS];

static void
cb_source_finalize (GObject *object)
{
  CbSource *self = CB_SOURCE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->contact, g_free);
  g_clear_pointer (&self->last_used, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  G_OBJECT_CLASS (cb_source_parent_class)->finalize (object);
}

static void
cb_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CbSource *self = CB_SOURCE (object);

  switch (prop_id)
    {
    case SOURCE_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case SOURCE_PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case SOURCE_PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;
    case SOURCE_PROP_REFERRAL_COUNT:
      g_value_set_uint (value, self->referral_count);
      break;
    case SOURCE_PROP_LAST_USED:
      g_value_set_string (value, self->last_used);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_source_class_init (CbSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = cb_source_finalize;
  object_class->get_property = cb_source_get_property;

  source_properties[SOURCE_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  source_properties[SOURCE_PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, "", flags);
  source_properties[SOURCE_PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL, "", flags);
  source_properties[SOURCE_PROP_REFERRAL_COUNT] =
    g_param_spec_uint ("referral-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  source_properties[SOURCE_PROP_LAST_USED] =
    g_param_spec_string ("last-used", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_SOURCE_PROPS, source_properties);
}

static void
cb_source_init (CbSource *self)
{
}

const char *
cb_source_get_name (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), NULL);

  return self->name;
}

const char *
cb_source_get_organisation (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), NULL);

  return self->organisation;
}

const char *
cb_source_get_contact (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), NULL);

  return self->contact;
}

guint
cb_source_get_referral_count (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), 0);

  return self->referral_count;
}

const char *
cb_source_get_last_used (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), NULL);

  return self->last_used;
}

char *
cb_source_dup_display_name (CbSource *self)
{
  g_return_val_if_fail (CB_IS_SOURCE (self), NULL);

  if (*self->name != '\0' && *self->organisation != '\0')
    /* Translators: a source of help: a person's name, then their organisation */
    return g_strdup_printf (_("%s, %s"), self->name, self->organisation);

  return g_strdup (*self->name != '\0' ? self->name : self->organisation);
}

static gboolean
cb_source_equal (CbSource *a,
                 CbSource *b)
{
  return g_str_equal (a->name, b->name) &&
         g_str_equal (a->organisation, b->organisation) &&
         g_str_equal (a->contact, b->contact) &&
         g_str_equal (a->last_used, b->last_used) &&
         a->referral_count == b->referral_count;
}

/* CbSources */

/* The referrals that count towards one source. */
typedef struct
{
  char      *key;
  GPtrArray *referrals;   /* CbReferral, held */
  CbSource  *item;        /* the row in the list, or NULL */
} Entry;

struct _CbSources
{
  GObject            parent_instance;

  CbPractice        *practice;
  CbPracticeWatcher *watcher;
  GPtrArray         *items;       /* CbSource, sorted */
  GHashTable        *entries;     /* key → Entry */
  GHashTable        *referrals;   /* CbReferral (held) → its key ("" when it names no one) */
  GHashTable        *counted;     /* watched CbClient → set of its CbReferral counted (held by referrals) */
};

static void cb_sources_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbSources, cb_sources, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_sources_list_model_init))

enum {
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_ptr_array_unref (entry->referrals);
  g_clear_object (&entry->item);
  g_free (entry);
}

/* @text without surrounding spaces, normalised and casefolded. */
static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

/* The key of the source a referral counts towards, or "" when it names
 * neither a person nor an organisation. */
static char *
dup_referral_key (CbReferral *referral)
{
  g_autofree char *name = fold (cb_referral_get_to_name (referral));
  g_autofree char *organisation = fold (cb_referral_get_to_organisation (referral));

  if (*name == '\0' && *organisation == '\0')
    return g_strdup ("");

  /* A unit separator cannot be typed into a line of text. */
  return g_strconcat (name, "\x1f", organisation, NULL);
}

static CbSource *
build_source (Entry *entry)
{
  CbSource *source = g_object_new (CB_TYPE_SOURCE, NULL);
  CbReferral *latest = NULL;
  const char *contact = "";
  const char *contact_date = NULL;
  g_autofree char *name_key = NULL;
  g_autofree char *organisation_key = NULL;

  g_assert (entry->referrals->len > 0);

  for (guint i = 0; i < entry->referrals->len; i++)
    {
      CbReferral *referral = g_ptr_array_index (entry->referrals, i);
      const char *date = cb_referral_get_date (referral);

      if (latest == NULL || strcmp (date, cb_referral_get_date (latest)) > 0)
        latest = referral;

      if (*cb_referral_get_to_contact (referral) != '\0' &&
          (contact_date == NULL || strcmp (date, contact_date) > 0))
        {
          contact = cb_referral_get_to_contact (referral);
          contact_date = date;
        }
    }

  source->name = g_strstrip (g_strdup (cb_referral_get_to_name (latest)));
  source->organisation = g_strstrip (g_strdup (cb_referral_get_to_organisation (latest)));
  source->contact = g_strstrip (g_strdup (contact));
  source->last_used = g_strdup (cb_referral_get_date (latest));
  source->referral_count = entry->referrals->len;

  /* By name, then organisation; an organisation alone sorts by itself. */
  {
    g_autofree char *folded_name = fold (*source->name != '\0' ? source->name : source->organisation);
    g_autofree char *folded_organisation = fold (source->organisation);

    name_key = g_utf8_collate_key (folded_name, -1);
    organisation_key = g_utf8_collate_key (folded_organisation, -1);
  }
  source->sort_key = g_strconcat (name_key, "\x01", organisation_key, "\x01", entry->key, NULL);

  return source;
}

static int
compare_sources (CbSource *a,
                 CbSource *b)
{
  return strcmp (a->sort_key, b->sort_key);
}

/* Where @source belongs in the sorted list. */
static guint
find_insert_position (CbSources *self,
                      CbSource  *source)
{
  guint lo = 0;
  guint hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_sources (g_ptr_array_index (self->items, mid), source) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Brings @entry's row in line with its referrals: added, replaced, moved
 * or removed, reporting only that row. Frees the entry once empty. */
static void
refresh_entry (CbSources *self,
               Entry     *entry)
{
  g_autoptr(CbSource) source = NULL;
  guint old_position = G_MAXUINT;
  guint position;

  if (entry->item != NULL && !g_ptr_array_find (self->items, entry->item, &old_position))
    g_assert_not_reached ();

  if (entry->referrals->len == 0)
    {
      if (old_position != G_MAXUINT)
        {
          g_ptr_array_remove_index (self->items, old_position);
          g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
        }
      g_hash_table_remove (self->entries, entry->key);
      return;
    }

  source = build_source (entry);

  if (entry->item != NULL && cb_source_equal (entry->item, source))
    return;

  if (old_position != G_MAXUINT)
    {
      /* Replaced where it stands when the order allows. */
      gboolean after_previous = old_position == 0 ||
        compare_sources (g_ptr_array_index (self->items, old_position - 1), source) < 0;
      gboolean before_next = old_position + 1 >= self->items->len ||
        compare_sources (source, g_ptr_array_index (self->items, old_position + 1)) < 0;

      if (after_previous && before_next)
        {
          CbSource *old = g_ptr_array_index (self->items, old_position);

          g_ptr_array_index (self->items, old_position) = g_object_ref (source);
          g_object_unref (old);
          g_set_object (&entry->item, source);
          g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
          return;
        }

      g_ptr_array_remove_index (self->items, old_position);
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
    }

  g_set_object (&entry->item, source);
  position = find_insert_position (self, source);
  g_ptr_array_insert (self->items, position, g_object_ref (source));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static Entry *
lookup_or_add_entry (CbSources  *self,
                     const char *key)
{
  Entry *entry = g_hash_table_lookup (self->entries, key);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->key = g_strdup (key);
      entry->referrals = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->entries, entry->key, entry);
    }

  return entry;
}

static void
count_referral (CbSources  *self,
                CbReferral *referral,
                const char *key)
{
  Entry *entry;

  if (*key == '\0')
    return;

  entry = lookup_or_add_entry (self, key);
  g_ptr_array_add (entry->referrals, g_object_ref (referral));
  refresh_entry (self, entry);
}

static void
uncount_referral (CbSources  *self,
                  CbReferral *referral,
                  const char *key)
{
  Entry *entry;

  if (*key == '\0')
    return;

  entry = g_hash_table_lookup (self->entries, key);
  g_assert (entry != NULL);

  g_ptr_array_remove_fast (entry->referrals, referral);
  refresh_entry (self, entry);
}

static void
add_referral (CbSources  *self,
              CbReferral *referral)
{
  char *key;

  if (g_hash_table_contains (self->referrals, referral))
    return;

  key = dup_referral_key (referral);
  g_hash_table_insert (self->referrals, g_object_ref (referral), key);
  count_referral (self, referral, key);
}

static void
remove_referral (CbSources  *self,
                 CbReferral *referral)
{
  g_autofree char *key = NULL;
  gpointer stolen_referral;
  gpointer stolen_key;

  if (!g_hash_table_steal_extended (self->referrals, referral, &stolen_referral, &stolen_key))
    return;

  key = stolen_key;
  uncount_referral (self, referral, key);
  g_object_unref (stolen_referral);
}

static void
referral_changed (CbSources  *self,
                  CbReferral *referral)
{
  const char *old_key = g_hash_table_lookup (self->referrals, referral);
  g_autofree char *new_key = NULL;

  if (old_key == NULL)
    return;

  new_key = dup_referral_key (referral);
  if (g_str_equal (old_key, new_key))
    {
      Entry *entry = *new_key != '\0' ? g_hash_table_lookup (self->entries, new_key) : NULL;

      if (entry != NULL)
        refresh_entry (self, entry);
      return;
    }

  uncount_referral (self, referral, old_key);
  g_hash_table_insert (self->referrals, g_object_ref (referral), g_strdup (new_key));
  count_referral (self, referral, new_key);
}

/* Brings the referrals counted for @client in line with its documents
 * (none when @gone). */
static void
sync_client (CbSources *self,
             CbClient  *client,
             gboolean   gone)
{
  GHashTable *counted = g_hash_table_lookup (self->counted, client);
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) stale = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_assert (counted != NULL);

  if (!gone)
    {
      GListModel *documents = cb_client_get_documents (client);
      guint n = g_list_model_get_n_items (documents);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

          if (CB_IS_REFERRAL (document))
            {
              g_hash_table_add (present, document);
              if (!g_hash_table_contains (counted, document))
                {
                  g_hash_table_add (counted, document);
                  add_referral (self, CB_REFERRAL (document));
                }
            }
        }
    }

  g_hash_table_iter_init (&iter, counted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      {
        g_ptr_array_add (stale, key);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < stale->len; i++)
    remove_referral (self, g_ptr_array_index (stale, i));
}

static void
on_clients_changed_cb (GPtrArray *added,
                       GPtrArray *removed,
                       gpointer   user_data)
{
  CbSources *self = user_data;

  for (guint i = 0; i < added->len; i++)
    {
      CbClient *client = g_ptr_array_index (added, i);

      g_hash_table_insert (self->counted, client, g_hash_table_new (NULL, NULL));
      sync_client (self, client, FALSE);
    }

  for (guint i = 0; i < removed->len; i++)
    {
      CbClient *client = g_ptr_array_index (removed, i);

      sync_client (self, client, TRUE);
      g_hash_table_remove (self->counted, client);
    }
}

static void
on_client_documents_changed_cb (CbClient *client,
                                gpointer  user_data)
{
  sync_client (user_data, client, FALSE);
}

/* The properties of a referral that a source shows or counts on. */
static gboolean
is_source_property (const char *name)
{
  static const char * const shown[] = {
    "to-name", "to-organisation", "to-contact", "date",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (g_str_equal (name, shown[i]))
      return TRUE;

  return FALSE;
}

static void
on_child_changed_cb (CbClient   *client,
                     CbDocument *child,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  if (CB_IS_REFERRAL (child) && is_source_property (g_param_spec_get_name (pspec)))
    referral_changed (user_data, CB_REFERRAL (child));
}

static const CbPracticeWatcherFuncs watcher_funcs = {
  .clients_changed = on_clients_changed_cb,
  .client_documents_changed = on_client_documents_changed_cb,
  .child_changed = on_child_changed_cb,
};

static GType
cb_sources_get_item_type (GListModel *model)
{
  return CB_TYPE_SOURCE;
}

static guint
cb_sources_get_n_items (GListModel *model)
{
  return CB_SOURCES (model)->items->len;
}

static gpointer
cb_sources_get_item (GListModel *model,
                     guint       position)
{
  CbSources *self = CB_SOURCES (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cb_sources_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_sources_get_item_type;
  iface->get_n_items = cb_sources_get_n_items;
  iface->get_item = cb_sources_get_item;
}

static void
cb_sources_constructed (GObject *object)
{
  CbSources *self = CB_SOURCES (object);

  G_OBJECT_CLASS (cb_sources_parent_class)->constructed (object);

  g_assert (CB_IS_PRACTICE (self->practice));

  self->watcher = cb_practice_watcher_new (self->practice, &watcher_funcs, self);
}

static void
cb_sources_dispose (GObject *object)
{
  CbSources *self = CB_SOURCES (object);

  g_clear_pointer (&self->watcher, cb_practice_watcher_free);
  if (self->counted != NULL)
    g_hash_table_remove_all (self->counted);
  if (self->entries != NULL)
    g_hash_table_remove_all (self->entries);
  if (self->referrals != NULL)
    g_hash_table_remove_all (self->referrals);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cb_sources_parent_class)->dispose (object);
}

static void
cb_sources_finalize (GObject *object)
{
  CbSources *self = CB_SOURCES (object);

  g_clear_pointer (&self->counted, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->referrals, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_sources_parent_class)->finalize (object);
}

static void
cb_sources_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CbSources *self = CB_SOURCES (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_sources_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CbSources *self = CB_SOURCES (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      self->practice = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_sources_class_init (CbSourcesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_sources_constructed;
  object_class->dispose = cb_sources_dispose;
  object_class->finalize = cb_sources_finalize;
  object_class->get_property = cb_sources_get_property;
  object_class->set_property = cb_sources_set_property;

  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL, CB_TYPE_PRACTICE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_sources_init (CbSources *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  self->referrals = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->counted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

CbSources *
cb_sources_new (CbPractice *practice)
{
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  return g_object_new (CB_TYPE_SOURCES, "practice", practice, NULL);
}

CbPractice *
cb_sources_get_practice (CbSources *self)
{
  g_return_val_if_fail (CB_IS_SOURCES (self), NULL);

  return self->practice;
}

CbSource *
cb_sources_lookup (CbSources  *self,
                   const char *name,
                   const char *organisation)
{
  g_autofree char *folded_name = NULL;
  g_autofree char *folded_organisation = NULL;
  g_autofree char *key = NULL;
  Entry *entry;

  g_return_val_if_fail (CB_IS_SOURCES (self), NULL);

  folded_name = fold (name);
  folded_organisation = fold (organisation);
  key = g_strconcat (folded_name, "\x1f", folded_organisation, NULL);
  entry = g_hash_table_lookup (self->entries, key);

  return entry != NULL ? entry->item : NULL;
}

void
cb_referral_fill_from_source (CbReferral *referral,
                              CbSource   *source)
{
  g_return_if_fail (CB_IS_REFERRAL (referral));
  g_return_if_fail (CB_IS_SOURCE (source));

  cb_referral_set_to_name (referral, source->name);
  cb_referral_set_to_organisation (referral, source->organisation);
  cb_referral_set_to_contact (referral, source->contact);
}
