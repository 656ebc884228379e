/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreement.h"
#include "cb-date-button.h"

G_BEGIN_DECLS

typedef enum
{
  CB_AGREEMENT_DIALOG_MARK_AGREED,  /* both signature dates */
  CB_AGREEMENT_DIALOG_END,          /* the date it ends */
} CbAgreementDialogMode;

#define CB_TYPE_AGREEMENT_DIALOG (cb_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbAgreementDialog, cb_agreement_dialog, CB, AGREEMENT_DIALOG, AdwMessageDialog)

/* Asks for the dates of a step in an agreement's life: the two signatures
 * when it is agreed, or the day it ends (dates default to today). The
 * "ok" response makes the change in the model; a refusal is shown in the
 * parent window's toast overlay. */
GtkWidget    *cb_agreement_dialog_new             (GtkWindow             *parent,
                                                   CbAgreement           *agreement,
                                                   CbAgreementDialogMode  mode);
/* 0: the coach's signature (or the end date), 1: the client's signature. */
CbDateButton *cb_agreement_dialog_get_date_button (CbAgreementDialog     *self,
                                                   guint                  index);

G_END_DECLS
