/*
** run.c — what every mode shares: the record's lifetime, calling the entry
** and measuring it, the preflight check, and the dispatch to the engines.
*/
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "measure.h"
#include "run.h"
#include "stats.h"

#define GB_RUNQ_LIMIT 0.10  /* run-queue wait above this share of the work: warn */
#define GB_STEAL_LIMIT 0.05 /* steal above this share of the run's CPU time: warn */

volatile sig_atomic_t gb_interrupted;

void gb_value_free(GbValue *v) {
  free(v->s);
  v->s = NULL;
}

void gb_value_copy(GbValue *dst, const GbValue *src) {
  *dst = *src;
  dst->s = src->s ? gb_strdup(src->s) : NULL;
}

void gb_run_free(GbRun *r) {
  gb_config_free(&r->cfg);
  free(r->error);
  free(r->binding);
  for (int i = 0; i < r->nsamples; i++) {
    for (int k = 0; k < r->samples[i].nworkers; k++)
      gb_value_free(&r->samples[i].workers[k].result);
    free(r->samples[i].workers);
  }
  free(r->samples);
  free(r->trace);
  for (int i = 0; i < r->nwarnings; i++)
    free(r->warnings[i]);
  memset(r, 0, sizeof *r);
}

void gb_run_fail(GbRun *r, GbStatus st, const char *fmt, ...) {
  if (r->status != GB_OK) return; /* the first reason is the real one */
  va_list ap;
  char buf[1024];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  r->status = st;
  r->error = gb_strdup(buf);
}

void gb_run_warn(GbRun *r, const char *fmt, ...) {
  if (r->nwarnings >= GB_MAX_WARNINGS) return;
  va_list ap;
  char buf[512];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  r->warnings[r->nwarnings++] = gb_strdup(buf);
}

void gb_run_options(const GbRunConfig *cfg, gp_Options *o) {
  gp_options_default(o);
  o->gil = cfg->gil;
  o->switch_interval = cfg->switch_interval;
  o->check_interval = cfg->check_interval;
  o->trace_capacity = cfg->trace ? (size_t)1 << 18 : 0;
}

/* The innermost frame of a traceback, "  File "w.py", line 2, in f", as
** " (w.py:2, in f)" (a SyntaxError's has no function); "" if there is none.
** *code gets the lines after it (source, caret) up to msg, the message. */
static void gb_error_where(const char *text, const char *msg, char *out, size_t len,
                           const char **code) {
  const char *f = NULL;
  for (const char *p = text; (p = strstr(p, "  File \"")) && p < msg; p++)
    f = p;
  out[0] = '\0';
  *code = msg;
  const char *q = f ? strstr(f + 8, "\", line ") : NULL;
  if (!q || q > msg) return;
  char *e;
  long line = strtol(q + 8, &e, 10);
  if (line < 1) return;
  int flen = (int)(q - f - 8);
  if (strncmp(e, ", in ", 5) == 0)
    snprintf(out, len, " (%.*s:%ld, in %.*s)", flen, f + 8, line, (int)strcspn(e + 5, "\n"), e + 5);
  else
    snprintf(out, len, " (%.*s:%ld)", flen, f + 8, line);
  const char *nl = strchr(e, '\n');
  *code = nl && nl < msg ? nl + 1 : msg;
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
  char where[320];
  const char *code;
  gb_error_where(text, start, where, sizeof where, &code); /* where it was raised */
  if (type && strncmp(start, type, strlen(type)) != 0)
    snprintf(buf, len, "%s: %.*s%s", type, n, start, where);
  else if (n > 0)
    snprintf(buf, len, "%.*s%s", n, start, where);
  else
    snprintf(buf, len, "%s%s", type ? type : "error", where);
}

/* For an error in loading: the line, then (a SyntaxError) the source line
** and its caret, as gilpy shows them. */
static void gb_run_load_error(gp_Thread *t, char *buf, size_t len) {
  gb_run_error_line(t, buf, len);
  const char *text = gp_error(t), *end = text + strlen(text), *code;
  while (end > text && (end[-1] == '\n' || end[-1] == ' '))
    end--;
  const char *msg = end;
  while (msg > text && msg[-1] != '\n')
    msg--;
  char where[320];
  gb_error_where(text, msg, where, sizeof where, &code);
  size_t n = strlen(buf);
  if (where[0] && code < msg && n + 2 < len)
    snprintf(buf + n, len - n, "\n%.*s", (int)(msg - code - 1), code);
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

int gb_run_execute(GbTopo *tp, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *r) {
  char err[256];
  GbEngine e = {.tp = tp, .cfg = &r->cfg, .hooks = h};
  memset(r, 0, sizeof *r);
  gb_config_copy(&r->cfg, cfg);
  gb_config_modname(cfg, e.mod, sizeof e.mod);
  e.deadline = cfg->timeout_s > 0 ? gb_now() + cfg->timeout_s : INFINITY;
  if (gb_topo_plan(tp, cfg->pin, cfg->workers, &e.plan, err, sizeof err) < 0) {
    gb_run_fail(r, GB_FAILED, "%s", err);
    return 0;
  }
  if (e.plan.warning[0]) {
    r->oversubscribed = true;
    gb_run_warn(r, "%s", e.plan.warning);
  }
  if (cfg->trace && cfg->mode == GB_MODE_PROCS)
    gb_run_warn(r, "--trace is not recorded in procs mode (the trace stays in the children)");
  r->samples = gb_calloc((size_t)cfg->reps, sizeof *r->samples);
  int rc = cfg->mode == GB_MODE_PROCS ? gb_run_procs(&e, r) : gb_run_inproc(&e, r);
  gb_topo_plan_free(&e.plan);
  gb_run_summarize(r);
  return rc;
}

/* The busy-machine and steal warnings are about all of a record's samples:
** recomputed, never accumulated (rounds.c merges records). */
#define GB_BUSY_TEXT "of their time for a CPU"
#define GB_STEAL_TEXT "of the CPU time (steal)"

bool gb_run_is_summary_warning(const char *w) {
  return strstr(w, GB_BUSY_TEXT) || strstr(w, GB_STEAL_TEXT);
}

static void gb_run_drop_summary_warnings(GbRun *r) {
  int k = 0;
  for (int i = 0; i < r->nwarnings; i++) {
    if (gb_run_is_summary_warning(r->warnings[i]))
      free(r->warnings[i]);
    else
      r->warnings[k++] = r->warnings[i];
  }
  r->nwarnings = k;
}

/* Steal over the samples that know it / the CPU time the run could use in
** them: wall × the CPUs its workers could run on at once. The steal counted
** is the whole machine's, so with fewer workers than CPUs it may include
** CPUs the run did not use: capped at 1. NaN when no sample knows it. */
static double gb_run_steal_frac(const GbRun *r) {
  double steal = 0, wall = 0;
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  long used = r->cfg.mode == GB_MODE_SEQ ? 1 : r->cfg.workers;
  for (int i = 0; i < r->nsamples; i++)
    if (isfinite(r->samples[i].steal_s)) {
      steal += r->samples[i].steal_s;
      wall += r->samples[i].wall_s;
    }
  if (cpus > 0 && used > cpus) used = cpus;
  return wall > 0 && used > 0 ? fmin(1, steal / (wall * (double)used)) : NAN;
}

void gb_run_summarize(GbRun *r) {
  double *x = gb_calloc((size_t)r->nsamples + 1, sizeof *x), wait = 0, busy = 0;
  for (int i = 0; i < r->nsamples; i++) {
    x[i] = r->samples[i].wall_s;
    wait += r->samples[i].runq_s;
    for (int k = 0; k < r->samples[i].nworkers; k++)
      busy += r->samples[i].workers[k].wall_s;
  }
  r->runq_frac = busy > 0 ? wait / busy : 0;
  r->steal_frac = gb_run_steal_frac(r);
  gb_run_drop_summary_warnings(r);
  if (r->runq_frac > GB_RUNQ_LIMIT)
    gb_run_warn(r,
                "%s x%d: workers waited %.0f%% " GB_BUSY_TEXT
                ": the machine is busy and these timings are "
                "unreliable",
                gb_mode_name(r->cfg.mode), r->cfg.workers, r->runq_frac * 100);
  if (r->steal_frac > GB_STEAL_LIMIT)
    gb_run_warn(
        r, "%s x%d: the hypervisor took %.0f%% " GB_STEAL_TEXT ": these timings are unreliable",
        gb_mode_name(r->cfg.mode), r->cfg.workers, r->steal_frac * 100);
  gb_stats_compute(x, r->nsamples, &r->stats);
  free(x);
}

/* --- preflight --- */

/* CPython's messages for a call with too many arguments:
**   f() takes 1 positional argument but 255 were given
**   f() takes from 0 to 1 positional arguments but 255 were given */
static bool gb_parse_takes(const char *msg, int *min, int *max) {
  const char *p = strstr(msg, "takes ");
  if (!p) return false;
  p += 6;
  if (sscanf(p, "from %d to %d", min, max) == 2) return true;
  if (sscanf(p, "%d", min) == 1) {
    *max = *min;
    return true;
  }
  return false;
}

static void gb_preflight_child(const GbRunConfig *cfg, char *out, size_t len) {
  char mod[256], err[512];
  gp_Options o;
  gb_config_modname(cfg, mod, sizeof mod);
  gb_run_options(cfg, &o);
  o.trace_capacity = 0;
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) {
    snprintf(out, len, "cannot open the interpreter: %s", err);
    return;
  }
  gp_Thread *t = gp_attach(vm);
  gp_Arg many[255];
  gp_Result res;
  memset(&res, 0, sizeof res);
  for (int i = 0; i < 255; i++)
    many[i] = (gp_Arg){.kind = GP_ARG_INT};
  int min = 0, max = 0;
  if (gp_load_file(t, cfg->workload, mod) != 0) {
    gb_run_load_error(t, err, sizeof err);
    snprintf(out, len, "%s: %s", cfg->workload, err);
  } else if (gp_call(t, mod, cfg->entry, 255, many, &res) == 0) {
    gp_result_free(&res); /* a function taking any number of arguments: fine */
  } else {
    const char *type = gp_error_type(t);
    gb_run_error_line(t, err, sizeof err);
    type = type ? type : "";
    if (strcmp(type, "AttributeError") == 0 || strcmp(type, "NameError") == 0)
      snprintf(out, len, "%s has no function '%s'", cfg->workload, cfg->entry);
    else if (strcmp(type, "TypeError") == 0 && strstr(err, "not callable"))
      snprintf(out, len, "%s: '%s' is not a function", cfg->workload, cfg->entry);
    else if (strcmp(type, "TypeError") == 0 && gb_parse_takes(err, &min, &max) &&
             (cfg->nargs < min || cfg->nargs > max)) {
      char range[64];
      if (min == max)
        snprintf(range, sizeof range, "%d argument%s", min, min == 1 ? "" : "s");
      else
        snprintf(range, sizeof range, "from %d to %d arguments", min, max);
      snprintf(out, len, "%s: %s() takes %s, %d given with -a", cfg->workload, cfg->entry, range,
               cfg->nargs);
    }
  }
  gp_detach(t);
  gp_close(vm);
}

static int gb_preflight_wait(pid_t pid, int fd, char *err, size_t errlen, const char *what) {
  char msg[1024];
  size_t got = 0;
  bool eof = false;
  struct pollfd p = {.fd = fd, .events = POLLIN};
  double deadline = gb_now() + 60;
  while (!eof && got < sizeof msg - 1 && !gb_interrupted && gb_now() < deadline) {
    if (poll(&p, 1, 100) <= 0) continue;
    ssize_t n = read(fd, msg + got, sizeof msg - 1 - got);
    if (n < 0 && errno == EINTR) continue;
    eof = n <= 0;
    got += n > 0 ? (size_t)n : 0;
  }
  msg[got] = '\0';
  close(fd);
  int st = 0;
  if (!eof && got == 0) kill(pid, SIGKILL); /* EOF comes as the child exits */
  waitpid(pid, &st, 0);
  if (!eof && got == 0) {
    snprintf(err, errlen, "%s: %s", what,
             gb_interrupted ? "interrupted while loading" : "loading did not finish in 60 s");
    return -1;
  }
  if (WIFSIGNALED(st)) {
    snprintf(err, errlen, "%s: loading crashed (signal %d)", what, WTERMSIG(st));
    return -1;
  }
  if (msg[0]) {
    snprintf(err, errlen, "%s", msg);
    return -1;
  }
  return 0;
}

int gb_run_preflight(const GbRunConfig *cfg, char *err, size_t errlen) {
  /* as `gilbench run` checks its file: a directory or a device (/dev/zero
  ** would be read until the 60 s limit) is no workload */
  struct stat st;
  if (stat(cfg->workload, &st) != 0) {
    snprintf(err, errlen, "cannot read %s: %s", cfg->workload, strerror(errno));
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "cannot read %s: not a regular file", cfg->workload);
    return -1;
  }
  int fds[2];
  if (pipe(fds) < 0) {
    snprintf(err, errlen, "pipe: %s", strerror(errno));
    return -1;
  }
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    snprintf(err, errlen, "fork: %s", strerror(errno));
    close(fds[0]);
    close(fds[1]);
    return -1;
  }
  if (pid == 0) {
    char out[1024] = "";
    close(fds[0]);
    gb_preflight_child(cfg, out, sizeof out);
    if (write(fds[1], out, strlen(out)) < 0) _exit(3);
    fflush(stdout);
    _exit(0);
  }
  close(fds[1]);
  return gb_preflight_wait(pid, fds[0], err, errlen, cfg->workload);
}
