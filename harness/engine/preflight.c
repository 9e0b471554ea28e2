/*
** preflight.c — loading a workload once in a throw-away child before any
** measurement, so a missing entry or a wrong argument count is one line
** up front instead of a failed run later.
*/
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "measure.h"
#include "preflight.h"
#include "task.h"

/* Names the functions the file does have, so the fix is one -e away. */
static void gb_preflight_no_entry(gp_Thread *t, const GbRunConfig *cfg, const char *mod, char *out,
                                  size_t len) {
  char names[384];
  int n = gp_functions(t, mod, names, sizeof names);
  if (n > 0)
    snprintf(out, len, "%s has no function '%s'; its functions: %s (choose one with -e NAME)",
             cfg->workload, cfg->entry, names);
  else
    snprintf(out, len, "%s has no function '%s' and defines none", cfg->workload, cfg->entry);
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
  int min, max;
  if (gp_load_file(t, cfg->workload, mod) != 0) {
    gb_run_load_error(t, err, sizeof err);
    snprintf(out, len, "%s: %s", cfg->workload, err);
  } else if (gp_arity(t, mod, cfg->entry, &min, &max) != 0) {
    const char *type = gp_error_type(t);
    if (type && strcmp(type, "TypeError") == 0)
      snprintf(out, len, "%s: '%s' is not a function", cfg->workload, cfg->entry);
    else
      gb_preflight_no_entry(t, cfg, mod, out, len);
  } else if (cfg->nargs < min || (max >= 0 && cfg->nargs > max)) {
    char range[64];
    if (min == max)
      snprintf(range, sizeof range, "%d argument%s", min, min == 1 ? "" : "s");
    else
      snprintf(range, sizeof range, "from %d to %d arguments", min, max);
    snprintf(out, len, "%s: %s() takes %s, %d given with -a", cfg->workload, cfg->entry, range,
             cfg->nargs);
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
    char how[64];
    gb_describe_exit(st, how, sizeof how);
    snprintf(err, errlen, "%s: loading crashed (%s)", what, how);
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
  int pipes[1][2], *fds = pipes[0];
  pid_t pid = gb_fork_pipes(pipes, 1, err, errlen);
  if (pid < 0) return -1;
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
