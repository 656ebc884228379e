/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-hours-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "cb-csv.h"
#include "cb-export-ui.h"
#include "cb-field-row.h"
#include "cb-hours-page-private.h"
#include "cb-view.h"

#define N_CREDENTIALS 3

struct _CbHoursPage
{
  AdwBin              parent_instance;

  CbPractice         *practice;
  CbHours            *hours;
  GSimpleActionGroup *actions;   /* "view." */
  GMenu              *menu;
  GPtrArray          *setting_rows;

  GtkProgressBar     *bars[N_CREDENTIALS][CB_N_REQUIREMENTS];
  GtkLabel           *numbers[N_CREDENTIALS][CB_N_REQUIREMENTS];
  AdwExpanderRow     *credential_rows[N_CREDENTIALS];

  /* template */
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *credentials_group;
  AdwPreferencesGroup *settings_group;
  GtkLabel            *total_label;
  GtkLabel            *paid_label;
  GtkLabel            *pro_bono_label;
  GtkLabel            *recent_label;
  GtkLabel            *clients_label;
  GtkListBox          *years_list;
  GtkLabel            *report_label;
};

static void cb_hours_page_view_init (CbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbHoursPage, cb_hours_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CB_TYPE_VIEW, cb_hours_page_view_init))

/* "7.25 hours", "1 hour" */
static char *
dup_hours_text (double hours)
{
  double shown = cb_decimal_round (hours);
  g_autofree char *number = cb_format_decimal (shown);
  gulong plural = shown == floor (shown) ? (gulong) MIN (shown, (double) G_MAXULONG) : 2;

  /* Translators: a number of hours, which may have decimals ("7.25 hours") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", plural), number);
}

static const char *
requirement_title (CbRequirement requirement)
{
  switch (requirement)
    {
    case CB_REQUIREMENT_HOURS:
      return _("Hours of coaching");
    case CB_REQUIREMENT_PAID_HOURS:
      return _("Paid hours");
    case CB_REQUIREMENT_CLIENTS:
      return _("Clients");
    case CB_REQUIREMENT_RECENT_HOURS:
      return _("Hours in the last 18 months");
    case CB_N_REQUIREMENTS:
    default:
      g_return_val_if_reached ("");
    }
}

/* "37.5 of 100 hours", "6 of 8 clients" */
static char *
dup_progress_text (double        value,
                   guint         needs,
                   CbRequirement requirement)
{
  if (requirement == CB_REQUIREMENT_CLIENTS)
    /* Translators: clients counted, of the clients a credential requires */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u client", "%u of %u clients", needs),
                            (guint) value, needs);

  {
    g_autofree char *have = cb_format_decimal (cb_decimal_round (value));
    g_autofree char *need = cb_format_decimal (needs);

    /* Translators: hours counted, of the hours a credential requires ("37.5 of 100 hours") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s hour", "%s of %s hours", needs), have, need);
  }
}

static GtkWidget *
create_year_row (gpointer item,
                 gpointer user_data)
{
  CbHoursYear *year = item;
  gint64 paid = cb_hours_year_get_paid_minutes (year);
  gint64 pro_bono = cb_hours_year_get_pro_bono_minutes (year);
  guint n = cb_hours_year_get_n_meetings (year);
  g_autofree char *title = g_strdup_printf ("%d", cb_hours_year_get_year (year));
  g_autofree char *total = dup_hours_text (cb_hours_from_minutes (paid + pro_bono));
  g_autofree char *paid_text = dup_hours_text (cb_hours_from_minutes (paid));
  g_autofree char *pro_bono_text = dup_hours_text (cb_hours_from_minutes (pro_bono));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;

  /* Translators: a year's hours: paid, pro bono, then the number of meetings */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s paid, %s pro bono · %u meeting",
                                           "%s paid, %s pro bono · %u meetings", n),
                              paid_text, pro_bono_text, n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  label = g_object_new (GTK_TYPE_LABEL, "label", total, "valign", GTK_ALIGN_CENTER, NULL);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, "• ");
  g_string_append (text, line);
}

static void
update_report (CbHoursPage *self)
{
  const CbHoursReport *r = cb_hours_get_report (self->hours);
  const char *start = cb_practice_get_hours_start_date (self->practice);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *start_shown = cb_format_date (start);

  if (start_shown != NULL)
    {
      /* Translators: %s is a date */
      g_autofree char *line = g_strdup_printf (_("Meetings from %s (the start of your coach-specific training) up to today count."),
                                               start_shown);
      append_line (text, line);
    }
  else
    append_line (text, _("Every meeting up to today counts: set the date your coach-specific training began below, and meetings before it will not."));

  {
    /* Translators: meetings whose hours are counted */
    g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting counted.",
                                                          "%u meetings counted.", r->n_counted),
                                             r->n_counted);
    append_line (text, line);
  }

#define REPORT(count, format)                                 \
  if ((count) > 0)                                            \
    {                                                         \
      g_autofree char *line = g_strdup_printf (format, (count)); \
      append_line (text, line);                               \
    }

  REPORT (r->n_payment_default,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting counted as paid: whether it was paid or pro bono is not recorded.",
                       "%u meetings counted as paid: whether they were paid or pro bono is not recorded.", r->n_payment_default));
  REPORT (r->n_attendance_default,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting counted as individual: whether it was with one client or a group is not recorded.",
                       "%u meetings counted as individual: whether they were with one client or a group is not recorded.", r->n_attendance_default));
  REPORT (r->n_group_size_default,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u group meeting counted as one client: the number in the group is not recorded.",
                       "%u group meetings counted as one client: the number in the group is not recorded.", r->n_group_size_default));
  REPORT (r->n_no_length,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting has no length recorded and counts no hours.",
                       "%u meetings have no length recorded and count no hours.", r->n_no_length));
  REPORT (r->n_no_date,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting has no date and is not counted.",
                       "%u meetings have no date and are not counted.", r->n_no_date));
  REPORT (r->n_before_start,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting before that date is not counted.",
                       "%u meetings before that date are not counted.", r->n_before_start));
  REPORT (r->n_future,
          g_dngettext (GETTEXT_PACKAGE,
                       "%u meeting still to come is not counted yet.",
                       "%u meetings still to come are not counted yet.", r->n_future));
#undef REPORT

  if (r->n_unnamed_clients > 0)
    {
      g_autofree char *line = NULL;
      g_autofree char *hours = dup_hours_text (cb_hours_from_minutes (r->unnamed_minutes));

      if (cb_practice_get_log_unnamed (self->practice) == CB_LOG_UNNAMED_LEAVE_OFF)
        /* Translators: the first %u is a number of clients, %s their hours ("3 hours") */
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u client did not agree to be named (or was not asked): left off the exported log, with their %s.",
                                             "%u clients did not agree to be named (or were not asked): left off the exported log, with their %s.",
                                             r->n_unnamed_clients),
                                r->n_unnamed_clients, hours);
      else
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u client did not agree to be named (or was not asked): shown anonymised in the exported log.",
                                             "%u clients did not agree to be named (or were not asked): shown anonymised in the exported log.",
                                             r->n_unnamed_clients),
                                r->n_unnamed_clients);
      append_line (text, line);
    }

  gtk_label_set_label (self->report_label, text->str);
}

static void
update (CbHoursPage *self)
{
  guint n_credentials;
  const CbCredential *credentials = cb_hours_get_credentials (&n_credentials);
  g_autofree char *total = NULL, *paid = NULL, *pro_bono = NULL, *recent = NULL, *clients = NULL;

  if (self->hours == NULL)
    return;

  total = dup_hours_text (cb_hours_from_minutes (cb_hours_get_minutes (self->hours)));
  paid = dup_hours_text (cb_hours_from_minutes (cb_hours_get_paid_minutes (self->hours)));
  pro_bono = dup_hours_text (cb_hours_from_minutes (cb_hours_get_pro_bono_minutes (self->hours)));
  recent = dup_hours_text (cb_hours_from_minutes (cb_hours_get_recent_minutes (self->hours)));
  clients = g_strdup_printf ("%u", cb_hours_get_n_clients (self->hours));
  gtk_label_set_label (self->total_label, total);
  gtk_label_set_label (self->paid_label, paid);
  gtk_label_set_label (self->pro_bono_label, pro_bono);
  gtk_label_set_label (self->recent_label, recent);
  gtk_label_set_label (self->clients_label, clients);

  for (guint c = 0; c < MIN (n_credentials, N_CREDENTIALS); c++)
    {
      gboolean met = cb_hours_meets (self->hours, &credentials[c]);

      for (guint r = 0; r < CB_N_REQUIREMENTS; r++)
        {
          g_autofree char *numbers = NULL;
          double fraction;

          if (self->bars[c][r] == NULL)
            continue;

          fraction = cb_hours_get_progress (self->hours, &credentials[c], r);
          numbers = dup_progress_text (cb_hours_get_value (self->hours, r), credentials[c].needs[r], r);
          gtk_progress_bar_set_fraction (self->bars[c][r], fraction);
          gtk_label_set_label (self->numbers[c][r], numbers);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars[c][r]),
                                          GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, numbers,
                                          -1);
        }

      if (met)
        gtk_widget_add_css_class (GTK_WIDGET (self->credential_rows[c]), "cb-credential-met");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->credential_rows[c]), "cb-credential-met");
    }

  update_report (self);
}

/* Actions */

static char *
build_csv (GtkWidget *widget)
{
  CbHoursPage *self = CB_HOURS_PAGE (widget);

  /* Counted now, with what was edited a moment ago. */
  cb_hours_refresh (self->hours);
  return cb_csv_build_hours_log (self->hours, cb_practice_get_log_unnamed (self->practice));
}

static void
export_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CbHoursPage *self = user_data;

  if (self->practice == NULL)
    return;

  /* Translators: the suggested name of the log of coaching hours saved as a spreadsheet */
  cb_ui_export_csv (GTK_WIDGET (self), _("Export Hours as CSV"), _("Coaching Hours.csv"), build_csv);
}

static const GActionEntry hours_actions[] = {
  { "export-csv", export_csv_action, NULL, NULL, NULL },
};

/* CbView */

static const char *
cb_hours_page_get_help_page (CbView *view)
{
  return "hours";
}

static GActionGroup *
cb_hours_page_get_actions (CbView *view)
{
  return G_ACTION_GROUP (CB_HOURS_PAGE (view)->actions);
}

static GMenuModel *
cb_hours_page_get_menu (CbView *view)
{
  return G_MENU_MODEL (CB_HOURS_PAGE (view)->menu);
}

static char *
cb_hours_page_dup_title (CbView *view)
{
  return g_strdup (_("Hours"));
}

static char *
cb_hours_page_dup_subtitle (CbView *view)
{
  CbHoursPage *self = CB_HOURS_PAGE (view);

  return self->practice != NULL ? g_strdup (cb_practice_get_name (self->practice)) : NULL;
}

static void
cb_hours_page_view_init (CbViewInterface *iface)
{
  iface->get_help_page = cb_hours_page_get_help_page;
  iface->get_actions = cb_hours_page_get_actions;
  iface->get_menu = cb_hours_page_get_menu;
  iface->dup_title = cb_hours_page_dup_title;
  iface->dup_subtitle = cb_hours_page_dup_subtitle;
}

/* Building */

static void
build_credentials (CbHoursPage *self)
{
  guint n_credentials;
  const CbCredential *credentials = cb_hours_get_credentials (&n_credentials);

  for (guint c = 0; c < MIN (n_credentials, N_CREDENTIALS); c++)
    {
      const CbCredential *credential = &credentials[c];
      g_autofree char *title = g_strdup_printf ("%s: %s", credential->name, _(credential->title));
      g_autoptr(GString) needs = g_string_new (NULL);
      AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());

      /* Translators: the ICF requirements of a credential, listed after this */
      g_string_append_printf (needs, _("ICF requirements: %u hours, %u paid, %u clients"),
                              credential->needs[CB_REQUIREMENT_HOURS],
                              credential->needs[CB_REQUIREMENT_PAID_HOURS],
                              credential->needs[CB_REQUIREMENT_CLIENTS]);
      if (credential->needs[CB_REQUIREMENT_RECENT_HOURS] > 0)
        /* Translators: follows the ICF requirements above */
        g_string_append_printf (needs, _(", %u hours in the last 18 months"),
                                credential->needs[CB_REQUIREMENT_RECENT_HOURS]);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (expander, needs->str);
      adw_expander_row_set_expanded (expander, TRUE);
      gtk_widget_set_name (GTK_WIDGET (expander), credential->name);
      self->credential_rows[c] = expander;

      for (guint r = 0; r < CB_N_REQUIREMENTS; r++)
        {
          GtkWidget *row, *box, *bar, *numbers;
          g_autofree char *bar_name = NULL;

          if (credential->needs[r] == 0)
            continue;

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), requirement_title (r));

          box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "spacing", 4,
                              "valign", GTK_ALIGN_CENTER, "width-request", 220, NULL);
          numbers = g_object_new (GTK_TYPE_LABEL, "xalign", 1.0f, NULL);
          gtk_widget_add_css_class (numbers, "numeric");
          gtk_widget_add_css_class (numbers, "caption");
          bar = gtk_progress_bar_new ();
          /* Translators: the name of a progress bar: the credential, then the requirement */
          bar_name = g_strdup_printf (_("%s: %s"), credential->name, requirement_title (r));
          gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, bar_name, -1);
          gtk_box_append (GTK_BOX (box), numbers);
          gtk_box_append (GTK_BOX (box), bar);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
          adw_expander_row_add_row (expander, row);

          self->bars[c][r] = GTK_PROGRESS_BAR (bar);
          self->numbers[c][r] = GTK_LABEL (numbers);
        }

      adw_preferences_group_add (self->credentials_group, GTK_WIDGET (expander));
    }
}

static void
rebuild_settings (CbHoursPage *self)
{
  static const char * const settings[] = { "hours_start_date", "log_unnamed" };

  for (guint i = 0; i < self->setting_rows->len; i++)
    adw_preferences_group_remove (self->settings_group, self->setting_rows->pdata[i]);
  g_ptr_array_set_size (self->setting_rows, 0);

  if (self->practice == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      int index = cb_record_class_find_field (CB_RECORD_GET_CLASS (self->practice), settings[i]);
      GtkWidget *row;

      g_assert (index >= 0);
      row = cb_field_row_new (CB_RECORD (self->practice), index);
      adw_preferences_group_add (self->settings_group, row);
      g_ptr_array_add (self->setting_rows, row);
    }
}

/* GObject */

static void
cb_hours_page_dispose (GObject *object)
{
  CbHoursPage *self = CB_HOURS_PAGE (object);

  cb_hours_page_set_practice (self, NULL);
  g_clear_object (&self->actions);
  g_clear_object (&self->menu);
  g_clear_pointer (&self->setting_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_hours_page_parent_class)->dispose (object);
}

static void
cb_hours_page_class_init (CbHoursPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_hours_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-hours-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, page);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, credentials_group);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, settings_group);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, paid_label);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, pro_bono_label);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, recent_label);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, clients_label);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, years_list);
  gtk_widget_class_bind_template_child (widget_class, CbHoursPage, report_label);
}

static void
cb_hours_page_init (CbHoursPage *self)
{
  g_autoptr(GMenu) section = g_menu_new ();

  self->setting_rows = g_ptr_array_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), hours_actions,
                                   G_N_ELEMENTS (hours_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->actions));

  g_menu_append (section, _("Export Hours as _CSV…"), "view.export-csv");
  self->menu = g_menu_new ();
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));

  gtk_widget_init_template (GTK_WIDGET (self));
  build_credentials (self);
}

GtkWidget *
cb_hours_page_new (void)
{
  return g_object_new (CB_TYPE_HOURS_PAGE, NULL);
}

CbPractice *
cb_hours_page_get_practice (CbHoursPage *self)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);

  return self->practice;
}

void
cb_hours_page_set_practice (CbHoursPage *self,
                            CbPractice  *practice)
{
  g_return_if_fail (CB_IS_HOURS_PAGE (self));
  g_return_if_fail (practice == NULL || CB_IS_PRACTICE (practice));

  if (self->practice == practice)
    return;

  if (self->hours != NULL)
    g_signal_handlers_disconnect_by_func (self->hours, update, self);
  gtk_list_box_bind_model (self->years_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->hours);
  g_set_object (&self->practice, practice);

  if (practice != NULL)
    {
      self->hours = cb_hours_new_live (practice);
      g_signal_connect_swapped (self->hours, "changed", G_CALLBACK (update), self);
      gtk_list_box_bind_model (self->years_list, G_LIST_MODEL (self->hours), create_year_row, NULL, NULL);
    }

  rebuild_settings (self);
  update (self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "export-csv")),
                               practice != NULL);
  cb_view_changed (CB_VIEW (self));
}

CbHours *
cb_hours_page_get_hours (CbHoursPage *self)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);

  return self->hours;
}

GtkProgressBar *
cb_hours_page_get_progress_bar (CbHoursPage   *self,
                                guint          credential,
                                CbRequirement  requirement)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);
  g_return_val_if_fail (credential < N_CREDENTIALS && requirement < CB_N_REQUIREMENTS, NULL);

  return self->bars[credential][requirement];
}

GtkLabel *
cb_hours_page_get_progress_label (CbHoursPage   *self,
                                  guint          credential,
                                  CbRequirement  requirement)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);
  g_return_val_if_fail (credential < N_CREDENTIALS && requirement < CB_N_REQUIREMENTS, NULL);

  return self->numbers[credential][requirement];
}

GtkLabel *
cb_hours_page_get_total_label (CbHoursPage *self)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);

  return self->total_label;
}

GtkLabel *
cb_hours_page_get_report_label (CbHoursPage *self)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);

  return self->report_label;
}

GtkListBox *
cb_hours_page_get_years_list (CbHoursPage *self)
{
  g_return_val_if_fail (CB_IS_HOURS_PAGE (self), NULL);

  return self->years_list;
}

void
cb_hours_page_export_csv (CbHoursPage *self,
                          GFile       *file)
{
  g_return_if_fail (CB_IS_HOURS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->practice != NULL);

  cb_ui_save_csv_to_file (GTK_WIDGET (self), build_csv (GTK_WIDGET (self)), file);
}
