/*
** benchmod.c — the `bench` module: operations that release the GIL the way
** a C extension or a blocking system call does in CPython
** (Py_BEGIN_ALLOW_THREADS). workloads/compat.py has a CPython stand-in
** for each, with the same results (spin_native: the same C function).
**
**   bench.spin_native(n)  n rounds of x = (x * 1103515245 + 12345 + i) mod 2**32
**                         from x = 0, in C, GIL released; returns x
**                         (gb_spin of workloads/native/spin.c, which CPython
**                         calls through ctypes)
**   bench.fetch(url)      HTTP/1.1 GET of http://127.0.0.1[:port]/path (loopback
**                         only: the harness's server); blocking, the GIL released
**                         around each system call that may block, as CPython's
**                         socket module does; returns the length of the body
**   bench.read_file(path) the file's text (UTF-8), read with the GIL released;
**                         at most BENCH_READ_EXTRA bytes beyond the size stat
**                         gave, so a device (/dev/zero) or a pipe that never
**                         ends is an OSError, not a process that grows until
**                         the memory limit
*/
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "spin.h"
#include "vm.h"

/* ------------------------------------------------------------ spin_native */

static GpValue bench_spin_native(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"n"};
  GpValue n;
  int64_t count;
  if (gp_parse_args(t, "spin_native", args, nargs, kwnames, names, 1, 1, &n)) return GP_ERRV;
  if (!gp_is_int(n))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_typeof(n)->name);
  if (gp_int_to_int64(t, n, &count)) return GP_ERRV;
  uint32_t x;
  GP_BEGIN_ALLOW_THREADS(t);
  x = gb_spin(count); /* workloads/native/spin.c: CPython runs the same code */
  GP_END_ALLOW_THREADS(t);
  return gp_intv(x);
}

/* ------------------------------------------------------------------ fetch */

typedef struct BenchUrl {
  struct sockaddr_in addr;
  const char *path; /* into the url */
  size_t pathlen;
  const char *host;
  size_t hostlen;
} BenchUrl;

static int bench_parse_url(const char *u, BenchUrl *out) {
  if (strncmp(u, "http://", 7)) return -1;
  const char *h = u + 7, *e = h + strcspn(h, ":/?#");
  out->host = h;
  out->hostlen = (size_t)(e - h);
  bool loopback = (out->hostlen == 9 && !memcmp(h, "127.0.0.1", 9)) ||
                  (out->hostlen == 9 && !memcmp(h, "localhost", 9));
  if (!loopback) return -2;
  long port = 80;
  if (*e == ':') {
    char *end;
    port = strtol(e + 1, &end, 10);
    if (end == e + 1 || port <= 0 || port > 65535) return -1;
    e = end;
  }
  if (*e && *e != '/' && *e != '?') return -1;
  memset(&out->addr, 0, sizeof out->addr);
  out->addr.sin_family = AF_INET;
  out->addr.sin_port = htons((uint16_t)port);
  out->addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  out->path = *e ? e : "/";
  out->pathlen = strcspn(out->path, "# \r\n");
  return 0;
}

typedef struct BenchReply {
  int err; /* errno of a socket failure, or 0 */
  bool malformed;
  int status;
  char reason[64];
  uint64_t body_len;
} BenchReply;

/*
** The GIL is released around each system call that may block and held in
** between, as CPython's socket module does for the calls compat._fetch
** makes (socket(), connect(), each send() and recv(), close(); not
** setsockopt()). The convoys of E8 and E14 are made of these hand-offs: a
** waiting thread may take the GIL at each of them. Released once for the
** whole request (as until 2026-12-07), a request was one hand-off where
** CPython's is five or six, and gilpy's convoy was shallower: with prompt
** wake-ups, gil=new at 5 ms did 192 requests/s beside one CPU thread and
** CPython 51; now 53 (docs/experiments.md, E8 and E14). errno is read
** before the take, which may call into pthreads.
*/

static int bench_socket(GpThread *t, int *err) {
  GP_BEGIN_ALLOW_THREADS(t);
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  *err = fd < 0 ? errno : 0;
  GP_END_ALLOW_THREADS(t);
  return fd;
}

static int bench_connect(GpThread *t, int fd, const struct sockaddr_in *addr) {
  GP_BEGIN_ALLOW_THREADS(t);
  int err = connect(fd, (const struct sockaddr *)addr, sizeof *addr) < 0 ? errno : 0;
  GP_END_ALLOW_THREADS(t);
  return err;
}

/* One send() or recv(): its result, and its errno in *err when it fails. */
static ssize_t bench_io(GpThread *t, bool sending, int fd, void *p, size_t n, int *err) {
  GP_BEGIN_ALLOW_THREADS(t);
  ssize_t r = sending ? send(fd, p, n, MSG_NOSIGNAL) : recv(fd, p, n, 0);
  *err = r < 0 ? errno : 0;
  GP_END_ALLOW_THREADS(t);
  return r;
}

/* 0, or the errno of the failed send. */
static int bench_send_all(GpThread *t, int fd, char *p, size_t n) {
  while (n) {
    int err;
    ssize_t w = bench_io(t, true, fd, p, n, &err);
    if (w < 0 && err == EINTR) continue;
    if (w <= 0) return w < 0 ? err : EPIPE;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Fills r's status, reason and body length from the reply's head (its
** header ending at hend, 0 if none was read) and the body's length. */
static void bench_parse_head(const char *head, size_t hend, uint64_t body, uint64_t want,
                             BenchReply *r) {
  int off = 0;
  if (!hend || sscanf(head, "HTTP/1.%*1[01] %3d%n", &r->status, &off) != 1 || !off ||
      (want != UINT64_MAX && body != want)) {
    r->malformed = true;
    return;
  }
  if (head[off] == ' ') off++;
  size_t rl = strcspn(head + off, "\r");
  if (rl >= sizeof r->reason) rl = sizeof r->reason - 1;
  memcpy(r->reason, head + off, rl);
  r->reason[rl] = 0;
  r->body_len = body;
}

/* Reads the status line and headers (into head), then counts the body up to
** Content-Length or EOF. */
static void bench_read_reply(GpThread *t, int fd, BenchReply *r) {
  char head[16384], buf[65536];
  size_t hlen = 0, hend = 0;
  uint64_t body = 0, want = UINT64_MAX;
  for (;;) {
    int err;
    ssize_t n = bench_io(t, false, fd, hend ? buf : head + hlen,
                         hend ? sizeof buf : sizeof head - 1 - hlen, &err);
    if (n < 0 && err == EINTR) continue;
    if (n < 0) {
      r->err = err;
      return;
    }
    if (n == 0) break;
    if (hend) {
      body += (uint64_t)n;
    } else {
      hlen += (size_t)n;
      head[hlen] = 0;
      char *e = strstr(head, "\r\n\r\n");
      if (!e && hlen == sizeof head - 1) break;
      if (e) {
        hend = (size_t)(e - head) + 4;
        body = hlen - hend;
        char *cl = strcasestr(head, "\r\nContent-Length:");
        if (cl && cl < e) want = strtoull(cl + 17, NULL, 10);
      }
    }
    if (hend && body >= want) break;
  }
  bench_parse_head(head, hend, body, want, r);
}

/* Closes with a reset (SO_LINGER 0) once the reply is read: neither end
** then keeps the connection in TIME_WAIT. A suite makes 10^5 connections
** to one server port within minutes, and 24 000 TIME_WAIT sockets cut one
** thread's fetch rate from 37 000 to 12 000 per second on the development
** VM, so runs late in a suite measured slower than early ones. */
static void bench_close_reset(GpThread *t, int fd) {
  struct linger l = {.l_onoff = 1, .l_linger = 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  GP_BEGIN_ALLOW_THREADS(t);
  close(fd);
  GP_END_ALLOW_THREADS(t);
}

/* The request, with the GIL held but around each blocking call; no
** Python objects are touched. */
static void bench_http_get(GpThread *t, const BenchUrl *u, BenchReply *r) {
  memset(r, 0, sizeof *r);
  int fd = bench_socket(t, &r->err);
  if (fd < 0) return;
  char req[4096];
  int n = snprintf(
      req, sizeof req, "GET %.*s HTTP/1.1\r\nHost: %.*s:%u\r\nConnection: close\r\n\r\n",
      (int)u->pathlen, u->path, (int)u->hostlen, u->host, (unsigned)ntohs(u->addr.sin_port));
  if ((r->err = bench_connect(t, fd, &u->addr)) == 0) {
    if (n < 0 || (size_t)n >= sizeof req)
      r->malformed = true;
    else if ((r->err = bench_send_all(t, fd, req, (size_t)n)) == 0)
      bench_read_reply(t, fd, r);
  }
  bench_close_reset(t, fd);
}

static GpValue bench_fetch(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"url"};
  GpValue url;
  if (gp_parse_args(t, "fetch", args, nargs, kwnames, names, 1, 1, &url)) return GP_ERRV;
  if (!GP_IS_TYPE(url, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "fetch() argument must be str, not %s",
                    gp_typeof(url)->name);
  BenchUrl u;
  int pr = bench_parse_url(GP_STR(url)->data, &u);
  if (pr == -2)
    return gp_raise(t, &gp_exc_ValueError, "bench.fetch: only 127.0.0.1 is allowed, not '%.*s'",
                    (int)u.hostlen, u.host);
  if (pr < 0)
    return gp_raise(t, &gp_exc_ValueError, "bench.fetch: bad URL '%s'", GP_STR(url)->data);
  BenchReply r;
  bench_http_get(t, &u, &r);
  /* the wording of urllib's URLError and HTTPError, both OSErrors */
  if (r.err)
    return gp_raise(t, &gp_exc_OSError, "<urlopen error [Errno %d] %s>", r.err, strerror(r.err));
  if (r.malformed) return gp_raise(t, &gp_exc_OSError, "bench.fetch: malformed HTTP response");
  if (r.status != 200) return gp_raise(t, &gp_exc_OSError, "HTTP Error %d: %s", r.status, r.reason);
  return gp_intv((int64_t)r.body_len);
}

/* -------------------------------------------------------------- read_file */

#define BENCH_READ_EXTRA ((size_t)64 << 20)

typedef struct BenchFile {
  char *data;
  size_t len;
  int err;
  bool endless; /* more than its size + BENCH_READ_EXTRA */
} BenchFile;

static void bench_slurp(const char *path, BenchFile *f) {
  memset(f, 0, sizeof *f);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) < 0 || (S_ISDIR(st.st_mode) && (errno = EISDIR))) {
    f->err = errno;
    if (fd >= 0) close(fd);
    return;
  }
  /* one byte more than the size, so EOF shows up without a realloc */
  size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
  size_t limit = (st.st_size > 0 ? (size_t)st.st_size : 0) + BENCH_READ_EXTRA;
  for (;;) {
    if (f->len > limit) {
      f->err = EFBIG;
      f->endless = true;
      break;
    }
    if (!f->data || f->len == cap) {
      char *p = realloc(f->data, f->data ? cap *= 2 : cap);
      if (!p) {
        f->err = ENOMEM;
        break;
      }
      f->data = p;
    }
    ssize_t n = read(fd, f->data + f->len, cap - f->len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) f->err = errno;
    if (n <= 0) break;
    f->len += (size_t)n;
  }
  close(fd);
}

static GpValue bench_read_file(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"path"};
  GpValue path;
  if (gp_parse_args(t, "read_file", args, nargs, kwnames, names, 1, 1, &path)) return GP_ERRV;
  if (!GP_IS_TYPE(path, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "read_file() argument must be str, not %s",
                    gp_typeof(path)->name);
  BenchFile f;
  GP_BEGIN_ALLOW_THREADS(t);
  bench_slurp(GP_STR(path)->data, &f);
  GP_END_ALLOW_THREADS(t);
  if (f.endless) { /* errno 27 alone would not say why a file was too large */
    free(f.data);
    char msg[PATH_MAX + 160];
    snprintf(msg, sizeof msg, "%s: '%s' (not a regular file, or growing: more than %zu MiB read)",
             strerror(f.err), GP_STR(path)->data, BENCH_READ_EXTRA >> 20);
    return gp_raise_oserror(t, f.err, msg, NULL);
  }
  if (f.err) {
    free(f.data);
    return gp_raise_errno(t, f.err, GP_STR(path)->data);
  }
  size_t nchars;
  GpValue s = gp_utf8_valid(f.data, f.len, &nchars)
                  ? gp_str_new(t, f.data, f.len)
                  : gp_raise(t, &gp_exc_UnicodeDecodeError,
                             "'utf-8' codec can't decode '%s': invalid UTF-8", GP_STR(path)->data);
  free(f.data);
  return s;
}

int gp_open_bench(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"spin_native", bench_spin_native},
      {"fetch", bench_fetch},
      {"read_file", bench_read_file},
      {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}
