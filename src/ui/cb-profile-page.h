/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-record-editor.h"
#include "cb-store.h"

G_BEGIN_DECLS

#define CB_TYPE_PROFILE_PAGE (cb_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (CbProfilePage, cb_profile_page, CB, PROFILE_PAGE, AdwBin)

/* The coach profile of a practice: the photo, then the generated editor. */
GtkWidget      *cb_profile_page_new          (void);
void            cb_profile_page_set_practice (CbProfilePage *self,
                                              CbStore       *store,
                                              CbPractice    *practice);
CbRecordEditor *cb_profile_page_get_editor   (CbProfilePage *self);
AdwAvatar      *cb_profile_page_get_avatar   (CbProfilePage *self);
/* What "Choose Photo…" does once a file is chosen; errors become toasts. */
void            cb_profile_page_import_photo (CbProfilePage *self,
                                              GFile         *file);
/* Print Profile…: the one-page profile to hand to prospective clients. */
void            cb_profile_page_print        (CbProfilePage *self);
/* Export Profile as PDF…: asks where, then saves. */
void            cb_profile_page_export       (CbProfilePage *self);
/* Saves the profile as a PDF in @file; the result is shown as a toast. */
void            cb_profile_page_export_pdf   (CbProfilePage *self,
                                              GFile         *file);

G_END_DECLS
