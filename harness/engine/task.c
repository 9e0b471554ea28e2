/*
** task.c — what the engines share: the interrupt flag, the interpreter's
** options for a configuration, calling the entry once and measuring it,
** and recording a repetition.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

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

void gb_vm_close(gp_VM *vm) {
  if (gp_threading_shutdown(vm) == 0) gp_close(vm);
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
void gb_run_load_error(gp_Thread *t, char *buf, size_t len) {
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

void gb_describe_exit(int st, char *buf, size_t len) {
  if (WIFSIGNALED(st)) {
    const char *abbrev = sigabbrev_np(WTERMSIG(st));
    snprintf(buf, len, "killed by signal %d (SIG%s)", WTERMSIG(st), abbrev ? abbrev : "?");
  } else {
    snprintf(buf, len, "exited with status %d", WEXITSTATUS(st));
  }
}
