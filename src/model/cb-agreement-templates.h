/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "cb-enums.h"

G_BEGIN_DECLS

/* The built-in default wording of the clauses of each kind of agreement,
 * from the source documents (FORMS.md §3). A clause is a field whose text
 * the two parties agree to, as opposed to a part they fill in (hopes, goals,
 * dates). The strings are untranslated message ids: translate them with
 * _() or use cb_agreement_clause_dup_text() / _dup_items(). */
typedef struct
{
  const char         *field;   /* JSON name of the clause's field */
  const char         *text;    /* wording of a TEXT clause, or NULL */
  const char * const *items;   /* items of a LIST clause (NULL-terminated), or NULL */
} CbAgreementClause;

/* The clauses of @kind, in the order they are printed. */
const CbAgreementClause *cb_agreement_templates_get_clauses (CbAgreementKind  kind,
                                                             guint           *n_clauses);
/* The clause of @kind stored in @field, or NULL when @field is not one of
 * its clauses. */
const CbAgreementClause *cb_agreement_templates_find_clause (CbAgreementKind  kind,
                                                             const char      *field);

/* The translated wording of a TEXT clause, or NULL for a LIST clause. */
char  *cb_agreement_clause_dup_text  (const CbAgreementClause *clause);
/* The translated items of a LIST clause, or NULL for a TEXT clause. */
GStrv  cb_agreement_clause_dup_items (const CbAgreementClause *clause);

G_END_DECLS
