/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client.h"
#include "cb-document.h"
#include "cb-enums.h"

G_BEGIN_DECLS

/* A referral of a client to someone else for help (FORMS.md §7; seeds/000
 * Track 8, seeds/004): type "coachbook.referral", version 1, kept in the
 * client's "referrals" folder, dated by "date", printed as "Referral".
 *
 * JSON members, in printed order (property names are the kebab-case forms):
 *   "date"                 DATE      YYYY-MM-DD, when the referral was decided
 *   "to_name"              LINE      to whom: the person
 *   "to_organisation"      LINE      their organisation
 *   "to_contact"           LINE      telephone, e-mail or address
 *   "reason"               CHOICE    CbReferralReason: "specialist-advice" |
 *                                    "information" | "learning-to-find-out" |
 *                                    "unblocking-a-problem" | "outside-remit" |
 *                                    "other"
 *   "reason_notes"         TEXT      the reason in the coach's words
 *   "approval_date"        DATE      when the client agreed to the referral
 *   "approval_how"         TEXT      how the client's approval was documented
 *   "communicated_by"      CHOICE    CbReferralMethod: "letter" | "telephone" |
 *                                    "in-person" | "email"
 *   "written_record_sent"  BOOLEAN   a written record of the reasons and
 *                                    circumstances was sent
 *   "status"               CHOICE    CbReferralStatus: "draft" | "sent" | "closed"
 *   "sent_date"            DATE      when it was made (set by mark_sent)
 *   "outcome"              TEXT
 *   "outcome_date"         DATE      (set by close)
 *   "private_notes"        TEXT, PRIVATE: printed only when asked for
 *
 * The approval rule: a referral is made only with the client's documented
 * approval. Status becomes "sent" through cb_referral_mark_sent(), which
 * refuses until both approval_date and approval_how are set. Setting the
 * "status" property (g_object_set, a bound widget) to "sent" or "closed"
 * without approval is refused too: status keeps its value and "status" is
 * notified, so a view bound to it shows the kept value again. An edit
 * through cb_record_set_value() is put back the same way just after it.
 * A file read from disk is kept as written (the store reads frozen);
 * cb_referral_has_approval() tells the views whether a sent referral lacks
 * approval. */

#define CB_TYPE_REFERRAL (cb_referral_get_type ())

G_DECLARE_FINAL_TYPE (CbReferral, cb_referral, CB, REFERRAL, CbDocument)

#define CB_REFERRAL_ERROR (cb_referral_error_quark ())

typedef enum
{
  CB_REFERRAL_ERROR_NO_APPROVAL,    /* the client's approval is not recorded */
  CB_REFERRAL_ERROR_INVALID_DATE,   /* not a YYYY-MM-DD date */
  CB_REFERRAL_ERROR_DATE_ORDER,     /* sent before approval, closed before sent */
  CB_REFERRAL_ERROR_WRONG_STATUS,   /* already sent, not sent yet, already closed */
  CB_REFERRAL_ERROR_READ_ONLY,      /* opened from a newer version of Coachbook */
} CbReferralError;

GQuark            cb_referral_error_quark            (void);

/* An empty draft: no date, reason "specialist-advice", communicated by
 * letter, no approval. */
CbReferral       *cb_referral_new                    (void);

const char       *cb_referral_get_date               (CbReferral       *self);
void              cb_referral_set_date               (CbReferral       *self,
                                                      const char       *date);
const char       *cb_referral_get_to_name            (CbReferral       *self);
void              cb_referral_set_to_name            (CbReferral       *self,
                                                      const char       *name);
const char       *cb_referral_get_to_organisation    (CbReferral       *self);
void              cb_referral_set_to_organisation    (CbReferral       *self,
                                                      const char       *organisation);
const char       *cb_referral_get_to_contact         (CbReferral       *self);
void              cb_referral_set_to_contact         (CbReferral       *self,
                                                      const char       *contact);
CbReferralReason  cb_referral_get_reason             (CbReferral       *self);
void              cb_referral_set_reason             (CbReferral       *self,
                                                      CbReferralReason  reason);
const char       *cb_referral_get_reason_notes       (CbReferral       *self);
void              cb_referral_set_reason_notes       (CbReferral       *self,
                                                      const char       *notes);
CbReferralMethod  cb_referral_get_communicated_by    (CbReferral       *self);
void              cb_referral_set_communicated_by    (CbReferral       *self,
                                                      CbReferralMethod  method);
gboolean          cb_referral_get_written_record_sent (CbReferral      *self);
void              cb_referral_set_written_record_sent (CbReferral      *self,
                                                      gboolean          sent);

/* The client's approval. Either may be set alone while it is being
 * written; the referral counts as approved only with both. */
const char       *cb_referral_get_approval_date      (CbReferral       *self);
void              cb_referral_set_approval_date      (CbReferral       *self,
                                                      const char       *date);
const char       *cb_referral_get_approval_how       (CbReferral       *self);
void              cb_referral_set_approval_how       (CbReferral       *self,
                                                      const char       *how);
/* Records both at once; refuses a date that is not a date or an empty
 * @how, leaving the referral as it was. */
gboolean          cb_referral_record_approval        (CbReferral       *self,
                                                      const char       *date,
                                                      const char       *how,
                                                      GError          **error);
/* TRUE when approval_date and approval_how are both set. */
gboolean          cb_referral_has_approval           (CbReferral       *self);

CbReferralStatus  cb_referral_get_status             (CbReferral       *self);
const char       *cb_referral_get_sent_date          (CbReferral       *self);
/* Marks the referral sent on @date (YYYY-MM-DD; NULL: today, local time).
 * Refuses (CB_REFERRAL_ERROR_NO_APPROVAL, "Record the client's approval
 * first: the date they agreed and how it was documented. A referral is made
 * only with the client's documented approval.") until the approval is
 * recorded; refuses a date that is not a date or is before the approval
 * date, and a referral already sent or closed. Nothing changes when it
 * refuses. */
gboolean          cb_referral_mark_sent              (CbReferral       *self,
                                                      const char       *date,
                                                      GError          **error);
/* Closes a sent referral on @outcome_date (NULL: today), keeping the
 * outcome text as written (cb_referral_set_outcome). Refuses a draft (it
 * was never made), one already closed, and a date that is not a date or is
 * before the date sent. */
gboolean          cb_referral_close                  (CbReferral       *self,
                                                      const char       *outcome_date,
                                                      GError          **error);
/* Back to draft (a referral marked sent by mistake); sent_date and
 * outcome_date are cleared, everything else kept. */
void              cb_referral_reopen                 (CbReferral       *self);

const char       *cb_referral_get_outcome            (CbReferral       *self);
void              cb_referral_set_outcome            (CbReferral       *self,
                                                      const char       *outcome);
const char       *cb_referral_get_outcome_date       (CbReferral       *self);

/* "Referral to Dr Ana Silva" (or the organisation), for lists. */
char             *cb_referral_dup_to_display         (CbReferral       *self);

/* The client's referrals, newest first (by date, then created): a new
 * array holding a reference to each. */
GPtrArray        *cb_client_list_referrals           (CbClient         *client);

G_END_DECLS
