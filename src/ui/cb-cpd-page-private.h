/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-cpd-page.h"

G_BEGIN_DECLS

/* What the tests of the CPD page reach besides the public API. */

/* The label above the list with the hours per year and in all. */
GtkLabel  *cb_cpd_page_get_totals_label   (CbCpdPage *self);
/* The open entry's evidence row (its subtitle names the copy). */
AdwActionRow *cb_cpd_page_get_evidence_row (CbCpdPage *self);
/* What the actions do once a file is chosen. */
void       cb_cpd_page_attach_evidence    (CbCpdPage *self,
                                           GFile     *file);
void       cb_cpd_page_export_log_csv     (CbCpdPage *self,
                                           GFile     *file);
void       cb_cpd_page_export_log_pdf     (CbCpdPage *self,
                                           GFile     *file);

G_END_DECLS
