/*
** report.h — the numbers the report's analyses derive from several runs
** (an overhead, a ratio, a break-even point), for the export to write beside
** the figures' data (summary.tsv), and the report's commands.
*/
#ifndef GB_REPORT_H
#define GB_REPORT_H

#include <jansson.h>
#include <stddef.h>

#include "runview.h"

/* One derived number: experiment id, key ("overhead_pct", ...) and value. */
typedef struct GbDerived {
  const char *exp, *key; /* static strings */
  GbQ q;
} GbDerived;

/* Runs every experiment's analysis on doc and stores up to max derived
** numbers in out, in report order. Their count, or -1 if out of memory. */
int gb_report_derived(const json_t *doc, GbDerived *out, int max);

/* Writes DIR/report.md from a results document (figures are linked from
** DIR/figures/) and the figures' data into DIR/data/ (export.h). 0, or -1
** with the reason in err. */
int gb_report_write(const json_t *results, const char *dir, char *err, size_t errlen);
/* gilbench report RESULTS.json [--out DIR] */
int gb_report_main(int argc, char **argv);

#endif
