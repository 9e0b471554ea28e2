/*
** measure.c — clocks and counters. CPU time comes from the per-thread
** (or per-process) CPU clock, which has nanosecond resolution; context
** switches from getrusage(RUSAGE_THREAD / RUSAGE_SELF), which the kernel
** keeps per thread. Every mark is taken by the thread it describes.
*/
#include <ctype.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "measure.h"

static double gb_ts(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double gb_now(void) {
  return gb_ts(CLOCK_MONOTONIC);
}

int64_t gb_unix_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* /proc/thread-self/schedstat: "run_ns runqueue_wait_ns timeslices". The
** wait is time the thread was runnable but other tasks had the CPU: the
** one number that tells a busy machine from a slow program. The file stays
** open per thread so a mark costs a pread, not an open. */
static _Thread_local int gb_sched_fd = -1;

static uint64_t gb_runq_ns(void) {
  char buf[128];
  unsigned long long run, wait;
  if (gb_sched_fd < 0) gb_sched_fd = open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
  ssize_t n = gb_sched_fd >= 0 ? pread(gb_sched_fd, buf, sizeof buf - 1, 0) : -1;
  if (n <= 0) return 0;
  buf[n] = '\0';
  return sscanf(buf, "%llu %llu", &run, &wait) == 2 ? wait : 0;
}

void gb_mark_release(void) {
  if (gb_sched_fd >= 0) close(gb_sched_fd);
  gb_sched_fd = -1;
}

void gb_mark(GbMark *m, gp_Thread *t, bool process) {
  struct rusage ru;
  getrusage(process ? RUSAGE_SELF : RUSAGE_THREAD, &ru);
  m->nvcsw = ru.ru_nvcsw;
  m->nivcsw = ru.ru_nivcsw;
  m->runq_ns = gb_runq_ns();
  if (t)
    gp_thread_gil_stats(t, &m->gil);
  else
    m->gil = (gp_GilStats){0};
  m->cpu = gb_ts(process ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID);
  m->wall = gb_now();
}

void gb_gil_add(gp_GilStats *acc, const gp_GilStats *x) {
  acc->acquisitions += x->acquisitions;
  acc->switches += x->switches;
  acc->forced_switches += x->forced_switches;
  acc->drop_requests += x->drop_requests;
  acc->wait_ns += x->wait_ns;
  acc->hold_ns += x->hold_ns;
}

void gb_gil_sub(gp_GilStats *out, const gp_GilStats *b, const gp_GilStats *a) {
  out->acquisitions = b->acquisitions - a->acquisitions;
  out->switches = b->switches - a->switches;
  out->forced_switches = b->forced_switches - a->forced_switches;
  out->drop_requests = b->drop_requests - a->drop_requests;
  out->wait_ns = b->wait_ns - a->wait_ns;
  out->hold_ns = b->hold_ns - a->hold_ns;
}

void gb_mark_diff(const GbMark *a, const GbMark *b, GbWorkerSample *w) {
  w->wall_s = b->wall - a->wall;
  w->cpu_s = b->cpu - a->cpu;
  w->runq_s = (double)(b->runq_ns - a->runq_ns) * 1e-9;
  w->ctx_vol = b->nvcsw - a->nvcsw;
  w->ctx_invol = b->nivcsw - a->nivcsw;
  gb_gil_sub(&w->gil, &b->gil, &a->gil);
}

void gb_sample_totals(GbSample *s) {
  s->cpu_s = s->runq_s = 0;
  s->ctx_vol = s->ctx_invol = 0;
  for (int k = 0; k < s->nworkers; k++) {
    s->cpu_s += s->workers[k].cpu_s;
    s->runq_s += s->workers[k].runq_s;
    s->ctx_vol += s->workers[k].ctx_vol;
    s->ctx_invol += s->workers[k].ctx_invol;
  }
}

/* Steal is the one sign of a noisy VM that the guest's own counters miss:
** the host runs another guest, and this one's clocks just see slow code. */
double gb_steal_parse(const char *stat, long hz) {
  const char *p = stat;
  while (p && strncmp(p, "cpu ", 4) != 0) {
    p = strchr(p, '\n');
    if (p) p++;
  }
  if (!p || hz <= 0 || !strchr(p, '\n')) return NAN; /* a cut line may end mid-number */
  unsigned long long v = 0;
  p += 4;
  for (int i = 0; i < 8; i++) {
    char *end;
    while (*p == ' ')
      p++;
    if (!isdigit((unsigned char)*p)) return NAN; /* older kernels: fewer columns */
    v = strtoull(p, &end, 10);
    p = end;
  }
  return (double)v / (double)hz;
}

double gb_steal_now(void) {
  char buf[512]; /* the "cpu " line comes first, well under this */
  int fd = open("/proc/stat", O_RDONLY | O_CLOEXEC);
  ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
  if (fd >= 0) close(fd);
  if (n <= 0) return NAN;
  buf[n] = '\0';
  return gb_steal_parse(buf, sysconf(_SC_CLK_TCK));
}

double gb_steal_since(double before) {
  double d = gb_steal_now() - before;
  return d >= 0 ? d : NAN;
}
