/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-hours"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-hours.h"
#include "cb-meeting.h"
#include "cb-practice-watcher.h"

/* Practice hours (FORMS.md §11): counted from the meetings, see cb-hours.h
 * for the rules. Each client's meetings are read into a few facts, kept
 * until the client or its meetings change; the totals are added up from
 * the facts, which is quick even for a career of meetings. */

/* The ICF credentials as the issue gives them. */
static const CbCredential credentials[] = {
  { "ACC", N_("Associate Certified Coach"), { 100, 75, 8, 25 } },
  { "PCC", N_("Professional Certified Coach"), { 500, 450, 25, 50 } },
  { "MCC", N_("Master Certified Coach"), { 2500, 2250, 35, 0 } },
};

/* One meeting, as the counting needs it. */
typedef struct
{
  guint32 julian;      /* 0: no date */
  gint32  minutes;
  guint8  payment;     /* CbMeetingPayment */
  guint8  attendance;  /* CbMeetingAttendance */
  guint16 size;        /* group size, 0: not recorded */
} Fact;

typedef struct
{
  CbClient *client;    /* held */
  GArray   *facts;     /* Fact */
  gboolean  dirty;
} ClientFacts;

/* CbHoursYear */

struct _CbHoursYear
{
  GObject parent_instance;

  int     year;
  gint64  paid_minutes;
  gint64  pro_bono_minutes;
  guint   n_meetings;
};

G_DEFINE_FINAL_TYPE (CbHoursYear, cb_hours_year, G_TYPE_OBJECT)

static void
cb_hours_year_class_init (CbHoursYearClass *klass)
{
}

static void
cb_hours_year_init (CbHoursYear *self)
{
}

int
cb_hours_year_get_year (CbHoursYear *self)
{
  g_return_val_if_fail (CB_IS_HOURS_YEAR (self), 0);
  return self->year;
}

gint64
cb_hours_year_get_paid_minutes (CbHoursYear *self)
{
  g_return_val_if_fail (CB_IS_HOURS_YEAR (self), 0);
  return self->paid_minutes;
}

gint64
cb_hours_year_get_pro_bono_minutes (CbHoursYear *self)
{
  g_return_val_if_fail (CB_IS_HOURS_YEAR (self), 0);
  return self->pro_bono_minutes;
}

guint
cb_hours_year_get_n_meetings (CbHoursYear *self)
{
  g_return_val_if_fail (CB_IS_HOURS_YEAR (self), 0);
  return self->n_meetings;
}

/* CbHours */

struct _CbHours
{
  GObject            parent_instance;

  CbPractice        *practice;
  CbPracticeWatcher *watcher;    /* live only */
  GHashTable        *clients;    /* CbClient → ClientFacts */
  GDate              today;
  gboolean           live;
  guint              refresh_id;
  guint              tick_id;

  gint64             paid_minutes;
  gint64             pro_bono_minutes;
  gint64             recent_minutes;
  guint              n_clients;
  CbHoursReport      report;
  GPtrArray         *years;      /* CbHoursYear, newest first */
  GPtrArray         *log;        /* CbHoursLogRow */
};

static void cb_hours_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbHours, cb_hours, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_hours_list_model_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define REFRESH_DELAY_MS 150
#define TICK_SECONDS     600

static void
client_facts_free (gpointer data)
{
  ClientFacts *cf = data;

  g_clear_object (&cf->client);
  g_clear_pointer (&cf->facts, g_array_unref);
  g_free (cf);
}

static void
log_row_free (gpointer data)
{
  CbHoursLogRow *row = data;

  g_clear_object (&row->client);
  g_free (row);
}

static guint32
julian_of (const char *iso)
{
  GDate date;

  if (!cb_date_from_iso (iso, &date))
    return 0;
  return g_date_get_julian (&date);
}

static void
read_facts (ClientFacts *cf)
{
  GListModel *documents = cb_client_get_documents (cf->client);
  guint n = g_list_model_get_n_items (documents);

  g_array_set_size (cf->facts, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (documents, i);
      CbMeeting *meeting;
      Fact fact;

      if (!CB_IS_MEETING (item))
        continue;

      meeting = CB_MEETING (item);
      fact.julian = julian_of (cb_meeting_get_date (meeting));
      fact.minutes = (gint32) CLAMP (cb_meeting_get_length_minutes (meeting), 0, G_MAXINT32);
      fact.payment = (guint8) cb_meeting_get_payment (meeting);
      fact.attendance = (guint8) cb_meeting_get_attendance (meeting);
      fact.size = (guint16) cb_meeting_get_group_size (meeting);
      g_array_append_val (cf->facts, fact);
    }

  cf->dirty = FALSE;
}

static ClientFacts *
add_client (CbHours  *self,
            CbClient *client)
{
  ClientFacts *cf = g_hash_table_lookup (self->clients, client);

  if (cf == NULL)
    {
      cf = g_new0 (ClientFacts, 1);
      cf->client = g_object_ref (client);
      cf->facts = g_array_new (FALSE, FALSE, sizeof (Fact));
      g_hash_table_insert (self->clients, client, cf);
    }

  cf->dirty = TRUE;
  return cf;
}

static CbHoursYear *
find_year (GHashTable *years,
           guint32     julian)
{
  GDate date;
  int year;
  CbHoursYear *item;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  year = g_date_get_year (&date);

  item = g_hash_table_lookup (years, GINT_TO_POINTER (year));
  if (item == NULL)
    {
      item = g_object_new (CB_TYPE_HOURS_YEAR, NULL);
      item->year = year;
      g_hash_table_insert (years, GINT_TO_POINTER (year), item);
    }

  return item;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const CbHoursYear *ya = *(CbHoursYear * const *) a;
  const CbHoursYear *yb = *(CbHoursYear * const *) b;

  return yb->year - ya->year;
}

static int
compare_log_rows (gconstpointer a,
                  gconstpointer b)
{
  const CbHoursLogRow *ra = *(CbHoursLogRow * const *) a;
  const CbHoursLogRow *rb = *(CbHoursLogRow * const *) b;
  int cmp = g_date_compare (&ra->start, &rb->start);

  if (cmp != 0)
    return cmp;
  cmp = strcmp (cb_client_get_sort_key (ra->client), cb_client_get_sort_key (rb->client));
  if (cmp != 0)
    return cmp;
  return ra->group - rb->group;
}

/* Adds up one client's counted meetings. */
static void
count_client (CbHours     *self,
              ClientFacts *cf,
              guint32      start,
              guint32      today,
              guint32      recent_start,
              GHashTable  *years)
{
  CbHoursLogRow *rows[2] = { NULL, NULL };   /* individual, group */
  guint clients = 0;

  for (guint i = 0; i < cf->facts->len; i++)
    {
      const Fact *fact = &g_array_index (cf->facts, Fact, i);
      gboolean pro_bono, group;
      CbHoursLogRow *row;
      CbHoursYear *year;

      if (fact->julian == 0)
        {
          self->report.n_no_date++;
          continue;
        }
      if (fact->julian > today)
        {
          self->report.n_future++;
          continue;
        }
      if (start != 0 && fact->julian < start)
        {
          self->report.n_before_start++;
          continue;
        }
      if (fact->minutes <= 0)
        {
          self->report.n_no_length++;
          continue;
        }

      self->report.n_counted++;

      pro_bono = fact->payment == CB_MEETING_PAYMENT_PRO_BONO;
      if (fact->payment == CB_MEETING_PAYMENT_UNSET)
        self->report.n_payment_default++;
      group = fact->attendance == CB_MEETING_ATTENDANCE_GROUP;
      if (fact->attendance == CB_MEETING_ATTENDANCE_UNSET)
        self->report.n_attendance_default++;
      if (group && fact->size == 0)
        self->report.n_group_size_default++;

      if (pro_bono)
        self->pro_bono_minutes += fact->minutes;
      else
        self->paid_minutes += fact->minutes;
      if (fact->julian >= recent_start)
        self->recent_minutes += fact->minutes;

      year = find_year (years, fact->julian);
      year->n_meetings++;
      if (pro_bono)
        year->pro_bono_minutes += fact->minutes;
      else
        year->paid_minutes += fact->minutes;

      /* Each member of a group is a client; the same group met again is
       * the same clients. */
      clients = MAX (clients, group ? MAX (fact->size, 1) : 1);

      row = rows[group];
      if (row == NULL)
        {
          row = rows[group] = g_new0 (CbHoursLogRow, 1);
          row->client = g_object_ref (cf->client);
          row->group = group;
          g_date_clear (&row->start, 1);
          g_date_clear (&row->end, 1);
          g_date_set_julian (&row->start, fact->julian);
          g_date_set_julian (&row->end, fact->julian);
        }
      if (fact->julian < g_date_get_julian (&row->start))
        g_date_set_julian (&row->start, fact->julian);
      if (fact->julian > g_date_get_julian (&row->end))
        g_date_set_julian (&row->end, fact->julian);
      if (group)
        row->number_in_group = MAX (row->number_in_group, fact->size);
      if (pro_bono)
        row->pro_bono_minutes += fact->minutes;
      else
        row->paid_minutes += fact->minutes;
    }

  self->n_clients += clients;

  if (clients > 0)
    {
      int consent = cb_record_get_enum (CB_RECORD (cf->client), "log_consent");
      gboolean named = consent == CB_LOG_CONSENT_YES;

      if (!named)
        {
          self->report.n_unnamed_clients++;
          if (consent == CB_LOG_CONSENT_UNSET)
            self->report.n_not_asked++;
        }

      for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
        if (rows[k] != NULL)
          {
            rows[k]->named = named;
            if (!named)
              self->report.unnamed_minutes += rows[k]->paid_minutes + rows[k]->pro_bono_minutes;
            g_ptr_array_add (self->log, rows[k]);
          }
    }
}

static void
recount (CbHours *self)
{
  g_autoptr(GHashTable) years = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  GHashTableIter iter;
  ClientFacts *cf;
  GDate recent;
  guint32 start, today, recent_start;
  guint old_n = self->years->len;

  /* A client's facts are read again only when it changed. */
  g_hash_table_iter_init (&iter, self->clients);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cf))
    if (cf->dirty)
      read_facts (cf);

  memset (&self->report, 0, sizeof self->report);
  self->paid_minutes = self->pro_bono_minutes = self->recent_minutes = 0;
  self->n_clients = 0;
  g_ptr_array_set_size (self->log, 0);

  start = julian_of (cb_practice_get_hours_start_date (self->practice));
  today = g_date_get_julian (&self->today);
  cb_hours_get_recent_start (self, &recent);
  recent_start = g_date_get_julian (&recent);

  g_hash_table_iter_init (&iter, self->clients);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cf))
    count_client (self, cf, start, today, recent_start, years);

  g_ptr_array_sort (self->log, compare_log_rows);

  g_ptr_array_set_size (self->years, 0);
  {
    GHashTableIter yiter;
    CbHoursYear *year;

    g_hash_table_iter_init (&yiter, years);
    while (g_hash_table_iter_next (&yiter, NULL, (gpointer *) &year))
      g_ptr_array_add (self->years, g_object_ref (year));
  }
  g_ptr_array_sort (self->years, compare_years);

  if (old_n > 0 || self->years->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->years->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Reads the facts of clients that changed for a few milliseconds; TRUE
 * when none is left. A career's meetings are read over several slices,
 * so that the window never waits for them. */
#define READ_SLICE_USEC 6000

static gboolean
read_some_facts (CbHours *self)
{
  gint64 end = g_get_monotonic_time () + READ_SLICE_USEC;
  GHashTableIter iter;
  ClientFacts *cf;

  g_hash_table_iter_init (&iter, self->clients);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cf))
    if (cf->dirty)
      {
        if (g_get_monotonic_time () >= end)
          return FALSE;
        read_facts (cf);
      }

  return TRUE;
}

static gboolean
on_refresh_cb (gpointer data)
{
  CbHours *self = data;

  if (!read_some_facts (self))
    return G_SOURCE_CONTINUE;

  self->refresh_id = 0;
  recount (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_refresh_delay_cb (gpointer data)
{
  CbHours *self = data;

  /* From now on, one slice after another. */
  self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_refresh_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (CbHours *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, on_refresh_delay_cb, self);
}

static void
on_clients_changed_cb (GPtrArray *added,
                       GPtrArray *removed,
                       gpointer   user_data)
{
  CbHours *self = user_data;

  for (guint i = 0; i < added->len; i++)
    add_client (self, g_ptr_array_index (added, i));
  for (guint i = 0; i < removed->len; i++)
    g_hash_table_remove (self->clients, g_ptr_array_index (removed, i));

  schedule_refresh (self);
}

static void
on_client_documents_changed_cb (CbClient *client,
                                gpointer  user_data)
{
  CbHours *self = user_data;

  add_client (self, client);
  schedule_refresh (self);
}

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (name, names[i]))
      return TRUE;
  return FALSE;
}

static void
on_child_changed_cb (CbClient   *client,
                     CbDocument *child,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  static const char * const meeting_props[] = {
    "date", "length-minutes", "payment", "attendance", "group-size", NULL
  };
  static const char * const client_props[] = { "name", "log-consent", NULL };
  CbHours *self = user_data;
  const char *name = g_param_spec_get_name (pspec);

  if (client == NULL)
    return;

  if (CB_IS_MEETING (child) && name_in (name, meeting_props))
    {
      add_client (self, client);
      schedule_refresh (self);
    }
  else if (CB_IS_CLIENT (child) && name_in (name, client_props))
    schedule_refresh (self);
}

static const CbPracticeWatcherFuncs watcher_funcs = {
  .clients_changed = on_clients_changed_cb,
  .client_documents_changed = on_client_documents_changed_cb,
  .child_changed = on_child_changed_cb,
};

static void
on_practice_setting_notify_cb (CbHours *self)
{
  schedule_refresh (self);
}

/* The last 18 months move on with the days. */
static gboolean
on_tick_cb (gpointer data)
{
  CbHours *self = data;
  GDate now;

  cb_date_set_today (&now);
  if (g_date_compare (&now, &self->today) != 0)
    {
      self->today = now;
      schedule_refresh (self);
    }

  return G_SOURCE_CONTINUE;
}

static void
cb_hours_dispose (GObject *object)
{
  CbHours *self = CB_HOURS (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->watcher, cb_practice_watcher_free);
  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_func (self->practice, on_practice_setting_notify_cb, self);
  g_clear_object (&self->practice);
  g_clear_pointer (&self->clients, g_hash_table_unref);

  G_OBJECT_CLASS (cb_hours_parent_class)->dispose (object);
}

static void
cb_hours_finalize (GObject *object)
{
  CbHours *self = CB_HOURS (object);

  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->log, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_hours_parent_class)->finalize (object);
}

static void
cb_hours_class_init (CbHoursClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_hours_dispose;
  object_class->finalize = cb_hours_finalize;

  /* After each count. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cb_hours_init (CbHours *self)
{
  self->clients = g_hash_table_new_full (NULL, NULL, NULL, client_facts_free);
  self->years = g_ptr_array_new_with_free_func (g_object_unref);
  self->log = g_ptr_array_new_with_free_func (log_row_free);
  g_date_clear (&self->today, 1);
}

/* GListModel */

static GType
cb_hours_get_item_type (GListModel *model)
{
  return CB_TYPE_HOURS_YEAR;
}

static guint
cb_hours_get_n_items (GListModel *model)
{
  return CB_HOURS (model)->years->len;
}

static gpointer
cb_hours_get_item (GListModel *model,
                   guint       position)
{
  CbHours *self = CB_HOURS (model);

  if (position >= self->years->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->years, position));
}

static void
cb_hours_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_hours_get_item_type;
  iface->get_n_items = cb_hours_get_n_items;
  iface->get_item = cb_hours_get_item;
}

/* Public API */

const CbCredential *
cb_hours_get_credentials (guint *n_credentials)
{
  if (n_credentials != NULL)
    *n_credentials = G_N_ELEMENTS (credentials);
  return credentials;
}

CbHours *
cb_hours_new (CbPractice  *practice,
              const GDate *today)
{
  CbHours *self;
  GListModel *clients;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);

  self = g_object_new (CB_TYPE_HOURS, NULL);
  self->practice = g_object_ref (practice);
  if (today != NULL)
    self->today = *today;
  else
    cb_date_set_today (&self->today);

  clients = cb_practice_get_clients (practice);
  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);
      add_client (self, client);
    }

  recount (self);
  return self;
}

CbHours *
cb_hours_new_live (CbPractice *practice)
{
  CbHours *self;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  self = g_object_new (CB_TYPE_HOURS, NULL);
  self->practice = g_object_ref (practice);
  self->live = TRUE;
  cb_date_set_today (&self->today);

  /* Calls back at once with every client. */
  self->watcher = cb_practice_watcher_new (practice, &watcher_funcs, self);
  g_signal_connect_swapped (practice, "notify::hours-start-date",
                            G_CALLBACK (on_practice_setting_notify_cb), self);
  g_signal_connect_swapped (practice, "notify::log-unnamed",
                            G_CALLBACK (on_practice_setting_notify_cb), self);
  self->tick_id = g_timeout_add_seconds (TICK_SECONDS, on_tick_cb, self);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  recount (self);
  return self;
}

void
cb_hours_refresh (CbHours *self)
{
  g_return_if_fail (CB_IS_HOURS (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  recount (self);
}

CbPractice *
cb_hours_get_practice (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), NULL);
  return self->practice;
}

void
cb_hours_get_today (CbHours *self,
                    GDate   *today)
{
  g_return_if_fail (CB_IS_HOURS (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

void
cb_hours_get_recent_start (CbHours *self,
                           GDate   *start)
{
  g_return_if_fail (CB_IS_HOURS (self));
  g_return_if_fail (start != NULL);

  *start = self->today;
  g_date_subtract_months (start, CB_HOURS_RECENT_MONTHS);
}

gint64
cb_hours_get_minutes (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0);
  return self->paid_minutes + self->pro_bono_minutes;
}

gint64
cb_hours_get_paid_minutes (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0);
  return self->paid_minutes;
}

gint64
cb_hours_get_pro_bono_minutes (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0);
  return self->pro_bono_minutes;
}

gint64
cb_hours_get_recent_minutes (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0);
  return self->recent_minutes;
}

guint
cb_hours_get_n_clients (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0);
  return self->n_clients;
}

const CbHoursReport *
cb_hours_get_report (CbHours *self)
{
  g_return_val_if_fail (CB_IS_HOURS (self), NULL);
  return &self->report;
}

double
cb_hours_from_minutes (gint64 minutes)
{
  return (double) minutes / 60.0;
}

double
cb_hours_get_value (CbHours       *self,
                    CbRequirement  requirement)
{
  g_return_val_if_fail (CB_IS_HOURS (self), 0.0);

  switch (requirement)
    {
    case CB_REQUIREMENT_HOURS:
      return cb_hours_from_minutes (self->paid_minutes + self->pro_bono_minutes);
    case CB_REQUIREMENT_PAID_HOURS:
      return cb_hours_from_minutes (self->paid_minutes);
    case CB_REQUIREMENT_CLIENTS:
      return self->n_clients;
    case CB_REQUIREMENT_RECENT_HOURS:
      return cb_hours_from_minutes (self->recent_minutes);
    case CB_N_REQUIREMENTS:
    default:
      g_return_val_if_reached (0.0);
    }
}

double
cb_hours_get_progress (CbHours            *self,
                       const CbCredential *credential,
                       CbRequirement       requirement)
{
  guint needs;

  g_return_val_if_fail (CB_IS_HOURS (self), 0.0);
  g_return_val_if_fail (credential != NULL, 0.0);
  g_return_val_if_fail (requirement < CB_N_REQUIREMENTS, 0.0);

  needs = credential->needs[requirement];
  if (needs == 0)
    return 1.0;

  return CLAMP (cb_hours_get_value (self, requirement) / needs, 0.0, 1.0);
}

gboolean
cb_hours_meets (CbHours            *self,
                const CbCredential *credential)
{
  g_return_val_if_fail (CB_IS_HOURS (self), FALSE);
  g_return_val_if_fail (credential != NULL, FALSE);

  for (guint r = 0; r < CB_N_REQUIREMENTS; r++)
    if (cb_hours_get_value (self, r) < credential->needs[r])
      return FALSE;

  return TRUE;
}

GPtrArray *
cb_hours_list_log (CbHours *self)
{
  GPtrArray *rows;

  g_return_val_if_fail (CB_IS_HOURS (self), NULL);

  rows = g_ptr_array_new_full (self->log->len, log_row_free);
  for (guint i = 0; i < self->log->len; i++)
    {
      const CbHoursLogRow *row = g_ptr_array_index (self->log, i);
      CbHoursLogRow *copy = g_memdup2 (row, sizeof *row);

      copy->client = g_object_ref (row->client);
      g_ptr_array_add (rows, copy);
    }

  return rows;
}
