/*
** config.c — the run configuration: names of modes and pin policies, the
** workload's module name, and how command-line arguments become Python values.
*/
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gb.h"

static const char *const gb_mode_names[] = {"seq", "threads", "subinterp", "procs"};
static const char *const gb_pin_names[] = {"none", "cores", "compact", "scatter", "core"};

void gb_config_init(GbRunConfig *c) {
  gp_Options o;
  gp_options_default(&o);
  memset(c, 0, sizeof *c);
  c->entry = gb_strdup("main");
  c->mode = GB_MODE_SEQ;
  c->workers = 1;
  c->gil = o.gil;
  c->switch_interval = o.switch_interval;
  c->check_interval = o.check_interval;
  c->reps = 5;
  c->warmup = 1;
}

static char *gb_dup_or_null(const char *s) {
  return s ? gb_strdup(s) : NULL;
}

void gb_config_copy(GbRunConfig *dst, const GbRunConfig *src) {
  *dst = *src;
  dst->experiment = gb_dup_or_null(src->experiment);
  dst->workload = gb_dup_or_null(src->workload);
  dst->entry = gb_dup_or_null(src->entry);
  for (int i = 0; i < src->nargs; i++)
    dst->args[i] = gb_strdup(src->args[i]);
}

void gb_config_free(GbRunConfig *c) {
  free(c->experiment);
  free(c->workload);
  free(c->entry);
  for (int i = 0; i < c->nargs; i++)
    free(c->args[i]);
  memset(c, 0, sizeof *c);
}

const char *gb_mode_name(GbMode m) {
  return gb_mode_names[m];
}

bool gb_gil_timed(const char *gil) {
  return strcmp(gil, "legacy") != 0 && strcmp(gil, "none") != 0;
}

int gb_mode_parse(const char *s, GbMode *out) {
  for (int i = 0; i < 4; i++)
    if (strcmp(s, gb_mode_names[i]) == 0) {
      *out = (GbMode)i;
      return 0;
    }
  return -1;
}

int gb_pin_parse(const char *s, GbPin *out) {
  out->core = 0;
  if (strncmp(s, "core:", 5) == 0) {
    char *end;
    errno = 0;
    long k = strtol(s + 5, &end, 10);
    if (s[5] == '\0' || *end || errno || k < 0 || k > 1 << 20) return -1;
    out->kind = GB_PIN_CORE;
    out->core = (int)k;
    return 0;
  }
  for (int i = 0; i < GB_PIN_CORE; i++)
    if (strcmp(s, gb_pin_names[i]) == 0) {
      out->kind = (GbPinKind)i;
      return 0;
    }
  return -1;
}

void gb_pin_format(GbPin p, char *buf, size_t len) {
  if (p.kind == GB_PIN_CORE)
    snprintf(buf, len, "core:%d", p.core);
  else
    snprintf(buf, len, "%s", gb_pin_names[p.kind]);
}

void gb_config_modname(const GbRunConfig *c, char *buf, size_t len) {
  const char *base = strrchr(c->workload, '/');
  base = base ? base + 1 : c->workload;
  size_t n = strlen(base);
  if (n > 3 && strcmp(base + n - 3, ".py") == 0) n -= 3;
  snprintf(buf, len, "%.*s", (int)n, base);
}

/* Python accepts 1_000_000; strtoll does not. Copies s without single
** underscores between digits; false if s is not number-shaped that way. */
static bool gb_strip_underscores(const char *s, char *buf, size_t len) {
  size_t j = 0;
  for (size_t i = 0; s[i]; i++) {
    if (s[i] == '_') {
      if (i == 0 || !isxdigit((unsigned char)s[i - 1]) || !isxdigit((unsigned char)s[i + 1]))
        return false;
      continue;
    }
    if (j + 1 >= len) return false;
    buf[j++] = s[i];
  }
  buf[j] = '\0';
  return true;
}

void gb_arg_value(const char *text, int worker, gp_Arg *out) {
  char buf[128];
  char *end;
  memset(out, 0, sizeof *out);
  out->kind = GP_ARG_STR;
  out->s = text;
  if (strcmp(text, "{worker}") == 0) {
    out->kind = GP_ARG_INT;
    out->i = worker;
    return;
  }
  if (!*text || isspace((unsigned char)*text) || !gb_strip_underscores(text, buf, sizeof buf))
    return;
  errno = 0;
  long long i = strtoll(buf, &end, 10);
  if (!*end && !errno) {
    out->kind = GP_ARG_INT;
    out->i = i;
    return;
  }
  errno = 0;
  double f = strtod(buf, &end);
  /* strtod also reads hex floats and "inf"; Python's float() takes only the
  ** latter, so only decimal forms count as floats. */
  if (!*end && !errno && !strpbrk(buf, "xX") &&
      (isdigit((unsigned char)buf[0]) || buf[0] == '.' || buf[0] == '-' || buf[0] == '+')) {
    out->kind = GP_ARG_FLOAT;
    out->f = f;
  }
}

static bool gb_streq(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

bool gb_config_same_task(const GbRunConfig *a, const GbRunConfig *b) {
  if (!gb_streq(a->workload, b->workload) || !gb_streq(a->entry, b->entry) ||
      a->nargs != b->nargs || a->workers != b->workers || a->gil != b->gil ||
      a->switch_interval != b->switch_interval || a->check_interval != b->check_interval ||
      a->pin.kind != b->pin.kind || a->pin.core != b->pin.core)
    return false;
  for (int i = 0; i < a->nargs; i++)
    if (strcmp(a->args[i], b->args[i]) != 0) return false;
  return true;
}
