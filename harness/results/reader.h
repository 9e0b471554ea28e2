/*
** reader.h — the one reader of gilbench-result/1 documents
** (results/SCHEMA.md): loading a file and the recorded fields of a run and
** of its document, as C values. What the records mean beyond that (derived
** quantities, verdicts) is analysis/. A missing value is NaN (or "" for a
** name), so callers print or compare it without checks.
*/
#ifndef GB_READER_H
#define GB_READER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* A measured quantity with its 95% interval. */
typedef struct GbQ {
  double v, lo, hi;
} GbQ;

extern const GbQ gb_q_none;

/* A results document from a file, checked to be gilbench-result/1;
** NULL with a one-line reason in err. */
json_t *gb_results_load(const char *path, char *err, size_t errlen);

/* A field of o: the string ("" if absent), the number (NaN if absent), and
** element i of o's "ci95" pair. */
const char *gb_rs(const json_t *o, const char *k);
double gb_rn(const json_t *o, const char *k);
double gb_ci(const json_t *o, int i);
/* An integer field (workers, check_interval); 0 if absent. */
long long gb_ri(const json_t *o, const char *k);

/* The run's interpreter: "cpython-3.11" or "ruby-3.1.2" for reference
** runs, else "gilpy". */
const char *gb_run_interp(const json_t *r);
/* Its family: "gilpy", "cpython" or "ruby". */
const char *gb_run_impl(const json_t *r);
/* What matches a run across files: experiment, interpreter, workload,
** entry, args, mode, workers, gil, intervals and pin, as one string. */
char *gb_run_key(const json_t *r);
/* A CPython reference run (not the embedded interpreter). */
bool gb_is_cpython(const json_t *r);
/* A Ruby reference run (E14's Ruby line). */
bool gb_is_ruby(const json_t *r);
/* A run of the embedded interpreter (no reference run). */
bool gb_is_gilpy(const json_t *r);
/* The run finished with status "ok". */
bool gb_ok(const json_t *r);
/* args[i] as written (a number stored as such is formatted), NULL if absent;
** the string is valid until four later calls. */
const char *gb_arg(const json_t *r, int i);
/* args[i] as a number, NaN if absent or not numeric; a suite's
** "{calibrated}" argument is the value the run was measured with. */
double gb_argf(const json_t *r, int i);

/* The median wall time per repetition (s) with its interval. */
GbQ gb_time(const json_t *r);
/* The speedup over the seq baseline, with its interval. */
GbQ gb_speedup(const json_t *r);
/* The wall times of r's samples into a fresh array (free it); *n gets
** their count. */
double *gb_walls(const json_t *r, int *n);
/* Round k's mark over runs[0..nr) (NULL ones skipped), k < n: whether a
** sample k of any of them stayed disturbed by its own measure
** ("disturbed_own"; "disturbed", its round's, in older files); a fresh
** array (free it). */
bool *gb_round_marks(const json_t *const *runs, int nr, int n);
/* a and b were measured in rounds together (the same non-null block). */
bool gb_same_block(const json_t *a, const json_t *b);

/* The document's runs (an array: gb_results_load checks it). */
const json_t *gb_doc_runs(const json_t *doc);
/* A field of the document's "machine" block ("hostname", ...), "" if absent. */
const char *gb_doc_machine(const json_t *doc, const char *k);
/* The physical cores of the document's machine as recorded (0 unknown). */
int gb_doc_cores_raw(const json_t *doc);
/* The same, at least 1: what a per-core quantity divides by. */
int gb_doc_cores(const json_t *doc);
/* The machine in one line: "host: CPU, C cores / P PUs, kernel". */
void gb_machine_line(const json_t *doc, char *buf, size_t len);

#endif
