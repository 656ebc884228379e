/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-assessment-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-assessment-chart.h"

/* One attempt as the chart draws it. */
typedef struct
{
  gint64 day;      /* Julian day, or 0 when undated */
  char  *label;    /* "2 Mar 2026" */
  guint  counts[CB_SELF_ASSESSMENT_N_ANSWERS + 1];
} Point;

struct _CbAssessmentChart
{
  GtkWidget   parent_instance;

  CbPractice *practice;
  GArray     *points;        /* Point, oldest first */
  char       *description;
};

G_DEFINE_FINAL_TYPE (CbAssessmentChart, cb_assessment_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PAD_TOP     10.0
#define PAD_BOTTOM  30.0
#define PAD_LEFT    30.0
#define PAD_RIGHT   34.0
#define MARKER      4.5

static void
point_clear (gpointer data)
{
  Point *point = data;

  g_free (point->label);
}

void
cb_assessment_chart_get_answer_color (CbAssessmentChart     *self,
                                      CbSelfAssessmentAnswer answer,
                                      GdkRGBA               *rgba)
{
  static const char * const names[] = { NULL, "success_color", "accent_color", "warning_color" };
  /* Adwaita's own, should the style not name them. */
  static const char * const fallback[] = { "#77767b", "#1b8553", "#1c71d8", "#9c6e03" };

  g_return_if_fail (CB_IS_ASSESSMENT_CHART (self));
  g_return_if_fail (answer <= CB_SELF_ASSESSMENT_ANSWER_RARELY);

  if (names[answer] != NULL &&
      gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), names[answer], rgba))
    return;

  gdk_rgba_parse (rgba, fallback[answer]);
}

/* The data */

static char *
short_date (const char *iso)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *text = NULL;

  if (!cb_date_is_valid_iso (iso))
    return g_strdup (_("No date"));

  text = g_strdup_printf ("%sT12:00:00Z", iso);
  when = g_date_time_new_from_iso8601 (text, NULL);
  if (when == NULL)
    return g_strdup (iso);

  /* Translators: a short date under the chart of self-assessments, e.g. "2 Mar 2026" (strftime format) */
  return g_strstrip (g_date_time_format (when, C_("chart date", "%e %b %Y")));
}

static void
update_description (CbAssessmentChart *self)
{
  GString *text = g_string_new (NULL);

  if (self->points->len == 0)
    g_string_append (text, _("No self-assessments yet."));
  else
    /* Translators: the start of the accessible description of the chart */
    g_string_append (text, _("How often you answered Usually, Sometimes and Rarely in each self-assessment, oldest first."));

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);

      g_string_append_c (text, ' ');
      /* Translators: one attempt in the chart's description: its date, then the counts */
      g_string_append_printf (text, _("%s: Usually %u, Sometimes %u, Rarely %u."),
                              point->label,
                              point->counts[CB_SELF_ASSESSMENT_ANSWER_USUALLY],
                              point->counts[CB_SELF_ASSESSMENT_ANSWER_SOMETIMES],
                              point->counts[CB_SELF_ASSESSMENT_ANSWER_RARELY]);
    }

  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
reload (CbAssessmentChart *self)
{
  g_autoptr(GPtrArray) attempts = NULL;

  g_array_set_size (self->points, 0);

  if (self->practice != NULL)
    {
      attempts = cb_self_assessment_list_attempts (self->practice);
      for (guint i = 0; i < attempts->len; i++)
        {
          CbSelfAssessment *attempt = g_ptr_array_index (attempts, i);
          const char *date = cb_self_assessment_get_date (attempt);
          CbSelfAssessmentResult result;
          Point point = { 0, };

          cb_self_assessment_get_result (attempt, &result);
          memcpy (point.counts, result.counts, sizeof point.counts);
          point.label = short_date (date);
          if (cb_date_is_valid_iso (date))
            {
              GDate day;

              g_date_clear (&day, 1);
              g_date_set_dmy (&day, (GDateDay) atoi (date + 8), (GDateMonth) atoi (date + 5), (GDateYear) atoi (date));
              point.day = g_date_valid (&day) ? g_date_get_julian (&day) : 0;
            }
          g_array_append_val (self->points, point);
        }
    }

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_child_cb (CbAssessmentChart *self,
             CbDocument        *child)
{
  if (CB_IS_SELF_ASSESSMENT (child))
    reload (self);
}

static void
on_child_changed_cb (CbDocument        *practice,
                     CbDocument        *child,
                     GParamSpec        *pspec,
                     CbAssessmentChart *self)
{
  on_child_cb (self, child);
}

static void
on_dark_changed_cb (CbAssessmentChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing */

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

static void
marker (cairo_t                *cr,
        CbSelfAssessmentAnswer  answer,
        double                  x,
        double                  y)
{
  switch (answer)
    {
    case CB_SELF_ASSESSMENT_ANSWER_USUALLY:
      cairo_arc (cr, x, y, MARKER, 0, 2 * G_PI);
      break;
    case CB_SELF_ASSESSMENT_ANSWER_SOMETIMES:
      cairo_rectangle (cr, x - MARKER * 0.85, y - MARKER * 0.85, MARKER * 1.7, MARKER * 1.7);
      break;
    case CB_SELF_ASSESSMENT_ANSWER_RARELY:
    case CB_SELF_ASSESSMENT_ANSWER_UNSET:
    default:
      cairo_move_to (cr, x, y - MARKER * 1.1);
      cairo_line_to (cr, x + MARKER, y + MARKER * 0.75);
      cairo_line_to (cr, x - MARKER, y + MARKER * 0.75);
      cairo_close_path (cr);
      break;
    }
}

/* Text in the widget's font, a little smaller, as captions are. */
static PangoLayout *
new_layout (CbAssessmentChart *self,
            const char        *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.82));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
draw_text (CbAssessmentChart *self,
           cairo_t           *cr,
           const char        *text,
           double             x,
           double             y,
           double             align_x,   /* 0 left, 0.5 centre, 1 right of x */
           double             align_y)
{
  g_autoptr(PangoLayout) layout = new_layout (self, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align_x, y - h * align_y);
  pango_cairo_show_layout (cr, layout);
}

static double
text_width (CbAssessmentChart *self,
            const char        *text)
{
  g_autoptr(PangoLayout) layout = new_layout (self, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static void
cb_assessment_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  CbAssessmentChart *self = CB_ASSESSMENT_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint n = self->points->len;
  gboolean by_date = n > 1;
  gint64 first_day = 0, last_day = 0;
  double plot_w, plot_h, last_label_end = -G_MAXDOUBLE;
  g_autofree double *xs = NULL;
  GdkRGBA fg;
  cairo_t *cr;

  if (width < PAD_LEFT + PAD_RIGHT + 20 || height < PAD_TOP + PAD_BOTTOM + 20)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  plot_w = width - PAD_LEFT - PAD_RIGHT;
  plot_h = height - PAD_TOP - PAD_BOTTOM;

  /* The scale: 0 to every item, lines at every five. */
  cairo_set_line_width (cr, 1);
  for (guint v = 0; v <= CB_SELF_ASSESSMENT_N_ITEMS; v += 5)
    {
      double y = round (PAD_TOP + plot_h * (1 - (double) v / CB_SELF_ASSESSMENT_N_ITEMS)) + 0.5;
      g_autofree char *label = g_strdup_printf ("%u", v);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, v == 0 ? 0.35 : 0.12);
      cairo_move_to (cr, PAD_LEFT, y);
      cairo_line_to (cr, PAD_LEFT + plot_w, y);
      cairo_stroke (cr);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      draw_text (self, cr, label, PAD_LEFT - 6, y, 1, 0.5);
    }

  if (n == 0)
    {
      cairo_destroy (cr);
      return;
    }

  /* Placed by date when every attempt has one; evenly otherwise. */
  for (guint i = 0; i < n; i++)
    by_date &= g_array_index (self->points, Point, i).day > 0;
  if (by_date)
    {
      first_day = g_array_index (self->points, Point, 0).day;
      last_day = g_array_index (self->points, Point, n - 1).day;
      by_date = last_day > first_day;
    }

  xs = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      double t;

      if (n == 1)
        t = 0.5;
      else if (by_date)
        t = (double) (point->day - first_day) / (double) (last_day - first_day);
      else
        t = (double) i / (n - 1);
      xs[i] = PAD_LEFT + 12 + (plot_w - 24) * t;
    }

  /* The dates under their points: always the newest, then from the
   * oldest as many as fit beside each other. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
  {
    const Point *newest = &g_array_index (self->points, Point, n - 1);
    double newest_w = text_width (self, newest->label);
    double newest_start = CLAMP (xs[n - 1] - newest_w / 2, 0, MAX (width - newest_w, 0));

    draw_text (self, cr, newest->label, newest_start, height - PAD_BOTTOM + 8, 0, 0);
    for (guint i = 0; i + 1 < n; i++)
      {
        const Point *point = &g_array_index (self->points, Point, i);
        double w = text_width (self, point->label);
        double start = CLAMP (xs[i] - w / 2, 0, MAX (width - w, 0));

        if (start > last_label_end + 8 && start + w + 8 < newest_start)
          {
            draw_text (self, cr, point->label, start, height - PAD_BOTTOM + 8, 0, 0);
            last_label_end = start + w;
          }
      }
  }

  /* One line per answer, then its markers, then the last count. */
  for (CbSelfAssessmentAnswer a = CB_SELF_ASSESSMENT_ANSWER_RARELY; a >= CB_SELF_ASSESSMENT_ANSWER_USUALLY; a--)
    {
      g_autofree char *last = NULL;
      double last_y = 0;
      GdkRGBA color;

      cb_assessment_chart_get_answer_color (self, a, &color);
      set_source (cr, &color);
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (a == CB_SELF_ASSESSMENT_ANSWER_RARELY)
        cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
      else if (a == CB_SELF_ASSESSMENT_ANSWER_SOMETIMES)
        cairo_set_dash (cr, (double[]) { 2, 3 }, 2, 0);
      for (guint i = 0; i < n; i++)
        {
          guint count = g_array_index (self->points, Point, i).counts[a];
          double y = PAD_TOP + plot_h * (1 - (double) count / CB_SELF_ASSESSMENT_N_ITEMS);

          if (i == 0)
            cairo_move_to (cr, xs[i], y);
          else
            cairo_line_to (cr, xs[i], y);
          last_y = y;
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint i = 0; i < n; i++)
        {
          guint count = g_array_index (self->points, Point, i).counts[a];
          double y = PAD_TOP + plot_h * (1 - (double) count / CB_SELF_ASSESSMENT_N_ITEMS);

          marker (cr, a, xs[i], y);
          set_source (cr, &color);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, dark ? 0.22 : 1, dark ? 0.22 : 1, dark ? 0.22 : 1, 1);
          cairo_set_line_width (cr, 1.2);
          cairo_stroke (cr);
        }

      last = g_strdup_printf ("%u", g_array_index (self->points, Point, n - 1).counts[a]);
      set_source (cr, &color);
      draw_text (self, cr, last, xs[n - 1] + MARKER + 6, last_y, 0, 0.5);
    }

  cairo_destroy (cr);
}

static void
cb_assessment_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    {
      *minimum = 150;
      *natural = 170;
    }
}

/* GObject */

static void
cb_assessment_chart_dispose (GObject *object)
{
  CbAssessmentChart *self = CB_ASSESSMENT_CHART (object);

  cb_assessment_chart_set_practice (self, NULL);
  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), on_dark_changed_cb, self);

  G_OBJECT_CLASS (cb_assessment_chart_parent_class)->dispose (object);
}

static void
cb_assessment_chart_finalize (GObject *object)
{
  CbAssessmentChart *self = CB_ASSESSMENT_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_free (self->description);

  G_OBJECT_CLASS (cb_assessment_chart_parent_class)->finalize (object);
}

static void
cb_assessment_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CbAssessmentChart *self = CB_ASSESSMENT_CHART (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_assessment_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CbAssessmentChart *self = CB_ASSESSMENT_CHART (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      cb_assessment_chart_set_practice (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_assessment_chart_class_init (CbAssessmentChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_assessment_chart_dispose;
  object_class->finalize = cb_assessment_chart_finalize;
  object_class->get_property = cb_assessment_chart_get_property;
  object_class->set_property = cb_assessment_chart_set_property;

  widget_class->snapshot = cb_assessment_chart_snapshot;
  widget_class->measure = cb_assessment_chart_measure;

  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL,
                         CB_TYPE_PRACTICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "cb-assessment-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cb_assessment_chart_init (CbAssessmentChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_array_set_clear_func (self->points, point_clear);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answers over time"),
                                  -1);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_dark_changed_cb), self);
  update_description (self);
}

/* Public API */

GtkWidget *
cb_assessment_chart_new (void)
{
  return g_object_new (CB_TYPE_ASSESSMENT_CHART, NULL);
}

CbPractice *
cb_assessment_chart_get_practice (CbAssessmentChart *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_CHART (self), NULL);

  return self->practice;
}

void
cb_assessment_chart_set_practice (CbAssessmentChart *self,
                                  CbPractice        *practice)
{
  g_return_if_fail (CB_IS_ASSESSMENT_CHART (self));
  g_return_if_fail (practice == NULL || CB_IS_PRACTICE (practice));

  if (self->practice == practice)
    return;

  if (self->practice != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->practice, on_child_cb, self);
      g_signal_handlers_disconnect_by_func (self->practice, on_child_changed_cb, self);
    }

  g_set_object (&self->practice, practice);

  if (practice != NULL)
    {
      g_signal_connect_swapped (practice, "child-added", G_CALLBACK (on_child_cb), self);
      g_signal_connect_swapped (practice, "child-removed", G_CALLBACK (on_child_cb), self);
      g_signal_connect (practice, "child-changed", G_CALLBACK (on_child_changed_cb), self);
    }

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
}

guint
cb_assessment_chart_get_n_attempts (CbAssessmentChart *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_CHART (self), 0);

  return self->points->len;
}

const char *
cb_assessment_chart_get_description (CbAssessmentChart *self)
{
  g_return_val_if_fail (CB_IS_ASSESSMENT_CHART (self), NULL);

  return self->description;
}
