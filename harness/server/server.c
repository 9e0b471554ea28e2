/*
** server.c — the loopback HTTP/1.1 server (see server.h).
**
** One thread runs an epoll loop over level-triggered, non-blocking sockets:
** the listening socket, an eventfd (stop), a timerfd and the connections.
** A parsed request is not answered at once: the connection waits in a
** min-heap ordered by deadline, and the timerfd is armed (absolute,
** CLOCK_MONOTONIC, so no rounding to epoll's milliseconds) for the earliest
** one. A connection handles one request at a time; pipelined requests wait
** in its input buffer. When max_conns connections are open the listening
** socket is taken out of the epoll set, so further clients wait in the
** kernel's backlog instead of being refused; max_conns is kept below the
** descriptor limit, and when accept still fails for want of descriptors
** (EMFILE: other parts of the process hold them) the listening socket is
** left out for SRV_BACKOFF_MS, or until a connection closes: left in, the
** level-triggered listener would wake the loop at once, forever (100% CPU).
**
** The same heap holds the other deadlines, by state: a connection reading a
** request head has header_timeout_ms for it (slow or stuck clients would
** otherwise hold every slot), an idle keep-alive one or one whose client
** does not read its answer has idle_timeout_ms.
**
** Connections closed while an event batch is being handled are only marked
** dead and freed after the batch, so a later event of the same batch never
** touches freed memory.
*/
#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define SRV_INBUF 8192           /* request head limit */
#define SRV_MAX_BODY (16u << 20) /* ?bytes= limit */
#define SRV_BLOCK 65536          /* body bytes per send */
#define SRV_EVENTS 256
#define SRV_BACKOFF_MS 100 /* listener paused after EMFILE */
#define SRV_HEADER_MS 10000.0
#define SRV_IDLE_MS 60000.0

enum { W_LISTEN, W_STOP, W_TIMER, W_CONN };
enum { C_READ, C_WAIT, C_WRITE };

typedef struct Watch {
  int kind;
} Watch;

typedef struct Conn {
  Watch w; /* first: epoll's data.ptr points here */
  int fd;
  int state;
  uint32_t events; /* current epoll interest */
  bool eof;        /* peer sent FIN: no more requests */
  bool close_after;
  bool dead;
  bool in_head; /* C_READ: a head is under way (header timeout), else idle */
  struct Conn *prev, *next, *dead_next;
  size_t heap_idx; /* position in the timer heap, SIZE_MAX if not there */
  uint64_t deadline_ns;
  /* the response being sent */
  char hdr[192];
  size_t hdr_len, hdr_off;
  const char *body; /* "ok\n", a bad-request text, or the x block */
  size_t body_len, body_off;
  bool body_repeats; /* body is the x block, repeated */
  /* input */
  size_t in_len;
  char in[SRV_INBUF];
} Conn;

struct GbServer {
  Watch w_listen, w_stop, w_timer;
  int lfd, epfd, stopfd, timerfd;
  uint16_t port;
  double latency_ms;
  uint64_t header_ns, idle_ns;
  int max_conns, nconns;
  bool accepting;
  uint64_t backoff_until_ns; /* listener paused after EMFILE until then; 0 = not */
  pthread_t th;
  _Atomic uint64_t requests, accept_backoffs, header_timeouts, idle_timeouts;
  Conn *conns, *dead;
  Conn **heap;
  size_t heap_len, heap_cap;
  char *xblock;
};

static uint64_t srv_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ------------------------------------------------------------ timer heap */

static void srv_heap_swap(GbServer *s, size_t i, size_t j) {
  Conn *a = s->heap[i];
  s->heap[i] = s->heap[j];
  s->heap[j] = a;
  s->heap[i]->heap_idx = i;
  s->heap[j]->heap_idx = j;
}

static void srv_heap_up(GbServer *s, size_t i) {
  while (i > 0 && s->heap[(i - 1) / 2]->deadline_ns > s->heap[i]->deadline_ns) {
    srv_heap_swap(s, i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

static void srv_heap_down(GbServer *s, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < s->heap_len && s->heap[l]->deadline_ns < s->heap[m]->deadline_ns) m = l;
    if (r < s->heap_len && s->heap[r]->deadline_ns < s->heap[m]->deadline_ns) m = r;
    if (m == i) return;
    srv_heap_swap(s, i, m);
    i = m;
  }
}

static void srv_heap_remove(GbServer *s, Conn *c) {
  size_t i = c->heap_idx;
  if (i == SIZE_MAX) return;
  c->heap_idx = SIZE_MAX;
  if (i != --s->heap_len) {
    s->heap[i] = s->heap[s->heap_len];
    s->heap[i]->heap_idx = i;
    srv_heap_up(s, i);
    srv_heap_down(s, i);
  }
}

/* Arms the timerfd for the earliest deadline, or disarms it. */
static void srv_timer_arm(GbServer *s) {
  struct itimerspec it = {0};
  if (s->heap_len) {
    uint64_t d = s->heap[0]->deadline_ns;
    it.it_value.tv_sec = (time_t)(d / 1000000000u);
    it.it_value.tv_nsec = (long)(d % 1000000000u);
    if (!it.it_value.tv_sec && !it.it_value.tv_nsec) it.it_value.tv_nsec = 1; /* 0 disarms */
  }
  timerfd_settime(s->timerfd, TFD_TIMER_ABSTIME, &it, NULL);
}

static bool srv_heap_push(GbServer *s, Conn *c) {
  if (s->heap_len == s->heap_cap) {
    size_t cap = s->heap_cap ? 2 * s->heap_cap : 64;
    Conn **h = realloc(s->heap, cap * sizeof *h);
    if (!h) return false;
    s->heap = h;
    s->heap_cap = cap;
  }
  c->heap_idx = s->heap_len;
  s->heap[s->heap_len++] = c;
  srv_heap_up(s, c->heap_idx);
  if (c->heap_idx == 0) srv_timer_arm(s);
  return true;
}

/* (Re)sets c's deadline; false if out of memory. An earlier one at the top
** re-arms the timer; a later one lets it fire early, which is harmless. */
static bool srv_deadline(GbServer *s, Conn *c, uint64_t ns) {
  c->deadline_ns = ns;
  if (c->heap_idx == SIZE_MAX) return srv_heap_push(s, c);
  srv_heap_up(s, c->heap_idx);
  srv_heap_down(s, c->heap_idx);
  if (c->heap_idx == 0) srv_timer_arm(s);
  return true;
}

/* ----------------------------------------------------------- connections */

static void srv_set_events(GbServer *s, Conn *c) {
  uint32_t ev = 0;
  if (!c->eof && c->in_len < SRV_INBUF) ev |= EPOLLIN | EPOLLRDHUP;
  if (c->state == C_WRITE) ev |= EPOLLOUT;
  if (ev == c->events) return;
  struct epoll_event e = {.events = ev, .data.ptr = &c->w};
  epoll_ctl(s->epfd, EPOLL_CTL_MOD, c->fd, &e);
  c->events = ev;
}

static void srv_listen_resume(GbServer *s, bool on) {
  if (s->accepting == on) return;
  struct epoll_event e = {.events = on ? EPOLLIN : 0, .data.ptr = &s->w_listen};
  epoll_ctl(s->epfd, EPOLL_CTL_MOD, s->lfd, &e);
  s->accepting = on;
}

static void srv_close(GbServer *s, Conn *c) {
  if (c->dead) return;
  c->dead = true;
  srv_heap_remove(s, c);
  epoll_ctl(s->epfd, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
  if (c->prev)
    c->prev->next = c->next;
  else
    s->conns = c->next;
  if (c->next) c->next->prev = c->prev;
  c->dead_next = s->dead;
  s->dead = c;
  s->nconns--;
  s->backoff_until_ns = 0; /* a descriptor is free again */
  srv_listen_resume(s, true);
}

static void srv_free_dead(GbServer *s) {
  while (s->dead) {
    Conn *c = s->dead;
    s->dead = c->dead_next;
    free(c);
  }
}

static void srv_accept(GbServer *s) {
  while (s->nconns < s->max_conns) {
    int fd = accept4(s->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return;
      /* EMFILE, ENFILE, ENOBUFS, ENOMEM...: the connection stays in the
      ** backlog; retrying at once would only spin */
      atomic_fetch_add_explicit(&s->accept_backoffs, 1, memory_order_relaxed);
      s->backoff_until_ns = srv_now_ns() + SRV_BACKOFF_MS * 1000000ull;
      break;
    }
    Conn *c = calloc(1, sizeof *c);
    struct epoll_event e = {.events = EPOLLIN | EPOLLRDHUP};
    if (c) e.data.ptr = &c->w;
    if (!c || epoll_ctl(s->epfd, EPOLL_CTL_ADD, fd, &e) < 0) {
      free(c);
      close(fd);
      continue;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->w.kind = W_CONN;
    c->fd = fd;
    c->events = e.events;
    c->heap_idx = SIZE_MAX;
    /* silent so far (closed without a 408 if it stays so), but its first
    ** head is due within header_ns of the connect */
    if (!srv_deadline(s, c, srv_now_ns() + s->header_ns)) {
      epoll_ctl(s->epfd, EPOLL_CTL_DEL, fd, NULL);
      free(c);
      close(fd);
      continue;
    }
    c->next = s->conns;
    if (s->conns) s->conns->prev = c;
    s->conns = c;
    s->nconns++;
  }
  srv_listen_resume(s, false);
}

/* ---------------------------------------------------------------- parser */

/* 0 ok, -1 malformed: a non-negative decimal number (integer: no fraction), at most max. */
static int srv_parse_num(const char *v, size_t n, double max, bool integer, double *out) {
  char buf[32];
  if (n == 0 || n >= sizeof buf) return -1;
  memcpy(buf, v, n);
  buf[n] = 0;
  for (size_t i = 0; i < n; i++)
    if (!((buf[i] >= '0' && buf[i] <= '9') || (buf[i] == '.' && !integer))) return -1;
  char *end;
  double d = strtod(buf, &end);
  if (*end || !isfinite(d) || d < 0 || d > max) return -1;
  *out = d;
  return 0;
}

/* Query parameters ms= and bytes=; others are ignored. */
static int srv_parse_query(const char *q, size_t n, double *ms, double *bytes) {
  while (n) {
    const char *amp = memchr(q, '&', n);
    size_t len = amp ? (size_t)(amp - q) : n;
    if (len >= 3 && !memcmp(q, "ms=", 3)) {
      if (srv_parse_num(q + 3, len - 3, GB_SERVER_MAX_MS, false, ms)) return -1;
    } else if (len >= 6 && !memcmp(q, "bytes=", 6)) {
      if (srv_parse_num(q + 6, len - 6, SRV_MAX_BODY, true, bytes)) return -1;
    }
    q += len;
    n -= len;
    if (amp) q++, n--;
  }
  return 0;
}

static bool srv_header_is(const char *line, size_t n, const char *name, const char **val,
                          size_t *vlen) {
  size_t k = strlen(name);
  if (n <= k || line[k] != ':' || strncasecmp(line, name, k)) return false;
  const char *v = line + k + 1, *e = line + n;
  while (v < e && (*v == ' ' || *v == '\t'))
    v++;
  while (e > v && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
    e--;
  *val = v;
  *vlen = (size_t)(e - v);
  return true;
}

static bool srv_has_token(const char *v, size_t n, const char *tok) {
  size_t k = strlen(tok);
  for (size_t i = 0; i + k <= n; i++)
    if (!strncasecmp(v + i, tok, k)) return true;
  return false;
}

size_t gb_http_head_end(const char *buf, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (buf[i] != '\n') continue;
    if (i + 1 < len && buf[i + 1] == '\n') return i + 2;
    if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n') return i + 3;
  }
  return 0;
}

static void srv_http_bad(GbHttpRequest *r, int status) {
  r->status = status;
  r->close = true;
  r->head = false;
}

void gb_http_parse(const char *p, size_t len, double default_ms, GbHttpRequest *r) {
  *r = (GbHttpRequest){.status = 200, .ms = default_ms, .bytes = -1};
  const char *end = p + len;
  const char *eol = memchr(p, '\n', len);
  if (!eol) return srv_http_bad(r, 400);
  const char *sp1 = memchr(p, ' ', (size_t)(eol - p));
  const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t)(eol - sp1 - 1)) : NULL;
  if (!sp1 || !sp2 || sp1 == p) return srv_http_bad(r, 400);
  size_t vlen = (size_t)(eol - sp2 - 1);
  if (vlen && sp2[vlen] == '\r') vlen--;
  if (vlen != 8 || memcmp(sp2 + 1, "HTTP/1.", 7)) return srv_http_bad(r, 400);
  char minor = sp2[8];
  if (minor != '0' && minor != '1') return srv_http_bad(r, 505);
  bool get = sp1 - p == 3 && !memcmp(p, "GET", 3);
  r->head = sp1 - p == 4 && !memcmp(p, "HEAD", 4);
  r->close = minor == '0';
  for (const char *q = p; q < sp1; q++)
    if (*q < 'A' || *q > 'Z') return srv_http_bad(r, 400);

  bool has_body = false;
  for (const char *line = eol + 1; line < end;) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
    if (n == 0 || (n == 1 && line[0] == '\r')) break;
    const char *v;
    size_t vn;
    if (!memchr(line, ':', n) || line[0] == ' ' || line[0] == '\t') return srv_http_bad(r, 400);
    if (srv_header_is(line, n, "Connection", &v, &vn)) {
      if (srv_has_token(v, vn, "close"))
        r->close = true;
      else if (srv_has_token(v, vn, "keep-alive"))
        r->close = false;
    } else if (srv_header_is(line, n, "Content-Length", &v, &vn)) {
      has_body = !(vn == 1 && v[0] == '0');
    } else if (srv_header_is(line, n, "Transfer-Encoding", &v, &vn)) {
      has_body = true;
    }
    if (!nl) break;
    line = nl + 1;
  }
  if (has_body) return srv_http_bad(r, 400); /* no request bodies: GET only */
  if (!get && !r->head) return srv_http_bad(r, 405);

  const char *target = sp1 + 1;
  size_t tlen = (size_t)(sp2 - target);
  if (!tlen || target[0] != '/') return srv_http_bad(r, 400);
  const char *qm = memchr(target, '?', tlen);
  if (qm && srv_parse_query(qm + 1, (size_t)(target + tlen - qm - 1), &r->ms, &r->bytes))
    return srv_http_bad(r, 400);
}

/* ------------------------------------------------------------- responses */

static void srv_respond(Conn *c, int status, const char *body, size_t len, bool repeats,
                        bool head) {
  const char *reason = status == 200   ? "OK"
                       : status == 405 ? "Method Not Allowed"
                       : status == 408 ? "Request Timeout"
                       : status == 505 ? "HTTP Version Not Supported"
                                       : "Bad Request";
  int n = snprintf(c->hdr, sizeof c->hdr,
                   "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n"
                   "Connection: %s\r\n\r\n",
                   status, reason, len, c->close_after ? "close" : "keep-alive");
  c->hdr_len = (size_t)n;
  c->hdr_off = 0;
  c->body = body;
  c->body_len = head ? 0 : len;
  c->body_off = 0;
  c->body_repeats = repeats;
}

static void srv_bad(Conn *c, int status) {
  static const char text[] = "bad request\n", late[] = "request timeout\n";
  c->close_after = true;
  c->eof = true; /* read nothing more from a client that sent garbage */
  c->in_len = 0;
  if (status == 408)
    srv_respond(c, status, late, sizeof late - 1, false, false);
  else
    srv_respond(c, status, text, sizeof text - 1, false, false);
  c->state = C_WRITE;
}

/* Parses the request head in c->in[0..len) (ending with its blank line).
** Sets up the response; returns the deadline's latency in ms, or -1 if the
** answer (an error) goes out at once. */
static double srv_parse(GbServer *s, Conn *c, size_t len) {
  GbHttpRequest r;
  gb_http_parse(c->in, len, s->latency_ms, &r);
  if (r.status != 200) return srv_bad(c, r.status), -1;
  c->close_after = r.close;
  if (r.bytes >= 0)
    srv_respond(c, 200, s->xblock, (size_t)r.bytes, true, r.head);
  else
    srv_respond(c, 200, "ok\n", 3, false, r.head);
  return r.ms;
}

static void srv_write(GbServer *s, Conn *c);

/* Back to reading: the idle deadline, or the header one if the next head
** has begun (pipelined). */
static void srv_reading(GbServer *s, Conn *c) {
  c->state = C_READ;
  c->in_head = c->in_len > 0;
  if (!srv_deadline(s, c, srv_now_ns() + (c->in_head ? s->header_ns : s->idle_ns))) srv_close(s, c);
}

/* An idle connection: start on the next buffered request, if complete. */
static void srv_next_request(GbServer *s, Conn *c) {
  while (c->state == C_READ && !c->dead) {
    size_t end = gb_http_head_end(c->in, c->in_len);
    if (!end) {
      if (c->in_len == SRV_INBUF)
        srv_bad(c, 400); /* head too large */
      else if (c->eof)
        srv_close(s, c);
      else
        break;
    } else {
      double ms = srv_parse(s, c, end);
      if (c->state == C_READ) { /* parsed fine: consume it, wait */
        memmove(c->in, c->in + end, c->in_len - end);
        c->in_len -= end;
        c->state = C_WAIT;
        if (ms <= 0) {
          srv_heap_remove(s, c);
          c->state = C_WRITE;
        } else if (!srv_deadline(s, c, srv_now_ns() + (uint64_t)(ms * 1e6))) {
          return srv_close(s, c);
        }
      }
    }
    if (c->state == C_WRITE) {
      srv_heap_remove(s, c); /* an error answer goes out at once */
      srv_write(s, c);
    }
  }
  if (!c->dead) srv_set_events(s, c);
}

static void srv_write(GbServer *s, Conn *c) {
  for (;;) {
    struct iovec iov[2];
    int n = 0;
    if (c->hdr_off < c->hdr_len)
      iov[n++] = (struct iovec){c->hdr + c->hdr_off, c->hdr_len - c->hdr_off};
    if (c->body_off < c->body_len) {
      size_t left = c->body_len - c->body_off, k = left < SRV_BLOCK ? left : SRV_BLOCK;
      const char *b = c->body_repeats ? c->body : c->body + c->body_off;
      iov[n++] = (struct iovec){(void *)b, k};
    }
    if (n == 0) break;
    struct msghdr m = {.msg_iov = iov, .msg_iovlen = (size_t)n};
    ssize_t w = sendmsg(c->fd, &m, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        /* the client is not reading: it has idle_ns to make room */
        if (!srv_deadline(s, c, srv_now_ns() + s->idle_ns)) return srv_close(s, c);
        return srv_set_events(s, c);
      }
      return srv_close(s, c); /* the client went away */
    }
    size_t k = (size_t)w, h = c->hdr_len - c->hdr_off;
    if (k <= h) {
      c->hdr_off += k;
    } else {
      c->hdr_off = c->hdr_len;
      c->body_off += k - h;
    }
  }
  atomic_fetch_add_explicit(&s->requests, 1, memory_order_relaxed);
  if (c->close_after) return srv_close(s, c);
  srv_reading(s, c);
}

/* Sends what it can of the response; once it is out, starts the next. */
static void srv_answer(GbServer *s, Conn *c) {
  srv_write(s, c);
  if (!c->dead && c->state == C_READ) srv_next_request(s, c);
}

static void srv_read(GbServer *s, Conn *c) {
  size_t before = c->in_len;
  while (!c->eof && c->in_len < SRV_INBUF) {
    ssize_t r = recv(c->fd, c->in + c->in_len, SRV_INBUF - c->in_len, 0);
    if (r > 0) {
      c->in_len += (size_t)r;
    } else if (r == 0) {
      c->eof = true;
    } else if (errno == EINTR) {
      continue;
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      break;
    } else {
      return srv_close(s, c);
    }
  }
  if (c->state == C_READ && !c->in_head && before == 0 && c->in_len > 0) {
    c->in_head = true; /* a new head begins: from now it has header_ns */
    if (!srv_deadline(s, c, srv_now_ns() + s->header_ns)) return srv_close(s, c);
  }
  if (c->state == C_READ)
    srv_next_request(s, c);
  else
    srv_set_events(s, c);
}

static void srv_conn_event(GbServer *s, Conn *c, uint32_t ev) {
  if (c->dead) return;
  if (ev & EPOLLIN || ev & EPOLLRDHUP) srv_read(s, c);
  if (c->dead) return;
  if (ev & EPOLLOUT && c->state == C_WRITE) srv_answer(s, c);
  if (c->dead) return;
  /* both directions gone (reset, or FIN after our FIN): nobody to answer */
  if (ev & (EPOLLERR | EPOLLHUP)) srv_close(s, c);
}

/* A deadline passed: the answer is due, or the client was too slow. */
static void srv_expired(GbServer *s, Conn *c) {
  if (c->state == C_WAIT) {
    c->state = C_WRITE;
    srv_answer(s, c);
  } else if (c->state == C_READ && c->in_head) {
    atomic_fetch_add_explicit(&s->header_timeouts, 1, memory_order_relaxed);
    srv_bad(c, 408);
    srv_answer(s, c); /* one try: a client this slow gets no deadline more */
    if (!c->dead) srv_close(s, c);
  } else {
    atomic_fetch_add_explicit(&s->idle_timeouts, 1, memory_order_relaxed);
    srv_close(s, c);
  }
}

static void srv_timers(GbServer *s) {
  uint64_t expirations;
  if (read(s->timerfd, &expirations, sizeof expirations) < 0) { /* spurious: re-check anyway */
  }
  uint64_t now = srv_now_ns();
  while (s->heap_len && s->heap[0]->deadline_ns <= now) {
    Conn *c = s->heap[0];
    srv_heap_remove(s, c);
    srv_expired(s, c);
  }
  srv_timer_arm(s);
}

static void *srv_main(void *arg) {
  GbServer *s = arg;
  struct epoll_event ev[SRV_EVENTS];
  for (;;) {
    int wait_ms = -1;
    if (s->backoff_until_ns) {
      uint64_t now = srv_now_ns();
      if (now >= s->backoff_until_ns) {
        s->backoff_until_ns = 0;
        if (s->nconns < s->max_conns) srv_listen_resume(s, true);
      } else {
        wait_ms = (int)((s->backoff_until_ns - now) / 1000000u) + 1;
      }
    }
    int n = epoll_wait(s->epfd, ev, SRV_EVENTS, wait_ms);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    bool stop = false;
    for (int i = 0; i < n; i++) {
      Watch *w = ev[i].data.ptr;
      switch (w->kind) {
      case W_LISTEN:
        srv_accept(s);
        break;
      case W_STOP:
        stop = true;
        break;
      case W_TIMER:
        srv_timers(s);
        break;
      default:
        srv_conn_event(s, (Conn *)w, ev[i].events);
        break;
      }
    }
    srv_free_dead(s);
    if (stop) break;
  }
  return NULL;
}

/* ---------------------------------------------------------------- public */

static GbServer *srv_fail(GbServer *s, const char *what, char *err, unsigned errlen) {
  if (err && errlen) snprintf(err, errlen, "%s: %s", what, strerror(errno));
  if (s->lfd >= 0) close(s->lfd);
  if (s->epfd >= 0) close(s->epfd);
  if (s->stopfd >= 0) close(s->stopfd);
  if (s->timerfd >= 0) close(s->timerfd);
  free(s->xblock);
  free(s);
  return NULL;
}

static int srv_watch(GbServer *s, int fd, Watch *w, int kind) {
  w->kind = kind;
  struct epoll_event e = {.events = EPOLLIN, .data.ptr = w};
  return epoll_ctl(s->epfd, EPOLL_CTL_ADD, fd, &e);
}

GbServer *gb_server_start(const GbServerOptions *o, char *err, unsigned errlen) {
  GbServer *s = calloc(1, sizeof *s);
  if (!s) {
    if (err && errlen) snprintf(err, errlen, "out of memory");
    return NULL;
  }
  s->lfd = s->epfd = s->stopfd = s->timerfd = -1;
  s->latency_ms = o && o->latency_ms > 0 ? o->latency_ms : 0;
  if (s->latency_ms > GB_SERVER_MAX_MS) /* beyond it, the ns deadline would overflow */
    s->latency_ms = GB_SERVER_MAX_MS;
  s->max_conns = o && o->max_conns > 0 ? o->max_conns : 1024;
  /* Keep room below the descriptor limit for the rest of the process (its
  ** own clients, files, workers' pipes): one connection is one descriptor. */
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    rlim_t room = rl.rlim_cur > 64 + rl.rlim_cur / 8 ? rl.rlim_cur - 64 - rl.rlim_cur / 8 : 1;
    if ((rlim_t)s->max_conns > room) s->max_conns = (int)room;
  }
  double hms = o && o->header_timeout_ms > 0 ? o->header_timeout_ms : SRV_HEADER_MS;
  double ims = o && o->idle_timeout_ms > 0 ? o->idle_timeout_ms : SRV_IDLE_MS;
  s->header_ns = (uint64_t)(hms * 1e6);
  s->idle_ns = (uint64_t)(ims * 1e6);
  s->xblock = malloc(SRV_BLOCK);
  if (!s->xblock) return srv_fail(s, "malloc", err, errlen);
  memset(s->xblock, 'x', SRV_BLOCK);

  s->lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (s->lfd < 0) return srv_fail(s, "socket", err, errlen);
  int one = 1;
  setsockopt(s->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(o ? o->port : 0)};
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(s->lfd, (struct sockaddr *)&a, sizeof a) < 0)
    return srv_fail(s, "bind 127.0.0.1", err, errlen);
  if (listen(s->lfd, SOMAXCONN) < 0) return srv_fail(s, "listen", err, errlen);
  socklen_t alen = sizeof a;
  if (getsockname(s->lfd, (struct sockaddr *)&a, &alen) < 0)
    return srv_fail(s, "getsockname", err, errlen);
  s->port = ntohs(a.sin_port);

  s->epfd = epoll_create1(EPOLL_CLOEXEC);
  if (s->epfd < 0) return srv_fail(s, "epoll_create1", err, errlen);
  s->stopfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (s->stopfd < 0) return srv_fail(s, "eventfd", err, errlen);
  s->timerfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  if (s->timerfd < 0) return srv_fail(s, "timerfd_create", err, errlen);
  if (srv_watch(s, s->lfd, &s->w_listen, W_LISTEN) < 0 ||
      srv_watch(s, s->stopfd, &s->w_stop, W_STOP) < 0 ||
      srv_watch(s, s->timerfd, &s->w_timer, W_TIMER) < 0)
    return srv_fail(s, "epoll_ctl", err, errlen);
  s->accepting = true;
  int e = pthread_create(&s->th, NULL, srv_main, s);
  if (e) {
    errno = e;
    return srv_fail(s, "pthread_create", err, errlen);
  }
  return s;
}

uint16_t gb_server_port(const GbServer *s) {
  return s->port;
}

uint64_t gb_server_requests(const GbServer *s) {
  return atomic_load_explicit(&s->requests, memory_order_relaxed);
}

void gb_server_stats(const GbServer *s, GbServerStats *out) {
  out->requests = atomic_load_explicit(&s->requests, memory_order_relaxed);
  out->accept_backoffs = atomic_load_explicit(&s->accept_backoffs, memory_order_relaxed);
  out->header_timeouts = atomic_load_explicit(&s->header_timeouts, memory_order_relaxed);
  out->idle_timeouts = atomic_load_explicit(&s->idle_timeouts, memory_order_relaxed);
  out->max_conns = s->max_conns;
}

void gb_server_stop(GbServer *s) {
  if (!s) return;
  uint64_t one = 1;
  while (write(s->stopfd, &one, sizeof one) < 0 && errno == EINTR)
    continue;
  pthread_join(s->th, NULL);
  while (s->conns)
    srv_close(s, s->conns);
  srv_free_dead(s);
  close(s->lfd);
  close(s->epfd);
  close(s->stopfd);
  close(s->timerfd);
  free(s->heap);
  free(s->xblock);
  free(s);
}
