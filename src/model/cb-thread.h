/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

G_BEGIN_DECLS

/* Called by a worker thread (reading files, cutting words): it gives way
 * to the main thread when both want the processor, so that the window
 * keeps drawing frames while a large book is read on every core. On
 * Linux a thread has a niceness of its own; elsewhere nothing changes. */
static inline void
cb_thread_give_way (void)
{
#ifdef __linux__
  static __thread gboolean done;

  if (!done)
    {
      done = TRUE;
      setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
    }
#endif
}

G_END_DECLS
