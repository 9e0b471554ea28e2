/*
** runview.h — what a results record means: the quantities derived from a
** run (runs[] of results/SCHEMA.md) and from its document, shared by the
** report (its verdicts) and the export (the figures' data). A missing value
** is NaN (or "" for a name), so callers print or compare it without checks.
*/
#ifndef GB_RUNVIEW_H
#define GB_RUNVIEW_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* A measured quantity with its 95% interval. */
typedef struct GbQ {
  double v, lo, hi;
} GbQ;

extern const GbQ gb_q_none;

/* A field of o: the string ("" if absent), the number (NaN if absent), and
** element i of o's "ci95" pair. */
const char *gb_rs(const json_t *o, const char *k);
double gb_rn(const json_t *o, const char *k);
double gb_ci(const json_t *o, int i);

/* A CPython reference run (not the embedded interpreter). */
bool gb_is_cpython(const json_t *r);
/* The run finished with status "ok". */
bool gb_ok(const json_t *r);
/* args[i] as written (a number stored as such is formatted), NULL if absent;
** the string is valid until four later calls. */
const char *gb_arg(const json_t *r, int i);
/* args[i] as a number, NaN if absent or not numeric. */
double gb_argf(const json_t *r, int i);
/* qsort comparator of doubles, ascending. */
int gb_cmpd(const void *a, const void *b);

/* The median wall time per repetition (s) with its interval. */
GbQ gb_time(const json_t *r);
/* The speedup over the seq baseline, with its interval. */
GbQ gb_speedup(const json_t *r);
/* A numeric field of every worker of every sample ("result", "cpu_s"):
** median, min and max. */
GbQ gb_worker_range(const json_t *r, const char *key);
/* The workers' return values over all samples: median, min and max. */
GbQ gb_result(const json_t *r);
/* The same results' median with its bootstrap 95% interval: for measured
** rates, where one disturbed repetition should not decide. */
GbQ gb_result_ci(const json_t *r);
/* gb_time plus the start-up (forking processes, starting threads). */
GbQ gb_total(const json_t *r);
/* GIL switches per second of wall time, over the counted repetitions
** (NaN for CPython, whose GIL is not observed). */
double gb_switch_rate(const json_t *r);
/* Any GIL counter of gil_totals per second of wall time ("acquisitions":
** releases and re-takes alike). */
double gb_gil_rate(const json_t *r, const char *counter);
/* a and b were measured in rounds together (the same non-null block). */
bool gb_same_block(const json_t *a, const json_t *b);
/* time(a) / time(b) with its interval: paired round by round when the two
** runs were measured in one block (rounds.c), else the ratio of medians. */
GbQ gb_time_ratio(const json_t *a, const json_t *b);
/* The smallest and largest round's time(a)/time(b); false unless a and b
** were measured in the same rounds. */
bool gb_round_range(const json_t *a, const json_t *b, double *lo, double *hi);
/* The speedup per usable core, min(workers, cores): what compares machines
** of different sizes. */
double gb_efficiency(const json_t *r, int cores);

/* One interval of a traced run's GIL timeline. */
typedef struct GbHold {
  int lane;      /* 0-based, in order of each thread's first event */
  double t0, t1; /* ms since the repetition's start */
  bool wait;     /* a wait interval (wait -> take) rather than a hold (take -> drop) */
} GbHold;

/* The hold and wait intervals of r's trace, at most max of them, in order of
** their end; *nlanes gets the number of threads (at most 64). */
int gb_holds(const json_t *r, GbHold *out, int max, int *nlanes);

/* The physical cores of the document's machine (at least 1). */
int gb_doc_cores(const json_t *doc);
/* The machine in one line: "host: CPU, C cores / P PUs, kernel". */
void gb_machine_line(const json_t *doc, char *buf, size_t len);

#endif
