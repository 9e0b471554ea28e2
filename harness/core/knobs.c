/*
** knobs.c — the harness's knob validators (knobs.h).
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "knobs.h"
#include "server.h"

static int gb_knob_int(const char *text, long min, long max, const char *what, int *out, char *err,
                       size_t n) {
  char *end;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (!*text || *end || errno || v < min || v > max) {
    snprintf(err, n, "%s must be an integer from %ld to %ld", what, min, max);
    return -1;
  }
  *out = (int)v;
  return 0;
}

/* A finite number in [lo, hi], or in (lo, hi] without lo_ok. */
static int gb_knob_real(const char *text, double lo, bool lo_ok, double hi, const char *msg,
                        double *out, char *err, size_t n) {
  char *end;
  double v = strtod(text, &end);
  if (!*text || *end || !isfinite(v) || !(v > lo || (lo_ok && v == lo)) || v > hi) {
    snprintf(err, n, "%s", msg);
    return -1;
  }
  *out = v;
  return 0;
}

int gb_knob_reps(const char *text, int *out, char *err, size_t errlen) {
  return gb_knob_int(text, 1, GB_MAX_REPS, "reps", out, err, errlen);
}

int gb_knob_warmup(const char *text, int *out, char *err, size_t errlen) {
  return gb_knob_int(text, 0, GB_MAX_REPS, "warmup", out, err, errlen);
}

int gb_knob_workers(const char *text, int *out, char *err, size_t errlen) {
  return gb_knob_int(text, 1, GB_MAX_WORKERS, "workers", out, err, errlen);
}

int gb_knob_pin(const char *text, GbPin *out, char *err, size_t errlen) {
  if (gb_pin_parse(text, out) == 0) return 0;
  snprintf(err, errlen, "pin must be none, cores, compact, scatter or core:K");
  return -1;
}

int gb_knob_timeout(const char *text, double *out, char *err, size_t errlen) {
  return gb_knob_real(text, 0, false, HUGE_VAL, "timeout must be a finite number of seconds > 0",
                      out, err, errlen);
}

int gb_knob_latency(const char *text, double *out, char *err, size_t errlen) {
  char msg[96];
  snprintf(msg, sizeof msg, "latency must be a number of milliseconds from 0 to %.0f",
           GB_SERVER_MAX_MS);
  return gb_knob_real(text, 0, true, GB_SERVER_MAX_MS, msg, out, err, errlen);
}

int gb_knob_server_ms(const char *text, double *out, char *err, size_t errlen) {
  char msg[96];
  snprintf(msg, sizeof msg, "a server timeout must be a number of milliseconds > 0, up to %.0f",
           GB_SERVER_MAX_MS);
  return gb_knob_real(text, 0, false, GB_SERVER_MAX_MS, msg, out, err, errlen);
}

/* The server lowers the cap further when the descriptor limit is smaller. */
int gb_knob_max_conns(const char *text, int *out, char *err, size_t errlen) {
  return gb_knob_int(text, 1, 1 << 20, "max-conns", out, err, errlen);
}
