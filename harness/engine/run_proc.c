/*
** run_proc.c — procs mode: N forked workers, each binding itself and
** opening its own VM in the child. The parent is single-threaded here (no
** VM, no worker thread), so a child may use anything after fork.
** Protocol, per child: a result pipe (child -> parent) carries fixed-size
** GbMsg records, always under PIPE_BUF so each write is atomic. A page
** shared by all (GbGo) releases them: the parent bumps its counter and
** wakes every child with one futex call, as one condition broadcast
** releases the threads of run_thread.c; "quit" set with it ends them, and
** a child dies with the parent (PR_SET_PDEATHSIG). One wake-up, not one
** write per child: waking a child on the parent's own CPU can preempt the
** parent before it wakes the rest, which then wait for it to get a CPU
** again (up to a 4 ms tick). With a write per child, 4 of 11 rounds of an
** idle E1 run at N=2 lost 1.5-3.5 ms outside every task, where threads,
** released by one broadcast, lost none. The clock runs from the release
** to the last result.
*/
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engines.h"
#include "measure.h"

typedef struct GbMsg {
  int32_t ok;
  int32_t core;
  double startup_s;
  char cpuset[48];
  double wall_s, cpu_s, runq_s;
  int64_t ctx_vol, ctx_invol;
  gp_GilStats gil;
  int32_t rkind;
  int64_t ri;
  double rf;
  char text[1024]; /* the error, or the result's text (truncated) */
} GbMsg;

_Static_assert(sizeof(GbMsg) <= PIPE_BUF, "a GbMsg must be written atomically");

/* The release, in memory shared with the children: each bump of seq is a
** repetition, or the end when quit is set. */
typedef struct GbGo {
  _Atomic uint32_t seq;
  _Atomic uint32_t quit;
} GbGo;

typedef struct GbChild {
  pid_t pid;
  int res; /* the parent's end */
  bool reaped, got;
  int status;
  GbMsg msg;
  size_t have; /* bytes of msg received */
} GbChild;

static void gb_child_send(int fd, const GbMsg *m) {
  if (write(fd, m, sizeof *m) != (ssize_t)sizeof *m) _exit(3);
}

/* Waits for the release after `seen`; false when it says quit. */
static bool gb_child_wait(GbGo *go, uint32_t *seen) {
  uint32_t now;
  while ((now = atomic_load(&go->seq)) == *seen)
    syscall(SYS_futex, &go->seq, FUTEX_WAIT, *seen, NULL, NULL, 0);
  *seen = now;
  return !atomic_load(&go->quit);
}

/* Every child waiting in gb_child_wait goes on, with one system call. */
static void gb_release(GbGo *go, bool quit) {
  if (quit) atomic_store(&go->quit, 1);
  atomic_fetch_add(&go->seq, 1);
  syscall(SYS_futex, &go->seq, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
}

static void gb_child_loop(GbEngine *e, gp_Thread *t, int k, int res, GbGo *go) {
  uint32_t seen = 0;
  while (gb_child_wait(go, &seen)) {
    GbMsg m = {.ok = 1};
    GbWorkerSample w = {0};
    char err[sizeof m.text];
    if (gb_run_task(e, t, k, true, &w, err, sizeof err) < 0) {
      m.ok = 0;
      snprintf(m.text, sizeof m.text, "%s", err);
    } else {
      m.rkind = w.result.kind;
      m.ri = w.result.i;
      m.rf = w.result.f;
      if (w.result.s) snprintf(m.text, sizeof m.text, "%s", w.result.s);
      gb_value_free(&w.result);
    }
    m.wall_s = w.wall_s;
    m.cpu_s = w.cpu_s;
    m.runq_s = w.runq_s;
    m.ctx_vol = w.ctx_vol;
    m.ctx_invol = w.ctx_invol;
    m.core = w.core;
    m.gil = w.gil;
    gb_child_send(res, &m);
  }
}

static void gb_child_main(GbEngine *e, int k, int res, GbGo *go) {
  GbMsg m = {.ok = 1, .core = -1};
  double t0 = gb_now();
  gp_Options o;
  char err[512];
  gb_mark_release();
  if (gb_topo_bind(e->tp, e->plan.sets[k], true, err, sizeof err) < 0) {
    m.ok = 0;
    snprintf(m.text, sizeof m.text, "%s", err);
    gb_child_send(res, &m);
    return;
  }
  gb_topo_readback(e->tp, true, m.cpuset, sizeof m.cpuset, &m.core);
  gb_run_options(e->cfg, &o);
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) {
    m.ok = 0;
    snprintf(m.text, sizeof m.text, "cannot open a VM: %s", err);
    gb_child_send(res, &m);
    return;
  }
  gp_Thread *t = gp_attach(vm);
  if (gp_load_file(t, e->cfg->workload, e->mod) != 0) {
    gb_run_error_line(t, err, sizeof err);
    m.ok = 0;
    snprintf(m.text, sizeof m.text, "loading %s: %s", e->cfg->workload, err);
  }
  m.startup_s = gb_now() - t0;
  gb_child_send(res, &m);
  if (m.ok) gb_child_loop(e, t, k, res, go);
  gp_detach(t);
  gb_vm_close(vm);
}

static int gb_spawn(GbEngine *e, GbChild *ch, int n, GbGo *go) {
  sigset_t all, old;
  sigfillset(&all);
  pid_t parent = getpid();
  for (int k = 0; k < n; k++) {
    int res[2];
    if (pipe(res) < 0) return -1;
    fflush(stdout);
    fflush(stderr);
    /* No handler may run in the child before it resets them. */
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
      for (int j = 0; j < k; j++)
        close(ch[j].res);
      close(res[0]);
      /* no parent left to release or stop it: end (checked after the call,
      ** for a parent that died before it) */
      if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != parent) _exit(3);
      signal(SIGINT, SIG_DFL);
      signal(SIGTERM, SIG_DFL);
      pthread_sigmask(SIG_SETMASK, &old, NULL);
      gb_child_main(e, k, res[1], go);
      fflush(stdout);
      _exit(0);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(res[1]);
    ch[k] = (GbChild){.pid = pid, .res = res[0]};
    if (pid < 0) {
      close(res[0]);
      ch[k].res = -1;
      return -1;
    }
  }
  return 0;
}

static void gb_reap(GbChild *c, bool block) {
  if (c->reaped || c->pid <= 0) return;
  if (waitpid(c->pid, &c->status, block ? 0 : WNOHANG) == c->pid) c->reaped = true;
}

/* Reads one GbMsg from every child. 0 all in; 1 deadline; 2 SIGINT;
** -1 a child ended without one (*dead is it). */
static int gb_collect(GbEngine *e, GbChild *ch, int n, int *dead) {
  struct pollfd *p = gb_calloc((size_t)n, sizeof *p);
  int rc = 0;
  for (int k = 0; k < n; k++)
    ch[k].got = false, ch[k].have = 0;
  for (;;) {
    int waiting = 0;
    for (int k = 0; k < n; k++) {
      p[k] = (struct pollfd){.fd = ch[k].got ? -1 : ch[k].res, .events = POLLIN};
      waiting += !ch[k].got;
    }
    if (!waiting) break;
    if (gb_interrupted || gb_now() >= e->deadline) {
      rc = gb_interrupted ? 2 : 1;
      break;
    }
    if (poll(p, (nfds_t)n, 50) <= 0) continue;
    for (int k = 0; k < n && rc == 0; k++) {
      if (ch[k].got || !p[k].revents) continue;
      ssize_t r = read(ch[k].res, (char *)&ch[k].msg + ch[k].have, sizeof ch[k].msg - ch[k].have);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) {
        *dead = k;
        rc = -1;
      } else if ((ch[k].have += (size_t)r) == sizeof ch[k].msg) {
        ch[k].got = true;
      }
    }
    if (rc) break;
  }
  free(p);
  return rc;
}

/* Ends the children: quit and a grace period when they are healthy,
** SIGKILL otherwise or after it. */
static void gb_stop_children(GbChild *ch, int n, GbGo *go, bool kill_now) {
  if (!kill_now) gb_release(go, true);
  double limit = gb_now() + (kill_now ? 0 : GB_STOP_GRACE);
  for (int k = 0; k < n; k++) {
    while (!ch[k].reaped && ch[k].pid > 0 && gb_now() < limit) {
      gb_reap(&ch[k], false);
      if (!ch[k].reaped) usleep(1000);
    }
    if (!ch[k].reaped && ch[k].pid > 0) kill(ch[k].pid, SIGKILL);
    gb_reap(&ch[k], true);
    if (ch[k].res >= 0) close(ch[k].res);
  }
}

static void gb_child_died(GbRun *r, GbChild *ch, int k) {
  char how[128];
  gb_reap(&ch[k], true);
  gb_describe_exit(ch[k].status, how, sizeof how);
  gb_run_fail(r, GB_FAILED, "worker %d %s", k, how);
}

static void gb_to_sample(const GbMsg *m, GbWorkerSample *w) {
  *w = (GbWorkerSample){.wall_s = m->wall_s,
                        .cpu_s = m->cpu_s,
                        .runq_s = m->runq_s,
                        .ctx_vol = (long)m->ctx_vol,
                        .ctx_invol = (long)m->ctx_invol,
                        .core = m->core,
                        .gil = m->gil,
                        .result = {(gp_ResultKind)m->rkind, m->ri, m->rf, NULL}};
  if (m->rkind == GP_RES_STR || m->rkind == GP_RES_OTHER) w->result.s = gb_strdup(m->text);
}

/* 0 done (r says ok/failed), else gb_collect's code. */
static int gb_procs_reps(GbEngine *e, GbRun *r, GbChild *ch, int n, GbGo *go) {
  const GbRunConfig *cfg = e->cfg;
  GbWorkerSample *ws = gb_calloc((size_t)n, sizeof *ws);
  int total = cfg->warmup + cfg->reps, rc = 0, dead = -1;
  for (int rep = 0; rep < total && rc == 0; rep++) {
    double steal = gb_steal_now(); /* outside the clock: reading it costs µs */
    double t0 = gb_now();
    gb_release(go, false);
    rc = gb_collect(e, ch, n, &dead);
    double t1 = gb_now();
    steal = gb_steal_since(steal);
    if (rc == -1) {
      gb_child_died(r, ch, dead);
      break;
    }
    if (rc) break;
    gp_GilStats g = {0};
    for (int k = 0; k < n; k++) {
      if (!ch[k].msg.ok) {
        gb_run_fail(r, GB_FAILED, "worker %d: %s", k, ch[k].msg.text);
        rc = -1;
        break;
      }
      gb_to_sample(&ch[k].msg, &ws[k]);
      gb_gil_add(&g, &ws[k].gil);
    }
    if (rc == 0 && rep >= cfg->warmup) gb_run_add_sample(r, t1 - t0, steal, &g, ws, n);
    for (int k = 0; k < n; k++)
      gb_value_free(&ws[k].result);
    if (rc == 0) gb_run_report_rep(e, rep + 1);
  }
  free(ws);
  return rc;
}

static int gb_procs_setup(GbRun *r, GbChild *ch, int n, double t_start) {
  r->nbinding = n;
  r->binding = gb_calloc((size_t)n, sizeof *r->binding);
  r->startup_s = gb_now() - t_start;
  for (int k = 0; k < n; k++) {
    GbBinding *b = &r->binding[k];
    b->worker = k;
    b->core = ch[k].msg.core;
    snprintf(b->cpuset, sizeof b->cpuset, "%s", ch[k].msg.cpuset);
  }
  for (int k = 0; k < n; k++)
    if (!ch[k].msg.ok) {
      gb_run_fail(r, GB_FAILED, "worker %d: %s", k, ch[k].msg.text);
      return -1;
    }
  return 0;
}

int gb_run_procs(GbEngine *e, GbRun *r) {
  int n = e->cfg->workers, dead = -1;
  GbGo *go = mmap(NULL, sizeof *go, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (go == MAP_FAILED) {
    gb_run_fail(r, GB_FAILED, "cannot share memory with worker processes: %s", strerror(errno));
    return 0;
  }
  GbChild *ch = gb_calloc((size_t)n, sizeof *ch);
  for (int k = 0; k < n; k++)
    ch[k].res = -1;
  double t_start = gb_now();
  int rc = gb_spawn(e, ch, n, go);
  if (rc < 0)
    gb_run_fail(r, GB_FAILED, "cannot start worker processes: %s", strerror(errno));
  else if ((rc = gb_collect(e, ch, n, &dead)) == -1)
    gb_child_died(r, ch, dead);
  else if (rc == 0 && gb_procs_setup(r, ch, n, t_start) == 0)
    rc = gb_procs_reps(e, r, ch, n, go);
  for (int k = 0; k < n && r->binding; k++)
    gb_topo_format(e->plan.sets[k], r->binding[k].requested, sizeof r->binding[k].requested);
  if (rc == 1)
    gb_run_fail(r, GB_TIMEOUT, "timeout after %.3g s (worker processes killed)", e->cfg->timeout_s);
  gb_stop_children(ch, n, go, rc != 0 || r->status != GB_OK);
  free(ch);
  munmap(go, sizeof *go);
  return rc == 2;
}
