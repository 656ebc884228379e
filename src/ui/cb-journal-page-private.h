/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-evidence-window.h"
#include "cb-journal-page.h"
#include "cb-prompt-dialog.h"

G_BEGIN_DECLS

/* What the tests of the journal reach. */

/* The evidence view, while it is open, or NULL. */
CbEvidenceWindow *cb_journal_page_get_evidence_window (CbJournalPage *self);
/* The question chooser, while it is open, or NULL. */
CbPromptDialog   *cb_journal_page_get_prompt_dialog   (CbJournalPage *self);
/* The line above the list: "34 of 72 criteria have evidence". */
const char       *cb_journal_page_get_headline        (CbJournalPage *self);
/* The portfolio as printed now. */
CbForm           *cb_journal_page_describe_portfolio  (CbJournalPage *self);

G_END_DECLS
