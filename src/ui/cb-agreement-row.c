/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-agreement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-agreement-row.h"

struct _CbAgreementRow
{
  AdwActionRow  parent_instance;

  CbAgreement  *agreement;

  GtkLabel     *status_label;
};

G_DEFINE_FINAL_TYPE (CbAgreementRow, cb_agreement_row, ADW_TYPE_ACTION_ROW)

static const char * const status_styles[] = {
  "cb-agreement-draft", "cb-agreement-agreed", "cb-agreement-ended",
};

static void
update (CbAgreementRow *self)
{
  CbAgreementStatus status = cb_agreement_get_status (self->agreement);
  g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (self->agreement));
  g_autofree char *when = cb_agreement_dup_when (self->agreement);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), when);
  gtk_label_set_label (self->status_label, cb_agreement_status_get_label (status));

  for (guint i = 0; i < G_N_ELEMENTS (status_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), cb_agreement_status_get_style (status));

  /* Translators: an agreement in a list, for screen readers: title, status, date */
  accessible = g_strdup_printf (_("%s, %s, %s"), title, cb_agreement_status_get_label (status), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
on_agreement_notify_cb (CbAgreementRow *self)
{
  update (self);
}

static void
cb_agreement_row_dispose (GObject *object)
{
  CbAgreementRow *self = CB_AGREEMENT_ROW (object);

  g_clear_object (&self->agreement);

  G_OBJECT_CLASS (cb_agreement_row_parent_class)->dispose (object);
}

static void
cb_agreement_row_class_init (CbAgreementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_agreement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-agreement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CbAgreementRow, status_label);
}

static void
cb_agreement_row_init (CbAgreementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cb_agreement_row_new (CbAgreement *agreement)
{
  CbAgreementRow *self;

  g_return_val_if_fail (CB_IS_AGREEMENT (agreement), NULL);

  self = g_object_new (CB_TYPE_AGREEMENT_ROW, NULL);
  self->agreement = g_object_ref (agreement);
  g_signal_connect_object (agreement, "notify", G_CALLBACK (on_agreement_notify_cb), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

CbAgreement *
cb_agreement_row_get_agreement (CbAgreementRow *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENT_ROW (self), NULL);

  return self->agreement;
}

GtkLabel *
cb_agreement_row_get_status_label (CbAgreementRow *self)
{
  g_return_val_if_fail (CB_IS_AGREEMENT_ROW (self), NULL);

  return self->status_label;
}

const char *
cb_agreement_status_get_label (CbAgreementStatus status)
{
  return cb_enum_get_label (CB_TYPE_AGREEMENT_STATUS, status);
}

const char *
cb_agreement_status_get_style (CbAgreementStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_styles))
    return status_styles[0];

  return status_styles[status];
}

char *
cb_agreement_dup_when (CbAgreement *agreement)
{
  CbRecord *record = CB_RECORD (agreement);
  const char *ended = cb_record_get_string (record, "ended_date");
  const char *agreed = cb_record_get_string (record, "date_agreed");
  g_autofree char *created_iso = NULL;
  g_autofree char *date = NULL;
  GDateTime *created;

  g_return_val_if_fail (CB_IS_AGREEMENT (agreement), NULL);

  if (cb_agreement_get_status (agreement) == CB_AGREEMENT_STATUS_ENDED &&
      (date = cb_format_date (ended)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Ended %s"), date);

  if ((date = cb_format_date (agreed)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Agreed %s"), date);

  created = cb_document_get_created (CB_DOCUMENT (agreement));
  if (created != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (created);

      created_iso = g_date_time_format (local, "%Y-%m-%d");
    }
  if ((date = cb_format_date (created_iso)) != NULL)
    /* Translators: %s is a date in words, e.g. "9 March 2026" */
    return g_strdup_printf (_("Drafted %s"), date);

  return g_strdup (_("Not agreed yet"));
}
