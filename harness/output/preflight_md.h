/*
** preflight_md.h — the report's line on the preflight (engine/capacity.h):
** what the machine's cores delivered just before the runs.
*/
#ifndef GB_PREFLIGHT_MD_H
#define GB_PREFLIGHT_MD_H

#include <jansson.h>
#include <stdio.h>

/* A paragraph from doc's machine.preflight; nothing when it has none. */
void gb_report_preflight(FILE *md, const json_t *doc);

#endif
