/*
** tasks.c — the runs of a `gilbench run` results file, grouped by task
** (analysis.h, GbTasks): what its summary shows.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"
#include "gb.h"

/* The task r measures, as its summary names it. */
static void gb_task_label(const json_t *r, char *buf, size_t len) {
  const char *wl = gb_rs(r, "workload"), *base = strrchr(wl, '/');
  size_t n = (size_t)snprintf(buf, len, "%s %s(", base ? base + 1 : wl, gb_rs(r, "entry"));
  for (int i = 0; gb_arg(r, i) && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, "%s%s", i ? ", " : "", gb_arg(r, i));
  if (n < len)
    snprintf(buf + n, len - n, ") x%lld, %s", gb_ri(r, "workers"),
             gb_is_gilpy(r) ? gb_rs(r, "gil") : gb_run_interp(r));
}

/* r's count of key over its samples (a boolean field) or its own integer. */
static int gb_task_count(const json_t *r, const char *key) {
  size_t i;
  json_t *s;
  int n = 0;
  json_array_foreach(json_object_get(r, "samples"), i, s) n +=
      json_is_true(json_object_get(s, key));
  return n;
}

void gb_tasks_analyze(const json_t *runs, GbTasks *out) {
  size_t i;
  json_t *r;
  memset(out, 0, sizeof *out);
  json_array_foreach(runs, i, r) {
    GbMode m;
    char label[192];
    if (!gb_ok(r) || gb_mode_parse(gb_rs(r, "mode"), &m) < 0) continue;
    gb_task_label(r, label, sizeof label);
    int k = 0;
    while (k < out->n && strcmp(out->t[k].label, label) != 0)
      k++;
    if (k == GB_TASKS_MAX) continue;
    GbTaskLine *t = &out->t[k];
    if (k == out->n) {
      out->n++;
      snprintf(t->label, sizeof t->label, "%s", label);
      for (int j = 0; j < 4; j++) {
        t->time[j] = NAN;
        t->speedup[j] = gb_q_none;
      }
    }
    t->time[m] = gb_time(r).v;
    t->speedup[m] = gb_speedup(r);
    t->disturbed[m] = gb_task_count(r, "disturbed");
    t->remeasured[m] = (int)gb_ri(r, "remeasured");
  }
  /* a speedup the file lacks (no paired baseline): the ratio of medians */
  for (int k = 0; k < out->n; k++)
    for (int j = 1; j < 4; j++) {
      GbTaskLine *t = &out->t[k];
      if (isnan(t->speedup[j].v) && !isnan(t->time[j]) && !isnan(t->time[GB_MODE_SEQ]))
        t->speedup[j] = (GbQ){t->time[GB_MODE_SEQ] / t->time[j], NAN, NAN};
    }
}

void gb_disturbed_analyze(const json_t *runs, GbAnalysis *a) {
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    int n = gb_task_count(r, "disturbed");
    a->disturbed_runs += n > 0;
    a->disturbed_samples += n;
    a->remeasured += (int)gb_ri(r, "remeasured");
    const json_t *sp = json_object_get(r, "speedup");
    if (!json_is_object(sp) || !json_object_get(sp, "left_out")) continue;
    if (gb_ri(sp, "left_out") > 0)
      a->speedups_left_out++;
    else if (gb_task_count(r, "disturbed_own") > 0) /* its baseline's are not at hand */
      a->speedups_kept_disturbed++;
  }
}
