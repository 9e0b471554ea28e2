/*
** main.c — the gilbench command: subcommand dispatch and option parsing.
** Every bad argument ends in one line on stderr naming the subcommand and
** the option, and exit status 2; `gilbench CMD --help` describes CMD.
*/
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compare.h"
#include "export.h"
#include "export_fmt.h"
#include "info.h"
#include "knobs.h"
#include "report.h"
#include "serve.h"
#include "session.h"
#include "suite.h"
#include "topo.h"

static const char gb_usage_main[] =
    "usage: gilbench COMMAND [OPTIONS]\n"
    "\n"
    "Measures CPU- and I/O-bound Python workloads under switchable GIL models.\n"
    "\n"
    "commands:\n"
    "  info      the machine: hwloc topology, CPU, OS, compiler, timer\n"
    "  run       measure one workload in one mode (and its seq baseline)\n"
    "  export    results JSON to TSV/CSV data files\n"
    "  serve     the loopback HTTP server alone\n"
    "  suite     run every experiment of a suite file (results, figures' data, report)\n"
    "  compare   results files of several machines side by side\n"
    "  report    the report and figures' data of a results file\n"
    "\n"
    "`gilbench COMMAND --help` describes a command; --version prints the version.\n";

static const char gb_usage_info[] =
    "usage: gilbench info [--json]\n"
    "\n"
    "Prints the machine as the results record it: packages, NUMA nodes, cores,\n"
    "PUs and caches (hwloc), CPU model, OS, kernel, frequency governor, the\n"
    "compiler and flags gilbench was built with, and the timer's resolution.\n"
    "  --json    the same as JSON\n";

static const char gb_usage_run[] =
    "usage: gilbench run FILE --mode MODE -n WORKERS [options]\n"
    "\n"
    "Runs N tasks, each a call of FILE's entry function, and measures them.\n"
    "  -m, --mode MODE           seq | threads | subinterp | procs\n"
    "                              seq: the N tasks one after another, one VM\n"
    "                              threads: N threads sharing one VM (one GIL)\n"
    "                              subinterp: N threads, one VM each\n"
    "                              procs: N forked processes, one VM each\n"
    "  -n, --workers N           number of workers (tasks)\n"
    "  -e, --entry NAME          function to call (default: main)\n"
    "  -a, --arg VALUE           an argument, repeatable; int or float if it reads\n"
    "                            as one, else str; {worker} is the worker's index\n"
    "      --gil MODEL           new | legacy | none | fifo | priority | fair\n"
    "                            (default: new)\n"
    "      --switch-interval S   hand-off interval or quantum, seconds, every model\n"
    "                            but legacy and none (default 0.005)\n"
    "      --check-interval N    gil=legacy instructions between checks (default 100)\n"
    "      --pin POLICY          none | cores | compact | scatter | core:K (default none)\n"
    "      --reps R              counted repetitions (default 5)\n"
    "      --warmup W            uncounted repetitions first (default 1)\n"
    "      --trace               record the GIL events of the last repetition\n"
    "      --timeout S           stop a run after S seconds (status timeout)\n"
    "      --json OUT            write the results to OUT (journal: OUT.journal)\n"
    "      --experiment NAME     label the runs with an experiment name\n"
    "      --no-baseline         do not measure the seq baseline (no speedup)\n"
    "      --preflight           first check that P processes run side by side at\n"
    "                            full speed; stop (status 3) if the cores are busy\n"
    "      --force               with --preflight: go on anyway\n"
    "      --python[=PATH]       run on the real CPython (default python3) instead\n"
    "                            of gilpy: seq, threads and procs (no subinterp)\n"
    "  -q, --quiet               no progress on stderr\n"
    "\n"
    "Exit status: 0 ok, 1 a run failed or timed out, 2 bad arguments or an\n"
    "unusable workload/output/CPython, 3 the preflight found the machine too busy,\n"
    "130 interrupted (finished runs are saved).\n";

static const char gb_usage_export[] =
    "usage: gilbench export RESULTS.json [--format FMT] [--out DIR|FILE]\n"
    "\n"
    "Writes the figures' data (what plots/render.sh reads): per experiment (or\n"
    "per workload) NAME.tsv, one row per run (time, speedup, result, switch\n"
    "rate ... with 95% intervals), NAME.samples.tsv, one row per sample, and\n"
    "NAME_timeline.tsv, the GIL timeline of a traced run; then summary.tsv\n"
    "(the report's derived numbers) and machine.txt. Columns: results/SCHEMA.md.\n"
    "  -f, --format FMT   tsv (default) or csv-data: those files, tab or comma\n"
    "                     separated; or one file in another tool's format:\n"
    "                     pyperf (pyperf's JSON: one benchmark per run, its\n"
    "                     repetitions' wall times; `python3 -m pyperf stats`),\n"
    "                     csv or markdown (as hyperfine's --export-csv/-markdown)\n"
    "  -o, --out DIR      where to write (default: beside RESULTS.json); for\n"
    "                     pyperf, csv and markdown the file (default: stdout)\n";

static const char gb_usage_serve[] =
    "usage: gilbench serve --latency MS [--port P] [--header-timeout MS]\n"
    "                      [--idle-timeout MS] [--max-conns N]\n"
    "\n"
    "Runs the loopback HTTP server (127.0.0.1 only) that bench.fetch talks to,\n"
    "answering every request after MS milliseconds, until SIGINT or SIGTERM.\n"
    "  -l, --latency MS   answer delay in milliseconds\n"
    "  -p, --port P       port (default: any free port, printed at start)\n"
    "  --header-timeout MS  time a client has to send a request head (default 10000)\n"
    "  --idle-timeout MS  time a connection may stay idle (default 60000)\n"
    "  --max-conns N      open connections at most (default 1024; always kept\n"
    "                     below the descriptor limit)\n";

static const char *gb_cmd = "gilbench";

__attribute__((format(printf, 1, 2))) static int gb_bad(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", gb_cmd);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, " (see %s --help)\n", gb_cmd);
  return 2;
}

/* getopt's own messages are off (opterr = 0; optstrings start with ":",
** so a missing value is ':' and an unknown option '?'); this names the culprit. */
static int gb_bad_option(int c, char **argv) {
  const char *arg = argv[optind - 1];
  if (c == ':') return gb_bad("option '%s' needs a value", arg);
  if (optopt > 0 && optopt < 128 && arg[0] == '-' && arg[1] != '-')
    return gb_bad("unknown option -%c", optopt);
  return gb_bad("unknown option '%s'", arg);
}

static bool gb_int_arg(const char *s, long min, long max, long *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (!*s || *end || errno || v < min || v > max) return false;
  *out = v;
  return true;
}

/* A knob validator's verdict on an option's value: 0, or 2 with its reason. */
static int gb_knob_arg(int bad, const char *opt, const char *v, const char *why) {
  return bad ? gb_bad("%s %s: %s", opt, v, why) : 0;
}

static int gb_open_topo(GbTopo *tp) {
  char err[256];
  if (gb_topo_open(tp, err, sizeof err) == 0) return 0;
  fprintf(stderr, "%s: %s\n", gb_cmd, err);
  return -1;
}

static int gb_cmd_info(int argc, char **argv) {
  static const struct option opts[] = {
      {"json", no_argument, NULL, 'j'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
  bool json = false;
  int c;
  while ((c = getopt_long(argc, argv, ":jh", opts, NULL)) != -1) {
    if (c == 'h') return fputs(gb_usage_info, stdout), 0;
    if (c == 'j')
      json = true;
    else
      return gb_bad_option(c, argv);
  }
  if (optind < argc) return gb_bad("unexpected argument '%s'", argv[optind]);
  GbTopo tp;
  if (gb_open_topo(&tp) < 0) return 1;
  int rc = gb_info_print(&tp, json);
  gb_topo_close(&tp);
  return rc;
}

enum {
  GB_OPT_GIL = 256,
  GB_OPT_SWITCH,
  GB_OPT_CHECK,
  GB_OPT_PIN,
  GB_OPT_REPS,
  GB_OPT_WARMUP,
  GB_OPT_TRACE,
  GB_OPT_TIMEOUT,
  GB_OPT_JSON,
  GB_OPT_EXPERIMENT,
  GB_OPT_NO_BASELINE,
  GB_OPT_PREFLIGHT,
  GB_OPT_FORCE,
  GB_OPT_PYTHON
};

static const struct option gb_run_opts[] = {
    {"mode", required_argument, NULL, 'm'},
    {"workers", required_argument, NULL, 'n'},
    {"entry", required_argument, NULL, 'e'},
    {"arg", required_argument, NULL, 'a'},
    {"gil", required_argument, NULL, GB_OPT_GIL},
    {"switch-interval", required_argument, NULL, GB_OPT_SWITCH},
    {"check-interval", required_argument, NULL, GB_OPT_CHECK},
    {"pin", required_argument, NULL, GB_OPT_PIN},
    {"reps", required_argument, NULL, GB_OPT_REPS},
    {"warmup", required_argument, NULL, GB_OPT_WARMUP},
    {"trace", no_argument, NULL, GB_OPT_TRACE},
    {"timeout", required_argument, NULL, GB_OPT_TIMEOUT},
    {"json", required_argument, NULL, GB_OPT_JSON},
    {"experiment", required_argument, NULL, GB_OPT_EXPERIMENT},
    {"no-baseline", no_argument, NULL, GB_OPT_NO_BASELINE},
    {"preflight", no_argument, NULL, GB_OPT_PREFLIGHT},
    {"force", no_argument, NULL, GB_OPT_FORCE},
    {"python", optional_argument, NULL, GB_OPT_PYTHON},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

typedef struct GbRunArgs {
  GbRunConfig cfg;
  GbSessionOptions so;
  bool have_mode, have_workers;
} GbRunArgs;

/* One option into a; 0 ok, 2 bad (message printed), -1 help printed. */
static int gb_run_option(GbRunArgs *a, int c, const char *v, char **argv) {
  GbRunConfig *cfg = &a->cfg;
  char why[128];
  switch (c) {
  case 'h':
    fputs(gb_usage_run, stdout);
    return -1;
  case 'm':
    a->have_mode = true;
    if (gb_mode_parse(v, &cfg->mode) < 0)
      return gb_bad("--mode wants seq, threads, subinterp or procs, not '%s'", v);
    return 0;
  case 'n':
    a->have_workers = true;
    return gb_knob_arg(gb_knob_workers(v, &cfg->workers, why, sizeof why), "-n", v, why);
  case 'e':
    free(cfg->entry);
    cfg->entry = gb_strdup(v);
    return 0;
  case 'a':
    if (cfg->nargs >= GB_MAX_ARGS) return gb_bad("at most %d -a arguments", GB_MAX_ARGS);
    cfg->args[cfg->nargs++] = gb_strdup(v);
    return 0;
  case GB_OPT_GIL:
    return gb_knob_arg(gp_knob_gil(v, &cfg->gil, why, sizeof why), "--gil", v, why);
  case GB_OPT_SWITCH:
    return gb_knob_arg(gp_knob_switch_interval(v, &cfg->switch_interval, why, sizeof why),
                       "--switch-interval", v, why);
  case GB_OPT_CHECK:
    return gb_knob_arg(gp_knob_check_interval(v, &cfg->check_interval, why, sizeof why),
                       "--check-interval", v, why);
  case GB_OPT_PIN:
    return gb_knob_arg(gb_knob_pin(v, &cfg->pin, why, sizeof why), "--pin", v, why);
  case GB_OPT_REPS:
    return gb_knob_arg(gb_knob_reps(v, &cfg->reps, why, sizeof why), "--reps", v, why);
  case GB_OPT_WARMUP:
    return gb_knob_arg(gb_knob_warmup(v, &cfg->warmup, why, sizeof why), "--warmup", v, why);
  case GB_OPT_TRACE:
    cfg->trace = true;
    return 0;
  case GB_OPT_TIMEOUT:
    return gb_knob_arg(gb_knob_timeout(v, &cfg->timeout_s, why, sizeof why), "--timeout", v, why);
  case GB_OPT_JSON:
    a->so.json_out = v;
    return 0;
  case GB_OPT_EXPERIMENT:
    free(cfg->experiment);
    cfg->experiment = gb_strdup(v);
    return 0;
  case GB_OPT_NO_BASELINE:
    a->so.baseline = false;
    return 0;
  case GB_OPT_PREFLIGHT:
    a->so.preflight = true;
    return 0;
  case GB_OPT_FORCE:
    a->so.force = true;
    return 0;
  case GB_OPT_PYTHON:
    a->so.python = v ? v : "python3";
    return 0;
  case 'q':
    a->so.quiet = true;
    return 0;
  default:
    return gb_bad_option(c, argv);
  }
}

static int gb_run_check(GbRunArgs *a, int argc, char **argv) {
  struct stat st;
  if (optind >= argc) return gb_bad("which workload? (gilbench run FILE ...)");
  if (optind + 1 < argc) return gb_bad("one workload only; unexpected '%s'", argv[optind + 1]);
  if (!a->have_mode) return gb_bad("--mode is required (seq, threads, subinterp or procs)");
  if (!a->have_workers) return gb_bad("-n WORKERS is required");
  const char *file = argv[optind];
  if (access(file, R_OK) != 0 || stat(file, &st) != 0) {
    fprintf(stderr, "%s: cannot read %s: %s\n", gb_cmd, file, strerror(errno));
    return 2;
  }
  if (!S_ISREG(st.st_mode)) {
    fprintf(stderr, "%s: cannot read %s: not a regular file\n", gb_cmd, file);
    return 2;
  }
  a->cfg.workload = gb_strdup(file);
  return 0;
}

static int gb_cmd_run(int argc, char **argv) {
  GbRunArgs a = {.so = {.baseline = true}};
  GbTopo tp;
  int c, rc = 0;
  gb_config_init(&a.cfg);
  while (rc == 0 && (c = getopt_long(argc, argv, ":m:n:e:a:qh", gb_run_opts, NULL)) != -1)
    rc = gb_run_option(&a, c, optarg, argv);
  if (rc == 0) rc = gb_run_check(&a, argc, argv);
  if (rc == 0 && a.cfg.pin.kind == GB_PIN_CORE && gb_open_topo(&tp) == 0) {
    if (a.cfg.pin.core >= tp.ncores)
      rc = gb_bad("--pin core:%d, but this machine has cores 0-%d", a.cfg.pin.core, tp.ncores - 1);
    gb_topo_close(&tp);
  }
  if (rc == 0) {
    if (gb_open_topo(&tp) < 0) {
      rc = 1;
    } else {
      rc = gb_session_run(&tp, &a.cfg, 1, &a.so);
      gb_topo_close(&tp);
    }
  }
  gb_config_free(&a.cfg);
  return rc < 0 ? 0 : rc;
}

static int gb_cmd_export(int argc, char **argv) {
  static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                       {"out", required_argument, NULL, 'o'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *fmt = "tsv", *out = NULL;
  int c;
  while ((c = getopt_long(argc, argv, ":f:o:h", opts, NULL)) != -1) {
    if (c == 'h') return fputs(gb_usage_export, stdout), 0;
    if (c == 'f')
      fmt = optarg;
    else if (c == 'o')
      out = optarg;
    else
      return gb_bad_option(c, argv);
  }
  if (optind >= argc) return gb_bad("which results file? (gilbench export RESULTS.json ...)");
  if (optind + 1 < argc) return gb_bad("one results file only; unexpected '%s'", argv[optind + 1]);
  if (gb_export_fmt_known(fmt)) return gb_export_fmt_main(argv[optind], fmt, out);
  if (strcmp(fmt, "tsv") != 0 && strcmp(fmt, "csv-data") != 0)
    return gb_bad("--format wants tsv, csv-data, pyperf, csv or markdown, not '%s'", fmt);
  return gb_export_main(argv[optind], strcmp(fmt, "csv-data") == 0, out);
}

/* One serve option into o; 0, or the exit status of a bad value. */
static int gb_serve_opt(int c, GbServerOptions *o) {
  char why[128];
  long port;
  switch (c) {
  case 'l':
    return gb_knob_arg(gb_knob_latency(optarg, &o->latency_ms, why, sizeof why), "--latency",
                       optarg, why);
  case 'p':
    if (!gb_int_arg(optarg, 0, 65535, &port))
      return gb_bad("--port wants 0-65535, not '%s'", optarg);
    o->port = (uint16_t)port;
    return 0;
  case 'H':
    return gb_knob_arg(gb_knob_server_ms(optarg, &o->header_timeout_ms, why, sizeof why),
                       "--header-timeout", optarg, why);
  case 'I':
    return gb_knob_arg(gb_knob_server_ms(optarg, &o->idle_timeout_ms, why, sizeof why),
                       "--idle-timeout", optarg, why);
  default:
    return gb_knob_arg(gb_knob_max_conns(optarg, &o->max_conns, why, sizeof why), "--max-conns",
                       optarg, why);
  }
}

static int gb_cmd_serve(int argc, char **argv) {
  static const struct option opts[] = {{"latency", required_argument, NULL, 'l'},
                                       {"port", required_argument, NULL, 'p'},
                                       {"header-timeout", required_argument, NULL, 'H'},
                                       {"idle-timeout", required_argument, NULL, 'I'},
                                       {"max-conns", required_argument, NULL, 'C'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  GbServerOptions o = {.latency_ms = -1};
  int c;
  while ((c = getopt_long(argc, argv, ":l:p:h", opts, NULL)) != -1) {
    if (c == 'h') return fputs(gb_usage_serve, stdout), 0;
    if (!strchr("lpHIC", c)) return gb_bad_option(c, argv);
    int rc = gb_serve_opt(c, &o);
    if (rc) return rc;
  }
  if (optind < argc) return gb_bad("unexpected argument '%s'", argv[optind]);
  if (o.latency_ms < 0) return gb_bad("--latency MS is required");
  return gb_serve_main(&o);
}

int main(int argc, char **argv) {
  static const struct {
    const char *name;
    int (*fn)(int, char **);
  } cmds[] = {{"info", gb_cmd_info},     {"run", gb_cmd_run},      {"export", gb_cmd_export},
              {"serve", gb_cmd_serve},   {"suite", gb_suite_main}, {"compare", gb_compare_main},
              {"report", gb_report_main}};
  static char name[64];
  opterr = 0;
  if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
      strcmp(argv[1], "help") == 0) {
    fputs(gb_usage_main, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("gilbench %s (gilpy %s)\n", GB_VERSION_STR, GP_VERSION);
    return 0;
  }
  for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
    if (strcmp(argv[1], cmds[i].name) == 0) {
      snprintf(name, sizeof name, "gilbench %s", cmds[i].name);
      gb_cmd = name;
      return cmds[i].fn(argc - 1, argv + 1);
    }
  return gb_bad("unknown command '%s' (info, run, export, serve, suite, compare, report)", argv[1]);
}
