/*
** quantity.c — the number that decides a run's experiment (quantity.h).
*/
#include "quantity.h"

#include <stdlib.h>
#include <string.h>

#include "e14.h"
#include "gb.h"

/* E7's rate: hand-offs under gil=new, releases under legacy (analysis.c's
** gb_e7 checks these two); no interval, the counters being totals. */
static GbRunQty gb_qty_e7(const json_t *r) {
  bool legacy = strcmp(gb_rs(r, "gil"), "legacy") == 0;
  double v = legacy ? gb_gil_rate(r, "acquisitions") : gb_switch_rate(r);
  return (GbRunQty){GB_QTY_GIL, legacy ? " releases/s" : " hand-offs/s", (GbQ){v, v, v}};
}

GbRunQty gb_run_qty(const json_t *r) {
  const char *e = gb_rs(r, "experiment");
  if (strcmp(e, "E3") == 0) return (GbRunQty){GB_QTY_COUNT, " lost", gb_result(r)};
  if (strcmp(e, "E6") == 0 && gb_traced(r)) return (GbRunQty){GB_QTY_MS, " hold", gb_hold_ms(r)};
  if (strcmp(e, "E7") == 0 && gb_is_gilpy(r)) return gb_qty_e7(r);
  if (strcmp(e, "E8") == 0) return (GbRunQty){GB_QTY_IO, " I/O ops/s", gb_result_ci(r)};
  if (strcmp(e, "E14") == 0) return (GbRunQty){GB_QTY_IO, " I/O ops/s", gb_e14_cell(r).io};
  return (GbRunQty){GB_QTY_TIME, "", gb_time(r)};
}

GbQ gb_cost_ratio(const json_t *r, const json_t *base) {
  GbRunQty q = gb_run_qty(r), b = gb_run_qty(base);
  if (q.kind == GB_QTY_IO && b.kind == GB_QTY_IO)
    return q.q.v > 0 ? (GbQ){b.q.v / q.q.v, b.q.v / q.q.hi, b.q.v / q.q.lo} : gb_q_none;
  double t = gb_time(base).v;
  GbQ x = gb_time(r);
  return t > 0 ? (GbQ){x.v / t, x.lo / t, x.hi / t} : gb_q_none;
}

GbQ gb_cost_gmean_ratio(const json_t *const *rs, const json_t *const *bases, int n) {
  GbQ *qs = gb_calloc((size_t)n + 1, sizeof *qs);
  for (int i = 0; i < n; i++)
    qs[i] = gb_cost_ratio(rs[i], bases[i]);
  GbQ g = gb_gmean(qs, n);
  free(qs);
  return g;
}
