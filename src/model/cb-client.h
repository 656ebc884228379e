/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-document.h"
#include "cb-enums.h"
#include "cb-types.h"

G_BEGIN_DECLS

#define CB_TYPE_CLIENT (cb_client_get_type ())

G_DECLARE_FINAL_TYPE (CbClient, cb_client, CB, CLIENT, CbDocument)

CbClient       *cb_client_new              (void);
const char     *cb_client_get_name         (CbClient   *self);
void            cb_client_set_name         (CbClient   *self,
                                            const char *name);
const char     *cb_client_get_organisation (CbClient   *self);
const char     *cb_client_get_email        (CbClient   *self);
CbClientStatus  cb_client_get_status       (CbClient   *self);
void            cb_client_set_status       (CbClient       *self,
                                            CbClientStatus  status);
/* The client's own documents (agreements, and later meetings, plans…),
 * a GListModel of CbDocument in no particular order. Each has the client
 * as its parent, so the practice hears of their edits. */
GListModel     *cb_client_get_documents    (CbClient   *self);
void            cb_client_add_document     (CbClient   *self,
                                            CbDocument *document);
gboolean        cb_client_remove_document  (CbClient   *self,
                                            CbDocument *document);
CbDocument     *cb_client_find_document    (CbClient   *self,
                                            const char *id);
/* The client's documents of @type (held), sorted with @compare (as
 * g_ptr_array_sort() calls it), or in the client's order when NULL. */
GPtrArray      *cb_client_list_documents   (CbClient     *self,
                                            GType         type,
                                            GCompareFunc  compare);
/* The first of cb_client_list_documents(), or NULL (the client holds it). */
CbDocument     *cb_client_get_first_document (CbClient     *self,
                                              GType         type,
                                              GCompareFunc  compare);
/* The practice the client belongs to (its parent), or NULL. */
CbPractice     *cb_client_get_practice     (CbClient   *self);
/* The client's name, or its title when it has no name, as on forms and
 * in file names; free with g_free(). */
char           *cb_client_dup_display_name (CbClient   *self);

/* A key for sorting clients by name in the user's language (strcmp()
 * them); kept until the client changes. */
const char     *cb_client_get_sort_key     (CbClient   *self);
/* TRUE when every word of @needle is found in the client's name,
 * preferred name, organisation or e-mail, ignoring case and accents. */
gboolean        cb_client_matches          (CbClient   *self,
                                            const char *needle);

G_END_DECLS
