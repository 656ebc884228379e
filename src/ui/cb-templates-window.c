/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-templates-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-templates-window.h"

struct _CbTemplatesWindow
{
  AdwPreferencesWindow  parent_instance;

  CbStore              *store;
  CbPractice           *practice;
  GtkWidget            *subpage;   /* owned */
  AdwWindowTitle       *subpage_title;
  CbRecordEditor       *editor;

  AdwActionRow         *learning_contract_row;
  AdwActionRow         *mentoring_row;
  AdwActionRow         *peer_mentoring_row;
  AdwActionRow         *coaching_row;
};

G_DEFINE_FINAL_TYPE (CbTemplatesWindow, cb_templates_window, ADW_TYPE_PREFERENCES_WINDOW)


static AdwActionRow *
get_row (CbTemplatesWindow *self,
         CbAgreementKind    kind)
{
  switch (kind)
    {
    case CB_AGREEMENT_KIND_LEARNING_CONTRACT:
      return self->learning_contract_row;
    case CB_AGREEMENT_KIND_MENTORING:
      return self->mentoring_row;
    case CB_AGREEMENT_KIND_PEER_MENTORING:
      return self->peer_mentoring_row;
    case CB_AGREEMENT_KIND_COACHING:
    default:
      return self->coaching_row;
    }
}

static void
update_rows (CbTemplatesWindow *self)
{
  for (CbAgreementKind kind = CB_AGREEMENT_KIND_LEARNING_CONTRACT; kind <= CB_AGREEMENT_KIND_COACHING; kind++)
    {
      gboolean own = self->practice != NULL && cb_agreement_find_template (self->practice, kind) != NULL;

      adw_action_row_set_subtitle (get_row (self, kind),
                                   own ? _("Your own wording") : _("The built-in wording, from the sources"));
    }
}

static GtkWidget *
create_subpage (CbTemplatesWindow *self)
{
  GtkWidget *box, *header, *back;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->subpage_title = ADW_WINDOW_TITLE (adw_window_title_new ("", _("Default wording")));
  header = g_object_new (ADW_TYPE_HEADER_BAR,
                         "title-widget", self->subpage_title,
                         NULL);
  back = g_object_new (GTK_TYPE_BUTTON,
                       "icon-name", "go-previous-symbolic",
                       "action-name", "templates.back",
                       "tooltip-text", _("Back"),
                       NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (back),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"),
                                  -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  gtk_box_append (GTK_BOX (box), header);

  self->editor = CB_RECORD_EDITOR (cb_record_editor_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->editor), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor));

  return g_object_ref_sink (box);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CbTemplatesWindow *self = CB_TEMPLATES_WINDOW (widget);
  CbAgreementKind kind;

  if (cb_agreement_kind_from_template_name (g_variant_get_string (parameter, NULL), &kind))
    cb_templates_window_edit (self, kind);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CbTemplatesWindow *self = CB_TEMPLATES_WINDOW (widget);

  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
  cb_record_editor_set_record (self->editor, NULL);
  update_rows (self);
}

static void
cb_templates_window_dispose (GObject *object)
{
  CbTemplatesWindow *self = CB_TEMPLATES_WINDOW (object);

  g_clear_object (&self->subpage);
  g_clear_object (&self->practice);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cb_templates_window_parent_class)->dispose (object);
}

static void
cb_templates_window_class_init (CbTemplatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_templates_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-templates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CbTemplatesWindow, learning_contract_row);
  gtk_widget_class_bind_template_child (widget_class, CbTemplatesWindow, mentoring_row);
  gtk_widget_class_bind_template_child (widget_class, CbTemplatesWindow, peer_mentoring_row);
  gtk_widget_class_bind_template_child (widget_class, CbTemplatesWindow, coaching_row);

  gtk_widget_class_install_action (widget_class, "templates.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "templates.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_templates_window_init (CbTemplatesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->subpage = create_subpage (self);
}

GtkWidget *
cb_templates_window_new (GtkWindow  *parent,
                         CbStore    *store,
                         CbPractice *practice)
{
  CbTemplatesWindow *self;

  g_return_val_if_fail (CB_IS_STORE (store), NULL);
  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  self = g_object_new (CB_TYPE_TEMPLATES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->practice = g_object_ref (practice);
  update_rows (self);

  return GTK_WIDGET (self);
}

CbAgreement *
cb_templates_window_edit (CbTemplatesWindow *self,
                          CbAgreementKind    kind)
{
  CbAgreement *template;
  g_auto(GStrv) clauses = NULL;

  g_return_val_if_fail (CB_IS_TEMPLATES_WINDOW (self), NULL);
  g_return_val_if_fail (self->practice != NULL, NULL);

  template = cb_agreement_find_template (self->practice, kind);
  if (template == NULL)
    {
      g_autoptr(CbAgreement) made = cb_agreement_new_from_template (kind, NULL);

      cb_practice_add_template (self->practice, CB_DOCUMENT (made));
      template = cb_agreement_find_template (self->practice, kind);
      g_assert (template == made);
    }

  adw_window_title_set_title (self->subpage_title, cb_enum_get_label (CB_TYPE_AGREEMENT_KIND, kind));

  /* Only the clauses: dates, status and notes belong to each agreement. */
  clauses = cb_agreement_kind_dup_clause_fields (kind);
  cb_record_editor_set_record (self->editor, NULL);
  cb_record_editor_set_only_fields (self->editor, (const char * const *) clauses);
  cb_record_editor_set_record (self->editor, CB_RECORD (template));

  if (gtk_widget_get_parent (self->subpage) == NULL)
    adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), self->subpage);

  return template;
}

CbRecordEditor *
cb_templates_window_get_editor (CbTemplatesWindow *self)
{
  g_return_val_if_fail (CB_IS_TEMPLATES_WINDOW (self), NULL);

  return self->editor;
}
