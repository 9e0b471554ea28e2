/* spinlib.c — see spinlib.h. */
#include "spinlib.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void gb_spinlib_export(void) {
  if (getenv("GILBENCH_SPINLIB")) return;
  char exe[PATH_MAX], lib[PATH_MAX + 32];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash) return;
  *slash = '\0';
  snprintf(lib, sizeof lib, "%s/../lib/libgbspin.so", exe);
  char real[PATH_MAX];
  if (realpath(lib, real)) setenv("GILBENCH_SPINLIB", real, 0);
}
