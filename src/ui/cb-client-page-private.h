/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-client-page.h"
#include "cb-lifecycle-stepper.h"
#include "cb-record-editor.h"

G_BEGIN_DECLS

/* What the tests of the client page reach besides the public API. */
CbRecordEditor     *cb_client_page_get_editor          (CbClientPage *self);
CbLifecycleStepper *cb_client_page_get_stepper         (CbClientPage *self);
/* The window showing the client's one document of @document_type (the
 * evaluation), while one is open, or NULL. */
GtkWindow          *cb_client_page_get_document_window (CbClientPage *self,
                                                        GType         document_type);

G_END_DECLS
