/*
** journal.c — the results writer: journal first, then an atomic replace.
** Journal format (results/SCHEMA.md): line 1 is a header
** {"journal": "gilbench-result/1", "started": ...}, every further line one
** run object exactly as it appears in "runs".
**
** A write cut short (full disk, file size limit, crash) must not leave a
** partial line for the next record to be glued to: a failed write is cut
** off again (ftruncate to the journal's last good length), and a resume
** drops a torn last line and rewrites the journal without it before
** appending, saying what it dropped (gb_writer_note). A line glued by an
** older gilbench keeps the complete record at its end.
*/
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
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
  off_t jlen; /* the journal's length up to its last complete line */
  json_t *runs, *tool, *machine;
  char started[32];
  char note[256]; /* what a resume dropped, or "" */
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

/* One record and its newline in one write; on failure the partial line is
** cut off, so the next record starts on a line of its own. */
static int gb_journal_line(GbWriter *w, json_t *o) {
  char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(12));
  if (!s) {
    errno = ENOMEM;
    return -1;
  }
  size_t n = strlen(s);
  s[n] = '\n'; /* replaces the terminator: written by length */
  int rc = gb_write_all(w->jfd, s, n + 1);
  if (rc == 0) rc = fsync(w->jfd);
  free(s);
  if (rc == 0) {
    w->jlen += (off_t)n + 1;
    return 0;
  }
  int e = errno;
  if (ftruncate(w->jfd, w->jlen) < 0) { /* keep the write's errno */
  }
  errno = e;
  return -1;
}

/* A line that does not parse: a record glued to a torn one by an older
** gilbench ends with the complete record; returns it, or NULL. */
static json_t *gb_journal_salvage(const char *line) {
  for (const char *p = strchr(line + 1, '{'); p; p = strchr(p + 1, '{')) {
    json_t *o = json_loads(p, 0, NULL);
    if (json_is_object(o) && json_object_get(o, "samples")) return o;
    json_decref(o);
  }
  return NULL;
}

/* Reads the journal back into w->runs; returns 1 if it must be rewritten
** (a torn or damaged line was dropped, w->note says which), else 0. */
static int gb_journal_load(GbWriter *w) {
  FILE *f = fopen(w->journal, "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  bool header = true;
  int dropped = 0, salvaged = 0, lineno = 0;
  long torn = -1; /* bytes of a last line without its newline */
  if (!f) return 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (line[len - 1] != '\n') {
      torn = (long)len;
      break;
    }
    json_t *o = json_loads(line, 0, NULL);
    if (!o && !header) {
      o = gb_journal_salvage(line);
      dropped++;
      salvaged += o != NULL;
    }
    if (o && header && json_is_string(json_object_get(o, "started")))
      snprintf(w->started, sizeof w->started, "%s",
               json_string_value(json_object_get(o, "started")));
    else if (json_is_object(o) && !header)
      json_array_append(w->runs, o);
    json_decref(o);
    header = false;
  }
  free(line);
  fclose(f);
  if (torn >= 0)
    snprintf(w->note, sizeof w->note,
             "dropped the journal's torn last line (%ld bytes, line %d: a write cut short)", torn,
             lineno);
  else if (dropped)
    snprintf(w->note, sizeof w->note,
             "dropped %d damaged journal line(s) (%d complete record(s) recovered from them)",
             dropped, salvaged);
  return torn >= 0 || dropped;
}

/* The journal as header + w->runs, replaced atomically (via OUT.tmp). */
static int gb_journal_rewrite(GbWriter *w) {
  int fd = open(w->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  int save = w->jfd;
  w->jfd = fd;
  w->jlen = 0;
  json_t *h = json_pack("{s:s, s:s}", "journal", GB_SCHEMA, "started", w->started);
  int rc = gb_journal_line(w, h);
  json_decref(h);
  size_t i;
  json_t *r;
  json_array_foreach(w->runs, i, r) if (rc == 0) rc = gb_journal_line(w, r);
  w->jfd = save;
  if (close(fd) < 0) rc = -1;
  if (rc == 0) rc = rename(w->tmp, w->journal);
  if (rc < 0) unlink(w->tmp);
  return rc;
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
  /* A file size limit (ulimit -f) must fail the write (EFBIG), like a full
  ** disk, rather than kill the session with SIGXFSZ. */
  signal(SIGXFSZ, SIG_IGN);
  bool damaged = resume && gb_journal_load(w);
  if (damaged && gb_journal_rewrite(w) < 0) {
    snprintf(err, errlen, "cannot repair %s (%s): %s", w->journal, w->note, strerror(errno));
    gb_writer_free(w);
    return NULL;
  }
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
  w->jlen = lseek(w->jfd, 0, SEEK_END);
  if (w->jlen == 0) {
    json_t *h = json_pack("{s:s, s:s}", "journal", GB_SCHEMA, "started", w->started);
    int rc = gb_journal_line(w, h);
    json_decref(h);
    if (rc < 0) {
      snprintf(err, errlen, "cannot write %s: %s", w->journal, strerror(errno));
      gb_writer_free(w);
      return NULL;
    }
  }
  return w;
}

const char *gb_writer_note(const GbWriter *w) {
  return w->note[0] ? w->note : NULL;
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
