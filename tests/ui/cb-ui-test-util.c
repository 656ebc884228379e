/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-ui-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "cb-ui-test-util.h"

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

void
cb_ui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
cb_ui_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong id;

  cb_ui_test_iterate ();
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  WAIT_FOR (painted);
  g_signal_handler_disconnect (clock, id);
  cb_ui_test_iterate ();
}

void
cb_ui_test_save_screenshot (GtkWidget     *widget,
                            GskRenderNode *node,
                            int            width,
                            int            height,
                            const char    *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("CB_SCREENSHOT_DIR");

  if (node == NULL)
    {
      g_test_message ("Screenshot %s skipped: the widget drew nothing", name);
      return;
    }

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (dir != NULL)
    path = g_build_filename (dir, file_name, NULL);
  else
    path = g_test_build_filename (G_TEST_BUILT, "ui", file_name, NULL);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

CbDocumentRow *
cb_ui_test_find_document_row (GtkWidget  *widget,
                              CbDocument *document)
{
  if (CB_IS_DOCUMENT_ROW (widget) && cb_document_row_get_document (CB_DOCUMENT_ROW (widget)) == document)
    return CB_DOCUMENT_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      CbDocumentRow *row = cb_ui_test_find_document_row (child, document);

      if (row != NULL)
        return row;
    }

  return NULL;
}

GtkWidget *
cb_ui_test_find_descendant (GtkWidget *widget,
                            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = cb_ui_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
cb_ui_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            cb_ui_test_remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }

  g_rmdir (path);
}

void
cb_ui_test_screenshot (GtkWidget  *widget,
                       const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  int width = 0, height = 0;

  /* The widget may have nothing to draw for a frame or two while the
   * machine is busy: try a few frames. */
  for (guint attempt = 0; attempt < 20 && node == NULL; attempt++)
    {
      GtkSnapshot *snapshot;

      cb_ui_test_wait_for_frame (widget);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }

  cb_ui_test_save_screenshot (widget, node, width, height, name);
}
