/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-search-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-client.h"
#include "cb-search-page.h"
#include "cb-view.h"
#include "cb-trickle.h"

/* At most this many results are listed; the count says how many more
 * there are, and another word narrows them down. */
#define RESULT_LIMIT 500

/* A row of the results */

struct _CbSearchResult
{
  GObject     parent_instance;

  gboolean    heading;
  CbDocument *document;        /* NULL for the heading of the coach's own */
  char       *title;
  char       *type_label;
  char       *query;
  gboolean    include_private;
  gboolean    in_private;
  char       *snippet;         /* worked out when first shown */
  gboolean    snippet_done;
};

G_DEFINE_FINAL_TYPE (CbSearchResult, cb_search_result, G_TYPE_OBJECT)

static void
cb_search_result_finalize (GObject *object)
{
  CbSearchResult *self = CB_SEARCH_RESULT (object);

  g_clear_object (&self->document);
  g_free (self->title);
  g_free (self->type_label);
  g_free (self->query);
  g_free (self->snippet);

  G_OBJECT_CLASS (cb_search_result_parent_class)->finalize (object);
}

static void
cb_search_result_class_init (CbSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_search_result_finalize;
}

static void
cb_search_result_init (CbSearchResult *self)
{
}

static CbSearchResult *
heading_new (CbClient *client)
{
  CbSearchResult *self = g_object_new (CB_TYPE_SEARCH_RESULT, NULL);

  self->heading = TRUE;
  if (client != NULL)
    {
      self->document = g_object_ref (CB_DOCUMENT (client));
      self->title = cb_document_dup_title (CB_DOCUMENT (client));
    }
  else
    self->title = g_strdup (_("My Development"));

  return self;
}

static CbSearchResult *
result_new (const CbSearchHit *hit,
            const char        *query,
            gboolean           include_private)
{
  CbSearchResult *self = g_object_new (CB_TYPE_SEARCH_RESULT, NULL);
  CbDocumentClass *klass = CB_DOCUMENT_GET_CLASS (hit->document);

  self->document = g_object_ref (hit->document);
  self->title = cb_document_dup_title (hit->document);
  self->type_label = g_strdup (klass->form_title != NULL ? _(klass->form_title) : "");
  self->query = g_strdup (query);
  self->include_private = include_private;
  self->in_private = hit->in_private;

  return self;
}

gboolean
cb_search_result_is_heading (CbSearchResult *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_RESULT (self), FALSE);

  return self->heading;
}

CbDocument *
cb_search_result_get_document (CbSearchResult *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_RESULT (self), NULL);

  return self->document;
}

const char *
cb_search_result_get_title (CbSearchResult *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

const char *
cb_search_result_get_snippet (CbSearchResult *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_RESULT (self), NULL);

  if (!self->snippet_done && !self->heading)
    {
      const char *label = NULL;
      g_autofree char *text = cb_search_dup_snippet (self->document, self->query,
                                                     self->include_private, &label);

      self->snippet_done = TRUE;
      if (text != NULL && label != NULL && *label != '\0')
        {
          g_autofree char *escaped = g_markup_escape_text (label, -1);

          /* Translators: where a search matched, "Summary: … the words …" */
          self->snippet = g_strdup_printf (_("%s: %s"), escaped, text);
        }
      else
        self->snippet = g_steal_pointer (&text);
    }

  return self->snippet;
}

/* The widget of a row */

#define CB_TYPE_SEARCH_ROW (cb_search_row_get_type ())
G_DECLARE_FINAL_TYPE (CbSearchRow, cb_search_row, CB, SEARCH_ROW, GtkWidget)

struct _CbSearchRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkImage  *icon;
  GtkLabel  *title_label;
  GtkLabel  *type_label;
  GtkLabel  *snippet_label;
};

G_DEFINE_FINAL_TYPE (CbSearchRow, cb_search_row, GTK_TYPE_WIDGET)

static void
cb_search_row_dispose (GObject *object)
{
  CbSearchRow *self = CB_SEARCH_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cb_search_row_parent_class)->dispose (object);
}

static void
cb_search_row_class_init (CbSearchRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cb_search_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cb-search-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cb_search_row_init (CbSearchRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->icon), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->icon), 3);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->icon));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (self->box), text);

  self->title_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "hexpand", TRUE,
                                    "ellipsize", PANGO_ELLIPSIZE_END, NULL);
  self->type_label = g_object_new (GTK_TYPE_LABEL, "xalign", 1.0f, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->type_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->type_label), "caption");
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->type_label));
  gtk_box_append (GTK_BOX (text), line);

  self->snippet_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE,
                                      "wrap-mode", PANGO_WRAP_WORD_CHAR, "lines", 2,
                                      "ellipsize", PANGO_ELLIPSIZE_END, "use-markup", TRUE, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->snippet_label), "cb-search-snippet");
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->snippet_label));
}

static void
cb_search_row_bind (CbSearchRow    *self,
                    CbSearchResult *result)
{
  const char *snippet = cb_search_result_get_snippet (result);
  g_autofree char *type = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_label (self->title_label, result->title);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), !result->heading);

  if (result->heading)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
      gtk_widget_set_visible (GTK_WIDGET (self->type_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, result->title, -1);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_image_set_from_icon_name (self->icon, CB_DOCUMENT_GET_CLASS (result->document)->icon_name != NULL
                                            ? CB_DOCUMENT_GET_CLASS (result->document)->icon_name
                                            : "text-x-generic-symbolic");

  if (result->in_private)
    /* Translators: a search result found only in the document's private notes */
    type = g_strdup_printf (_("%s, in private notes"), result->type_label);
  else
    type = g_strdup (result->type_label);
  gtk_label_set_label (self->type_label, type);
  gtk_widget_set_visible (GTK_WIDGET (self->type_label), *type != '\0');

  gtk_label_set_markup (self->snippet_label, snippet != NULL ? snippet : "");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), snippet != NULL);

  if (snippet != NULL)
    pango_parse_markup (snippet, -1, 0, NULL, &plain, NULL, NULL);
  accessible = g_strjoin (", ", result->title, type, plain != NULL ? plain : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* The page */

struct _CbSearchPage
{
  AdwBin              parent_instance;

  CbSearchIndex      *index;
  char               *query;
  gboolean            include_private;
  GListStore         *results;
  CbTrickle          *trickle;        /* the results, a few more each frame */
  guint               n_total;
  guint               rerun_id;
  GSimpleActionGroup *actions;

  /* template */
  GtkLabel           *count_label;
  GtkSpinner         *spinner;
  GtkCheckButton     *private_check;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *none_page;
};

static void cb_search_page_view_init (CbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CbSearchPage, cb_search_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CB_TYPE_VIEW, cb_search_page_view_init))

enum {
  DOCUMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_status (CbSearchPage *self)
{
  gboolean indexing = self->index != NULL && cb_search_index_get_indexing (self->index);
  gboolean searching = self->query != NULL && *self->query != '\0';
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  g_autofree char *count = NULL;

  gtk_spinner_set_spinning (self->spinner, indexing && searching);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), indexing && searching);

  if (!searching)
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      gtk_label_set_label (self->count_label, "");
      return;
    }

  if (self->n_total == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_status_page_set_description (self->none_page,
                                       self->include_private
                                       ? _("No client or document has every word of the search. Try fewer words, or the start of a word.")
                                       : _("No client or document has every word of the search. Try fewer words, or include private notes."));
      count = g_strdup (indexing ? _("Still reading the book…") : "");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      if (shown > 0 && self->n_total > RESULT_LIMIT)
        /* Translators: more search results than are listed */
        count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The first %u of %u result: add a word to narrow the search",
                                              "The first %u of %u results: add a word to narrow the search",
                                              self->n_total),
                                 RESULT_LIMIT, self->n_total);
      else
        count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", self->n_total),
                                 self->n_total);
      if (indexing)
        {
          g_autofree char *more = g_strdup_printf (_("%s, still reading the book…"), count);
          g_free (count);
          count = g_steal_pointer (&more);
        }
    }
  gtk_label_set_label (self->count_label, count);
}

/* Whether @hits are what is listed already (an edit elsewhere changed nothing here). */
static gboolean
same_results (CbSearchPage *self,
              GPtrArray    *hits)
{
  GListModel *model = G_LIST_MODEL (self->results);
  guint n = g_list_model_get_n_items (model);
  guint h = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CbSearchResult) result = g_list_model_get_item (model, i);
      CbSearchHit *hit;

      if (result->heading)
        continue;
      if (h >= hits->len)
        return FALSE;
      hit = hits->pdata[h++];
      if (hit->document != result->document || hit->in_private != result->in_private)
        return FALSE;
    }

  return h == hits->len;
}

static void
run_query (CbSearchPage *self,
           gboolean      keep_if_same)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CbClient *group = NULL;
  gboolean first = TRUE;

  g_clear_handle_id (&self->rerun_id, g_source_remove);

  if (self->index == NULL || self->query == NULL || *self->query == '\0')
    {
      self->n_total = 0;
      g_list_store_remove_all (self->results);
      update_status (self);
      return;
    }

  hits = cb_search_index_query (self->index, self->query, self->include_private,
                                RESULT_LIMIT, &self->n_total);
  if (keep_if_same && same_results (self, hits))
    {
      update_status (self);
      return;
    }

  /* Under a heading for each client, the coach's own last. */
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    {
      CbSearchHit *hit = hits->pdata[i];

      if (first || hit->client != group)
        {
          g_ptr_array_add (rows, heading_new (hit->client));
          group = hit->client;
          first = FALSE;
        }
      g_ptr_array_add (rows, result_new (hit, self->query, self->include_private));
    }

  /* New results: a screenful of rows first, the rest a few a frame. */
  cb_trickle_restart (self->trickle);
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       rows->pdata, rows->len);
  update_status (self);
}

static gboolean
rerun_cb (gpointer data)
{
  CbSearchPage *self = data;

  self->rerun_id = 0;
  run_query (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Documents went in or out of the index: the results follow, once for
 * many changes. */
static void
on_index_changed_cb (CbSearchPage *self)
{
  if (self->query == NULL || *self->query == '\0' || self->rerun_id != 0)
    return;

  self->rerun_id = g_timeout_add (100, rerun_cb, self);
}

static gboolean
is_heading (gpointer item)
{
  return CB_SEARCH_RESULT (item)->heading;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CbSearchPage             *self)
{
  gtk_list_item_set_child (list_item, g_object_new (CB_TYPE_SEARCH_ROW, NULL));
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            CbSearchPage             *self)
{
  CbSearchResult *result = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);

  cb_search_row_bind (CB_SEARCH_ROW (row), result);
  gtk_list_item_set_activatable (list_item, !result->heading);

  cb_list_item_mark_position (list_item, G_LIST_MODEL (self->trickle), is_heading);
}

static void
on_list_view_activate_cb (CbSearchPage *self,
                          guint         position)
{
  cb_search_page_activate (self, position);
}

static void
include_private_action (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  cb_search_page_set_include_private (CB_SEARCH_PAGE (user_data), g_variant_get_boolean (state));
}

static const GActionEntry search_actions[] = {
  { "include-private", NULL, NULL, "false", include_private_action },
};

/* CbView */

static const char *
cb_search_page_get_help_page (CbView *view)
{
  return "search";
}

static GActionGroup *
cb_search_page_get_actions (CbView *view)
{
  return G_ACTION_GROUP (CB_SEARCH_PAGE (view)->actions);
}

static char *
cb_search_page_dup_title (CbView *view)
{
  return g_strdup (_("Search"));
}

static char *
cb_search_page_dup_subtitle (CbView *view)
{
  CbSearchPage *self = CB_SEARCH_PAGE (view);

  if (self->query == NULL || *self->query == '\0')
    return NULL;

  /* Translators: the words searched for, under "Search" in the header bar */
  return g_strdup_printf (_("“%s”"), self->query);
}

static void
cb_search_page_view_init (CbViewInterface *iface)
{
  iface->get_help_page = cb_search_page_get_help_page;
  iface->get_actions = cb_search_page_get_actions;
  iface->dup_title = cb_search_page_dup_title;
  iface->dup_subtitle = cb_search_page_dup_subtitle;
}

/* GObject */

static void
cb_search_page_dispose (GObject *object)
{
  CbSearchPage *self = CB_SEARCH_PAGE (object);

  g_clear_handle_id (&self->rerun_id, g_source_remove);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_SEARCH_PAGE);

  g_clear_object (&self->trickle);
  g_clear_object (&self->results);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (cb_search_page_parent_class)->dispose (object);
}

static void
cb_search_page_class_init (CbSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_search_page_dispose;

  /**
   * CbSearchPage::document-activated:
   * @document: the client, the client's document or the coach's own
   *
   * Emitted when a result is chosen, to open it.
   */
  signals[DOCUMENT_ACTIVATED] =
    g_signal_new ("document-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CB_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, private_check);
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, CbSearchPage, none_page);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
cb_search_page_init (CbSearchPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), search_actions,
                                   G_N_ELEMENTS (search_actions), self);
  /* The check button above the results works whatever the window shows. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->actions));

  self->results = g_list_store_new (CB_TYPE_SEARCH_RESULT);
  self->trickle = cb_trickle_new (G_LIST_MODEL (g_object_ref (self->results)), GTK_WIDGET (self->list_view));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->trickle)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  update_status (self);
}

GtkWidget *
cb_search_page_new (void)
{
  return g_object_new (CB_TYPE_SEARCH_PAGE, NULL);
}

void
cb_search_page_set_index (CbSearchPage  *self,
                          CbSearchIndex *index)
{
  g_return_if_fail (CB_IS_SEARCH_PAGE (self));
  g_return_if_fail (index == NULL || CB_IS_SEARCH_INDEX (index));

  if (self->index == index)
    return;

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_set_object (&self->index, index);
  if (index != NULL)
    {
      g_signal_connect_swapped (index, "changed", G_CALLBACK (on_index_changed_cb), self);
      g_signal_connect_swapped (index, "notify::indexing", G_CALLBACK (update_status), self);
    }

  run_query (self, FALSE);
}

const char *
cb_search_page_get_query (CbSearchPage *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_PAGE (self), NULL);

  return self->query != NULL ? self->query : "";
}

void
cb_search_page_set_query (CbSearchPage *self,
                          const char   *query)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (CB_IS_SEARCH_PAGE (self));

  stripped = g_strstrip (g_strdup (query != NULL ? query : ""));
  if (g_strcmp0 (stripped, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&stripped);
  run_query (self, FALSE);
  cb_view_changed (CB_VIEW (self));
}

gboolean
cb_search_page_get_include_private (CbSearchPage *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_PAGE (self), FALSE);

  return self->include_private;
}

void
cb_search_page_set_include_private (CbSearchPage *self,
                                    gboolean      include_private)
{
  GAction *action;

  g_return_if_fail (CB_IS_SEARCH_PAGE (self));

  include_private = !!include_private;
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "include-private");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (include_private));
  if (self->include_private == include_private)
    return;

  self->include_private = include_private;
  run_query (self, FALSE);
}

GListModel *
cb_search_page_get_results (CbSearchPage *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_PAGE (self), NULL);

  return G_LIST_MODEL (self->results);
}

void
cb_search_page_activate (CbSearchPage *self,
                         guint         position)
{
  g_autoptr(CbSearchResult) result = NULL;

  g_return_if_fail (CB_IS_SEARCH_PAGE (self));

  result = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  if (result == NULL || result->heading || result->document == NULL)
    return;

  g_signal_emit (self, signals[DOCUMENT_ACTIVATED], 0, result->document);
}
