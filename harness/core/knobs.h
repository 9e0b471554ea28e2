/*
** knobs.h — the run knobs the harness owns, one validator each, shared by
** gilbench's flags and suite files so that a knob has one rule and one
** message. The interpreter's knobs (GIL model, intervals) are gilpy.h's
** gp_knob_*, with the same contract: each reads text (a flag's or a file's
** value, all of it) into *out; 0, or -1 with the reason in err (the reason
** only: the caller names the flag or key and the value).
*/
#ifndef GB_KNOBS_H
#define GB_KNOBS_H

#include <stddef.h>

#include "gb.h"

#define GB_MAX_REPS 100000

int gb_knob_reps(const char *text, int *out, char *err, size_t errlen);
int gb_knob_warmup(const char *text, int *out, char *err, size_t errlen);
int gb_knob_workers(const char *text, int *out, char *err, size_t errlen);
int gb_knob_pin(const char *text, GbPin *out, char *err, size_t errlen);
int gb_knob_timeout(const char *text, double *out, char *err, size_t errlen); /* s */
int gb_knob_latency(const char *text, double *out, char *err, size_t errlen); /* ms */
/* the server's header and idle timeouts (ms, > 0) and connection cap */
int gb_knob_server_ms(const char *text, double *out, char *err, size_t errlen);
int gb_knob_max_conns(const char *text, int *out, char *err, size_t errlen);

#endif
