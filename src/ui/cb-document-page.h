/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-document.h"
#include "cb-document-row.h"
#include "cb-form.h"

G_BEGIN_DECLS

#define CB_TYPE_DOCUMENT_PAGE (cb_document_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (CbDocumentPage, cb_document_page, CB, DOCUMENT_PAGE, AdwBin)

/* What every document view has, for any document type and either owner
 * (a client, or the coach: the practice): the owner's documents of one
 * type, newest first by the type's date (CbDocumentClass.date_field), kept
 * in order as dates are edited; an empty state when there are none; the
 * open document in an editor; and the actions, in the group "view."
 * inserted on the page (the window inserts the shown view's group too, so
 * its header bar and shortcuts reach them):
 *
 *   new (s)          a new document (of a kind, "" for the type's default),
 *                    added to the owner and opened
 *   open (s)         opens the document with that id
 *   close            back to the list
 *   delete           the open document to the trash, with Undo
 *   print            Print… the open document (Ctrl+P)
 *   print-blank      Print… a blank form (Ctrl+Shift+P)
 *   export-pdf       Export as PDF… the open document
 *   include-private  (state) private notes printed too; only for types
 *                    with private fields
 *
 * A type's page derives from this and supplies what is special about it:
 * its empty-state text, its rows, its editor where the generated one
 * (CbRecordEditor) is not enough, how a new document starts, extra
 * actions (cb_document_page_add_actions()) and menu items. A type with no
 * page of its own gets this one as it is. Pages register themselves for
 * their document type (cb_document_page_register()), and the client page
 * and the window make one per type of the registry (cb-document-types.h). */
struct _CbDocumentPageClass
{
  AdwBinClass parent_class;

  /* The document type this page shows; set in class_init. */
  GType       document_type;

  /* Translatable (N_()) texts: the empty state and the list's heading. */
  const char *empty_title;
  const char *empty_description;
  const char *list_description;
  const char *new_label;          /* "_New Meeting" */
  const char *new_tooltip;

  /* Kinds a new document can be of: items of the New menu, in @menu,
   * each with action "view.new" and a string target. Leave @menu empty
   * for a plain New button. */
  void        (*fill_new_menu)       (CbDocumentPage *self,
                                      GMenu          *menu);
  /* A new document (owned by the caller), not yet added to the owner;
   * @kind is the New menu's target, or "". The default makes one of the
   * type dated today. */
  CbDocument *(*create_document)     (CbDocumentPage *self,
                                      const char     *kind);
  /* The editor of an open document; the default is a CbRecordEditor. */
  GtkWidget  *(*create_editor)       (CbDocumentPage *self);
  void        (*set_editor_document) (CbDocumentPage *self,
                                      GtkWidget      *editor,
                                      CbDocument     *document);
  /* Called when a document is opened (@is_new: just made), e.g. to put
   * the focus in its first field. */
  void        (*document_opened)     (CbDocumentPage *self,
                                      CbDocument     *document,
                                      gboolean        is_new);
  /* Fills a row of the list in; called again when the document changes.
   * The default shows the title and the date. */
  void        (*bind_row)            (CbDocumentPage *self,
                                      CbDocumentRow  *row,
                                      CbDocument     *document);
  /* The document a blank form describes (owned by the caller); @open is
   * the open document or NULL. The default is a new, empty one. */
  CbDocument *(*create_blank)        (CbDocumentPage *self,
                                      CbDocument     *open);
  /* The form printed for @document (blank or not); the default is the
   * document's own (cb_document_describe_form()). */
  CbForm     *(*describe)            (CbDocumentPage      *self,
                                      CbDocument          *document,
                                      const CbFormContext *context);
  /* Extra items for the open document's menu, in a section of their own. */
  void        (*fill_menu)           (CbDocumentPage *self,
                                      GMenu          *section);
  /* Extra items for the menu of the list (no document open): views of all
   * the owner's documents of the type (a printed log, a comparison…). */
  void        (*fill_list_menu)      (CbDocumentPage *self,
                                      GMenu          *section);
  /* A widget shown between the list's heading and the list (totals, a
   * chart, a way to another view of the documents), or NULL. Made once. */
  GtkWidget  *(*create_list_header)  (CbDocumentPage *self);
  /* Called when what the open document allows may have changed (it was
   * opened, closed, edited, made read-only): enable the page's own
   * actions here. */
  void        (*update_actions)      (CbDocumentPage *self);
  /* A widget for the header bar's end while the open document needs it
   * (owned by the page, which calls cb_view_changed() when that changes),
   * or NULL. */
  GtkWidget  *(*get_header_widget)   (CbDocumentPage *self);
  /* The help page for what the page shows; the default is the document
   * class's help_page. */
  const char *(*get_help_page)       (CbDocumentPage *self);

  gpointer padding[8];
};

/* The generic page for @document_type (one without a page of its own). */
GtkWidget    *cb_document_page_new                (GType           document_type);
/* A new page of the type registered for @document_type, or the generic one. */
GtkWidget    *cb_document_page_new_for_type       (GType           document_type);
GType         cb_document_page_get_document_type  (CbDocumentPage *self);

/* The owner whose documents are shown: a client or the practice (the
 * coach's own documents), or NULL for none. */
CbDocument   *cb_document_page_get_owner          (CbDocumentPage *self);
void          cb_document_page_set_owner          (CbDocumentPage *self,
                                                   CbDocument     *owner);
/* The owner's documents of the page's type, newest first. */
GListModel   *cb_document_page_get_documents      (CbDocumentPage *self);
/* "empty", "list" or "editor". */
const char   *cb_document_page_get_view           (CbDocumentPage *self);

CbDocument   *cb_document_page_get_document       (CbDocumentPage *self);
void          cb_document_page_open               (CbDocumentPage *self,
                                                   CbDocument     *document);
void          cb_document_page_close              (CbDocumentPage *self);
/* What New does: a new document of @kind ("" or NULL: the default),
 * added to the owner (the store notices and saves it) and opened. */
CbDocument   *cb_document_page_new_document       (CbDocumentPage *self,
                                                   const char     *kind);
/* Opens the New menu of a type of several kinds (where the page shows
 * it: the empty state or the list); FALSE when New is a plain button. */
gboolean      cb_document_page_popup_new_menu     (CbDocumentPage *self);
/* What Delete does: @document leaves its owner (the store moves its file
 * to the practice's trash) and a toast offers to undo it. */
void          cb_document_page_delete_document    (CbDocumentPage *self,
                                                   CbDocument     *document);

/* The form of the open document, or with @blank of an empty one. */
CbForm       *cb_document_page_describe           (CbDocumentPage *self,
                                                   gboolean        blank);
/* What Export as PDF… does once a file is chosen. */
void          cb_document_page_export_pdf         (CbDocumentPage *self,
                                                   GFile          *file);
gboolean      cb_document_page_get_include_private (CbDocumentPage *self);

/* The page's actions ("view."), for subclasses to add theirs to. */
GActionGroup *cb_document_page_get_actions        (CbDocumentPage *self);
void          cb_document_page_add_actions        (CbDocumentPage     *self,
                                                   const GActionEntry *entries,
                                                   guint               n_entries);
void          cb_document_page_set_action_enabled (CbDocumentPage *self,
                                                   const char     *name,
                                                   gboolean        enabled);
/* The editor of open documents (made when a document is first opened,
 * by create_editor), or NULL. */
GtkWidget    *cb_document_page_get_editor         (CbDocumentPage *self);
/* Whether the open document can be edited (opened, not read-only). */
gboolean      cb_document_page_get_editable       (CbDocumentPage *self);

/* The page shown for documents of @document_type (a subclass of
 * CbDocumentPage whose class_init sets document_type). */
void          cb_document_page_register           (GType           document_type,
                                                   GType           page_type);
GType         cb_document_page_lookup             (GType           document_type);

G_END_DECLS
