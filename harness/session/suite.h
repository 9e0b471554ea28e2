/*
** suite.h — the experiment suite: every experiment's runs measured in
** blocks, written as results, then reported (report.h).
*/
#ifndef GB_SUITE_H
#define GB_SUITE_H

/* gilbench suite SUITE.json [--quick] [--out DIR] [--resume] ... */
int gb_suite_main(int argc, char **argv);

#endif
