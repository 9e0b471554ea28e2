/*
** e14.h — E14 "which design fixes the convoy": the numbers of its runs.
** Each run's workers return "io=R cpu=C share=S0,S1,..." (workloads/
** e14_convoy_designs.py; Ruby's: its port, harness/engine/ruby_convoy.rb);
** this groups the runs into lines (a GIL design at one switch interval,
** CPython, or Ruby's GVL) over k, the CPU-bound threads beside the I/O
** thread, and derives the checks the report prints (report_e14.c).
*/
#ifndef GB_E14_H
#define GB_E14_H

#include <jansson.h>
#include <stdbool.h>

#include "runview.h"

#define GB_E14_MAXK 16
#define GB_E14_MAXLINES 32
#define GB_E14_MAXCHECKS 48

typedef struct GbE14Cell {
  GbQ io;          /* I/O ops/s: median [95% interval] over repetitions */
  GbQ cpu;         /* the CPU threads' chunks/s together, the same */
  double io_share; /* the I/O thread's share of the GIL time (median; NaN: CPython) */
  double cpu_lo;   /* the smallest and largest CPU thread's share (medians) */
  double cpu_hi;
} GbE14Cell;

typedef struct GbE14Line {
  char label[48]; /* "fifo, 100 ms", "legacy", "cpython-3.11, 5 ms" */
  char gil[16];   /* the model, or "cpython", "ruby" */
  double si;      /* switch interval, s; NaN where the model has none */
  GbE14Cell cell[GB_E14_MAXK];
} GbE14Line;

/* One verdict check: q should be >= t (ge) or <= t. */
typedef struct GbE14Check {
  GbQ q;
  bool ge;
  double t;
  char text[200];
} GbE14Check;

/* A number for summary.tsv (report.h's GbDerived): key is static. */
typedef struct GbE14Derived {
  const char *key;
  GbQ q;
} GbE14Derived;

#define GB_E14_MAXDERIVED 16

/* fifo with Ruby's quantum models Ruby's convoy if, at the largest k both
** measured (every CPU thread then queues ahead of the I/O thread), its I/O
** rate is within this factor of Ruby's either way. Both let a thread back
** from I/O take a free lock ahead of the queue, so how deep the convoy is
** depends on how fast a woken waiter runs: idle, both came near the
** queue's arithmetic (one operation per k quanta, 2.5 ops/s at k=4); under
** a load average of 29, both did about 100 ops/s, in rounds whose own
** medians were 0.6-1.0x apart (docs/gil-designs.md). 2x leaves room for a
** window holding few operations and for Ruby's timer ticks, not aligned
** with takes. */
#define GB_E14_RUBY_FACTOR 2.0

/* fifo at 100 ms against Ruby at the largest k both have (k > 0). */
typedef struct GbE14Ruby {
  bool measured;   /* the experiment has Ruby runs */
  char interp[32]; /* "ruby-3.1.2" */
  double k;        /* NaN: no k with both lines */
  GbQ fifo, ruby;  /* their I/O ops/s there */
  GbQ ratio;       /* fifo over Ruby */
} GbE14Ruby;

/* The I/O thread's rate alone (k=0). It is the same work under every
** design: one thread, whose GIL is never contended, so the k=0 samples of
** every gilpy line measured in the same rounds (one block) are pooled. */
typedef struct GbE14Alone {
  GbQ q;         /* median [95% interval] of the pooled samples */
  int n, nlines; /* samples and lines pooled */
  double lo, hi; /* the smallest and the largest of those lines' own medians */
} GbE14Alone;

typedef struct GbE14 {
  int nk;
  double ks[GB_E14_MAXK];
  int nlines;
  GbE14Line lines[GB_E14_MAXLINES];
  GbE14Alone alone;
  /* what the machine allows the I/O thread at each k: the rate alone, or
  ** gil=none's at that k where that is lower (k CPU-bound threads then take
  ** cores from it with no GIL at all); NaN where unknown */
  double allowed[GB_E14_MAXK];
  bool by_none[GB_E14_MAXK]; /* allowed[k] is gil=none's rate */
  int nchecks;
  GbE14Check checks[GB_E14_MAXCHECKS];
  /* per design at 5 ms and the largest k: "<design>_io_ratio" (I/O ops/s
  ** over what the machine allows there, `allowed`) and "<design>_cpu_change" (CPU throughput over
  ** new's at that k, minus 1) */
  int nderived;
  GbE14Derived derived[GB_E14_MAXDERIVED];
  GbE14Ruby ruby;
  char ruby_note[160]; /* the comparison in a line, for the verdict table */
} GbE14;

/* One run's numbers, over its repetitions (gilbench compare shows its io). */
GbE14Cell gb_e14_cell(const json_t *r);
/* The analysis of experiment exp's ok runs in runs; false if there are none.
** The design every other is compared with is gil=new at 5 ms. */
bool gb_e14_collect(const json_t *runs, const char *exp, GbE14 *out);
/* The line of gil at switch interval si (ignored when NaN), or NULL. */
const GbE14Line *gb_e14_line(const GbE14 *e, const char *gil, double si);

#endif
