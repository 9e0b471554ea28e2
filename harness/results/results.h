/*
** results.h — the gilbench-result/1 document (results/SCHEMA.md): a run
** record as JSON, the document around the runs, and reading one back.
*/
#ifndef GB_RESULTS_H
#define GB_RESULTS_H

#include <jansson.h>

#include "gb.h"

#define GB_SCHEMA "gilbench-result/1"
#define GB_JSON_FLAGS (JSON_INDENT(2) | JSON_REAL_PRECISION(12))

json_t *gb_results_run(const GbRun *r);
/* A run's "speedup" member (null when not valid). */
json_t *gb_results_speedup(const GbSpeedup *s);
json_t *gb_results_document(json_t *tool, json_t *machine, const char *started,
                            const char *finished, json_t *runs);
/* Now, as ISO-8601 UTC with seconds: "2024-05-01T12:00:00Z". */
void gb_results_now(char *buf, size_t len);
const char *gb_status_name(GbStatus s);

#endif
