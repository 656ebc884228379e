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

/* TRUE once the clients have been read from disk. */
gboolean        cb_practice_get_loaded        (CbPractice *self);
void            cb_practice_set_loaded        (CbPractice *self,
                                               gboolean    loaded);

G_END_DECLS
