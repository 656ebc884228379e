/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cb-document-row.h"

G_BEGIN_DECLS

/* What the widget tests share: waiting for the main loop and for frames,
 * and saving screenshots (TESTING.md). */

#define TIMEOUT_USEC (20 * G_USEC_PER_SEC)

/* Runs the main loop until @cond holds; fails the test after TIMEOUT_USEC. */
#define WAIT_FOR(cond)                                                  \
  G_STMT_START {                                                        \
    gint64 _end = g_get_monotonic_time () + TIMEOUT_USEC;               \
    while (!(cond))                                                     \
      {                                                                 \
        if (g_get_monotonic_time () > _end)                             \
          g_error ("Timed out waiting for %s", #cond);                  \
        if (!g_main_context_iteration (NULL, FALSE))                    \
          g_usleep (2000);                                              \
      }                                                                 \
  } G_STMT_END

/* Runs everything pending in the main loop. */
void cb_ui_test_iterate           (void);
/* Waits for a frame of @widget to be painted, with everything pending settled. */
void cb_ui_test_wait_for_frame    (GtkWidget     *widget);
/* Renders @node (@width × @height, drawn from @widget) and saves it as
 * screenshot-@name.png in $CB_SCREENSHOT_DIR or the build folder. A NULL
 * @node is reported and skipped: a screenshot is for people to look at,
 * not an assertion. */
void cb_ui_test_save_screenshot   (GtkWidget     *widget,
                                   GskRenderNode *node,
                                   int            width,
                                   int            height,
                                   const char    *name);

/* Draws @widget (a window) as it is now and saves it as screenshot-@name.png. */
void           cb_ui_test_screenshot        (GtkWidget  *widget,
                                             const char *name);
/* The first widget of @type at or below @widget, or NULL. */
GtkWidget     *cb_ui_test_find_descendant   (GtkWidget  *widget,
                                             GType       type);
/* Removes a folder and everything in it (a test's data folder). */
void           cb_ui_test_remove_tree       (const char *path);

/* The row showing @document somewhere inside @widget (a list of
 * documents), or NULL when none is built for it. */
CbDocumentRow *cb_ui_test_find_document_row (GtkWidget  *widget,
                                             CbDocument *document);

G_END_DECLS
