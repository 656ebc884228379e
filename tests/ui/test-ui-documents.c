/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-documents"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "cb-application.h"
#include "cb-client-page-private.h"
#include "cb-document-page-private.h"
#include "cb-document-types.h"
#include "cb-plans-page.h"
#include "cb-practice.h"
#include "cb-print-ui-private.h"
#include "cb-record-editor.h"
#include "cb-referral.h"
#include "cb-store.h"
#include "cb-ui-test-util.h"
#include "cb-view.h"
#include "cb-window.h"

/* What every document view has, for every type of the registry, driven
 * through the window as a coach would: New, Print (Ctrl+P) and its blank
 * form (Ctrl+Shift+P), Delete with Undo, the order of the list. A type of
 * the test's own, with a page of its own, proves that the generic pages
 * carry a type that has no code in src/ui/. */

static char *data_home;
static char *print_dir;
static CbApplication *app;
static CbWindow *window;
static CbPractice *practice;
static CbClient *client;

/* A document type of this test only: a dated note, kept in notes/. */

#define TEST_TYPE_NOTE (test_note_get_type ())
G_DECLARE_FINAL_TYPE (TestNote, test_note, TEST, NOTE, CbDocument)
struct _TestNote { CbDocument parent_instance; };
G_DEFINE_FINAL_TYPE (TestNote, test_note, CB_TYPE_DOCUMENT)

static const CbFieldGroup note_groups[] = {
  { "note", "Note", NULL, NULL },
};

static const CbFieldSpec note_fields[] = {
  { "date", CB_FIELD_DATE, "Date", NULL, "note", NULL, 0, CB_FIELD_FLAG_NONE },
  { "text", CB_FIELD_TEXT, "What Happened", NULL, "note", NULL, 0, CB_FIELD_FLAG_NONE },
};

static char *
test_note_dup_title (CbDocument *document)
{
  return g_strdup_printf ("Note of %s", cb_record_get_string (CB_RECORD (document), "date"));
}

static void
test_note_class_init (TestNoteClass *klass)
{
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);

  document_class->type_name = "coachbook.test-note";
  document_class->folder = "notes";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = "_Notes";
  document_class->icon_name = "document-edit-symbolic";
  document_class->help_page = "clients";
  document_class->form_title = "Note";
  document_class->dup_title = test_note_dup_title;

  cb_record_class_install_fields (CB_RECORD_CLASS (klass), note_fields, G_N_ELEMENTS (note_fields),
                                  note_groups, G_N_ELEMENTS (note_groups));
}

static void
test_note_init (TestNote *self)
{
}

/* Its page: only its texts are its own; the rest is CbDocumentPage's. */

#define TEST_TYPE_NOTES_PAGE (test_notes_page_get_type ())
G_DECLARE_FINAL_TYPE (TestNotesPage, test_notes_page, TEST, NOTES_PAGE, CbDocumentPage)
struct _TestNotesPage { CbDocumentPage parent_instance; };
G_DEFINE_FINAL_TYPE (TestNotesPage, test_notes_page, CB_TYPE_DOCUMENT_PAGE)

static void
test_notes_page_class_init (TestNotesPageClass *klass)
{
  CbDocumentPageClass *page_class = CB_DOCUMENT_PAGE_CLASS (klass);

  page_class->document_type = TEST_TYPE_NOTE;
  page_class->empty_title = "No Notes Yet";
  page_class->new_label = "_New Note";
}

static void
test_notes_page_init (TestNotesPage *self)
{
}

/* Helpers */

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  cb_ui_test_iterate ();
}

/* What pressing @keyval with @mods in the window does: its shortcut. */
static void
press (guint           keyval,
       GdkModifierType mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != mods)
            continue;

          found = TRUE;
          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                        GTK_WIDGET (window), gtk_shortcut_get_arguments (shortcut));
        }
    }

  g_assert_true (found);
  cb_ui_test_iterate ();
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 4 && g_str_has_prefix (contents, "%PDF");
}

/* Ctrl+P prints the open document, Ctrl+Shift+P its blank form: through
 * the print operation, exported to a file instead of the dialog. */
static void
check_printing (const char *name)
{
  g_autofree char *filled = g_strdup_printf ("%s/%s.pdf", print_dir, name);
  g_autofree char *blank = g_strdup_printf ("%s/%s-blank.pdf", print_dir, name);

  cb_ui_print_set_export_file (filled);
  press (GDK_KEY_p, GDK_CONTROL_MASK);
  WAIT_FOR (is_pdf (filled));

  cb_ui_print_set_export_file (blank);
  press (GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  WAIT_FOR (is_pdf (blank));
  cb_ui_print_set_export_file (NULL);
}

static char *
practice_path (const char *first,
               ...) G_GNUC_NULL_TERMINATED;

static char *
practice_path (const char *first,
               ...)
{
  g_autofree char *dir = cb_store_dup_practice_dir (cb_application_get_store (app), practice);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, dir);
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
flush (void)
{
  g_assert_true (cb_store_flush (cb_application_get_store (app)));
}

static void
show_client (void)
{
  cb_sidebar_select_client (cb_window_get_sidebar (window), client);
  cb_ui_test_iterate ();
  g_assert_true (cb_client_page_get_client (cb_window_get_client_page (window)) == client);
}

/* The first kind of a New menu, or "" for a plain New button. */
static char *
first_kind (CbDocumentPage *page)
{
  GtkWidget *button = cb_document_page_get_new_button (page);
  GMenuModel *menu, *section;
  g_autoptr(GVariant) target = NULL;

  if (!GTK_IS_MENU_BUTTON (button))
    return g_strdup ("");

  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_object_unref (section);

  return g_variant_dup_string (target, NULL);
}

/* New, print, delete and undo one document of @page's type, as shown in
 * the window, owned by @owner and kept in @home (relative to the practice). */
static void
check_document_lifecycle (CbDocumentPage *page,
                          CbDocument     *owner,
                          const char     *home,
                          const char     *name)
{
  g_autofree char *kind = first_kind (page);
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *trashed = NULL;
  g_autoptr(CbDocument) document = NULL;
  AdwToast *toast;
  guint before = g_list_model_get_n_items (cb_document_page_get_documents (page));

  /* New: in the owner, open, written to its folder. */
  activate ("view.new", g_variant_new_string (kind));
  document = g_object_ref (cb_document_page_get_document (page));
  g_assert_nonnull (document);
  g_assert_true (cb_document_get_parent (document) == owner);
  g_assert_cmpstr (cb_document_page_get_view (page), ==, "editor");
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (page)), ==, before + 1);
  flush ();
  file_name = g_strdup_printf ("%s.json", cb_document_get_id (document));
  path = practice_path (home, file_name, NULL);
  trashed = practice_path ("trash", "documents", home, file_name, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *shot = g_strdup_printf ("documents-%s-editor", name);
    cb_ui_test_screenshot (GTK_WIDGET (window), shot);
  }

  check_printing (name);

  /* Delete, in a field, edits the text; elsewhere it deletes the document:
   * out of the list and into the practice's trash, with Undo. */
  if (gtk_root_get_focus (GTK_ROOT (window)) != NULL &&
      (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))) ||
       GTK_IS_TEXT_VIEW (gtk_root_get_focus (GTK_ROOT (window)))))
    {
      press (GDK_KEY_Delete, 0);
      g_assert_true (cb_document_get_parent (document) == owner);
    }
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  press (GDK_KEY_Delete, 0);
  g_assert_null (cb_document_get_parent (document));
  g_assert_null (cb_document_page_get_document (page));
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (page)), ==, before);
  toast = cb_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_suffix (adw_toast_get_title (toast), "moved to the trash"));
  flush ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));

  g_signal_emit_by_name (toast, "button-clicked");
  cb_ui_test_iterate ();
  g_assert_true (cb_document_get_parent (document) == owner);
  g_assert_cmpuint (g_list_model_get_n_items (cb_document_page_get_documents (page)), ==, before + 1);
  flush ();
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (trashed, G_FILE_TEST_EXISTS));
  adw_toast_dismiss (toast);
  {
    g_autofree char *shot = g_strdup_printf ("documents-%s-list", name);
    cb_ui_test_screenshot (GTK_WIDGET (window), shot);
  }

  /* Deleted again from the menu of the open document: it stays there. */
  cb_document_page_open (page, document);
  activate ("view.delete", NULL);
  flush ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  adw_toast_dismiss (cb_window_get_last_toast (window));
}

/* Tests */

static void
test_every_client_type (void)
{
  CbClientPage *client_page = cb_window_get_client_page (window);
  const GType *types;
  guint n_types;
  gboolean saw_notes = FALSE;

  show_client ();

  types = cb_document_get_client_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      CbDocumentClass *klass = g_type_class_peek (types[i]);
      CbDocumentPage *page = cb_client_page_get_page (client_page, types[i]);
      g_autofree char *home = g_build_filename ("clients", cb_document_get_id (CB_DOCUMENT (client)),
                                                klass->folder, NULL);

      g_test_message ("%s", klass->type_name);

      if (klass->single)
        {
          /* One per client, in a window of its own from the client's menu. */
          GtkWindow *single;

          g_assert_null (page);
          activate ("client.open-single", g_variant_new_string (klass->type_name));
          single = cb_client_page_get_document_window (client_page, types[i]);
          g_assert_nonnull (single);
          page = CB_DOCUMENT_PAGE (cb_ui_test_find_descendant (GTK_WIDGET (single), CB_TYPE_DOCUMENT_PAGE));
          g_assert_nonnull (cb_document_page_get_document (page));
          g_assert_false (cb_view_get_can_close (CB_VIEW (page)));
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.delete", NULL));
          cb_ui_test_iterate ();
          g_assert_null (cb_document_page_get_document (page));
          g_assert_cmpstr (cb_document_page_get_view (page), ==, "empty");
          gtk_window_destroy (single);
          cb_ui_test_iterate ();
          continue;
        }

      g_assert_nonnull (page);
      cb_client_page_set_view (client_page, klass->folder);
      cb_ui_test_iterate ();
      g_assert_true (cb_client_page_get_page (client_page, types[i]) == page);
      g_assert_cmpstr (cb_window_get_help_page (window), ==, klass->help_page);
      check_document_lifecycle (page, CB_DOCUMENT (client), home, klass->folder);

      if (types[i] == TEST_TYPE_NOTE)
        {
          g_assert_true (TEST_IS_NOTES_PAGE (page));
          saw_notes = TRUE;
        }
    }

  g_assert_true (saw_notes);
  cb_client_page_set_view (client_page, "profile");
  cb_ui_test_iterate ();
}

/* The test's own type: edited in the generated editor, saved, read back
 * by a new store, printed. */
static void
test_own_type (void)
{
  CbClientPage *client_page = cb_window_get_client_page (window);
  CbDocumentPage *page = cb_client_page_get_page (client_page, TEST_TYPE_NOTE);
  g_autoptr(CbStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  CbRecordEditor *editor;
  CbDocument *note, *reread;
  CbPractice *again;
  CbClient *client_again;

  show_client ();
  cb_client_page_set_view (client_page, "notes");
  cb_ui_test_iterate ();

  activate ("view.new", g_variant_new_string (""));
  note = cb_document_page_get_document (page);
  g_assert_true (TEST_IS_NOTE (note));
  editor = CB_RECORD_EDITOR (cb_document_page_get_editor (page));
  g_assert_true (CB_IS_RECORD_EDITOR (editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (cb_record_editor_get_editor (editor, "text"))),
                            "Talked through the board presentation.", -1);
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (note), "text"), ==, "Talked through the board presentation.");
  check_printing ("own-type");
  flush ();

  fresh = cb_store_new (NULL);
  g_assert_true (cb_store_load_practices (fresh, &error));
  again = cb_store_find_practice (fresh, cb_document_get_id (CB_DOCUMENT (practice)));
  g_assert_nonnull (again);
  g_assert_true (cb_store_open_practice (fresh, again, &error));
  g_assert_no_error (error);
  client_again = cb_practice_find_client (again, cb_document_get_id (CB_DOCUMENT (client)));
  reread = cb_client_find_document (client_again, cb_document_get_id (note));
  g_assert_true (TEST_IS_NOTE (reread));
  g_assert_cmpstr (cb_record_get_string (CB_RECORD (reread), "text"), ==, "Talked through the board presentation.");

  activate ("view.close", NULL);
  cb_client_page_set_view (client_page, "profile");
  cb_ui_test_iterate ();
}

/* Every list is newest first by its type's date, and stays so as dates
 * are edited. */
static void
test_referral_resort (void)
{
  CbClientPage *client_page = cb_window_get_client_page (window);
  CbDocumentPage *page = cb_client_page_get_page (client_page, CB_TYPE_REFERRAL);
  g_autoptr(CbReferral) older = cb_referral_new ();
  g_autoptr(CbReferral) newer = cb_referral_new ();
  GListModel *list;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) then_first = NULL;
  CbDocumentRow *row;

  show_client ();
  cb_referral_set_date (older, "2026-01-05");
  cb_referral_set_to_name (older, "Older");
  cb_referral_set_date (newer, "2026-02-05");
  cb_referral_set_to_name (newer, "Newer");
  cb_client_add_document (client, CB_DOCUMENT (older));
  cb_client_add_document (client, CB_DOCUMENT (newer));
  cb_client_page_set_view (client_page, "referrals");
  cb_ui_test_iterate ();

  list = cb_document_page_get_documents (page);
  first = g_list_model_get_item (list, 0);
  g_assert_true (first == G_OBJECT (newer));

  /* The older one is re-dated: it moves to the top, and its row shows it. */
  cb_referral_set_date (older, "2026-03-05");
  cb_ui_test_iterate ();
  then_first = g_list_model_get_item (list, 0);
  g_assert_true (then_first == G_OBJECT (older));
  cb_ui_test_wait_for_frame (GTK_WIDGET (window));
  row = cb_ui_test_find_document_row (GTK_WIDGET (page), CB_DOCUMENT (older));
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (cb_document_row_get_subtitle (row), "5 March 2026"));

  cb_client_page_set_view (client_page, "profile");
  cb_ui_test_iterate ();
}

/* A type the coach owns too: the development plan, under My Development,
 * kept in me/plans/. */
static void
test_coach_documents (void)
{
  CbDocumentPage *page;

  g_signal_emit_by_name (cb_window_get_sidebar (window), "development-selected", "me-plans");
  cb_ui_test_iterate ();
  g_assert_cmpstr (cb_window_get_view (window), ==, "me-plans");
  page = CB_DOCUMENT_PAGE (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                                   CB_TYPE_WINDOW,
                                                                                                   "content_stack"))));
  g_assert_true (CB_IS_PLANS_PAGE (page));
  g_assert_nonnull (page);
  g_assert_true (cb_document_page_get_owner (page) == CB_DOCUMENT (practice));
  g_assert_cmpstr (cb_window_get_help_page (window), ==, "plans");

  check_document_lifecycle (page, CB_DOCUMENT (practice), "me/plans", "coach-plan");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  CbStore *store;
  int result;

  setlocale (LC_ALL, "");

  data_home = g_dir_make_tmp ("coachbook-documents-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  print_dir = g_build_filename (data_home, "printed", NULL);
  g_mkdir_with_parents (print_dir, 0700);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The test's own type, before anything reads the registry's views. */
  cb_document_register_type (TEST_TYPE_NOTE);
  cb_document_page_register (TEST_TYPE_NOTE, TEST_TYPE_NOTES_PAGE);

  app = cb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  store = cb_application_get_store (app);
  practice = cb_store_create_practice (store, "Documents", &error);
  g_assert_no_error (error);
  client = cb_client_new ();
  cb_client_set_name (client, "Ada Lovelace");
  cb_practice_add_client (practice, client);
  g_object_unref (client);
  g_assert_true (cb_store_flush (store));

  g_application_activate (G_APPLICATION (app));
  window = CB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  WAIT_FOR (cb_window_get_practice (window) == practice && cb_practice_get_loaded (practice));

  g_test_add_func ("/ui/documents/every-client-type", test_every_client_type);
  g_test_add_func ("/ui/documents/own-type", test_own_type);
  g_test_add_func ("/ui/documents/referral-resort", test_referral_resort);
  g_test_add_func ("/ui/documents/coach-documents", test_coach_documents);

  result = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  cb_ui_test_iterate ();
  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);

  cb_ui_test_remove_tree (data_home);
  g_free (print_dir);
  g_free (data_home);

  return result;
}
