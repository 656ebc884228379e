/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreement.h"
#include "cb-record-editor.h"
#include "cb-store.h"

G_BEGIN_DECLS

#define CB_TYPE_TEMPLATES_WINDOW (cb_templates_window_get_type ())

G_DECLARE_FINAL_TYPE (CbTemplatesWindow, cb_templates_window, CB, TEMPLATES_WINDOW, AdwPreferencesWindow)

/* "Agreement Templates": the practice's own default wording of each kind
 * of agreement, which every new agreement starts from. */
GtkWidget      *cb_templates_window_new        (GtkWindow         *parent,
                                                CbStore           *store,
                                                CbPractice        *practice);
/* Opens the wording of @kind for editing, making the practice's template
 * document from the built-in wording the first time. */
CbAgreement    *cb_templates_window_edit       (CbTemplatesWindow *self,
                                                CbAgreementKind    kind);
CbRecordEditor *cb_templates_window_get_editor (CbTemplatesWindow *self);

G_END_DECLS
