/*
** server_proc.h — the suite's loopback server in a process of its own.
** In gilbench itself the server would be a second thread, and every run's
** child (supervise.c) would then be forked from a multi-threaded process:
** ThreadSanitizer refuses threads there, and a fork from a threaded
** process is the riskier kind. So the suite forks once, before any thread,
** a child that runs the server and nothing else.
*/
#ifndef GB_SERVER_PROC_H
#define GB_SERVER_PROC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "server.h"

typedef struct GbServerProc {
  pid_t pid; /* 0: not running */
  uint16_t port;
} GbServerProc;

/* Forks the server's process and waits for its port; -1 with the reason in
** err. The child ignores SIGINT (the suite stops it), and dies with gilbench. */
int gb_server_proc_start(const GbServerOptions *o, GbServerProc *p, char *err, size_t errlen);
/* Stops it (SIGTERM, then SIGKILL after a grace) and reaps it. */
void gb_server_proc_stop(GbServerProc *p);

#endif
