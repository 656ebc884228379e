/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-reviews-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-application.h"
#include "cb-document-list.h"
#include "cb-field-row.h"
#include "cb-reviews-page.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-enums.h"
#include "cb-store.h"

struct _CbReviewsPage
{
  AdwBin              parent_instance;

  CbClient           *client;
  CbReview           *review;         /* open, or NULL */
  GListModel         *reviews;
  GSimpleActionGroup *actions;

  GtkStack           *stack;
  GtkListBox         *list_box;
  CbReviewEditor       *editor;
};

G_DEFINE_FINAL_TYPE (CbReviewsPage, cb_reviews_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define REVIEW_KEY "cb-review"

static void
update_actions (CbReviewsPage *self)
{
  gboolean open = self->review != NULL;
  gboolean editable = open && cb_record_get_editable (CB_RECORD (self->review));

  cb_action_group_set_enabled (self->actions, "new", self->client != NULL && cb_client_get_practice (self->client) != NULL);
  cb_action_group_set_enabled (self->actions, "close", open);
  cb_action_group_set_enabled (self->actions, "print", open);
  cb_action_group_set_enabled (self->actions, "export-pdf", open);
  cb_action_group_set_enabled (self->actions, "print-blank", TRUE);
  cb_action_group_set_enabled (self->actions, "add-outcome", editable);
}

static void
update_view (CbReviewsPage *self)
{
  const char *name;

  if (self->review != NULL)
    name = "editor";
  else if (self->reviews != NULL && g_list_model_get_n_items (self->reviews) > 0)
    name = "list";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

/* Newest first: by date, then when the review was made. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  CbReview *pa = CB_REVIEW ((gpointer) a);
  CbReview *pb = CB_REVIEW ((gpointer) b);
  int result;

  result = g_strcmp0 (cb_review_get_date (pb), cb_review_get_date (pa));
  if (result != 0)
    return result;

  return cb_document_compare_newest_created (CB_DOCUMENT (pa), CB_DOCUMENT (pb));
}

static void
update_row (GtkWidget *row)
{
  CbReview *review = g_object_get_data (G_OBJECT (row), REVIEW_KEY);
  g_autofree char *date = cb_format_date (cb_review_get_date (review));
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;
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

  escaped_title = g_markup_escape_text (cb_enum_get_label (CB_TYPE_REVIEW_TYPE, cb_review_get_review_type (review)), -1);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbReview *review = item;
  GtkWidget *row = adw_action_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "checkbox-checked-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));

  g_object_set_data_full (G_OBJECT (row), REVIEW_KEY, g_object_ref (review), g_object_unref);
  g_signal_connect_object (review, "changed", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);

  return row;
}

static void
on_reviews_items_changed_cb (CbReviewsPage *self)
{
  update_view (self);
}

static void
on_list_box_row_activated_cb (CbReviewsPage   *self,
                              GtkListBoxRow *row)
{
  CbReview *review = g_object_get_data (G_OBJECT (row), REVIEW_KEY);

  if (review != NULL)
    cb_reviews_page_open (self, review);
}

/* Actions */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  int type = CB_REVIEW_TYPE_FORMATIVE;
  CbReview *review;
  GtkWidget *editor;

  if (!cb_enum_from_nick (CB_TYPE_REVIEW_TYPE, g_variant_get_string (parameter, NULL), &type))
    return;

  review = cb_reviews_page_new_review (self, type, NULL);
  if (review == NULL)
    return;

  /* Step 1: where the information comes from. */
  editor = cb_review_editor_get_editor (self->editor, "sources_notes");
  if (editor != NULL)
    gtk_widget_grab_focus (editor);
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_reviews_page_close (CB_REVIEWS_PAGE (user_data));
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  g_autoptr(CbForm) form = cb_reviews_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  g_autoptr(CbForm) form = cb_reviews_page_describe (self, TRUE);

  if (form != NULL)
    cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  g_autoptr(CbForm) form = cb_reviews_page_describe (self, FALSE);

  if (form != NULL)
    cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->review), self->client);
}

static void
add_outcome_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbReviewsPage *self = user_data;
  GtkWidget *row;
  guint n;

  if (self->review == NULL || cb_review_add_outcome (self->review, "", "") == NULL)
    return;

  n = cb_review_editor_get_n_outcomes (self->editor);
  row = n > 0 ? cb_review_editor_get_outcome_row (self->editor, n - 1, "objective") : NULL;
  if (row != NULL)
    {
      cb_review_editor_scroll_to (self->editor, row);
      gtk_widget_grab_focus (cb_field_row_get_editor (row));
    }
}

static const GActionEntry page_actions[] = {
  { "new", new_action, "s", NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
  { "add-outcome", add_outcome_action, NULL, NULL, NULL },
};

/* GObject */

static void
cb_reviews_page_dispose (GObject *object)
{
  CbReviewsPage *self = CB_REVIEWS_PAGE (object);

  cb_reviews_page_set_client (self, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_reviews_page_parent_class)->dispose (object);
}

static void
cb_reviews_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbReviewsPage *self = CB_REVIEWS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_reviews_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CbReviewsPage *self = CB_REVIEWS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_reviews_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_reviews_page_class_init (CbReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_reviews_page_dispose;
  object_class->get_property = cb_reviews_page_get_property;
  object_class->set_property = cb_reviews_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL,
                         CB_TYPE_REVIEW,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_REVIEW_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-reviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbReviewsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbReviewsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbReviewsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cb_reviews_page_init (CbReviewsPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "review", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
  update_view (self);
}

/* Public API */

GtkWidget *
cb_reviews_page_new (void)
{
  return g_object_new (CB_TYPE_REVIEWS_PAGE, NULL);
}

CbClient *
cb_reviews_page_get_client (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return self->client;
}

void
cb_reviews_page_set_client (CbReviewsPage *self,
                          CbClient    *client)
{
  g_return_if_fail (CB_IS_REVIEWS_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  cb_reviews_page_close (self);

  if (self->reviews != NULL)
    g_signal_handlers_disconnect_by_func (self->reviews, on_reviews_items_changed_cb, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->reviews);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      static const char * const resort_on[] = { "date", NULL };

      self->reviews = cb_document_list_new (client, CB_TYPE_REVIEW, compare_newest_first, resort_on);
      g_signal_connect_swapped (self->reviews, "items-changed",
                                G_CALLBACK (on_reviews_items_changed_cb), self);
      gtk_list_box_bind_model (self->list_box, self->reviews, create_row, NULL, NULL);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

GActionGroup *
cb_reviews_page_get_actions (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

GListModel *
cb_reviews_page_get_reviews (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return self->reviews;
}

GtkListBox *
cb_reviews_page_get_list_box (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return self->list_box;
}

const char *
cb_reviews_page_get_view (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

CbReview *
cb_reviews_page_new_review (CbReviewsPage *self,
                            CbReviewType   type,
                            GDateTime     *now)
{
  CbPractice *practice;
  g_autoptr(CbReview) review = NULL;

  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  g_return_val_if_fail (practice != NULL, NULL);

  review = cb_review_new_for_client (self->client, type, now);
  cb_store_add_document (cb_application_get_store (NULL), practice, self->client, CB_DOCUMENT (review));
  cb_reviews_page_open (self, review);

  return review;
}

CbReview *
cb_reviews_page_get_review (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return self->review;
}

static void
on_review_read_only_cb (CbReviewsPage *self)
{
  update_actions (self);
}

void
cb_reviews_page_open (CbReviewsPage *self,
                      CbReview      *review)
{
  g_return_if_fail (CB_IS_REVIEWS_PAGE (self));
  g_return_if_fail (review == NULL || CB_IS_REVIEW (review));

  if (self->review == review)
    return;

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_func (self->review, on_review_read_only_cb, self);

  g_set_object (&self->review, review);
  cb_review_editor_set_review (self->editor, review != NULL ? self->client : NULL, review);

  if (review != NULL)
    g_signal_connect_swapped (review, "notify::read-only", G_CALLBACK (on_review_read_only_cb), self);

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

void
cb_reviews_page_close (CbReviewsPage *self)
{
  g_return_if_fail (CB_IS_REVIEWS_PAGE (self));

  cb_reviews_page_open (self, NULL);
}

CbReviewEditor *
cb_reviews_page_get_editor (CbReviewsPage *self)
{
  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  return self->editor;
}

CbForm *
cb_reviews_page_describe (CbReviewsPage *self,
                        gboolean     blank)
{
  CbPractice *practice;
  g_autofree char *client_name = NULL;
  g_autoptr(CbReview) empty = NULL;
  CbFormContext context = { 0, };

  g_return_val_if_fail (CB_IS_REVIEWS_PAGE (self), NULL);

  if (self->review == NULL && !blank)
    return NULL;

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  client_name = blank || self->client == NULL ? NULL : cb_client_dup_display_name (self->client);
  context.practice_name = practice != NULL ? cb_practice_get_name (practice) : NULL;
  context.client_name = client_name;
  context.blank = blank;
  context.include_private = FALSE;

  if (blank)
    empty = cb_review_new (self->review != NULL ? cb_review_get_review_type (self->review)
                                                : CB_REVIEW_TYPE_FORMATIVE);

  return cb_document_describe_form (CB_DOCUMENT (blank ? empty : self->review), &context);
}

void
cb_reviews_page_export_pdf (CbReviewsPage *self,
                          GFile       *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_REVIEWS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->review != NULL);

  form = cb_reviews_page_describe (self, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}
