/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-date-button"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cb-date-button.h"
#include "cb-field.h"

struct _CbDateButton
{
  AdwBin       parent_instance;

  char        *date;
  char        *empty_label;

  GtkWidget   *button;
  GtkCalendar *calendar;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (CbDateButton, cb_date_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
parse_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;

  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static void
on_day_selected_cb (GtkCalendar  *calendar,
                    CbDateButton *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (self->updating)
    return;

  dt = gtk_calendar_get_date (calendar);
  iso = g_date_time_format (dt, "%Y-%m-%d");
  cb_date_button_set_date (self, iso);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
cb_date_button_finalize (GObject *object)
{
  CbDateButton *self = CB_DATE_BUTTON (object);

  g_free (self->date);
  g_free (self->empty_label);

  G_OBJECT_CLASS (cb_date_button_parent_class)->finalize (object);
}

static void
cb_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CbDateButton *self = CB_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CbDateButton *self = CB_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cb_date_button_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_date_button_class_init (CbDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_date_button_finalize;
  object_class->get_property = cb_date_button_get_property;
  object_class->set_property = cb_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_date_button_init (CbDateButton *self)
{
  GtkWidget *popover;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));

  self->button = g_object_new (GTK_TYPE_MENU_BUTTON,
                               "popover", popover,
                               "valign", GTK_ALIGN_CENTER,
                               "always-show-arrow", TRUE,
                               NULL);
  adw_bin_set_child (ADW_BIN (self), self->button);

  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self, 0);

  cb_date_button_set_date (self, today);
}

GtkWidget *
cb_date_button_new (void)
{
  return g_object_new (CB_TYPE_DATE_BUTTON, NULL);
}

const char *
cb_date_button_get_date (CbDateButton *self)
{
  g_return_val_if_fail (CB_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
cb_date_button_set_date (CbDateButton *self,
                         const char   *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (CB_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->date, iso) == 0)
    return;

  /* No date at all, for a button that may be left empty. */
  if ((iso == NULL || *iso == '\0') && self->empty_label != NULL)
    {
      g_free (self->date);
      self->date = g_strdup ("");
      gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), self->empty_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
      return;
    }

  dt = parse_date (iso);
  if (dt == NULL)
    return;

  g_free (self->date);
  self->date = g_strdup (iso);

  label = cb_format_date (iso);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), label);

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->updating = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

GtkCalendar *
cb_date_button_get_calendar (CbDateButton *self)
{
  g_return_val_if_fail (CB_IS_DATE_BUTTON (self), NULL);

  return self->calendar;
}

void
cb_date_button_set_empty_label (CbDateButton *self,
                                const char   *label)
{
  g_return_if_fail (CB_IS_DATE_BUTTON (self));

  g_free (self->empty_label);
  self->empty_label = g_strdup (label);
  if (self->date != NULL && *self->date == '\0')
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), label != NULL ? label : "");
}

GtkMenuButton *
cb_date_button_get_button (CbDateButton *self)
{
  g_return_val_if_fail (CB_IS_DATE_BUTTON (self), NULL);

  return GTK_MENU_BUTTON (self->button);
}
