/* preflight.h — checking a workload before measuring it (preflight.c). */
#ifndef GB_PREFLIGHT_H
#define GB_PREFLIGHT_H

#include <stddef.h>

#include "gb.h"

/* Loads the workload in a throw-away forked child and checks that the
** entry exists and takes cfg->nargs arguments: 0, or -1 with one line. */
int gb_run_preflight(const GbRunConfig *cfg, char *err, size_t errlen);

#endif
