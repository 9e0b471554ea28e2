/*
** suite.h — the experiment suite (suite.c), its report (report.c) and the
** comparison of machines (compare.c). The report and the comparison read
** results files only, so they work on any run, from any machine.
*/
#ifndef GB_SUITE_H
#define GB_SUITE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* gilbench suite SUITE.json [--quick] [--out DIR] [--resume] ... */
int gb_suite_main(int argc, char **argv);
/* Expands the suite file at path as `gilbench suite` plans it (ncores
** physical cores), running nothing: the number of runs, or -1 with the
** reason in err. For the fuzz target tests/fuzz/fuzz_suite.c. */
int gb_suite_plan(const char *path, int ncores, bool quick, char *err, size_t len);
/* gilbench compare A.json B.json ... [--markdown] [--tsv FILE] */
int gb_compare_main(int argc, char **argv);
/* gilbench report RESULTS.json [--out DIR] */
int gb_report_main(int argc, char **argv);

/* Writes DIR/report.md from a results document (figures are linked from
** DIR/figures/) and the figures' data into DIR/data/ (export.h). 0, or -1
** with the reason in err. */
int gb_report_write(const json_t *results, const char *dir, char *err, size_t errlen);

/* What matches a run across files: experiment, interpreter, workload,
** entry, args, mode, workers, gil, intervals and pin, as one string. */
char *gb_run_key(const json_t *run);
/* The run's interpreter: "cpython-3.11" for reference runs, else "gilpy". */
const char *gb_run_interp(const json_t *run);

#endif
