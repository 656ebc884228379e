/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-today-page-private.h"
#include "cb-view.h"
#include "cb-trickle.h"

/* Today as one GtkListView: each section a heading and its lines (a
 * GtkFlattenListModel of the headings and filters of the model), then a
 * line that counts the older overdue actions, with a way to see them all
 * in a list of their own and to close them in bulk. Only the rows on
 * screen are built, whatever the size of the book. */

/* A heading, or the line about older overdue actions. */

#define CB_TYPE_TODAY_HEADING (cb_today_heading_get_type ())
G_DECLARE_FINAL_TYPE (CbTodayHeading, cb_today_heading, CB, TODAY_HEADING, GObject)

struct _CbTodayHeading
{
  GObject     parent_instance;

  const char *title;        /* translated, static */
  const char *description;  /* translated, static */
  gboolean    older;        /* the line about older overdue actions */
};

G_DEFINE_FINAL_TYPE (CbTodayHeading, cb_today_heading, G_TYPE_OBJECT)

static void
cb_today_heading_class_init (CbTodayHeadingClass *klass)
{
}

static void
cb_today_heading_init (CbTodayHeading *self)
{
}

static CbTodayHeading *
heading_new (const char *title,
             const char *description,
             gboolean    older)
{
  CbTodayHeading *self = g_object_new (CB_TYPE_TODAY_HEADING, NULL);

  self->title = title;
  self->description = description;
  self->older = older;

  return self;
}

/* The page */

#define N_SECTIONS 4

struct _CbTodayPage
{
  AdwBin              parent_instance;

  CbToday            *today;
  GtkFilterListModel *sections[N_SECTIONS];
  GListStore         *headings[N_SECTIONS];   /* the heading while its section has lines */
  CbTodayHeading     *heading_items[N_SECTIONS];
  GListStore         *older_line;             /* the older line while there are older actions */
  CbTodayHeading     *older_item;
  GListStore         *parts;
  GtkFlattenListModel *flat;
  GtkNoSelection     *selection;
  GtkWindow          *older_window;           /* weak */
  GPtrArray          *closed;                 /* the actions last closed in bulk, for Undo */
  guint               top_id;                 /* puts the list back at its top */
  guint               keep_top_id;            /* while set, the list stays at its top */

  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (CbTodayPage, cb_today_page, ADW_TYPE_BIN)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *title;
  const char *description;
} section_texts[N_SECTIONS] = {
  [CB_TODAY_ITEM_MEETING_TODAY] = { N_("Today"), N_("Meetings booked for today") },
  [CB_TODAY_ITEM_ACTION_OVERDUE] = { N_("Overdue Actions"), N_("Agreed actions of your active clients past their date in the last four weeks, and not yet done") },
  [CB_TODAY_ITEM_MEETING_UPCOMING] = { N_("Coming Up This Week"), N_("Meetings in the next seven days") },
  [CB_TODAY_ITEM_ACTION_DUE] = { N_("Due This Week"), N_("Actions to be achieved in the next seven days") },
};

static char *
format_gdate (const GDate *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  iso = cb_date_to_iso (date);
  return cb_format_date (iso);
}

static char *
dup_client_name (CbClient *client)
{
  if (client != NULL)
    return cb_document_dup_title (CB_DOCUMENT (client));
  return g_strdup ("");
}

static char *
dup_older_text (guint n)
{
  /* Translators: the line at the end of Today about old actions nobody ticked */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u older overdue action, due more than four weeks ago",
                                       "%u older overdue actions, due more than four weeks ago", n), n);
}

/* A row of Today, whatever it shows: a heading, an action with its check
 * button, a meeting with its time, or the older line with its buttons. */

#define CB_TYPE_TODAY_ROW (cb_today_row_get_type ())
G_DECLARE_FINAL_TYPE (CbTodayRow, cb_today_row, CB, TODAY_ROW, GtkWidget)

struct _CbTodayRow
{
  GtkWidget       parent_instance;

  GObject        *item;          /* CbTodayItem or CbTodayHeading */
  gulong          handler;

  GtkWidget      *box;
  GtkWidget      *check;
  GtkLabel       *time_label;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *due_label;
  GtkWidget      *arrow;
  GtkWidget      *buttons;
};

G_DEFINE_FINAL_TYPE (CbTodayRow, cb_today_row, GTK_TYPE_WIDGET)

static void
on_check_toggled_cb (CbTodayRow *self)
{
  CbAction *action;

  if (!CB_IS_TODAY_ITEM (self->item))
    return;

  action = cb_today_item_get_action (CB_TODAY_ITEM (self->item));
  if (action != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (self->check)) != cb_action_get_done (action))
    cb_action_set_done (action, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->check)), NULL);
}

static void
cb_today_row_dispose (GObject *object)
{
  CbTodayRow *self = CB_TODAY_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (cb_today_row_parent_class)->dispose (object);
}

static void
cb_today_row_class_init (CbTodayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_today_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cb-today-row");
}

static GtkLabel *
new_label (const char *style)
{
  GtkLabel *label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "visible", FALSE, NULL);

  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), style);
  return label;
}

/* The buttons of the older line, made for the one row that shows it
 * (rows are many, and each costs a frame's share to make). */
static void
ensure_buttons (CbTodayRow *self)
{
  GtkWidget *show_all, *close_all;

  if (self->buttons != NULL)
    return;

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->buttons, GTK_ALIGN_CENTER);
  show_all = g_object_new (GTK_TYPE_BUTTON, "label", _("_Show All"), "use-underline", TRUE,
                           "action-name", "today.show-older", NULL);
  close_all = g_object_new (GTK_TYPE_BUTTON, "label", _("_Mark All as Done…"), "use-underline", TRUE,
                            "action-name", "today.close-older", NULL);
  gtk_box_append (GTK_BOX (self->buttons), show_all);
  gtk_box_append (GTK_BOX (self->buttons), close_all);
  gtk_box_insert_child_after (GTK_BOX (self->box), self->buttons, GTK_WIDGET (self->due_label));
}

static void
cb_today_row_init (CbTodayRow *self)
{
  GtkWidget *text;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->check = g_object_new (GTK_TYPE_CHECK_BUTTON, "valign", GTK_ALIGN_CENTER, "visible", FALSE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  g_signal_connect_swapped (self->check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->check);

  self->time_label = new_label ("numeric");
  gtk_label_set_width_chars (self->time_label, 6);
  gtk_label_set_wrap (self->time_label, FALSE);
  gtk_widget_set_valign (GTK_WIDGET (self->time_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->time_label));

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  self->title_label = new_label (NULL);
  self->subtitle_label = new_label ("dim-label");
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->subtitle_label));
  gtk_box_append (GTK_BOX (self->box), text);

  self->due_label = new_label ("caption");
  gtk_label_set_wrap (self->due_label, FALSE);
  gtk_widget_set_valign (GTK_WIDGET (self->due_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->due_label));

  self->arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_box_append (GTK_BOX (self->box), self->arrow);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
show_meeting (CbTodayRow  *self,
              CbTodayItem *item)
{
  g_autofree char *client = dup_client_name (cb_today_item_get_client (item));
  g_autofree char *time = cb_format_time (cb_today_item_get_time (item));
  g_autofree char *date = format_gdate (cb_today_item_get_date (item));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *venue = cb_today_item_get_venue (item);

  if (cb_today_item_get_kind (item) == CB_TODAY_ITEM_MEETING_UPCOMING && date != NULL)
    g_string_append (subtitle, date);
  if (venue != NULL && *venue != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, venue);
    }
  if (cb_today_item_get_is_booking (item))
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("booked at your last meeting"));
    }

  /* The time leads: it is what the coach plans the day by. */
  set_label (self->time_label, time != NULL ? time : _("Any time"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), time != NULL ? "dim-label" : "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->time_label), time != NULL ? "heading" : "dim-label");
  set_label (self->title_label, client);
  set_label (self->subtitle_label, subtitle->str);
}

static void
show_action (CbTodayRow  *self,
             CbTodayItem *item)
{
  CbAction *action = cb_today_item_get_action (item);
  g_autofree char *client = dup_client_name (cb_today_item_get_client (item));
  g_autofree char *date = format_gdate (cb_today_item_get_date (item));
  g_autofree char *subtitle = NULL;
  g_autofree char *due = NULL;
  gboolean overdue = cb_today_item_get_kind (item) == CB_TODAY_ITEM_ACTION_OVERDUE;

  /* Translators: under an action in Today: the client, then who carries it out */
  subtitle = g_strdup_printf (_("%s · %s"), client, cb_action_get_owner_label (action));
  if (date != NULL)
    /* Translators: when an action is to be achieved, e.g. "Due 9 March 2026" */
    due = g_strdup_printf (_("Due %s"), date);

  g_signal_handlers_block_by_func (self->check, on_check_toggled_cb, self);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->check), cb_action_get_done (action));
  g_signal_handlers_unblock_by_func (self->check, on_check_toggled_cb, self);
  gtk_widget_set_visible (self->check, TRUE);
  set_label (self->title_label, cb_today_item_get_title (item));
  set_label (self->subtitle_label, subtitle);
  set_label (self->due_label, due);
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), overdue ? "dim-label" : "cb-overdue");
  gtk_widget_add_css_class (GTK_WIDGET (self->due_label), overdue ? "cb-overdue" : "dim-label");
}

static void
show_heading (CbTodayRow     *self,
              CbTodayHeading *heading,
              CbToday        *today)
{
  if (heading->older)
    {
      g_autofree char *text = dup_older_text (today != NULL ? cb_today_get_n_older_overdue (today) : 0);

      set_label (self->title_label, text);
      set_label (self->subtitle_label, _("Nobody ticked them: see them all, or close them at once if they are no longer to be done."));
      ensure_buttons (self);
      gtk_widget_set_visible (self->buttons, TRUE);
      return;
    }

  set_label (self->title_label, heading->title);
  set_label (self->subtitle_label, heading->description);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
}

/* Fills the row in for @item (a CbTodayItem or a CbTodayHeading). */
static void
cb_today_row_bind (CbTodayRow *self,
                   GObject    *item,
                   CbToday    *today)
{
  g_set_object (&self->item, item);

  gtk_widget_set_visible (self->check, FALSE);
  if (self->buttons != NULL)
    gtk_widget_set_visible (self->buttons, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_set_visible (self->arrow, CB_IS_TODAY_ITEM (item));

  if (CB_IS_TODAY_HEADING (item))
    show_heading (self, CB_TODAY_HEADING (item), today);
  else if (cb_today_item_get_action (CB_TODAY_ITEM (item)) != NULL)
    show_action (self, CB_TODAY_ITEM (item));
  else
    show_meeting (self, CB_TODAY_ITEM (item));

  /* One name for a screen reader: what the row says. */
  {
    g_autofree char *label = g_strjoin (", ", gtk_label_get_label (self->title_label),
                                        gtk_label_get_label (self->subtitle_label), NULL);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
}

/* Rows of the list */

static gboolean
is_heading (gpointer item)
{
  return CB_IS_TODAY_HEADING (item);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CbTodayPage              *self)
{
  gtk_list_item_set_child (list_item, g_object_new (CB_TYPE_TODAY_ROW, NULL));
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            CbTodayPage              *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  gboolean heading = CB_IS_TODAY_HEADING (item);

  cb_today_row_bind (CB_TODAY_ROW (row), item, self->today);
  gtk_list_item_set_activatable (list_item, !heading);

  /* Headings stand apart from the card-like rows of a section. */
  cb_list_item_mark_position (list_item, gtk_no_selection_get_model (self->selection), is_heading);
}

static void
on_list_view_activate_cb (CbTodayPage *self,
                          guint        position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->flat), position);

  if (CB_IS_TODAY_ITEM (item))
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
update_view (CbTodayPage *self)
{
  gboolean any = self->flat != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->flat)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
}

/* A section's heading shows while the section has lines. */
static GtkAdjustment *
get_vadjustment (CbTodayPage *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->list_view), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static gboolean
back_to_top_cb (gpointer data)
{
  CbTodayPage *self = data;
  GtkAdjustment *adjustment = get_vadjustment (self);

  self->top_id = 0;
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, 0);
  return G_SOURCE_REMOVE;
}

/* Lines that arrive above the ones on screen (as Today fills in, or a
 * meeting booked for today) would push the list down, as it follows the
 * line it shows. A list at its top stays at its top instead, where
 * today's meetings are. */
static gboolean
end_keep_top_cb (gpointer data)
{
  CbTodayPage *self = data;

  self->keep_top_id = 0;
  return G_SOURCE_REMOVE;
}

static void
on_rows_changed_cb (CbTodayPage *self)
{
  if (gtk_adjustment_get_value (get_vadjustment (self)) != 0)
    return;

  /* Until the list has laid the change out. */
  g_clear_handle_id (&self->keep_top_id, g_source_remove);
  self->keep_top_id = g_timeout_add (250, end_keep_top_cb, self);
}

static void
on_vadjustment_changed_cb (CbTodayPage *self)
{
  if (self->keep_top_id == 0 || self->top_id != 0 || gtk_adjustment_get_value (get_vadjustment (self)) == 0)
    return;

  self->top_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, back_to_top_cb, self, NULL);
}

static void
on_section_items_changed_cb (CbTodayPage *self)
{
  for (guint k = 0; k < N_SECTIONS; k++)
    {
      gboolean has = self->sections[k] != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->sections[k])) > 0;
      gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->headings[k])) > 0;

      if (has && !shown)
        g_list_store_append (self->headings[k], self->heading_items[k]);
      else if (!has && shown)
        g_list_store_remove_all (self->headings[k]);
    }

  update_view (self);
}

static void
on_older_changed_cb (CbTodayPage *self)
{
  guint n = self->today != NULL ? cb_today_get_n_older_overdue (self->today) : 0;

  /* The line says the number: made again when it changes. */
  g_list_store_remove_all (self->older_line);
  if (n > 0)
    g_list_store_append (self->older_line, self->older_item);

  update_view (self);
}

static gboolean
filter_kind (gpointer item,
             gpointer user_data)
{
  return cb_today_item_get_kind (CB_TODAY_ITEM (item)) == (CbTodayItemKind) GPOINTER_TO_UINT (user_data);
}

/* Every older overdue action, in a window of its own */

static void
on_older_activate_cb (GtkListView *list_view,
                      guint        position,
                      CbTodayPage *self)
{
  g_autoptr(CbTodayItem) item = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list_view)), position);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
on_older_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CbTodayPage              *self)
{
  gtk_list_item_set_child (list_item, g_object_new (CB_TYPE_TODAY_ROW, NULL));
}

static void
on_older_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CbTodayPage              *self)
{
  GtkListView *list_view = GTK_LIST_VIEW (gtk_widget_get_ancestor (gtk_list_item_get_child (list_item),
                                                                   GTK_TYPE_LIST_VIEW));

  cb_today_row_bind (CB_TODAY_ROW (gtk_list_item_get_child (list_item)), gtk_list_item_get_item (list_item),
                     self->today);
  if (list_view != NULL)
    cb_list_item_mark_position (list_item, G_LIST_MODEL (gtk_list_view_get_model (list_view)), NULL);
}

static void
show_older (CbTodayPage *self)
{
  GtkWidget *window, *box, *header, *scrolled, *clamp, *list_view;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkRoot *root;

  if (self->today == NULL)
    return;

  if (self->older_window != NULL)
    {
      gtk_window_present (self->older_window);
      return;
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_older_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_older_bind_cb), self);
  list_view = gtk_list_view_new (NULL, g_steal_pointer (&factory));
  {
    g_autoptr(GtkNoSelection) older = gtk_no_selection_new (G_LIST_MODEL (cb_trickle_new (g_object_ref (cb_today_get_older_overdue (self->today)),
                                                                                         list_view)));

    gtk_list_view_set_model (GTK_LIST_VIEW (list_view), GTK_SELECTION_MODEL (older));
  }
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list_view), TRUE);
  gtk_widget_add_css_class (list_view, "cb-document-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Older overdue actions"), -1);
  g_signal_connect_object (list_view, "activate", G_CALLBACK (on_older_activate_cb), self, 0);

  clamp = g_object_new (ADW_TYPE_CLAMP_SCROLLABLE, "maximum-size", 600, "child", list_view, NULL);
  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW, "hscrollbar-policy", GTK_POLICY_NEVER,
                           "vexpand", TRUE, "child", clamp, NULL);
  gtk_widget_set_margin_top (list_view, 12);
  header = adw_header_bar_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", _("Older Overdue Actions"),
                         "default-width", 640,
                         "default-height", 720,
                         "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                         "destroy-with-parent", TRUE,
                         "content", box,
                         NULL);
  g_set_weak_pointer (&self->older_window, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

/* Actions */

static void
show_older_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_older (CB_TODAY_PAGE (widget));
}

static void
on_undo_close_cb (AdwToast    *toast,
                  CbTodayPage *self)
{
  if (self->today != NULL && self->closed != NULL)
    cb_today_reopen_actions (self->today, self->closed);
  g_clear_pointer (&self->closed, g_ptr_array_unref);
}

static void
on_close_older_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            CbTodayPage      *self)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!g_str_equal (response, "close") || self->today == NULL)
    return;

  g_clear_pointer (&self->closed, g_ptr_array_unref);
  self->closed = cb_today_close_older_overdue (self->today);

  /* Translators: after marking many old actions done at once */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action marked as done", "%u actions marked as done",
                                        self->closed->len), self->closed->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_close_cb), self, 0);
  cb_view_add_toast (GTK_WIDGET (self), toast);
}

static void
close_older_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CbTodayPage *self = CB_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  guint n = self->today != NULL ? cb_today_get_n_older_overdue (self->today) : 0;
  GtkWidget *dialog;

  if (n == 0)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   g_dngettext (GETTEXT_PACKAGE, "Mark the Older Action as Done?",
                                                "Mark the Older Actions as Done?", n),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u action overdue by more than four weeks is ticked done, in the meetings where it was agreed. You can undo this straight afterwards.",
                                               "%u actions overdue by more than four weeks are ticked done, in the meetings where they were agreed. You can undo this straight afterwards.",
                                               n), n);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("_Mark as Done"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_older_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
cb_today_page_dispose (GObject *object)
{
  CbTodayPage *self = CB_TODAY_PAGE (object);

  if (self->older_window != NULL)
    gtk_window_destroy (self->older_window);
  g_clear_weak_pointer (&self->older_window);
  g_clear_handle_id (&self->top_id, g_source_remove);
  g_clear_handle_id (&self->keep_top_id, g_source_remove);

  cb_today_page_set_today (self, NULL);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->flat);
  g_clear_object (&self->parts);
  g_clear_object (&self->older_line);
  g_clear_object (&self->older_item);
  for (guint k = 0; k < N_SECTIONS; k++)
    {
      g_clear_object (&self->headings[k]);
      g_clear_object (&self->heading_items[k]);
    }
  g_clear_pointer (&self->closed, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_today_page_parent_class)->dispose (object);
}

static void
cb_today_page_class_init (CbTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_today_page_dispose;

  /**
   * CbTodayPage::item-activated:
   * @self: the page
   * @item: the CbTodayItem of the row
   *
   * Emitted when a meeting or an action is activated: the window opens
   * the client's meeting.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_TODAY_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbTodayPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "today.show-older", NULL, show_older_action);
  gtk_widget_class_install_action (widget_class, "today.close-older", NULL, close_older_action);
}

static void
cb_today_page_init (CbTodayPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->parts = g_list_store_new (G_TYPE_LIST_MODEL);
  for (guint k = 0; k < N_SECTIONS; k++)
    {
      self->headings[k] = g_list_store_new (G_TYPE_OBJECT);
      self->heading_items[k] = heading_new (_(section_texts[k].title), _(section_texts[k].description), FALSE);
    }
  self->older_line = g_list_store_new (G_TYPE_OBJECT);
  self->older_item = heading_new (NULL, NULL, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_object (get_vadjustment (self), "value-changed",
                           G_CALLBACK (on_vadjustment_changed_cb), self, G_CONNECT_SWAPPED);

  update_view (self);
}

/* Public API */

GtkWidget *
cb_today_page_new (void)
{
  return g_object_new (CB_TYPE_TODAY_PAGE, NULL);
}

CbToday *
cb_today_page_get_today (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return self->today;
}

void
cb_today_page_set_today (CbTodayPage *self,
                         CbToday     *today)
{
  g_return_if_fail (CB_IS_TODAY_PAGE (self));
  g_return_if_fail (today == NULL || CB_IS_TODAY (today));

  if (self->today == today)
    return;

  if (self->older_window != NULL)
    gtk_window_destroy (self->older_window);

  for (guint k = 0; k < N_SECTIONS; k++)
    {
      if (self->sections[k] != NULL)
        g_signal_handlers_disconnect_by_func (self->sections[k], on_section_items_changed_cb, self);
      g_clear_object (&self->sections[k]);
      if (self->headings[k] != NULL)
        g_list_store_remove_all (self->headings[k]);
    }
  if (self->today != NULL)
    g_signal_handlers_disconnect_by_func (self->today, on_older_changed_cb, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->flat);
  if (self->parts != NULL)
    g_list_store_remove_all (self->parts);
  if (self->older_line != NULL)
    g_list_store_remove_all (self->older_line);
  g_clear_pointer (&self->closed, g_ptr_array_unref);

  g_set_object (&self->today, today);

  if (today != NULL)
    {
      for (guint k = 0; k < N_SECTIONS; k++)
        {
          GtkCustomFilter *filter = gtk_custom_filter_new (filter_kind, GUINT_TO_POINTER (k), NULL);

          self->sections[k] = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (today)), GTK_FILTER (filter));
          /* After the flattened list took the change in: its headings
           * change next, not in the middle of it. */
          g_signal_connect_data (self->sections[k], "items-changed", G_CALLBACK (on_section_items_changed_cb),
                                 self, NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
          g_list_store_append (self->parts, self->headings[k]);
          g_list_store_append (self->parts, self->sections[k]);
        }
      g_list_store_append (self->parts, self->older_line);
      g_signal_connect_swapped (today, "notify::n-older-overdue", G_CALLBACK (on_older_changed_cb), self);

      self->flat = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)));
      g_signal_connect_object (self->flat, "items-changed", G_CALLBACK (on_rows_changed_cb), self, G_CONNECT_SWAPPED);
      /* Rows come a few a frame: a large book has hundreds of lines. */
      self->selection = gtk_no_selection_new (G_LIST_MODEL (cb_trickle_new (g_object_ref (G_LIST_MODEL (self->flat)),
                                                                           GTK_WIDGET (self->list_view))));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      on_section_items_changed_cb (self);
      on_older_changed_cb (self);
    }

  update_view (self);
}

const char *
cb_today_page_get_view (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Private API */

GListModel *
cb_today_page_get_rows (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return self->flat != NULL ? G_LIST_MODEL (self->flat) : NULL;
}

guint
cb_today_page_find_position (CbTodayPage     *self,
                             CbTodayItemKind  kind,
                             guint            index)
{
  guint n;

  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), GTK_INVALID_LIST_POSITION);

  n = self->flat != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->flat)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->flat), i);

      if (CB_IS_TODAY_ITEM (item) && cb_today_item_get_kind (CB_TODAY_ITEM (item)) == kind && index-- == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

CbTodayItem *
cb_today_page_get_item (CbTodayPage     *self,
                        CbTodayItemKind  kind,
                        guint            index)
{
  guint position = cb_today_page_find_position (self, kind, index);

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->flat), position);
}

GtkWidget *
cb_today_page_find_row (CbTodayPage *self,
                        CbTodayItem *item)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (CB_IS_TODAY_ROW (row) && CB_TODAY_ROW (row)->item == G_OBJECT (item))
        return row;
    }

  return NULL;
}

const char *
cb_today_page_row_get_title (GtkWidget *row)
{
  g_return_val_if_fail (CB_IS_TODAY_ROW (row), NULL);

  return gtk_label_get_label (CB_TODAY_ROW (row)->title_label);
}

const char *
cb_today_page_row_get_subtitle (GtkWidget *row)
{
  g_return_val_if_fail (CB_IS_TODAY_ROW (row), NULL);

  return gtk_label_get_label (CB_TODAY_ROW (row)->subtitle_label);
}

GtkCheckButton *
cb_today_page_row_get_check (GtkWidget *row)
{
  g_return_val_if_fail (CB_IS_TODAY_ROW (row), NULL);

  return GTK_CHECK_BUTTON (CB_TODAY_ROW (row)->check);
}

void
cb_today_page_activate (CbTodayPage *self,
                        guint        position)
{
  g_return_if_fail (CB_IS_TODAY_PAGE (self));

  g_signal_emit_by_name (self->list_view, "activate", position);
}

GtkWindow *
cb_today_page_get_older_window (CbTodayPage *self)
{
  g_return_val_if_fail (CB_IS_TODAY_PAGE (self), NULL);

  return self->older_window;
}
