/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-progress-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-progress-bar.h"

/* One bar: segments in order, each a count and a colour name from the
 * theme (libadwaita's named colours). */
#define N_SEGMENTS 4

typedef struct
{
  guint       count[N_SEGMENTS];
  const char *color[N_SEGMENTS];
} Bar;

struct _CbProgressBar
{
  GtkWidget  parent_instance;

  Bar        objectives;
  Bar        milestones;

  GtkWidget *objectives_area;
  GtkWidget *objectives_label;
  GtkWidget *milestones_area;
  GtkWidget *milestones_label;
};

G_DEFINE_FINAL_TYPE (CbProgressBar, cb_progress_bar, GTK_TYPE_WIDGET)

#define BAR_HEIGHT 10

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *rgba)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (name == NULL || !gtk_style_context_lookup_color (context, name, rgba))
    {
      /* The text colour, faint: what is still to come. */
      gtk_style_context_get_color (context, rgba);
      rgba->alpha *= 0.15;
    }
}

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  const Bar *bar = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  double y = (height - BAR_HEIGHT) / 2.0;
  double x = 0;
  guint total = 0;
  GdkRGBA rgba;

  for (guint i = 0; i < N_SEGMENTS; i++)
    total += bar->count[i];

  /* The trough, always: an empty plan shows an empty bar. */
  lookup_color (widget, NULL, &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  rounded_rect (cr, 0, y, width, BAR_HEIGHT, BAR_HEIGHT / 2.0);
  cairo_fill_preserve (cr);

  if (total == 0)
    return;

  cairo_clip (cr);
  for (guint i = 0; i < N_SEGMENTS; i++)
    {
      double w = (double) width * bar->count[i] / total;

      if (bar->count[i] == 0)
        continue;

      lookup_color (widget, bar->color[i], &rgba);
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_rectangle (cr, x, y, w, BAR_HEIGHT);
      cairo_fill (cr);

      /* A gap between segments, so adjacent colours read as parts. */
      x += w;
      if (x < width - 1)
        {
          lookup_color (widget, "window_bg_color", &rgba);
          gdk_cairo_set_source_rgba (cr, &rgba);
          cairo_rectangle (cr, x - 1, y, 2, BAR_HEIGHT);
          cairo_fill (cr);
        }
    }
}

static void
update_objectives_text (CbProgressBar *self)
{
  const Bar *bar = &self->objectives;
  guint not_started = bar->count[2], in_progress = bar->count[1], achieved = bar->count[0], dropped = bar->count[3];
  guint total = not_started + in_progress + achieved + dropped;
  g_autoptr(GString) text = g_string_new (NULL);

  if (total == 0)
    g_string_append (text, _("No objectives yet"));
  else
    {
      /* Translators: objectives of a development plan, e.g. "1 of 3 objectives achieved" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u objective achieved",
                                                 "%u of %u objectives achieved", total),
                              achieved, total);
      if (in_progress > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("%u in progress"), in_progress);
        }
      if (not_started > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("%u not started"), not_started);
        }
      if (dropped > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("%u dropped"), dropped);
        }
    }

  gtk_label_set_label (GTK_LABEL (self->objectives_label), text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->objectives_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
  gtk_widget_queue_draw (self->objectives_area);
}

static void
update_milestones_text (CbProgressBar *self)
{
  const Bar *bar = &self->milestones;
  guint done = bar->count[0], overdue = bar->count[1], due = bar->count[2];
  guint total = done + overdue + due + bar->count[3];
  g_autoptr(GString) text = g_string_new (NULL);

  if (total == 0)
    g_string_append (text, _("No milestones yet"));
  else
    {
      /* Translators: milestones of a development plan, e.g. "1 of 4 milestones done" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u milestone done",
                                                 "%u of %u milestones done", total),
                              done, total);
      if (due > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("%u due"), due);
        }
      if (overdue > 0)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("%u overdue"), overdue);
        }
    }

  gtk_label_set_label (GTK_LABEL (self->milestones_label), text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestones_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
  gtk_widget_queue_draw (self->milestones_area);
}

static GtkWidget *
add_bar (CbProgressBar *self,
         Bar           *bar,
         const char    *title,
         GtkWidget    **label_out)
{
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL, "label", title, "xalign", 0.0f, NULL);
  GtkWidget *area = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "content-height", BAR_HEIGHT + 4,
                                  "hexpand", TRUE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                  NULL);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_bar, bar, NULL);
  gtk_widget_set_parent (heading, GTK_WIDGET (self));
  gtk_widget_set_parent (area, GTK_WIDGET (self));
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  gtk_widget_set_margin_bottom (label, 6);

  *label_out = label;
  return area;
}

static void
cb_progress_bar_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  CbProgressBar *self = CB_PROGRESS_BAR (widget);

  GTK_WIDGET_CLASS (cb_progress_bar_parent_class)->css_changed (widget, change);

  /* Dark style and high contrast change the colours. */
  gtk_widget_queue_draw (self->objectives_area);
  gtk_widget_queue_draw (self->milestones_area);
}

static void
cb_progress_bar_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cb_progress_bar_parent_class)->dispose (object);
}

static void
cb_progress_bar_class_init (CbProgressBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_progress_bar_dispose;
  widget_class->css_changed = cb_progress_bar_css_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cb-progress-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cb_progress_bar_init (CbProgressBar *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);

  /* Achieved, in progress, not started (faint), dropped (faint). */
  self->objectives.color[0] = "success_color";
  self->objectives.color[1] = "accent_color";
  self->objectives.color[2] = NULL;
  self->objectives.color[3] = NULL;
  /* Done, overdue, due, later (faint). */
  self->milestones.color[0] = "success_color";
  self->milestones.color[1] = "error_color";
  self->milestones.color[2] = "warning_color";
  self->milestones.color[3] = NULL;

  self->objectives_area = add_bar (self, &self->objectives, _("Objectives"), &self->objectives_label);
  self->milestones_area = add_bar (self, &self->milestones, _("Milestones"), &self->milestones_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress at a glance"),
                                  -1);

  update_objectives_text (self);
  update_milestones_text (self);
}

GtkWidget *
cb_progress_bar_new (void)
{
  return g_object_new (CB_TYPE_PROGRESS_BAR, NULL);
}

void
cb_progress_bar_set_objectives (CbProgressBar *self,
                                guint          not_started,
                                guint          in_progress,
                                guint          achieved,
                                guint          dropped)
{
  g_return_if_fail (CB_IS_PROGRESS_BAR (self));

  self->objectives.count[0] = achieved;
  self->objectives.count[1] = in_progress;
  self->objectives.count[2] = not_started;
  self->objectives.count[3] = dropped;
  update_objectives_text (self);
}

void
cb_progress_bar_set_milestones (CbProgressBar *self,
                                guint          total,
                                guint          done,
                                guint          due,
                                guint          overdue)
{
  g_return_if_fail (CB_IS_PROGRESS_BAR (self));

  overdue = MIN (overdue, due);
  done = MIN (done, total);
  due = MIN (due, total - done);
  self->milestones.count[0] = done;
  self->milestones.count[1] = overdue;
  self->milestones.count[2] = due - overdue;
  self->milestones.count[3] = total - done - due;
  update_milestones_text (self);
}

const char *
cb_progress_bar_get_objectives_text (CbProgressBar *self)
{
  g_return_val_if_fail (CB_IS_PROGRESS_BAR (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->objectives_label));
}

const char *
cb_progress_bar_get_milestones_text (CbProgressBar *self)
{
  g_return_val_if_fail (CB_IS_PROGRESS_BAR (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->milestones_label));
}
