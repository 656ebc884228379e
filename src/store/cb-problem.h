/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CB_PROBLEM_QUARANTINED,  /* a file could not be read and was set aside */
  CB_PROBLEM_CONFLICT,     /* another program changed a file; both versions kept */
  CB_PROBLEM_SAVE_FAILED,  /* a save failed; the edit is kept in memory and retried */
  CB_PROBLEM_READ_ONLY,    /* a document from a newer version opened read-only */
} CbProblemKind;

#define CB_TYPE_PROBLEM (cb_problem_get_type ())

G_DECLARE_FINAL_TYPE (CbProblem, cb_problem, CB, PROBLEM, GObject)

/* Something the person using Coachbook must be told about the files. */
CbProblem     *cb_problem_new         (CbProblemKind  kind,
                                       const char    *path,
                                       const char    *message);
CbProblemKind  cb_problem_get_kind    (CbProblem     *self);
const char    *cb_problem_get_path    (CbProblem     *self);
const char    *cb_problem_get_message (CbProblem     *self);

G_END_DECLS
