/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-view"

#include "config.h"

#include "cb-view.h"
#include "cb-window.h"

G_DEFINE_INTERFACE (CbView, cb_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cb_view_default_init (CbViewInterface *iface)
{
  /**
   * CbView::changed:
   *
   * Emitted when the view's help page, actions, menu, header widget,
   * title or whether a document is open may have changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

const char *
cb_view_get_help_page (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), "index");

  iface = CB_VIEW_GET_IFACE (self);
  return iface->get_help_page != NULL ? iface->get_help_page (self) : "index";
}

GActionGroup *
cb_view_get_actions (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), NULL);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->get_actions != NULL ? iface->get_actions (self) : NULL;
}

GMenuModel *
cb_view_get_menu (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), NULL);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->get_menu != NULL ? iface->get_menu (self) : NULL;
}

GtkWidget *
cb_view_get_header_widget (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), NULL);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->get_header_widget != NULL ? iface->get_header_widget (self) : NULL;
}

gboolean
cb_view_get_can_close (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), FALSE);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->get_can_close != NULL && iface->get_can_close (self);
}

char *
cb_view_dup_title (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), NULL);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->dup_title != NULL ? iface->dup_title (self) : NULL;
}

char *
cb_view_dup_subtitle (CbView *self)
{
  CbViewInterface *iface;

  g_return_val_if_fail (CB_IS_VIEW (self), NULL);

  iface = CB_VIEW_GET_IFACE (self);
  return iface->dup_subtitle != NULL ? iface->dup_subtitle (self) : NULL;
}

void
cb_view_changed (CbView *self)
{
  g_return_if_fail (CB_IS_VIEW (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
cb_view_add_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* The main window keeps the last toast for its tests. */
  if (CB_IS_WINDOW (gtk_widget_get_root (widget)))
    {
      cb_window_add_toast (CB_WINDOW (gtk_widget_get_root (widget)), toast);
      return;
    }

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  /* Not in a window (a test's page on its own): say it on the log. */
  g_message ("%s", adw_toast_get_title (toast));
  g_object_unref (g_object_ref_sink (toast));
}
