/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document.h"

G_BEGIN_DECLS

/* The registry of document types: the one list the store, the command
 * line, the schema tool and the views walk. It is filled once, on first
 * use, from any thread; a test may register a type of its own before it
 * opens a practice. The order is the order of the views. */

/* Every document type Coachbook reads and writes: the practice, the
 * client, then the documents they own. */
const GType *cb_document_get_all_types    (guint            *n_types);
/* The types an owner of @owner_kind may own (a client's: agreements,
 * meetings…; the coach's own: plans…). */
const GType *cb_document_get_owned_types  (CbDocumentOwners  owner_kind,
                                           guint            *n_types);
/* Types kept in a client's folder: cb_document_get_owned_types (CLIENT). */
const GType *cb_document_get_client_types (guint            *n_types);
/* The type with that "type" name ("coachbook.agreement"), or G_TYPE_INVALID. */
GType        cb_document_type_from_name   (const char       *type_name);
/* Adds @type (a CbDocument subclass with a type_name, a folder and its
 * owners) at the end of the registry. */
void         cb_document_register_type    (GType             type);

G_END_DECLS
