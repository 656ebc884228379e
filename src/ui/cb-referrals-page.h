/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-practice.h"
#include "cb-record-editor.h"
#include "cb-referral.h"
#include "cb-sources.h"

G_BEGIN_DECLS

#define CB_TYPE_REFERRALS_PAGE (cb_referrals_page_get_type ())

G_DECLARE_FINAL_TYPE (CbReferralsPage, cb_referrals_page, CB, REFERRALS_PAGE, AdwBin)

/* A client's referrals (FORMS.md §7): the list, newest first, each with
 * to whom, the reason and a status pill (Draft / Sent / Closed), or, when
 * there are none, an explanation that a referral is made only with the
 * client's documented approval and a New Referral button; and the open
 * referral in the generated editor, with
 *   - "Choose from Sources of Help…" on the "Referred To" group: a popover
 *     listing the practice's CbSources (name, organisation, times used);
 *     picking one fills to_name, to_organisation and to_contact;
 *   - the "Client's Approval" group saying approval is required, and a
 *     "Mark as Sent…" button that stays insensitive, its row saying why,
 *     until the approval date and how it was documented are filled in;
 *   - "Close…" in the "Outcome" group once it is sent;
 *   - Print… and Export as PDF… (cb-print-ui.h).
 * The status, date sent and date of outcome are changed only by those
 * buttons, so their generated rows are hidden; the pill shows the status.
 *
 * Actions, in cb_referrals_page_get_actions() and inserted on the page as
 * "referral.": "new", "close" (back to the list), "mark-sent" (asks the
 * date), "close-referral" (asks the outcome and its date), "reopen" (back
 * to draft), "print", "export-pdf". The editor shows buttons for them; a
 * window may also insert the group to offer them in its header bar.
 * Model errors are toasts in the page's own overlay. */
GtkWidget      *cb_referrals_page_new               (void);
CbClient       *cb_referrals_page_get_client        (CbReferralsPage *self);
CbPractice     *cb_referrals_page_get_practice      (CbReferralsPage *self);
/* Shows @client's referrals; @practice is the client's practice (its
 * sources of help; new referrals are saved in it). NULL, NULL: nothing. */
void            cb_referrals_page_set_client        (CbReferralsPage *self,
                                                     CbPractice      *practice,
                                                     CbClient        *client);
GActionGroup   *cb_referrals_page_get_actions       (CbReferralsPage *self);
/* "referrals": help:coachbook/referrals. */
const char     *cb_referrals_page_get_help_page     (CbReferralsPage *self);
/* "empty", "list" or "editor". */
const char     *cb_referrals_page_get_view          (CbReferralsPage *self);
/* The referrals shown, in order (CbReferral). */
GListModel     *cb_referrals_page_get_referrals     (CbReferralsPage *self);
GtkListBox     *cb_referrals_page_get_list_box      (CbReferralsPage *self);

/* What "New Referral" does: a draft dated today, added to the client
 * through the application's store, opened. */
CbReferral     *cb_referrals_page_new_referral      (CbReferralsPage *self);
/* The open referral, or NULL when the list is shown. */
CbReferral     *cb_referrals_page_get_referral      (CbReferralsPage *self);
void            cb_referrals_page_open              (CbReferralsPage *self,
                                                     CbReferral      *referral);
void            cb_referrals_page_close             (CbReferralsPage *self);
CbRecordEditor *cb_referrals_page_get_editor        (CbReferralsPage *self);

/* What the Mark as Sent… and Close… dialogs do: the model's
 * cb_referral_mark_sent() / cb_referral_close() (with the outcome text
 * set first) on the open referral; a refusal is also shown as a toast. */
gboolean        cb_referrals_page_mark_sent         (CbReferralsPage *self,
                                                     const char      *date,
                                                     GError         **error);
gboolean        cb_referrals_page_close_referral    (CbReferralsPage *self,
                                                     const char      *outcome,
                                                     const char      *date,
                                                     GError         **error);
/* What picking a source of help does. */
void            cb_referrals_page_choose_source     (CbReferralsPage *self,
                                                     CbSource        *source);
/* What Export as PDF… does once a file is chosen. */
void            cb_referrals_page_export_pdf        (CbReferralsPage *self,
                                                     GFile           *file);

/* For tests: the widgets of the open referral (NULL when none is open). */
GtkButton      *cb_referrals_page_get_mark_sent_button   (CbReferralsPage *self);
AdwActionRow   *cb_referrals_page_get_mark_sent_row      (CbReferralsPage *self);
GtkMenuButton  *cb_referrals_page_get_sources_button     (CbReferralsPage *self);
GtkListBox     *cb_referrals_page_get_sources_list_box   (CbReferralsPage *self);
/* The status pill above the open referral, and in row @index of the list. */
GtkLabel       *cb_referrals_page_get_status_label       (CbReferralsPage *self);
GtkLabel       *cb_referrals_page_get_row_status_label   (CbReferralsPage *self,
                                                          guint            index);

/* "Draft", "Sent", "Closed" and the pill's style class. */
const char     *cb_referral_status_get_label        (CbReferralStatus status);
const char     *cb_referral_status_get_style        (CbReferralStatus status);

G_END_DECLS
