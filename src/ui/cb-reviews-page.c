/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-reviews-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-field-row.h"
#include "cb-review-editor.h"
#include "cb-reviews-page.h"

struct _CbReviewsPage
{
  CbDocumentPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CbReviewsPage, cb_reviews_page, CB_TYPE_DOCUMENT_PAGE)

static CbReview *
open_review (CbReviewsPage *self)
{
  CbDocument *document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));

  return document != NULL ? CB_REVIEW (document) : NULL;
}

static CbReviewEditor *
get_editor (CbReviewsPage *self)
{
  return CB_REVIEW_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (self)));
}

/* Actions */

static void
add_outcome_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  CbReview *review = open_review (self);
  GtkWidget *row;
  guint n;

  if (review == NULL || cb_review_add_outcome (review, "", "") == NULL)
    return;

  n = cb_review_editor_get_n_outcomes (get_editor (self));
  row = n > 0 ? cb_review_editor_get_outcome_row (get_editor (self), n - 1, "objective") : NULL;
  if (row != NULL)
    {
      cb_review_editor_scroll_to (get_editor (self), row);
      gtk_widget_grab_focus (cb_field_row_get_editor (row));
    }
}

static const GActionEntry review_actions[] = {
  { "add-outcome", add_outcome_action, NULL, NULL, NULL },
};

/* CbDocumentPage */

static void
cb_reviews_page_fill_new_menu (CbDocumentPage *page,
                               GMenu          *menu)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("_Initial Review (Baseline)"), "view.new::initial");
  g_menu_append (section, _("_Formative Review (Progress)"), "view.new::formative");
  g_menu_append (section, _("_Summative Review (Final)"), "view.new::summative");
  g_menu_append_section (menu, _("New Review"), G_MENU_MODEL (section));
}

static CbDocument *
cb_reviews_page_create_document (CbDocumentPage *page,
                                 const char     *kind)
{
  CbDocument *owner = cb_document_page_get_owner (page);
  int type = CB_REVIEW_TYPE_FORMATIVE;

  if (*kind != '\0' && !cb_enum_from_nick (CB_TYPE_REVIEW_TYPE, kind, &type))
    return NULL;

  return CB_DOCUMENT (cb_review_new_for_client (CB_CLIENT (owner), type, NULL));
}

static GtkWidget *
cb_reviews_page_create_editor (CbDocumentPage *page)
{
  return cb_review_editor_new ();
}

static void
cb_reviews_page_set_editor_document (CbDocumentPage *page,
                                     GtkWidget      *editor,
                                     CbDocument     *document)
{
  CbDocument *owner = cb_document_page_get_owner (page);

  cb_review_editor_set_review (CB_REVIEW_EDITOR (editor),
                               document != NULL && CB_IS_CLIENT (owner) ? CB_CLIENT (owner) : NULL,
                               document != NULL ? CB_REVIEW (document) : NULL);
}

static void
cb_reviews_page_document_opened (CbDocumentPage *page,
                                 CbDocument     *document,
                                 gboolean        is_new)
{
  GtkWidget *editor;

  /* Step 1: where the information comes from. */
  if (is_new && (editor = cb_review_editor_get_editor (get_editor (CB_REVIEWS_PAGE (page)), "sources_notes")) != NULL)
    gtk_widget_grab_focus (editor);
}

static void
cb_reviews_page_bind_row (CbDocumentPage *page,
                          CbDocumentRow  *row,
                          CbDocument     *document)
{
  CbReview *review = CB_REVIEW (document);
  g_autofree char *date = cb_format_date (cb_review_get_date (review));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GListModel *outcomes = cb_review_get_outcomes (review);
  guint n = g_list_model_get_n_items (outcomes), assessed = 0;
  g_autofree char *first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbReviewOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (cb_review_outcome_get_outcome (outcome) != CB_OUTCOME_NOT_ASSESSED)
        assessed++;
    }

  g_string_append (subtitle, date != NULL ? date : _("No date"));
  if (n > 0)
    {
      g_string_append (subtitle, " · ");
      /* Translators: how many of a review's outcomes are recorded */
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "%u of %u outcome recorded",
                                           "%u of %u outcomes recorded", n),
                              assessed, n);
    }
  first = cb_text_dup_first_line (cb_record_get_string (CB_RECORD (review), "discussion"));
  if (first != NULL)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, first);
    }

  cb_document_row_set_icon_name (row, "task-due-symbolic");
  cb_document_row_set_title (row, cb_enum_get_label (CB_TYPE_REVIEW_TYPE, cb_review_get_review_type (review)));
  cb_document_row_set_subtitle (row, subtitle->str);
}

/* A blank review form of the open review's type, else a formative one. */
static CbDocument *
cb_reviews_page_create_blank (CbDocumentPage *page,
                              CbDocument     *open)
{
  return CB_DOCUMENT (cb_review_new (open != NULL ? cb_review_get_review_type (CB_REVIEW (open))
                                                  : CB_REVIEW_TYPE_FORMATIVE));
}

static void
cb_reviews_page_update_actions (CbDocumentPage *page)
{
  cb_document_page_set_action_enabled (page, "add-outcome", cb_document_page_get_editable (page));
}

static void
cb_reviews_page_class_init (CbReviewsPageClass *klass)
{
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  page_class->document_type = CB_TYPE_REVIEW;
  page_class->empty_title = N_("No Reviews Yet");
  page_class->empty_description = N_("An initial review gives a baseline, formative reviews keep track of progress and the summative review sums up at the end. Each review lists the objectives of the current plan, so the outcome of each can be recorded with its evidence.");
  page_class->list_description = N_("Newest first. Review progress regularly: a formative review at each review date of the plan, a summative review at the end.");
  page_class->new_label = N_("_New Review");
  page_class->new_tooltip = N_("Start a New Review");

  page_class->fill_new_menu = cb_reviews_page_fill_new_menu;
  page_class->create_document = cb_reviews_page_create_document;
  page_class->create_editor = cb_reviews_page_create_editor;
  page_class->set_editor_document = cb_reviews_page_set_editor_document;
  page_class->document_opened = cb_reviews_page_document_opened;
  page_class->bind_row = cb_reviews_page_bind_row;
  page_class->create_blank = cb_reviews_page_create_blank;
  page_class->update_actions = cb_reviews_page_update_actions;
}

static void
cb_reviews_page_init (CbReviewsPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), review_actions, G_N_ELEMENTS (review_actions));
}
