/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-practice.h"
#include "cb-problem.h"
#include "cb-store-error.h"

G_BEGIN_DECLS

#define CB_TYPE_STORE (cb_store_get_type ())

G_DECLARE_FINAL_TYPE (CbStore, cb_store, CB, STORE, GObject)

/* The store reads and writes the practices under one data folder
 * (g_get_user_data_dir()/coachbook unless @root is given). All writing
 * happens on one worker thread, in order; edits to a tracked document are
 * saved within a second of the last change, atomically, mode 0600 in
 * folders of mode 0700. The store never touches widgets. */
CbStore      *cb_store_new                    (const char           *root);
const char   *cb_store_get_root               (CbStore              *self);

/* Problems to tell the user about, newest last (CbProblem). */
GListModel   *cb_store_get_problems           (CbStore              *self);

/* Practices: CbPractice objects with their name and coach profile; their
 * clients are read by cb_store_open_practice_*. */
GListModel   *cb_store_get_practices          (CbStore              *self);
gboolean      cb_store_load_practices         (CbStore              *self,
                                               GError              **error);
void          cb_store_load_practices_async   (CbStore              *self,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      cb_store_load_practices_finish  (CbStore              *self,
                                               GAsyncResult         *result,
                                               GError              **error);
CbPractice   *cb_store_find_practice          (CbStore              *self,
                                               const char           *name_or_id);
/* Checks that @name is usable and not taken by another practice than @except. */
gboolean      cb_store_check_practice_name    (CbStore              *self,
                                               const char           *name,
                                               CbPractice           *except,
                                               GError              **error);
CbPractice   *cb_store_create_practice        (CbStore              *self,
                                               const char           *name,
                                               GError              **error);
CbPractice   *cb_store_create_sample_practice (CbStore              *self,
                                               const char           *name,
                                               GError              **error);
char         *cb_store_dup_practice_dir       (CbStore              *self,
                                               CbPractice           *practice);

/* Reads a practice's clients into cb_practice_get_clients(). */
void          cb_store_open_practice_async    (CbStore              *self,
                                               CbPractice           *practice,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      cb_store_open_practice_finish   (CbStore              *self,
                                               GAsyncResult         *result,
                                               GError              **error);
gboolean      cb_store_open_practice          (CbStore              *self,
                                               CbPractice           *practice,
                                               GError              **error);

/* The store follows what the model does: a client or a document added
 * to its owner (cb_practice_add_client(), cb_document_add_child()) is
 * written in its folder (a client's in clients/<id>/<folder>/, the
 * coach's own in me/<folder>/, agreement wording in templates/), and one
 * that leaves its owner is moved to the practice's trash/, until it comes
 * back (Undo) or the user empties the trash. */

/* Copies a JPEG or PNG into the practice as the coach's photo and sets the
 * profile's photo field. Anything else fails with CB_STORE_ERROR_UNSUPPORTED. */
void          cb_store_import_photo_async     (CbStore              *self,
                                               CbPractice           *practice,
                                               GFile                *source,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      cb_store_import_photo_finish    (CbStore              *self,
                                               GAsyncResult         *result,
                                               GError              **error);
/* The absolute path of the coach's photo, or NULL when there is none. */
char         *cb_store_dup_photo_path         (CbStore              *self,
                                               CbPractice           *practice);

/* The largest file a document keeps a copy of (an evidence file). */
#define CB_STORE_MAX_IMPORT_SIZE (20 * 1024 * 1024)
/* The longest safe name of such a copy, in bytes. */
#define CB_STORE_MAX_FILE_NAME   100

/* Copies @source (any kind of file, at most CB_STORE_MAX_IMPORT_SIZE) into
 * the practice beside @document, in files/ of the folder holding it, as
 * "<document id>-<safe name>" (whole or not at all, mode 0600), then sets
 * @document's FILE field @field to that name. A larger file fails with
 * CB_STORE_ERROR_UNSUPPORTED and a message saying its size; the copy is
 * made on the store's worker. A copy it replaces is kept (nothing is
 * deleted without the user's action). */
void          cb_store_import_file_async      (CbStore              *self,
                                               CbDocument           *document,
                                               const char           *field,
                                               GFile                *source,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      cb_store_import_file_finish     (CbStore              *self,
                                               GAsyncResult         *result,
                                               GError              **error);
/* The absolute path of the copy named by @document's FILE field @field,
 * or NULL when it names none (or not a plain name). */
char         *cb_store_dup_file_path          (CbStore              *self,
                                               CbDocument           *document,
                                               const char           *field);
/* @name made safe as the name of a copy: no folders, no leading dots, no
 * spaces or punctuation but . - _, at most CB_STORE_MAX_FILE_NAME bytes;
 * "file" when nothing is left. */
char         *cb_store_safe_file_name         (const char           *name);

/* Writes every pending edit now and waits until it is on disk. Returns
 * FALSE when something could not be written (see the problems). */
gboolean      cb_store_flush                  (CbStore              *self);
/* Whether edits are waiting to be written. */
gboolean      cb_store_has_pending            (CbStore              *self);

G_END_DECLS
