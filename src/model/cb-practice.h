/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-client.h"
#include "cb-coach-profile.h"
#include "cb-document.h"

G_BEGIN_DECLS

#define CB_TYPE_PRACTICE (cb_practice_get_type ())

G_DECLARE_FINAL_TYPE (CbPractice, cb_practice, CB, PRACTICE, CbDocument)

CbPractice     *cb_practice_new               (const char *name);
const char     *cb_practice_get_name          (CbPractice *self);
void            cb_practice_set_name          (CbPractice *self,
                                               const char *name);
CbCoachProfile *cb_practice_get_coach_profile (CbPractice *self);

/* The practice's clients, a GListModel of CbClient in no particular order. */
GListModel     *cb_practice_get_clients       (CbPractice *self);
void            cb_practice_add_client        (CbPractice *self,
                                               CbClient   *client);
void            cb_practice_add_clients       (CbPractice *self,
                                               CbClient  **clients,
                                               guint       n_clients);
gboolean        cb_practice_remove_client     (CbPractice *self,
                                               CbClient   *client);
CbClient       *cb_practice_find_client       (CbPractice *self,
                                               const char *id);

/* The coach's own documents (kept in me/<folder>/): their parent is the
 * practice. Adding and removing them is cb_document_add_child() and
 * cb_document_remove_child() on the practice. */
GListModel     *cb_practice_get_documents     (CbPractice *self);
void            cb_practice_add_document      (CbPractice *self,
                                               CbDocument *document);
gboolean        cb_practice_remove_document   (CbPractice *self,
                                               CbDocument *document);
CbDocument     *cb_practice_find_document     (CbPractice *self,
                                               const char *id);

/* The practice's own default wording of each agreement (templates/):
 * their parent is the practice too. */
GListModel     *cb_practice_get_templates     (CbPractice *self);
void            cb_practice_add_template      (CbPractice *self,
                                               CbDocument *document);
gboolean        cb_practice_has_template      (CbPractice *self,
                                               CbDocument *document);
CbDocument     *cb_practice_find_template     (CbPractice *self,
                                               const char *id);
/* A client's, the coach's or a template document, by id, anywhere in the practice. */
CbDocument     *cb_practice_lookup_document   (CbPractice *self,
                                               const char *id,
                                               CbClient  **client);

/* Settings of the coach's hours (cb-hours.h), kept in practice.json as
 * "hours_start_date" (DATE: meetings before it are not counted; "" for
 * none) and "log_unnamed" (CHOICE CbLogUnnamed: "anonymise" |
 * "leave-off", how clients not to be named appear in the exported log). */
const char     *cb_practice_get_hours_start_date (CbPractice   *self);
void            cb_practice_set_hours_start_date (CbPractice   *self,
                                                  const char   *date);
CbLogUnnamed    cb_practice_get_log_unnamed   (CbPractice   *self);
void            cb_practice_set_log_unnamed   (CbPractice   *self,
                                               CbLogUnnamed  unnamed);

/* TRUE once the clients have been read from disk. */
gboolean        cb_practice_get_loaded        (CbPractice *self);
void            cb_practice_set_loaded        (CbPractice *self,
                                               gboolean    loaded);

G_END_DECLS
