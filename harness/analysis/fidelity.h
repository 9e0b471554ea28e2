/*
** fidelity.h — whether gilpy behaves like CPython where the folklore is
** about the machine rather than the interpreter: for E1, E2 (N <= 5) and E5,
** gilpy's threads-to-processes ratio against CPython's, both measured in the
** same rounds. The ratio is the threads' speedup over the processes' (the
** report's speedups divided: per round, procs time / threads time); the
** rule asks it to lie within ±10% of CPython's. As data; the report and the
** export present it.
*/
#ifndef GB_FIDELITY_H
#define GB_FIDELITY_H

#include <jansson.h>
#include <stdbool.h>

#include "reader.h"

#define GB_FID_TOLERANCE 0.10 /* the rule's ±10% */
#define GB_FID_ROWS_MAX 48

typedef enum { GB_FID_WITHIN, GB_FID_OUTSIDE, GB_FID_INCONCLUSIVE } GbFidVerdict;

/* Why a row is inconclusive (GB_FID_NONE otherwise). */
typedef enum {
  GB_FID_NONE,
  GB_FID_NO_CPYTHON, /* no CPython threads run of this task */
  GB_FID_NO_PROCS,   /* one side has no procs run: no ratio */
  GB_FID_UNPAIRED,   /* the four runs were not measured in the same rounds */
  GB_FID_DISTURBED,  /* some round stayed disturbed (session/disturb.h) */
  GB_FID_WIDE        /* the difference's interval straddles ±10% */
} GbFidWhy;

/* One interpreter's side of a row: the ratio and what it is made of. */
typedef struct GbFidSide {
  GbQ ratio;        /* threads speedup / procs speedup, with its interval */
  double seq;       /* median seq time at this N, s; NaN not measured */
  double x_threads; /* speedups over seq (median) */
  double x_procs;
  double cpu_threads; /* a worker's CPU time / its wall time (median) */
  double cpu_procs;
  double startup_frac; /* procs start-up / (their time + start-up) */
  /* How much longer a process's first task runs than its later ones, over
  ** a task's time: in the seq run of this task with the most workers, per
  ** sample the first task's CPU time minus the later ones' (median) over
  ** their wall time; the median. Every threads and procs task is the first
  ** of a fresh thread or process, seq's later tasks are not. NaN: no seq
  ** run of 2 or more workers. */
  double first_extra;
  int disturbed; /* samples of its runs that stayed disturbed */
} GbFidSide;

typedef struct GbFidRow {
  const char *exp; /* "E1", "E2", "E5" (static) */
  char part[48];   /* the task when an experiment has several: "fetch 20 ms" */
  int workers;
  GbFidSide side[2];  /* gilpy, CPython */
  GbQ diff;           /* gilpy's ratio / CPython's − 1, with its interval */
  bool paired;        /* the interval is per round: all four runs in one block */
  int left_out;       /* paired: disturbed rounds left out of diff (stats.h) */
  int disturbed_kept; /* paired: disturbed rounds diff had to keep */
  GbFidVerdict verdict;
  GbFidWhy why;
  bool procs_side; /* outside: the procs speedups differ more than the threads' */
} GbFidRow;

typedef struct GbFidelity {
  int n;
  GbFidRow rows[GB_FID_ROWS_MAX];
} GbFidelity;

/* Fills out from a document's runs (every E1, E2 with N <= 5, E5 task). */
void gb_fidelity_analyze(const json_t *runs, GbFidelity *out);
/* "within ±10%", "outside ±10%", "inconclusive". */
const char *gb_fid_verdict_name(GbFidVerdict v);
/* "no CPython run", "no procs run", "not in the same rounds", "disturbed
** rounds", "interval straddles ±10%"; "" for GB_FID_NONE. */
const char *gb_fid_why_name(GbFidWhy w);

#endif
