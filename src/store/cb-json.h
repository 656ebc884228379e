/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "cb-document.h"
#include "cb-store-error.h"

G_BEGIN_DECLS

#define CB_JSON_MAX_DEPTH 64
#define CB_JSON_MAX_SIZE  (16 * 1024 * 1024)

/* Checks raw bytes before they reach json-glib: size, UTF-8, nesting depth
 * and integer literals json-glib would silently mangle. */
gboolean    cb_json_check_bytes      (const char  *data,
                                      gsize        length,
                                      GError     **error);

/* Serialises a document, envelope first, then its fields in table order,
 * then the members it did not know, unchanged. Refuses values that could
 * not be read back (invalid UTF-8, NaN, infinity). */
char       *cb_json_serialize        (CbDocument  *document,
                                      gsize       *length,
                                      GError     **error);

/* Parses and validates a document of @document_type (CB_TYPE_DOCUMENT: of
 * whatever known type the file names). A document written by a newer
 * version is returned read-only. */
CbDocument *cb_json_parse            (GType        document_type,
                                      const char  *data,
                                      gsize        length,
                                      GError     **error);

/* The JSON Schema (draft 2020-12) of a document type, from its field table. */
JsonNode   *cb_json_schema_for_type  (GType        document_type);
char       *cb_json_schema_to_string (GType        document_type);

G_END_DECLS
