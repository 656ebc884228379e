/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The headless command line: options are added to the application; the
 * handler runs from ::handle-local-options, before any display is opened.
 * It returns an exit status, or -1 when the window should open. */
void cb_cli_add_options          (GApplication *application);
int  cb_cli_handle_local_options (GApplication *application,
                                  GVariantDict *options);

G_END_DECLS
