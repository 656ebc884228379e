/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-record.h"

G_BEGIN_DECLS

#define CB_TYPE_DOCUMENT (cb_document_get_type ())

G_DECLARE_DERIVABLE_TYPE (CbDocument, cb_document, CB, DOCUMENT, CbRecord)

/* Who may own documents of a type, and what an owner is: a client
 * (documents in clients/<id>/<folder>/) or the coach, whose own documents
 * belong to the practice (me/<folder>/). */
typedef enum
{
  CB_DOCUMENT_OWNER_NONE   = 0,
  CB_DOCUMENT_OWNER_CLIENT = 1 << 0,
  CB_DOCUMENT_OWNER_COACH  = 1 << 1,
} CbDocumentOwners;

/* What a printed form needs to know beyond the document itself. */
typedef struct
{
  const char *practice_name;     /* footer and header */
  const char *client_name;       /* header, or NULL */
  gboolean    blank;             /* no values: lines to write on */
  gboolean    include_private;   /* private notes printed only when asked */
} CbFormContext;

/* A document is a record saved as one JSON file, with an envelope:
 * type, version, id, created, modified. Each subclass names its type and
 * the version of the format it writes. */
struct _CbDocumentClass
{
  CbRecordClass parent_class;

  const char *type_name;       /* e.g. "coachbook.client" */
  gint64      current_version; /* version this program writes */
  const char *file_name;       /* fixed file name (e.g. "client.json"), or NULL for "<id>.json" */

  /* A short title for lists, notices and error messages. */
  char   *(*dup_title)     (CbDocument          *self);
  /* The document as a printed form. The default walks the field table
   * under the title form_title. */
  CbForm *(*describe_form) (CbDocument          *self,
                            const CbFormContext *context);
  /* Class handler of ::child-changed: passes it on to this document's
   * parent, so a practice hears of edits to its clients' documents. */
  void    (*child_changed) (CbDocument          *self,
                            CbDocument          *child,
                            GParamSpec          *pspec);
  const char *form_title;      /* translatable (N_) */
  const char *folder;          /* sub-folder of an owner holding this type, e.g. "agreements" */
  const char *date_field;      /* the DATE field that dates the document in lists, or NULL: created */
  const char *time_field;      /* the TIME field that orders documents of one date, or NULL */

  /* Who may own documents of this type (none: the type owns, or is
   * kept elsewhere), and, for an owner type, what kind of owner it is. */
  CbDocumentOwners owners;
  CbDocumentOwners owner_kind;
  /* How the type's view presents itself (translatable, N_()): the tab of
   * a client's page or the row under My Development; the coach's own
   * title when it differs ("Development Plan" beside "Plans"). */
  const char *view_title;
  const char *coach_view_title;
  const char *icon_name;
  const char *help_page;       /* help:coachbook/PAGE for its view */
  /* At most one per owner, opened from the owner's menu with menu_label
   * (N_("_Evaluation…")) rather than shown as a list of its own. */
  gboolean    single;
  const char *menu_label;

  /* An owner's documents: a GListModel of CbDocument in no particular
   * order, each with the owner as its parent; NULL for types that own
   * none. Adding and removing emit ::child-added and ::child-removed on
   * the owner, passed on up to the practice, so that the store hears of
   * every new and deleted document. */
  GListModel *(*get_children)  (CbDocument          *self);
  gboolean    (*add_child)     (CbDocument          *self,
                                CbDocument          *child);
  gboolean    (*remove_child)  (CbDocument          *self,
                                CbDocument          *child);
  /* Class handlers of ::child-added and ::child-removed: pass them on. */
  void        (*child_added)   (CbDocument          *self,
                                CbDocument          *child);
  void        (*child_removed) (CbDocument          *self,
                                CbDocument          *child);

  gpointer padding[8];
};

const char  *cb_document_get_id            (CbDocument *self);
void         cb_document_set_id            (CbDocument *self,
                                            const char *id);
GDateTime   *cb_document_get_created       (CbDocument *self);
void         cb_document_set_created       (CbDocument *self,
                                            GDateTime  *created);
GDateTime   *cb_document_get_modified      (CbDocument *self);
void         cb_document_set_modified      (CbDocument *self,
                                            GDateTime  *modified);
/* Set the envelope's times as written in a file; FALSE if not ISO 8601
 * with a date, a time and an offset. */
gboolean     cb_document_set_created_iso   (CbDocument *self,
                                            const char *iso);
gboolean     cb_document_set_modified_iso  (CbDocument *self,
                                            const char *iso);
gboolean     cb_datetime_is_valid_iso      (const char *text);
gint64       cb_document_get_version       (CbDocument *self);
void         cb_document_set_version       (CbDocument *self,
                                            gint64      version);
const char  *cb_document_get_type_name     (CbDocument *self);
/* Orders documents newest created first, then by id, last first: the
 * tie-break of the "newest first" lists. */
int          cb_document_compare_created_newest_first (CbDocument *a,
                                                       CbDocument *b);
/* The order of every list of documents: newest first by the class's
 * date_field (undated first), then its time_field, then created. */
int          cb_document_compare_newest_first (CbDocument *a,
                                               CbDocument *b);
char        *cb_document_dup_title         (CbDocument *self);
CbForm      *cb_document_describe_form     (CbDocument          *self,
                                            const CbFormContext *context);
/* The common beginning of every form: title, practice and client lines,
 * the practice in the footer. */
CbForm      *cb_document_begin_form        (CbDocument          *self,
                                            const char          *title,
                                            const CbFormContext *context);

/* Read-only when the file came from a newer version of Coachbook. */
gboolean     cb_document_get_read_only     (CbDocument *self);
void         cb_document_set_read_only     (CbDocument *self,
                                            gboolean    read_only);

/* Set when another program changed the file and both versions are kept:
 * the path of the copy holding this program's version. */
const char  *cb_document_get_conflict_copy (CbDocument *self);
void         cb_document_set_conflict_copy (CbDocument *self,
                                            const char *path);

/* Edits not yet handed to the store; the generation counts edits. */
gboolean     cb_document_get_dirty         (CbDocument *self);
guint        cb_document_get_generation    (CbDocument *self);
void         cb_document_mark_saved        (CbDocument *self,
                                            guint       generation);

/* The document that owns this one (a client's practice), or NULL. Not a
 * reference: the owner clears it when it lets go. An edit of a field of
 * this document emits ::child-changed on its owner, so that one handler on
 * the practice watches every client. */
CbDocument  *cb_document_get_parent        (CbDocument *self);
void         cb_document_set_parent        (CbDocument *self,
                                            CbDocument *parent);

/* A new document of @type, dated @now (NULL: now) by the class's
 * date_field when it has one. */
CbDocument  *cb_document_new_dated         (GType       type,
                                            GDateTime  *now);

/* The owner's documents (see CbDocumentClass.get_children), or NULL. */
GListModel  *cb_document_get_children      (CbDocument *self);
/* @child joins @self (its parent becomes @self); FALSE if it was there. */
gboolean     cb_document_add_child         (CbDocument *self,
                                            CbDocument *child);
gboolean     cb_document_remove_child      (CbDocument *self,
                                            CbDocument *child);
/* What @self is as an owner (a client, the coach), or NONE. */
CbDocumentOwners cb_document_get_owner_kind (CbDocument *self);
/* The top-most owner: the practice of a client's document, or @self. */
CbDocument  *cb_document_get_root          (CbDocument *self);

char        *cb_new_uuid                   (void);
gboolean     cb_uuid_is_valid              (const char *text);

G_END_DECLS
