/*
** subprocmod.c — subprocess's system layer: _spawn (posix_spawn), _pipe
** and _communicate (a poll loop over a child's pipes). The classes and
** functions (Popen, run, …) are Python over these (subprocess_py.c), as
** CPython's are Python over _posixsubprocess; _waitpid and _kill are
** multiprocessing's (mprocmod.c).
**
** gilpy runs threads, so the child must not run code between fork and
** exec that could meet a lock another thread held: posix_spawn does the
** redirections, chdir and closing in the C library's vfork child, with no
** interpreter code in it. The waits release the GIL.
*/
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

GpValue gp_mp_waitpid(GpThread *t, const GpValue *args, int nargs, GpObj *kw); /* mprocmod.c */
GpValue gp_mp_kill(GpThread *t, const GpValue *args, int nargs, GpObj *kw);    /* mprocmod.c */
int gp_subprocess_py_open(GpThread *t, GpObj *d);                              /* subprocess_py.c */

enum { READ_CHUNK = 32768 };

/* The strs of list v as a NULL-terminated array of pointers into them (v
** keeps them alive); NULL with an exception set. */
static char **str_array(GpThread *t, GpValue v, const char *what) {
  if (!GP_IS_TYPE(v, gp_type_list)) {
    gp_raise(t, &gp_exc_TypeError, "_spawn: %s must be a list", what);
    return NULL;
  }
  GpSeqView sv;
  if (gp_seq_view(t, v, &sv) < 0) return NULL;
  char **out = calloc(sv.n + 1, sizeof *out);
  for (size_t i = 0; out && i < sv.n; i++) {
    const GpValue s = sv.items[i];
    if (!GP_IS_TYPE(s, gp_type_str) || strlen(GP_STR(s)->data) != GP_STR(s)->len) {
      gp_raise(t, &gp_exc_ValueError, "embedded null byte");
      free(out);
      out = NULL;
      break;
    }
    out[i] = GP_STR(s)->data;
  }
  gp_seq_view_done(&sv);
  if (!out && GP_IS_NONE(t->exc)) gp_raise(t, &gp_exc_MemoryError, NULL);
  return out;
}

/* The child's descriptors 0-2 (each -1: inherited), its directory and the
** closing of every other descriptor, as file actions. */
static int child_actions(posix_spawn_file_actions_t *fa, const int fds[3], const char *cwd,
                         bool close_fds) {
  int r = posix_spawn_file_actions_init(fa);
  for (int i = 0; r == 0 && i < 3; i++)
    if (fds[i] >= 0) r = posix_spawn_file_actions_adddup2(fa, fds[i], i);
  if (r == 0 && cwd) r = posix_spawn_file_actions_addchdir_np(fa, cwd);
  if (r == 0 && close_fds) r = posix_spawn_file_actions_addclosefrom_np(fa, 3);
  return r;
}

/* CPython's restore_signals: the child starts with SIGPIPE and SIGXFSZ at
** their defaults (gilpy ignores SIGPIPE) and no signal blocked. */
static int child_attrs(posix_spawnattr_t *at) {
  sigset_t def, none;
  sigemptyset(&def);
  sigaddset(&def, SIGPIPE);
  sigaddset(&def, SIGXFSZ);
  sigemptyset(&none);
  int r = posix_spawnattr_init(at);
  if (r == 0) r = posix_spawnattr_setsigdefault(at, &def);
  if (r == 0) r = posix_spawnattr_setsigmask(at, &none);
  if (r == 0) r = posix_spawnattr_setflags(at, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  return r;
}

/* Tries each candidate path in turn as execvpe does: the first error that
** is not "not there" wins, else the last one. 0 with *pid, or an errno. */
static int spawn_first(pid_t *pid, char **paths, const posix_spawn_file_actions_t *fa,
                       const posix_spawnattr_t *at, char **argv, char **envp) {
  int saved = 0, r = ENOENT;
  for (char **p = paths; *p; p++) {
    r = posix_spawn(pid, *p, fa, at, argv, envp);
    if (r == 0) return 0;
    if (r != ENOENT && r != ENOTDIR && saved == 0) saved = r;
  }
  return saved ? saved : r;
}

/* The directory must be one before the spawn: its error names it, as
** CPython's does, where a failed chdir in the child could not be told
** from a failed exec. */
static int check_cwd(GpThread *t, const char *cwd) {
  struct stat st;
  if (stat(cwd, &st) < 0) {
    gp_raise_errno(t, errno, cwd);
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    gp_raise_errno(t, ENOTDIR, cwd);
    return -1;
  }
  return 0;
}

static int fd_triple(GpThread *t, GpValue v, int fds[3]) {
  if (!GP_IS_TYPE(v, gp_type_tuple) || ((GpTuple *)v.as.o)->len != 3) {
    gp_raise(t, &gp_exc_TypeError, "_spawn: fds must be a 3-tuple");
    return -1;
  }
  for (int i = 0; i < 3; i++) {
    int64_t n;
    if (gp_as_index(t, ((GpTuple *)v.as.o)->items[i], &n) < 0) return -1;
    fds[i] = n < INT_MIN || n > INT_MAX ? -1 : (int)n;
  }
  return 0;
}

static void flush_output(GpVM *vm) {
  fflush(vm->opt.out ? vm->opt.out : stdout);
  fflush(vm->opt.err ? vm->opt.err : stderr);
}

/* _spawn(argv, paths, env, cwd, fds, close_fds, name) -> pid; an OSError
** naming name (the program as given) when no path could be run. */
static GpValue sp_spawn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_spawn", nargs, kw, 7, 7) < 0) return GP_ERRV;
  const char *cwd = GP_IS_TYPE(args[3], gp_type_str) ? GP_STR(args[3])->data : NULL;
  int fds[3];
  if (fd_triple(t, args[4], fds) < 0 || (cwd && check_cwd(t, cwd) < 0)) return GP_ERRV;
  char **argv = str_array(t, args[0], "argv");
  char **paths = argv ? str_array(t, args[1], "paths") : NULL;
  char **envp = paths ? str_array(t, args[2], "env") : NULL;
  if (!envp) {
    free(argv);
    free(paths);
    return GP_ERRV;
  }
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t at;
  pid_t pid = -1;
  int r = child_actions(&fa, fds, cwd, gp_truthy(t, args[5]) > 0);
  if (r == 0) r = child_attrs(&at);
  /* what the parent printed comes before what the child prints */
  flush_output(t->vm);
  if (r == 0) {
    GP_BEGIN_ALLOW_THREADS(t);
    r = spawn_first(&pid, paths, &fa, &at, argv, envp);
    GP_END_ALLOW_THREADS(t);
    posix_spawnattr_destroy(&at);
  }
  posix_spawn_file_actions_destroy(&fa);
  free(argv);
  free(paths);
  free(envp);
  if (r != 0)
    return gp_raise_errno(t, r, GP_IS_TYPE(args[6], gp_type_str) ? GP_STR(args[6])->data : NULL);
  return gp_intv(pid);
}

/* _pipe() -> (read fd, write fd), both close-on-exec: the child gets only
** the ends dup2'd onto its 0-2. */
static GpValue sp_pipe(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_pipe", nargs, kw) < 0) return GP_ERRV;
  int fd[2];
  if (pipe2(fd, O_CLOEXEC) < 0) return gp_raise_errno(t, errno, NULL);
  GpValue v[2] = {gp_intv(fd[0]), gp_intv(fd[1])};
  return gp_tuple_pack(t, 2, v);
}

/* _dup(fd) -> a close-on-exec copy of fd. */
static GpValue sp_dup(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t fd;
  if (gp_arg_one(t, "_dup", nargs, kw) < 0 || gp_as_index(t, args[0], &fd) < 0) return GP_ERRV;
  int r = fd < 0 || fd > INT_MAX ? (errno = EBADF, -1) : fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
  return r < 0 ? gp_raise_errno(t, errno, NULL) : gp_intv(r);
}

/* One exchange with the child: its input still to write and the two
** outputs read so far; fds of -1 are done. */
typedef struct Talk {
  int in, out, err;
  const char *data;
  size_t len, off;
  GpBuf got[2];
} Talk;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The input is all written (or the reader went away): closing its pipe
** is the child's end of file. */
static void talk_end_input(Talk *k) {
  k->off = k->len;
  close(k->in);
  k->in = -1;
}

/* A write that poll said fits (PIPE_BUF bytes never block); a closed
** reader ends the input, as CPython ignores BrokenPipeError. */
static void talk_write(Talk *k) {
  size_t n = k->len - k->off < PIPE_BUF ? k->len - k->off : PIPE_BUF;
  ssize_t w = write(k->in, k->data + k->off, n);
  if (w > 0) k->off += (size_t)w;
  if ((w < 0 && errno != EINTR && errno != EAGAIN) || k->off >= k->len) talk_end_input(k);
}

static void talk_read(int *fd, GpBuf *b) {
  char buf[READ_CHUNK];
  ssize_t r = read(*fd, buf, sizeof buf);
  if (r > 0)
    gp_buf_put(b, buf, (size_t)r);
  else if (r == 0 || (errno != EINTR && errno != EAGAIN))
    *fd = -1;
}

/* Polls until every stream is done or the deadline (< 0: none) passes;
** true when done. Runs without the GIL: it touches only k. */
static bool talk_loop(Talk *k, double deadline) {
  for (;;) {
    struct pollfd p[3];
    int n = 0, ms = -1;
    if (k->in >= 0) p[n++] = (struct pollfd){k->in, POLLOUT, 0};
    if (k->out >= 0) p[n++] = (struct pollfd){k->out, POLLIN, 0};
    if (k->err >= 0) p[n++] = (struct pollfd){k->err, POLLIN, 0};
    if (n == 0) return true;
    if (deadline >= 0) {
      double left = deadline - now_s();
      if (left <= 0) return false;
      ms = (int)(left * 1000) + 1;
    }
    int r = poll(p, (nfds_t)n, ms);
    if (r < 0 && errno != EINTR) return false;
    for (int i = 0; r > 0 && i < n; i++) {
      if (!p[i].revents) continue;
      if (p[i].fd == k->in)
        talk_write(k);
      else if (p[i].fd == k->out)
        talk_read(&k->out, &k->got[0]);
      else
        talk_read(&k->err, &k->got[1]);
    }
  }
}

/* _communicate(in_fd, data, off, out_fd, err_fd, timeout) ->
** (off, out bytes, err bytes, done): the input from off written while
** the outputs are read, until all are done or timeout seconds (None: no
** limit) pass; the caller keeps what came and calls again after a timeout.
** in_fd is the caller's own copy (_dup), closed here once off reaches the
** end. */
static GpValue sp_communicate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_communicate", nargs, kw, 6, 6) < 0) return GP_ERRV;
  int64_t in, off, out, err;
  double timeout = -1;
  if (gp_as_index(t, args[0], &in) < 0 || gp_as_index(t, args[2], &off) < 0 ||
      gp_as_index(t, args[3], &out) < 0 || gp_as_index(t, args[4], &err) < 0 ||
      (!GP_IS_NONE(args[5]) && gp_to_double(t, args[5], &timeout) < 0))
    return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_bytes)) {
    gp_raise(t, &gp_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
             gp_type_name(args[1]));
    return GP_ERRV;
  }
  const GpBytes *data = (const GpBytes *)args[1].as.o;
  Talk k = {(int)in, (int)out, (int)err, data->data, data->len, off < 0 ? 0 : (size_t)off, {{0}}};
  if (k.in >= 0 && k.off >= k.len) talk_end_input(&k);
  gp_buf_init(&k.got[0]);
  gp_buf_init(&k.got[1]);
  bool done;
  GP_BEGIN_ALLOW_THREADS(t);
  done = talk_loop(&k, timeout < 0 ? -1 : now_s() + (timeout > 0 ? timeout : 0));
  GP_END_ALLOW_THREADS(t);
  GpValue v[4] = {gp_intv((int64_t)k.off), gp_bytes_from_buf(t, &k.got[0]),
                  gp_bytes_from_buf(t, &k.got[1]), gp_boolv(done)};
  GpValue r = GP_IS_ERR(v[1]) || GP_IS_ERR(v[2]) ? GP_ERRV : gp_tuple_pack(t, 4, v);
  GP_DECREF(v[1]);
  GP_DECREF(v[2]);
  return r;
}

static const GpMethodDef sp_natives[] = {
    {"_spawn", sp_spawn}, {"_pipe", sp_pipe},          {"_communicate", sp_communicate},
    {"_dup", sp_dup},     {"_waitpid", gp_mp_waitpid}, {"_kill", gp_mp_kill},
    {NULL, NULL},
};

int gp_open_subprocess(GpThread *t, GpObj *d) {
  /* a child that stops reading is an EPIPE on the write, not a signal */
  signal(SIGPIPE, SIG_IGN);
  if (gp_module_add_functions(t, d, sp_natives) < 0) return -1;
  return gp_subprocess_py_open(t, d);
}
