/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-date-button.h"
#include "cb-practice.h"

G_BEGIN_DECLS

#define CB_TYPE_ENDING_DIALOG (cb_ending_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbEndingDialog, cb_ending_dialog, CB, ENDING_DIALOG, AdwWindow)

/* The guided ending of a relationship ("Saying good-bye", 000 Track 3),
 * a modal window in two steps:
 *
 *   "when"       the end date (today unless changed) and how it ended
 *                (a CbEndReason other than UNSET; "Next" waits for one;
 *                the client's own end_reason is chosen already if set);
 *   "documents"  whether to create the summative review and the
 *                end-of-relationship evaluation, each checked when the
 *                client has none yet (a summative CbReview, a
 *                CbEvaluation).
 *
 * "End Relationship" sets the client's end_date, end_reason, status
 * (ended) and lifecycle_stage (saying-goodbye) together, creates the
 * chosen documents (a summative review from cb_review_new_for_client(),
 * an evaluation from cb_evaluation_new(), both dated today) and adds them
 * to the client (cb_relationship_end()), emits
 * ::ended and closes.
 *
 * A client whose status is already "ended" gets a third view, "ended":
 * it says when and how the relationship ended and offers only Close;
 * nothing is changed. (The integrator may also simply not offer the
 * action for an ended client; reopening is done in the client's
 * profile by changing the status.)
 *
 * Signals:
 *   ::ended (CbEndingDialog *dialog, CbReview *review, CbEvaluation
 *            *evaluation, gpointer user_data): after the client is
 *            ended; @review and @evaluation are the documents created
 *            (owned by the client), or NULL when not chosen. Connect to
 *            it to open one of them. */
GtkWidget    *cb_ending_dialog_new                   (GtkWindow      *parent,
                                                      CbPractice     *practice,
                                                      CbClient       *client);
CbClient     *cb_ending_dialog_get_client            (CbEndingDialog *self);

/* "when", "documents" or "ended". */
const char   *cb_ending_dialog_get_step              (CbEndingDialog *self);

/* Test hooks: what the widgets do. */
CbDateButton *cb_ending_dialog_get_date_button       (CbEndingDialog *self);
void          cb_ending_dialog_set_end_date          (CbEndingDialog *self,
                                                      const char     *iso);
/* CB_END_REASON_UNSET clears the choice. */
void          cb_ending_dialog_set_end_reason        (CbEndingDialog *self,
                                                      CbEndReason     reason);
CbEndReason   cb_ending_dialog_get_end_reason        (CbEndingDialog *self);
void          cb_ending_dialog_set_create_review     (CbEndingDialog *self,
                                                      gboolean        create);
gboolean      cb_ending_dialog_get_create_review     (CbEndingDialog *self);
void          cb_ending_dialog_set_create_evaluation (CbEndingDialog *self,
                                                      gboolean        create);
gboolean      cb_ending_dialog_get_create_evaluation (CbEndingDialog *self);
/* "Next": from "when" to "documents"; FALSE when no reason is chosen. */
gboolean      cb_ending_dialog_next                  (CbEndingDialog *self);
/* "End Relationship" (from either step): ends the relationship as
 * described above and closes the dialog. FALSE, changing nothing, when
 * no reason is chosen or the client had already ended. */
gboolean      cb_ending_dialog_confirm               (CbEndingDialog *self);

G_END_DECLS
