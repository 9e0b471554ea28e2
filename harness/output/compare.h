/*
** compare.h — `gilbench compare`: the same runs of several results files
** (machines, builds) side by side. It reads results files only, so it works
** on runs from any machine.
*/
#ifndef GB_COMPARE_H
#define GB_COMPARE_H

/* gilbench compare A.json B.json ... [--markdown] [--tsv FILE] */
int gb_compare_main(int argc, char **argv);

#endif
