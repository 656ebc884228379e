/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"
#include "cb-referral.h"

G_BEGIN_DECLS

#define CB_TYPE_REFERRALS_PAGE (cb_referrals_page_get_type ())

G_DECLARE_FINAL_TYPE (CbReferralsPage, cb_referrals_page, CB, REFERRALS_PAGE, CbDocumentPage)

/* A client's referrals (FORMS.md §7, a CbDocumentPage): each row says to
 * whom, the reason and a status pill (Draft / Sent / Closed); a new one is
 * a draft dated today. The open referral is the generated editor with
 *   - "Choose from Sources of Help…" on the "Referred To" group: a popover
 *     listing the practice's CbSources (name, organisation, times used);
 *     picking one fills to_name, to_organisation and to_contact;
 *   - the "Approval" group saying approval is required, and a "Mark as
 *     Sent…" button ("view.mark-sent") that stays insensitive, its row
 *     saying why, until the approval date and how it was documented are
 *     filled in;
 *   - "Close…" ("view.close-referral") in the "Outcome" group once it is
 *     sent, and "Reopen as Draft" ("view.reopen") in the menu.
 * The status, date sent and date of outcome are changed only by those
 * actions, so their generated rows are hidden; the pill shows the status.
 * Refusals of the model are toasts. */

/* "Draft", "Sent", "Closed" and the pill's style class. */
const char *cb_referral_status_get_label (CbReferralStatus status);
const char *cb_referral_status_get_style (CbReferralStatus status);

G_END_DECLS
