/*
** report_e14.h — E14's part of the report: its tables (markdown) and its
** figure's data (E14_designs.tsv, read by plots/e14_convoy_designs.gp).
** report.c calls these and turns e14.h's checks into the verdict.
*/
#ifndef GB_REPORT_E14_H
#define GB_REPORT_E14_H

#include <jansson.h>
#include <stdio.h>

#include "e14.h"

/* The measured tables of e into md. */
void gb_e14_write_md(FILE *md, const GbE14 *e);
/* DIR/E14_designs.tsv from doc's E14 runs, if there are any; 0, -1 if it
** cannot be written. */
int gb_e14_write_data(const json_t *doc, const char *dir);

#endif
