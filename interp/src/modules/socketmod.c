/*
** socketmod.c — the socket module's system layer: natives over descriptors
** that socket_py.c's `socket` class (Python, as CPython's socket.py is
** over _socket) calls with the descriptor, its timeout and an address the
** Python half has already checked and resolved to numbers.
**
** A timeout below 0 is a blocking socket (timeout None); 0 a non-blocking
** one; above 0 a deadline, kept with poll() as CPython's sock_call does,
** on a descriptor the Python half made O_NONBLOCK. Every call that may
** wait (connect, accept, send, sendall, sendto, recv, recvfrom) runs with
** the GIL released for the whole wait, as CPython's do. Data crosses the
** release in malloc'd buffers, never in a Python object another thread
** could resize. A socket closed by another thread while one waits on it is
** that waiter's EBADF (or its wait until the peer ends), never a crash.
*/
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

int gp_os_int_arg(GpThread *t, GpValue v, int *out); /* osfiles.c */

/* What one call does and what it gives back; filled with the GIL held,
** run by run_op with it released. */
typedef struct SockOp {
  GpThread *t; /* whose KeyboardInterrupt ends a wait */
  int fd;
  short events;   /* POLLIN or POLLOUT: what a deadline waits for */
  double timeout; /* seconds; < 0 blocking */
  int flags;
  char *buf;
  size_t len;
  struct sockaddr_storage addr;
  socklen_t alen;
  ssize_t (*call)(struct SockOp *);
} SockOp;

#define OP_TIMED_OUT (-2)
#define OP_INTERRUPTED (-3)
#define OP_RAISED (-4) /* the main thread's signal handler raised */

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* After EINTR: OP_INTERRUPTED for a KeyboardInterrupt, OP_RAISED if a
** signal handler the main thread ran raised, 0 to go on (PEP 475). */
static int after_eintr(const SockOp *op) {
  if (gp_gil_take_interrupt(&op->t->vm->gil, op->t)) return OP_INTERRUPTED;
  if (gp_signal_waiting(op->t) && gp_signal_run_blocked(op->t) < 0) return OP_RAISED;
  return 0;
}

/* Waits for op's events until deadline (< 0: forever): 1 ready, 0 timed
** out, -1 with errno, OP_INTERRUPTED for a KeyboardInterrupt (poll is
** never restarted after a signal, so Ctrl-C ends the wait as in CPython). */
static int wait_ready(const SockOp *op, double deadline) {
  for (;;) {
    int ms = -1;
    if (deadline >= 0) {
      double left = deadline - now_s();
      if (left <= 0) return 0;
      ms = left * 1000 >= INT_MAX - 1 ? INT_MAX : (int)(left * 1000) + 1;
    }
    struct pollfd p = {.fd = op->fd, .events = op->events};
    int r = poll(&p, 1, ms);
    if (r >= 0 || errno != EINTR) return r;
    int e = after_eintr(op);
    if (e) return e;
  }
}

/* op->call until it succeeds or fails for good, polling first (CPython's
** order with a deadline; without one too, as the calls themselves restart
** after SIGINT's handler). The GIL is not held: op owns its data. */
static ssize_t run_unlocked(SockOp *op, int *err) {
  double deadline = op->timeout > 0 ? now_s() + op->timeout : -1;
  for (;;) {
    if (op->timeout != 0 && op->fd >= 0) { /* a closed one's EBADF comes from the call */
      int w = wait_ready(op, deadline);
      if (w == 0) return OP_TIMED_OUT;
      if (w == OP_INTERRUPTED || w == OP_RAISED) return w;
      if (w < 0) {
        *err = errno;
        return -1;
      }
    }
    ssize_t r = op->call(op);
    if (r >= 0) return r;
    *err = errno;
    int e = *err == EINTR ? after_eintr(op) : 0;
    if (e) return e;
    if (*err == EINTR || (op->timeout > 0 && (*err == EAGAIN || *err == EWOULDBLOCK))) continue;
    return -1;
  }
}

static GpValue raise_timeout(GpThread *t) {
  return gp_raise(t, &gp_exc_TimeoutError, "timed out");
}

/* The exception for an op's failure r (errno err). */
static GpValue raise_op(GpThread *t, ssize_t r, int err) {
  if (r == OP_TIMED_OUT) return raise_timeout(t);
  if (r == OP_INTERRUPTED) return gp_raise_keyboard_interrupt(t);
  if (r == OP_RAISED) return GP_ERRV;
  return gp_raise_errno(t, err, NULL);
}

/* Runs op with the GIL released: its result, or -1 raised. */
static ssize_t run_op(GpThread *t, SockOp *op) {
  int err = 0;
  op->t = t;
  GP_BEGIN_ALLOW_THREADS(t);
  ssize_t r = run_unlocked(op, &err);
  GP_END_ALLOW_THREADS(t);
  if (r < 0) raise_op(t, r, err);
  return r < 0 ? -1 : r;
}

/* ------------------------------------------------------------ arguments */

/* The first n arguments as C ints: the descriptor and its numbers. */
static int ints(GpThread *t, const GpValue *args, int n, int *out) {
  for (int i = 0; i < n; i++)
    if (gp_os_int_arg(t, args[i], &out[i]) < 0) return -1;
  return 0;
}

/* A call's n arguments, all C ints (the descriptor first): 0, or -1 raised. */
static int int_args(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw, int n,
                    int *out) {
  if (gp_arg_count(t, fn, nargs, kw, n, n) < 0) return -1;
  return ints(t, args, n, out);
}

static int timeout_arg(GpThread *t, GpValue v, double *out) {
  if (GP_IS_NONE(v)) {
    *out = -1;
    return 0;
  }
  return gp_to_double(t, v, out);
}

/* An IPv4 or IPv6 address the Python half resolved: (host, port, flowinfo,
** scope_id), host numeric. */
static int inet_address(GpThread *t, int family, const GpTuple *a, SockOp *op) {
  int port, flow, scope;
  if (a->len != 4 || !GP_IS_TYPE(a->items[0], gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "bad resolved address");
    return -1;
  }
  if (gp_os_int_arg(t, a->items[1], &port) < 0 || gp_os_int_arg(t, a->items[2], &flow) < 0 ||
      gp_os_int_arg(t, a->items[3], &scope) < 0)
    return -1;
  const char *host = GP_STR(a->items[0])->data;
  memset(&op->addr, 0, sizeof op->addr);
  if (family == AF_INET) {
    struct sockaddr_in *in = (struct sockaddr_in *)&op->addr;
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    op->alen = sizeof *in;
    if (inet_pton(AF_INET, host, &in->sin_addr) == 1) return 0;
  } else {
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&op->addr;
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
    in6->sin6_flowinfo = htonl((uint32_t)flow);
    in6->sin6_scope_id = (uint32_t)scope;
    op->alen = sizeof *in6;
    if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) return 0;
  }
  gp_raise(t, &gp_exc_OSError, "illegal IP address string passed to inet_pton");
  return -1;
}

/* A Unix socket's path, bytes (a leading NUL: the abstract namespace). */
static int unix_address(GpThread *t, GpValue v, SockOp *op) {
  struct sockaddr_un *un = (struct sockaddr_un *)&op->addr;
  if (!GP_IS_TYPE(v, gp_type_bytes)) {
    gp_raise(t, &gp_exc_TypeError, "bad resolved address");
    return -1;
  }
  const GpBytes *b = (const GpBytes *)v.as.o;
  if (b->len >= sizeof un->sun_path) {
    gp_raise(t, &gp_exc_OSError, "AF_UNIX path too long");
    return -1;
  }
  memset(un, 0, sizeof *un);
  un->sun_family = AF_UNIX;
  memcpy(un->sun_path, b->data, b->len);
  op->alen =
      (socklen_t)(offsetof(struct sockaddr_un, sun_path) + b->len + (b->len && b->data[0] ? 1 : 0));
  return 0;
}

static int addr_arg(GpThread *t, GpValue family, GpValue v, SockOp *op) {
  int fam;
  if (gp_os_int_arg(t, family, &fam) < 0) return -1;
  if (fam == AF_UNIX) return unix_address(t, v, op);
  if (!GP_IS_TYPE(v, gp_type_tuple)) return unix_address(t, v, op); /* its TypeError */
  return inet_address(t, fam, GP_TUPLE(v), op);
}

/* The address the kernel gave: (host, port) for IPv4, (host, port,
** flowinfo, scope_id) for IPv6, a str path (bytes if abstract) for Unix. */
static GpValue addr_value(GpThread *t, const struct sockaddr_storage *ss, socklen_t len) {
  char host[INET6_ADDRSTRLEN];
  if (ss->ss_family == AF_INET) {
    const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
    inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
    GpValue items[2] = {gp_str_cstr(t, host), gp_intv(ntohs(in->sin_port))};
    return GP_IS_ERR(items[0]) ? items[0] : gp_tuple_take(t, 2, items);
  }
  if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
    inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
    GpValue items[4] = {gp_str_cstr(t, host), gp_intv(ntohs(in6->sin6_port)),
                        gp_intv(ntohl(in6->sin6_flowinfo)), gp_intv(in6->sin6_scope_id)};
    return GP_IS_ERR(items[0]) ? items[0] : gp_tuple_take(t, 4, items);
  }
  const struct sockaddr_un *un = (const struct sockaddr_un *)ss;
  size_t off = offsetof(struct sockaddr_un, sun_path);
  size_t n = len > off ? len - off : 0;
  if (n && un->sun_path[0] == '\0') return gp_bytes_new(t, un->sun_path, n);
  return gp_str_new(t, un->sun_path, strnlen(un->sun_path, n));
}

/* ---------------------------------------------------------------- calls */

static GpValue raise_if(GpThread *t, int r) {
  return r < 0 ? gp_raise_errno(t, errno, NULL) : GP_NONEV;
}

/* _socket(family, type, proto): a new descriptor, close-on-exec. */
static GpValue s_socket(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int a[3];
  if (int_args(t, "_socket", args, nargs, kw, 3, a) < 0) return GP_ERRV;
  int fd = socket(a[0], a[1] | SOCK_CLOEXEC, a[2]);
  return fd < 0 ? gp_raise_errno(t, errno, NULL) : gp_intv(fd);
}

/* _close(fd); the GIL released, as a close may linger. */
static GpValue s_close(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  if (int_args(t, "_close", args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  GP_BEGIN_ALLOW_THREADS(t);
  int r = close(fd), err = errno;
  GP_END_ALLOW_THREADS(t);
  /* CPython ignores ECONNRESET from close: the peer reset it first */
  return r < 0 && err != ECONNRESET ? gp_raise_errno(t, err, NULL) : GP_NONEV;
}

/* The calls that take the descriptor and one number, and give nothing. */
static GpValue fd_and_int(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                          int (*call)(int, int)) {
  int a[2];
  if (int_args(t, fn, args, nargs, kw, 2, a) < 0) return GP_ERRV;
  return raise_if(t, call(a[0], a[1]));
}

static GpValue s_shutdown(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fd_and_int(t, "_shutdown", args, nargs, kw, shutdown);
}

static GpValue s_listen(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fd_and_int(t, "_listen", args, nargs, kw, listen);
}

/* _setblocking(fd, flag): O_NONBLOCK off or on. */
static GpValue s_setblocking(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int a[2];
  if (int_args(t, "_setblocking", args, nargs, kw, 2, a) < 0) return GP_ERRV;
  int fl = fcntl(a[0], F_GETFL);
  if (fl < 0) return gp_raise_errno(t, errno, NULL);
  fl = a[1] ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
  return raise_if(t, fcntl(a[0], F_SETFL, fl));
}

/* _setsockopt(fd, level, option, value): an int, or a bytes-like object
** passed as it is (struct linger, say), as CPython's. */
static GpValue s_setsockopt(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int a[4];
  if (gp_arg_count(t, "_setsockopt", nargs, kw, 4, 4) < 0 || ints(t, args, 3, a) < 0)
    return GP_ERRV;
  if (!gp_is_buffer(args[3])) {
    if (gp_os_int_arg(t, args[3], &a[3]) < 0) return GP_ERRV;
    return raise_if(t, setsockopt(a[0], a[1], a[2], &a[3], sizeof a[3]));
  }
  GpValue b = gp_buffer_copy(t, args[3]);
  if (GP_IS_ERR(b)) return b;
  const GpBytes *by = (const GpBytes *)b.as.o;
  GpValue r = raise_if(t, setsockopt(a[0], a[1], a[2], by->data, (socklen_t)by->len));
  GP_DECREF(b);
  return r;
}

/* _getsockopt(fd, level, option, buflen): an int, or with buflen (not
** None) the option's bytes, at most buflen of them. */
static GpValue s_getsockopt(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int a[4], v = 0;
  socklen_t n = sizeof v;
  if (gp_arg_count(t, "_getsockopt", nargs, kw, 4, 4) < 0 || ints(t, args, 3, a) < 0)
    return GP_ERRV;
  if (GP_IS_NONE(args[3]))
    return getsockopt(a[0], a[1], a[2], &v, &n) < 0 ? gp_raise_errno(t, errno, NULL) : gp_intv(v);
  if (gp_os_int_arg(t, args[3], &a[3]) < 0) return GP_ERRV;
  if (a[3] <= 0 || a[3] > 1024)
    return gp_raise(t, &gp_exc_OSError, "getsockopt buflen out of range");
  char buf[1024];
  n = (socklen_t)a[3];
  if (getsockopt(a[0], a[1], a[2], buf, &n) < 0) return gp_raise_errno(t, errno, NULL);
  return gp_bytes_new(t, buf, n);
}

/* _bind(fd, family, address). */
static GpValue s_bind(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  SockOp op;
  if (gp_arg_count(t, "_bind", nargs, kw, 3, 3) < 0 || ints(t, args, 1, &op.fd) < 0 ||
      addr_arg(t, args[1], args[2], &op) < 0)
    return GP_ERRV;
  return raise_if(t, bind(op.fd, (struct sockaddr *)&op.addr, op.alen));
}

/* _getsockname(fd) and _getpeername(fd): addr_value's forms. */
static GpValue name_of(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool peer) {
  int fd;
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (gp_arg_count(t, peer ? "_getpeername" : "_getsockname", nargs, kw, 1, 1) < 0 ||
      ints(t, args, 1, &fd) < 0)
    return GP_ERRV;
  memset(&ss, 0, sizeof ss);
  int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &len)
               : getsockname(fd, (struct sockaddr *)&ss, &len);
  return r < 0 ? gp_raise_errno(t, errno, NULL) : addr_value(t, &ss, len);
}

static GpValue s_getsockname(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return name_of(t, args, nargs, kw, false);
}

static GpValue s_getpeername(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return name_of(t, args, nargs, kw, true);
}

/* A connect that did not finish at once (EINPROGRESS on a socket with a
** deadline, EINTR on a blocking one) is waited for, then its SO_ERROR read. */
static ssize_t connect_call(SockOp *op) {
  if (connect(op->fd, (struct sockaddr *)&op->addr, op->alen) == 0) return 0;
  if (errno != EINTR && !(errno == EINPROGRESS && op->timeout > 0)) return -1;
  op->events = POLLOUT;
  int w = wait_ready(op, op->timeout > 0 ? now_s() + op->timeout : -1);
  if (w == 0) return OP_TIMED_OUT;
  if (w == OP_INTERRUPTED || w == OP_RAISED) return w;
  int err = 0;
  socklen_t n = sizeof err;
  if (w < 0 || getsockopt(op->fd, SOL_SOCKET, SO_ERROR, &err, &n) < 0) return -1;
  errno = err;
  return err ? -1 : 0;
}

/* _connect(fd, family, address, timeout, raise): None, or with raise
** false the errno (connect_ex). */
static GpValue s_connect(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  SockOp op = {.t = t};
  if (gp_arg_count(t, "_connect", nargs, kw, 5, 5) < 0 || ints(t, args, 1, &op.fd) < 0 ||
      addr_arg(t, args[1], args[2], &op) < 0 || timeout_arg(t, args[3], &op.timeout) < 0)
    return GP_ERRV;
  int err = 0;
  GP_BEGIN_ALLOW_THREADS(t);
  ssize_t r = connect_call(&op);
  if (r == -1) err = errno;
  GP_END_ALLOW_THREADS(t);
  int raise = gp_truthy(t, args[4]);
  if (raise < 0) return GP_ERRV;
  if (r == OP_INTERRUPTED || r == OP_RAISED || (r < 0 && raise)) return raise_op(t, r, err);
  return raise ? GP_NONEV : gp_intv(r == OP_TIMED_OUT ? EAGAIN : err);
}

static ssize_t accept_call(SockOp *op) {
  op->alen = sizeof op->addr;
  return accept4(op->fd, (struct sockaddr *)&op->addr, &op->alen, SOCK_CLOEXEC);
}

/* _accept(fd, timeout): (new descriptor, the peer's address). */
static GpValue s_accept(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  SockOp op = {.events = POLLIN, .call = accept_call};
  if (gp_arg_count(t, "_accept", nargs, kw, 2, 2) < 0 || ints(t, args, 1, &op.fd) < 0 ||
      timeout_arg(t, args[1], &op.timeout) < 0)
    return GP_ERRV;
  ssize_t fd = run_op(t, &op);
  if (fd < 0) return GP_ERRV;
  GpValue items[2] = {gp_intv(fd), addr_value(t, &op.addr, op.alen)};
  if (GP_IS_ERR(items[1])) {
    close((int)fd);
    return items[1];
  }
  return gp_tuple_take(t, 2, items);
}

static ssize_t recv_call(SockOp *op) {
  op->alen = sizeof op->addr;
  return recvfrom(op->fd, op->buf, op->len, op->flags, (struct sockaddr *)&op->addr, &op->alen);
}

/* _recv(fd, n, flags, timeout, with_addr): bytes, or (bytes, address). */
static GpValue s_recv(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  SockOp op = {.events = POLLIN, .call = recv_call};
  int64_t n;
  if (gp_arg_count(t, "_recv", nargs, kw, 5, 5) < 0 || ints(t, args, 1, &op.fd) < 0 ||
      gp_as_index(t, args[1], &n) < 0 || gp_os_int_arg(t, args[2], &op.flags) < 0 ||
      timeout_arg(t, args[3], &op.timeout) < 0)
    return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "negative buffersize in recv");
  op.len = (size_t)n;
  op.buf = malloc(op.len ? op.len : 1);
  if (!op.buf) return gp_raise_nomem(t);
  memset(&op.addr, 0, sizeof op.addr);
  ssize_t got = run_op(t, &op);
  GpValue data = got < 0 ? GP_ERRV : gp_bytes_new(t, op.buf, (size_t)got);
  free(op.buf);
  if (GP_IS_ERR(data) || !gp_truthy(t, args[4])) return data;
  GpValue items[2] = {data, addr_value(t, &op.addr, op.alen)};
  if (GP_IS_ERR(items[1])) {
    GP_DECREF(data);
    return items[1];
  }
  return gp_tuple_take(t, 2, items);
}

static ssize_t send_call(SockOp *op) {
  const struct sockaddr *to = op->alen ? (const struct sockaddr *)&op->addr : NULL;
  return sendto(op->fd, op->buf, op->len, op->flags | MSG_NOSIGNAL, to, op->alen);
}

/* Every byte, each send under the one deadline (CPython's sendall since
** 3.5: the timeout bounds the whole call). */
static ssize_t send_all_unlocked(SockOp *op, int *err) {
  char *start = op->buf;
  size_t total = op->len;
  double deadline = op->timeout > 0 ? now_s() + op->timeout : -1;
  while (op->len) {
    if (deadline >= 0) op->timeout = deadline - now_s();
    if (deadline >= 0 && op->timeout <= 0) return OP_TIMED_OUT;
    ssize_t w = run_unlocked(op, err);
    if (w < 0) return w;
    op->buf += w;
    op->len -= (size_t)w;
  }
  op->buf = start;
  return (ssize_t)total;
}

/* _send(fd, data, flags, timeout, all, family, address): the number of
** bytes sent (all of them if all); to address (not None) as sendto. */
static GpValue s_send(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  SockOp op = {.t = t, .events = POLLOUT, .call = send_call};
  if (gp_arg_count(t, "_send", nargs, kw, 7, 7) < 0 || ints(t, args, 1, &op.fd) < 0 ||
      gp_os_int_arg(t, args[2], &op.flags) < 0 || timeout_arg(t, args[3], &op.timeout) < 0 ||
      (!GP_IS_NONE(args[6]) && addr_arg(t, args[5], args[6], &op) < 0))
    return GP_ERRV;
  if (GP_IS_NONE(args[6])) op.alen = 0;
  if (!gp_is_buffer(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                    gp_type_name(args[1]));
  int all = gp_truthy(t, args[4]);
  GpValue b = gp_buffer_copy(t, args[1]); /* bytes: immutable while the GIL is away */
  if (all < 0 || GP_IS_ERR(b)) return GP_ERRV;
  op.buf = ((GpBytes *)b.as.o)->data;
  op.len = ((GpBytes *)b.as.o)->len;
  int err = 0;
  GP_BEGIN_ALLOW_THREADS(t);
  char *start = op.buf;
  ssize_t r = all ? send_all_unlocked(&op, &err) : run_unlocked(&op, &err);
  op.buf = start;
  GP_END_ALLOW_THREADS(t);
  GP_DECREF(b);
  if (r < 0) return raise_op(t, r, err);
  return all ? GP_NONEV : gp_intv(r);
}

/* One getaddrinfo answer: (family, type, proto, canonname, address). */
static GpValue ai_value(GpThread *t, const struct addrinfo *ai) {
  GpValue items[5] = {gp_intv(ai->ai_family), gp_intv(ai->ai_socktype), gp_intv(ai->ai_protocol),
                      gp_str_cstr(t, ai->ai_canonname ? ai->ai_canonname : ""),
                      addr_value(t, (const struct sockaddr_storage *)ai->ai_addr, ai->ai_addrlen)};
  if (GP_IS_ERR(items[3]) || GP_IS_ERR(items[4])) {
    GP_DECREF(items[3]);
    GP_DECREF(items[4]);
    return GP_ERRV;
  }
  return gp_tuple_take(t, 5, items);
}

static const char *opt_str(GpValue v) {
  return GP_IS_TYPE(v, gp_type_str) ? GP_STR(v)->data : NULL;
}

/* _getaddrinfo(host, port, family, type, proto, flags), host and port str
** or None: a list of ai_value's tuples, or (code, message) when the C
** library fails, for the Python half's gaierror. The GIL is released: a
** name may need the network. */
static GpValue s_getaddrinfo(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int a[4];
  if (gp_arg_count(t, "_getaddrinfo", nargs, kw, 6, 6) < 0 || ints(t, args + 2, 4, a) < 0)
    return GP_ERRV;
  struct addrinfo hints = {.ai_family = a[0],
                           .ai_socktype = a[1],
                           .ai_protocol = a[2],
                           .ai_flags = a[3]},
                  *res = NULL;
  const char *host = opt_str(args[0]), *port = opt_str(args[1]);
  GP_BEGIN_ALLOW_THREADS(t);
  int r = getaddrinfo(host, port, &hints, &res);
  GP_END_ALLOW_THREADS(t);
  if (r) {
    GpValue items[2] = {gp_intv(r), gp_str_cstr(t, gai_strerror(r))};
    return GP_IS_ERR(items[1]) ? items[1] : gp_tuple_take(t, 2, items);
  }
  GpValue l = gp_list_new(t, 0);
  for (const struct addrinfo *ai = res; ai && !GP_IS_ERR(l); ai = ai->ai_next) {
    GpValue v = ai_value(t, ai);
    if (GP_IS_ERR(v) || gp_list_append(t, l.as.o, v) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(v);
  }
  freeaddrinfo(res);
  return l;
}

static GpValue s_gethostname(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  char name[HOST_NAME_MAX + 1];
  if (gp_arg_count(t, "gethostname", nargs, kw, 0, 0) < 0) return GP_ERRV;
  if (gethostname(name, sizeof name) < 0) return gp_raise_errno(t, errno, NULL);
  name[HOST_NAME_MAX] = '\0';
  return gp_str_cstr(t, name);
}

/* _pton(family, host): whether host is a numeric address of the family. */
static GpValue s_pton(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fam;
  unsigned char buf[sizeof(struct in6_addr)];
  if (gp_arg_count(t, "_pton", nargs, kw, 2, 2) < 0 || ints(t, args, 1, &fam) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_str)) return gp_boolv(false);
  return gp_boolv(inet_pton(fam, GP_STR(args[1])->data, buf) == 1);
}

static const GpMethodDef natives[] = {
    {"_socket", s_socket},
    {"_close", s_close},
    {"_shutdown", s_shutdown},
    {"_setblocking", s_setblocking},
    {"_listen", s_listen},
    {"_setsockopt", s_setsockopt},
    {"_getsockopt", s_getsockopt},
    {"_bind", s_bind},
    {"_getsockname", s_getsockname},
    {"_getpeername", s_getpeername},
    {"_connect", s_connect},
    {"_accept", s_accept},
    {"_recv", s_recv},
    {"_send", s_send},
    {"_pton", s_pton},
    {"_getaddrinfo", s_getaddrinfo},
    {"gethostname", s_gethostname},
    {NULL, NULL},
};

/* The system's numbers, which socket_py.c's enums and names are made of. */
int gp_socket_add_natives(GpThread *t, GpObj *d) {
  static const struct {
    const char *name;
    int value;
  } consts[] = {
      {"_AF_UNIX", AF_UNIX},
      {"_AF_INET", AF_INET},
      {"_AF_INET6", AF_INET6},
      {"_AF_UNSPEC", AF_UNSPEC},
      {"_SOCK_STREAM", SOCK_STREAM},
      {"_SOCK_DGRAM", SOCK_DGRAM},
      {"_SOCK_RAW", SOCK_RAW},
      {"SOL_SOCKET", SOL_SOCKET},
      {"SO_REUSEADDR", SO_REUSEADDR},
      {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE},
      {"SO_BROADCAST", SO_BROADCAST},
      {"SO_RCVBUF", SO_RCVBUF},
      {"SO_SNDBUF", SO_SNDBUF},
      {"SO_ERROR", SO_ERROR},
      {"SO_TYPE", SO_TYPE},
      {"SO_LINGER", SO_LINGER},
      {"IPPROTO_IP", IPPROTO_IP},
      {"IPPROTO_TCP", IPPROTO_TCP},
      {"IPPROTO_UDP", IPPROTO_UDP},
      {"IPPROTO_IPV6", IPPROTO_IPV6},
      {"IPV6_V6ONLY", IPV6_V6ONLY},
      {"TCP_NODELAY", TCP_NODELAY},
      {"SHUT_RD", SHUT_RD},
      {"SHUT_WR", SHUT_WR},
      {"SHUT_RDWR", SHUT_RDWR},
      {"SOMAXCONN", SOMAXCONN},
      {"MSG_PEEK", MSG_PEEK},
      {"MSG_WAITALL", MSG_WAITALL},
      {"MSG_DONTWAIT", MSG_DONTWAIT},
      {"INADDR_ANY", INADDR_ANY},
      {"INADDR_LOOPBACK", INADDR_LOOPBACK},
      {"_SOCK_NONBLOCK", SOCK_NONBLOCK},
      {"_SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"AI_PASSIVE", AI_PASSIVE},
      {"AI_CANONNAME", AI_CANONNAME},
      {"AI_NUMERICHOST", AI_NUMERICHOST},
      {"AI_NUMERICSERV", AI_NUMERICSERV},
      {"EAI_NONAME", EAI_NONAME},
  };
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++)
    if (gp_module_set(t, d, consts[i].name, gp_intv(consts[i].value)) < 0) return -1;
  return gp_module_add_functions(t, d, natives);
}
