/*
** util.c — allocation and path helpers. Out of memory in the harness is not
** a measurement result: report and abort rather than thread NULL checks
** through.
*/
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

void gb_path(char *buf, size_t len, const char *dir, const char *name) {
  int n = snprintf(buf, len, "%s/%s", dir, name);
  if (n < 0 || (size_t)n >= len) buf[0] = '\0';
}

int gb_mkdir(const char *dir) {
  return mkdir(dir, 0755) < 0 && errno != EEXIST ? -1 : 0;
}
