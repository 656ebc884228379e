/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CB_TYPE_VIEW (cb_view_get_type ())

G_DECLARE_INTERFACE (CbView, cb_view, CB, VIEW, GtkWidget)

/* What the content pane shows (a list of documents, an open document, a
 * client, Today) tells the window what to offer around it, so the window
 * names no view: the help page F1 opens, the actions its header bar and
 * shortcuts use (inserted on the window as "view."), the menu of its
 * header bar, a widget for the header bar's end (or NULL) and whether a
 * document is open (the header's back button closes it with
 * "view.close"). A view emits ::changed when any of these may differ. */
struct _CbViewInterface
{
  GTypeInterface parent_iface;

  const char   *(*get_help_page)     (CbView *self);
  GActionGroup *(*get_actions)       (CbView *self);
  GMenuModel   *(*get_menu)          (CbView *self);
  GtkWidget    *(*get_header_widget) (CbView *self);
  gboolean      (*get_can_close)     (CbView *self);
  /* The view's title and subtitle in the header bar, or NULL for none. */
  char         *(*dup_title)         (CbView *self);
  char         *(*dup_subtitle)      (CbView *self);
};

const char   *cb_view_get_help_page     (CbView *self);
GActionGroup *cb_view_get_actions       (CbView *self);
GMenuModel   *cb_view_get_menu          (CbView *self);
GtkWidget    *cb_view_get_header_widget (CbView *self);
gboolean      cb_view_get_can_close     (CbView *self);
char         *cb_view_dup_title         (CbView *self);
char         *cb_view_dup_subtitle      (CbView *self);
/* Emits ::changed. */
void          cb_view_changed           (CbView *self);

/* Shows @toast (floating, taken) in the toast overlay around @widget:
 * the window's, or a dialog's own. */
void          cb_view_add_toast         (GtkWidget *widget,
                                         AdwToast  *toast);

G_END_DECLS
