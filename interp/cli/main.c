/*
** main.c — the gilpy command: runs a file or a string like python3 does,
** with the GIL model and its knobs as options.
**
** Exit status: 0; 1 for an uncaught exception (report on stderr); 2 for
** usage errors and unreadable files; SystemExit's code; 130 after a
** KeyboardInterrupt.
*/
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy.h"

static const char usage[] =
    "usage: gilpy [option...] FILE [ARG...]\n"
    "       gilpy [option...] -c CODE [ARG...]\n"
    "Runs a program in gilpy's Python subset (see docs/language.md).\n"
    "Options:\n"
    "  --gil=MODEL             GIL model: new (default), legacy, none, fifo,\n"
    "                          priority, fair (docs/gil-designs.md)\n"
    "  --switch-interval=S     switch interval or time quantum in seconds, every\n"
    "                          model but legacy and none (default 0.005)\n"
    "  --check-interval=N      gil=legacy: instructions between checks (default 100)\n"
    "  --recursion-limit=N     maximum Python call depth (default 1000)\n"
    "  -c CODE                 run CODE instead of a file\n"
    "  -u                      unbuffered stdout, as python3 -u (also when\n"
    "                          PYTHONUNBUFFERED is set and not empty)\n"
    "  --version               print the version and exit\n"
    "  -h, --help              print this help and exit\n";

static gp_VM *the_vm;

static void on_sigint(int sig) {
  (void)sig;
  if (the_vm) gp_interrupt(the_vm);
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "gilpy: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n%s", usage);
  va_end(ap);
  return 2;
}

/* --name=VALUE or --name VALUE; returns the value or NULL (no match). */
static const char *option_value(int argc, char **argv, int *i, const char *name, bool *missing) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n) != 0) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n] != '\0') return NULL;
  if (*i + 1 >= argc) {
    *missing = true;
    return NULL;
  }
  return argv[++*i];
}

/* The exit status for the exception left by a failed load. */
static int report(gp_Thread *t, FILE *err) {
  const char *text;
  int status = gp_exit_status(t, &text);
  fputs(text, err);
  fflush(err);
  return status;
}

/* The script's path made absolute (like CPython's __main__.__file__), for
** tracebacks and for finding modules beside it. malloc'd. */
static char *absolute_path(const char *path) {
  char cwd[4096];
  if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(path);
  while (path[0] == '.' && path[1] == '/')
    path += 2;
  size_t n = strlen(cwd) + strlen(path) + 2;
  char *abs = malloc(n);
  if (abs) snprintf(abs, n, "%s/%s", cwd, path);
  return abs;
}

static int cant_open(const char *path) {
  int e = errno;
  char *abs = absolute_path(path);
  fprintf(stderr, "gilpy: can't open file '%s': [Errno %d] %s\n", abs ? abs : path, e, strerror(e));
  free(abs);
  return 2;
}

int main(int argc, char **argv) {
  gp_Options o;
  gp_options_default(&o);
  const char *code = NULL, *file = NULL;
  bool unbuffered = false;
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i], *v;
    bool missing = false;
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("gilpy %s\n", GP_VERSION);
      return 0;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(a, "-u") == 0) {
      unbuffered = true;
      continue;
    }
    if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) return usage_error("option %s requires an argument", a);
      code = argv[++i];
      i++;
      break;
    }
    char why[128];
    int bad = 0;
    if ((v = option_value(argc, argv, &i, "--gil", &missing))) {
      bad = gp_knob_gil(v, &o.gil, why, sizeof why);
    } else if ((v = option_value(argc, argv, &i, "--switch-interval", &missing))) {
      bad = gp_knob_switch_interval(v, &o.switch_interval, why, sizeof why);
    } else if ((v = option_value(argc, argv, &i, "--check-interval", &missing))) {
      bad = gp_knob_check_interval(v, &o.check_interval, why, sizeof why);
    } else if ((v = option_value(argc, argv, &i, "--recursion-limit", &missing))) {
      bad = gp_knob_recursion_limit(v, &o.recursion_limit, why, sizeof why);
    } else if (missing) {
      return usage_error("option %s requires an argument", a);
    } else if (a[0] == '-' && a[1] != '\0') {
      return usage_error("unknown option '%s'", a);
    } else {
      file = a;
      i++;
      break;
    }
    if (bad) /* as --name=VALUE, however it was given */
      return usage_error("%.*s=%s: %s", (int)strcspn(a, "="), a, v, why);
  }
  if (!code && !file) return usage_error("%s", "no program given (FILE or -c CODE)");
  /* as python3 -u: each print reaches stdout at once, so the lines of a
  ** parent and of its forked children interleave as they are printed */
  const char *env = getenv("PYTHONUNBUFFERED");
  if (unbuffered || (env && *env)) setvbuf(stdout, NULL, _IONBF, 0);

  /* sys.argv: the file (or "-c") then the remaining arguments */
  int nargs = argc - i + 1;
  char **sargv = malloc(sizeof(char *) * (size_t)(nargs + 1));
  if (!sargv) return 1;
  sargv[0] = code ? "-c" : (char *)file;
  for (int k = 1; k < nargs; k++)
    sargv[k] = argv[i + k - 1];
  sargv[nargs] = NULL;
  o.argc = nargs;
  o.argv = sargv;

  if (file) {
    FILE *f = fopen(file, "rb");
    if (!f) {
      free(sargv);
      return cant_open(file);
    }
    fclose(f);
  }

  char *abs = file ? absolute_path(file) : NULL;
  if (file && !abs) {
    free(sargv);
    return 1;
  }
  char err[256];
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) {
    free(sargv);
    fprintf(stderr, "gilpy: %s\n", err);
    return 2;
  }
  the_vm = vm;
  signal(SIGINT, on_sigint);
  gp_Thread *t = gp_attach(vm);
  int status = 0;
  int r = code ? gp_load_string(t, code, "<string>", "__main__") : gp_load_file(t, abs, "__main__");
  fflush(stdout);
  if (r < 0) status = report(t, stderr);
  /* like CPython at exit: wait for the non-daemon threads; daemons die with the process */
  int daemons = gp_threading_shutdown(vm);
  signal(SIGINT, SIG_DFL);
  the_vm = NULL;
  fflush(stdout);
  if (daemons > 0) _exit(status);
  gp_close(vm);
  free(sargv);
  free(abs);
  fflush(stdout);
  if (status == 130) { /* like CPython: die of the signal, so the parent sees it */
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
  }
  return status;
}
