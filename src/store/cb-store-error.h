/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CB_STORE_ERROR (cb_store_error_quark ())

typedef enum
{
  CB_STORE_ERROR_IO,            /* the disk refused: permissions, full disk, … */
  CB_STORE_ERROR_NOT_FOUND,     /* no such practice, client or file */
  CB_STORE_ERROR_NAME_TAKEN,    /* a practice of that name exists */
  CB_STORE_ERROR_INVALID_NAME,  /* empty or unusable name */
  CB_STORE_ERROR_TOO_LARGE,     /* a file over 16 MiB */
  CB_STORE_ERROR_INVALID_UTF8,  /* a file that is not UTF-8 text */
  CB_STORE_ERROR_TOO_DEEP,      /* nesting deeper than 64 levels */
  CB_STORE_ERROR_INVALID_JSON,  /* not JSON, or not a JSON object */
  CB_STORE_ERROR_UNKNOWN_TYPE,  /* "type" missing or not the expected one */
  CB_STORE_ERROR_WRONG_FIELD,   /* a field of the wrong type or value */
  CB_STORE_ERROR_INVALID_VALUE, /* a value that cannot be written (NaN, bad UTF-8) */
  CB_STORE_ERROR_CONFLICT,      /* the file changed behind the store's back */
  CB_STORE_ERROR_READ_ONLY,     /* a document from a newer version */
  CB_STORE_ERROR_UNSUPPORTED,   /* a file of a kind Coachbook does not take (photo) */
} CbStoreError;

GQuark cb_store_error_quark (void);

G_END_DECLS
