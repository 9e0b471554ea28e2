/*
** suite.h — the experiment suite: every experiment's runs measured in
** blocks, written as results, then reported (report.h).
*/
#ifndef GB_SUITE_H
#define GB_SUITE_H

#include <stdbool.h>
#include <stddef.h>

/* gilbench suite SUITE.json [--quick] [--out DIR] [--resume] ... */
int gb_suite_main(int argc, char **argv);
/* Expands the suite file at path as `gilbench suite` plans it (ncores
** physical cores), running nothing: the number of runs, or -1 with the
** reason in err. For the fuzz target tests/fuzz/fuzz_suite.c. */
int gb_suite_plan(const char *path, int ncores, bool quick, char *err, size_t len);

#endif
