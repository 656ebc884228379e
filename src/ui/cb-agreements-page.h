/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-agreement.h"
#include "cb-client.h"
#include "cb-record-editor.h"

G_BEGIN_DECLS

#define CB_TYPE_AGREEMENTS_PAGE (cb_agreements_page_get_type ())

G_DECLARE_FINAL_TYPE (CbAgreementsPage, cb_agreements_page, CB, AGREEMENTS_PAGE, AdwBin)

/* A client's agreements: the list, newest first, or an explanation and a
 * New Agreement button when there are none; and the open agreement in the
 * generated editor. Its actions ("agreement.new", ".close",
 * ".mark-agreed", ".end", ".print", ".export-pdf", ".print-blank") are in
 * cb_agreements_page_get_actions(), which the window also inserts so
 * its header bar can offer them. */
GtkWidget      *cb_agreements_page_new            (void);
CbClient       *cb_agreements_page_get_client     (CbAgreementsPage *self);
void            cb_agreements_page_set_client     (CbAgreementsPage *self,
                                                   CbClient         *client);
GActionGroup   *cb_agreements_page_get_actions    (CbAgreementsPage *self);
/* The agreements shown, in order (CbAgreement). */
GListModel     *cb_agreements_page_get_agreements (CbAgreementsPage *self);
GtkListBox     *cb_agreements_page_get_list_box   (CbAgreementsPage *self);
/* "empty", "list" or "editor". */
const char     *cb_agreements_page_get_view       (CbAgreementsPage *self);

/* Makes an agreement of @kind from the practice's wording, adds it to the
 * client and opens it; what "New Agreement" does. */
CbAgreement    *cb_agreements_page_new_agreement  (CbAgreementsPage *self,
                                                   CbAgreementKind   kind);
/* The open agreement, or NULL when the list is shown. */
CbAgreement    *cb_agreements_page_get_agreement  (CbAgreementsPage *self);
void            cb_agreements_page_open           (CbAgreementsPage *self,
                                                   CbAgreement      *agreement);
void            cb_agreements_page_close          (CbAgreementsPage *self);
CbRecordEditor *cb_agreements_page_get_editor     (CbAgreementsPage *self);
/* What "Export as PDF…" does once a file is chosen. */
void            cb_agreements_page_export_pdf     (CbAgreementsPage *self,
                                                   GFile            *file);

G_END_DECLS
