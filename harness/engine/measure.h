/*
** measure.h — what one repetition measures: a mark is taken before and
** after a task, on the task's own thread, and the difference is the
** worker's sample (wall, CPU, context switches, GIL counters).
*/
#ifndef GB_MEASURE_H
#define GB_MEASURE_H

#include "gb.h"

typedef struct GbMark {
  double wall, cpu;
  uint64_t runq_ns;
  long nvcsw, nivcsw;
  gp_GilStats gil;
} GbMark;

/* CLOCK_MONOTONIC in seconds. */
double gb_now(void);
/* Unix time in µs (CLOCK_REALTIME): timestamps, never durations. */
int64_t gb_unix_us(void);
/* Marks the calling thread (process: the whole, single-threaded process). */
void gb_mark(GbMark *m, gp_Thread *t, bool process);
/* Closes the calling thread's scheduler-statistics file (at thread exit,
** and first thing in a forked child, which must not read its parent's). */
void gb_mark_release(void);
/* b - a into w (wall_s, cpu_s, ctx_*, gil); leaves core and result alone. */
void gb_mark_diff(const GbMark *a, const GbMark *b, GbWorkerSample *w);
void gb_gil_add(gp_GilStats *acc, const gp_GilStats *x);
void gb_gil_sub(gp_GilStats *out, const gp_GilStats *b, const gp_GilStats *a);
/* Sums the workers' CPU time and context switches into the sample. */
void gb_sample_totals(GbSample *s);
/* The machine's steal time so far, in s summed over its CPUs: time the
** hypervisor ran something else while this guest's CPUs wanted to run.
** NaN when unknown (no /proc/stat, or no steal column in it). */
double gb_steal_now(void);
/* Steal since `before` (a gb_steal_now value); NaN when either is unknown
** or the counter went backwards. */
double gb_steal_since(double before);
/* The steal total of /proc/stat's text ("cpu " line, 8th value, in ticks
** of 1/hz s); NaN when it has none. */
double gb_steal_parse(const char *stat, long hz);

#endif
