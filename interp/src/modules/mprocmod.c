/*
** mprocmod.c — the multiprocessing module's system layer: fork, wait,
** signals, pipes, messages and a manager's Unix sockets. The module's classes (Process, Pool,
** Queue, …) are Python over these natives (mproc_py.c), as CPython's are
** Python over _posixsubprocess, os and _multiprocessing.
**
** A fork flushes the output first (nothing is printed twice), stops the
** world under gil=none (as a collection does, runtime/gc.c) and holds the
** VM's lock, so that no other thread is inside print or an object
** operation at that moment; the child keeps only the forking thread
** (gp_gil_after_fork_child; threading forgets the others,
** gp_threading_after_fork) and ends with _exit after flushing, never
** running the parent's exit path again (CPython's os._exit).
** A message on a pipe is a 4-byte length and the value in mpwire.c's
** encoding; a pipe that ends at a message boundary is a clean end (the
** sender exited), one that ends inside a message a ValueError.
*/
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "module.h"
#include "mpwire.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

enum { MSG_MAX = 1 << 30 }; /* a longer length prefix is a corrupt message */

/* ThreadSanitizer by default kills a child, forked from a process with
** threads, that starts a thread: multiprocessing does that (a Queue's
** feeder thread in a child), as CPython's does. */
#if defined(__SANITIZE_THREAD__)
#define GP_MP_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GP_MP_TSAN 1
#endif
#endif
#ifdef GP_MP_TSAN
__attribute__((visibility("default"), used)) const char *__tsan_default_options(void);
const char *__tsan_default_options(void) {
  return "die_after_fork=0";
}
#endif

/* what names the failed call for the reader; CPython's os functions leave
** it out of the message (OSError(errno, strerror)), and so does this. */
static GpValue raise_errno(GpThread *t, const char *what) {
  (void)what;
  return gp_raise_errno(t, errno, NULL);
}

static int int_arg(GpThread *t, GpValue v, int64_t *out) {
  if (!GP_IS_INT(v) && !GP_IS_BOOL(v)) {
    gp_raise(t, &gp_exc_TypeError, "an integer is required (got type %s)", gp_type_name(v));
    return -1;
  }
  *out = v.as.i;
  return 0;
}

static int int_args(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw, int n,
                    int64_t *out) {
  if (gp_arg_count(t, fn, nargs, kw, n, n) < 0) return -1;
  for (int i = 0; i < n; i++)
    if (int_arg(t, args[i], &out[i]) < 0) return -1;
  return 0;
}

static void flush_output(GpVM *vm) {
  fflush(vm->opt.out ? vm->opt.out : stdout);
  fflush(vm->opt.err ? vm->opt.err : stderr);
}

void gp_threading_after_fork(GpThread *t); /* threadmod.c */

/* _fork() -> pid in the parent, 0 in the child. */
static GpValue mp_fork(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_fork", nargs, kw) < 0) return GP_ERRV;
  GpVM *vm = t->vm;
  bool none = vm->gil.model == GP_GIL_NONE;
  flush_output(vm);
  while (none && !gp_gil_stop_world(&vm->gil, t)) {
  }
  pthread_mutex_lock(&vm->lock);
  pid_t pid = fork();
  int err = errno;
  pthread_mutex_unlock(&vm->lock);
  if (pid == 0) {
    gp_gil_after_fork_child(&vm->gil, t);
    gp_threading_after_fork(t);
    return gp_intv(0);
  }
  if (none) gp_gil_start_world(&vm->gil);
  errno = err;
  return pid < 0 ? raise_errno(t, "fork") : gp_intv(pid);
}

/* _exit(code): flushes the output and ends the process at once. */
static GpValue mp_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t code;
  if (int_args(t, "_exit", args, nargs, kw, 1, &code) < 0) return GP_ERRV;
  flush_output(t->vm);
  _exit((int)code);
}

/* _waitpid(pid, block) -> exit code (negative signal number), or None
** while the child runs and block is false; subprocess shares it and _kill
** (subprocmod.c). */
GpValue gp_mp_waitpid(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t a[2];
  if (int_args(t, "_waitpid", args, nargs, kw, 2, a) < 0) return GP_ERRV;
  int status = 0;
  pid_t r;
  GP_BEGIN_ALLOW_THREADS(t);
  do
    r = waitpid((pid_t)a[0], &status, a[1] ? 0 : WNOHANG);
  while (r < 0 && errno == EINTR);
  GP_END_ALLOW_THREADS(t);
  if (r < 0) return raise_errno(t, "waitpid");
  if (r == 0) return GP_NONEV;
  return gp_intv(WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status));
}

GpValue gp_mp_kill(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t a[2];
  if (int_args(t, "_kill", args, nargs, kw, 2, a) < 0) return GP_ERRV;
  if (kill((pid_t)a[0], (int)a[1]) < 0 && errno != ESRCH) return raise_errno(t, "kill");
  return GP_NONEV;
}

/* _pipe() -> (read fd, write fd) */
static GpValue mp_pipe(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_pipe", nargs, kw) < 0) return GP_ERRV;
  int fd[2];
  if (pipe(fd) < 0) return raise_errno(t, "pipe");
  GpValue v[2] = {gp_intv(fd[0]), gp_intv(fd[1])};
  return gp_tuple_pack(t, 2, v);
}

static GpValue mp_close(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t fd;
  if (int_args(t, "_close", args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  close((int)fd);
  return GP_NONEV;
}

/* All n bytes, the GIL released; -1 with errno on failure. */
static int write_all(GpThread *t, int fd, const unsigned char *p, size_t n) {
  int r = 0;
  GP_BEGIN_ALLOW_THREADS(t);
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) {
      r = -1;
      break;
    }
    p += w;
    n -= (size_t)w;
  }
  GP_END_ALLOW_THREADS(t);
  return r;
}

/* Reads up to n bytes: the count read (short only at the end), -1 errno. */
static ssize_t read_all(GpThread *t, int fd, unsigned char *p, size_t n) {
  size_t got = 0;
  GP_BEGIN_ALLOW_THREADS(t);
  while (got < n) {
    ssize_t r = read(fd, p + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      if (r < 0) got = SIZE_MAX;
      break;
    }
    got += (size_t)r;
  }
  GP_END_ALLOW_THREADS(t);
  return got == SIZE_MAX ? -1 : (ssize_t)got;
}

/* Appends obj's message (length, then encoding) to b. */
static int put_message(GpThread *t, GpValue obj, GpWireBuf *b) {
  size_t at = b->len;
  static const unsigned char room[4] = {0};
  if (gp_wire_put(t, b, room, 4) < 0) return -1;
  if (gp_wire_dump(t, obj, b) < 0) return -1;
  size_t n = b->len - at - 4;
  if (n > MSG_MAX) {
    gp_raise(t, &gp_exc_OverflowError, "message too large to send to another process");
    return -1;
  }
  for (int i = 0; i < 4; i++)
    b->p[at + i] = (unsigned char)(n >> (8 * i));
  return 0;
}

/* _send(fd, obj, ...): one message per obj, encoded in full before any is
** written (an object that cannot be sent sends nothing), written in one
** go (atomic on a pipe up to PIPE_BUF bytes). */
static GpValue mp_send(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t fd;
  if (gp_arg_count(t, "_send", nargs, kw, 2, 8) < 0 || int_arg(t, args[0], &fd) < 0) return GP_ERRV;
  GpWireBuf b = {0};
  int r = 0;
  for (int i = 1; r == 0 && i < nargs; i++)
    r = put_message(t, args[i], &b);
  if (r == 0 && write_all(t, (int)fd, b.p, b.len) < 0) {
    raise_errno(t, "send");
    r = -1;
  }
  free(b.p);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

/* _recv(fd) -> (True, obj), or (False, None) when the pipe has ended. */
static GpValue mp_recv(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t fd;
  if (int_args(t, "_recv", args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  unsigned char head[4];
  ssize_t got = read_all(t, (int)fd, head, 4);
  if (got < 0) return raise_errno(t, "recv");
  if (got == 0) {
    GpValue end[2] = {gp_boolv(false), GP_NONEV};
    return gp_tuple_pack(t, 2, end);
  }
  size_t n = (size_t)head[0] | (size_t)head[1] << 8 | (size_t)head[2] << 16 | (size_t)head[3] << 24;
  if (got < 4 || n > MSG_MAX)
    return gp_raise(t, &gp_exc_ValueError, "malformed message from another process: %s",
                    got < 4 ? "truncated" : "too long");
  unsigned char *p = malloc(n ? n : 1);
  if (!p) return gp_raise_nomem(t);
  got = read_all(t, (int)fd, p, n);
  GpValue v = got < 0           ? raise_errno(t, "recv")
              : (size_t)got < n ? gp_raise(t, &gp_exc_ValueError,
                                           "malformed message from another process: truncated")
                                : gp_wire_load(t, p, n);
  free(p);
  if (GP_IS_ERR(v)) return v;
  GpValue pair[2] = {gp_boolv(true), v};
  GpValue r = gp_tuple_pack(t, 2, pair);
  GP_DECREF(v);
  return r;
}

/* Fills fds from a list of ints. */
static int fd_list(GpThread *t, GpValue l, struct pollfd **out, size_t *n) {
  if (!GP_IS_TYPE(l, gp_type_list)) {
    gp_raise(t, &gp_exc_TypeError, "_poll: a list of fds is required");
    return -1;
  }
  *n = GP_LIST(l)->len;
  *out = calloc(*n ? *n : 1, sizeof **out);
  if (!*out) {
    gp_raise_nomem(t);
    return -1;
  }
  for (size_t i = 0; i < *n; i++) {
    int64_t fd;
    if (int_arg(t, GP_LIST(l)->items[i], &fd) < 0) return -1;
    (*out)[i].fd = (int)fd;
    (*out)[i].events = POLLIN;
  }
  return 0;
}

/* _poll(fds, timeout) -> the fds readable (or ended) within timeout
** seconds (None: no limit). */
static GpValue mp_poll(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_poll", nargs, kw, 2, 2) < 0) return GP_ERRV;
  double secs = -1;
  if (!GP_IS_NONE(args[1]) && gp_to_double(t, args[1], &secs) < 0) return GP_ERRV;
  struct pollfd *fds = NULL;
  size_t n = 0;
  if (fd_list(t, args[0], &fds, &n) < 0) {
    free(fds);
    return GP_ERRV;
  }
  int ms = secs < 0 ? -1 : secs > 1e6 ? 1000000000 : (int)(secs * 1000 + 0.999);
  int r;
  GP_BEGIN_ALLOW_THREADS(t);
  do
    r = poll(fds, n, ms);
  while (r < 0 && errno == EINTR);
  GP_END_ALLOW_THREADS(t);
  GpValue out = r < 0 ? raise_errno(t, "poll") : gp_list_new(t, (size_t)r);
  for (size_t i = 0; !GP_IS_ERR(out) && i < n; i++)
    if (fds[i].revents && gp_list_append(t, out.as.o, gp_intv(fds[i].fd)) < 0) {
      GP_DECREF(out);
      out = GP_ERRV;
    }
  free(fds);
  return out;
}

/* _print_exc(header, exc): "Process NAME:" (unless empty) and the
** traceback (exc not None) on stderr. */
static GpValue mp_print_exc(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_print_exc", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "_print_exc: header must be str");
  char *tb = GP_IS_NONE(args[1]) ? NULL : gp_traceback_format(t, args[1]);
  FILE *f = t->vm->opt.err ? t->vm->opt.err : stderr;
  fflush(t->vm->opt.out ? t->vm->opt.out : stdout);
  if (GP_STR(args[0])->len) fprintf(f, "%s\n", GP_STR(args[0])->data);
  fputs(tb ? tb : "", f);
  fflush(f);
  free(tb);
  return GP_NONEV;
}

/* _socketpair() -> two connected fds (a duplex Pipe). */
static GpValue mp_socketpair(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_socketpair", nargs, kw) < 0) return GP_ERRV;
  int fd[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, fd) < 0) return raise_errno(t, "socketpair");
  GpValue v[2] = {gp_intv(fd[0]), gp_intv(fd[1])};
  return gp_tuple_pack(t, 2, v);
}

/* name's abstract AF_UNIX address (Linux: no file to remove afterwards). */
static int unix_addr(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                     struct sockaddr_un *a, socklen_t *len) {
  if (gp_arg_count(t, fn, nargs, kw, 1, 1) < 0) return -1;
  if (!GP_IS_TYPE(args[0], gp_type_str) || GP_STR(args[0])->len + 1 > sizeof a->sun_path) {
    gp_raise(t, &gp_exc_TypeError, "%s: address must be a str of at most %zu bytes", fn,
             sizeof a->sun_path - 1);
    return -1;
  }
  memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  memcpy(a->sun_path + 1, GP_STR(args[0])->data, GP_STR(args[0])->len);
  *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + GP_STR(args[0])->len);
  return 0;
}

/* _listen(address) -> fd: a manager server's listening socket. */
static GpValue mp_listen(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  struct sockaddr_un a;
  socklen_t len;
  if (unix_addr(t, "_listen", args, nargs, kw, &a, &len) < 0) return GP_ERRV;
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return raise_errno(t, "socket");
  if (bind(fd, (struct sockaddr *)&a, len) < 0 || listen(fd, 64) < 0) {
    int err = errno;
    close(fd);
    errno = err;
    return raise_errno(t, "listen");
  }
  return gp_intv(fd);
}

/* Whether fd's peer runs as this process's user: an abstract socket has no
** file permissions, and a manager's requests may name functions to call
** (CPython's manager checks an authkey for the same reason). */
static bool same_user(int fd) {
  struct ucred cred;
  socklen_t len = sizeof cred;
  return getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == geteuid();
}

/* _accept(fd) -> the next client's fd, the GIL released while waiting;
** clients of other users are dropped. */
static GpValue mp_accept(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t lfd;
  if (int_args(t, "_accept", args, nargs, kw, 1, &lfd) < 0) return GP_ERRV;
  int fd;
  GP_BEGIN_ALLOW_THREADS(t);
  for (;;) {
    fd = accept((int)lfd, NULL, NULL);
    if (fd >= 0 && !same_user(fd)) {
      close(fd);
      continue;
    }
    if (fd >= 0 || errno != EINTR) break;
  }
  GP_END_ALLOW_THREADS(t);
  return fd < 0 ? raise_errno(t, "accept") : gp_intv(fd);
}

/* _connect(address) -> fd connected to a manager server. */
static GpValue mp_connect(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  struct sockaddr_un a;
  socklen_t len;
  if (unix_addr(t, "_connect", args, nargs, kw, &a, &len) < 0) return GP_ERRV;
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return raise_errno(t, "socket");
  int r;
  GP_BEGIN_ALLOW_THREADS(t);
  do
    r = connect(fd, (struct sockaddr *)&a, len);
  while (r < 0 && errno == EINTR);
  GP_END_ALLOW_THREADS(t);
  if (r < 0) {
    int err = errno;
    close(fd);
    errno = err;
    return raise_errno(t, "connect");
  }
  return gp_intv(fd);
}

static const GpMethodDef mp_natives[] = {
    {"_fork", mp_fork},     {"_exit", mp_exit},           {"_waitpid", gp_mp_waitpid},
    {"_kill", gp_mp_kill},  {"_pipe", mp_pipe},           {"_socketpair", mp_socketpair},
    {"_close", mp_close},   {"_send", mp_send},           {"_recv", mp_recv},
    {"_poll", mp_poll},     {"_print_exc", mp_print_exc}, {"_listen", mp_listen},
    {"_accept", mp_accept}, {"_connect", mp_connect},     {NULL, NULL},
};

int gp_mproc_py_open(GpThread *t, GpObj *d);       /* mproc_py.c */
int gp_mproc_shared_open(GpThread *t, GpObj *d);   /* mpshared.c */
int gp_mproc_managers_open(GpThread *t, GpObj *d); /* mproc_managers_py.c */

/* The submodules CPython's classes live in, each with the names it takes
** from the package: what their __module__ says, so that an object sent by
** reference (MaybeEncodingError) is found again, and imports work. */
static const char *const submodules[][10] = {
    {"pool", "Pool", "ApplyResult", "AsyncResult", "MapResult", "IMapIterator",
     "MaybeEncodingError", NULL},
    {"context", "Process", "ProcessError", "TimeoutError", "AuthenticationError", "BufferTooShort",
     NULL},
    {"process", "current_process", "active_children", "parent_process", NULL},
    {"queues", "Queue", "SimpleQueue", "JoinableQueue", "Empty", "Full", NULL},
    {"synchronize", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event",
     "Barrier", NULL},
    {"sharedctypes", "Value", "Array", "RawValue", "RawArray", "Synchronized", "SynchronizedArray",
     NULL},
    {"connection", "Connection", "Pipe", NULL},
};

static int open_submodule(GpThread *t, GpObj *d, const char *const *names) {
  GpValue full = gp_str_printf(t, "multiprocessing.%s", names[0]);
  GpValue m = GP_IS_ERR(full) ? full : gp_module_new(t, GP_STR(full)->data, NULL);
  int r = GP_IS_ERR(m) ? -1 : gp_dict_set(t, t->vm->modules, full, m);
  GpValue v;
  for (const char *const *n = names + 1; r == 0 && *n; n++)
    r = gp_dict_get_str(d, gp_intern_cstr(*n), &v)
            ? gp_module_set(t, ((GpModule *)m.as.o)->dict, *n, v)
            : -1;
  if (r == 0) r = gp_dict_set_str(t, d, names[0], m);
  GP_DECREF(m);
  GP_DECREF(full);
  return r;
}

int gp_open_multiprocessing(GpThread *t, GpObj *d) {
  /* a worker that died must be an error on the pipe, not a signal (CPython
  ** ignores SIGPIPE at startup) */
  signal(SIGPIPE, SIG_IGN);
  if (gp_module_add_functions(t, d, mp_natives) < 0 || gp_mproc_shared_open(t, d) < 0 ||
      gp_mproc_py_open(t, d) < 0 || gp_mproc_managers_open(t, d) < 0)
    return -1;
  for (size_t i = 0; i < sizeof submodules / sizeof *submodules; i++)
    if (open_submodule(t, d, submodules[i]) < 0) return -1;
  return 0;
}
