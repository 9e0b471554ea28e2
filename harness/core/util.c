/*
** util.c — allocation helpers. Out of memory in the harness is not a
** measurement result: report and abort rather than thread NULL checks through.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gb.h"

static void gb_oom(void) {
  fputs("gilbench: out of memory\n", stderr);
  abort();
}

void *gb_calloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) gb_oom();
  return p;
}

char *gb_strdup(const char *s) {
  char *p = strdup(s);
  if (!p) gb_oom();
  return p;
}

char *gb_asprintf(const char *fmt, ...) {
  va_list ap;
  char *s = NULL;
  va_start(ap, fmt);
  int n = vasprintf(&s, fmt, ap);
  va_end(ap);
  if (n < 0) gb_oom();
  return s;
}
