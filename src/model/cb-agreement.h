/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* An agreement between coach or mentor and client (FORMS.md §3): a
 * learning contract, a mentoring agreement, a peer mentoring agreement or a
 * coaching agreement. One field table serves the four kinds; the "kind"
 * field selects which groups of it apply. */

#define CB_TYPE_AGREEMENT (cb_agreement_get_type ())

G_DECLARE_FINAL_TYPE (CbAgreement, cb_agreement, CB, AGREEMENT, CbDocument)

#define CB_AGREEMENT_ERROR (cb_agreement_error_quark ())

typedef enum
{
  CB_AGREEMENT_ERROR_INVALID_DATE,   /* not a YYYY-MM-DD date, or missing */
  CB_AGREEMENT_ERROR_ENDED,          /* the agreement has already ended */
  CB_AGREEMENT_ERROR_DATE_ORDER,     /* ends before it was agreed */
  CB_AGREEMENT_ERROR_READ_ONLY,      /* opened from a newer version of Coachbook */
} CbAgreementError;

GQuark             cb_agreement_error_quark                (void);

/* A new agreement of @kind: clauses empty, status draft. */
CbAgreement       *cb_agreement_new                        (CbAgreementKind    kind);
/* A new agreement of @kind whose clauses come from @practice_template (the
 * practice's own wording of that kind) when given, else from the built-in
 * wording. Status, dates, title and notes are never copied. */
CbAgreement       *cb_agreement_new_from_template          (CbAgreementKind    kind,
                                                            CbAgreement       *practice_template);
/* Puts the built-in wording into every empty clause of the agreement's kind. */
void               cb_agreement_fill_defaults              (CbAgreement       *self);

CbAgreementKind    cb_agreement_get_kind                   (CbAgreement       *self);
void               cb_agreement_set_kind                   (CbAgreement       *self,
                                                            CbAgreementKind    kind);
CbAgreementStatus  cb_agreement_get_status                 (CbAgreement       *self);
void               cb_agreement_set_status                 (CbAgreement       *self,
                                                            CbAgreementStatus  status);

/* Records both signatures (YYYY-MM-DD): the agreement was made on the later
 * of the two dates and is now agreed. Refuses a date that is not a date and
 * an agreement that has ended; nothing changes then. */
gboolean           cb_agreement_mark_agreed                (CbAgreement       *self,
                                                            const char        *coach_signed,
                                                            const char        *client_signed,
                                                            GError           **error);
/* Ends the agreement on @date (YYYY-MM-DD). Refuses a date that is not a
 * date or is before the date agreed, and an agreement already ended. */
gboolean           cb_agreement_end                        (CbAgreement       *self,
                                                            const char        *date,
                                                            GError           **error);

/* The kind's stable name on the command line and in settings:
 * "learning-contract", "mentoring", "peer-mentoring", "coaching". */
const char        *cb_agreement_kind_get_template_name     (CbAgreementKind    kind);
gboolean           cb_agreement_kind_from_template_name    (const char        *name,
                                                            CbAgreementKind   *kind);

/* The JSON names of the fields that hold @kind's clauses (the parts with
 * default wording), in printed order; NULL-terminated, owned by the caller. */
GStrv              cb_agreement_kind_dup_clause_fields     (CbAgreementKind    kind);

/* The practice's own default wording of @kind (a practice document), or
 * NULL when the practice uses the built-in wording. */
CbAgreement       *cb_agreement_find_template           (CbPractice          *practice,
                                                         CbAgreementKind      kind);

/* When the agreement was made, agreed or ended, as a line for lists:
 * "Agreed 9 March 2026". */
char            *cb_agreement_dup_when                (CbAgreement     *agreement);

G_END_DECLS
