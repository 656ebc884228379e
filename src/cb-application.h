/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-types.h"

G_BEGIN_DECLS

#define CB_TYPE_APPLICATION (cb_application_get_type ())

G_DECLARE_FINAL_TYPE (CbApplication, cb_application, CB, APPLICATION, AdwApplication)

CbApplication *cb_application_new          (void);
/* @self may be NULL for the default application. */
CbStore       *cb_application_get_store    (CbApplication *self);
GSettings     *cb_application_get_settings (CbApplication *self);

G_END_DECLS
