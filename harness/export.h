/*
** export.h — `gilbench export`: a results file as flat data files for
** gnuplot and spreadsheets (columns in results/SCHEMA.md).
*/
#ifndef GB_EXPORT_H
#define GB_EXPORT_H

#include <stdbool.h>

/* csv: true for CSV, false for TSV; outdir NULL = beside the results file.
** Returns the exit status. */
int gb_export_main(const char *path, bool csv, const char *outdir);

#endif
