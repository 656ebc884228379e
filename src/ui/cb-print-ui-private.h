/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-print-ui.h"

G_BEGIN_DECLS

/* For tests: with a path set, Print… runs the same print operation
 * without its dialog, exporting to that PDF file (GtkPrintOperation's
 * EXPORT action); NULL goes back to the dialog. */
void cb_ui_print_set_export_file (const char *path);

G_END_DECLS
