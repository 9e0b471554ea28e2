/*
** results.c — GbRun to JSON (field by field as results/SCHEMA.md says).
** Durations are seconds as reals; counters are integers; a value that has
** no meaning for a run (no baseline, no error) is null rather than absent,
** so readers can index without checking.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "results.h"

static const char *const gb_status_names[] = {"ok", "failed", "timeout"};

static const char *const gb_event_names[] = {"?", "take", "drop", "request", "wait"};

const char *gb_status_name(GbStatus s) {
  return gb_status_names[s];
}

/* JSON has no NaN or infinity. */
static json_t *gb_real(double x) {
  return isfinite(x) ? json_real(x) : json_null();
}

static json_t *gb_gil_json(const gp_GilStats *g) {
  return json_pack("{s:I, s:I, s:I, s:I, s:o, s:o}", "acquisitions", (json_int_t)g->acquisitions,
                   "switches", (json_int_t)g->switches, "forced_switches",
                   (json_int_t)g->forced_switches, "drop_requests", (json_int_t)g->drop_requests,
                   "wait_s", gb_real((double)g->wait_ns * 1e-9), "hold_s",
                   gb_real((double)g->hold_ns * 1e-9));
}

static json_t *gb_value_json(const GbValue *v) {
  switch (v->kind) {
  case GP_RES_INT:
    return json_integer((json_int_t)v->i);
  case GP_RES_FLOAT:
    return isfinite(v->f) ? json_real(v->f)
                          : json_string(isnan(v->f) ? "nan"
                                        : v->f > 0  ? "inf"
                                                    : "-inf");
  case GP_RES_STR:
  case GP_RES_OTHER:
    return json_string(v->s ? v->s : "");
  default:
    return json_null();
  }
}

static json_t *gb_sample_json(const GbSample *s) {
  json_t *ws = json_array();
  for (int k = 0; k < s->nworkers; k++) {
    const GbWorkerSample *w = &s->workers[k];
    json_array_append_new(ws, json_pack("{s:o, s:o, s:o, s:I, s:I, s:i, s:o, s:o}", "wall_s",
                                        gb_real(w->wall_s), "cpu_s", gb_real(w->cpu_s),
                                        "runq_wait_s", gb_real(w->runq_s), "ctx_voluntary",
                                        (json_int_t)w->ctx_vol, "ctx_involuntary",
                                        (json_int_t)w->ctx_invol, "core", w->core, "gil",
                                        gb_gil_json(&w->gil), "result", gb_value_json(&w->result)));
  }
  return json_pack("{s:o, s:I, s:o, s:o, s:o, s:I, s:I, s:o, s:b, s:b, s:o}", "wall_s",
                   gb_real(s->wall_s), "t_end_us", (json_int_t)s->t_end_us, "steal_s",
                   gb_real(s->steal_s), "cpu_s", gb_real(s->cpu_s), "runq_wait_s",
                   gb_real(s->runq_s), "ctx_voluntary", (json_int_t)s->ctx_vol, "ctx_involuntary",
                   (json_int_t)s->ctx_invol, "gil", gb_gil_json(&s->gil), "disturbed", s->disturbed,
                   "disturbed_own", s->disturbed_own, "workers", ws);
}

static json_t *gb_stats_json(const GbStats *s) {
  if (s->n == 0) return json_null();
  return json_pack("{s:i, s:o, s:o, s:o, s:o, s:o, s:b, s:[o,o], s:s}", "n", s->n, "min",
                   gb_real(s->min), "median", gb_real(s->median), "mean", gb_real(s->mean),
                   "stddev", gb_real(s->stddev), "cv", gb_real(s->cv), "cv_high", s->cv_high,
                   "ci95", gb_real(s->ci_lo), gb_real(s->ci_hi), "ci95_of", "median");
}

json_t *gb_results_speedup(const GbSpeedup *s) {
  if (!s->valid) return json_null();
  json_t *o = json_pack("{s:s, s:s, s:o, s:o, s:[o,o]}", "vs", "seq", "method",
                        s->paired ? "paired" : "independent", "baseline_median",
                        gb_real(s->baseline_median), "value", gb_real(s->value), "ci95",
                        gb_real(s->lo), gb_real(s->hi));
  if (o && s->paired) {
    json_object_set_new(o, "rounds", json_integer(s->rounds));
    json_object_set_new(o, "left_out", json_integer(s->left_out));
  }
  return o;
}

static json_t *gb_binding_json(const GbRun *r) {
  json_t *a = json_array();
  for (int i = 0; i < r->nbinding; i++) {
    const GbBinding *b = &r->binding[i];
    json_array_append_new(a, json_pack("{s:i, s:s?, s:s, s:i}", "worker", b->worker, "requested",
                                       b->requested[0] ? b->requested : NULL, "cpuset", b->cpuset,
                                       "core", b->core));
  }
  return a;
}

static json_t *gb_trace_json(const GbRun *r) {
  json_t *a = json_array();
  for (size_t i = 0; i < r->ntrace; i++) {
    const GbTraceEvent *e = &r->trace[i];
    const char *kind = e->kind < 5 ? gb_event_names[e->kind] : "?";
    json_array_append_new(
        a, json_pack("[I, i, i, s]", (json_int_t)e->t_ns, e->vm, (int)e->thread, kind));
  }
  return a;
}

static json_t *gb_config_json(const GbRunConfig *c) {
  char pin[32];
  json_t *args = json_array();
  for (int i = 0; i < c->nargs; i++)
    json_array_append_new(args, json_string(c->args[i]));
  gb_pin_format(c->pin, pin, sizeof pin);
  return json_pack("{s:s?, s:s, s:s, s:o, s:s, s:i, s:s, s:o, s:i, s:s, s:i, s:i, s:o, s:b, s:b}",
                   "experiment", c->experiment, "workload", c->workload, "entry", c->entry, "args",
                   args, "mode", gb_mode_name(c->mode), "workers", c->workers, "gil",
                   gp_gil_model_name(c->gil), "switch_interval", gb_real(c->switch_interval),
                   "check_interval", c->check_interval, "pin", pin, "warmup", c->warmup, "reps",
                   c->reps, "timeout_s", c->timeout_s > 0 ? json_real(c->timeout_s) : json_null(),
                   "trace_requested", c->trace, "fixed_work", c->fixed_work);
}

json_t *gb_results_run(const GbRun *r) {
  json_t *o = gb_config_json(&r->cfg), *samples = json_array(), *warn = json_array();
  for (int i = 0; i < r->nsamples; i++)
    json_array_append_new(samples, gb_sample_json(&r->samples[i]));
  for (int i = 0; i < r->nwarnings; i++)
    json_array_append_new(warn, json_string(r->warnings[i]));
  json_object_set_new(o, "interpreter", json_string("gilpy"));
  json_object_set_new(o, "binding", gb_binding_json(r));
  json_object_set_new(o, "oversubscribed", json_boolean(r->oversubscribed));
  json_object_set_new(o, "startup_s", gb_real(r->startup_s));
  json_object_set_new(o, "runq_wait_frac", gb_real(r->runq_frac));
  json_object_set_new(o, "steal_frac", gb_real(r->steal_frac));
  json_object_set_new(o, "samples", samples);
  json_object_set_new(o, "stats", gb_stats_json(&r->stats));
  json_object_set_new(o, "speedup", gb_results_speedup(&r->speedup));
  json_object_set_new(o, "block", r->block[0] ? json_string(r->block) : json_null());
  json_object_set_new(o, "remeasured", json_integer(r->remeasured));
  /* "gil" is the model (a string); the counters have their own name. */
  json_object_set_new(o, "gil_totals", gb_gil_json(&r->gil));
  if (r->trace) json_object_set_new(o, "trace", gb_trace_json(r));
  json_object_set_new(o, "status", json_string(gb_status_name(r->status)));
  json_object_set_new(o, "error", r->error ? json_string(r->error) : json_null());
  json_object_set_new(o, "warnings", warn);
  return o;
}

json_t *gb_results_document(json_t *tool, json_t *machine, const char *started,
                            const char *finished, json_t *runs) {
  return json_pack("{s:s, s:O, s:O, s:s, s:s, s:O}", "schema", GB_SCHEMA, "tool", tool, "machine",
                   machine, "started", started, "finished", finished, "runs", runs);
}

void gb_results_now(char *buf, size_t len) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
