/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-practice.h"

G_BEGIN_DECLS

#define CB_TYPE_EVIDENCE_WINDOW (cb_evidence_window_get_type ())

G_DECLARE_FINAL_TYPE (CbEvidenceWindow, cb_evidence_window, CB, EVIDENCE_WINDOW, AdwWindow)

/* The evidence view: every unit of the catalogue with its counts, each
 * criterion (an ENTO unit as a whole) with the journal entries that give
 * evidence for it, and the criteria with none marked as gaps; "Only Gaps"
 * leaves the gaps. It follows the practice as entries are written and
 * tagged. Activating an entry asks @actions to open it ("open" with the
 * entry's id); the menu's Print Portfolio…, Export Portfolio as PDF… and
 * Show Client Names are @actions' "print-portfolio", "export-portfolio"
 * and "show-client-names" (the journal page's, inserted as "view."). */
GtkWidget  *cb_evidence_window_new          (CbPractice   *practice,
                                             GActionGroup *actions);
CbPractice *cb_evidence_window_get_practice (CbEvidenceWindow *self);

G_END_DECLS
