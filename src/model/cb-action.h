/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-enums.h"
#include "cb-record.h"

G_BEGIN_DECLS

/* One action agreed at a meeting: a row of the meeting's "actions" table
 * (FORMS.md §4). Edits of a row are edits of the meeting that owns it.
 *
 * JSON members (property names are the kebab-case forms):
 *   "id"               LINE, not printed: a UUID given on creation, so that
 *                      later meetings can refer to the action
 *   "action"           LINE     "Action"
 *   "owner"            CHOICE   CbActionOwner: "client" | "coach" | "other"
 *   "owner_name"       LINE     who, when the owner is "other"
 *   "due_date"         DATE     "Date to be achieved", YYYY-MM-DD or ""
 *   "done"             BOOLEAN  "Done"
 *   "done_date"        DATE, not printed: when it was ticked done
 *   "serves_objective" LINE, not printed: reserved for development plans,
 *                      the id of the objective the action serves
 */
#define CB_TYPE_ACTION (cb_action_get_type ())

G_DECLARE_FINAL_TYPE (CbAction, cb_action, CB, ACTION, CbRecord)

/* A new action with a fresh id; owner client, not done. */
CbAction      *cb_action_new                  (void);

const char    *cb_action_get_id               (CbAction      *self);
/* Only for readers of old data; new actions get their id from cb_action_new(). */
void           cb_action_set_id               (CbAction      *self,
                                               const char    *id);
const char    *cb_action_get_action           (CbAction      *self);
void           cb_action_set_action           (CbAction      *self,
                                               const char    *action);
CbActionOwner  cb_action_get_owner            (CbAction      *self);
void           cb_action_set_owner            (CbAction      *self,
                                               CbActionOwner  owner);
const char    *cb_action_get_owner_name       (CbAction      *self);
void           cb_action_set_owner_name       (CbAction      *self,
                                               const char    *owner_name);
/* Who carries it out as people read it: "Client", "Coach" or the other
 * person's name (or "Other" when no name was given). */
const char    *cb_action_get_owner_label      (CbAction      *self);
const char    *cb_action_get_due_date         (CbAction      *self);
void           cb_action_set_due_date         (CbAction      *self,
                                               const char    *due_date);
gboolean       cb_action_get_done             (CbAction      *self);
/* Ticking done sets done_date to @today (YYYY-MM-DD, or NULL for the local
 * date); unticking clears it. */
void           cb_action_set_done             (CbAction      *self,
                                               gboolean       done,
                                               GDate         *today);
const char    *cb_action_get_done_date        (CbAction      *self);
const char    *cb_action_get_serves_objective (CbAction      *self);
void           cb_action_set_serves_objective (CbAction      *self,
                                               const char    *objective_id);

/* The due date as a GDate; FALSE when there is none. */
gboolean       cb_action_get_due_gdate        (CbAction      *self,
                                               GDate         *date);
/* Not done yet (an action with no text is never open). */
gboolean       cb_action_is_open              (CbAction      *self);
/* Open and due before @today (NULL: the local date). */
gboolean       cb_action_is_overdue           (CbAction      *self,
                                               GDate         *today);

/* Helpers shared with meetings and Today: a YYYY-MM-DD text from a GDate
 * and back, and the local date today. */
char          *cb_date_to_iso                 (const GDate   *date);
gboolean       cb_date_from_iso               (const char    *iso,
                                               GDate         *date);
void           cb_date_set_today              (GDate         *date);

G_END_DECLS
