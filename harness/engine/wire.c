/*
** wire.c — see wire.h: encoding a run record's parts into frames (child)
** and decoding and checking them into the parent's record.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "measure.h"
#include "wire.h"

#define GB_WIRE_MAGIC 0x31464247u /* "GBF1" */
#define GB_WIRE_MAX (1u << 22)    /* a larger payload is garbage */
#define GB_TRACE_CHUNK 8192       /* events per frame */
#define GB_TRACE_MAX ((size_t)1 << 20)

typedef struct GbFrameHead {
  uint32_t magic, type, len;
} GbFrameHead;

/* A payload being built (child side). */
typedef struct GbBuf {
  char *p;
  size_t n, cap;
} GbBuf;

static void gb_put(GbBuf *b, const void *p, size_t n) {
  if (n == 0) return; /* p may be NULL */
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
  memcpy(b->p + b->n, p, n);
  b->n += n;
}

static void gb_put_i32(GbBuf *b, int32_t v) {
  gb_put(b, &v, sizeof v);
}

static void gb_put_str(GbBuf *b, const char *s) {
  gb_put_i32(b, s ? (int32_t)strlen(s) : -1);
  if (s) gb_put(b, s, strlen(s));
}

int gb_wire_write(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n > 0) {
    ssize_t w = write(fd, c, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    c += w;
    n -= (size_t)w;
  }
  return 0;
}

static int gb_send(int fd, GbMsgType type, const void *p, size_t n) {
  GbFrameHead h = {GB_WIRE_MAGIC, (uint32_t)type, (uint32_t)n};
  if (gb_wire_write(fd, &h, sizeof h) < 0) return -1;
  return gb_wire_write(fd, p, n);
}

static int gb_send_buf(int fd, GbMsgType type, GbBuf *b) {
  int rc = gb_send(fd, type, b->p, b->n);
  free(b->p);
  return rc;
}

int gb_wire_send_head(int fd, const GbRun *r) {
  GbBuf b = {0};
  gb_put(&b, &r->startup_s, sizeof r->startup_s);
  gb_put_i32(&b, r->nbinding);
  gb_put(&b, r->binding, (size_t)r->nbinding * sizeof *r->binding);
  return gb_send_buf(fd, GB_MSG_HEAD, &b);
}

int gb_wire_send_sample(int fd, const GbSample *s) {
  GbBuf b = {0};
  GbSample flat = *s;
  flat.workers = NULL;
  gb_put(&b, &flat, sizeof flat);
  for (int k = 0; k < s->nworkers; k++) {
    GbWorkerSample w = s->workers[k];
    w.result.s = NULL;
    gb_put(&b, &w, sizeof w);
    gb_put_str(&b, s->workers[k].result.s);
  }
  return gb_send_buf(fd, GB_MSG_SAMPLE, &b);
}

int gb_wire_send_rep(int fd, int done, int total) {
  int32_t v[2] = {done, total};
  return gb_send(fd, GB_MSG_REP, v, sizeof v);
}

int gb_wire_send_warnings(int fd, const GbRun *r) {
  for (int i = 0; i < r->nwarnings; i++)
    if (gb_send(fd, GB_MSG_WARN, r->warnings[i], strlen(r->warnings[i])) < 0) return -1;
  return 0;
}

int gb_wire_send_trace(int fd, const GbRun *r) {
  for (size_t i = 0; i < r->ntrace; i += GB_TRACE_CHUNK) {
    size_t n = r->ntrace - i < GB_TRACE_CHUNK ? r->ntrace - i : GB_TRACE_CHUNK;
    if (gb_send(fd, GB_MSG_TRACE, r->trace + i, n * sizeof *r->trace) < 0) return -1;
  }
  return 0;
}

int gb_wire_send_cut(int fd) {
  GbFrameHead h = {GB_WIRE_MAGIC, GB_MSG_REP, 2 * sizeof(int32_t)};
  return gb_wire_write(fd, &h, sizeof h);
}

int gb_wire_send_end(int fd, const GbRun *r, int rc) {
  GbBuf b = {0};
  gb_put_i32(&b, (int32_t)r->status);
  gb_put_i32(&b, rc);
  gb_put_str(&b, r->error);
  return gb_send_buf(fd, GB_MSG_END, &b);
}

/* --- parent side --- */

int gb_wire_read(GbWireReader *rd, int fd) {
  if (rd->cap - rd->n < 65536) {
    rd->cap = rd->cap * 2 + 65536;
    rd->buf = realloc(rd->buf, rd->cap);
    if (!rd->buf) abort();
  }
  ssize_t got;
  do
    got = read(fd, rd->buf + rd->n, rd->cap - rd->n);
  while (got < 0 && errno == EINTR);
  if (got <= 0) return got == 0 ? 0 : -1;
  rd->n += (size_t)got;
  return 1;
}

void gb_wire_reader_free(GbWireReader *rd) {
  free(rd->buf);
  *rd = (GbWireReader){0};
}

/* A payload being checked: each take fails once it would overrun. */
typedef struct GbCur {
  const char *p;
  size_t left;
} GbCur;

static int gb_take(GbCur *c, void *out, size_t n) {
  if (n > c->left) return -1;
  if (n == 0) return 0; /* out may be NULL */
  memcpy(out, c->p, n);
  c->p += n;
  c->left -= n;
  return 0;
}

/* A length-prefixed string: a fresh copy, NULL for none; -1 if malformed. */
static int gb_take_str(GbCur *c, char **out) {
  int32_t len;
  *out = NULL;
  if (gb_take(c, &len, sizeof len) < 0 || len < -1 || (len > 0 && (size_t)len > c->left)) return -1;
  if (len < 0) return 0;
  *out = gb_calloc((size_t)len + 1, 1);
  return gb_take(c, *out, (size_t)len);
}

static void gb_terminate(char *s, size_t len) {
  s[len - 1] = '\0';
}

static int gb_apply_head(GbCur *c, GbRun *r) {
  int32_t n;
  if (gb_take(c, &r->startup_s, sizeof r->startup_s) < 0 || gb_take(c, &n, sizeof n) < 0 || n < 0 ||
      n > GB_MAX_WORKERS || c->left != (size_t)n * sizeof *r->binding)
    return -1;
  free(r->binding);
  r->nbinding = n;
  r->binding = n ? gb_calloc((size_t)n, sizeof *r->binding) : NULL;
  gb_take(c, r->binding, c->left);
  for (int i = 0; i < n; i++) {
    gb_terminate(r->binding[i].requested, sizeof r->binding[i].requested);
    gb_terminate(r->binding[i].cpuset, sizeof r->binding[i].cpuset);
  }
  return 0;
}

static int gb_apply_sample(GbCur *c, GbRun *r) {
  GbSample s;
  if (r->nsamples >= r->cfg.reps || gb_take(c, &s, sizeof s) < 0 || s.nworkers != r->cfg.workers)
    return -1;
  s.workers = gb_calloc((size_t)s.nworkers, sizeof *s.workers);
  int rc = 0;
  for (int k = 0; k < s.nworkers && rc == 0; k++) {
    rc = gb_take(c, &s.workers[k], sizeof *s.workers);
    s.workers[k].result.s = NULL;
    if (rc == 0) rc = gb_take_str(c, &s.workers[k].result.s);
  }
  if (rc < 0 || c->left) {
    for (int k = 0; k < s.nworkers; k++)
      gb_value_free(&s.workers[k].result);
    free(s.workers);
    return -1;
  }
  r->samples[r->nsamples++] = s;
  gb_gil_add(&r->gil, &s.gil);
  return 0;
}

static int gb_apply_trace(GbCur *c, GbRun *r) {
  size_t n = c->left / sizeof *r->trace;
  if (c->left % sizeof *r->trace || r->ntrace + n > GB_TRACE_MAX) return -1;
  r->trace = realloc(r->trace, (r->ntrace + n) * sizeof *r->trace + 1);
  if (!r->trace) abort();
  gb_take(c, r->trace + r->ntrace, c->left);
  r->ntrace += n;
  return 0;
}

static int gb_apply_end(GbCur *c, GbRun *r, int *rc) {
  int32_t st, code;
  char *error;
  if (gb_take(c, &st, sizeof st) < 0 || gb_take(c, &code, sizeof code) < 0 ||
      gb_take_str(c, &error) < 0)
    return -1;
  if (c->left || st < GB_OK || st > GB_TIMEOUT || (st != GB_OK) != (error != NULL)) {
    free(error);
    return -1;
  }
  if (error) gb_run_fail(r, (GbStatus)st, "%s", error);
  free(error);
  *rc = code;
  return 0;
}

static int gb_apply(GbCur *c, uint32_t type, GbRun *r, int *done, int *total, int *rc) {
  int32_t v[2];
  switch (type) {
  case GB_MSG_HEAD:
    return gb_apply_head(c, r);
  case GB_MSG_SAMPLE:
    return gb_apply_sample(c, r);
  case GB_MSG_REP:
    if (gb_take(c, v, sizeof v) < 0 || c->left) return -1;
    *done = v[0];
    *total = v[1];
    return 0;
  case GB_MSG_WARN: {
    char *w = gb_calloc(c->left + 1, 1);
    gb_take(c, w, c->left);
    gb_run_warn(r, "%s", w);
    free(w);
    return 0;
  }
  case GB_MSG_TRACE:
    return gb_apply_trace(c, r);
  case GB_MSG_END:
    return gb_apply_end(c, r, rc);
  default:
    return -1;
  }
}

int gb_wire_next(GbWireReader *rd, GbRun *r, int *done, int *total, int *rc, char *err,
                 size_t errlen) {
  GbFrameHead h;
  if (rd->n < sizeof h) return 0;
  memcpy(&h, rd->buf, sizeof h);
  if (h.magic != GB_WIRE_MAGIC || h.len > GB_WIRE_MAX) {
    snprintf(err, errlen, "a bad frame header");
    return -1;
  }
  if (rd->n - sizeof h < h.len) return 0;
  GbCur c = {rd->buf + sizeof h, h.len};
  if (gb_apply(&c, h.type, r, done, total, rc) < 0) {
    snprintf(err, errlen, "a malformed frame of type %u", h.type);
    return -1;
  }
  rd->n -= sizeof h + h.len;
  memmove(rd->buf, rd->buf + sizeof h + h.len, rd->n);
  return (int)h.type;
}
