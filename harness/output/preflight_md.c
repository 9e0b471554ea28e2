/* preflight_md.c — see preflight_md.h. */
#include "preflight_md.h"

#include <math.h>
#include <stdbool.h>

static double gb_pf_get(const json_t *o, const char *k) {
  const json_t *v = json_object_get(o, k);
  return json_is_number(v) ? json_number_value(v) : NAN;
}

void gb_report_preflight(FILE *md, const json_t *doc) {
  const json_t *p = json_object_get(json_object_get(doc, "machine"), "preflight");
  double cap = gb_pf_get(p, "capacity"), P = gb_pf_get(p, "processes");
  if (!json_is_object(p) || isnan(cap) || !(P >= 1)) return;
  double thr = gb_pf_get(p, "threshold"), q = gb_pf_get(p, "runq_wait_frac"),
         st = gb_pf_get(p, "steal_frac");
  int tries = (int)gb_pf_get(p, "attempts");
  bool forced = json_is_true(json_object_get(p, "forced"));
  char steal[48] = "unknown steal";
  if (!isnan(st)) snprintf(steal, sizeof steal, "%.1f%% steal", st * 100);
  fprintf(md,
          "%s Just before the runs, %.0f processes side by side got %.2f cores' worth of work "
          "at the speed one alone runs on a CPU (%.2f·P; the preflight wants %.2f·P), waiting "
          "%.1f%% of their time in the run queue, %s (%d measurement%s).",
          forced ? "> **Preflight: busy machine.**" : "**Preflight.**", P, cap, cap / P, thr,
          q * 100, steal, tries, tries == 1 ? "" : "s");
  if (forced)
    fprintf(md, " The runs went ahead anyway (--force): where a scaling check is unsure or "
                "fails, the load can be why.");
  fprintf(md, "\n\n");
}
