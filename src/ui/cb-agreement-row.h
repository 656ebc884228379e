/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreement.h"

G_BEGIN_DECLS

#define CB_TYPE_AGREEMENT_ROW (cb_agreement_row_get_type ())

G_DECLARE_FINAL_TYPE (CbAgreementRow, cb_agreement_row, CB, AGREEMENT_ROW, AdwActionRow)

/* A client's agreement in a list: its title, when it was agreed (or made)
 * in words, and its status as a pill; follows every change at once. */
GtkWidget   *cb_agreement_row_new           (CbAgreement    *agreement);
CbAgreement *cb_agreement_row_get_agreement (CbAgreementRow *self);
GtkLabel    *cb_agreement_row_get_status_label (CbAgreementRow *self);

/* The translated label of an agreement's status, and the style class of
 * its pill. */
const char  *cb_agreement_status_get_label  (CbAgreementStatus status);
const char  *cb_agreement_status_get_style  (CbAgreementStatus status);
/* "Agreed 9 March 2026", "Ended …" or "Created …". */
char        *cb_agreement_dup_when          (CbAgreement    *agreement);

G_END_DECLS
