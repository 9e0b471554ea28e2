/* capacity.c — see capacity.h. */
#include "capacity.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "measure.h"

#define GB_PF_CHUNK (1u << 16) /* loop rounds between clock reads: ~0.1 ms */

typedef struct GbPfRec {
  uint64_t rounds, run_ns, runq_ns;
  double wall;
  uint32_t x; /* the loop's value: used, so the loop is not optimised away */
} GbPfRec;

/* This process's time on a CPU and waiting in the run queue so far
** (/proc/self/schedstat: "run_ns wait_ns slices"); 0 when unknown. */
static void gb_pf_sched(uint64_t *run, uint64_t *wait) {
  char buf[128];
  *run = *wait = 0;
  int fd = open("/proc/self/schedstat", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return;
  buf[n] = '\0';
  char *p;
  *run = strtoull(buf, &p, 10);
  *wait = strtoull(p, NULL, 10);
}

/* A child: waits until `go` closes, spins E5's ALU loop for `seconds`,
** writes its record to `res` (one write < PIPE_BUF: atomic) and exits. */
static void gb_pf_child(int go, int res, double seconds) {
  char c;
  while (read(go, &c, 1) < 0 && errno == EINTR) {
  }
  GbPfRec r = {0};
  uint64_t c0, q0, c1, q1;
  gb_pf_sched(&c0, &q0);
  double t0 = gb_now(), t;
  uint32_t x = 0;
  do {
    for (uint32_t i = 0; i < GB_PF_CHUNK; i++)
      x = x * 1103515245u + 12345u + i;
    r.rounds += GB_PF_CHUNK;
  } while ((t = gb_now()) - t0 < seconds);
  r.wall = t - t0;
  gb_pf_sched(&c1, &q1);
  r.run_ns = c1 - c0;
  r.runq_ns = q1 - q0;
  r.x = x;
  ssize_t w = write(res, &r, sizeof r);
  _exit(w == (ssize_t)sizeof r ? 0 : 1);
}

/* n processes side by side for `seconds`: their records summed into *sum
** (rounds/s summed into *rate), the steal over the phase into *steal.
** 0, or -1 (errno) if they could not be started or did not report. */
static int gb_pf_phase(int n, double seconds, double *rate, GbPfRec *sum, double *steal) {
  int go[2], res[2];
  if (pipe2(go, O_CLOEXEC) < 0) return -1;
  if (pipe2(res, O_CLOEXEC) < 0) {
    close(go[0]);
    close(go[1]);
    return -1;
  }
  pid_t *pids = calloc((size_t)n, sizeof *pids);
  int started = 0, rc = 0;
  for (; pids && started < n; started++) {
    pid_t pid = fork();
    if (pid < 0) break;
    if (pid == 0) {
      close(go[1]);
      close(res[0]);
      gb_pf_child(go[0], res[1], seconds);
    }
    pids[started] = pid;
  }
  close(go[0]);
  close(res[1]);
  double st0 = gb_steal_now();
  close(go[1]); /* all start now */
  *rate = 0;
  memset(sum, 0, sizeof *sum);
  int got = 0;
  for (; got < started; got++) {
    GbPfRec r;
    ssize_t k;
    while ((k = read(res[0], &r, sizeof r)) < 0 && errno == EINTR) {
    }
    if (k != (ssize_t)sizeof r) break;
    *rate += r.wall > 0 ? (double)r.rounds / r.wall : 0;
    sum->rounds += r.rounds;
    sum->run_ns += r.run_ns;
    sum->runq_ns += r.runq_ns;
    sum->wall += r.wall;
    sum->x ^= r.x;
  }
  *steal = gb_steal_since(st0);
  close(res[0]);
  for (int i = 0; i < started; i++)
    while (waitpid(pids[i], NULL, 0) < 0 && errno == EINTR) {
    }
  if (started < n || got < n) {
    rc = -1;
    if (!errno) errno = ECHILD;
  }
  free(pids);
  return rc;
}

int gb_preflight_measure(int P, double seconds, GbPreflight *out) {
  memset(out, 0, sizeof *out);
  out->processes = P;
  out->seconds = seconds;
  GbPfRec one, all;
  double st1, stP, rateP;
  double rate1;
  if (gb_pf_phase(1, seconds, &rate1, &one, &st1) < 0) return -1;
  /* per second on a CPU, not of wall time: other load slows the lone
  ** process too, and a wall-time ratio would hide it (P loaded alike) */
  out->single_rate = one.run_ns > 0 ? (double)one.rounds / ((double)one.run_ns * 1e-9) : rate1;
  if (gb_pf_phase(P, seconds, &rateP, &all, &stP) < 0) return -1;
  out->parallel_rate = rateP;
  out->capacity = out->single_rate > 0 ? rateP / out->single_rate : NAN;
  out->runq_wait_frac = all.wall > 0 ? fmin(1, (double)all.runq_ns * 1e-9 / all.wall) : NAN;
  out->steal_frac = isfinite(stP) && all.wall > 0 ? fmin(1, stP / all.wall) : NAN;
  return 0;
}

/* $name as a real in [lo, hi], else def. */
static double gb_pf_env(const char *name, double def, double lo, double hi) {
  const char *v = getenv(name);
  if (!v || !*v) return def;
  char *end;
  double d = strtod(v, &end);
  if (*end || !(d >= lo && d <= hi)) {
    fprintf(stderr, "gilbench: ignoring %s=%s (wants %g to %g)\n", name, v, lo, hi);
    return def;
  }
  return d;
}

static void gb_pf_say(const char *who, const GbPreflight *p) {
  char steal[32] = "unknown";
  if (!isnan(p->steal_frac)) snprintf(steal, sizeof steal, "%.1f%%", p->steal_frac * 100);
  fprintf(stderr,
          "%s: preflight: %d processes side by side got %.2f cores' worth of work at a lone "
          "process's speed (%.2f·P; wants %.2f·P); run-queue wait %.1f%%, steal %s\n",
          who, p->processes, p->capacity, p->capacity / p->processes, p->threshold,
          p->runq_wait_frac * 100, steal);
}

int gb_preflight_check(int P, bool force, const char *who, GbPreflight *out) {
  const char *mode = getenv("GILBENCH_PREFLIGHT");
  if (mode && strcmp(mode, "off") == 0) return -1;
  if (mode && strcmp(mode, "force") == 0) force = true;
  double thr = gb_pf_env("GILBENCH_PREFLIGHT_MIN", 0.85, 0, 1000);
  double secs = gb_pf_env("GILBENCH_PREFLIGHT_S", 1.0, 0.01, 60);
  int tries = (int)gb_pf_env("GILBENCH_PREFLIGHT_TRIES", 3, 1, 100);
  double wait = gb_pf_env("GILBENCH_PREFLIGHT_WAIT_S", 10, 0, 3600);
  if (P < 1) P = 1;
  for (int k = 1;; k++) {
    if (gb_preflight_measure(P, secs, out) < 0) {
      fprintf(stderr, "%s: preflight: cannot run its processes: %s\n", who, strerror(errno));
      return -1;
    }
    out->threshold = thr;
    out->attempts = k;
    out->ok = out->capacity >= thr * P;
    gb_pf_say(who, out);
    if (out->ok) return 0;
    if (force) {
      out->forced = true;
      fprintf(stderr,
              "%s: preflight: the cores do not run side by side at full speed; forced, going "
              "on: the scaling verdicts will show the load, not only the GIL\n",
              who);
      return 0;
    }
    if (k >= tries) break;
    fprintf(stderr, "%s: preflight: the machine is busy; measuring again in %g s (%d of %d)\n", who,
            wait, k + 1, tries);
    struct timespec ts = {.tv_sec = (time_t)wait,
                          .tv_nsec = (long)((wait - (double)(time_t)wait) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
  }
  fprintf(stderr,
          "%s: preflight: stopping: %d processes did not reach %.2f·P side by side in %d "
          "tries (other load, a CPU quota or shared cores). Rerun on an idle machine, or "
          "--force to measure anyway\n",
          who, P, thr, tries);
  return 1;
}

static json_t *gb_pf_num(double v) {
  return isfinite(v) ? json_real(v) : json_null();
}

json_t *gb_preflight_json(const GbPreflight *p) {
  return json_pack(
      "{s:i, s:f, s:o, s:o, s:o, s:o, s:o, s:f, s:i, s:b, s:b}", "processes", p->processes,
      "seconds", p->seconds, "single_rate", gb_pf_num(p->single_rate), "capacity",
      gb_pf_num(p->capacity), "capacity_share", gb_pf_num(p->capacity / p->processes),
      "runq_wait_frac", gb_pf_num(p->runq_wait_frac), "steal_frac", gb_pf_num(p->steal_frac),
      "threshold", p->threshold, "attempts", p->attempts, "ok", p->ok, "forced", p->forced);
}
