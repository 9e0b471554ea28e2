/*
** report_fidelity.h — the report's "Fidelity: gilpy against CPython"
** section: the rule, then one row per task and worker count of fidelity.h
** with the two ratios, their difference, the verdict and, where the ratios
** disagree or cannot be judged, the data that says why.
*/
#ifndef GB_REPORT_FIDELITY_H
#define GB_REPORT_FIDELITY_H

#include <stdio.h>

#include "fidelity.h"

/* The section into md; nothing when f has no rows. cpython names the
** reference interpreter ("cpython-3.11"), or NULL when none ran. */
void gb_fidelity_write_md(FILE *md, const GbFidelity *f, const char *cpython);

#endif
