/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-client-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-application.h"
#include "cb-client-page.h"
#include "cb-evaluation-page.h"
#include "cb-practice.h"
#include "cb-meeting.h"
#include "cb-store.h"

struct _CbClientPage
{
  AdwBin          parent_instance;

  CbClient       *client;
  GSimpleActionGroup *actions;
  GtkWindow      *evaluation_window;  /* weak */

  GtkRevealer      *read_only_revealer;
  CbRecordEditor   *editor;
  AdwViewStack     *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  CbAgreementsPage *agreements_page;
  CbMeetingsPage   *meetings_page;
  CbPlansPage      *plans_page;
  CbReviewsPage    *reviews_page;
  CbReferralsPage  *referrals_page;
  CbLifecycleStepper *stepper;
};

G_DEFINE_FINAL_TYPE (CbClientPage, cb_client_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_read_only (CbClientPage *self)
{
  gboolean read_only = self->client != NULL && cb_document_get_read_only (CB_DOCUMENT (self->client));

  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static CbPractice *
get_practice (CbClientPage *self)
{
  CbDocument *parent;

  if (self->client == NULL)
    return NULL;

  parent = cb_document_get_parent (CB_DOCUMENT (self->client));
  return CB_IS_PRACTICE (parent) ? CB_PRACTICE (parent) : NULL;
}

static void
update_actions (CbClientPage *self)
{
  gboolean has_client = self->client != NULL && get_practice (self) != NULL;
  gboolean editable = has_client && !cb_document_get_read_only (CB_DOCUMENT (self->client));
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "next-step");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), editable);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "open-meeting");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_client);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "end-relationship");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               editable && cb_client_get_status (self->client) != CB_CLIENT_STATUS_ENDED);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "open-evaluation");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_client);
}

static void
on_client_notify_cb (CbClientPage *self)
{
  update_read_only (self);
  update_actions (self);
}

/* The New Agreement menu, open, wherever the Agreements view shows it. */
static void
popup_new_agreement (CbClientPage *self)
{
  GtkWidget *agreements = GTK_WIDGET (self->agreements_page);
  const char *name;
  GObject *button;

  cb_agreements_page_close (self->agreements_page);
  cb_client_page_set_view (self, "agreements");

  name = g_strcmp0 (cb_agreements_page_get_view (self->agreements_page), "empty") == 0 ? "empty_new_button" : "new_button";
  button = gtk_widget_get_template_child (agreements, CB_TYPE_AGREEMENTS_PAGE, name);
  if (GTK_IS_MENU_BUTTON (button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

static void
open_plan (CbClientPage *self,
           const char   *plan_id)
{
  CbDocument *document = plan_id != NULL ? cb_client_find_document (self->client, plan_id) : NULL;
  CbPlan *plan = CB_IS_PLAN (document) ? CB_PLAN (document) : cb_client_get_current_plan (self->client);

  cb_client_page_set_view (self, "plans");
  if (plan != NULL)
    cb_plans_page_open (self->plans_page, plan);
}

static void
new_review (CbClientPage *self,
            CbReviewType  type)
{
  cb_client_page_set_view (self, "reviews");
  cb_reviews_page_new_review (self->reviews_page, type, NULL);
}

static void
on_evaluation_window_destroy_cb (CbClientPage *self)
{
  self->evaluation_window = NULL;
}

static void
open_evaluation (CbClientPage *self)
{
  CbEvaluation *evaluation = cb_client_get_evaluation (self->client);
  GtkWidget *window, *box, *header, *page;
  GtkRoot *root;

  if (evaluation == NULL)
    {
      g_autoptr(CbEvaluation) created = cb_evaluation_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      cb_evaluation_set_date (created, today);
      cb_store_add_document (cb_application_get_store (NULL), get_practice (self), self->client,
                             CB_DOCUMENT (created));
      evaluation = created;
    }

  if (self->evaluation_window != NULL)
    gtk_window_destroy (self->evaluation_window);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", _("Evaluation"),
                         "default-width", 720,
                         "default-height", 760,
                         "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                         "destroy-with-parent", TRUE,
                         NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  page = cb_evaluation_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  cb_evaluation_page_set_evaluation (CB_EVALUATION_PAGE (page), evaluation);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);

  self->evaluation_window = GTK_WINDOW (window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_evaluation_window_destroy_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_ending_dialog_ended_cb (CbEndingDialog *dialog,
                           CbReview       *review,
                           CbEvaluation   *evaluation,
                           CbClientPage   *self)
{
  /* The summative review to write first, when one was made. */
  if (review != NULL)
    {
      cb_client_page_set_view (self, "reviews");
      cb_reviews_page_open (self->reviews_page, review);
    }
  update_actions (self);
}

/* Actions */

static void
next_step_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CbClientPage *self = user_data;
  CbNextStep step;

  if (self->client == NULL)
    return;

  step = cb_relationship_suggest (self->client, NULL);
  switch (step.kind)
    {
    case CB_NEXT_STEP_NO_AGREEMENT:
      popup_new_agreement (self);
      break;

    case CB_NEXT_STEP_NO_PLAN:
      cb_client_page_set_view (self, "plans");
      cb_plans_page_new_plan (self->plans_page, NULL);
      break;

    case CB_NEXT_STEP_PLAN_NOT_SMART:
      open_plan (self, step.document_id);
      break;

    case CB_NEXT_STEP_NO_MEETING_YET:
      cb_client_page_set_view (self, "meetings");
      cb_meetings_page_new_meeting (self->meetings_page, NULL);
      break;

    case CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS:
    case CB_NEXT_STEP_REVIEW_DUE:
      new_review (self, CB_REVIEW_TYPE_FORMATIVE);
      break;

    case CB_NEXT_STEP_READY_TO_CLOSE:
      if (cb_relationship_has_ended (self->client, NULL))
        new_review (self, CB_REVIEW_TYPE_SUMMATIVE);
      else
        cb_client_page_end_relationship (self);
      break;

    case CB_NEXT_STEP_EVALUATION_MISSING:
      open_evaluation (self);
      break;

    case CB_NEXT_STEP_NONE_YET:
    case CB_NEXT_STEP_ENDED:
    default:
      break;
    }
}

static void
open_meeting_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CbClientPage *self = user_data;
  CbDocument *document;

  if (self->client == NULL)
    return;

  document = cb_client_find_document (self->client, g_variant_get_string (parameter, NULL));
  if (!CB_IS_MEETING (document))
    return;

  cb_client_page_set_view (self, "meetings");
  cb_meetings_page_open (self->meetings_page, CB_MEETING (document));
}

static void
end_relationship_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cb_client_page_end_relationship (CB_CLIENT_PAGE (user_data));
}

static void
open_evaluation_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CbClientPage *self = user_data;

  if (self->client != NULL && get_practice (self) != NULL)
    open_evaluation (self);
}

static const GActionEntry page_actions[] = {
  { "next-step", next_step_action, NULL, NULL, NULL },
  { "open-meeting", open_meeting_action, "s", NULL, NULL },
  { "end-relationship", end_relationship_action, NULL, NULL, NULL },
  { "open-evaluation", open_evaluation_action, NULL, NULL, NULL },
};

static void
cb_client_page_dispose (GObject *object)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  if (self->evaluation_window != NULL)
    gtk_window_destroy (self->evaluation_window);

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, on_client_notify_cb, self);
  g_clear_object (&self->client);
  g_clear_object (&self->actions);

  /* The switcher lets go of the stack before the stack goes. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);

  G_OBJECT_CLASS (cb_client_page_parent_class)->dispose (object);
}

static void
cb_client_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_client_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CbClientPage *self = CB_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_client_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_client_page_class_init (CbClientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_client_page_dispose;
  object_class->get_property = cb_client_page_get_property;
  object_class->set_property = cb_client_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_RECORD_EDITOR);
  g_type_ensure (CB_TYPE_AGREEMENTS_PAGE);
  g_type_ensure (CB_TYPE_MEETINGS_PAGE);
  g_type_ensure (CB_TYPE_PLANS_PAGE);
  g_type_ensure (CB_TYPE_REVIEWS_PAGE);
  g_type_ensure (CB_TYPE_REFERRALS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, agreements_page);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, plans_page);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, reviews_page);
  gtk_widget_class_bind_template_child (widget_class, CbClientPage, referrals_page);
}

static void
cb_client_page_init (CbClientPage *self)
{
  GtkWidget *group;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "client", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The stepper tops the profile, above the generated groups. */
  self->stepper = CB_LIFECYCLE_STEPPER (cb_lifecycle_stepper_new ());
  group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->stepper));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->editor), ADW_PREFERENCES_GROUP (group));

  update_actions (self);
}

GtkWidget *
cb_client_page_new (void)
{
  return g_object_new (CB_TYPE_CLIENT_PAGE, NULL);
}

CbClient *
cb_client_page_get_client (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->client;
}

void
cb_client_page_set_client (CbClientPage *self,
                           CbClient     *client)
{
  g_return_if_fail (CB_IS_CLIENT_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  if (self->client != NULL)
    g_signal_handlers_disconnect_by_func (self->client, on_client_notify_cb, self);
  if (self->evaluation_window != NULL)
    gtk_window_destroy (self->evaluation_window);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      g_signal_connect_swapped (client, "notify::read-only", G_CALLBACK (on_client_notify_cb), self);
      g_signal_connect_swapped (client, "notify::status", G_CALLBACK (on_client_notify_cb), self);
    }

  cb_record_editor_set_record (self->editor, CB_RECORD (client));
  cb_lifecycle_stepper_set_client (self->stepper, client);
  cb_agreements_page_set_client (self->agreements_page, client);
  cb_meetings_page_set_client (self->meetings_page, client);
  cb_plans_page_set_client (self->plans_page, client);
  cb_reviews_page_set_client (self->reviews_page, client);
  cb_referrals_page_set_client (self->referrals_page, client != NULL ? get_practice (self) : NULL, client);
  update_read_only (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

CbRecordEditor *
cb_client_page_get_editor (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->editor;
}

void
cb_client_page_focus_name (CbClientPage *self)
{
  GtkWidget *row;

  g_return_if_fail (CB_IS_CLIENT_PAGE (self));

  row = cb_record_editor_get_editor (self->editor, "name");
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

AdwViewStack *
cb_client_page_get_view_stack (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->view_stack;
}

AdwViewSwitcherBar *
cb_client_page_get_switcher_bar (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->switcher_bar;
}

CbAgreementsPage *
cb_client_page_get_agreements_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->agreements_page;
}

CbMeetingsPage *
cb_client_page_get_meetings_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->meetings_page;
}

const char *
cb_client_page_get_view (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
cb_client_page_set_view (CbClientPage *self,
                         const char   *view)
{
  g_return_if_fail (CB_IS_CLIENT_PAGE (self));
  g_return_if_fail (view != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

CbPlansPage *
cb_client_page_get_plans_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->plans_page;
}

CbReviewsPage *
cb_client_page_get_reviews_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->reviews_page;
}

CbReferralsPage *
cb_client_page_get_referrals_page (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->referrals_page;
}

CbLifecycleStepper *
cb_client_page_get_stepper (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->stepper;
}

GActionGroup *
cb_client_page_get_actions (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

CbEndingDialog *
cb_client_page_end_relationship (CbClientPage *self)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  if (self->client == NULL || get_practice (self) == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = cb_ending_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 get_practice (self), self->client);
  g_signal_connect_object (dialog, "ended", G_CALLBACK (on_ending_dialog_ended_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return CB_ENDING_DIALOG (dialog);
}

GtkWindow *
cb_client_page_get_evaluation_window (CbClientPage *self)
{
  g_return_val_if_fail (CB_IS_CLIENT_PAGE (self), NULL);

  return self->evaluation_window;
}
