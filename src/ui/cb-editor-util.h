/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Pieces the document editors (meeting, plan, review) share. */

/* Adds the editor's heading to @page: a group holding, in a vertical
 * @box, a wrapping title (@title_label, "title-2") and a dimmed
 * subtitle (@subtitle_label). Returns the group (owned by @page). */
AdwPreferencesGroup *cb_editor_add_header    (AdwPreferencesPage  *page,
                                              GtkLabel           **title_label,
                                              GtkLabel           **subtitle_label,
                                              GtkBox             **box);
/* The heading of a document with a status (an agreement, a referral):
 * its title beside a status pill, a dimmed line of when, and a hint of
 * what to do next. */
typedef struct
{
  GtkLabel *title;
  GtkLabel *pill;
  GtkLabel *when;
  GtkLabel *hint;
  char     *pill_style;   /* the pill's style class now, or NULL */
} CbEditorSummary;

/* Adds @summary's group to @page, before the groups added after it. */
void                 cb_editor_add_summary   (AdwPreferencesPage  *page,
                                              CbEditorSummary     *summary);
/* Fills @summary in; @pill_style is the pill's style class. */
void                 cb_editor_summary_set   (CbEditorSummary     *summary,
                                              const char          *title,
                                              const char          *pill,
                                              const char          *pill_style,
                                              const char          *when,
                                              const char          *hint);
void                 cb_editor_summary_clear (CbEditorSummary     *summary);

/* Adds a group to @page, with @title and @description (plain text, or
 * NULL) escaped. Returns the group (owned by @page). */
AdwPreferencesGroup *cb_editor_add_group     (AdwPreferencesPage  *page,
                                              const char          *title,
                                              const char          *description);
/* Scrolls @page so that @widget shows near its top, or to the top when
 * @widget is NULL or not on the page. */
void                 cb_editor_scroll_to     (AdwPreferencesPage  *page,
                                              GtkWidget           *widget);

G_END_DECLS
