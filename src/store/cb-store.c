/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cb-document-types.h"
#include "cb-json.h"
#include "cb-sample.h"
#include "cb-store.h"
#include "cb-thread.h"

/* Every file operation runs on one worker thread, in the order it was
 * asked for, so a save queued before a client is moved to the trash lands
 * before the move. The main thread only serialises documents (cheap) and
 * hands the bytes over. */

#define SAVE_DELAY_MS      400   /* quiet time after the last edit */
#define SAVE_MAX_DELAY_US  (2 * G_USEC_PER_SEC)
#define RETRY_DELAY_S      5
#define TEMP_PREFIX        ".cb-tmp-"
#define TEMPLATES_FOLDER   "templates"
#define COACH_FOLDER       "me"        /* the coach's own documents: me/<folder>/ */
#define RESCAN_DELAY_MS    1000
#define MAX_PHOTO_SIZE     (20 * 1024 * 1024)
#define FILES_FOLDER       "files"     /* copies of files a document keeps: <its folder>/files/ */

typedef struct
{
  gboolean valid;
  dev_t    dev;
  ino_t    ino;
  off_t    size;
  gint64   mtime_ns;
} FileStamp;

/* What the store knows of one document on disk. The fields below the
 * mutex line are touched by the worker and read under the lock. */
typedef struct
{
  CbDocument *document;   /* weak: the store holds a ref while tracked */
  const char *file_name;  /* e.g. "client.json": the class's, or owned_name, or NULL for "<id>.json" */
  char       *owned_name;
  gpointer    parent;     /* Entry of the owning client, or NULL */
  const char *subdir;     /* with a parent: the type's folder, e.g. "agreements" */
  GMutex      lock;
  char       *dir;        /* without a parent: absolute folder holding the file */
  char       *trash_dir;  /* a document moved to the trash on its own: the folder it is in */
  FileStamp   stamp;
  char       *conflict_path;
  gboolean    trashed;    /* main thread: the document left its owner */
} Entry;

struct _CbStore
{
  GObject      parent_instance;

  char        *root;
  GListStore  *practices;
  GListStore  *problems;
  GHashTable  *entries;    /* CbDocument → Entry (refcounted) */
  GHashTable  *pending;    /* CbDocument → itself: edits waiting for the timer */
  GThreadPool *worker;

  GMutex       jobs_lock;
  GCond        jobs_cond;
  guint        jobs_running;
  guint        jobs_undelivered;   /* main thread only */
  guint        failed_saves;

  guint        save_source;
  gint64       first_pending;

  GHashTable  *monitors;   /* CbPractice → GFileMonitor on its clients/ folder */
  GHashTable  *rescans;    /* CbPractice → timeout source id */
};

G_DEFINE_FINAL_TYPE (CbStore, cb_store, G_TYPE_OBJECT)

typedef void (*JobFunc) (GTask *task, CbStore *self, gpointer data);

typedef struct
{
  JobFunc         func;
  gpointer        data;
  GDestroyNotify  destroy;
} Job;

static void schedule_save (CbStore *self, CbDocument *document);
static void on_child_added_cb (CbDocument *practice, CbDocument *child, CbStore *self);
static void on_child_removed_cb (CbDocument *practice, CbDocument *child, CbStore *self);
static void on_practice_read_cb (GObject *source, GAsyncResult *result, gpointer user_data);
static CbDocument *load_document (GType type, const char *practice_dir, const char *dir,
                                  const char *file_name, FileStamp *stamp, GPtrArray *problems);

/* Entries */

static void entry_unref (Entry *entry);

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->parent, entry_unref);
  g_free (entry->owned_name);
  g_free (entry->dir);
  g_free (entry->trash_dir);
  g_free (entry->conflict_path);
  g_mutex_clear (&entry->lock);
}

static Entry *
entry_new (CbDocument *document,
           const char *dir)
{
  Entry *entry = g_atomic_rc_box_new0 (Entry);
  const char *fixed = CB_DOCUMENT_GET_CLASS (document)->file_name;

  entry->document = document;
  /* Most documents are "<id>.json": the name is made when needed rather
   * than kept for each of a book's documents. */
  entry->file_name = fixed;
  entry->dir = g_strdup (dir);
  g_mutex_init (&entry->lock);

  return entry;
}

static Entry *
entry_ref (Entry *entry)
{
  return g_atomic_rc_box_acquire (entry);
}

static void
entry_unref (Entry *entry)
{
  g_atomic_rc_box_release_full (entry, (GDestroyNotify) entry_free);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_unref)

/* A document inside a client's folder follows the folder when the client
 * moves to the trash and back: its folder is computed from its parent's. */
static char *
entry_dup_dir (Entry *entry)
{
  char *dir;

  g_mutex_lock (&entry->lock);
  dir = g_strdup (entry->trash_dir);
  g_mutex_unlock (&entry->lock);
  if (dir != NULL)
    return dir;

  if (entry->parent != NULL)
    {
      g_autofree char *parent_dir = entry_dup_dir (entry->parent);

      return g_build_filename (parent_dir, entry->subdir, NULL);
    }

  g_mutex_lock (&entry->lock);
  dir = g_strdup (entry->dir);
  g_mutex_unlock (&entry->lock);

  return dir;
}

/* The name of @entry's file (an id never changes: any thread may ask). */
static char *
entry_dup_file_name (Entry *entry)
{
  if (entry->file_name != NULL)
    return g_strdup (entry->file_name);

  return g_strdup_printf ("%s.json", cb_document_get_id (entry->document));
}

static char *
entry_dup_path (Entry *entry)
{
  g_autofree char *dir = entry_dup_dir (entry);
  g_autofree char *name = entry_dup_file_name (entry);

  return g_build_filename (dir, name, NULL);
}

/* Files: all of these run on the worker (or in a command-line program). */

static gboolean
stamp_file (const char *path,
            FileStamp  *stamp)
{
  struct stat st;

  if (g_lstat (path, &st) != 0)
    {
      stamp->valid = FALSE;
      return FALSE;
    }

  stamp->valid = TRUE;
  stamp->dev = st.st_dev;
  stamp->ino = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_ns = (gint64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  return TRUE;
}

static gboolean
stamps_equal (const FileStamp *a,
              const FileStamp *b)
{
  return a->valid == b->valid &&
         (!a->valid ||
          (a->dev == b->dev && a->ino == b->ino && a->size == b->size && a->mtime_ns == b->mtime_ns));
}

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *what,
              const char  *path)
{
  const char *hint;

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      hint = _("The disk is full. Your changes are kept; free some space and Coachbook will try again.");
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      hint = _("Coachbook is not allowed to write there. Check the folder’s permissions.");
      break;
    default:
      hint = g_strerror (saved_errno);
      break;
    }

  g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_IO, "%s “%s”: %s", what, path, hint);
}

/* Creates @dir and its parents with mode 0700, whatever the umask. */
static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  struct stat st;
  g_autofree char *parent = NULL;

  if (g_stat (dir, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        return TRUE;
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_IO,
                   _("Could not create the folder “%s”: a file of that name is in the way."), dir);
      return FALSE;
    }

  parent = g_path_get_dirname (dir);
  if (g_strcmp0 (parent, dir) != 0 && !ensure_dir (parent, error))
    return FALSE;

  if (g_mkdir (dir, 0700) != 0 && errno != EEXIST)
    {
      set_io_error (error, errno, _("Could not create the folder"), dir);
      return FALSE;
    }

  if (g_chmod (dir, 0700) != 0)
    {
      set_io_error (error, errno, _("Could not protect the folder"), dir);
      return FALSE;
    }

  return TRUE;
}

static gboolean
fsync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY, 0);
  int r;

  if (fd < 0)
    return FALSE;

  r = fsync (fd);
  g_close (fd, NULL);

  return r == 0;
}

/* Writes @path atomically and durably, mode 0600: a temporary file in the
 * same folder, fsync, rename over, fsync the folder. */
static gboolean
write_file_atomic (const char  *path,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s/" TEMP_PREFIX "%s-XXXXXX", dir, base);
  gsize written = 0;
  int fd;

  if (!ensure_dir (dir, error))
    return FALSE;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_io_error (error, errno, _("Could not write"), path);
      return FALSE;
    }

  if (fchmod (fd, 0600) != 0)
    goto fail;

  while (written < length)
    {
      gssize n = write (fd, data + written, length - written);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          goto fail;
        }
      written += (gsize) n;
    }

  if (fsync (fd) != 0)
    goto fail;

  if (!g_close (fd, NULL))
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp, path) != 0)
    goto fail;

  fsync_dir (dir);
  return TRUE;

fail:
  {
    int saved_errno = errno;

    if (fd >= 0)
      g_close (fd, NULL);
    g_unlink (tmp);
    set_io_error (error, saved_errno, _("Could not write"), path);
    return FALSE;
  }
}

/* Reads a whole document with one open, fstat and read; the stamp comes
 * from the same open file. Returns FALSE with @contents NULL and no error
 * when there is no such file. */
static gboolean
read_document_file (const char  *path,
                    char       **contents,
                    gsize       *length,
                    FileStamp   *stamp,
                    GError     **error)
{
  struct stat st;
  char *buffer;
  gsize got = 0;
  int fd;

  *contents = NULL;
  stamp->valid = FALSE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      if (errno == ENOENT)
        return FALSE;
      set_io_error (error, errno, _("Could not read"), path);
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      set_io_error (error, errno, _("Could not read"), path);
      g_close (fd, NULL);
      return FALSE;
    }

  stamp->valid = TRUE;
  stamp->dev = st.st_dev;
  stamp->ino = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_ns = (gint64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_JSON, _("This is not a regular file."));
      g_close (fd, NULL);
      return FALSE;
    }

  if (st.st_size > CB_JSON_MAX_SIZE)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_TOO_LARGE,
                   _("The file is larger than 16 MiB, more than any Coachbook document can be."));
      g_close (fd, NULL);
      return FALSE;
    }

  buffer = g_malloc ((gsize) st.st_size + 1);
  while (got < (gsize) st.st_size)
    {
      gssize n = read (fd, buffer + got, (gsize) st.st_size - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_io_error (error, errno, _("Could not read"), path);
          g_free (buffer);
          g_close (fd, NULL);
          return FALSE;
        }
      if (n == 0)
        break;
      got += (gsize) n;
    }
  buffer[got] = '\0';
  g_close (fd, NULL);

  *contents = buffer;
  *length = got;
  return TRUE;
}

static char *
timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

/* Moves an unreadable file into the practice's quarantine/ with a note of why. */
static char *
quarantine_file (const char  *practice_dir,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *qdir = g_build_filename (practice_dir, "quarantine", NULL);
  g_autofree char *relative = NULL;
  g_autofree char *note = NULL;
  g_autofree char *note_path = NULL;
  g_autofree char *dest = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M:%S %z");
  g_autoptr(GError) error = NULL;
  static GMutex lock;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (!ensure_dir (qdir, &error))
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  if (g_str_has_prefix (path, practice_dir) && path[strlen (practice_dir)] == '/')
    relative = g_strdup (path + strlen (practice_dir) + 1);
  else
    relative = g_path_get_basename (path);

  {
    g_autofree char *flat = g_strdelimit (g_strdup (relative), "/", '_');

    dest = g_build_filename (qdir, flat, NULL);
    for (guint n = 2; g_file_test (dest, G_FILE_TEST_EXISTS); n++)
      {
        g_free (dest);
        dest = g_strdup_printf ("%s/%s.%u", qdir, flat, n);
      }
  }

  if (g_rename (path, dest) != 0)
    {
      g_warning ("Could not move “%s” to quarantine: %s", path, g_strerror (errno));
      return NULL;
    }

  note = g_strdup_printf ("File: %s\nSet aside: %s\nReason: %s\n\n"
                          "Coachbook could not read this file, so it moved it here and went on "
                          "with everything else. Nothing in it was changed. To bring it back, "
                          "correct it and move it to its original place while Coachbook is closed.\n",
                          relative, when, reason);
  note_path = g_strconcat (dest, ".reason.txt", NULL);
  if (!write_file_atomic (note_path, note, strlen (note), &error))
    g_warning ("%s", error->message);

  fsync_dir (practice_dir);

  return g_steal_pointer (&dest);
}

static void
remove_temp_files (const char *dir,
                   guint       depth)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_prefix (name, TEMP_PREFIX))
        g_unlink (path);
      else if (depth > 0 && g_file_test (path, G_FILE_TEST_IS_DIR) &&
               g_strcmp0 (name, "quarantine") != 0 && g_strcmp0 (name, "trash") != 0)
        remove_temp_files (path, depth - 1);
    }
}

static gboolean
is_conflict_copy (const char *name)
{
  return strstr (name, ".conflict-") != NULL || strstr (name, ".sync-conflict-") != NULL ||
         strstr (name, "(conflicted copy") != NULL;
}

/* Jobs */

static void
worker_func (gpointer data,
             gpointer user_data)
{
  GTask *task = data;
  CbStore *self = user_data;
  Job *job = g_task_get_task_data (task);

  cb_thread_give_way ();
  job->func (task, self, job->data);

  /* Let go of the task before saying the job is done, so that a flush
   * that returns leaves no reference behind on this thread. */
  g_object_unref (task);

  g_mutex_lock (&self->jobs_lock);
  self->jobs_running--;
  g_cond_broadcast (&self->jobs_cond);
  g_mutex_unlock (&self->jobs_lock);
}

static void
on_task_completed_cb (GTask      *task,
                      GParamSpec *pspec,
                      CbStore    *self)
{
  g_assert (self->jobs_undelivered > 0);
  self->jobs_undelivered--;
}

static void
job_free (Job *job)
{
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_free (job);
}

static void
push_job (CbStore        *self,
          GTask          *task,
          JobFunc         func,
          gpointer        data,
          GDestroyNotify  destroy)
{
  Job *job = g_new0 (Job, 1);

  job->func = func;
  job->data = data;
  job->destroy = destroy;
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  g_mutex_lock (&self->jobs_lock);
  self->jobs_running++;
  g_mutex_unlock (&self->jobs_lock);

  self->jobs_undelivered++;
  g_signal_connect_object (task, "notify::completed", G_CALLBACK (on_task_completed_cb), self, 0);

  g_thread_pool_push (self->worker, g_object_ref (task), NULL);
}

static void
add_problem (CbStore       *self,
             CbProblemKind  kind,
             const char    *path,
             const char    *message)
{
  g_autoptr(CbProblem) problem = cb_problem_new (kind, path, message);

  g_debug ("%s", message);
  g_list_store_append (self->problems, problem);
}

/* Saving */

typedef struct
{
  Entry      *entry;
  CbDocument *document;
  char       *data;
  gsize       length;
  guint       generation;
  /* results */
  char       *conflict_path;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  entry_unref (job->entry);
  g_object_unref (job->document);
  g_free (job->data);
  g_free (job->conflict_path);
  g_free (job);
}

static void
save_job_run (GTask   *task,
              CbStore *self,
              gpointer data)
{
  SaveJob *job = data;
  Entry *entry = job->entry;
  g_autofree char *path = entry_dup_path (entry);
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  FileStamp now;
  gboolean conflicted;

  g_mutex_lock (&entry->lock);
  conflicted = entry->conflict_path != NULL;
  if (conflicted)
    target = g_strdup (entry->conflict_path);
  g_mutex_unlock (&entry->lock);

  if (!conflicted)
    {
      stamp_file (path, &now);

      /* Another program replaced or edited the file since we read or wrote it:
       * keep its version where it is and write ours beside it. */
      if (now.valid && !stamps_equal (&now, &entry->stamp))
        {
          g_autofree char *name = entry_dup_file_name (entry);
          g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".json"));
          g_autofree char *stamp = timestamp_now ();
          g_autofree char *dir = entry_dup_dir (entry);

          target = g_strdup_printf ("%s/%s.conflict-%s.json", dir, stem, stamp);
          conflicted = TRUE;
        }
      else
        target = g_strdup (path);
    }

  if (!write_file_atomic (target, job->data, job->length, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (conflicted)
    {
      g_mutex_lock (&entry->lock);
      g_free (entry->conflict_path);
      entry->conflict_path = g_strdup (target);
      g_mutex_unlock (&entry->lock);
      job->conflict_path = g_strdup (target);
    }
  else
    stamp_file (path, &entry->stamp);

  g_task_return_boolean (task, TRUE);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CbStore *self = CB_STORE (object);
  GTask *task = G_TASK (result);
  Job *job_wrapper = g_task_get_task_data (task);
  SaveJob *job = job_wrapper->data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      g_autofree char *title = cb_document_dup_title (job->document);
      g_autofree char *message = g_strdup_printf (_("Could not save “%s”. %s"), title, error->message);
      g_autofree char *path = entry_dup_path (job->entry);

      self->failed_saves++;
      add_problem (self, CB_PROBLEM_SAVE_FAILED, path, message);

      /* Try again later unless the document was dropped meanwhile. */
      if (g_hash_table_contains (self->entries, job->document))
        {
          g_hash_table_add (self->pending, g_object_ref (job->document));
          if (self->save_source == 0)
            {
              self->first_pending = g_get_monotonic_time ();
              schedule_save (self, NULL);
            }
        }
      return;
    }

  cb_document_mark_saved (job->document, job->generation);

  if (job->conflict_path != NULL && cb_document_get_conflict_copy (job->document) == NULL)
    {
      g_autofree char *title = cb_document_dup_title (job->document);
      g_autofree char *path = entry_dup_path (job->entry);
      g_autofree char *base = g_path_get_basename (job->conflict_path);
      g_autofree char *message =
        g_strdup_printf (_("“%s” was changed by another program. Both versions are kept: "
                           "the other program’s in %s, and yours in %s beside it."),
                         title, path, base);

      cb_document_set_conflict_copy (job->document, job->conflict_path);
      add_problem (self, CB_PROBLEM_CONFLICT, path, message);
    }
}

static gboolean
queue_save (CbStore     *self,
            CbDocument  *document)
{
  Entry *entry = g_hash_table_lookup (self->entries, document);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  SaveJob *job;
  char *data;
  gsize length = 0;

  /* A document in the trash is not written: it is as it was deleted. */
  if (entry == NULL || entry->trashed || cb_document_get_read_only (document))
    return TRUE;

  now = g_date_time_new_now_local ();
  cb_document_set_modified (document, now);

  data = cb_json_serialize (document, &length, &error);
  if (data == NULL)
    {
      g_autofree char *title = cb_document_dup_title (document);
      g_autofree char *message = g_strdup_printf (_("Could not save “%s”: %s Correct it and Coachbook will save it."),
                                                  title, error->message);
      g_autofree char *path = entry_dup_path (entry);

      self->failed_saves++;
      add_problem (self, CB_PROBLEM_SAVE_FAILED, path, message);
      return FALSE;
    }

  job = g_new0 (SaveJob, 1);
  job->entry = entry_ref (entry);
  job->document = g_object_ref (document);
  job->data = data;
  job->length = length;
  job->generation = cb_document_get_generation (document);

  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, queue_save);
  push_job (self, task, save_job_run, job, (GDestroyNotify) save_job_free);

  return TRUE;
}

static gboolean
save_pending_cb (gpointer user_data)
{
  CbStore *self = user_data;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key;

  self->save_source = 0;
  self->first_pending = 0;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (docs, key);
      g_hash_table_iter_steal (&iter);
    }

  for (guint i = 0; i < docs->len; i++)
    queue_save (self, docs->pdata[i]);

  return G_SOURCE_REMOVE;
}

static gboolean
retry_cb (gpointer user_data)
{
  CbStore *self = user_data;

  self->save_source = 0;
  return save_pending_cb (self);
}

static void
schedule_save (CbStore    *self,
               CbDocument *document)
{
  gint64 now = g_get_monotonic_time ();

  if (document != NULL)
    {
      if (!g_hash_table_contains (self->pending, document))
        g_hash_table_add (self->pending, g_object_ref (document));
    }
  else
    {
      /* A retry after a failure. */
      g_clear_handle_id (&self->save_source, g_source_remove);
      self->save_source = g_timeout_add_seconds (RETRY_DELAY_S, retry_cb, self);
      return;
    }

  if (self->first_pending == 0)
    self->first_pending = now;

  /* Coalesce: wait for a quiet moment, but never longer than two seconds
   * after the first unsaved edit. */
  if (self->save_source != 0 && now - self->first_pending >= SAVE_MAX_DELAY_US)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_pending_cb, self);
}

static void
on_document_changed_cb (CbDocument *document,
                        CbStore    *self)
{
  if (cb_document_get_read_only (document))
    return;

  schedule_save (self, document);
}

static void
on_child_changed_cb (CbDocument *parent,
                     CbDocument *child,
                     GParamSpec *pspec,
                     CbStore    *self)
{
  if (g_hash_table_contains (self->entries, child))
    on_document_changed_cb (child, self);
}

/* Practices are watched directly; a practice reports its clients' edits
 * with ::child-changed, so a thousand clients need no handler of their own. */
static Entry *
track (CbStore    *self,
       CbDocument *document,
       const char *dir)
{
  Entry *entry = g_hash_table_lookup (self->entries, document);

  if (entry != NULL)
    return entry;

  entry = entry_new (document, dir);
  g_hash_table_insert (self->entries, g_object_ref (document), entry);

  if (CB_IS_PRACTICE (document))
    {
      g_signal_connect (document, "changed", G_CALLBACK (on_document_changed_cb), self);
      g_signal_connect (document, "child-changed", G_CALLBACK (on_child_changed_cb), self);
      g_signal_connect (document, "child-added", G_CALLBACK (on_child_added_cb), self);
      g_signal_connect (document, "child-removed", G_CALLBACK (on_child_removed_cb), self);
    }

  return entry;
}

/* A document kept in a sub-folder of @parent's folder: a client's
 * agreements/, or the practice's templates/. @file_name is the name it was
 * read from, or NULL for "<id>.json". */
/* Whether @file_name is "<id>.json" of @document. */
static gboolean
is_id_file_name (CbDocument *document,
                 const char *file_name)
{
  const char *id = cb_document_get_id (document);
  gsize n = strlen (id);

  return strncmp (file_name, id, n) == 0 && g_str_equal (file_name + n, ".json");
}

static Entry *
track_child (CbStore    *self,
             CbDocument *document,
             Entry      *parent,
             const char *subdir,
             const char *file_name)
{
  Entry *entry = g_hash_table_lookup (self->entries, document);

  if (entry != NULL)
    return entry;

  entry = entry_new (document, NULL);
  entry->parent = entry_ref (parent);
  entry->subdir = g_intern_string (subdir);
  if (file_name != NULL && !is_id_file_name (document, file_name))
    {
      g_free (entry->owned_name);
      entry->file_name = entry->owned_name = g_strdup (file_name);
    }
  g_hash_table_insert (self->entries, g_object_ref (document), entry);

  return entry;
}

/* GObject */

static void
cb_store_dispose (GObject *object)
{
  CbStore *self = CB_STORE (object);

  if (self->worker != NULL)
    {
      cb_store_flush (self);
      g_thread_pool_free (self->worker, FALSE, TRUE);
      self->worker = NULL;
    }

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->rescans != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->rescans);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_source_remove (GPOINTER_TO_UINT (value));
      g_clear_pointer (&self->rescans, g_hash_table_unref);
    }
  if (self->monitors != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->monitors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_file_monitor_cancel (value);
          g_object_set_data (key, "cb-store", NULL);
        }
      g_clear_pointer (&self->monitors, g_hash_table_unref);
    }

  if (self->entries != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_signal_handlers_disconnect_by_func (key, on_document_changed_cb, self);
          g_signal_handlers_disconnect_by_func (key, on_child_changed_cb, self);
          g_signal_handlers_disconnect_by_func (key, on_child_added_cb, self);
          g_signal_handlers_disconnect_by_func (key, on_child_removed_cb, self);
        }
    }

  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_object (&self->practices);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (cb_store_parent_class)->dispose (object);
}

static void
cb_store_finalize (GObject *object)
{
  CbStore *self = CB_STORE (object);

  g_free (self->root);
  g_mutex_clear (&self->jobs_lock);
  g_cond_clear (&self->jobs_cond);

  G_OBJECT_CLASS (cb_store_parent_class)->finalize (object);
}

static void
cb_store_class_init (CbStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_store_dispose;
  object_class->finalize = cb_store_finalize;
}

static void
cb_store_init (CbStore *self)
{
  self->practices = g_list_store_new (CB_TYPE_PRACTICE);
  self->problems = g_list_store_new (CB_TYPE_PROBLEM);
  self->entries = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) entry_unref);
  self->pending = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->worker = g_thread_pool_new (worker_func, self, 1, FALSE, NULL);
  self->monitors = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->rescans = g_hash_table_new (NULL, NULL);
  g_mutex_init (&self->jobs_lock);
  g_cond_init (&self->jobs_cond);
}

CbStore *
cb_store_new (const char *root)
{
  CbStore *self = g_object_new (CB_TYPE_STORE, NULL);

  self->root = root != NULL ? g_strdup (root)
                            : g_build_filename (g_get_user_data_dir (), "coachbook", NULL);

  return self;
}

const char *
cb_store_get_root (CbStore *self)
{
  g_return_val_if_fail (CB_IS_STORE (self), NULL);

  return self->root;
}

GListModel *
cb_store_get_problems (CbStore *self)
{
  g_return_val_if_fail (CB_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->problems);
}

GListModel *
cb_store_get_practices (CbStore *self)
{
  g_return_val_if_fail (CB_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->practices);
}

/* Reading practices and clients */

typedef struct
{
  CbDocument *document;
  char       *dir;        /* top-level documents */
  const char *subdir;     /* documents in a sub-folder (interned) */
  char       *file_name;  /* documents in a sub-folder */
  FileStamp   stamp;
  GPtrArray  *children;   /* Loaded, or NULL */
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->document);
  g_clear_pointer (&loaded->children, g_ptr_array_unref);
  g_free (loaded->dir);
  g_free (loaded->file_name);
  g_free (loaded);
}

/* Reads every document of @type in @dir ("<id>.json" files, not the
 * temporary files or conflict copies beside them). */
static GPtrArray *
load_folder (GType        type,
             const char  *practice_dir,
             const char  *dir,
             const char  *subdir,
             GPtrArray   *problems)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *loaded = NULL;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      Loaded *item;

      if (!g_str_has_suffix (name, ".json") || name[0] == '.' || is_conflict_copy (name))
        continue;

      item = g_new0 (Loaded, 1);
      item->subdir = g_intern_string (subdir);
      item->file_name = g_strdup (name);
      item->document = load_document (type, practice_dir, dir, name, &item->stamp, problems);
      if (item->document == NULL)
        {
          loaded_free (item);
          continue;
        }

      if (loaded == NULL)
        loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_free);
      g_ptr_array_add (loaded, item);
    }

  return loaded;
}

/* The documents a client's folder holds besides client.json: one listing
 * of the folder says which kinds it has (most clients have few). */
static void
load_client_documents (Loaded     *client,
                       const char *practice_dir,
                       GPtrArray  *problems)
{
  g_autoptr(GDir) dir = g_dir_open (client->dir, 0, NULL);
  const GType *types;
  guint n_types;
  const char *name;

  /* Worked out here, off the main thread, for the client list's order. */
  cb_client_get_sort_key (CB_CLIENT (client->document));

  if (dir == NULL)
    return;

  types = cb_document_get_client_types (&n_types);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      for (guint t = 0; t < n_types; t++)
        {
          CbDocumentClass *klass = g_type_class_peek (types[t]);
          g_autofree char *folder_dir = NULL;
          GPtrArray *found;

          if (klass == NULL)
            klass = g_type_class_ref (types[t]);   /* kept: document classes live on */
          if (g_strcmp0 (klass->folder, name) != 0)
            continue;

          folder_dir = g_build_filename (client->dir, name, NULL);
          found = load_folder (types[t], practice_dir, folder_dir, klass->folder, problems);
          if (found == NULL)
            break;

          for (guint i = 0; i < found->len; i++)
            {
              Loaded *item = found->pdata[i];
              cb_client_add_document (CB_CLIENT (client->document), item->document);
            }

          if (client->children == NULL)
            client->children = found;
          else
            g_ptr_array_extend_and_steal (client->children, found);
          break;
        }
    }
}

typedef struct
{
  char      *dir;            /* practices/ or a practice's folder */
  GPtrArray *loaded;         /* Loaded */
  GPtrArray *problems;       /* CbProblem */
  GPtrArray *names;          /* client folder names, for tidying */
  GPtrArray *templates;      /* Loaded: the practice's wording of agreements */
  GPtrArray *own;            /* Loaded: the coach's own documents */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_pointer (&job->names, g_ptr_array_unref);
  g_clear_pointer (&job->templates, g_ptr_array_unref);
  g_clear_pointer (&job->own, g_ptr_array_unref);
  g_free (job->dir);
  g_ptr_array_unref (job->loaded);
  g_ptr_array_unref (job->problems);
  g_free (job);
}

static LoadJob *
load_job_new (const char *dir)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->dir = g_strdup (dir);
  job->loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_free);
  job->problems = g_ptr_array_new_with_free_func (g_object_unref);

  return job;
}

/* Reads one document; an unreadable one goes to quarantine and is reported. */
static CbDocument *
load_document (GType        type,
               const char  *practice_dir,
               const char  *dir,
               const char  *file_name,
               FileStamp   *stamp,
               GPtrArray   *problems)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  CbDocument *document;
  gsize length = 0;

  if (!read_document_file (path, &contents, &length, stamp, &error) && error == NULL)
    return NULL;

  if (contents != NULL &&
      (document = cb_json_parse (type, contents, length, &error)) != NULL)
    {
      if (cb_document_get_read_only (document))
        {
          g_autofree char *title = cb_document_dup_title (document);
          g_autofree char *message =
            g_strdup_printf (_("“%s” was saved by a newer version of Coachbook. It is shown "
                               "read-only so nothing in it is lost; update Coachbook to edit it."),
                             title);

          g_ptr_array_add (problems, cb_problem_new (CB_PROBLEM_READ_ONLY, path, message));
        }
      return document;
    }

  if (g_error_matches (error, CB_STORE_ERROR, CB_STORE_ERROR_IO))
    {
      g_ptr_array_add (problems, cb_problem_new (CB_PROBLEM_SAVE_FAILED, path, error->message));
      return NULL;
    }

  {
    g_autofree char *moved = quarantine_file (practice_dir, path, error->message);
    g_autofree char *base = moved != NULL ? g_path_get_basename (moved) : NULL;
    g_autofree char *message = NULL;

    if (moved != NULL)
      message = g_strdup_printf (_("Could not read %s: %s It was moved to the practice’s "
                                   "quarantine folder as %s; everything else was loaded."),
                                 path, error->message, base);
    else
      message = g_strdup_printf (_("Could not read %s: %s"), path, error->message);

    g_ptr_array_add (problems, cb_problem_new (CB_PROBLEM_QUARANTINED, path, message));
  }

  return NULL;
}

static void
list_practices_run (GTask   *task,
                    CbStore *self,
                    gpointer data)
{
  LoadJob *job = data;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (!g_file_test (job->dir, G_FILE_TEST_EXISTS))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  dir = g_dir_open (job->dir, 0, &error);
  if (dir == NULL)
    {
      g_task_return_new_error (task, CB_STORE_ERROR, CB_STORE_ERROR_IO,
                               _("Could not read the folder “%s”: %s"), job->dir, error->message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *practice_dir = g_build_filename (job->dir, name, NULL);
      Loaded *loaded;

      if (!g_file_test (practice_dir, G_FILE_TEST_IS_DIR))
        continue;

      loaded = g_new0 (Loaded, 1);
      loaded->dir = g_strdup (practice_dir);
      loaded->document = load_document (CB_TYPE_PRACTICE, practice_dir, practice_dir,
                                        "practice.json", &loaded->stamp, job->problems);
      if (loaded->document == NULL)
        {
          loaded_free (loaded);
          continue;
        }
      g_ptr_array_add (job->loaded, loaded);
    }

  g_task_return_boolean (task, TRUE);
}

static void
take_problems (CbStore   *self,
               GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    g_list_store_append (self->problems, problems->pdata[i]);
}

static int
compare_practices (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  g_autofree char *ka = g_utf8_collate_key (cb_practice_get_name ((CbPractice *) a), -1);
  g_autofree char *kb = g_utf8_collate_key (cb_practice_get_name ((CbPractice *) b), -1);

  return strcmp (ka, kb);
}

static void
apply_practices (CbStore *self,
                 LoadJob *job)
{
  for (guint i = 0; i < job->loaded->len; i++)
    {
      Loaded *loaded = job->loaded->pdata[i];
      CbPractice *practice = CB_PRACTICE (loaded->document);
      Entry *entry;

      if (cb_store_find_practice (self, cb_document_get_id (loaded->document)) != NULL)
        continue;

      entry = track (self, loaded->document, loaded->dir);
      entry->stamp = loaded->stamp;
      g_list_store_insert_sorted (self->practices, practice, compare_practices, NULL);
    }

  take_problems (self, job->problems);
}

static GTask *
new_task (CbStore             *self,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  return task;
}

void
cb_store_load_practices_async (CbStore             *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *dir = NULL;

  g_return_if_fail (CB_IS_STORE (self));

  dir = g_build_filename (self->root, "practices", NULL);
  task = new_task (self, cancellable, callback, user_data, cb_store_load_practices_async);
  push_job (self, task, list_practices_run, load_job_new (dir), (GDestroyNotify) load_job_free);
}

gboolean
cb_store_load_practices_finish (CbStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  Job *job;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  apply_practices (self, job->data);
  return TRUE;
}

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

gboolean
cb_store_load_practices (CbStore  *self,
                         GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GMainContext *context = g_main_context_default ();

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);

  cb_store_load_practices_async (self, NULL, sync_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  return cb_store_load_practices_finish (self, result, error);
}

CbPractice *
cb_store_find_practice (CbStore    *self,
                        const char *name_or_id)
{
  GListModel *model;
  g_autofree char *folded = NULL;
  guint n;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);
  g_return_val_if_fail (name_or_id != NULL, NULL);

  model = G_LIST_MODEL (self->practices);
  n = g_list_model_get_n_items (model);
  folded = g_utf8_casefold (name_or_id, -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbPractice) practice = g_list_model_get_item (model, i);

      if (g_strcmp0 (cb_document_get_id (CB_DOCUMENT (practice)), name_or_id) == 0)
        return practice;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbPractice) practice = g_list_model_get_item (model, i);
      g_autofree char *name = g_utf8_casefold (cb_practice_get_name (practice), -1);

      if (g_strcmp0 (name, folded) == 0)
        return practice;
    }

  return NULL;
}

gboolean
cb_store_check_practice_name (CbStore     *self,
                              const char  *name,
                              CbPractice  *except,
                              GError     **error)
{
  g_autofree char *stripped = NULL;
  CbPractice *other;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);

  stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped == '\0')
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_NAME,
                   _("Give the practice a name."));
      return FALSE;
    }

  if (!g_utf8_validate (stripped, -1, NULL) || g_utf8_strlen (stripped, -1) > 200)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_INVALID_NAME,
                   _("A practice name must be text of at most 200 characters."));
      return FALSE;
    }

  other = cb_store_find_practice (self, stripped);
  if (other != NULL && other != except)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_NAME_TAKEN,
                   _("There is already a practice called “%s”. Choose another name."),
                   cb_practice_get_name (other));
      return FALSE;
    }

  return TRUE;
}

CbPractice *
cb_store_create_practice (CbStore     *self,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(CbPractice) practice = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);

  if (!cb_store_check_practice_name (self, name, NULL, error))
    return NULL;

  stripped = g_strstrip (g_strdup (name));
  practice = cb_practice_new (stripped);
  cb_practice_set_loaded (practice, TRUE);
  dir = g_build_filename (self->root, "practices", cb_document_get_id (CB_DOCUMENT (practice)), NULL);

  track (self, CB_DOCUMENT (practice), dir);
  g_list_store_insert_sorted (self->practices, practice, compare_practices, NULL);
  queue_save (self, CB_DOCUMENT (practice));

  return practice;
}

CbPractice *
cb_store_create_sample_practice (CbStore     *self,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(GPtrArray) clients = NULL;
  CbPractice *practice;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);

  practice = cb_store_create_practice (self, name, error);
  if (practice == NULL)
    return NULL;

  cb_sample_fill_coach_profile (cb_practice_get_coach_profile (practice));
  clients = cb_sample_create_clients ();
  cb_sample_add_agreements (clients);
  cb_sample_add_meetings (clients, NULL);
  cb_sample_add_referrals_and_evaluations (clients, NULL);
  cb_sample_add_plans_and_reviews (clients, NULL);
  cb_sample_add_hours (practice, clients, NULL);
  for (guint i = 0; i < clients->len; i++)
    cb_practice_add_client (practice, clients->pdata[i]);
  cb_sample_add_self_assessments (practice, NULL);
  /* The coach's own documents link to the clients by id. */
  cb_sample_add_journal (practice, NULL);

  cb_sample_add_cpd (practice, NULL);

  g_hash_table_remove (self->pending, practice);
  queue_save (self, CB_DOCUMENT (practice));

  return practice;
}

char *
cb_store_dup_practice_dir (CbStore    *self,
                           CbPractice *practice)
{
  Entry *entry;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  entry = g_hash_table_lookup (self->entries, practice);
  if (entry == NULL)
    return NULL;

  return entry_dup_dir (entry);
}

typedef struct
{
  const char *practice_dir;
  const char *clients_dir;
  GPtrArray  *names;      /* client folder names */
  guint       first;
  guint       step;
  GPtrArray  *loaded;     /* Loaded */
  GPtrArray  *problems;   /* CbProblem */
} LoadSlice;

/* Reads the client document of every folder of a slice. */
static gpointer
load_slice (gpointer data)
{
  LoadSlice *slice = data;

  cb_thread_give_way ();
  for (guint i = slice->first; i < slice->names->len; i += slice->step)
    {
      const char *name = slice->names->pdata[i];
      g_autofree char *client_dir = g_build_filename (slice->clients_dir, name, NULL);
      Loaded *loaded;

      loaded = g_new0 (Loaded, 1);
      loaded->dir = g_steal_pointer (&client_dir);
      loaded->document = load_document (CB_TYPE_CLIENT, slice->practice_dir, loaded->dir, "client.json",
                                        &loaded->stamp, slice->problems);
      if (loaded->document != NULL)
        {
          load_client_documents (loaded, slice->practice_dir, slice->problems);
          g_ptr_array_add (slice->loaded, loaded);
        }
      else
        loaded_free (loaded);
    }

  return NULL;
}

#define LOAD_THREADS 2
#define LOAD_PARALLEL_MIN 64

static void
open_practice_run (GTask   *task,
                   CbStore *self,
                   gpointer data)
{
  LoadJob *job = data;
  g_autofree char *clients_dir = g_build_filename (job->dir, "clients", NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  LoadSlice slices[LOAD_THREADS];
  GThread *threads[LOAD_THREADS] = { NULL, };
  guint n_slices;
  const char *name;
  gint64 start = g_get_monotonic_time ();

  job->names = names;
  remove_temp_files (job->dir, 0);

  /* Made now, so it can be watched for clients a sync tool brings in. */
  ensure_dir (clients_dir, NULL);

  /* The practice's own documents: its default wording of agreements. */
  {
    g_autofree char *templates_dir = g_build_filename (job->dir, TEMPLATES_FOLDER, NULL);

    remove_temp_files (templates_dir, 0);
    job->templates = load_folder (CB_TYPE_DOCUMENT, job->dir, templates_dir,
                                  TEMPLATES_FOLDER, job->problems);
  }

  /* The coach's own documents, one folder per type in me/. */
  {
    const GType *types;
    guint n_types;

    types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
    for (guint t = 0; t < n_types; t++)
      {
        CbDocumentClass *klass = g_type_class_peek (types[t]);
        g_autofree char *subdir = g_build_filename (COACH_FOLDER, klass->folder, NULL);
        g_autofree char *folder_dir = g_build_filename (job->dir, subdir, NULL);
        GPtrArray *found;

        remove_temp_files (folder_dir, 0);
        found = load_folder (types[t], job->dir, folder_dir, subdir, job->problems);
        if (found == NULL)
          continue;
        if (job->own == NULL)
          job->own = found;
        else
          g_ptr_array_extend_and_steal (job->own, found);
      }
  }

  dir = g_dir_open (clients_dir, 0, NULL);
  if (dir == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));

  /* Large practices are read on two threads: the machine's cores, not the
   * disk, are what a thousand small JSON files wait on. */
  n_slices = names->len >= LOAD_PARALLEL_MIN ? LOAD_THREADS : 1;
  for (guint i = 0; i < n_slices; i++)
    {
      slices[i].practice_dir = job->dir;
      slices[i].clients_dir = clients_dir;
      slices[i].names = names;
      slices[i].first = i;
      slices[i].step = n_slices;
      slices[i].loaded = i == 0 ? g_ptr_array_ref (job->loaded)
                                : g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_free);
      slices[i].problems = i == 0 ? g_ptr_array_ref (job->problems)
                                  : g_ptr_array_new_with_free_func (g_object_unref);
      if (i > 0)
        threads[i] = g_thread_new ("cb-load", load_slice, &slices[i]);
    }

  load_slice (&slices[0]);

  for (guint i = 1; i < n_slices; i++)
    {
      g_thread_join (threads[i]);
      g_ptr_array_extend_and_steal (job->loaded, g_steal_pointer (&slices[i].loaded));
      g_ptr_array_extend_and_steal (job->problems, g_steal_pointer (&slices[i].problems));
    }
  g_ptr_array_unref (slices[0].loaded);
  g_ptr_array_unref (slices[0].problems);

#ifdef __GLIBC__
  /* Parsing a thousand files leaves the parse trees' memory free but held
   * by the threads' malloc arenas; give it back. */
  malloc_trim (0);
#endif

  g_debug ("%u clients read in %.1f ms on %u threads", job->loaded->len,
           (g_get_monotonic_time () - start) / 1000.0, n_slices);

  g_task_return_boolean (task, TRUE);
}

void
cb_store_open_practice_async (CbStore             *self,
                              CbPractice          *practice,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read = NULL;
  g_autofree char *dir = NULL;

  g_return_if_fail (CB_IS_STORE (self));
  g_return_if_fail (CB_IS_PRACTICE (practice));

  task = new_task (self, cancellable, callback, user_data, cb_store_open_practice_async);
  g_task_set_task_data (task, NULL, NULL);

  dir = cb_store_dup_practice_dir (self, practice);
  if (dir == NULL)
    {
      g_task_return_new_error (task, CB_STORE_ERROR, CB_STORE_ERROR_NOT_FOUND,
                               _("The practice “%s” is not in this data folder."),
                               cb_practice_get_name (practice));
      return;
    }

  /* The files are read on the worker threads; then what they hold is
   * handed to the practice on the main thread, a slice at a time. */
  g_object_set_data_full (G_OBJECT (task), "practice", g_object_ref (practice), g_object_unref);
  read = new_task (self, cancellable, on_practice_read_cb, g_object_ref (task), on_practice_read_cb);
  g_object_set_data_full (G_OBJECT (read), "practice", g_object_ref (practice), g_object_unref);
  push_job (self, read, open_practice_run, load_job_new (dir), (GDestroyNotify) load_job_free);
}

/* Tidying a practice's client folders: temporary files a crash left
 * behind are removed, and sync tools' conflict copies are reported. It runs
 * right after the clients are shown, so a large practice appears sooner. */
typedef struct
{
  char      *practice_dir;
  char      *clients_dir;
  GPtrArray *names;
  GPtrArray *problems;
} TidyJob;

static void
tidy_job_free (TidyJob *job)
{
  g_free (job->practice_dir);
  g_free (job->clients_dir);
  g_ptr_array_unref (job->names);
  g_ptr_array_unref (job->problems);
  g_free (job);
}

static void
tidy_folder (const char *dir,
             GPtrArray  *problems)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_prefix (name, TEMP_PREFIX))
        g_unlink (path);
      else if (is_conflict_copy (name))
        {
          g_autofree char *message =
            g_strdup_printf (_("There are two versions of a file: %s is a conflicting copy that "
                               "a sync tool or another program left. Compare it with the file "
                               "beside it and keep the one you want."), path);

          g_ptr_array_add (problems, cb_problem_new (CB_PROBLEM_CONFLICT, path, message));
        }
    }
}

static void
tidy_job_run (GTask   *task,
              CbStore *self,
              gpointer data)
{
  TidyJob *job = data;
  const GType *types;
  guint n_types;

  types = cb_document_get_client_types (&n_types);

  for (guint i = 0; i < job->names->len; i++)
    {
      g_autofree char *client_dir = g_build_filename (job->clients_dir, job->names->pdata[i], NULL);

      tidy_folder (client_dir, job->problems);
      for (guint t = 0; t < n_types; t++)
        {
          g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
          g_autofree char *dir = g_build_filename (client_dir, CB_DOCUMENT_CLASS (klass)->folder, NULL);

          tidy_folder (dir, job->problems);
        }
    }

  /* The coach's own documents and the practice's wording. */
  {
    g_autofree char *templates = g_build_filename (job->practice_dir, TEMPLATES_FOLDER, NULL);

    tidy_folder (templates, job->problems);
    types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
    for (guint t = 0; t < n_types; t++)
      {
        CbDocumentClass *klass = g_type_class_peek (types[t]);
        g_autofree char *dir = g_build_filename (job->practice_dir, COACH_FOLDER, klass->folder, NULL);

        tidy_folder (dir, job->problems);
      }
  }

  g_task_return_boolean (task, TRUE);
}

static void
tidy_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CbStore *self = CB_STORE (object);
  Job *wrapper = g_task_get_task_data (G_TASK (result));
  TidyJob *job = wrapper->data;

  g_task_propagate_boolean (G_TASK (result), NULL);
  take_problems (self, job->problems);
}

static void
queue_tidy (CbStore    *self,
            const char *practice_dir,
            GPtrArray  *names)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, tidy_done_cb, NULL);
  TidyJob *job = g_new0 (TidyJob, 1);

  job->practice_dir = g_strdup (practice_dir);
  job->clients_dir = g_build_filename (practice_dir, "clients", NULL);
  job->names = g_ptr_array_ref (names);
  job->problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_source_tag (task, queue_tidy);
  push_job (self, task, tidy_job_run, job, (GDestroyNotify) tidy_job_free);
}

/* Clients that appear while the practice is open (a sync tool bringing in
 * a client made on another computer) are read and added. */
typedef struct
{
  char       *practice_dir;
  GHashTable *known;       /* client ids already in memory */
  LoadJob    *result;
} RescanJob;

static void
rescan_job_free (RescanJob *job)
{
  g_free (job->practice_dir);
  g_hash_table_unref (job->known);
  load_job_free (job->result);
  g_free (job);
}

static void
rescan_job_run (GTask   *task,
                CbStore *self,
                gpointer data)
{
  RescanJob *job = data;
  g_autofree char *clients_dir = g_build_filename (job->practice_dir, "clients", NULL);
  g_autoptr(GDir) dir = g_dir_open (clients_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *client_dir = NULL;
      Loaded *loaded;

      if (name[0] == '.' || g_hash_table_contains (job->known, name))
        continue;

      client_dir = g_build_filename (clients_dir, name, NULL);
      if (!g_file_test (client_dir, G_FILE_TEST_IS_DIR))
        continue;

      loaded = g_new0 (Loaded, 1);
      loaded->dir = g_steal_pointer (&client_dir);
      loaded->document = load_document (CB_TYPE_CLIENT, job->practice_dir, loaded->dir, "client.json",
                                        &loaded->stamp, job->result->problems);
      if (loaded->document == NULL)
        {
          loaded_free (loaded);
          continue;
        }
      load_client_documents (loaded, job->practice_dir, job->result->problems);
      g_ptr_array_add (job->result->loaded, loaded);
    }

  g_task_return_boolean (task, TRUE);
}

static void
rescan_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CbStore *self = CB_STORE (object);
  CbPractice *practice = g_object_get_data (G_OBJECT (result), "practice");
  RescanJob *job = ((Job *) g_task_get_task_data (G_TASK (result)))->data;
  g_autoptr(GPtrArray) clients = g_ptr_array_new ();

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  for (guint i = 0; i < job->result->loaded->len; i++)
    {
      Loaded *loaded = job->result->loaded->pdata[i];
      Entry *entry;

      /* Made or restored here meanwhile: already known. */
      if (cb_practice_find_client (practice, cb_document_get_id (loaded->document)) != NULL ||
          g_hash_table_contains (self->entries, loaded->document))
        continue;

      entry = track (self, loaded->document, loaded->dir);
      entry->stamp = loaded->stamp;
      for (guint c = 0; loaded->children != NULL && c < loaded->children->len; c++)
        {
          Loaded *child = loaded->children->pdata[c];
          Entry *child_entry = track_child (self, child->document, entry, child->subdir, child->file_name);

          child_entry->stamp = child->stamp;
        }
      g_ptr_array_add (clients, loaded->document);
    }

  if (clients->len > 0)
    {
      g_debug ("%u clients appeared in the practice's folder", clients->len);
      cb_practice_add_clients (practice, (CbClient **) clients->pdata, clients->len);
    }
  take_problems (self, job->result->problems);
}

static gboolean
rescan_cb (gpointer user_data)
{
  CbPractice *practice = user_data;
  CbStore *self = g_object_get_data (G_OBJECT (practice), "cb-store");
  g_autoptr(GTask) task = NULL;
  GListModel *clients = cb_practice_get_clients (practice);
  GHashTableIter iter;
  gpointer key;
  RescanJob *job;

  g_hash_table_remove (self->rescans, practice);

  job = g_new0 (RescanJob, 1);
  job->practice_dir = cb_store_dup_practice_dir (self, practice);
  job->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  job->result = load_job_new (job->practice_dir);

  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbDocument) client = g_list_model_get_item (clients, i);
      g_hash_table_add (job->known, g_strdup (cb_document_get_id (client)));
    }
  /* Clients in the trash are known too (an undo moves them back). */
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (CB_IS_CLIENT (key))
      g_hash_table_add (job->known, g_strdup (cb_document_get_id (key)));

  task = g_task_new (self, NULL, rescan_done_cb, NULL);
  g_task_set_source_tag (task, rescan_cb);
  g_object_set_data_full (G_OBJECT (task), "practice", g_object_ref (practice), g_object_unref);
  push_job (self, task, rescan_job_run, job, (GDestroyNotify) rescan_job_free);

  return G_SOURCE_REMOVE;
}

static void
on_clients_folder_changed_cb (GFileMonitor      *monitor,
                              GFile             *file,
                              GFile             *other,
                              GFileMonitorEvent  event,
                              CbPractice        *practice)
{
  CbStore *self = g_object_get_data (G_OBJECT (practice), "cb-store");

  if (event != G_FILE_MONITOR_EVENT_CREATED && event != G_FILE_MONITOR_EVENT_MOVED_IN &&
      event != G_FILE_MONITOR_EVENT_RENAMED)
    return;

  /* A sync tool writes a folder and then its files: wait for it to settle. */
  if (!g_hash_table_contains (self->rescans, practice))
    g_hash_table_insert (self->rescans, practice,
                         GUINT_TO_POINTER (g_timeout_add (RESCAN_DELAY_MS, rescan_cb, practice)));
}

static void
watch_practice (CbStore    *self,
                CbPractice *practice,
                const char *practice_dir)
{
  g_autofree char *clients_dir = g_build_filename (practice_dir, "clients", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (clients_dir);
  g_autoptr(GError) error = NULL;
  GFileMonitor *monitor;

  if (g_hash_table_contains (self->monitors, practice))
    return;

  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (monitor == NULL)
    {
      g_debug ("Not watching %s: %s", clients_dir, error->message);
      return;
    }

  g_object_set_data (G_OBJECT (practice), "cb-store", self);
  g_signal_connect_object (monitor, "changed", G_CALLBACK (on_clients_folder_changed_cb), practice, 0);
  g_hash_table_insert (self->monitors, g_object_ref (practice), monitor);
}

/* Handing what was read to the practice: a thousand clients with their
 * documents would hold the main thread for a tenth of a second or more,
 * so they go a few milliseconds' worth at a time. */
#define HAND_OVER_SLICE_USEC 5000

typedef struct
{
  GTask      *task;      /* the caller's */
  GTask      *read;      /* holds the job */
  CbPractice *practice;
  guint       next;      /* the next client of job->loaded */
  guint       n_clients;
  gint64      busy_usec;
} HandOver;

static void
release_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CbStore *self = source_object;

  load_job_free (task_data);

  g_mutex_lock (&self->jobs_lock);
  self->jobs_running--;
  g_cond_broadcast (&self->jobs_cond);
  g_mutex_unlock (&self->jobs_lock);
}

/* Lets go of the documents @loaded held (they live on in the practice, or
 * go here, on the main thread, if the practice went meanwhile). */
static void
drop_documents (GPtrArray *loaded)
{
  for (guint i = 0; loaded != NULL && i < loaded->len; i++)
    {
      Loaded *item = loaded->pdata[i];

      g_clear_object (&item->document);
      drop_documents (item->children);
    }
}

static void
hand_over_free (HandOver *hand_over)
{
  CbStore *self = g_task_get_source_object (hand_over->task);
  Job *wrapper = g_task_get_task_data (hand_over->read);
  LoadJob *job = wrapper->data;
  g_autoptr(GTask) release = g_task_new (self, NULL, NULL, NULL);

  /* What was read takes a good part of a frame to free (tens of thousands
   * of names and arrays): once the documents and problems are let go of
   * here, a thread frees the rest, counted as a job (a flush waits). */
  wrapper->data = NULL;
  wrapper->destroy = NULL;
  drop_documents (job->loaded);
  drop_documents (job->templates);
  drop_documents (job->own);
  g_ptr_array_set_size (job->problems, 0);

  g_mutex_lock (&self->jobs_lock);
  self->jobs_running++;
  g_mutex_unlock (&self->jobs_lock);
  self->jobs_undelivered++;
  g_signal_connect_object (release, "notify::completed", G_CALLBACK (on_task_completed_cb), self, 0);
  g_task_set_task_data (release, job, NULL);
  g_task_run_in_thread (release, release_thread);

  g_object_unref (hand_over->read);
  g_object_unref (hand_over->task);
  g_object_unref (hand_over->practice);
  g_free (hand_over);
}

static LoadJob *
hand_over_job (HandOver *hand_over)
{
  Job *wrapper = g_task_get_task_data (hand_over->read);

  return wrapper->data;
}

/* The practice's own documents and templates, then the practice is
 * loaded and watched. */
static void
hand_over_finish (HandOver *hand_over)
{
  CbStore *self = g_task_get_source_object (hand_over->task);
  CbPractice *practice = hand_over->practice;
  LoadJob *job = hand_over_job (hand_over);

  if (job->templates != NULL)
    {
      Entry *practice_entry = g_hash_table_lookup (self->entries, practice);

      for (guint i = 0; i < job->templates->len; i++)
        {
          Loaded *loaded = job->templates->pdata[i];
          Entry *entry;

          if (cb_practice_find_template (practice, cb_document_get_id (loaded->document)) != NULL)
            continue;
          entry = track_child (self, loaded->document, practice_entry, loaded->subdir, loaded->file_name);
          entry->stamp = loaded->stamp;
          cb_practice_add_template (practice, loaded->document);
        }
    }

  if (job->own != NULL)
    {
      Entry *practice_entry = g_hash_table_lookup (self->entries, practice);

      for (guint i = 0; i < job->own->len; i++)
        {
          Loaded *loaded = job->own->pdata[i];
          Entry *entry;

          if (cb_practice_find_document (practice, cb_document_get_id (loaded->document)) != NULL)
            continue;
          entry = track_child (self, loaded->document, practice_entry, loaded->subdir, loaded->file_name);
          entry->stamp = loaded->stamp;
          cb_practice_add_document (practice, loaded->document);
        }
    }

  cb_practice_set_loaded (practice, TRUE);
  take_problems (self, job->problems);

  if (job->names != NULL)
    queue_tidy (self, job->dir, job->names);

  watch_practice (self, practice, job->dir);

  g_debug ("%u clients handed to the practice in %.1f ms of slices",
           hand_over->n_clients, hand_over->busy_usec / 1000.0);
}

static gboolean
hand_over_slice_cb (gpointer data)
{
  HandOver *hand_over = data;
  CbStore *self = g_task_get_source_object (hand_over->task);
  LoadJob *job = hand_over_job (hand_over);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) clients = g_ptr_array_new ();

  if (g_task_return_error_if_cancelled (hand_over->task))
    {
      hand_over_free (hand_over);
      return G_SOURCE_REMOVE;
    }

  while (hand_over->next < job->loaded->len && g_get_monotonic_time () - start < HAND_OVER_SLICE_USEC / 2)
    {
      Loaded *loaded = job->loaded->pdata[hand_over->next++];
      Entry *entry;

      if (cb_practice_find_client (hand_over->practice, cb_document_get_id (loaded->document)) != NULL)
        continue;

      entry = track (self, loaded->document, loaded->dir);
      entry->stamp = loaded->stamp;
      g_ptr_array_add (clients, loaded->document);

      for (guint c = 0; loaded->children != NULL && c < loaded->children->len; c++)
        {
          Loaded *child = loaded->children->pdata[c];
          Entry *child_entry = track_child (self, child->document, entry, child->subdir, child->file_name);

          child_entry->stamp = child->stamp;
        }
    }

  /* Those who follow the practice (the list, Today, search) take the
   * clients in with the other half of the slice. */
  cb_practice_add_clients (hand_over->practice, (CbClient **) clients->pdata, clients->len);
  hand_over->n_clients += clients->len;

  if (hand_over->next < job->loaded->len)
    {
      hand_over->busy_usec += g_get_monotonic_time () - start;
      return G_SOURCE_CONTINUE;
    }

  hand_over_finish (hand_over);
  hand_over->busy_usec += g_get_monotonic_time () - start;
  g_task_return_boolean (hand_over->task, TRUE);
  hand_over_free (hand_over);

  return G_SOURCE_REMOVE;
}

static void
on_practice_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  HandOver *hand_over;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  hand_over = g_new0 (HandOver, 1);
  hand_over->task = g_steal_pointer (&task);
  hand_over->read = g_object_ref (G_TASK (result));
  hand_over->practice = g_object_ref (g_object_get_data (G_OBJECT (result), "practice"));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, hand_over_slice_cb, hand_over, NULL);
}

gboolean
cb_store_open_practice_finish (CbStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (CB_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
cb_store_open_practice (CbStore     *self,
                        CbPractice  *practice,
                        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GMainContext *context = g_main_context_default ();

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);

  cb_store_open_practice_async (self, practice, NULL, sync_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  if (!cb_store_open_practice_finish (self, result, error))
    return FALSE;

  /* The folders are tidied too before this returns. */
  cb_store_flush (self);
  return TRUE;
}

/* New documents and deleted ones: the store follows the model. A
 * document joining an owner the store writes (unless it read it itself),
 * one leaving it goes to the practice's trash/ and comes back when it
 * joins again (Undo). */

/* Tracks and writes a client the store did not read, with what it holds. */
static void
add_client (CbStore    *self,
            CbPractice *practice,
            CbClient   *client)
{
  g_autofree char *practice_dir = cb_store_dup_practice_dir (self, practice);
  g_autofree char *dir = NULL;
  GListModel *documents;
  Entry *entry;

  g_return_if_fail (practice_dir != NULL);

  dir = g_build_filename (practice_dir, "clients", cb_document_get_id (CB_DOCUMENT (client)), NULL);
  entry = track (self, CB_DOCUMENT (client), dir);
  queue_save (self, CB_DOCUMENT (client));

  /* A client that comes with documents (the sample) brings them along. */
  documents = cb_client_get_documents (client);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);

      track_child (self, document, entry, CB_DOCUMENT_GET_CLASS (document)->folder, NULL);
      queue_save (self, document);
    }
}

/* The folder, relative to its owner's, that holds @document. */
static char *
dup_subdir (CbPractice *practice,
            CbDocument *document)
{
  if (cb_practice_has_template (practice, document))
    return g_strdup (TEMPLATES_FOLDER);
  if (cb_document_get_parent (document) == CB_DOCUMENT (practice))
    return g_build_filename (COACH_FOLDER, CB_DOCUMENT_GET_CLASS (document)->folder, NULL);
  return g_strdup (CB_DOCUMENT_GET_CLASS (document)->folder);
}

typedef struct
{
  Entry   *entry;
  char    *practice_dir;
  gboolean to_trash;
  gboolean folder;      /* a client's whole folder, not one file */
} TrashJob;

static void
trash_job_free (TrashJob *job)
{
  entry_unref (job->entry);
  g_free (job->practice_dir);
  g_free (job);
}

/* Where a deleted document waits: trash/<client-id>/ for a client's whole
 * folder, and for one document the same path under trash/documents/ as it
 * had in the practice (trash/documents/clients/<id>/meetings/<id>.json). */
static char *
trash_dir_for (TrashJob   *job,
               const char *dir)
{
  const char *relative;

  if (job->folder)
    return g_build_filename (job->practice_dir, "trash", cb_document_get_id (job->entry->document), NULL);

  g_return_val_if_fail (g_str_has_prefix (dir, job->practice_dir), NULL);
  relative = dir + strlen (job->practice_dir);
  while (*relative == '/')
    relative++;

  return g_build_filename (job->practice_dir, "trash", "documents", relative, NULL);
}

static gboolean
move_path (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (to);
  g_autofree char *from_parent = g_path_get_dirname (from);

  if (!ensure_dir (parent, error))
    return FALSE;

  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_IO,
                   _("Could not move “%s”: “%s” is already there."), from, to);
      return FALSE;
    }

  /* Never written (deleted before its first save): nothing to move. */
  if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
    {
      set_io_error (error, errno, _("Could not move"), from);
      return FALSE;
    }

  fsync_dir (parent);
  fsync_dir (from_parent);
  return TRUE;
}

static void
trash_job_run (GTask   *task,
               CbStore *self,
               gpointer data)
{
  TrashJob *job = data;
  Entry *entry = job->entry;
  g_autoptr(GError) error = NULL;

  if (job->folder)
    {
      g_autofree char *home = g_build_filename (job->practice_dir, "clients",
                                                cb_document_get_id (entry->document), NULL);
      g_autofree char *trash = trash_dir_for (job, NULL);

      if (!move_path (job->to_trash ? home : trash, job->to_trash ? trash : home, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      g_mutex_lock (&entry->lock);
      g_free (entry->dir);
      entry->dir = g_strdup (job->to_trash ? trash : home);
      g_mutex_unlock (&entry->lock);
    }
  else
    {
      g_autofree char *home_dir = NULL;
      g_autofree char *trash_dir = NULL;
      g_autofree char *home = NULL;
      g_autofree char *trash = NULL;

      /* The folder it belongs in, whatever it is in now. */
      g_mutex_lock (&entry->lock);
      trash_dir = g_steal_pointer (&entry->trash_dir);
      g_mutex_unlock (&entry->lock);
      home_dir = entry_dup_dir (entry);
      if (trash_dir == NULL)
        trash_dir = trash_dir_for (job, home_dir);

      {
        g_autofree char *name = entry_dup_file_name (entry);

        home = g_build_filename (home_dir, name, NULL);
        trash = g_build_filename (trash_dir, name, NULL);
      }

      if (!move_path (job->to_trash ? home : trash, job->to_trash ? trash : home, &error))
        {
          if (!job->to_trash)
            {
              g_mutex_lock (&entry->lock);
              entry->trash_dir = g_strdup (trash_dir);
              g_mutex_unlock (&entry->lock);
            }
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      if (job->to_trash)
        {
          g_mutex_lock (&entry->lock);
          entry->trash_dir = g_strdup (trash_dir);
          g_mutex_unlock (&entry->lock);
        }
    }

  g_task_return_boolean (task, TRUE);
}

static void
trash_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  CbStore *self = CB_STORE (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    add_problem (self, CB_PROBLEM_SAVE_FAILED, NULL, error->message);
}

static void
queue_trash (CbStore    *self,
             CbPractice *practice,
             Entry      *entry,
             gboolean    to_trash)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, trash_done_cb, NULL);
  TrashJob *job = g_new0 (TrashJob, 1);

  job->entry = entry_ref (entry);
  job->practice_dir = cb_store_dup_practice_dir (self, practice);
  job->to_trash = to_trash;
  job->folder = CB_IS_CLIENT (entry->document);
  g_task_set_source_tag (task, queue_trash);

  if (to_trash)
    {
      /* Whatever was typed last is written before the file moves. */
      g_clear_handle_id (&self->save_source, g_source_remove);
      save_pending_cb (self);
    }

  entry->trashed = to_trash;
  push_job (self, task, trash_job_run, job, (GDestroyNotify) trash_job_free);
}

static void
on_child_added_cb (CbDocument *owner,
                   CbDocument *child,
                   CbStore    *self)
{
  CbPractice *practice = CB_PRACTICE (owner);
  CbDocument *parent = cb_document_get_parent (child);
  Entry *entry = g_hash_table_lookup (self->entries, child);
  g_autofree char *subdir = NULL;
  Entry *parent_entry;

  if (entry != NULL)
    {
      /* Read by the store itself, or back from the trash. */
      if (entry->trashed)
        queue_trash (self, practice, entry, FALSE);
      return;
    }

  if (CB_IS_CLIENT (child) && parent == owner)
    {
      add_client (self, practice, CB_CLIENT (child));
      return;
    }

  parent_entry = parent != NULL ? g_hash_table_lookup (self->entries, parent) : NULL;
  if (parent_entry == NULL || parent_entry->trashed)
    return;

  subdir = dup_subdir (practice, child);
  track_child (self, child, parent_entry, subdir, NULL);
  queue_save (self, child);
}

static void
on_child_removed_cb (CbDocument *owner,
                     CbDocument *child,
                     CbStore    *self)
{
  Entry *entry = g_hash_table_lookup (self->entries, child);

  if (entry == NULL || entry->trashed)
    return;

  queue_trash (self, CB_PRACTICE (owner), entry, TRUE);
}

/* Photo */

typedef struct
{
  GFile *source;
  char  *practice_dir;
  char  *file_name;   /* result */
} PhotoJob;

static void
photo_job_free (PhotoJob *job)
{
  g_clear_object (&job->source);
  g_free (job->practice_dir);
  g_free (job->file_name);
  g_free (job);
}

static void
set_too_big_error (GError     **error,
                   gboolean     photo,
                   const char  *display,
                   guint64      bytes)
{
  g_autofree char *size = g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);

  if (photo)
    g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED,
                 /* Translators: the first %s is a file name, the second its size ("30.0 MiB") */
                 _("“%s” is %s; the photo can be at most 20 MiB. Choose a smaller photo."),
                 display, size);
  else
    g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED,
                 /* Translators: the first %s is a file name, the second its size ("30.0 MiB") */
                 _("“%s” is %s; evidence files can be at most 20 MiB. Make it smaller or keep it elsewhere."),
                 display, size);
}

/* Reads a file to copy into the practice: a regular file of at most
 * @max_size bytes, whole; @photo says which message a larger one gets. */
static GBytes *
read_import_source (GFile       *source,
                    goffset      max_size,
                    gboolean     photo,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *base = g_file_get_basename (source);
  g_autofree char *display = g_filename_display_name (base != NULL ? base : "");
  GBytes *bytes;

  info = g_file_query_info (source, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_NOT_FOUND,
                   _("Could not open “%s”: %s"), display, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED,
                   _("“%s” is not a file that can be copied. Choose a document, an image or another ordinary file."),
                   display);
      return NULL;
    }

  if (g_file_info_get_size (info) > max_size)
    {
      set_too_big_error (error, photo, display, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  bytes = g_file_load_bytes (source, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, CB_STORE_ERROR, CB_STORE_ERROR_IO,
                   _("Could not read “%s”: %s"), display, local_error->message);
      return NULL;
    }

  /* It may have grown since it was measured. */
  if ((goffset) g_bytes_get_size (bytes) > max_size)
    {
      set_too_big_error (error, photo, display, g_bytes_get_size (bytes));
      g_bytes_unref (bytes);
      return NULL;
    }

  return bytes;
}

static void
photo_job_run (GTask   *task,
               CbStore *self,
               gpointer data)
{
  PhotoJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = g_file_get_parse_name (job->source);
  g_autofree char *path = NULL;
  const guchar *data_bytes;
  const char *extension;
  gsize length;

  bytes = read_import_source (job->source, MAX_PHOTO_SIZE, TRUE, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data_bytes = g_bytes_get_data (bytes, &length);
  if (length >= 3 && data_bytes[0] == 0xFF && data_bytes[1] == 0xD8 && data_bytes[2] == 0xFF)
    extension = "jpg";
  else if (length >= 8 && memcmp (data_bytes, "\x89PNG\r\n\x1a\n", 8) == 0)
    extension = "png";
  else
    {
      g_task_return_new_error (task, CB_STORE_ERROR, CB_STORE_ERROR_UNSUPPORTED,
                               _("“%s” is not a JPEG or PNG image. The profile photo must be a "
                                 "JPEG or PNG file; save it in one of those formats and try again."),
                               display);
      return;
    }

  job->file_name = g_strdup_printf ("photo.%s", extension);
  path = g_build_filename (job->practice_dir, job->file_name, NULL);
  if (!write_file_atomic (path, (const char *) data_bytes, length, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cb_store_import_photo_async (CbStore             *self,
                             CbPractice          *practice,
                             GFile               *source,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PhotoJob *job;

  g_return_if_fail (CB_IS_STORE (self));
  g_return_if_fail (CB_IS_PRACTICE (practice));
  g_return_if_fail (G_IS_FILE (source));

  task = new_task (self, cancellable, callback, user_data, cb_store_import_photo_async);
  g_object_set_data_full (G_OBJECT (task), "practice", g_object_ref (practice), g_object_unref);

  job = g_new0 (PhotoJob, 1);
  job->source = g_object_ref (source);
  job->practice_dir = cb_store_dup_practice_dir (self, practice);
  push_job (self, task, photo_job_run, job, (GDestroyNotify) photo_job_free);
}

gboolean
cb_store_import_photo_finish (CbStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  CbPractice *practice;
  PhotoJob *job;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  practice = g_object_get_data (G_OBJECT (result), "practice");
  job = ((Job *) g_task_get_task_data (G_TASK (result)))->data;

  /* Set to empty first so a photo replaced by one of the same name still
   * notifies the views. */
  cb_record_set_string (CB_RECORD (cb_practice_get_coach_profile (practice)), "photo", "");
  cb_record_set_string (CB_RECORD (cb_practice_get_coach_profile (practice)), "photo", job->file_name);

  return TRUE;
}

char *
cb_store_dup_photo_path (CbStore    *self,
                         CbPractice *practice)
{
  const char *name;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  name = cb_record_get_string (CB_RECORD (cb_practice_get_coach_profile (practice)), "photo");
  if (name == NULL || *name == '\0' || strchr (name, '/') != NULL || name[0] == '.')
    return NULL;

  dir = cb_store_dup_practice_dir (self, practice);
  if (dir == NULL)
    return NULL;

  return g_build_filename (dir, name, NULL);
}

/* Files a document keeps */

typedef struct
{
  GFile      *source;
  CbDocument *document;
  char       *field;
  char       *dir;         /* the folder of the document's file */
  char       *file_name;   /* result */
} FileJob;

static void
file_job_free (FileJob *job)
{
  g_clear_object (&job->source);
  g_clear_object (&job->document);
  g_free (job->field);
  g_free (job->dir);
  g_free (job->file_name);
  g_free (job);
}

char *
cb_store_safe_file_name (const char *name)
{
  GString *safe = g_string_new (NULL);
  const char *p = name != NULL ? name : "";

  /* The name, not the folders it is in. */
  if (strrchr (p, '/') != NULL)
    p = strrchr (p, '/') + 1;

  /* No folders, no hidden files, nothing a shell or another system
   * would trip over; letters of any script are kept. */
  while (*p == '.' || *p == ' ')
    p++;

  for (; *p != '\0' && safe->len < CB_STORE_MAX_FILE_NAME; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isalnum (c) || c == '.' || c == '-' || c == '_')
        g_string_append_unichar (safe, c);
      else if (safe->len > 0 && safe->str[safe->len - 1] != '_')
        g_string_append_c (safe, '_');
    }

  while (safe->len > 0 && (safe->str[safe->len - 1] == '_' || safe->str[safe->len - 1] == '.'))
    g_string_truncate (safe, safe->len - 1);

  if (safe->len == 0)
    g_string_assign (safe, "file");

  return g_string_free (safe, FALSE);
}

static void
file_job_run (GTask   *task,
              CbStore *self,
              gpointer data)
{
  FileJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base = g_file_get_basename (job->source);
  g_autofree char *safe = cb_store_safe_file_name (base);
  g_autofree char *path = NULL;
  gconstpointer contents;
  gsize length;

  bytes = read_import_source (job->source, CB_STORE_MAX_IMPORT_SIZE, FALSE, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job->file_name = g_strdup_printf ("%s-%s", cb_document_get_id (job->document), safe);
  path = g_build_filename (job->dir, FILES_FOLDER, job->file_name, NULL);
  contents = g_bytes_get_data (bytes, &length);
  if (!write_file_atomic (path, contents, length, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cb_store_import_file_async (CbStore             *self,
                            CbDocument          *document,
                            const char          *field,
                            GFile               *source,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Entry *entry;
  FileJob *job;
  int index;

  g_return_if_fail (CB_IS_STORE (self));
  g_return_if_fail (CB_IS_DOCUMENT (document));
  g_return_if_fail (field != NULL);
  g_return_if_fail (G_IS_FILE (source));

  index = cb_record_class_find_field (CB_RECORD_GET_CLASS (document), field);
  g_return_if_fail (index >= 0 && cb_record_get_field (CB_RECORD (document), index)->kind == CB_FIELD_FILE);

  task = new_task (self, cancellable, callback, user_data, cb_store_import_file_async);

  entry = g_hash_table_lookup (self->entries, document);
  if (entry == NULL || entry->trashed)
    {
      g_autofree char *title = cb_document_dup_title (document);

      g_task_return_new_error (task, CB_STORE_ERROR, CB_STORE_ERROR_NOT_FOUND,
                               _("Could not keep a copy of the file with “%s”: it is not saved in a practice."),
                               title);
      return;
    }

  job = g_new0 (FileJob, 1);
  job->source = g_object_ref (source);
  job->document = g_object_ref (document);
  job->field = g_strdup (field);
  job->dir = entry_dup_dir (entry);
  push_job (self, task, file_job_run, job, (GDestroyNotify) file_job_free);
}

gboolean
cb_store_import_file_finish (CbStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  FileJob *job;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = ((Job *) g_task_get_task_data (G_TASK (result)))->data;
  cb_record_set_string (CB_RECORD (job->document), job->field, job->file_name);

  return TRUE;
}

char *
cb_store_dup_file_path (CbStore    *self,
                        CbDocument *document,
                        const char *field)
{
  Entry *entry;
  const char *name;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CB_IS_STORE (self), NULL);
  g_return_val_if_fail (CB_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  name = cb_record_get_string (CB_RECORD (document), field);
  if (name == NULL || *name == '\0' || strchr (name, '/') != NULL || name[0] == '.')
    return NULL;

  entry = g_hash_table_lookup (self->entries, document);
  if (entry == NULL)
    return NULL;

  dir = entry_dup_dir (entry);
  return g_build_filename (dir, FILES_FOLDER, name, NULL);
}

/* Flushing */

gboolean
cb_store_flush (CbStore *self)
{
  guint failed_before;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);

  failed_before = self->failed_saves;

  g_clear_handle_id (&self->save_source, g_source_remove);
  save_pending_cb (self);

  g_mutex_lock (&self->jobs_lock);
  while (self->jobs_running > 0)
    g_cond_wait (&self->jobs_cond, &self->jobs_lock);
  g_mutex_unlock (&self->jobs_lock);

  /* Deliver the results (marks documents saved, reports conflicts). */
  while (self->jobs_undelivered > 0)
    g_main_context_iteration (NULL, TRUE);

  /* A failed save re-queues itself for later; do not let that timer fire
   * into a loop here. */
  return self->failed_saves == failed_before;
}

gboolean
cb_store_has_pending (CbStore *self)
{
  gboolean running;

  g_return_val_if_fail (CB_IS_STORE (self), FALSE);

  g_mutex_lock (&self->jobs_lock);
  running = self->jobs_running > 0;
  g_mutex_unlock (&self->jobs_lock);

  return running || g_hash_table_size (self->pending) > 0;
}
