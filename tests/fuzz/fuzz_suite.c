/*
** fuzz_suite.c — libFuzzer target: the suite file parser (gb_suite_plan,
** the loading and expansion `gilbench suite` does before running anything)
** on any bytes: a plan or a one-line error, never a crash, a leak or
** undefined behaviour. The parser reads a file, so each input is written to
** one first (in /dev/shm when it exists).
*/
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suite.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!path[0]) {
    snprintf(path, sizeof path, "%s/fuzz_suite.%d.json",
             access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
  }
  if (size < 1) return 0;
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  fwrite(data + 1, 1, size - 1, f);
  fclose(f);
  char err[512] = "";
  /* the first byte picks the core count and --quick */
  int n = gb_suite_plan(path, 1 + (data[0] & 63), data[0] & 64, err, sizeof err);
  if (n < 0 && (!err[0] || !memchr(err, '\0', sizeof err))) abort();
  if (n == 0) abort(); /* "no runs selected" is an error */
  return 0;
}
