/*
** export.h — `gilbench export`: a results file as the flat data files the
** figures (plots/) and spreadsheets read; the one writer of that data
** (the report calls it for DIR/data). Columns: results/SCHEMA.md.
*/
#ifndef GB_EXPORT_H
#define GB_EXPORT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "analysis.h"

/* Writes doc's data files into dir (created if missing): CSV when csv, else
** TSV; a is doc's analysis (gb_analyze), for summary.tsv. Prints each file's path on
** list unless it is NULL. 0, or -1 with the reason in err. */
int gb_export_write(const json_t *doc, const GbAnalysis *a, const char *dir, bool csv, FILE *list,
                    char *err, size_t errlen);

/* gilbench export: outdir NULL = beside the results file. The exit status. */
int gb_export_main(const char *path, bool csv, const char *outdir);

#endif
