/*
** server.h — a loopback HTTP/1.1 server with a configurable latency, the
** other end of bench.fetch (workloads, tests, `gilbench serve`).
** Binds 127.0.0.1 only; one epoll thread; every request is answered after
** `latency_ms` with a small fixed body; connections are bounded (below the
** descriptor limit) and slow or idle clients are timed out, so a few hundred
** stuck clients cannot lock the others out.
**
**   GET /            -> 200, body "ok\n" after the latency
**   GET /?ms=N       -> 200 after N ms instead (per-request latency)
**   GET /?bytes=N    -> 200 with an N-byte body (N <= 16 MiB)
*/
#ifndef GB_SERVER_H
#define GB_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The longest answer delay, by option or by ?ms=: ten minutes. */
#define GB_SERVER_MAX_MS 600000.0

typedef struct GbServer GbServer;

typedef struct GbServerOptions {
  double latency_ms; /* default answer delay, up to GB_SERVER_MAX_MS */
  uint16_t port;     /* 0 = any free port */
  int max_conns;     /* default 1024; capped below RLIMIT_NOFILE */
  /* A client has header_timeout_ms to send a whole request head, counted from
  ** its connect or from the first byte of a later request (then 408, closed);
  ** a connection may sit idle between requests, or leave a response unread,
  ** for idle_timeout_ms (then closed). 0 = default (10 s, 60 s). */
  double header_timeout_ms, idle_timeout_ms;
} GbServerOptions;

typedef struct GbServerStats {
  uint64_t requests;        /* answered */
  uint64_t accept_backoffs; /* accept failed for want of descriptors (EMFILE...): paused */
  uint64_t header_timeouts; /* heads not complete in time: 408, closed */
  uint64_t idle_timeouts;   /* idle or stalled connections closed */
  int max_conns;            /* the cap in force */
} GbServerStats;

/* Starts the server on its own thread; NULL with errno-style text in err. */
GbServer *gb_server_start(const GbServerOptions *o, char *err, unsigned errlen);
uint16_t gb_server_port(const GbServer *s);
uint64_t gb_server_requests(const GbServer *s); /* answered so far */
void gb_server_stats(const GbServer *s, GbServerStats *out);
void gb_server_stop(GbServer *s); /* joins the thread, frees */

/* The request parser, pure (no I/O) for the fuzz target and the tests. */
typedef struct GbHttpRequest {
  int status;   /* 200, or the error to answer: 400, 405, 505 */
  bool head;    /* HEAD: no body */
  bool close;   /* close after the answer (HTTP/1.0, Connection: close) */
  double ms;    /* latency: ?ms= or the default */
  double bytes; /* ?bytes=, or -1 for the "ok\n" body */
} GbHttpRequest;
/* Length of the request head at buf (through its blank line), 0 if incomplete. */
size_t gb_http_head_end(const char *buf, size_t len);
/* Parses a request head (len bytes, as gb_http_head_end measured them). */
void gb_http_parse(const char *head, size_t len, double default_ms, GbHttpRequest *out);

#endif
