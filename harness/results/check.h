/*
** check.h — a results document's runs checked against themselves: what
** compare, report and export print comes from the stored statistics, so a
** file whose samples were removed or damaged must not pass for the original.
*/
#ifndef GB_CHECK_H
#define GB_CHECK_H

#include <jansson.h>
#include <stddef.h>

/* 0 if every run is an object whose samples are a list of measured times
** (wall_s a finite number >= 0) and whose stats (n, min, median, mean)
** are those of the samples; else -1 with the first problem in err, naming
** the run ("runs[3] (E1 threads x2): ..."). */
int gb_results_check(const json_t *doc, char *err, size_t errlen);

#endif
