/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement-dialog.h"
#include "cb-agreement-row.h"
#include "cb-agreements-page.h"
#include "cb-application.h"
#include "cb-document-list.h"
#include "cb-practice.h"
#include "cb-print-ui.h"
#include "cb-store.h"

struct _CbAgreementsPage
{
  AdwBin              parent_instance;

  CbClient           *client;
  CbAgreement        *agreement;      /* open, or NULL */
  GListModel         *agreements;
  GSimpleActionGroup *actions;

  GtkStack           *stack;
  GtkMenuButton      *empty_new_button;
  GtkListBox         *list_box;
  CbRecordEditor     *editor;
  GtkLabel           *title_label;
  GtkLabel           *status_label;
  GtkLabel           *when_label;
  GtkLabel           *hint_label;
};

G_DEFINE_FINAL_TYPE (CbAgreementsPage, cb_agreements_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (CbAgreementsPage *self)
{
  gboolean open = self->agreement != NULL;
  gboolean editable = open && cb_record_get_editable (CB_RECORD (self->agreement));
  CbAgreementStatus status = open ? cb_agreement_get_status (self->agreement) : CB_AGREEMENT_STATUS_DRAFT;

  cb_action_group_set_enabled (self->actions, "new", self->client != NULL && cb_client_get_practice (self->client) != NULL);
  cb_action_group_set_enabled (self->actions, "close", open);
  cb_action_group_set_enabled (self->actions, "mark-agreed", editable && status == CB_AGREEMENT_STATUS_DRAFT);
  cb_action_group_set_enabled (self->actions, "end", editable && status != CB_AGREEMENT_STATUS_ENDED);
  cb_action_group_set_enabled (self->actions, "print", open);
  cb_action_group_set_enabled (self->actions, "export-pdf", open);
  cb_action_group_set_enabled (self->actions, "print-blank", open);
}

static void
update_summary (CbAgreementsPage *self)
{
  CbAgreementStatus status;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  const char *hint;

  if (self->agreement == NULL)
    return;

  status = cb_agreement_get_status (self->agreement);
  title = cb_document_dup_title (CB_DOCUMENT (self->agreement));
  when = cb_agreement_dup_when (self->agreement);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->when_label, when);
  gtk_label_set_label (self->status_label, cb_agreement_status_get_label (status));
  for (guint i = CB_AGREEMENT_STATUS_DRAFT; i <= CB_AGREEMENT_STATUS_ENDED; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), cb_agreement_status_get_style (i));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), cb_agreement_status_get_style (status));

  switch (status)
    {
    case CB_AGREEMENT_STATUS_AGREED:
      hint = _("Signed by both of you. Look back at it on the review date, and end it when you stop working together.");
      break;

    case CB_AGREEMENT_STATUS_ENDED:
      hint = _("This agreement has ended and is kept as a record.");
      break;

    case CB_AGREEMENT_STATUS_DRAFT:
    default:
      hint = _("Adjust the wording together with your client, print it for you both to sign, then mark it as agreed with the dates you signed.");
      break;
    }
  gtk_label_set_label (self->hint_label, hint);
}

static void
on_agreement_notify_cb (CbAgreementsPage *self)
{
  update_summary (self);
  update_actions (self);
}

static void
update_view (CbAgreementsPage *self)
{
  const char *name;

  if (self->agreement != NULL)
    name = "editor";
  else if (self->agreements != NULL && g_list_model_get_n_items (self->agreements) > 0)
    name = "list";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return cb_document_compare_newest_created (CB_DOCUMENT ((gpointer) a), CB_DOCUMENT ((gpointer) b));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return cb_agreement_row_new (CB_AGREEMENT (item));
}

static void
on_agreements_items_changed_cb (CbAgreementsPage *self)
{
  update_view (self);
}

static void
on_list_box_row_activated_cb (CbAgreementsPage *self,
                              GtkListBoxRow    *row)
{
  if (CB_IS_AGREEMENT_ROW (row))
    cb_agreements_page_open (self, cb_agreement_row_get_agreement (CB_AGREEMENT_ROW (row)));
}


static CbForm *
describe (CbAgreementsPage *self,
          CbAgreement      *agreement,
          gboolean          blank)
{
  CbPractice *practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  g_autofree char *client_name = blank || self->client == NULL ? NULL : cb_client_dup_display_name (self->client);
  CbFormContext context = {
    practice != NULL ? cb_practice_get_name (practice) : NULL,
    client_name,
    blank,
    FALSE,
  };

  return cb_document_describe_form (CB_DOCUMENT (agreement), &context);
}

static void
show_dialog (CbAgreementsPage      *self,
             CbAgreementDialogMode  mode)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->agreement == NULL)
    return;

  dialog = cb_agreement_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->agreement, mode);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  CbAgreementsPage *self = user_data;
  CbAgreementKind kind;

  if (!cb_agreement_kind_from_template_name (g_variant_get_string (parameter, NULL), &kind))
    return;

  cb_agreements_page_new_agreement (self, kind);
}

static void
close_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  cb_agreements_page_close (CB_AGREEMENTS_PAGE (user_data));
}

static void
mark_agreed_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  show_dialog (CB_AGREEMENTS_PAGE (user_data), CB_AGREEMENT_DIALOG_MARK_AGREED);
}

static void
end_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  show_dialog (CB_AGREEMENTS_PAGE (user_data), CB_AGREEMENT_DIALOG_END);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CbAgreementsPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->agreement == NULL)
    return;

  form = describe (self, self->agreement, FALSE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbAgreementsPage *self = user_data;
  g_autoptr(CbForm) form = NULL;

  if (self->agreement == NULL)
    return;

  form = describe (self, self->agreement, FALSE);
  cb_ui_export_document_form (GTK_WIDGET (self), form, CB_DOCUMENT (self->agreement), self->client);
}

static void
print_blank_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CbAgreementsPage *self = user_data;
  CbPractice *practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  CbAgreementKind kind;
  g_autoptr(CbAgreement) blank = NULL;
  g_autoptr(CbForm) form = NULL;

  if (self->agreement == NULL)
    return;

  kind = cb_agreement_get_kind (self->agreement);
  blank = cb_agreement_new_from_template (kind, practice != NULL ? cb_agreement_find_template (practice, kind) : NULL);
  form = describe (self, blank, TRUE);
  cb_ui_print_form (GTK_WIDGET (self), form);
}

static const GActionEntry page_actions[] = {
  { "new", new_action, "s", NULL, NULL },
  { "close", close_action, NULL, NULL, NULL },
  { "mark-agreed", mark_agreed_action, NULL, NULL, NULL },
  { "end", end_action, NULL, NULL, NULL },
  { "print", print_action, NULL, NULL, NULL },
  { "export-pdf", export_pdf_action, NULL, NULL, NULL },
  { "print-blank", print_blank_action, NULL, NULL, NULL },
};

/* GObject */

static void
cb_agreements_page_dispose (GObject *object)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (object);

  cb_agreements_page_set_client (self, NULL);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (cb_agreements_page_parent_class)->dispose (object);
}

static void
cb_agreements_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_agreements_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CbAgreementsPage *self = CB_AGREEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      cb_agreements_page_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_agreements_page_class_init (CbAgreementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_agreements_page_dispose;
  object_class->get_property = cb_agreements_page_get_property;
  object_class->set_property = cb_agreements_page_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         CB_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL,
                         CB_TYPE_AGREEMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_RECORD_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-agreements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, CbAgreementsPage, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cb_agreements_page_init (CbAgreementsPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "agreement", G_ACTION_GROUP (self->actions));

  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
  update_view (self);
}

/* Public API */

GtkWidget *
cb_agreements_page_new (void)
{
  return g_object_new (CB_TYPE_AGREEMENTS_PAGE, NULL);
}

CbClient *
cb_agreements_page_get_client (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return self->client;
}

void
cb_agreements_page_set_client (CbAgreementsPage *self,
                               CbClient         *client)
{
  g_return_if_fail (CB_IS_AGREEMENTS_PAGE (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  cb_agreements_page_close (self);

  if (self->agreements != NULL)
    g_signal_handlers_disconnect_by_func (self->agreements, on_agreements_items_changed_cb, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->agreements);

  g_set_object (&self->client, client);

  if (client != NULL)
    {
      self->agreements = cb_document_list_new (client, CB_TYPE_AGREEMENT, compare_newest_first, NULL);
      g_signal_connect_swapped (self->agreements, "items-changed",
                                G_CALLBACK (on_agreements_items_changed_cb), self);
      gtk_list_box_bind_model (self->list_box, self->agreements, create_row, NULL, NULL);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

GActionGroup *
cb_agreements_page_get_actions (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

GListModel *
cb_agreements_page_get_agreements (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return self->agreements;
}

GtkListBox *
cb_agreements_page_get_list_box (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return self->list_box;
}

const char *
cb_agreements_page_get_view (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

CbAgreement *
cb_agreements_page_new_agreement (CbAgreementsPage *self,
                                  CbAgreementKind   kind)
{
  CbPractice *practice;
  g_autoptr(CbAgreement) agreement = NULL;

  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  practice = self->client != NULL ? cb_client_get_practice (self->client) : NULL;
  g_return_val_if_fail (practice != NULL, NULL);

  agreement = cb_agreement_new_from_template (kind, cb_agreement_find_template (practice, kind));
  cb_store_add_document (cb_application_get_store (NULL), practice, self->client, CB_DOCUMENT (agreement));
  cb_agreements_page_open (self, agreement);

  return agreement;
}

CbAgreement *
cb_agreements_page_get_agreement (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return self->agreement;
}

void
cb_agreements_page_open (CbAgreementsPage *self,
                         CbAgreement      *agreement)
{
  g_return_if_fail (CB_IS_AGREEMENTS_PAGE (self));
  g_return_if_fail (agreement == NULL || CB_IS_AGREEMENT (agreement));

  if (self->agreement == agreement)
    return;

  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_func (self->agreement, on_agreement_notify_cb, self);

  g_set_object (&self->agreement, agreement);
  cb_record_editor_set_record (self->editor, CB_RECORD (agreement));

  /* The status changes only through Mark as Agreed… and End Agreement…,
   * which record the dates with it; the pill above shows it. */
  {
    GtkWidget *status_row = cb_record_editor_get_row (self->editor, "status");

    if (status_row != NULL)
      gtk_widget_set_visible (status_row, FALSE);
  }

  if (agreement != NULL)
    {
      g_signal_connect_swapped (agreement, "notify", G_CALLBACK (on_agreement_notify_cb), self);
      update_summary (self);
    }

  update_actions (self);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT]);
}

void
cb_agreements_page_close (CbAgreementsPage *self)
{
  g_return_if_fail (CB_IS_AGREEMENTS_PAGE (self));

  cb_agreements_page_open (self, NULL);
}

CbRecordEditor *
cb_agreements_page_get_editor (CbAgreementsPage *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENTS_PAGE (self), NULL);

  return self->editor;
}

void
cb_agreements_page_export_pdf (CbAgreementsPage *self,
                               GFile            *file)
{
  g_autoptr(CbForm) form = NULL;

  g_return_if_fail (CB_IS_AGREEMENTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->agreement != NULL);

  form = describe (self, self->agreement, FALSE);
  cb_ui_export_form_to_file (GTK_WIDGET (self), form, file);
}
