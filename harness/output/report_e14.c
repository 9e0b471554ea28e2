/*
** report_e14.c — E14's tables and figure data (report_e14.h).
*/
#include "report_e14.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A reference interpreter's line: its GIL is not gilpy's, nor observed. */
static bool gb_e14_ref(const GbE14Line *l) {
  return strcmp(l->gil, "cpython") == 0 || strcmp(l->gil, "ruby") == 0;
}

/* The line everything is compared with: CPython's rule at its default. */
static const GbE14Line *gb_e14_base(const GbE14 *e) {
  return gb_e14_line(e, "new", 0.005);
}

static void gb_e14_head(FILE *md, const GbE14 *e, const char *first) {
  fprintf(md, "| %s |", first);
  for (int k = 0; k < e->nk; k++)
    fprintf(md, " k=%g |", e->ks[k]);
  fprintf(md, "\n|---|");
  for (int k = 0; k < e->nk; k++)
    fprintf(md, "---|");
  fputc('\n', md);
}

/* fifo at Ruby's quantum against Ruby's GVL (e14.h's GbE14Ruby). */
static void gb_e14_write_ruby(FILE *md, const GbE14 *e) {
  const GbE14Ruby *c = &e->ruby;
  if (!c->measured) {
    fprintf(md, "Against Ruby: Ruby not measured (no ruby on this machine, or --no-ruby), so "
                "there is no Ruby line beside fifo.\n\n");
    return;
  }
  if (isnan(c->k)) {
    fprintf(md, "Against Ruby: %s was run, but no k has both its line and fifo at 100 ms.\n\n",
            c->interp);
    return;
  }
  bool within = c->ratio.lo >= 1 / GB_E14_RUBY_FACTOR && c->ratio.hi <= GB_E14_RUBY_FACTOR;
  bool outside = c->ratio.hi < 1 / GB_E14_RUBY_FACTOR || c->ratio.lo > GB_E14_RUBY_FACTOR;
  fprintf(md,
          "Against Ruby (%s, whose GVL is fifo's rule with a fixed 100 ms quantum): at k=%g, "
          "fifo at 100 ms: %.3g [%.3g, %.3g] I/O ops/s; Ruby: %.3g [%.3g, %.3g] ops/s, a ratio "
          "of %.2f [%.2f, %.2f]: %s within a factor %g either way (the queue's arithmetic, one "
          "operation per k quanta, is both designs' floor; a thread back from I/O that finds the "
          "lock free before the woken waiter took it goes ahead of the queue, and how often it "
          "does depends on how long its blocking call lasts against a wake-up: "
          "docs/gil-designs.md).\n\n",
          c->interp, c->k, c->fifo.v, c->fifo.lo, c->fifo.hi, c->ruby.v, c->ruby.lo, c->ruby.hi,
          c->ratio.v, c->ratio.lo, c->ratio.hi,
          within    ? "fifo models Ruby's convoy"
          : outside ? "fifo does not model Ruby's convoy"
                    : "unsure (the interval straddles the bound) whether fifo models Ruby's convoy",
          GB_E14_RUBY_FACTOR);
  int major = 0, minor = 0;
  bool barges = sscanf(c->interp, "ruby-%d.%d", &major, &minor) == 2 &&
                (major < 3 || (major == 3 && minor < 3)); /* 3.3 hands over directly */
  if (outside && barges)
    fprintf(md, "Ruby ≤ 3.2 and fifo both let a thread back from I/O take a free GVL ahead of the "
                "waiter woken for it; how often it finds the lock free is how long a woken thread "
                "takes to run: microseconds on an idle machine, milliseconds on a busy one, where "
                "both convoys break up by amounts the scheduler decides (docs/gil-designs.md): "
                "compare the two from an idle run.\n\n");
  else if (c->ratio.lo > GB_E14_RUBY_FACTOR && !barges)
    fprintf(md, "Ruby ≥ 3.3 hands the GVL over directly, where fifo lets a thread back from I/O "
                "take a free lock ahead of the queue as Ruby ≤ 3.2 does; on a busy machine that "
                "breaks fifo's convoy up and not Ruby's: compare fifo with a Ruby ≤ 3.2.\n\n");
}

/* The rate alone, pooled, and what the machine allows at each k (e14.h). */
static void gb_e14_write_allowed(FILE *md, const GbE14 *e) {
  const GbE14Alone *a = &e->alone;
  if (isnan(a->q.v)) return;
  fprintf(md,
          "\nThe I/O thread's rate alone (k=0) is the same work under every design (one thread: "
          "the GIL is never contended), so the k=0 samples of the %d gilpy lines measured in the "
          "same rounds are pooled: %.0f [%.0f, %.0f] ops/s over %d samples (the lines' own "
          "medians: %.0f to %.0f). With k CPU-bound threads on the cores even no GIL at all "
          "may not reach it, so what the machine allows the I/O thread at k is the rate alone "
          "or gil=none's rate at k, whichever is lower; priority's check asks for half of that "
          "(new at 5 ms, which keeps the convoy, is far below either). ",
          a->nlines, a->q.v, a->q.lo, a->q.hi, a->n, a->lo, a->hi);
  if (!gb_e14_line(e, "none", NAN)) {
    fprintf(md, "No gil=none line was measured: it is the rate alone at every k.\n");
    return;
  }
  fprintf(md, "Allowed:");
  for (int k = 0; k < e->nk; k++)
    if (e->ks[k] > 0 && !isnan(e->allowed[k]))
      fprintf(md, "%s k=%g: %.0f%s", k > 1 ? ";" : "", e->ks[k], e->allowed[k],
              e->by_none[k] ? " (gil=none's)" : " (alone)");
  fprintf(md, ".\n");
}

void gb_e14_write_md(FILE *md, const GbE14 *e) {
  fprintf(md, "I/O ops per second of one thread (median [95%% interval]) with k CPU-bound "
              "threads beside it, per design and switch interval (fifo: the time quantum):\n\n");
  gb_e14_head(md, e, "design");
  for (int i = 0; i < e->nlines; i++) {
    const GbE14Line *l = &e->lines[i];
    fprintf(md, "| %s |", l->label);
    for (int k = 0; k < e->nk; k++) {
      GbQ q = l->cell[k].io;
      fprintf(md, isnan(q.v) ? " – |" : " %.0f [%.0f, %.0f] |", q.v, q.lo, q.hi);
    }
    fputc('\n', md);
  }
  gb_e14_write_allowed(md, e);
  const GbE14Line *base = gb_e14_base(e);
  fprintf(md,
          "\nThe CPU-bound threads' throughput in the same window (squares(chunk) calls "
          "per second, all k together)%s:\n\n",
          base ? ", and in parentheses its change against new at 5 ms at the same k "
                 "(gilpy only: CPython and Ruby run different interpreters)"
               : "");
  gb_e14_head(md, e, "design");
  for (int i = 0; i < e->nlines; i++) {
    const GbE14Line *l = &e->lines[i];
    fprintf(md, "| %s |", l->label);
    for (int k = 0; k < e->nk; k++) {
      GbQ q = l->cell[k].cpu;
      if (isnan(q.v) || e->ks[k] == 0) {
        fprintf(md, " – |");
        continue;
      }
      fprintf(md, " %.0f", q.v);
      double b = base ? base->cell[k].cpu.v : NAN;
      if (l != base && b > 0 && !gb_e14_ref(l)) fprintf(md, " (%+.0f%%)", 100 * (q.v - b) / b);
      fprintf(md, " |");
    }
    fputc('\n', md);
  }
  fprintf(md, "\nEach thread's share of the GIL time in the window (medians): the I/O "
              "thread's, then the least and most any CPU thread got (gilpy's designs with a "
              "GIL; CPython's and Ruby's are not observed):\n\n");
  gb_e14_head(md, e, "design");
  for (int i = 0; i < e->nlines; i++) {
    const GbE14Line *l = &e->lines[i];
    if (gb_e14_ref(l) || strcmp(l->gil, "none") == 0) continue; /* none observed */
    fprintf(md, "| %s |", l->label);
    for (int k = 0; k < e->nk; k++) {
      const GbE14Cell *c = &l->cell[k];
      if (isnan(c->io_share))
        fprintf(md, " – |");
      else if (isnan(c->cpu_lo))
        fprintf(md, " I/O %.2f%% |", 100 * c->io_share);
      else
        fprintf(md, " I/O %.2f%%; CPU %.0f–%.0f%% |", 100 * c->io_share, 100 * c->cpu_lo,
                100 * c->cpu_hi);
    }
    fputc('\n', md);
  }
  fputc('\n', md);
  gb_e14_write_ruby(md, e);
}

int gb_e14_write_data(const json_t *doc, const char *dir) {
  GbE14 *e = malloc(sizeof *e);
  if (!e) return -1;
  if (!gb_e14_collect(json_object_get(doc, "runs"), "E14", e)) {
    free(e);
    return 0;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/E14_designs.tsv", dir);
  FILE *f = fopen(path, "w");
  if (!f) {
    free(e);
    return -1;
  }
  /* gil and switch_interval_ms name the line ("-": the model has none) */
  fprintf(f, "gil\tswitch_interval_ms\tk\tio\tio_lo\tio_hi\tcpu\tcpu_lo\tcpu_hi\tio_share\t"
             "cpu_share_min\tcpu_share_max\n");
  for (int i = 0; i < e->nlines; i++) {
    const GbE14Line *l = &e->lines[i];
    for (int k = 0; k < e->nk; k++) {
      const GbE14Cell *c = &l->cell[k];
      if (isnan(c->io.v)) continue;
      if (isnan(l->si))
        fprintf(f, "%s\t-", l->gil);
      else
        fprintf(f, "%s\t%g", l->gil, l->si * 1e3);
      fprintf(f, "\t%g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\n", e->ks[k], c->io.v,
              c->io.lo, c->io.hi, c->cpu.v, c->cpu.lo, c->cpu.hi, c->io_share, c->cpu_lo,
              c->cpu_hi);
    }
  }
  int bad = ferror(f);
  bad |= fclose(f);
  free(e);
  return bad ? -1 : 0;
}
