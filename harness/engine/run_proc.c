/*
** run_proc.c — procs mode: N forked workers, each binding itself and
** opening its own VM in the child. The parent is single-threaded here (no
** VM, no worker thread), so a child may use anything after fork.
** Protocol, per child: a result pipe (child -> parent) carries fixed-size
** GbMsg records, always under PIPE_BUF so each write is atomic; a go pipe
** (parent -> child) carries one byte per repetition ('g'), and 'q' or EOF
** ends the child. The clock runs from the first 'g' to the last result.
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

typedef struct GbChild {
  pid_t pid;
  int res, go; /* parent's ends */
  bool reaped, got;
  int status;
  GbMsg msg;
  size_t have; /* bytes of msg received */
} GbChild;

static void gb_child_send(int fd, const GbMsg *m) {
  if (write(fd, m, sizeof *m) != (ssize_t)sizeof *m) _exit(3);
}

static void gb_child_loop(GbEngine *e, gp_Thread *t, int k, int res, int go) {
  char c;
  while (read(go, &c, 1) == 1 && c == 'g') {
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

static void gb_child_main(GbEngine *e, int k, int res, int go) {
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

static int gb_spawn(GbEngine *e, GbChild *ch, int n) {
  sigset_t all, old;
  sigfillset(&all);
  for (int k = 0; k < n; k++) {
    int res[2], go[2];
    if (pipe(res) < 0) return -1;
    if (pipe(go) < 0) {
      close(res[0]);
      close(res[1]);
      return -1;
    }
    fflush(stdout);
    fflush(stderr);
    /* No handler may run in the child before it resets them. */
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
      for (int j = 0; j < k; j++) {
        close(ch[j].res);
        close(ch[j].go);
      }
      close(res[0]);
      close(go[1]);
      signal(SIGINT, SIG_DFL);
      signal(SIGTERM, SIG_DFL);
      pthread_sigmask(SIG_SETMASK, &old, NULL);
      gb_child_main(e, k, res[1], go[0]);
      fflush(stdout);
      _exit(0);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(res[1]);
    close(go[0]);
    ch[k] = (GbChild){.pid = pid, .res = res[0], .go = go[1]};
    if (pid < 0) {
      close(res[0]);
      close(go[1]);
      ch[k].res = ch[k].go = -1;
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

static void gb_send_all(GbChild *ch, int n, char c) {
  for (int k = 0; k < n; k++)
    if (ch[k].go >= 0 && write(ch[k].go, &c, 1) != 1) {
      /* a dead child: its result pipe reports it */
    }
}

/* Ends the children: 'q' and a grace period when they are healthy, SIGKILL
** otherwise or after it. */
static void gb_stop_children(GbChild *ch, int n, bool kill_now) {
  if (!kill_now) gb_send_all(ch, n, 'q');
  for (int k = 0; k < n; k++)
    if (ch[k].go >= 0) close(ch[k].go);
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
static int gb_procs_reps(GbEngine *e, GbRun *r, GbChild *ch, int n) {
  const GbRunConfig *cfg = e->cfg;
  GbWorkerSample *ws = gb_calloc((size_t)n, sizeof *ws);
  int total = cfg->warmup + cfg->reps, rc = 0, dead = -1;
  for (int rep = 0; rep < total && rc == 0; rep++) {
    double steal = gb_steal_now(); /* outside the clock: reading it costs µs */
    double t0 = gb_now();
    gb_send_all(ch, n, 'g');
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
  GbChild *ch = gb_calloc((size_t)n, sizeof *ch);
  for (int k = 0; k < n; k++)
    ch[k].res = ch[k].go = -1;
  double t_start = gb_now();
  int rc = gb_spawn(e, ch, n);
  if (rc < 0)
    gb_run_fail(r, GB_FAILED, "cannot start worker processes: %s", strerror(errno));
  else if ((rc = gb_collect(e, ch, n, &dead)) == -1)
    gb_child_died(r, ch, dead);
  else if (rc == 0 && gb_procs_setup(r, ch, n, t_start) == 0)
    rc = gb_procs_reps(e, r, ch, n);
  for (int k = 0; k < n && r->binding; k++)
    gb_topo_format(e->plan.sets[k], r->binding[k].requested, sizeof r->binding[k].requested);
  if (rc == 1)
    gb_run_fail(r, GB_TIMEOUT, "timeout after %.3g s (worker processes killed)", e->cfg->timeout_s);
  gb_stop_children(ch, n, rc != 0 || r->status != GB_OK);
  free(ch);
  return rc == 2;
}
