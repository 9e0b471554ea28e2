/*
** supervise.c — see supervise.h. The child runs the engine as gilbench ran
** it in-process before (the timed region is inside it) and sends each
** counted repetition as it ends, so a run killed later keeps what was
** measured. The parent only reads, relays and watches the clock: it holds
** no VM and starts no thread here, and a run's threads or processes that
** ignore every interrupt die with their process group instead of being
** measured beside the next run.
*/
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "measure.h"
#include "supervise.h"
#include "wire.h"

#define GB_KILL_MARGIN 1.0 /* s past the engine's own stop grace before the parent kills */
#define GB_TERM_GRACE 0.5  /* s between SIGTERM and SIGKILL to the group */
#define GB_EXIT_WAIT 1.0   /* s a child that closed its pipe gets to exit by itself */

/* --- the child --- */

typedef enum {
  GB_FAULT_NONE,
  GB_FAULT_ABORT,
  GB_FAULT_GARBAGE,
  GB_FAULT_TRUNCATE,
  GB_FAULT_HANG
} GbFault;

typedef struct GbLink {
  int fd;
  GbRun *r;  /* the child's record, sent as it grows */
  int sent;  /* samples sent */
  bool head; /* startup and bindings sent */
  GbFault fault;
  GbRunHooks hooks;
} GbLink;

/* Test knob GILBENCH_SUPERVISE_TEST=FAULT@ENTRY: the child of a run of
** ENTRY, after its first repetition, aborts ("abort"), sends garbage
** ("garbage"), stops in the middle of a frame ("truncate") or hangs deaf
** to SIGINT and SIGTERM ("hang"). */
static GbFault gb_fault(const GbRunConfig *cfg) {
  static const char *names[] = {"", "abort@", "garbage@", "truncate@", "hang@"};
  const char *v = getenv("GILBENCH_SUPERVISE_TEST");
  for (int f = GB_FAULT_ABORT; v && f <= GB_FAULT_HANG; f++) {
    size_t n = strlen(names[f]);
    if (strncmp(v, names[f], n) == 0 && strcmp(v + n, cfg->entry) == 0) return (GbFault)f;
  }
  return GB_FAULT_NONE;
}

static _Noreturn void gb_fault_inject(GbLink *l) {
  if (l->fault == GB_FAULT_ABORT) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none); /* a core dump would only slow the test */
    abort();
  }
  if (l->fault == GB_FAULT_HANG) {
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    for (;;)
      pause();
  }
  if (l->fault == GB_FAULT_GARBAGE)
    gb_wire_write(l->fd, "garbage, not a frame", 20);
  else
    gb_wire_send_cut(l->fd);
  _exit(0);
}

/* A failed send: the parent is gone or has given up on this run. */
static void gb_link_check(int rc) {
  if (rc < 0) _exit(3);
}

static void gb_link_samples(GbLink *l) {
  for (; l->sent < l->r->nsamples; l->sent++)
    gb_link_check(gb_wire_send_sample(l->fd, &l->r->samples[l->sent]));
}

static void gb_link_on_rep(void *ud, int done, int total) {
  GbLink *l = ud;
  gb_link_samples(l);
  if (!l->head) gb_link_check(gb_wire_send_head(l->fd, l->r));
  l->head = true;
  gb_link_check(gb_wire_send_rep(l->fd, done, total));
  if (l->fault) gb_fault_inject(l);
}

static _Noreturn void gb_child_main(GbEngine *e, GbEngineFn fn, int fd) {
  GbRun cr = {0};
  GbLink l = {.fd = fd, .r = &cr, .fault = gb_fault(e->cfg)};
  l.hooks = (GbRunHooks){gb_link_on_rep, &l};
  gb_mark_release();
  cr.samples = gb_calloc((size_t)e->cfg->reps, sizeof *cr.samples);
  e->hooks = &l.hooks;
  int rc = fn(e, &cr);
  fflush(stdout);
  fflush(stderr);
  gb_link_samples(&l);
  gb_link_check(gb_wire_send_head(fd, &cr)); /* final: procs fills it in at the end */
  gb_link_check(gb_wire_send_warnings(fd, &cr));
  gb_link_check(gb_wire_send_trace(fd, &cr));
  gb_link_check(gb_wire_send_end(fd, &cr, rc));
  _exit(0); /* abandoned worker threads end here; no exit handlers of the parent's */
}

static void gb_child_sigint(int sig) {
  (void)sig;
  gb_interrupted = 1;
}

/* SIGINT (relayed by the parent) stops the engine as it stopped gilbench;
** SIGTERM kills; the child dies with a parent that is killed. */
static void gb_child_signals(pid_t parent) {
  struct sigaction sa = {.sa_handler = gb_child_sigint}; /* no SA_RESTART: waits wake up */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(3);
}

/* --- the parent --- */

typedef enum { GB_SV_END, GB_SV_EOF, GB_SV_BAD, GB_SV_LATE } GbSvEnd;

typedef struct GbSupervisor {
  GbEngine *e;
  GbRun *r;
  pid_t pid;
  int fd;
  GbWireReader rd;
  double kill_at; /* CLOCK_MONOTONIC s */
  bool relayed;   /* SIGINT passed on */
  int rc;         /* the engine's return code, from its end frame */
  char err[128];  /* what was malformed */
} GbSupervisor;

static pid_t gb_sv_fork(GbEngine *e, GbEngineFn fn, int fds[2]) {
  sigset_t all, old;
  pid_t parent = getpid();
  fflush(stdout);
  fflush(stderr);
  sigfillset(&all);
  /* No handler of the parent's may run in the child before it sets its own. */
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pid_t pid = fork();
  int err = errno;
  if (pid == 0) {
    setpgid(0, 0);
    close(fds[0]);
    gb_child_signals(parent);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    gb_child_main(e, fn, fds[1]);
  }
  if (pid > 0) setpgid(pid, pid); /* as well: kill(-pid) must reach it at once */
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  close(fds[1]);
  errno = err;
  return pid;
}

/* The frames in the reader; GB_SV_END, GB_SV_BAD, or -1 for more bytes. */
static int gb_sv_frames(GbSupervisor *s) {
  const GbRunHooks *h = s->e->hooks;
  for (;;) {
    int done = 0, total = 0;
    int t = gb_wire_next(&s->rd, s->r, &done, &total, &s->rc, s->err, sizeof s->err);
    if (t < 0) return GB_SV_BAD;
    if (t == 0) return -1;
    if (t == GB_MSG_REP && h && h->on_rep) h->on_rep(h->ud, done, total);
    if (t == GB_MSG_END) return GB_SV_END;
  }
}

static bool gb_sv_exited(pid_t pid) {
  siginfo_t si = {0};
  return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid;
}

/* Reads until the end frame, end of file, a malformed frame or kill_at. A
** child that died counts as end of file once its pipe is drained: procs
** workers hold the pipe open (they were forked with it) until they end. */
static GbSvEnd gb_sv_read(GbSupervisor *s) {
  for (bool dead = false;;) {
    if (gb_interrupted && !s->relayed) {
      kill(s->pid, SIGINT);
      s->relayed = true;
      s->kill_at = fmin(s->kill_at, gb_now() + GB_STOP_GRACE + GB_KILL_MARGIN);
    }
    double left = s->kill_at - gb_now();
    if (left <= 0) return GB_SV_LATE;
    struct pollfd p = {.fd = s->fd, .events = POLLIN};
    /* Poll: a signal handler cannot wake this loop reliably. */
    int ready = poll(&p, 1, dead ? 0 : (int)fmin(50, ceil(left * 1e3)));
    if (ready < 0) continue; /* EINTR */
    if (ready == 0) {
      if (dead) return GB_SV_EOF;
      dead = gb_sv_exited(s->pid);
      continue;
    }
    if (gb_wire_read(&s->rd, s->fd) <= 0) return GB_SV_EOF;
    int end = gb_sv_frames(s);
    if (end >= 0) return (GbSvEnd)end;
  }
}

/* Gives the child `wait` s to exit by itself (SIGTERM to its group first if
** term), then SIGKILLs whatever is left of the group and reaps the child:
** its status. The group's id cannot be reused before that reap. */
static int gb_sv_reap(GbSupervisor *s, double wait, bool term) {
  int st = 0;
  if (term) kill(-s->pid, SIGTERM);
  for (double until = gb_now() + wait; !gb_sv_exited(s->pid) && gb_now() < until;)
    usleep(200);
  kill(-s->pid, SIGKILL);
  while (waitpid(s->pid, &st, 0) < 0 && errno == EINTR) {
  }
  return st;
}

/* Records how the run ended; returns gb_supervise's code. */
static int gb_sv_outcome(GbSupervisor *s, GbSvEnd end) {
  char how[128];
  int st;
  switch (end) {
  case GB_SV_END:
    gb_sv_reap(s, GB_EXIT_WAIT, false);
    return s->rc;
  case GB_SV_EOF:
    st = gb_sv_reap(s, GB_EXIT_WAIT, false);
    gb_describe_exit(st, how, sizeof how);
    gb_run_fail(s->r, GB_FAILED, "run process %s %s", how,
                s->rd.n ? "in the middle of a message" : "before the run ended");
    break;
  case GB_SV_BAD:
    gb_sv_reap(s, 0, false);
    gb_run_fail(s->r, GB_FAILED, "run process sent %s and was killed", s->err);
    break;
  case GB_SV_LATE:
    gb_sv_reap(s, GB_TERM_GRACE, true);
    if (!s->relayed)
      gb_run_fail(s->r, GB_TIMEOUT,
                  "timeout after %.3g s; the run's process did not stop and its process group "
                  "was killed",
                  s->e->cfg->timeout_s);
    break;
  }
  return gb_interrupted ? 1 : 0;
}

int gb_supervise(GbEngine *e, GbRun *r, GbEngineFn fn) {
  int fds[2];
  if (pipe(fds) < 0) {
    gb_run_fail(r, GB_FAILED, "cannot create the run's pipe: %s", strerror(errno));
    return 0;
  }
  GbSupervisor s = {.e = e, .r = r, .fd = fds[0]};
  s.kill_at = e->deadline + GB_STOP_GRACE + GB_KILL_MARGIN;
  s.pid = gb_sv_fork(e, fn, fds);
  int rc = 0;
  if (s.pid < 0)
    gb_run_fail(r, GB_FAILED, "cannot start the run's process: %s", strerror(errno));
  else
    rc = gb_sv_outcome(&s, gb_sv_read(&s));
  close(fds[0]);
  gb_wire_reader_free(&s.rd);
  return rc;
}
