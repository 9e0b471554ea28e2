/*
** capacity.h — can this machine run P processes side by side right now?
**
** Before a suite (and `gilbench run --preflight`) the harness runs one
** CPU-bound process alone, then P of them side by side, for a second each,
** and divides the P processes' loop rounds per second of wall time by the
** lone one's per second on a CPU: the parallel capacity, the cores' worth
** of work they got, ~P on an idle machine with P dedicated cores (less
** with hardware threads, a turbo for one core, other load or steal). A
** busy machine (others' builds, a CPU quota, a
** hypervisor taking its share) makes every scaling verdict unsure for a
** reason that is not the GIL; this says so before minutes are spent.
** Below threshold·P it says so at once, waits and measures again a bounded
** number of times, then stops unless forced. The figures go into the
** results (machine.preflight, results/SCHEMA.md) and the report.
**
** The environment tunes it (tests, slow machines):
**   GILBENCH_PREFLIGHT=off|force   skip it / never stop (the tests' default)
**   GILBENCH_PREFLIGHT_MIN=F       the threshold as a share of P (0.85)
**   GILBENCH_PREFLIGHT_S=S         seconds per phase (1.0)
**   GILBENCH_PREFLIGHT_TRIES=K     measurements before giving up (3)
**   GILBENCH_PREFLIGHT_WAIT_S=S    pause between them (10)
*/
#ifndef GB_CAPACITY_H
#define GB_CAPACITY_H

#include <jansson.h>
#include <stdbool.h>

typedef struct GbPreflight {
  int processes;         /* P: side by side in the parallel phase */
  double seconds;        /* length of each phase */
  double single_rate;    /* loop rounds per CPU-second of one process alone */
  double parallel_rate;  /* the P processes' rounds/s, summed */
  double capacity;       /* parallel_rate / single_rate: processes' worth of CPU */
  double runq_wait_frac; /* parallel phase: share of its wall time a process waited to run */
  double steal_frac;     /* parallel phase: steal / (wall × P); NaN unknown */
  double threshold;      /* of P: capacity below threshold × P is low */
  int attempts;          /* measurements made */
  bool ok;               /* the last one reached threshold × P */
  bool forced;           /* low, but --force (or GILBENCH_PREFLIGHT=force) ran on */
} GbPreflight;

/* One measurement with P processes (no retries, no messages); 0, or -1 if
** the processes could not be started (errno). */
int gb_preflight_measure(int P, double seconds, GbPreflight *out);

/* The check as a suite or run does it: measure, print a line to stderr,
** retry while low, and decide. who prefixes messages ("suite").
** Forced, a low capacity is said once and the run goes on (no waiting).
** Returns 0 go on (*out filled), 1 stop (capacity stayed low, not forced;
** the reason printed), -1 skipped (GILBENCH_PREFLIGHT=off) or the
** processes could not be started (said on stderr). */
int gb_preflight_check(int P, bool force, const char *who, GbPreflight *out);

/* The results' machine.preflight block. */
json_t *gb_preflight_json(const GbPreflight *p);

#endif
