/*
** fuzz_results.c — libFuzzer target: the results reader, what compare,
** report and export read (gb_results_load with its consistency check), and
** then the derived quantities they print (analysis/runview.h) for every run
** and pair of runs: never a crash, a leak or undefined behaviour, whatever
** the file holds. Inputs are written to a file first, as the reader reads
** files (in /dev/shm when it exists).
*/
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"
#include "runview.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void view(const json_t *r, const json_t *o) {
  volatile double sink = 0;
  sink += gb_time(r).v + gb_speedup(r).v + gb_worker_range(r, "cpu_s").v + gb_result(r).v;
  sink += gb_result_ci(r).lo + gb_total(r).v + gb_switch_rate(r) + gb_gil_rate(r, "switches");
  sink += gb_efficiency(r, 4) + gb_argf(r, 0) + gb_time_ratio(r, o).v;
  double lo, hi;
  if (gb_round_range(r, o, &lo, &hi)) sink += lo + hi;
  int nholds = 0, lanes = 0;
  GbHold *holds = gb_holds(r, &nholds, &lanes);
  sink += nholds + lanes;
  free(holds);
  (void)gb_arg(r, 1);
  (void)gb_is_cpython(r);
  (void)gb_ok(r);
  (void)gb_same_block(r, o);
  (void)gb_run_interp(r);
  free(gb_run_key(r));
  (void)sink;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!path[0])
    snprintf(path, sizeof path, "%s/fuzz_results.%d.json",
             access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  char err[512] = "";
  json_t *doc = gb_results_load(path, err, sizeof err);
  if (!doc) {
    if (!err[0]) abort(); /* a refusal always says why */
    return 0;
  }
  const json_t *runs = json_object_get(doc, "runs");
  size_t n = json_array_size(runs);
  for (size_t i = 0; i < n && i < 64; i++)
    view(json_array_get(runs, i), json_array_get(runs, (i + 1) % n));
  char line[256];
  gb_machine_line(doc, line, sizeof line);
  (void)gb_doc_cores(doc);
  json_decref(doc);
  return 0;
}
