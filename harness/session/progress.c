/*
** progress.c — the progress display. The ETA (eta.c) counts a run's work
** as its task repetitions (seq and threads: N tasks a repetition) times
** its experiment's expected cost per task repetition, and scales what is
** left by how fast the runs done went; it improves as runs finish.
*/
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "measure.h"
#include "progress.h"
#include "results.h"

/* A run's planned seconds: its task repetitions times their cost. */
static double gb_units(const GbProgress *p, const GbRunConfig *c) {
  double per_rep = c->mode == GB_MODE_SEQ || c->mode == GB_MODE_THREADS ? c->workers : 1;
  return per_rep * (c->warmup + c->reps) * gb_eta_unit_s(p->costs, p->ncosts, c->experiment);
}

/* With costs from a reference run the plan's pace counts as 3% of the
** plan seen run: the estimate then starts from the plan and follows a
** slower machine within a few percent of the runs. */
#define GB_PROGRESS_PRIOR 0.03

void gb_progress_init(GbProgress *p, bool quiet, const GbRunConfig *cfgs, int n,
                      const GbCost *costs, int ncosts) {
  memset(p, 0, sizeof *p);
  p->quiet = quiet;
  p->messages = !quiet;
  p->tty = isatty(STDERR_FILENO);
  p->runs_total = n;
  p->costs = costs;
  p->ncosts = ncosts;
  for (int i = 0; i < n; i++)
    p->units_total += gb_units(p, &cfgs[i]);
  p->prior_s = ncosts > 0 ? GB_PROGRESS_PRIOR * p->units_total : 0;
  p->t0 = gb_now();
}

void gb_progress_unplanned(GbProgress *p, const GbRunConfig *cfg, int reps) {
  p->units_total += gb_units(p, cfg) / (cfg->warmup + cfg->reps) * reps;
}

static void gb_fmt_eta(double s, char *buf, size_t len) {
  if (s < 0) {
    snprintf(buf, len, "--:--");
    return;
  }
  long t = (long)(s + 0.5);
  snprintf(buf, len, "%ld:%02ld", t / 60, t % 60);
}

void gb_progress_eta(const GbProgress *p, char *buf, size_t len) {
  gb_fmt_eta(gb_eta_left(p->units_total, p->units_done, gb_now() - p->t0, p->prior_s), buf, len);
}

static void gb_progress_draw(GbProgress *p) {
  char eta[32];
  double frac = p->units_total > 0 ? p->units_done / p->units_total : 0;
  gb_progress_eta(p, eta, sizeof eta);
  int width = 24, fill = (int)(frac * width + 0.5);
  char bar[32];
  for (int i = 0; i < width; i++)
    bar[i] = i < fill ? '#' : '.';
  bar[width] = '\0';
  fprintf(stderr, "\r\033[K[%s] run %d/%d  %s  ETA %s", bar, p->runs_done + 1, p->runs_total,
          p->label, eta);
  fflush(stderr);
}

void gb_progress_run_start(GbProgress *p, const GbRunConfig *cfg, int round, int rounds) {
  snprintf(p->label, sizeof p->label, "%s x%d, round %d/%d", gb_mode_name(cfg->mode), cfg->workers,
           round, rounds);
  p->unit_w = gb_units(p, cfg) / (cfg->warmup + cfg->reps);
  p->rep = 0;
  p->reps = cfg->warmup + cfg->reps;
  if (!p->quiet && p->tty) gb_progress_draw(p);
}

void gb_progress_rep(void *ud, int done, int total) {
  GbProgress *p = ud;
  p->units_done += p->unit_w;
  p->rep = done;
  p->reps = total;
  if (!p->quiet && p->tty) gb_progress_draw(p);
}

void gb_progress_run_done(GbProgress *p, const GbRun *r) {
  /* A run that stopped early still used up its share of the estimate. */
  p->units_done += p->unit_w * (p->reps - p->rep);
  p->runs_done++;
  if (p->quiet || p->tty) return; /* the bar is redrawn by the next run */
  char eta[32];
  gb_progress_eta(p, eta, sizeof eta);
  fprintf(stderr, "gilbench: run %d/%d %s x%d %s (%.1f s elapsed, about %s left)\n", p->runs_done,
          p->runs_total, gb_mode_name(r->cfg.mode), r->cfg.workers, gb_status_name(r->status),
          gb_now() - p->t0, eta);
}

void gb_progress_clear(GbProgress *p) {
  if (!p->quiet && p->tty) fputs("\r\033[K", stderr);
}

void gb_progress_message(GbProgress *p, const char *msg) {
  if (!p->messages) return;
  if (!p->quiet && p->tty) fputs("\r\033[K", stderr);
  fprintf(stderr, "gilbench: %s\n", msg);
  if (!p->quiet && p->tty && p->runs_done < p->runs_total) gb_progress_draw(p);
}

void gb_progress_end(GbProgress *p) {
  if (!p->quiet && p->tty) fputs("\r\033[K", stderr);
  fflush(stderr);
}
