/*
** task.c — what the engines share: the interrupt flag, the interpreter's
** options for a configuration, calling the entry once and measuring it,
** and recording a repetition.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"
#include "task.h"

volatile sig_atomic_t gb_interrupted;

void gb_run_options(const GbRunConfig *cfg, gp_Options *o) {
  gp_options_default(o);
  o->gil = cfg->gil;
  o->switch_interval = cfg->switch_interval;
  o->check_interval = cfg->check_interval;
  o->trace_capacity = cfg->trace ? (size_t)1 << 18 : 0;
}

void gb_run_error_line(gp_Thread *t, char *buf, size_t len) {
  const char *text = gp_error(t), *type = gp_error_type(t);
  const char *end = text + strlen(text);
  while (end > text && (end[-1] == '\n' || end[-1] == ' '))
    end--;
  const char *start = end;
  while (start > text && start[-1] != '\n')
    start--;
  int n = (int)(end - start);
  if (type && strncmp(start, type, strlen(type)) != 0)
    snprintf(buf, len, "%s: %.*s", type, n, start);
  else if (n > 0)
    snprintf(buf, len, "%.*s", n, start);
  else
    snprintf(buf, len, "%s", type ? type : "error");
}

int gb_run_task(GbEngine *e, gp_Thread *t, int worker, bool process, GbWorkerSample *w, char *err,
                size_t errlen) {
  const GbRunConfig *cfg = e->cfg;
  gp_Arg args[GB_MAX_ARGS];
  gp_Result res;
  GbMark a, b;
  for (int i = 0; i < cfg->nargs; i++)
    gb_arg_value(cfg->args[i], worker, &args[i]);
  memset(&res, 0, sizeof res);
  gb_mark(&a, t, process);
  int rc = gp_call(t, e->mod, cfg->entry, cfg->nargs, args, &res);
  gb_mark(&b, t, process);
  gb_mark_diff(&a, &b, w);
  w->core = gb_topo_where(e->tp, process);
  if (rc != 0) {
    gb_run_error_line(t, err, errlen);
    return -1;
  }
  w->result = (GbValue){res.kind, res.i, res.f, res.s ? gb_strdup(res.s) : NULL};
  gp_result_free(&res);
  return 0;
}

void gb_run_add_sample(GbRun *r, double wall, double steal, const gp_GilStats *gil,
                       GbWorkerSample *ws, int n) {
  GbSample *s = &r->samples[r->nsamples++];
  s->wall_s = wall;
  s->steal_s = steal;
  s->t_end_us = gb_unix_us();
  s->gil = *gil;
  s->nworkers = n;
  s->workers = gb_calloc((size_t)n, sizeof *ws);
  memcpy(s->workers, ws, (size_t)n * sizeof *ws);
  for (int k = 0; k < n; k++)
    ws[k].result.s = NULL; /* moved into the sample */
  gb_sample_totals(s);
  gb_gil_add(&r->gil, gil);
}

void gb_run_report_rep(GbEngine *e, int done) {
  if (e->hooks && e->hooks->on_rep)
    e->hooks->on_rep(e->hooks->ud, done, e->cfg->warmup + e->cfg->reps);
}
