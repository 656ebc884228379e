/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-referrals-page.h"
#include "cb-sources.h"

G_BEGIN_DECLS

/* What the Mark as Sent… and Close… dialogs do: the model's
 * cb_referral_mark_sent() / cb_referral_close() (with the outcome text
 * set first) on the open referral; a refusal is also shown as a toast. */
gboolean        cb_referrals_page_mark_sent              (CbReferralsPage *self,
                                                          const char      *date,
                                                          GError         **error);
gboolean        cb_referrals_page_close_referral         (CbReferralsPage *self,
                                                          const char      *outcome,
                                                          const char      *date,
                                                          GError         **error);
/* What picking a source of help does. */
void            cb_referrals_page_choose_source          (CbReferralsPage *self,
                                                          CbSource        *source);

/* For tests: the widgets of the open referral (NULL when none is open). */
GtkButton      *cb_referrals_page_get_mark_sent_button   (CbReferralsPage *self);
AdwActionRow   *cb_referrals_page_get_mark_sent_row      (CbReferralsPage *self);
GtkMenuButton  *cb_referrals_page_get_sources_button     (CbReferralsPage *self);
GtkListBox     *cb_referrals_page_get_sources_list_box   (CbReferralsPage *self);
/* The status pill above the open referral. */
GtkLabel       *cb_referrals_page_get_status_label       (CbReferralsPage *self);

G_END_DECLS
