/*
** cpython.c — reference runs under the real CPython (cpython.h).
**
** Protocol with `cpython_driver.py --serve` (pipes on its stdin/stdout; its
** stderr is ours, so its error messages reach the terminal):
**   driver: {"ready": "cpython-3.11"}      after start-up and warm-up
**   us: "rep"   driver: one sample object  as often as the rounds ask
**   us: EOF     driver: exits              (its worker processes with it)
** ruby_driver.rb speaks the same protocol (ruby.h), so Ruby's runs are
** supervised here too; messages name the driver that failed.
** Invariants: at most one request is outstanding, so a line read is the
** answer to the last request; a driver that timed out, died or was
** interrupted is marked dead and killed at gb_py_stop, never asked again.
*/
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cpython.h"
#include "measure.h"
#include "task.h"

struct GbPy {
  pid_t pid;
  int in, out; /* its stdin (we write), its stdout (we read) */
  bool dead;
  char name[64]; /* the driver's file name without its suffix, for messages */
  char *buf;     /* what was read and not yet returned as a line */
  size_t n, cap;
};

enum { GB_PY_LINE, GB_PY_TIMEOUT, GB_PY_EOF };

/* The next line from the driver (its '\n' cut) into *line, which the caller
** frees; GB_PY_TIMEOUT at the deadline or on Ctrl-C, GB_PY_EOF if it ended. */
static int gb_py_line(GbPy *p, double deadline, char **line) {
  for (;;) {
    char *nl = p->n ? memchr(p->buf, '\n', p->n) : NULL;
    if (nl) {
      size_t len = (size_t)(nl - p->buf);
      *line = gb_calloc(len + 1, 1);
      memcpy(*line, p->buf, len);
      p->n -= len + 1;
      memmove(p->buf, nl + 1, p->n);
      return GB_PY_LINE;
    }
    double left = deadline - gb_now();
    if (left <= 0 || gb_interrupted) return GB_PY_TIMEOUT;
    struct pollfd pf = {.fd = p->out, .events = POLLIN};
    int pr = poll(&pf, 1, (int)fmin(left * 1000 + 1, 1000));
    if (pr <= 0) continue; /* EINTR, or a second to look at the deadline again */
    if (p->n + 4096 > p->cap) {
      p->cap = p->cap ? 2 * p->cap : 8192;
      char *nb = realloc(p->buf, p->cap);
      if (!nb) abort();
      p->buf = nb;
    }
    ssize_t r = read(p->out, p->buf + p->n, p->cap - p->n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return GB_PY_EOF;
    p->n += (size_t)r;
  }
}

/* A child's first line of output within GB_PROBE_S seconds, or NULL (it
** failed, hung, or printed something else); a hung child is killed. */
#define GB_PROBE_S 10
static char *gb_probe_line(char *const argv[], const char *prefix) {
  int fd[2];
  if (pipe2(fd, O_CLOEXEC) < 0) return NULL;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  close(fd[1]);
  char buf[64] = "";
  size_t n = 0;
  double deadline = gb_now() + GB_PROBE_S;
  while (pid > 0 && n < sizeof buf - 1 && !memchr(buf, '\n', n)) {
    struct pollfd p = {.fd = fd[0], .events = POLLIN};
    int left = (int)((deadline - gb_now()) * 1e3);
    if (left <= 0 || (poll(&p, 1, left) < 0 && errno != EINTR)) break;
    ssize_t r = p.revents ? read(fd[0], buf + n, sizeof buf - 1 - n) : 0;
    if (r < 0 && errno == EINTR) continue;
    if (p.revents && r <= 0) break;
    n += r > 0 ? (size_t)r : 0;
  }
  close(fd[0]);
  int st = 0;
  if (pid > 0) {
    kill(pid, SIGKILL); /* it has answered or it never will */
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
  }
  buf[n] = '\0';
  if (pid <= 0 || strncmp(buf, prefix, strlen(prefix)) != 0 || !strchr(buf, '\n')) return NULL;
  buf[strcspn(buf, "\n")] = '\0';
  return gb_strdup(buf);
}

char *gb_driver_probe(const char *exe, const char *flag, const char *code, const char *prefix) {
  char *const argv[] = {(char *)exe, (char *)flag, (char *)code, NULL};
  return gb_probe_line(argv, prefix);
}

char *gb_py_version(const char *python) {
  return gb_driver_probe(python, "-c", "import sys; print('cpython-%d.%d' % sys.version_info[:2])",
                         "cpython-");
}

/* c's arguments as the driver's --args, a JSON list. */
static char *gb_py_args(const GbRunConfig *c) {
  json_t *aj = json_array();
  for (int i = 0; i < c->nargs; i++) {
    gp_Arg v;
    gb_arg_value(c->args[i], 0, &v);
    json_array_append_new(aj, v.kind == GP_ARG_INT     ? json_integer(v.i)
                              : v.kind == GP_ARG_FLOAT ? json_real(v.f)
                                                       : json_string(c->args[i]));
  }
  char *s = json_dumps(aj, JSON_COMPACT);
  json_decref(aj);
  return s;
}

static void gb_py_child(const char *python, const char *driver, const GbRunConfig *c,
                        const char *cpus, int in, int out) {
  char workers[16], warmup[16], si[32];
  char *args = gb_py_args(c);
  snprintf(workers, sizeof workers, "%d", c->workers);
  snprintf(warmup, sizeof warmup, "%d", c->warmup);
  snprintf(si, sizeof si, "%.9g", c->switch_interval);
  dup2(in, 0);
  dup2(out, 1);
  /* Ctrl-C is the suite's to handle: it stops this child when it stops */
  signal(SIGINT, SIG_IGN);
  signal(SIGTERM, SIG_DFL);
  execlp(python, python, driver, "--serve", "--file", c->workload, "--entry", c->entry, "--args",
         args, "--mode", gb_mode_name(c->mode), "--workers", workers, "--warmup", warmup, "--cpus",
         cpus, "--switch-interval", si, (char *)NULL);
  fprintf(stderr, "gilbench: cannot run %s: %s\n", python, strerror(errno));
  _exit(127);
}

static double gb_py_deadline(const GbRunConfig *c) {
  return gb_now() + (c->timeout_s > 0 ? c->timeout_s : 3600);
}

/* Why p gives no line: for a run's error message. */
static void gb_py_why(const GbPy *p, int got, char *err, size_t errlen) {
  if (got == GB_PY_TIMEOUT && !gb_interrupted)
    snprintf(err, errlen, "timeout: the %s run did not finish in its time", p->name);
  else if (got == GB_PY_TIMEOUT)
    snprintf(err, errlen, "interrupted");
  else
    snprintf(err, errlen, "%s failed; see its message above", p->name);
}

/* "ruby_driver" of ".../ruby_driver.rb". */
static void gb_py_name(GbPy *p, const char *driver) {
  const char *slash = strrchr(driver, '/');
  snprintf(p->name, sizeof p->name, "%s", slash ? slash + 1 : driver);
  p->name[strcspn(p->name, ".")] = '\0';
}

GbPy *gb_py_start(const char *python, const char *driver, const GbRunConfig *c, const char *cpus,
                  char *err, size_t errlen) {
  int fds[2][2], *in = fds[0], *out = fds[1];
  /* a driver that died must make a write fail (EPIPE), not end gilbench */
  signal(SIGPIPE, SIG_IGN);
  /* the pipes are close-on-exec: another driver holding this one's stdin
  ** would keep it from ever seeing EOF (dup2 clears the flag on 0 and 1) */
  pid_t pid = gb_fork_pipes(fds, 2, err, errlen);
  if (pid < 0) return NULL;
  if (pid == 0) {
    close(in[1]);
    close(out[0]);
    gb_py_child(python, driver, c, cpus, in[0], out[1]);
  }
  close(in[0]);
  close(out[1]);
  GbPy *p = gb_calloc(1, sizeof *p);
  *p = (GbPy){.pid = pid, .in = in[1], .out = out[0]};
  gb_py_name(p, driver);
  char *line = NULL;
  int got = gb_py_line(p, gb_py_deadline(c), &line);
  json_t *o = got == GB_PY_LINE ? json_loads(line, 0, NULL) : NULL;
  bool ready = json_is_string(json_object_get(o, "ready"));
  json_decref(o);
  free(line);
  if (!ready) {
    if (got == GB_PY_LINE)
      snprintf(err, errlen, "%s: unexpected first line", p->name);
    else
      gb_py_why(p, got, err, errlen);
    p->dead = true;
    gb_py_stop(p);
    /* the caller tells a start-up that ran out of the run's time (a
    ** timeout, like one in the repetitions) from one that failed */
    errno = got == GB_PY_TIMEOUT && !gb_interrupted ? ETIMEDOUT : 0;
    return NULL;
  }
  return p;
}

/* One sample object of the driver into a new sample of r. */
static void gb_py_sample(GbRun *r, const json_t *s) {
  GbSample *g = &r->samples[r->nsamples++];
  size_t k;
  json_t *w;
  json_t *st = json_object_get(s, "steal_s");
  g->wall_s = json_number_value(json_object_get(s, "wall_s"));
  g->t_end_us = gb_unix_us();
  g->cpu_s = json_number_value(json_object_get(s, "cpu_s"));
  g->steal_s = json_is_number(st) ? json_number_value(st) : NAN;
  r->startup_s = json_number_value(json_object_get(s, "startup_s"));
  json_t *ws = json_object_get(s, "workers");
  g->nworkers = (int)json_array_size(ws);
  g->workers = gb_calloc((size_t)g->nworkers + 1, sizeof *g->workers);
  json_array_foreach(ws, k, w) {
    GbWorkerSample *ww = &g->workers[k];
    json_t *res = json_object_get(w, "result");
    ww->wall_s = json_number_value(json_object_get(w, "wall_s"));
    ww->cpu_s = json_number_value(json_object_get(w, "cpu_s"));
    ww->runq_s = json_number_value(json_object_get(w, "runq_s"));
    g->runq_s += ww->runq_s;
    ww->core = -1;
    if (json_is_integer(res))
      ww->result = (GbValue){.kind = GP_RES_INT, .i = json_integer_value(res)};
    else if (json_is_real(res))
      ww->result = (GbValue){.kind = GP_RES_FLOAT, .f = json_real_value(res)};
    else if (json_is_string(res))
      ww->result = (GbValue){.kind = GP_RES_OTHER, .s = gb_strdup(json_string_value(res))};
  }
}

void gb_py_measure(GbPy *p, const GbRunConfig *c, GbRun *r) {
  char err[256];
  double deadline = gb_py_deadline(c);
  memset(r, 0, sizeof *r);
  gb_config_copy(&r->cfg, c);
  r->samples = gb_calloc((size_t)c->reps + 1, sizeof *r->samples);
  for (int k = 0; k < c->reps && r->status == GB_OK; k++) {
    if (p->dead) {
      gb_run_fail(r, GB_FAILED, "%s failed earlier", p->name);
      break;
    }
    char *line = NULL;
    int got = write(p->in, "rep\n", 4) == 4 ? gb_py_line(p, deadline, &line) : GB_PY_EOF;
    json_t *s = got == GB_PY_LINE ? json_loads(line, 0, NULL) : NULL;
    free(line);
    if (json_is_array(json_object_get(s, "workers"))) {
      gb_py_sample(r, s);
    } else {
      p->dead = true;
      if (got == GB_PY_LINE)
        snprintf(err, sizeof err, "%s: unreadable output", p->name);
      else
        gb_py_why(p, got, err, sizeof err);
      gb_run_fail(r, got == GB_PY_TIMEOUT && !gb_interrupted ? GB_TIMEOUT : GB_FAILED, "%s", err);
    }
    json_decref(s);
  }
}

void gb_py_stop(GbPy *p) {
  if (!p) return;
  if (p->in >= 0) close(p->in); /* EOF: an idle driver ends its loop */
  if (p->dead && p->pid > 0) kill(p->pid, SIGKILL);
  if (p->out >= 0) close(p->out);
  int st;
  while (p->pid > 0 && waitpid(p->pid, &st, 0) < 0 && errno == EINTR) {
  }
  free(p->buf);
  free(p);
}
