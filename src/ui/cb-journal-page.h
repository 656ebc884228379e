/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"

G_BEGIN_DECLS

#define CB_TYPE_JOURNAL_PAGE (cb_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (CbJournalPage, cb_journal_page, CB, JOURNAL_PAGE, CbDocumentPage)

/* The coach's learning journal (CbDocumentPage, owned by the practice):
 * New is a menu of a blank entry ("view.new" with "") or an entry
 * answering a reflection question ("view.choose-question" opens the
 * questions; "view.new" with a question's id makes the entry); the open
 * entry is shown in a CbJournalEditor. Above the list, the evidence at a
 * glance and a way to the evidence view ("view.show-evidence", a
 * CbEvidenceWindow). The list's menu prints the evidence portfolio
 * ("view.print-portfolio", "view.export-portfolio"); "view.show-client-names"
 * (a state, off) prints linked clients by name instead of initials, in
 * entries and the portfolio. */

G_END_DECLS
