/*
** analysis.h — what a results document shows, as data: per experiment the
** tables' numbers, the checks of its expectation and their verdict, and the
** numbers derived from several runs (an overhead, a slope, a break-even
** point); for the whole document the machine's parallel capacity and the
** seeds' summary. The report formats these as Markdown, the export writes
** the derived numbers; neither computes anything of its own.
*/
#ifndef GB_ANALYSIS_H
#define GB_ANALYSIS_H

#include <jansson.h>
#include <stdbool.h>

#include "e14.h"
#include "fidelity.h"
#include "reader.h"

/* --- checks --- */

typedef enum { GB_PASS, GB_FAIL, GB_UNSURE } GbOutcome;

/* A measured value against a threshold its expectation implies: passes when
** its interval lies on the expected side, fails when on the other, and is
** unsure when the interval straddles the threshold. */
typedef struct GbCheck {
  GbOutcome outcome;
  char text[256]; /* what was checked, with the numbers */
} GbCheck;

/* One derived number: experiment id, key ("overhead_pct", ...) and value. */
typedef struct GbDerived {
  const char *exp, *key; /* static strings, or the analysis's own (E4's keys) */
  GbQ q;
} GbDerived;

/* --- what the experiments measured --- */

#define GB_SERIES_MAX 4
#define GB_ROWS_MAX 64

/* Speedups by worker count (rows) and series (columns). */
typedef struct GbTable {
  int nseries, nrows;
  const char *labels[GB_SERIES_MAX];
  int workers[GB_ROWS_MAX];
  struct {
    bool present; /* a run was found */
    GbQ speedup;
    double time; /* median, s */
  } cells[GB_ROWS_MAX][GB_SERIES_MAX];
} GbTable;

typedef struct GbE1 {
  GbTable table;
  GbQ mod_threads, mod_procs; /* S1's `i*i % 1000` variant at N=2 */
} GbE1;

typedef struct GbE2 {
  int nparts; /* one per kind of wait and latency */
  struct {
    bool sleep; /* time.sleep, else bench.fetch */
    double ms;
    GbTable table;
  } parts[16];
} GbE2;

typedef struct GbE3 {
  int nrows;
  struct {
    const char *model; /* a GIL model, or the CPython version */
    GbQ lost[2];       /* no lock, with a Lock: median [min, max] */
    double per_thread; /* the increments one thread makes (args[1]) */
    bool whole;        /* some repetition lost exactly one thread's increments */
  } rows[7];
} GbE3;

/* One task of E4 (an entry: squares, a loop over locals; bodies, objects
** and methods): its threads' speedups and its one-thread cost of none. */
typedef struct GbE4Task {
  char entry[32];
  char key[48]; /* its derived number's key: "overhead_pct" for the first */
  GbTable table;
  bool has_overhead;
  GbQ overhead_pct; /* 1-thread time of gil=none over gil=new */
  double t_none, t_new;
  bool paired;
} GbE4Task;

#define GB_E4_TASKS 4

typedef struct GbE4 {
  int ntasks;
  GbE4Task tasks[GB_E4_TASKS]; /* in the suite's order */
  char note[256];              /* overheads and speedups, for the verdict table */
} GbE4;

typedef struct GbE6 {
  bool traced;
  int nholds; /* holds longer than the blips around start and join */
  int threads;
  double si_ms;
  GbQ hold_ms;          /* median, quartiles */
  double handoff_other; /* share of hand-offs to another thread */
} GbE6;

/* A run of 2 threads that lasts a few intervals hands over fewer times than
** its length / interval (none before the first interval runs out, and the
** last one is cut short): a 35 ms run at 20 ms held one hand-off, at 50 and
** 100 ms none, flattening the slope. From this many intervals a run on, the
** shortfall is under a quarter; gil=new's slope leaves out the rest. */
#define GB_E7_HOLD 4

/* One GIL model's runs by interval. */
typedef struct GbE7Gil {
  int n;
  double x[64]; /* switch interval (ms) or check interval */
  double releases[64], handoffs[64], time[64];
  double slope, handoff_slope;
  /* gil=new: intervals left out of the slope, whose run held fewer than
  ** GB_E7_HOLD of them (ms), and the longest such run's time (s) */
  int nshort;
  double shortx[64], short_time;
  bool tiny; /* the smallest interval is not the 5 ms reference */
  double tiny_x, ref_x, tiny_ratio;
} GbE7Gil;

typedef struct GbE7 {
  GbE7Gil gil[2]; /* new, legacy */
} GbE7;

typedef struct GbE8 {
  int nk;
  double ks[16]; /* CPU threads beside the I/O thread */
  int nrows;
  struct {
    char label[48];
    GbQ ops[16]; /* I/O ops per second */
  } rows[32];
} GbE8;

typedef struct GbE9 {
  GbQ time[3]; /* sequential, threads on 1 core, threads on 2 cores */
  bool has_ratio;
  GbQ ratio; /* two cores over one */
} GbE9;

typedef struct GbE11 {
  int nrows;
  struct {
    double f;
    GbQ threads, procs;
    double amdahl;
  } rows[32];
} GbE11;

typedef struct GbE12 {
  int nrows;
  struct {
    char label[32];
    double us;    /* the task's length; NaN for the empty task */
    GbQ total[4]; /* threads, procs, CPython threads, CPython procs */
    double startup;
  } rows[33];
  /* Where processes start to win, per interpreter (gilpy, CPython):
  ** interpolated linearly in the task length between the last measured
  ** size threads won and the first processes won (the gap between their
  ** times grows linearly with it), with that bracket. */
  struct {
    enum { GB_BE_NONE, GB_BE_BETWEEN, GB_BE_BELOW, GB_BE_BEYOND } kind;
    double us;           /* GB_BE_BETWEEN only, else NaN */
    double lo_us, hi_us; /* the bracket; BELOW: the smallest size, BEYOND: the largest */
  } breakeven[2];
} GbE12;

typedef struct GbExpInfo {
  const char *id, *title, *claim, *expected, *figure;
  const char *gist; /* the claim in a few words, for the verdict table */
} GbExpInfo;

/* The one number an experiment's verdict turns on, for the verdict table:
** what it is, its unit ("×", "ops/s", "ms", "µs", "" for a count or a
** slope), and its value for gilpy and for CPython (NaN where not measured). */
typedef struct GbKey {
  const char *what, *unit; /* static strings; what NULL: none */
  int workers;             /* > 0: the number is at N = workers */
  GbQ gilpy, cpython;
  const char *note; /* NULL, or a comparison added to what (E14: with Ruby) */
} GbKey;

typedef struct GbExpResult {
  const GbExpInfo *info;
  GbKey key;
  int pass, fail, unsure;
  int nchecks;
  GbCheck *checks;
  union {
    GbE1 e1;
    GbE2 e2;
    GbE3 e3;
    GbE4 e4;
    GbTable table; /* E5, E10 */
    GbE6 e6;
    GbE7 e7;
    GbE8 e8;
    GbE9 e9;
    GbE11 e11;
    GbE12 e12;
    GbE14 e14;
  } u;
} GbExpResult;

/* --- the whole document --- */

/* P processes of E1's (or E5's) work against one after another: what the
** machine's cores delivered, with no GIL between the workers. */
typedef struct GbCapacity {
  bool shown;    /* P >= 2 and the runs exist */
  bool short_of; /* not provably 0.9·P */
  const char *exp;
  GbQ speedup;
  bool has_rounds;
  double round_lo, round_hi;
  GbQ cpu_alone, cpu_side; /* a task's CPU time, s: median [min, max] */
  GbQ handoff;             /* a round's wall beyond its slowest task, s (gb_handoff_range) */
  double runq_frac, steal_frac;
} GbCapacity;

/* The seeds' own form (S1): E1 at N=2, E2 at up to 5 requests. */
typedef struct GbSeeds {
  struct {
    bool shown;
    double seq, threads, procs; /* median times; procs NaN if not measured */
    double x_threads, x_procs;
    /* the speedups are medians of per-round ratios where the runs were
    ** measured in rounds together; the medians' own ratio can differ */
    double naive_threads, naive_procs; /* seq / threads, seq / procs */
    double n;                          /* a task's argument: its iterations */
    bool calibrated;                   /* n was sized to the interpreter */
  } cpu[2];                            /* gilpy, CPython */
  struct {
    bool shown;
    int requests;
    double latency_ms, seq, threaded, speedup; /* seq NaN: no sequential run found */
    double naive;                              /* seq / threaded */
  } io[2];
} GbSeeds;

/* A results file of `gilbench run` (no experiment of the suite): per task
** (interpreter, workload, entry, arguments, workers) its modes' median
** times and speedups over its seq run, in the tutorial notes' form. */
#define GB_TASKS_MAX 16
typedef struct GbTaskLine {
  char label[192];   /* "cpu_bound.py main() x2, cpython-3.11" */
  double time[4];    /* by GbMode: median s; NaN not measured */
  GbQ speedup[4];    /* over seq; gb_q_none when none */
  int disturbed[4];  /* samples that stayed disturbed (SCHEMA.md) */
  int remeasured[4]; /* rounds measured again */
} GbTaskLine;

typedef struct GbTasks {
  int n;
  GbTaskLine t[GB_TASKS_MAX];
} GbTasks;

typedef struct GbAnalysis {
  int P;               /* physical cores */
  const char *cpython; /* "cpython-3.11", or NULL when there are no reference runs */
  GbCapacity capacity;
  GbSeeds seeds;
  GbTasks tasks;       /* when the document has no suite experiment */
  GbFidelity fidelity; /* gilpy's threads-to-procs ratios against CPython's */
  /* runs with samples that stayed disturbed (session/disturb.h), those
  ** samples, and the repetitions measured again (runs[].remeasured, summed) */
  int disturbed_runs, disturbed_samples, remeasured;
  /* paired speedups that left disturbed rounds out (speedup.left_out), and
  ** those that kept some: too few undisturbed rounds (stats.h) */
  int speedups_left_out, speedups_kept_disturbed;
  int nexps; /* the experiments the document has runs of, in order */
  GbExpResult exps[16];
  int nderived;
  GbDerived derived[64];
} GbAnalysis;

/* Analyzes doc (borrowed: a must not outlive it); NULL if out of memory. */
GbAnalysis *gb_analyze(const json_t *doc);
void gb_analysis_free(GbAnalysis *a);
/* tasks.c: out from the runs (every run, grouped by task), and the
** disturbance counts of a. */
void gb_tasks_analyze(const json_t *runs, GbTasks *out);
void gb_disturbed_analyze(const json_t *runs, GbAnalysis *a);
/* "reproduced", "not reproduced", "inconclusive" or "no data". */
const char *gb_verdict(const GbExpResult *x);
/* "1.02× [0.98, 1.05]", or "–" for none. */
void gb_fmt_x(GbQ q, char *buf, size_t len);

#endif
