/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-today"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-practice-watcher.h"
#include "cb-today.h"

/* "Today" (DESIGN.md, Views): today's meetings, overdue actions, the
 * meetings of the coming week and the actions due in it, across every
 * client of a practice. The list is kept one client at a time: an edit of
 * a meeting recomputes only its client's lines, and the list reports the
 * smallest range that changed. */

/* CbTodayItem */

struct _CbTodayItem
{
  GObject          parent_instance;

  CbTodayItemKind  kind;
  GDate            date;
  char            *time;
  char            *venue;
  char            *title;
  CbClient        *client;
  CbMeeting       *meeting;
  CbAction        *action;
  gboolean         is_booking;
};

G_DEFINE_FINAL_TYPE (CbTodayItem, cb_today_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_KIND,
  ITEM_PROP_DATE,
  ITEM_PROP_TIME,
  ITEM_PROP_VENUE,
  ITEM_PROP_TITLE,
  ITEM_PROP_CLIENT,
  ITEM_PROP_MEETING,
  ITEM_PROP_ACTION,
  ITEM_PROP_IS_BOOKING,
  N_ITEM_PROPS
};

static GParamSpec *item_properties[N_ITEM_PROPS];

GType
cb_today_item_kind_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { CB_TODAY_ITEM_MEETING_TODAY, "CB_TODAY_ITEM_MEETING_TODAY", "meeting-today" },
    { CB_TODAY_ITEM_ACTION_OVERDUE, "CB_TODAY_ITEM_ACTION_OVERDUE", "action-overdue" },
    { CB_TODAY_ITEM_MEETING_UPCOMING, "CB_TODAY_ITEM_MEETING_UPCOMING", "meeting-upcoming" },
    { CB_TODAY_ITEM_ACTION_DUE, "CB_TODAY_ITEM_ACTION_DUE", "action-due" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("CbTodayItemKind", values));

  return type_id;
}

static void
cb_today_item_finalize (GObject *object)
{
  CbTodayItem *self = CB_TODAY_ITEM (object);

  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->client);
  g_clear_object (&self->meeting);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (cb_today_item_parent_class)->finalize (object);
}

static void
cb_today_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbTodayItem *self = CB_TODAY_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case ITEM_PROP_DATE:
      g_value_take_string (value, g_date_valid (&self->date) ? cb_date_to_iso (&self->date) : NULL);
      break;
    case ITEM_PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    case ITEM_PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case ITEM_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case ITEM_PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case ITEM_PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    case ITEM_PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    case ITEM_PROP_IS_BOOKING:
      g_value_set_boolean (value, self->is_booking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_today_item_class_init (CbTodayItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cb_today_item_finalize;
  object_class->get_property = cb_today_item_get_property;

  item_properties[ITEM_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CB_TYPE_TODAY_ITEM_KIND, CB_TODAY_ITEM_MEETING_TODAY, flags);
  /* YYYY-MM-DD */
  item_properties[ITEM_PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  item_properties[ITEM_PROP_TIME] = g_param_spec_string ("time", NULL, NULL, NULL, flags);
  item_properties[ITEM_PROP_VENUE] = g_param_spec_string ("venue", NULL, NULL, NULL, flags);
  item_properties[ITEM_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  item_properties[ITEM_PROP_CLIENT] = g_param_spec_object ("client", NULL, NULL, CB_TYPE_CLIENT, flags);
  item_properties[ITEM_PROP_MEETING] = g_param_spec_object ("meeting", NULL, NULL, CB_TYPE_MEETING, flags);
  item_properties[ITEM_PROP_ACTION] = g_param_spec_object ("action", NULL, NULL, CB_TYPE_ACTION, flags);
  item_properties[ITEM_PROP_IS_BOOKING] = g_param_spec_boolean ("is-booking", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_ITEM_PROPS, item_properties);
}

static void
cb_today_item_init (CbTodayItem *self)
{
  g_date_clear (&self->date, 1);
}

static CbTodayItem *
item_new (CbTodayItemKind  kind,
          const GDate     *date,
          CbClient        *client,
          CbMeeting       *meeting,
          CbAction        *action)
{
  CbTodayItem *self = g_object_new (CB_TYPE_TODAY_ITEM, NULL);

  self->kind = kind;
  self->date = *date;
  self->client = g_object_ref (client);
  self->meeting = g_object_ref (meeting);
  self->action = action != NULL ? g_object_ref (action) : NULL;

  if (action != NULL)
    {
      self->time = g_strdup ("");
      self->venue = g_strdup ("");
      self->title = g_strdup (cb_action_get_action (action));
    }
  else
    {
      /* Translators: a meeting in the Today list; %s is the client's name */
      self->title = g_strdup_printf (_("Meeting with %s"), cb_client_get_name (client));
    }

  return self;
}

static gboolean
item_equal (CbTodayItem *a,
            CbTodayItem *b)
{
  return a->kind == b->kind &&
         g_date_compare (&a->date, &b->date) == 0 &&
         a->client == b->client &&
         a->meeting == b->meeting &&
         a->action == b->action &&
         a->is_booking == b->is_booking &&
         g_strcmp0 (a->time, b->time) == 0 &&
         g_strcmp0 (a->venue, b->venue) == 0 &&
         g_strcmp0 (a->title, b->title) == 0;
}

/* A total order, so that lines that did not change keep their places. */
static int
item_compare (gconstpointer pa,
              gconstpointer pb)
{
  CbTodayItem *a = *(CbTodayItem * const *) pa;
  CbTodayItem *b = *(CbTodayItem * const *) pb;
  int cmp;

  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  cmp = g_date_compare (&a->date, &b->date);
  if (cmp != 0)
    return cmp;

  /* Meetings without a time come after those with one. */
  if ((*a->time == '\0') != (*b->time == '\0'))
    return *a->time == '\0' ? 1 : -1;
  cmp = strcmp (a->time, b->time);
  if (cmp != 0)
    return cmp;

  cmp = strcmp (cb_client_get_sort_key (a->client), cb_client_get_sort_key (b->client));
  if (cmp != 0)
    return cmp;

  cmp = g_utf8_collate (a->title, b->title);
  if (cmp != 0)
    return cmp;

  cmp = strcmp (cb_document_get_id (CB_DOCUMENT (a->meeting)), cb_document_get_id (CB_DOCUMENT (b->meeting)));
  if (cmp != 0)
    return cmp;

  if (a->is_booking != b->is_booking)
    return a->is_booking ? 1 : -1;

  return strcmp (a->action != NULL ? cb_action_get_id (a->action) : "",
                 b->action != NULL ? cb_action_get_id (b->action) : "");
}

CbTodayItemKind
cb_today_item_get_kind (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), 0);

  return self->kind;
}

const GDate *
cb_today_item_get_date (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return &self->date;
}

const char *
cb_today_item_get_time (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->time;
}

const char *
cb_today_item_get_venue (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->venue;
}

CbClient *
cb_today_item_get_client (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->client;
}

CbMeeting *
cb_today_item_get_meeting (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->meeting;
}

CbAction *
cb_today_item_get_action (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->action;
}

gboolean
cb_today_item_get_is_booking (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), FALSE);

  return self->is_booking;
}

const char *
cb_today_item_get_title (CbTodayItem *self)
{
  g_return_val_if_fail (CB_IS_TODAY_ITEM (self), NULL);

  return self->title;
}

/* Collecting a client's lines */

static gboolean
date_in_span (const GDate *date,
              const GDate *from,
              const GDate *until)
{
  return g_date_compare (date, from) >= 0 && (until == NULL || g_date_compare (date, until) <= 0);
}

static void
add_meeting_items (GPtrArray   *items,
                   CbClient    *client,
                   GPtrArray   *meetings,
                   const GDate *from,
                   const GDate *until)
{
  CbMeeting *latest;
  GDate next;

  for (guint i = 0; i < meetings->len; i++)
    {
      CbMeeting *meeting = g_ptr_array_index (meetings, i);
      CbTodayItem *item;
      GDate date;

      if (!cb_meeting_get_gdate (meeting, &date) || !date_in_span (&date, from, until))
        continue;

      item = item_new (g_date_compare (&date, from) == 0 ? CB_TODAY_ITEM_MEETING_TODAY
                                                          : CB_TODAY_ITEM_MEETING_UPCOMING,
                       &date, client, meeting, NULL);
      item->time = g_strdup (cb_meeting_get_time (meeting));
      item->venue = g_strdup (cb_meeting_get_venue (meeting));
      g_ptr_array_add (items, item);
    }

  /* The next meeting booked at the latest meeting, unless it already has
   * a record of its own. */
  if (meetings->len == 0)
    return;

  latest = g_ptr_array_index (meetings, 0);
  if (!cb_meeting_get_next_gdate (latest, &next) || !date_in_span (&next, from, until))
    return;

  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (cb_meeting_get_date (g_ptr_array_index (meetings, i)), cb_meeting_get_next_date (latest)) == 0)
      return;

  {
    CbTodayItem *item = item_new (g_date_compare (&next, from) == 0 ? CB_TODAY_ITEM_MEETING_TODAY
                                                                     : CB_TODAY_ITEM_MEETING_UPCOMING,
                                  &next, client, latest, NULL);

    item->time = g_strdup (cb_meeting_get_next_time (latest));
    item->venue = g_strdup (cb_meeting_get_next_venue (latest));
    item->is_booking = TRUE;
    g_ptr_array_add (items, item);
  }
}

/* An open action overdue for longer than Today shows: counted, and
 * listed only when the coach asks for them all. */
typedef struct
{
  CbClient  *client;
  CbMeeting *meeting;
  CbAction  *action;
  GDate      due;
} Older;

static void
older_free (gpointer data)
{
  Older *older = data;

  g_object_unref (older->client);
  g_object_unref (older->meeting);
  g_object_unref (older->action);
}

static Older *
older_new (CbClient    *client,
           CbMeeting   *meeting,
           CbAction    *action,
           const GDate *due)
{
  Older *older = g_rc_box_new0 (Older);

  older->client = g_object_ref (client);
  older->meeting = g_object_ref (meeting);
  older->action = g_object_ref (action);
  older->due = *due;

  return older;
}

/* Oldest first; then by client and the action's place. Cheap: there may
 * be tens of thousands. */
static int
older_compare (gconstpointer pa,
               gconstpointer pb)
{
  const Older *a = *(Older * const *) pa;
  const Older *b = *(Older * const *) pb;
  int cmp = g_date_compare (&a->due, &b->due);

  if (cmp != 0)
    return cmp;

  cmp = strcmp (cb_client_get_sort_key (a->client), cb_client_get_sort_key (b->client));
  if (cmp != 0)
    return cmp;

  cmp = strcmp (cb_document_get_id (CB_DOCUMENT (a->meeting)), cb_document_get_id (CB_DOCUMENT (b->meeting)));
  if (cmp != 0)
    return cmp;

  return strcmp (cb_action_get_id (a->action), cb_action_get_id (b->action));
}

/* The client's open actions with a due date: overdue within the last
 * CB_TODAY_OVERDUE_DAYS and due within the week into @items, and those
 * overdue for longer into @older. Only an active client's actions are
 * Today's business. */
static void
add_action_items (GPtrArray   *items,
                  GPtrArray   *older,
                  CbClient    *client,
                  GPtrArray   *meetings,
                  const GDate *today,
                  const GDate *until)
{
  GDate recent = *today;

  if (cb_client_get_status (client) != CB_CLIENT_STATUS_ACTIVE)
    return;

  g_date_subtract_days (&recent, CB_TODAY_OVERDUE_DAYS);

  for (guint i = 0; i < meetings->len; i++)
    {
      CbMeeting *meeting = g_ptr_array_index (meetings, i);
      GListModel *actions = cb_meeting_get_actions (meeting);
      guint n = g_list_model_get_n_items (actions);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CbAction) action = g_list_model_get_item (actions, j);
          GDate due;

          if (!cb_action_is_open (action) || !cb_action_get_due_gdate (action, &due))
            continue;

          if (g_date_compare (&due, &recent) < 0)
            g_ptr_array_add (older, older_new (client, meeting, action, &due));
          else if (g_date_compare (&due, today) < 0)
            g_ptr_array_add (items, item_new (CB_TODAY_ITEM_ACTION_OVERDUE, &due, client, meeting, action));
          else if (g_date_compare (&due, until) <= 0)
            g_ptr_array_add (items, item_new (CB_TODAY_ITEM_ACTION_DUE, &due, client, meeting, action));
        }
    }
}

GPtrArray *
cb_today_collect_meetings (CbClient    *client,
                           const GDate *from,
                           const GDate *until)
{
  g_autoptr(GPtrArray) meetings = NULL;
  GPtrArray *items;

  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (until == NULL || g_date_valid (until), NULL);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  meetings = cb_client_list_meetings (client);
  add_meeting_items (items, client, meetings, from, until);
  g_ptr_array_sort (items, item_compare);

  return items;
}

/* The list of every older overdue action: a GListModel of CbTodayItem
 * that makes an item only when one is asked for, so that tens of
 * thousands cost a pointer each. */

#define CB_TYPE_TODAY_OLDER (cb_today_older_get_type ())
G_DECLARE_FINAL_TYPE (CbTodayOlder, cb_today_older, CB, TODAY_OLDER, GObject)

struct _CbTodayOlder
{
  GObject     parent_instance;

  GPtrArray  *older;   /* Older (held), oldest first */
  GHashTable *made;    /* Older → CbTodayItem already made */
};

static void cb_today_older_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbTodayOlder, cb_today_older, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_today_older_list_model_init))

static GType
cb_today_older_get_item_type (GListModel *model)
{
  return CB_TYPE_TODAY_ITEM;
}

static guint
cb_today_older_get_n_items (GListModel *model)
{
  return CB_TODAY_OLDER (model)->older->len;
}

static gpointer
cb_today_older_get_item (GListModel *model,
                         guint       position)
{
  CbTodayOlder *self = CB_TODAY_OLDER (model);
  Older *older;
  CbTodayItem *item;

  if (position >= self->older->len)
    return NULL;

  older = g_ptr_array_index (self->older, position);
  item = g_hash_table_lookup (self->made, older);
  if (item == NULL)
    {
      item = item_new (CB_TODAY_ITEM_ACTION_OVERDUE, &older->due, older->client, older->meeting, older->action);
      g_hash_table_insert (self->made, g_rc_box_acquire (older), item);
    }

  return g_object_ref (item);
}

static void
cb_today_older_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_today_older_get_item_type;
  iface->get_n_items = cb_today_older_get_n_items;
  iface->get_item = cb_today_older_get_item;
}

static void
older_release (gpointer data)
{
  g_rc_box_release_full (data, older_free);
}

static void
cb_today_older_finalize (GObject *object)
{
  CbTodayOlder *self = CB_TODAY_OLDER (object);

  g_clear_pointer (&self->older, g_ptr_array_unref);
  g_clear_pointer (&self->made, g_hash_table_unref);

  G_OBJECT_CLASS (cb_today_older_parent_class)->finalize (object);
}

static void
cb_today_older_class_init (CbTodayOlderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_today_older_finalize;
}

static void
cb_today_older_init (CbTodayOlder *self)
{
  self->older = g_ptr_array_new_with_free_func (older_release);
  self->made = g_hash_table_new_full (NULL, NULL, older_release, g_object_unref);
}

/* Takes @older (Older, held) as the whole list, keeping the items already
 * made for those that stay. */
static void
cb_today_older_replace (CbTodayOlder *self,
                        GPtrArray    *older)
{
  guint removed = self->older->len;
  GHashTableIter iter;
  gpointer key;
  g_autoptr(GHashTable) staying = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < older->len; i++)
    g_hash_table_add (staying, older->pdata[i]);
  g_hash_table_iter_init (&iter, self->made);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (staying, key))
      g_hash_table_iter_remove (&iter);

  g_ptr_array_unref (self->older);
  self->older = g_ptr_array_ref (older);

  if (removed > 0 || older->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, older->len);
}

/* CbToday */

/* What Today knows of one client. */
typedef struct
{
  GPtrArray *items;   /* CbTodayItem shown, in any order */
  GPtrArray *older;   /* Older */
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_ptr_array_unref (entry->items);
  g_ptr_array_unref (entry->older);
  g_free (entry);
}

struct _CbToday
{
  GObject            parent_instance;

  CbPractice        *practice;
  GPtrArray         *items;        /* CbTodayItem, sorted */
  GHashTable        *entries;      /* CbClient → Entry */
  GQueue             pending;      /* CbClient (held) still to compute */
  GHashTable        *pending_set;  /* the same clients */
  guint              slice_id;
  guint              n_older;
  CbTodayOlder      *older;        /* made when asked for */
  gboolean           older_stale;
  gboolean           unpublished;   /* lines computed, not yet in the list */
  GQueue             bulk;         /* BulkOp: actions being closed or reopened */
  guint              bulk_id;
  CbPracticeWatcher *watcher;
  GDate              date;
  gboolean           date_fixed;
  guint              tick_id;
};

static void cb_today_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbToday, cb_today, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_today_list_model_init))

enum {
  PROP_0,
  PROP_PRACTICE,
  PROP_LOADING,
  PROP_N_OLDER_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long Today may work at one go on the main thread: less than a frame. */
#define SLICE_USEC 6000

static void schedule_tick (CbToday *self);
static void schedule_slice (CbToday *self);

static Entry *
compute_entry (CbToday  *self,
               CbClient *client)
{
  g_autoptr(GPtrArray) meetings = cb_client_list_meetings (client);
  Entry *entry = g_new0 (Entry, 1);
  GDate until = self->date;

  entry->items = g_ptr_array_new_with_free_func (g_object_unref);
  entry->older = g_ptr_array_new_with_free_func (older_release);
  g_date_add_days (&until, CB_TODAY_DAYS_AHEAD);

  add_meeting_items (entry->items, client, meetings, &self->date, &until);
  add_action_items (entry->items, entry->older, client, meetings, &self->date, &until);

  return entry;
}

/* Lines that did not change keep their very objects, so that views keep
 * their rows. */
static void
keep_same_items (Entry *entry,
                 Entry *old)
{
  if (old == NULL)
    return;

  for (guint i = 0; i < entry->items->len; i++)
    {
      CbTodayItem *item = entry->items->pdata[i];

      for (guint k = 0; k < old->items->len; k++)
        {
          CbTodayItem *candidate = old->items->pdata[k];

          if (item_equal (candidate, item))
            {
              g_ptr_array_index (entry->items, i) = g_object_ref (candidate);
              g_object_unref (item);
              break;
            }
        }
    }
}

/* Rebuilds the sorted list from every client's lines and tells the list's
 * users the one range that changed. */
static void
publish (CbToday *self)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  GPtrArray *items = g_ptr_array_new_full (old->len, g_object_unref);
  GHashTableIter iter;
  gpointer value;
  guint prefix = 0, suffix = 0, n_older = 0;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *entry = value;

      for (guint i = 0; i < entry->items->len; i++)
        g_ptr_array_add (items, g_object_ref (entry->items->pdata[i]));
      n_older += entry->older->len;
    }

  g_ptr_array_sort (items, item_compare);
  self->items = items;

  while (prefix < old->len && prefix < items->len && old->pdata[prefix] == items->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         old->pdata[old->len - 1 - suffix] == items->pdata[items->len - 1 - suffix])
    suffix++;

  if (prefix + suffix < old->len || prefix + suffix < items->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix, items->len - prefix - suffix);

  if (n_older != self->n_older)
    {
      self->n_older = n_older;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OLDER_OVERDUE]);
    }

  if (self->older != NULL && self->older_stale)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new_full (n_older, older_release);

      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Entry *entry = value;

          for (guint i = 0; i < entry->older->len; i++)
            g_ptr_array_add (all, g_rc_box_acquire (entry->older->pdata[i]));
        }
      g_ptr_array_sort (all, older_compare);
      cb_today_older_replace (self->older, all);
    }
  self->older_stale = FALSE;
}

/* Computes clients waiting for it until the slice's time is up. */
static void
run_pending (CbToday *self)
{
  gint64 end = g_get_monotonic_time () + SLICE_USEC;
  gboolean was_loading = !g_queue_is_empty (&self->pending);
  gboolean changed = FALSE;

  while (!g_queue_is_empty (&self->pending) && g_get_monotonic_time () < end)
    {
      g_autoptr(CbClient) client = g_queue_pop_head (&self->pending);
      Entry *entry;

      g_hash_table_remove (self->pending_set, client);
      entry = compute_entry (self, client);
      keep_same_items (entry, g_hash_table_lookup (self->entries, client));
      g_hash_table_replace (self->entries, client, entry);
      changed = TRUE;
    }

  if (changed)
    self->older_stale = self->unpublished = TRUE;

  /* The lines come out at once when every waiting client is done: lines
   * coming in all over the list slice after slice would have its users
   * (the list on screen) redo them again and again. */
  if (self->unpublished && g_queue_is_empty (&self->pending))
    {
      self->unpublished = FALSE;
      publish (self);
    }

  if (!g_queue_is_empty (&self->pending))
    schedule_slice (self);
  else if (was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
on_slice_cb (gpointer data)
{
  CbToday *self = data;

  self->slice_id = 0;
  run_pending (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_slice (CbToday *self)
{
  if (self->slice_id == 0)
    self->slice_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_slice_cb, self, NULL);
}

/* Asks for @refresh's lines (clients) again and drops those of @drop. A
 * few clients are done at once; a whole practice in slices. */
static void
update_clients (CbToday   *self,
                GPtrArray *refresh,
                GPtrArray *drop)
{
  gboolean was_loading = !g_queue_is_empty (&self->pending);
  gboolean dropped = FALSE;

  for (guint i = 0; drop != NULL && i < drop->len; i++)
    {
      CbClient *client = g_ptr_array_index (drop, i);

      if (g_hash_table_remove (self->pending_set, client))
        g_object_unref (g_queue_pop_nth (&self->pending, g_queue_index (&self->pending, client)));
      dropped |= g_hash_table_remove (self->entries, client);
    }

  for (guint i = 0; refresh != NULL && i < refresh->len; i++)
    {
      CbClient *client = g_ptr_array_index (refresh, i);

      if (g_hash_table_contains (self->pending_set, client))
        continue;
      g_hash_table_add (self->pending_set, client);
      g_queue_push_tail (&self->pending, g_object_ref (client));
    }

  if (!was_loading && !g_queue_is_empty (&self->pending))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (dropped)
    {
      self->older_stale = TRUE;
      publish (self);
    }

  /* An edit shows at once; a practice being read is gone through after,
   * slice by slice, not in the middle of handing it over. */
  if (refresh != NULL && refresh->len > 8)
    schedule_slice (self);
  else
    run_pending (self);
}

static void
refresh_client (CbToday  *self,
                CbClient *client)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, client);
  update_clients (self, one, NULL);
}

static void
refresh_all (CbToday *self)
{
  g_autoptr(GPtrArray) all = NULL;

  if (self->watcher == NULL)
    return;

  all = cb_practice_watcher_list_clients (self->watcher);
  update_clients (self, all, NULL);
}

static void
on_clients_changed_cb (GPtrArray *added,
                       GPtrArray *removed,
                       gpointer   user_data)
{
  update_clients (user_data, added, removed);
}

static void
on_client_documents_changed_cb (CbClient *client,
                                gpointer  user_data)
{
  refresh_client (user_data, client);
}

/* The properties of a meeting that Today shows or counts on. */
static gboolean
is_meeting_property (const char *name)
{
  static const char * const shown[] = {
    "date", "time", "venue", "next-date", "next-time", "next-venue", "actions",
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
  CbToday *self = user_data;
  const char *name = g_param_spec_get_name (pspec);

  if (client == NULL)
    return;

  if (CB_IS_CLIENT (child))
    {
      if (g_str_equal (name, "name") || g_str_equal (name, "status"))
        refresh_client (self, client);
      return;
    }

  if (CB_IS_MEETING (child) && is_meeting_property (name))
    refresh_client (self, client);
}

static const CbPracticeWatcherFuncs watcher_funcs = {
  .clients_changed = on_clients_changed_cb,
  .client_documents_changed = on_client_documents_changed_cb,
  .child_changed = on_child_changed_cb,
};

/* Closing and reopening many actions, a slice at a time. */
typedef struct
{
  CbAction *action;
  gboolean  done;
} BulkOp;

static void
bulk_op_free (gpointer data)
{
  BulkOp *op = data;

  g_object_unref (op->action);
  g_free (op);
}

static gboolean
on_bulk_cb (gpointer data)
{
  CbToday *self = data;
  gint64 end = g_get_monotonic_time () + SLICE_USEC;

  while (!g_queue_is_empty (&self->bulk) && g_get_monotonic_time () < end)
    {
      BulkOp *op = g_queue_pop_head (&self->bulk);

      cb_action_set_done (op->action, op->done, NULL);
      bulk_op_free (op);
    }

  if (!g_queue_is_empty (&self->bulk))
    return G_SOURCE_CONTINUE;

  self->bulk_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_bulk (CbToday   *self,
            GPtrArray *actions,
            gboolean   done)
{
  for (guint i = 0; i < actions->len; i++)
    {
      BulkOp *op = g_new0 (BulkOp, 1);

      op->action = g_object_ref (actions->pdata[i]);
      op->done = done;
      g_queue_push_tail (&self->bulk, op);
    }

  if (self->bulk_id == 0 && !g_queue_is_empty (&self->bulk))
    self->bulk_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_bulk_cb, self, NULL);
}

static gboolean
on_tick_cb (gpointer data)
{
  CbToday *self = data;
  GDate now;

  self->tick_id = 0;

  cb_date_set_today (&now);
  if (g_date_compare (&now, &self->date) != 0)
    {
      self->date = now;
      refresh_all (self);
    }

  schedule_tick (self);
  return G_SOURCE_REMOVE;
}
/* Wakes up just after midnight, or every few minutes at most: a laptop
 * that slept through midnight still moves on soon after it wakes. */
static void
schedule_tick (CbToday *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int seconds_left;

  g_clear_handle_id (&self->tick_id, g_source_remove);

  if (self->date_fixed)
    return;

  seconds_left = 24 * 3600 - (g_date_time_get_hour (now) * 3600 +
                              g_date_time_get_minute (now) * 60 +
                              g_date_time_get_second (now));
  self->tick_id = g_timeout_add_seconds (CLAMP (seconds_left + 1, 1, 300), on_tick_cb, self);
}

static GType
cb_today_get_item_type (GListModel *model)
{
  return CB_TYPE_TODAY_ITEM;
}

static guint
cb_today_get_n_items (GListModel *model)
{
  return CB_TODAY (model)->items->len;
}

static gpointer
cb_today_get_item (GListModel *model,
                   guint       position)
{
  CbToday *self = CB_TODAY (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cb_today_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_today_get_item_type;
  iface->get_n_items = cb_today_get_n_items;
  iface->get_item = cb_today_get_item;
}

static void
cb_today_constructed (GObject *object)
{
  CbToday *self = CB_TODAY (object);

  G_OBJECT_CLASS (cb_today_parent_class)->constructed (object);

  g_assert (CB_IS_PRACTICE (self->practice));

  self->watcher = cb_practice_watcher_new (self->practice, &watcher_funcs, self);
  schedule_tick (self);
}

static void
cb_today_dispose (GObject *object)
{
  CbToday *self = CB_TODAY (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->slice_id, g_source_remove);

  /* Closing many actions is finished, not left half done. */
  if (self->bulk_id != 0)
    {
      g_clear_handle_id (&self->bulk_id, g_source_remove);
      while (!g_queue_is_empty (&self->bulk))
        {
          BulkOp *op = g_queue_pop_head (&self->bulk);

          cb_action_set_done (op->action, op->done, NULL);
          bulk_op_free (op);
        }
    }

  g_clear_pointer (&self->watcher, cb_practice_watcher_free);
  g_queue_clear_full (&self->pending, g_object_unref);
  g_hash_table_remove_all (self->pending_set);
  g_hash_table_remove_all (self->entries);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);
  g_clear_object (&self->older);

  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cb_today_parent_class)->dispose (object);
}

static void
cb_today_finalize (GObject *object)
{
  CbToday *self = CB_TODAY (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->pending_set, g_hash_table_unref);

  G_OBJECT_CLASS (cb_today_parent_class)->finalize (object);
}

static void
cb_today_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CbToday *self = CB_TODAY (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, cb_today_get_loading (self));
      break;
    case PROP_N_OLDER_OVERDUE:
      g_value_set_uint (value, self->n_older);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_today_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CbToday *self = CB_TODAY (object);

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
cb_today_class_init (CbTodayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_today_constructed;
  object_class->dispose = cb_today_dispose;
  object_class->finalize = cb_today_finalize;
  object_class->get_property = cb_today_get_property;
  object_class->set_property = cb_today_set_property;

  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL, CB_TYPE_PRACTICE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_OLDER_OVERDUE] =
    g_param_spec_uint ("n-older-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_today_init (CbToday *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  self->pending_set = g_hash_table_new (NULL, NULL);
  g_queue_init (&self->pending);
  g_queue_init (&self->bulk);
  cb_date_set_today (&self->date);
}

CbToday *
cb_today_new (CbPractice *practice)
{
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  return g_object_new (CB_TYPE_TODAY, "practice", practice, NULL);
}

CbPractice *
cb_today_get_practice (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), NULL);

  return self->practice;
}

const GDate *
cb_today_get_date (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), NULL);

  return &self->date;
}

void
cb_today_set_date (CbToday     *self,
                   const GDate *date)
{
  GDate new_date;

  g_return_if_fail (CB_IS_TODAY (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  self->date_fixed = date != NULL;
  if (date != NULL)
    new_date = *date;
  else
    cb_date_set_today (&new_date);

  schedule_tick (self);

  if (g_date_compare (&new_date, &self->date) == 0)
    return;

  self->date = new_date;
  refresh_all (self);
}

gboolean
cb_today_get_loading (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), FALSE);

  return !g_queue_is_empty (&self->pending);
}

guint
cb_today_get_n_older_overdue (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), 0);

  return self->n_older;
}

GListModel *
cb_today_get_older_overdue (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), NULL);

  if (self->older == NULL)
    {
      self->older = g_object_new (CB_TYPE_TODAY_OLDER, NULL);
      self->older_stale = TRUE;
      publish (self);
    }

  return G_LIST_MODEL (self->older);
}

GPtrArray *
cb_today_close_older_overdue (CbToday *self)
{
  GPtrArray *actions;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (CB_IS_TODAY (self), NULL);

  actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *entry = value;

      for (guint i = 0; i < entry->older->len; i++)
        g_ptr_array_add (actions, g_object_ref (((Older *) entry->older->pdata[i])->action));
    }

  queue_bulk (self, actions, TRUE);
  return actions;
}

void
cb_today_reopen_actions (CbToday   *self,
                         GPtrArray *actions)
{
  g_return_if_fail (CB_IS_TODAY (self));
  g_return_if_fail (actions != NULL);

  queue_bulk (self, actions, FALSE);
}

gboolean
cb_today_get_busy (CbToday *self)
{
  g_return_val_if_fail (CB_IS_TODAY (self), FALSE);

  return !g_queue_is_empty (&self->bulk);
}
