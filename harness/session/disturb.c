/*
** disturb.c — disturbed rounds found and measured again (disturb.h).
**
** A sample is disturbed when, beyond its reference by a margin:
** - its workers waited for a CPU (run-queue wait / their wall time) more
**   than the preflight's side-by-side processes did, or than the run's
**   median sample, whichever is more (10 points): workers that share cores
**   by design (oversubscribed) wait in every sample, not in a disturbed one.
**   A run whose median sample itself waits over 10 points more than the
**   preflight's queues by design (k CPU-bound threads beside E8's and E14's
**   I/O thread on 2 cores, E9's threads pinned to one core): how long its
**   threads wait is the OS's interleaving of them, which varied 2-4x
**   between rounds of idle runs (E8 legacy k=1: 14-65%). Such a round is
**   judged against the run's own rounds only: disturbed when it waited more
**   than twice the median, or beyond 3 robust deviations (1.4826 x MAD) of
**   the rounds, whichever is more. On the idle VM the 10-point margin
**   marked half of E8's rounds and a quarter of E14's (any run of a block
**   marks the round); this marks 4% and 12%. The busy-machine warning
**   (record.c) holds to the same judgement: none for such a run unless a
**   round of it, re-measured or not, still waited beyond its own rounds
**   (GbRun.queues_by_design); a busy preflight makes no run queue by design;
** - the hypervisor's steal share was above the preflight's or the run's
**   median (5 points, the busy-machine warning's limit); samples shorter
**   than 40 ticks of its clock (0.4 CPU-s) are not judged by it;
** - its CPU share (CPU time / wall) fell below 3/4 of the run's median.
**   Not against the preflight: a share is the workload's (threads under a
**   GIL get 1/N each, an I/O task little), only a drop from its own is news.
**   Runs using under 20% of their wall time on a CPU are left out: there
**   the share is the waits', not the machine's; so are runs that queue by
**   design and do no fixed work (E8, E14): their measured thread is the
**   I/O thread, whose CPU share falls whenever its I/O rate does, the
**   outcome being measured, while a busy machine shows in its wait;
** - its CPU time per task rose above the run's median by 15%, in runs whose
**   tasks do a fixed work (the suite's "fixed_work": E1, E4, E5, E10) and
**   whose workers share nothing: seq and procs. The same work took more CPU
**   time, so the CPU itself ran slower (a busy SMT sibling, the host), which
**   neither steal nor run-queue wait shows: on the 2-vCPU VM a task's CPU
**   time doubled in some rounds with both at zero. Not threads (gil=none's
**   shared reference counts cost CPU time by design) nor time-windowed
**   workloads (E8, E14: a fixed duration, not a fixed work). Against the
**   run's own median, so a CPU slower all along (SMT siblings) is the
**   machine's measure, not a disturbance; seq's rounds are judged as the
**   procs' are, so re-measuring favours neither side of a speedup. 15%:
**   idle runs' tasks stayed within 13% of their median (CPython's fresh
**   processes differ most), a disturbed round's rose by 50-100%.
*/
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "disturb.h"
#include "measure.h"
#include "progress.h"
#include "stats.h"
#include "task.h"

#define GB_DISTURB_RUNQ 0.10
#define GB_DISTURB_QUEUE_X 2.0 /* a queuing run's round: over this x its median wait */
#define GB_DISTURB_MADS 3.0    /* or over this many robust deviations of its rounds */
#define GB_DISTURB_STEAL 0.05
#define GB_DISTURB_CPU 0.75
#define GB_DISTURB_CPU_MIN 0.20
#define GB_DISTURB_TASK 0.15
#define GB_DISTURB_TICKS 40      /* of steal's resolution: one tick is 2.5% */
#define GB_DISTURB_PAUSE_S 0.5   /* before pass p: (p - 1) x this */
#define GB_DISTURB_PAUSE_MAX 2.0 /* s: at most */

static struct {
  bool have;
  double runq, steal;
} gb_ref;

void gb_disturb_reference(const GbPreflight *pf) {
  gb_ref.have = pf != NULL;
  gb_ref.runq = pf ? pf->runq_wait_frac : 0;
  gb_ref.steal = pf && isfinite(pf->steal_frac) ? pf->steal_frac : 0;
}

/* A sample's shares: run-queue wait, steal and CPU, each of its wall; and
** its CPU time per task, NaN where that is not judged. */
typedef struct GbShares {
  double runq, steal, cpu, task;
} GbShares;

#define GB_SHARES 4

/* Tasks of fixed work on workers that share nothing (see the header). */
static bool gb_task_judged(const GbRun *r) {
  return r->cfg.fixed_work && (r->cfg.mode == GB_MODE_SEQ || r->cfg.mode == GB_MODE_PROCS);
}

static GbShares gb_shares(const GbRun *r, const GbSample *s) {
  double busy = 0;
  for (int k = 0; k < s->nworkers; k++)
    busy += s->workers[k].wall_s;
  double cpu_wall = s->wall_s * (double)gb_run_cpus(&r->cfg);
  /* steal counts in ticks (10 ms): one tick in a short sample is no share */
  bool long_enough = cpu_wall * (double)sysconf(_SC_CLK_TCK) >= GB_DISTURB_TICKS;
  bool task = gb_task_judged(r) && s->nworkers > 0;
  return (GbShares){
      .runq = busy > 0 ? s->runq_s / busy : 0,
      .steal = isfinite(s->steal_s) && long_enough ? s->steal_s / cpu_wall : NAN,
      .cpu = busy > 0 ? s->cpu_s / busy : NAN,
      .task = task ? s->cpu_s / s->nworkers : NAN,
  };
}

static double gb_median_of(const double *x, int n) {
  GbStats st;
  gb_stats_compute(x, n, &st);
  return n ? st.median : NAN;
}

/* What a run's samples are held against: the median of each share (NaN
** ones left out), and how far a queuing run's round may wait (header). */
typedef struct GbRunRef {
  GbShares med;
  bool queues;      /* its median round waits for a CPU by design */
  double runq_over; /* the margin over med.runq that still is not news */
  bool cpu_judged;  /* its CPU share is the machine's to lower, not the workload's */
} GbRunRef;

static GbRunRef gb_run_ref(const GbRun *r) {
  double *v[GB_SHARES];
  int n[GB_SHARES] = {0};
  for (int f = 0; f < GB_SHARES; f++)
    v[f] = gb_calloc((size_t)r->nsamples + 1, sizeof *v[f]);
  for (int i = 0; i < r->nsamples; i++) {
    GbShares s = gb_shares(r, &r->samples[i]);
    double x[GB_SHARES] = {s.runq, s.steal, s.cpu, s.task};
    for (int f = 0; f < GB_SHARES; f++)
      if (isfinite(x[f])) v[f][n[f]++] = x[f];
  }
  double m[GB_SHARES];
  for (int f = 0; f < GB_SHARES; f++)
    m[f] = gb_median_of(v[f], n[f]);
  GbRunRef ref = {.med = {m[0], m[1], m[2], m[3]}, .runq_over = GB_DISTURB_RUNQ};
  ref.queues = n[0] > 0 && m[0] > (gb_ref.have ? gb_ref.runq : 0) + GB_DISTURB_RUNQ;
  if (ref.queues) {
    for (int i = 0; i < n[0]; i++) /* v[0] now holds the absolute deviations */
      v[0][i] = fabs(v[0][i] - m[0]);
    double mad = 1.4826 * gb_median_of(v[0], n[0]);
    ref.runq_over =
        fmax(GB_DISTURB_RUNQ, fmax((GB_DISTURB_QUEUE_X - 1) * m[0], GB_DISTURB_MADS * mad));
  }
  ref.cpu_judged = m[2] >= GB_DISTURB_CPU_MIN && !(ref.queues && !r->cfg.fixed_work);
  for (int f = 0; f < GB_SHARES; f++)
    free(v[f]);
  return ref;
}

/* Whether a sample waited for a CPU beyond what its run's reference allows. */
static bool gb_waited_beyond(const GbShares *s, const GbRunRef *ref) {
  return s->runq > fmax(gb_ref.have ? gb_ref.runq : 0, ref->med.runq) + ref->runq_over;
}

/* Whether a sample is disturbed; if so, why (with its numbers) into why. */
static bool gb_disturbed(const GbShares *s, const GbRunRef *ref, char *why, size_t len) {
  const GbShares *med = &ref->med;
  double runq = fmax(gb_ref.have ? gb_ref.runq : 0, med->runq);
  double steal = fmax(gb_ref.have ? gb_ref.steal : 0, isfinite(med->steal) ? med->steal : 0);
  if (gb_waited_beyond(s, ref))
    snprintf(why, len, "run-queue wait %.0f%%, usually %.0f%%", 100 * s->runq, 100 * runq);
  else if (isfinite(s->steal) && s->steal > steal + GB_DISTURB_STEAL)
    snprintf(why, len, "steal %.0f%%, usually %.0f%%", 100 * s->steal, 100 * steal);
  else if (isfinite(s->task) && med->cpu >= GB_DISTURB_CPU_MIN &&
           s->task > (1 + GB_DISTURB_TASK) * med->task)
    snprintf(why, len, "a task's CPU time %+.0f%% over its median: a slower CPU",
             100 * (s->task / med->task - 1));
  else if (isfinite(s->cpu) && ref->cpu_judged && s->cpu < GB_DISTURB_CPU * med->cpu)
    snprintf(why, len, "CPU share %.0f%%, usually %.0f%%", 100 * s->cpu, 100 * med->cpu);
  else
    return false;
  return true;
}

/* GILBENCH_DISTURB_TEST is set: only the rounds it names are disturbed,
** so a test's outcome does not hang on the machine's load. */
static bool gb_disturb_testing(void) {
  const char *e = getenv("GILBENCH_DISTURB_TEST");
  return e && *e;
}

/* Under GILBENCH_DISTURB_TEST: whether round k, measured for the times-th
** time, is to count as disturbed. */
static bool gb_disturb_forced(int k, int times) {
  if (!gb_disturb_testing()) return false;
  const char *e = getenv("GILBENCH_DISTURB_TEST");
  char *end;
  long round = strtol(e, &end, 10), m = 1;
  if (*end == ':') m = strcmp(end + 1, "always") == 0 ? INT32_MAX : strtol(end + 1, NULL, 10);
  return round == k + 1 && times <= m;
}

/* Why round k is disturbed, for the progress line (GB_WHY_LEN). */
#define GB_WHY_LEN 160

/* Marks out's disturbed samples; bad[k]: a sample of round k is, and
** why[k] says which run's and why. */
static void gb_disturb_mark(GbRun *out, int n, int rounds, const int *times, bool *bad,
                            char (*why)[GB_WHY_LEN]) {
  bool testing = gb_disturb_testing();
  for (int k = 0; k < rounds; k++) {
    bad[k] = gb_disturb_forced(k, times[k]);
    snprintf(why[k], GB_WHY_LEN, "%s", bad[k] ? "forced by GILBENCH_DISTURB_TEST" : "");
  }
  for (int i = 0; i < n; i++) {
    if (out[i].status != GB_OK) continue;
    GbRunRef ref = gb_run_ref(&out[i]);
    bool waited = false; /* a round waited beyond its run's own */
    for (int k = 0; k < out[i].nsamples && k < rounds; k++) {
      GbShares s = gb_shares(&out[i], &out[i].samples[k]);
      char w[GB_WHY_LEN - 32];
      bool d = !testing && gb_disturbed(&s, &ref, w, sizeof w);
      if (d && !why[k][0])
        snprintf(why[k], GB_WHY_LEN, "%s x%d: %s", gb_mode_name(out[i].cfg.mode),
                 out[i].cfg.workers, w);
      out[i].samples[k].disturbed = out[i].samples[k].disturbed_own = bad[k] || d;
      waited |= gb_waited_beyond(&s, &ref);
    }
    out[i].queues_by_design = ref.queues && !waited;
  }
  for (int i = 0; i < n; i++)
    for (int k = 0; k < out[i].nsamples && k < rounds; k++)
      bad[k] |= out[i].samples[k].disturbed;
  /* a round is the block's: all its runs' samples share the mark */
  for (int i = 0; i < n; i++)
    for (int k = 0; k < out[i].nsamples && k < rounds; k++)
      out[i].samples[k].disturbed = bad[k];
}

/* Says at once, on the progress output, that round k of the block was
** disturbed and what is done about it: the machine, not the claim, is then
** the problem, and a user should not wait for the report to learn it. */
static void gb_disturb_say(GbProgress *prog, const GbRun *out, int k, int rounds, const char *why,
                           const char *action) {
  if (!prog) return;
  const GbRunConfig *c = &out[0].cfg;
  char msg[384];
  snprintf(msg, sizeof msg, "%s%s%s(): round %d/%d disturbed (%s): %s",
           c->experiment ? c->experiment : "", c->experiment ? " " : "", c->entry, k + 1, rounds,
           why, action);
  gb_progress_message(prog, msg);
}

/* Measures round k of out[0..n) again through redo, in place: a run's
** sample k is swapped for the fresh one (a measurement that failed is
** dropped). 0, or 1 if interrupted. */
static int gb_disturb_redo(GbRun *out, int n, int k, GbRun *fresh, GbRedoRound redo, void *ud) {
  memset(fresh, 0, (size_t)n * sizeof *fresh);
  int rc = redo(ud, k, fresh);
  for (int i = 0; i < n; i++) {
    bool ok = rc == 0 && fresh[i].status == GB_OK && fresh[i].nsamples == 1;
    if (ok && out[i].status == GB_OK && k < out[i].nsamples) {
      GbSample old = out[i].samples[k]; /* swapped: gb_run_free frees the old one */
      gp_GilStats gil;
      gb_gil_sub(&gil, &out[i].gil, &old.gil); /* the run's sum: the new round's counters */
      gb_gil_add(&gil, &fresh[i].samples[0].gil);
      out[i].gil = gil;
      out[i].samples[k] = fresh[i].samples[0];
      fresh[i].samples[0] = old;
      out[i].remeasured++;
    }
    gb_run_free(&fresh[i]);
  }
  return rc;
}

/* The pause before pass `pass` (from 2) of re-measuring: a host's other
** tenants kept a CPU slow for seconds at a time (E1 on the 2-vCPU VM: four
** rounds in a row at half speed), so a round measured again at once often
** stays disturbed; GILBENCH_DISTURB_PAUSE_S scales it (the tests: 0; none
** under GILBENCH_DISTURB_TEST). */
static void gb_disturb_pause(int pass) {
  if (gb_disturb_testing()) return;
  const char *e = getenv("GILBENCH_DISTURB_PAUSE_S");
  double unit = e && *e ? strtod(e, NULL) : GB_DISTURB_PAUSE_S;
  double s = fmin(unit * (pass - 1), GB_DISTURB_PAUSE_MAX * unit / GB_DISTURB_PAUSE_S);
  if (!(s > 0)) return;
  struct timespec ts = {(time_t)s, (long)((s - floor(s)) * 1e9)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR && !gb_interrupted)
    ;
}

int gb_disturb_review(GbRun *out, int n, int rounds, GbRedoRound redo, void *ud, GbProgress *prog) {
  bool *bad = gb_calloc((size_t)rounds, sizeof *bad);
  char(*why)[GB_WHY_LEN] = gb_calloc((size_t)rounds, sizeof *why);
  int *times = gb_calloc((size_t)rounds, sizeof *times), rc = 0;
  GbRun *fresh = gb_calloc((size_t)n, sizeof *fresh);
  int budget = rounds > 1 ? rounds : 1;
  for (int k = 0; k < rounds; k++)
    times[k] = 1;
  gb_disturb_mark(out, n, rounds, times, bad, why);
  /* In passes, each disturbed round once a pass: the budget is spread over
  ** the rounds and over time, not spent on one round while its
  ** disturbance lasts. */
  for (int pass = 1, any = 1; any && budget > 0 && rc == 0; pass++) {
    any = 0;
    for (int k = 0; k < rounds && budget > 0 && rc == 0; k++) {
      if (!bad[k]) continue;
      if (!any && pass > 1) gb_disturb_pause(pass);
      any = 1;
      gb_disturb_say(prog, out, k, rounds, why[k], "measuring it again");
      budget--;
      times[k]++;
      rc = gb_disturb_redo(out, n, k, fresh, redo, ud);
      if (rc == 0) gb_disturb_mark(out, n, rounds, times, bad, why);
    }
  }
  for (int k = 0; k < rounds && rc == 0; k++)
    if (bad[k]) gb_disturb_say(prog, out, k, rounds, why[k], "kept, marked disturbed");
  free(fresh);
  free(times);
  free(why);
  free(bad);
  return rc;
}
