/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document.h"

G_BEGIN_DECLS

/* Types kept in a client's folder, each in its class's folder. */
const GType *cb_document_get_client_types (guint      *n_types);
/* Every document type Coachbook reads and writes. */
const GType *cb_document_get_all_types    (guint      *n_types);
/* The type with that "type" name ("coachbook.agreement"), or G_TYPE_INVALID. */
GType        cb_document_type_from_name   (const char *type_name);

G_END_DECLS
