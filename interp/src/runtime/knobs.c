/*
** knobs.c — the validators of the interpreter's knobs (gilpy.h's
** gp_knob_*): gp_open, sys.setswitchinterval and every front end share
** them, so a knob has one rule and one message wherever it is set.
*/
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "gp.h"

/* The interval is kept in whole microseconds in an int64 (gil.c): anything
** from 2^63 us up cannot be converted. */
#define MAX_SWITCH_INTERVAL_US 0x1p63

static int knob_fail(int code, char *err, size_t n, const char *msg) {
  if (err && n) snprintf(err, n, "%s", msg);
  return code;
}

/* Text that is one base-10 integer, all of it. */
static bool knob_integer(const char *text, long long *out) {
  char *end;
  errno = 0;
  *out = strtoll(text, &end, 10);
  if (errno == ERANGE) *out = *out < 0 ? LLONG_MIN : LLONG_MAX;
  return *text && !*end;
}

/* An int knob >= 1 named `what`; below 1 gets the message `low`. */
static int knob_count(const char *text, int *out, char *err, size_t n, const char *what,
                      const char *low) {
  long long v = *out;
  char msg[96];
  if (text && !knob_integer(text, &v)) {
    snprintf(msg, sizeof msg, "%s must be an integer", what);
    return knob_fail(-1, err, n, msg);
  }
  if (v < 1) return knob_fail(-1, err, n, low);
  if (v > INT_MAX) {
    snprintf(msg, sizeof msg, "%s is too large", what);
    return knob_fail(-2, err, n, msg);
  }
  *out = (int)v;
  return 0;
}

int gp_knob_gil(const char *text, gp_GilModel *out, char *err, size_t n) {
  gp_GilModel m = *out;
  if ((text && gp_gil_model_parse(text, &m) < 0) || (unsigned)m >= GP_GIL_NMODELS)
    return knob_fail(-1, err, n,
                     "GIL model must be new, legacy, none, fifo, priority or fair");
  *out = m;
  return 0;
}

int gp_knob_switch_interval(const char *text, double *out, char *err, size_t n) {
  double s = *out;
  if (text) {
    char *end;
    s = strtod(text, &end); /* out of range: inf or 0, caught below */
    if (!*text || *end) return knob_fail(-1, err, n, "switch interval must be a number of seconds");
  }
  /* CPython's message; NaN is not positive either */
  if (!(s > 0)) return knob_fail(-1, err, n, "switch interval must be strictly positive");
  if (!(s * 1e6 < MAX_SWITCH_INTERVAL_US))
    return knob_fail(-2, err, n, "switch interval is too large");
  *out = s;
  return 0;
}

int gp_knob_check_interval(const char *text, int *out, char *err, size_t n) {
  return knob_count(text, out, err, n, "check interval", "check interval must be at least 1");
}

int gp_knob_recursion_limit(const char *text, int *out, char *err, size_t n) {
  return knob_count(text, out, err, n, "recursion limit",
                    "recursion limit must be greater or equal than 1");
}
