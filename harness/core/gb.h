/*
** gb.h — gilbench's shared types: the run configuration (what to measure),
** and the run record (what was measured). Every module of the harness works
** on these two; `run`, `suite` and `compare` differ only in how they fill them.
*/
#ifndef GB_H
#define GB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "gilpy.h"

#define GB_VERSION_STR "0.3.0"
#define GB_MAX_ARGS 16
#define GB_MAX_WORKERS 1024
#define GB_MAX_WARNINGS 4
#define GB_BLOCK_LEN 48

typedef enum { GB_MODE_SEQ, GB_MODE_THREADS, GB_MODE_SUBINTERP, GB_MODE_PROCS } GbMode;

typedef enum { GB_PIN_NONE, GB_PIN_CORES, GB_PIN_COMPACT, GB_PIN_SCATTER, GB_PIN_CORE } GbPinKind;

typedef struct GbPin {
  GbPinKind kind;
  int core; /* GB_PIN_CORE: the logical core index K */
} GbPin;

/* One measurement to make. Owns its strings (gb_config_free). */
typedef struct GbRunConfig {
  char *experiment; /* NULL when not part of an experiment */
  char *workload;   /* path of the .py file, as given */
  char *entry;      /* module-level function each worker calls */
  int nargs;
  char *args[GB_MAX_ARGS]; /* as given; "{worker}" is the worker's index */
  GbMode mode;
  int workers;
  gp_GilModel gil;
  double switch_interval; /* s */
  int check_interval;     /* instructions */
  GbPin pin;
  int reps, warmup;
  bool trace;
  bool fixed_work;  /* every task does the same work: its CPU time shows the CPU's speed */
  double timeout_s; /* whole run, setup included; 0 = none */
} GbRunConfig;

typedef enum { GB_OK, GB_FAILED, GB_TIMEOUT } GbStatus;

/* A worker's return value, copied out of the VM (or out of a child). */
typedef struct GbValue {
  gp_ResultKind kind;
  int64_t i;
  double f;
  char *s;
} GbValue;

typedef struct GbWorkerSample {
  double wall_s, cpu_s;
  double runq_s; /* runnable but waiting for a CPU (the machine was busy) */
  long ctx_vol, ctx_invol;
  int core; /* logical core index where it last ran; -1 unknown */
  gp_GilStats gil;
  GbValue result;
} GbWorkerSample;

typedef struct GbSample {
  double wall_s, cpu_s; /* cpu_s, runq_s and ctx_* are the workers' sums */
  int64_t t_end_us;     /* when it ended, Unix time in µs: shows the rounds and any drift */
  double steal_s;       /* the hypervisor's steal, all CPUs, during it; NaN unknown */
  double runq_s;
  long ctx_vol, ctx_invol;
  gp_GilStats gil;    /* every VM of the run, this repetition */
  bool disturbed;     /* the machine was busy in its round, still after re-measuring (disturb.h) */
  bool disturbed_own; /* ... and this run's own sample showed it */
  int nworkers;
  GbWorkerSample *workers;
} GbSample;

typedef struct GbBinding {
  int worker;
  char requested[48]; /* the pin policy's target, as a PU list; "" for none */
  char cpuset[48];    /* read back after binding, as a PU list ("0-1,4") */
  int core;           /* where it ran right after binding; -1 unknown */
} GbBinding;

typedef struct GbStats {
  int n;
  double min, median, mean, stddev, cv, ci_lo, ci_hi;
  bool cv_high;
} GbStats;

typedef struct GbSpeedup {
  bool valid;
  bool paired;  /* taken round by round against a baseline measured alongside */
  int rounds;   /* paired: the rounds it is taken over */
  int left_out; /* paired: disturbed rounds left out (gb_stats_speedup_of) */
  double baseline_median, value, lo, hi;
} GbSpeedup;

typedef struct GbTraceEvent {
  uint64_t t_ns; /* since the repetition's start */
  uint32_t thread;
  uint32_t kind;
  int vm; /* worker index owning the VM; 0 with one shared VM */
} GbTraceEvent;

typedef struct GbRun {
  GbRunConfig cfg;
  GbStatus status;
  char *error; /* NULL when ok */
  double startup_s;
  int nbinding;
  GbBinding *binding;
  int nsamples;
  GbSample *samples;
  GbStats stats;
  GbSpeedup speedup;
  gp_GilStats gil; /* sum over the counted repetitions */
  size_t ntrace;
  GbTraceEvent *trace;
  bool oversubscribed;      /* more workers than cores/PUs: they share */
  double runq_frac;         /* workers' run-queue wait / their wall time */
  bool queues_by_design;    /* its wait is the workload's: no busy warning (disturb.h) */
  double steal_frac;        /* steal / the CPU time the run could use; NaN unknown */
  char block[GB_BLOCK_LEN]; /* runs measured in rounds together share it; "" alone */
  int remeasured;           /* rounds measured again: the machine was busy (disturb.h) */
  int nwarnings;
  char *warnings[GB_MAX_WARNINGS];
} GbRun;

/* config.c */
void gb_config_init(GbRunConfig *c);
void gb_config_copy(GbRunConfig *dst, const GbRunConfig *src);
void gb_config_free(GbRunConfig *c);
const char *gb_mode_name(GbMode m);
/* Whether a GIL model (by name) hands over on a switch interval: all but
** legacy (ticks) and none. */
bool gb_gil_timed(const char *gil);
int gb_mode_parse(const char *s, GbMode *out);
/* "none", "cores", "compact", "scatter", "core:K"; -1 on anything else. */
int gb_pin_parse(const char *s, GbPin *out);
void gb_pin_format(GbPin p, char *buf, size_t len);
/* The module name a workload loads as: its file's stem ("cpu_bound"). */
void gb_config_modname(const GbRunConfig *c, char *buf, size_t len);
/* An argument as the workload sees it: int, float or str (Python literal
** rules for int/float, underscores allowed); "{worker}" gives `worker`. */
void gb_arg_value(const char *text, int worker, gp_Arg *out);
/* Same measurement but in another mode (the seq baseline of a run). */
bool gb_config_same_task(const GbRunConfig *a, const GbRunConfig *b);

/* record.c: the record's lifetime */
void gb_run_free(GbRun *r);
void gb_run_fail(GbRun *r, GbStatus st, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void gb_run_warn(GbRun *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void gb_value_free(GbValue *v);
/* Statistics, run-queue share and busy-machine warning from r's samples;
** no such warning for a run that queues by design (queues_by_design). */
void gb_run_summarize(GbRun *r);
/* The CPUs c's workers can run on at once: min(workers, online CPUs), 1 in
** seq; what a steal share divides by. */
long gb_run_cpus(const GbRunConfig *c);
/* A warning gb_run_summarize writes from all the samples (busy machine, steal). */
bool gb_run_is_summary_warning(const char *w);

/* util: strdup that aborts on OOM, and a printf into a fresh string */
char *gb_strdup(const char *s);
char *gb_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void *gb_calloc(size_t n, size_t size);
/* dir/name into buf; a path too long for buf becomes "" (and fails to open). */
void gb_path(char *buf, size_t len, const char *dir, const char *name);
/* mkdir of one level; an existing directory is fine. 0, or -1 (errno). */
int gb_mkdir(const char *dir);

/* forkpipe.c: makes n close-on-exec pipes in fds, flushes stdio and forks:
** the child's pid, 0 in the child (each side closes the ends it does not
** use), or -1 with err set ("pipe: ...", "fork: ...") and no pipe open. */
pid_t gb_fork_pipes(int fds[][2], int n, char *err, size_t errlen);

#endif
