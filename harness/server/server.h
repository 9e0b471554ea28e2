/*
** server.h — a loopback HTTP/1.1 server with a configurable latency, the
** other end of bench.fetch (workloads, tests, `gilbench serve`).
** Binds 127.0.0.1 only; one epoll thread; every request is answered after
** `latency_ms` with a small fixed body; connections are bounded.
**
**   GET /            -> 200, body "ok\n" after the latency
**   GET /?ms=N       -> 200 after N ms instead (per-request latency)
**   GET /?bytes=N    -> 200 with an N-byte body (N <= 16 MiB)
*/
#ifndef GB_SERVER_H
#define GB_SERVER_H

#include <stdint.h>

/* The longest answer delay, by option or by ?ms=: ten minutes. */
#define GB_SERVER_MAX_MS 600000.0

typedef struct GbServer GbServer;

typedef struct GbServerOptions {
  double latency_ms; /* default answer delay, up to GB_SERVER_MAX_MS */
  uint16_t port;     /* 0 = any free port */
  int max_conns;     /* default 1024 */
} GbServerOptions;

/* Starts the server on its own thread; NULL with errno-style text in err. */
GbServer *gb_server_start(const GbServerOptions *o, char *err, unsigned errlen);
uint16_t gb_server_port(const GbServer *s);
uint64_t gb_server_requests(const GbServer *s); /* answered so far */
void gb_server_stop(GbServer *s);               /* joins the thread, frees */

#endif
