/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-plans-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-field-row.h"
#include "cb-plan-editor.h"
#include "cb-plans-page.h"
#include "cb-practice.h"

struct _CbPlansPage
{
  CbDocumentPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CbPlansPage, cb_plans_page, CB_TYPE_DOCUMENT_PAGE)

static CbPlan *
open_plan (CbPlansPage *self)
{
  CbDocument *document = cb_document_page_get_document (CB_DOCUMENT_PAGE (self));

  return document != NULL ? CB_PLAN (document) : NULL;
}

static CbPlanEditor *
get_editor (CbPlansPage *self)
{
  return CB_PLAN_EDITOR (cb_document_page_get_editor (CB_DOCUMENT_PAGE (self)));
}

/* Actions */

static void
add_objective_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CbPlansPage *self = user_data;
  CbPlan *plan = open_plan (self);
  CbObjectiveCard *card;
  guint n;

  if (plan == NULL || cb_plan_add_objective (plan, "") == NULL)
    return;

  n = g_list_model_get_n_items (cb_plan_get_objectives (plan));
  card = cb_plan_editor_get_card (get_editor (self), n - 1);
  if (card != NULL)
    {
      GtkWidget *row = cb_objective_card_get_row (card, "objective");

      cb_plan_editor_scroll_to (get_editor (self), GTK_WIDGET (card));
      if (row != NULL)
        gtk_widget_grab_focus (cb_field_row_get_editor (row));
    }
}

static void
remove_objective_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CbPlan *plan = open_plan (CB_PLANS_PAGE (user_data));
  CbObjective *objective;

  if (plan == NULL)
    return;

  objective = cb_plan_find_objective (plan, g_variant_get_string (parameter, NULL));
  if (objective != NULL)
    cb_plan_remove_objective (plan, objective);
}

static const GActionEntry plan_actions[] = {
  { "add-objective", add_objective_action, NULL, NULL, NULL },
  { "remove-objective", remove_objective_action, "s", NULL, NULL },
};

/* CbDocumentPage */

static CbDocument *
cb_plans_page_create_document (CbDocumentPage *page,
                               const char     *kind)
{
  CbDocument *owner = cb_document_page_get_owner (page);

  if (CB_IS_CLIENT (owner))
    return CB_DOCUMENT (cb_plan_new_for_client (CB_CLIENT (owner), NULL));

  return CB_DOCUMENT (cb_plan_new_for_coach (CB_PRACTICE (owner), NULL));
}

static GtkWidget *
cb_plans_page_create_editor (CbDocumentPage *page)
{
  return cb_plan_editor_new ();
}

static void
cb_plans_page_set_editor_document (CbDocumentPage *page,
                                   GtkWidget      *editor,
                                   CbDocument     *document)
{
  CbDocument *owner = cb_document_page_get_owner (page);

  cb_plan_editor_set_plan (CB_PLAN_EDITOR (editor),
                           document != NULL && CB_IS_CLIENT (owner) ? CB_CLIENT (owner) : NULL,
                           document != NULL ? CB_PLAN (document) : NULL);
}

static void
cb_plans_page_document_opened (CbDocumentPage *page,
                               CbDocument     *document,
                               gboolean        is_new)
{
  GtkWidget *editor;

  /* Straight to what the plan is for. */
  if (is_new && (editor = cb_plan_editor_get_editor (get_editor (CB_PLANS_PAGE (page)), "long_term_goal")) != NULL)
    gtk_widget_grab_focus (editor);
}

static void
cb_plans_page_bind_row (CbDocumentPage *page,
                        CbDocumentRow  *row,
                        CbDocument     *document)
{
  CbPlan *plan = CB_PLAN (document);
  g_autofree char *date = cb_format_date (cb_plan_get_start_date (plan));
  g_autofree char *title = NULL;
  g_autofree char *goal = cb_text_dup_first_line (cb_plan_get_long_term_goal (plan));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  CbPlanProgress progress = { 0, };

  if (date != NULL)
    /* Translators: a development plan in a list, with the date it starts */
    title = g_strdup_printf (_("Plan from %s"), date);
  else
    title = g_strdup (_("Plan with no start date"));

  if (goal != NULL)
    {
      g_string_append (subtitle, goal);
      g_string_append (subtitle, " · ");
    }
  cb_plan_get_progress (plan, NULL, &progress);
  g_string_append_printf (subtitle,
                          g_dngettext (GETTEXT_PACKAGE, "%u of %u objective achieved",
                                       "%u of %u objectives achieved", progress.n_objectives),
                          progress.by_status[CB_OBJECTIVE_STATUS_ACHIEVED], progress.n_objectives);

  cb_document_row_set_icon_name (row, "checkbox-checked-symbolic");
  cb_document_row_set_title (row, title);
  cb_document_row_set_subtitle (row, subtitle->str);
}

static void
cb_plans_page_update_actions (CbDocumentPage *page)
{
  gboolean editable = cb_document_page_get_editable (page);

  cb_document_page_set_action_enabled (page, "add-objective", editable);
  cb_document_page_set_action_enabled (page, "remove-objective", editable);
}

static void
cb_plans_page_class_init (CbPlansPageClass *klass)
{
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  page_class->document_type = CB_TYPE_PLAN;
  page_class->empty_title = N_("No Development Plan Yet");
  page_class->empty_description = N_("A plan sets out the long-term goal, the priorities and what needs to be learned, with SMART objectives, dated milestones and how you will know each is achieved.");
  page_class->list_description = N_("Newest first. The newest plan is the current one: meeting actions and reviews refer to its objectives.");
  page_class->new_label = N_("_New Plan");
  page_class->new_tooltip = N_("Start a New Development Plan");

  page_class->create_document = cb_plans_page_create_document;
  page_class->create_editor = cb_plans_page_create_editor;
  page_class->set_editor_document = cb_plans_page_set_editor_document;
  page_class->document_opened = cb_plans_page_document_opened;
  page_class->bind_row = cb_plans_page_bind_row;
  page_class->update_actions = cb_plans_page_update_actions;
}

static void
cb_plans_page_init (CbPlansPage *self)
{
  cb_document_page_add_actions (CB_DOCUMENT_PAGE (self), plan_actions, G_N_ELEMENTS (plan_actions));
}
