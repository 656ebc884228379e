/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cb-client-row.h"
#include "cb-document-types.h"
#include "cb-enums.h"
#include "cb-hours.h"
#include "cb-search-index.h"
#include "cb-sidebar.h"
#include "cb-trickle.h"

struct _CbSidebar
{
  GtkWidget           parent_instance;

  CbPractice         *practice;
  GListModel         *practices;
  GListModel         *clients;        /* the practice's, unowned while practice is set */

  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  CbTrickle          *trickle;
  GtkSingleSelection *selection;
  char               *needle;         /* search text, folded (cb_search_fold()) */
  int                 status;         /* -1 for all */

  /* template */
  AdwHeaderBar       *header_bar;
  GtkMenuButton      *practice_button;
  GtkLabel           *practice_label;
  GMenu              *practice_section;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkListBox         *today_list;
  GtkListBoxRow      *today_row;
  GtkLabel           *today_count;
  GtkListBox         *nav_list;
  GtkListBoxRow      *profile_row;
  GPtrArray          *development_rows;   /* a row per type the coach owns */
  GListModel         *own_documents;      /* the coach's own, or NULL */
  GtkListBoxRow      *hours_row;          /* Hours, after the coach's document types */
  GtkLabel           *hours_count;
  CbHours            *hours;              /* the practice's, or NULL */
  GListModel         *today;          /* CbToday, or NULL */
  GtkStack           *list_stack;
  GtkSpinner         *list_spinner;
  GtkListView        *client_list;
};

G_DEFINE_FINAL_TYPE (CbSidebar, cb_sidebar, GTK_TYPE_WIDGET)

enum {
  CLIENT_SELECTED,
  PROFILE_SELECTED,
  TODAY_SELECTED,
  DEVELOPMENT_SELECTED,
  SEARCH_CHANGED,
  SEARCH_ACTIVATED,
  N_SIGNALS
};

#define VIEW_KEY  "cb-sidebar-view"
#define TYPE_KEY  "cb-sidebar-type"
#define COUNT_KEY "cb-sidebar-count"

static guint signals[N_SIGNALS];

static void
update_list_stack (CbSidebar *self)
{
  const char *page;

  if (self->practice == NULL || !cb_practice_get_loaded (self->practice))
    page = "loading";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    page = "list";
  else if (g_list_model_get_n_items (self->clients) == 0)
    page = "empty";
  else
    page = "no-match";

  gtk_spinner_set_spinning (self->list_spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->list_stack, page);
}

static void
update_practice_label (CbSidebar *self)
{
  g_autofree char *title = NULL;

  if (self->practice != NULL)
    title = cb_document_dup_title (CB_DOCUMENT (self->practice));

  gtk_label_set_label (self->practice_label, title ? title : "");
}

static void
rebuild_practice_menu (CbSidebar *self)
{
  guint n = self->practices ? g_list_model_get_n_items (self->practices) : 0;

  g_menu_remove_all (self->practice_section);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbPractice) practice = g_list_model_get_item (self->practices, i);
      g_autofree char *title = cb_document_dup_title (CB_DOCUMENT (practice));
      g_auto(GStrv) parts = g_strsplit (title, "_", -1);
      /* Menu labels take "_" as a mnemonic: a name shows as typed. */
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.practice", "s",
                                         cb_document_get_id (CB_DOCUMENT (practice)));
      g_menu_append_item (self->practice_section, item);
    }
}

static gboolean
client_filter_func (gpointer item,
                    gpointer user_data)
{
  CbSidebar *self = user_data;
  CbClient *client = item;

  if (self->status >= 0 && (int) cb_client_get_status (client) != self->status)
    return FALSE;

  return cb_client_matches (client, self->needle);
}

/* GtkSortListModel keeps the keys a GtkStringSorter makes, so a renamed
 * client would keep its old place. The client keeps its own collation key
 * instead, dropped when it changes. */
static int
client_compare_func (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  int result = strcmp (cb_client_get_sort_key ((CbClient *) a), cb_client_get_sort_key ((CbClient *) b));

  /* Same names: a stable order. */
  if (result == 0)
    result = g_strcmp0 (cb_document_get_id (CB_DOCUMENT ((gpointer) a)),
                        cb_document_get_id (CB_DOCUMENT ((gpointer) b)));

  return result;
}

/* One handler on the practice sees every client's edits. */
static void
on_client_changed_cb (CbPractice *practice,
                      CbDocument *client,
                      GParamSpec *pspec,
                      CbSidebar  *self)
{
  const char *name = g_param_spec_get_name (pspec);
  gboolean filtering = (self->needle != NULL && *self->needle != '\0') || self->status >= 0;

  if (!CB_IS_CLIENT (client))
    return;

  if (g_str_equal (name, "name"))
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);

  if (filtering &&
      (g_str_equal (name, "name") || g_str_equal (name, "preferred-name") ||
       g_str_equal (name, "organisation") || g_str_equal (name, "email") ||
       g_str_equal (name, "status")))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_clients_items_changed_cb (GListModel *model,
                             guint       position,
                             guint       removed,
                             guint       added,
                             CbSidebar  *self)
{
  update_list_stack (self);
}

static void
on_filter_items_changed_cb (CbSidebar *self)
{
  update_list_stack (self);
}

static void
on_practice_loaded_cb (CbSidebar *self)
{
  /* The clients of a practice being read come into the list all at once
   * when it is read, rather than a slice at a time all over the list. */
  if (self->practice != NULL && cb_practice_get_loaded (self->practice))
    gtk_filter_list_model_set_model (self->filter_model, self->clients);
  update_list_stack (self);
}

static void
on_practice_changed_cb (CbSidebar *self)
{
  update_practice_label (self);
  rebuild_practice_menu (self);
}

static void
on_practices_items_changed_cb (CbSidebar *self)
{
  rebuild_practice_menu (self);
}

static void
on_search_changed_cb (CbSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = cb_search_fold (text, NULL);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_strstrip (needle);

  /* The search across the practice follows the same field. */
  g_signal_emit (self, signals[SEARCH_CHANGED], 0, text);

  if (g_strcmp0 (needle, self->needle) == 0)
    return;

  if (self->needle != NULL && g_str_has_prefix (needle, self->needle))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->needle != NULL && g_str_has_prefix (self->needle, needle))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_stop_search_cb (CbSidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_search_activate_cb (CbSidebar *self)
{
  gboolean handled = FALSE;

  g_signal_emit (self, signals[SEARCH_ACTIVATED], 0, &handled);
  if (handled)
    return;

  /* Enter in the search opens the first match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);

      gtk_single_selection_set_selected (self->selection, 0);
      g_signal_emit (self, signals[CLIENT_SELECTED], 0, client);
    }
}

static void
on_status_selected_cb (CbSidebar *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  int status = -1;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_CLIENT_STATUS);

      if (selected - 1 < klass->n_values)
        status = klass->values[selected - 1].value;
    }

  if (status == self->status)
    return;

  self->status = status;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_nav_row_activated_cb (CbSidebar     *self,
                         GtkListBoxRow *row)
{
  const char *view = g_object_get_data (G_OBJECT (row), VIEW_KEY);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->today_list);
  if (view != NULL)
    g_signal_emit (self, signals[DEVELOPMENT_SELECTED], 0, view);
  else
    g_signal_emit (self, signals[PROFILE_SELECTED], 0);
}

/* Each row of My Development counts the coach's documents of its type. */
static void
update_development_counts (CbSidebar *self)
{
  guint n = self->own_documents != NULL ? g_list_model_get_n_items (self->own_documents) : 0;

  for (guint r = 0; r < self->development_rows->len; r++)
    {
      GtkWidget *row = self->development_rows->pdata[r];
      GType type = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), TYPE_KEY));
      GtkLabel *count = g_object_get_data (G_OBJECT (row), COUNT_KEY);
      g_autofree char *text = NULL;
      guint found = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) document = g_list_model_get_item (self->own_documents, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (document, type))
            found++;
        }

      text = g_strdup_printf ("%u", found);
      gtk_label_set_label (count, text);
      gtk_widget_set_visible (GTK_WIDGET (count), found > 0);
    }
}

static void
add_development_rows (CbSidebar *self)
{
  const GType *types;
  guint n_types;

  types = cb_document_get_owned_types (CB_DOCUMENT_OWNER_COACH, &n_types);
  for (guint i = 0; i < n_types; i++)
    {
      CbDocumentClass *klass = g_type_class_peek (types[i]);
      const char *title = g_dgettext (GETTEXT_PACKAGE, klass->coach_view_title != NULL ? klass->coach_view_title
                                                                                      : klass->view_title);
      GtkWidget *row, *box, *label, *count;

      box = g_object_new (GTK_TYPE_BOX, "spacing", 12, "margin-top", 6, "margin-bottom", 6, NULL);
      gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE, "icon-name", klass->icon_name, NULL));
      label = g_object_new (GTK_TYPE_LABEL, "label", title, "use-underline", TRUE, "xalign", 0.0f,
                            "hexpand", TRUE, NULL);
      gtk_box_append (GTK_BOX (box), label);
      count = g_object_new (GTK_TYPE_LABEL, "visible", FALSE, "valign", GTK_ALIGN_CENTER, NULL);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_add_css_class (count, "caption");
      gtk_box_append (GTK_BOX (box), count);

      row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "child", box, NULL);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);
      g_object_set_data_full (G_OBJECT (row), VIEW_KEY, g_strconcat ("me-", klass->folder, NULL), g_free);
      g_object_set_data (G_OBJECT (row), TYPE_KEY, GSIZE_TO_POINTER (types[i]));
      g_object_set_data (G_OBJECT (row), COUNT_KEY, count);
      gtk_list_box_append (self->nav_list, row);
      g_ptr_array_add (self->development_rows, row);
    }
}

/* Hours, "me-hours": not a document type, so a row of its own after
 * theirs, counting the coach's hours. */
static void
add_hours_row (CbSidebar *self)
{
  GtkWidget *box, *label;

  box = g_object_new (GTK_TYPE_BOX, "spacing", 12, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE, "icon-name", "preferences-system-time-symbolic", NULL));
  label = g_object_new (GTK_TYPE_LABEL, "label", _("_Hours"), "use-underline", TRUE, "xalign", 0.0f,
                        "hexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), label);
  self->hours_count = g_object_new (GTK_TYPE_LABEL, "visible", FALSE, "valign", GTK_ALIGN_CENTER, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->hours_count), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->hours_count), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->hours_count), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hours_count));

  self->hours_row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "child", box, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->hours_row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  g_object_set_data_full (G_OBJECT (self->hours_row), VIEW_KEY, g_strdup ("me-hours"), g_free);
  gtk_list_box_append (self->nav_list, GTK_WIDGET (self->hours_row));
}

static void
update_hours_count (CbSidebar *self)
{
  gint64 minutes = self->hours != NULL ? cb_hours_get_minutes (self->hours) : 0;
  g_autofree char *text = cb_format_decimal (cb_decimal_round (cb_hours_from_minutes (minutes)));

  gtk_label_set_label (self->hours_count, text);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_count), minutes > 0);
}

static void
on_today_row_activated_cb (CbSidebar     *self,
                           GtkListBoxRow *row)
{
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->nav_list);
  g_signal_emit (self, signals[TODAY_SELECTED], 0);
}

/* The badge counts what needs doing today: today's meetings and the
 * overdue actions. */
static void
update_today_count (CbSidebar *self)
{
  guint n = self->today != NULL ? g_list_model_get_n_items (self->today) : 0;
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbTodayItem) item = g_list_model_get_item (self->today, i);
      CbTodayItemKind kind = cb_today_item_get_kind (item);

      if (kind == CB_TODAY_ITEM_MEETING_TODAY || kind == CB_TODAY_ITEM_ACTION_OVERDUE)
        count++;
    }

  if (count > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);
      /* Translators: the accessible description of the number beside Today in the sidebar */
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u meeting or overdue action today",
                                                                   "%u meetings or overdue actions today",
                                                                   count),
                                                      count);

      gtk_label_set_label (self->today_count, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->today_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->today_count), count > 0);
}

static void
on_selection_changed_cb (CbSidebar *self)
{
  CbClient *client = gtk_single_selection_get_selected_item (self->selection);

  /* A client that a filter hides loses its selection; its page stays. */
  if (client == NULL)
    return;

  gtk_list_box_unselect_all (self->nav_list);
  gtk_list_box_unselect_all (self->today_list);
  g_signal_emit (self, signals[CLIENT_SELECTED], 0, client);
}

static void
on_client_list_activate_cb (CbSidebar *self,
                            guint      position)
{
  g_autoptr(CbClient) client = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (client != NULL)
    g_signal_emit (self, signals[CLIENT_SELECTED], 0, client);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  gtk_list_item_set_child (item, cb_client_row_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  cb_client_row_set_client (CB_CLIENT_ROW (gtk_list_item_get_child (item)),
                            gtk_list_item_get_item (item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  cb_client_row_set_client (CB_CLIENT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
cb_sidebar_dispose (GObject *object)
{
  CbSidebar *self = CB_SIDEBAR (object);

  cb_sidebar_set_practice (self, NULL);
  cb_sidebar_set_practices (self, NULL);
  cb_sidebar_set_today (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_SIDEBAR);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);

  g_clear_pointer (&self->development_rows, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->trickle);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);

  G_OBJECT_CLASS (cb_sidebar_parent_class)->dispose (object);
}

static void
cb_sidebar_finalize (GObject *object)
{
  CbSidebar *self = CB_SIDEBAR (object);

  g_free (self->needle);

  G_OBJECT_CLASS (cb_sidebar_parent_class)->finalize (object);
}

static void
cb_sidebar_class_init (CbSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_sidebar_dispose;
  object_class->finalize = cb_sidebar_finalize;

  signals[CLIENT_SELECTED] =
    g_signal_new ("client-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_CLIENT);
  signals[PROFILE_SELECTED] =
    g_signal_new ("profile-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[TODAY_SELECTED] =
    g_signal_new ("today-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /* A view of My Development other than the profile: "me-<folder>" of a
   * type the coach owns. */
  signals[DEVELOPMENT_SELECTED] =
    g_signal_new ("development-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The search field's text changed (after a pause in typing), for the
   * search across the practice. */
  signals[SEARCH_CHANGED] =
    g_signal_new ("search-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Enter in the search field: TRUE from a handler that took it (the
   * window showing the results); otherwise the first client shown opens. */
  signals[SEARCH_ACTIVATED] =
    g_signal_new ("search-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, practice_button);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, practice_label);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, practice_section);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, today_list);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, today_row);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, today_count);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, nav_list);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, profile_row);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, list_spinner);
  gtk_widget_class_bind_template_child (widget_class, CbSidebar, client_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_nav_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_client_list_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cb-sidebar");
}

static void
cb_sidebar_init (CbSidebar *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (CB_TYPE_CLIENT_STATUS);
  GtkListItemFactory *factory;

  self->status = -1;
  self->development_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  add_development_rows (self);
  add_hours_row (self);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  /* Translators: the status filter's choice that shows every client */
  gtk_string_list_append (statuses, _("All"));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (statuses, cb_enum_get_label (CB_TYPE_CLIENT_STATUS, klass->values[i].value));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 0);

  self->filter = gtk_custom_filter_new (client_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (on_filter_items_changed_cb), self);

  self->sorter = gtk_custom_sorter_new (client_compare_func, NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              GTK_SORTER (g_object_ref (self->sorter)));

  /* A thousand clients come into the list a few rows a frame. */
  self->trickle = cb_trickle_new (G_LIST_MODEL (g_object_ref (self->sort_model)), GTK_WIDGET (self->client_list));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->trickle)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);
  gtk_list_view_set_factory (self->client_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->client_list, GTK_SELECTION_MODEL (self->selection));

  update_list_stack (self);
}

GtkWidget *
cb_sidebar_new (void)
{
  return g_object_new (CB_TYPE_SIDEBAR, NULL);
}

void
cb_sidebar_set_practices (CbSidebar  *self,
                          GListModel *practices)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));

  if (self->practices == practices)
    return;

  if (self->practices != NULL)
    g_signal_handlers_disconnect_by_func (self->practices, on_practices_items_changed_cb, self);

  g_set_object (&self->practices, practices);

  if (practices != NULL)
    g_signal_connect_swapped (practices, "items-changed",
                              G_CALLBACK (on_practices_items_changed_cb), self);

  rebuild_practice_menu (self);
}

CbPractice *
cb_sidebar_get_practice (CbSidebar *self)
{
  g_return_val_if_fail (CB_IS_SIDEBAR (self), NULL);

  return self->practice;
}

void
cb_sidebar_set_practice (CbSidebar  *self,
                         CbPractice *practice)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));
  g_return_if_fail (practice == NULL || CB_IS_PRACTICE (practice));

  if (self->practice == practice)
    return;

  if (self->own_documents != NULL)
    g_signal_handlers_disconnect_by_func (self->own_documents, update_development_counts, self);
  self->own_documents = NULL;
  if (self->hours != NULL)
    g_signal_handlers_disconnect_by_func (self->hours, update_hours_count, self);
  g_clear_object (&self->hours);

  if (self->practice != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->practice, on_client_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->clients, on_clients_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->practice, on_practice_loaded_cb, self);
      g_signal_handlers_disconnect_by_func (self->practice, on_practice_changed_cb, self);
      self->clients = NULL;
    }

  g_set_object (&self->practice, practice);

  if (practice != NULL)
    {
      self->clients = cb_practice_get_clients (practice);
      g_signal_connect (self->clients, "items-changed",
                        G_CALLBACK (on_clients_items_changed_cb), self);
      g_signal_connect_swapped (practice, "notify::loaded",
                                G_CALLBACK (on_practice_loaded_cb), self);
      g_signal_connect_swapped (practice, "notify::name",
                                G_CALLBACK (on_practice_changed_cb), self);
      g_signal_connect (practice, "child-changed", G_CALLBACK (on_client_changed_cb), self);
      self->own_documents = cb_practice_get_documents (practice);
      g_signal_connect_swapped (self->own_documents, "items-changed",
                                G_CALLBACK (update_development_counts), self);
      self->hours = cb_hours_new_live (practice);
      g_signal_connect_swapped (self->hours, "changed", G_CALLBACK (update_hours_count), self);
    }

  update_development_counts (self);
  update_hours_count (self);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_list_box_unselect_all (self->nav_list);
  gtk_filter_list_model_set_model (self->filter_model,
                                   practice != NULL && cb_practice_get_loaded (practice) ? self->clients : NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  update_practice_label (self);
  update_list_stack (self);
}

static guint
find_shown_position (CbSidebar *self,
                     CbClient  *client)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbClient) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (item == client)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

gboolean
cb_sidebar_shows_client (CbSidebar *self,
                         CbClient  *client)
{
  g_return_val_if_fail (CB_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (CB_IS_CLIENT (client), FALSE);

  return find_shown_position (self, client) != GTK_INVALID_LIST_POSITION;
}

void
cb_sidebar_select_client (CbSidebar *self,
                          CbClient  *client)
{
  guint position;

  g_return_if_fail (CB_IS_SIDEBAR (self));
  g_return_if_fail (CB_IS_CLIENT (client));

  position = find_shown_position (self, client);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      /* search-changed is delayed; apply the cleared search at once */
      on_search_changed_cb (self);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      position = find_shown_position (self, client);
    }

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_list_box_unselect_all (self->nav_list);
  gtk_list_box_unselect_all (self->today_list);
  cb_trickle_reveal (self->trickle, position);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->client_list), "list.scroll-to-item", "u", position);
}

void
cb_sidebar_select_profile (CbSidebar *self)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->today_list);
  gtk_list_box_select_row (self->nav_list, self->profile_row);
}

void
cb_sidebar_select_development (CbSidebar  *self,
                               const char *view)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));
  g_return_if_fail (view != NULL);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->today_list);
  for (guint i = 0; i < self->development_rows->len; i++)
    if (g_strcmp0 (g_object_get_data (self->development_rows->pdata[i], VIEW_KEY), view) == 0)
      gtk_list_box_select_row (self->nav_list, self->development_rows->pdata[i]);
  if (g_strcmp0 (view, "me-hours") == 0)
    gtk_list_box_select_row (self->nav_list, self->hours_row);
}

void
cb_sidebar_select_today (CbSidebar *self)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->nav_list);
  gtk_list_box_select_row (self->today_list, self->today_row);
}

void
cb_sidebar_set_today (CbSidebar *self,
                      CbToday   *today)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));
  g_return_if_fail (today == NULL || CB_IS_TODAY (today));

  if (self->today == G_LIST_MODEL (today))
    return;

  if (self->today != NULL)
    g_signal_handlers_disconnect_by_func (self->today, update_today_count, self);
  g_set_object (&self->today, G_LIST_MODEL (today));
  if (self->today != NULL)
    g_signal_connect_swapped (self->today, "items-changed", G_CALLBACK (update_today_count), self);

  update_today_count (self);
}

void
cb_sidebar_unselect (CbSidebar *self)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_box_unselect_all (self->nav_list);
  gtk_list_box_unselect_all (self->today_list);
}

void
cb_sidebar_focus_search (CbSidebar *self)
{
  g_return_if_fail (CB_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GListModel *
cb_sidebar_get_shown_clients (CbSidebar *self)
{
  g_return_val_if_fail (CB_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

AdwHeaderBar *
cb_sidebar_get_header_bar (CbSidebar *self)
{
  g_return_val_if_fail (CB_IS_SIDEBAR (self), NULL);

  return self->header_bar;
}
