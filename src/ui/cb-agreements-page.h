/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-agreement.h"
#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_AGREEMENTS_PAGE (cb_agreements_page_get_type ())

G_DECLARE_FINAL_TYPE (CbAgreementsPage, cb_agreements_page, CB, AGREEMENTS_PAGE, CbDocumentPage)

/* A client's agreements (CbDocumentPage): New is a menu of the four kinds
 * ("view.new" with a kind's template name), each made from the practice's
 * wording; each row and the open agreement show its status (Draft, Agreed,
 * Ended). The status changes only through "view.mark-agreed" (Mark as
 * Agreed…, in the header bar while a draft is open) and "view.end" (End
 * Agreement…, in the menu), which record the dates with it. A blank form
 * is of the open agreement's kind. */

/* The pill of a status: its label and its style class. */
const char *cb_agreement_status_get_label (CbAgreementStatus status);
const char *cb_agreement_status_get_style (CbAgreementStatus status);

G_END_DECLS
