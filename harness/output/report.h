/*
** report.h — the numbers the report's analyses derive from several runs
** (an overhead, a ratio, a break-even point), for the export to write beside
** the figures' data (summary.tsv). The report's commands are in suite.h.
*/
#ifndef GB_REPORT_H
#define GB_REPORT_H

#include <jansson.h>

#include "runview.h"

/* One derived number: experiment id, key ("overhead_pct", ...) and value. */
typedef struct GbDerived {
  const char *exp, *key; /* static strings */
  GbQ q;
} GbDerived;

/* Runs every experiment's analysis on doc and stores up to max derived
** numbers in out, in report order. Their count, or -1 if out of memory. */
int gb_report_derived(const json_t *doc, GbDerived *out, int max);

#endif
