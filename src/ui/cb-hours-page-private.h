/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-hours-page.h"

G_BEGIN_DECLS

/* What the tests of the Hours view reach besides the public API. */

CbHours        *cb_hours_page_get_hours        (CbHoursPage   *self);
/* The progress bar of @requirement of credential @credential (an index
 * of cb_hours_get_credentials()), and the label with its numbers; NULL
 * for a requirement the credential does not have. */
GtkProgressBar *cb_hours_page_get_progress_bar (CbHoursPage   *self,
                                                guint          credential,
                                                CbRequirement  requirement);
GtkLabel       *cb_hours_page_get_progress_label (CbHoursPage *self,
                                                  guint        credential,
                                                  CbRequirement requirement);
GtkLabel       *cb_hours_page_get_total_label  (CbHoursPage   *self);
GtkLabel       *cb_hours_page_get_report_label (CbHoursPage   *self);
GtkListBox     *cb_hours_page_get_years_list   (CbHoursPage   *self);
/* What Export Hours as CSV… does once a file is chosen. */
void            cb_hours_page_export_csv       (CbHoursPage   *self,
                                                GFile         *file);

G_END_DECLS
