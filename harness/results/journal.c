/*
** journal.c — the results writer: journal first, then an atomic replace.
** Journal format (results/SCHEMA.md): line 1 is a header
** {"journal": "gilbench-result/1", "started": ...}, every further line one
** run object exactly as it appears in "runs". A torn last line (a crash in
** the middle of a write) is ignored on resume.
*/
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gb.h"
#include "journal.h"
#include "results.h"

struct GbWriter {
  char *path, *journal, *tmp;
  int jfd;
  json_t *runs, *tool, *machine;
  char started[32];
};

static int gb_write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, s, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    s += k;
    n -= (size_t)k;
  }
  return 0;
}

static int gb_journal_line(GbWriter *w, json_t *o) {
  char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(12));
  int rc = s ? gb_write_all(w->jfd, s, strlen(s)) : -1;
  free(s);
  if (rc == 0) rc = gb_write_all(w->jfd, "\n", 1);
  return rc == 0 ? fsync(w->jfd) : -1;
}

static void gb_journal_load(GbWriter *w) {
  FILE *f = fopen(w->journal, "r");
  char *line = NULL;
  size_t cap = 0;
  bool header = true;
  if (!f) return;
  while (getline(&line, &cap, f) > 0) {
    json_t *o = json_loads(line, 0, NULL);
    if (o && header && json_is_string(json_object_get(o, "started")))
      snprintf(w->started, sizeof w->started, "%s",
               json_string_value(json_object_get(o, "started")));
    else if (o && !header)
      json_array_append(w->runs, o);
    json_decref(o);
    header = false;
  }
  free(line);
  fclose(f);
}

static void gb_writer_free(GbWriter *w) {
  if (w->jfd >= 0) close(w->jfd);
  json_decref(w->runs);
  json_decref(w->tool);
  json_decref(w->machine);
  free(w->path);
  free(w->journal);
  free(w->tmp);
  free(w);
}

GbWriter *gb_writer_open(const char *path, bool resume, json_t *tool, json_t *machine, char *err,
                         size_t errlen) {
  GbWriter *w = gb_calloc(1, sizeof *w);
  struct stat st;
  w->path = gb_strdup(path);
  w->journal = gb_asprintf("%s.journal", path);
  w->tmp = gb_asprintf("%s.tmp", path);
  w->runs = json_array();
  w->tool = tool;
  w->machine = machine;
  w->jfd = -1;
  gb_results_now(w->started, sizeof w->started);
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "cannot write %s: not a regular file", path);
    gb_writer_free(w);
    return NULL;
  }
  if (resume) gb_journal_load(w);
  w->jfd =
      open(w->journal, O_WRONLY | O_CREAT | O_APPEND | (resume ? 0 : O_TRUNC) | O_CLOEXEC, 0644);
  int tfd = w->jfd >= 0 ? open(w->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
  if (tfd >= 0) {
    close(tfd);
    unlink(w->tmp);
  }
  if (w->jfd < 0 || tfd < 0) {
    snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
    gb_writer_free(w);
    return NULL;
  }
  if (lseek(w->jfd, 0, SEEK_END) == 0) {
    json_t *h = json_pack("{s:s, s:s}", "journal", GB_SCHEMA, "started", w->started);
    gb_journal_line(w, h);
    json_decref(h);
  }
  return w;
}

json_t *gb_writer_runs(GbWriter *w) {
  return w->runs;
}

int gb_writer_add(GbWriter *w, json_t *run, char *err, size_t errlen) {
  json_array_append(w->runs, run);
  if (gb_journal_line(w, run) == 0) return 0;
  snprintf(err, errlen, "cannot write %s: %s", w->journal, strerror(errno));
  return -1;
}

/* rename() is atomic, but only durable once the directory is synced too. */
static void gb_sync_dir(const char *path) {
  char *copy = gb_strdup(path);
  int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
  free(copy);
}

int gb_writer_finish(GbWriter *w, bool complete, char *err, size_t errlen) {
  char finished[32];
  gb_results_now(finished, sizeof finished);
  json_t *doc = gb_results_document(w->tool, w->machine, w->started, finished, w->runs);
  FILE *f = fopen(w->tmp, "w");
  int rc = -1;
  if (f) {
    rc = json_dumpf(doc, f, GB_JSON_FLAGS);
    rc |= fputc('\n', f) == EOF;
    rc |= fflush(f) != 0 || fsync(fileno(f)) != 0;
    rc |= fclose(f) != 0;
  }
  json_decref(doc);
  if (rc == 0 && rename(w->tmp, w->path) == 0) {
    gb_sync_dir(w->path);
    if (complete) unlink(w->journal);
    return 0;
  }
  snprintf(err, errlen, "cannot write %s: %s", w->path, strerror(errno));
  unlink(w->tmp);
  return -1;
}

void gb_writer_close(GbWriter *w) {
  if (w) gb_writer_free(w);
}
