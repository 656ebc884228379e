/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "coachbook"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CbApplication) app = NULL;

  /* GLib 2.74's slice allocator keeps every block it ever handed out, and
   * json-glib allocates its parse trees from it: reading a practice would
   * leave its whole parse in memory for good. Plain malloc gives it back
   * (GLib 2.76 made this the only behaviour). Set before GLib allocates. */
  g_setenv ("G_SLICE", "always-malloc", FALSE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cb_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
