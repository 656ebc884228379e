/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-document-page.h"
#include "cb-store.h"

G_BEGIN_DECLS

#define CB_TYPE_CPD_PAGE (cb_cpd_page_get_type ())

G_DECLARE_FINAL_TYPE (CbCpdPage, cb_cpd_page, CB, CPD_PAGE, CbDocumentPage)

/* The coach's CPD log under My Development (CbDocumentPage for
 * CbCpdEntry): above the list the hours per year and in all; in the
 * list's menu the printable log ("view.print-log", "view.export-log-pdf")
 * and the log as CSV ("view.export-log-csv"); the open entry in the
 * generated editor with its evidence file below: "view.attach-evidence"
 * copies a chosen file into the practice (through the store, which the
 * page is handed as "store"), "view.open-evidence" opens the copy. */

CbStore *cb_cpd_page_get_store (CbCpdPage *self);
void     cb_cpd_page_set_store (CbCpdPage *self,
                                CbStore   *store);

G_END_DECLS
