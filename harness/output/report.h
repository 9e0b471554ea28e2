/*
** report.h — `gilbench report`: a results document as report.md, with the
** figures' data beside it (export.h). The numbers come from analysis.h.
*/
#ifndef GB_REPORT_H
#define GB_REPORT_H

#include <jansson.h>
#include <stddef.h>

/* Writes DIR/report.md from a results document (figures are linked from
** DIR/figures/) and the figures' data into DIR/data/ (export.h). 0, or -1
** with the reason in err. */
int gb_report_write(const json_t *results, const char *dir, char *err, size_t errlen);
/* gilbench report RESULTS.json [--out DIR] */
int gb_report_main(int argc, char **argv);

#endif
