/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-store.h"

G_BEGIN_DECLS

#define CB_TYPE_WELCOME_PAGE (cb_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (CbWelcomePage, cb_welcome_page, CB, WELCOME_PAGE, AdwBin)

/* The first run: name a practice, or explore the sample practice.
 * Emits ::practice-created with the new CbPractice. Actions:
 * welcome.create and welcome.sample. */
GtkWidget *cb_welcome_page_new       (void);
void       cb_welcome_page_set_store (CbWelcomePage *self,
                                      CbStore       *store);
void       cb_welcome_page_reset     (CbWelcomePage *self);

G_END_DECLS
