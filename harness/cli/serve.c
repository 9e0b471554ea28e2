/*
** serve.c — runs the loopback server (server.h) in the foreground. The
** signals are blocked in every thread and taken with sigwait, so stopping
** is ordinary code, not a handler.
*/
#include <signal.h>
#include <stdio.h>

#include "serve.h"

int gb_serve_main(const GbServerOptions *o) {
  sigset_t set;
  int sig;
  char err[256];
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, NULL); /* before the server thread exists */
  GbServer *s = gb_server_start(o, err, sizeof err);
  if (!s) {
    fprintf(stderr, "gilbench serve: %s\n", err);
    return 1;
  }
  GbServerStats st;
  gb_server_stats(s, &st);
  printf("listening on 127.0.0.1:%u (latency %g ms, at most %d connections); Ctrl-C stops\n",
         gb_server_port(s), o->latency_ms, st.max_conns);
  fflush(stdout);
  sigwait(&set, &sig);
  gb_server_stats(s, &st);
  gb_server_stop(s);
  printf("stopped by SIG%s after %llu requests\n", sig == SIGINT ? "INT" : "TERM",
         (unsigned long long)st.requests);
  /* what the server had to fend off: out of descriptors, slow or idle clients */
  if (st.accept_backoffs || st.header_timeouts || st.idle_timeouts)
    printf("  %llu accept backoffs (out of descriptors), %llu header timeouts, %llu idle "
           "timeouts\n",
           (unsigned long long)st.accept_backoffs, (unsigned long long)st.header_timeouts,
           (unsigned long long)st.idle_timeouts);
  return 0;
}
