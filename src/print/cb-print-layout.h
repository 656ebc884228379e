/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "cb-form.h"

G_BEGIN_DECLS

/* A form laid out on pages of one size: the one layout used for printing
 * and for PDF export. All blocks are paginated when the layout is made;
 * drawing a page only paints what was decided then. Needs no display. */

#define CB_TYPE_PRINT_LAYOUT (cb_print_layout_get_type ())

G_DECLARE_FINAL_TYPE (CbPrintLayout, cb_print_layout, CB, PRINT_LAYOUT, GObject)

/* @width, @height and the margins are in points (1/72 inch); pages are
 * drawn with the origin at the top left corner of the area, one unit a
 * point. @context should come from a pango-cairo font map; its resolution
 * is set to 72 dpi and hinting is turned off, so the same form breaks into
 * the same lines on every surface. */
CbPrintLayout *cb_print_layout_new           (CbForm        *form,
                                              PangoContext  *context,
                                              double         width,
                                              double         height,
                                              double         margin_top,
                                              double         margin_right,
                                              double         margin_bottom,
                                              double         margin_left);

guint          cb_print_layout_get_n_pages   (CbPrintLayout *self);
void           cb_print_layout_draw_page     (CbPrintLayout *self,
                                              cairo_t       *cr,
                                              guint          page);

G_END_DECLS
