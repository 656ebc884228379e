/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-trickle"

#include "config.h"

#include "cb-trickle.h"

/* A screenful of rows (of the smallest) comes at once; the rest a few at
 * a time. */
#define FIRST 4
#define STEP  3

struct _CbTrickle
{
  GObject     parent_instance;

  GListModel *model;
  GtkWidget  *widget;     /* weak */
  guint       size;       /* how many of the model's items may be shown */
  guint       n_shown;    /* how many are: MIN (size, the model's) */
  guint       tick_id;
};

static void cb_trickle_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbTrickle, cb_trickle, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_trickle_list_model_init))

static GType
cb_trickle_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (CB_TRICKLE (list)->model);
}

static guint
cb_trickle_get_n_items (GListModel *list)
{
  return CB_TRICKLE (list)->n_shown;
}

static gpointer
cb_trickle_get_item (GListModel *list,
                     guint       position)
{
  CbTrickle *self = CB_TRICKLE (list);

  if (position >= self->n_shown)
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
cb_trickle_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_trickle_get_item_type;
  iface->get_n_items = cb_trickle_get_n_items;
  iface->get_item = cb_trickle_get_item;
}

/* Shows MIN (@size, the model's) items, saying which came or went. */
static void
set_size (CbTrickle *self,
          guint      size)
{
  guint n = g_list_model_get_n_items (self->model);
  guint before = self->n_shown;

  self->size = size;
  self->n_shown = MIN (size, n);

  /* The row that was last is bound again, as it is no longer last. */
  if (self->n_shown > before)
    {
      guint again = before > 0 ? 1 : 0;

      g_list_model_items_changed (G_LIST_MODEL (self), before - again, again, self->n_shown - before + again);
    }
  else if (self->n_shown < before)
    {
      guint again = self->n_shown > 0 ? 1 : 0;

      g_list_model_items_changed (G_LIST_MODEL (self), self->n_shown - again, before - self->n_shown + again, again);
    }
}

static gboolean
grow_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  CbTrickle *self = data;
  guint n = g_list_model_get_n_items (self->model);

  if (self->size < n)
    set_size (self, MIN (n, self->size + STEP));

  if (self->size >= n)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
schedule (CbTrickle *self)
{
  if (self->tick_id != 0 || self->widget == NULL)
    return;
  if (self->size >= g_list_model_get_n_items (self->model))
    return;

  self->tick_id = gtk_widget_add_tick_callback (self->widget, grow_cb, self, NULL);
}

static void
on_model_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           CbTrickle  *self)
{
  guint n = g_list_model_get_n_items (model);
  guint before = self->n_shown;

  /* Fewer items than may be shown: the size follows them down, so that
   * new ones come a few at a time again. */
  if (self->size > MAX (n, FIRST))
    self->size = MAX (n, FIRST);
  self->n_shown = MIN (self->size, n);

  if (position < before || position < self->n_shown)
    {
      if (before == n - added + removed && self->n_shown == n)
        {
          /* Everything shown, before and after: the change as it is, with
           * the rows on either side bound again (one may become the first
           * or the last of its section). */
          guint from = position > 0 ? position - 1 : 0;
          guint after = position + removed < before ? 1 : 0;

          g_list_model_items_changed (G_LIST_MODEL (self), from,
                                      position - from + removed + after,
                                      position - from + added + after);
        }
      else
        /* Else what is shown from @position on is another set of items. */
        g_list_model_items_changed (G_LIST_MODEL (self), position, before - position, self->n_shown - position);
    }

  schedule (self);
}

static void
cb_trickle_dispose (GObject *object)
{
  CbTrickle *self = CB_TRICKLE (object);

  if (self->tick_id != 0 && self->widget != NULL)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
  g_clear_weak_pointer (&self->widget);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (cb_trickle_parent_class)->dispose (object);
}

static void
cb_trickle_class_init (CbTrickleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cb_trickle_dispose;
}

static void
cb_trickle_init (CbTrickle *self)
{
}

CbTrickle *
cb_trickle_new (GListModel *model,
                GtkWidget  *widget)
{
  CbTrickle *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  self = g_object_new (CB_TYPE_TRICKLE, NULL);
  self->model = model;
  g_set_weak_pointer (&self->widget, widget);
  self->size = FIRST;
  self->n_shown = MIN (FIRST, g_list_model_get_n_items (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);
  schedule (self);

  return self;
}

void
cb_trickle_restart (CbTrickle *self)
{
  g_return_if_fail (CB_IS_TRICKLE (self));

  set_size (self, FIRST);
  schedule (self);
}

void
cb_trickle_reveal (CbTrickle *self,
                   guint      position)
{
  g_return_if_fail (CB_IS_TRICKLE (self));

  if (position != GTK_INVALID_LIST_POSITION && self->size <= position)
    set_size (self, position + 1);
}

void
cb_list_item_mark_position (GtkListItem       *list_item,
                            GListModel        *model,
                            CbListHeadingFunc  is_heading)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(GObject) before = NULL;
  g_autoptr(GObject) after = NULL;
  gboolean heading;

  if (row == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  heading = is_heading != NULL && is_heading (gtk_list_item_get_item (list_item));
  if (position > 0)
    before = g_list_model_get_item (model, position - 1);
  after = g_list_model_get_item (model, position + 1);

  if (heading)
    gtk_widget_add_css_class (row, "cb-section-heading");
  else
    gtk_widget_remove_css_class (row, "cb-section-heading");

  if (!heading && (before == NULL || (is_heading != NULL && is_heading (before))))
    gtk_widget_add_css_class (row, "cb-first");
  else
    gtk_widget_remove_css_class (row, "cb-first");

  if (!heading && (after == NULL || (is_heading != NULL && is_heading (after))))
    gtk_widget_add_css_class (row, "cb-last");
  else
    gtk_widget_remove_css_class (row, "cb-last");
}
