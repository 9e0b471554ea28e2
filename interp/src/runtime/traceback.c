/*
** traceback.c — formatting uncaught exceptions the way CPython 3.11 does,
** with the ^^^^ markers under the failing expression (tbmarkers.c). An
** exception's traceback lists (code, instruction) entries, innermost first.
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "module.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

#define RECURSIVE_CUTOFF 3 /* CPython's: identical frames shown before "[Previous line ...]" */
#define MAX_CHAIN 64
#define GP_MAX_SHOWN 16 /* frames one entry stands for: nested comprehensions */

/* Source lines, one file cached at a time (a traceback mostly shows one). */
typedef struct SourceCache {
  char *path;
  char *text;
} SourceCache;

/* Line `line` of text without its indentation and trailing blanks, *len
** bytes; NULL if there is no such line or it is blank. */
static const char *line_of(const char *text, long line, size_t *len) {
  const char *p = text;
  for (long i = 1; p && i < line; i++) {
    p = strchr(p, '\n');
    if (p) p++;
  }
  if (!p) return NULL;
  while (*p == ' ' || *p == '\t' || *p == '\f')
    p++;
  const char *end = p + strcspn(p, "\r\n");
  while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  *len = (size_t)(end - p);
  return end == p ? NULL : p;
}

static const char *cached(SourceCache *sc, const char *path) {
  if (!sc->path || strcmp(sc->path, path) != 0) {
    free(sc->path);
    free(sc->text);
    size_t len;
    sc->path = strdup(path);
    sc->text = gp_read_file(path, &len);
  }
  return sc->text;
}

static void source_line(SourceCache *sc, const char *path, long line, GpBuf *b) {
  if (path[0] == '<' || line < 1) return;
  size_t n;
  const char *p = line_of(cached(sc, path), line, &n);
  if (!p) return;
  gp_buf_puts(b, "    ");
  gp_buf_put(b, p, n);
  gp_buf_putc(b, '\n');
}

/* A frame's line as CPython shows it (without the indentation, with the
** trailing blanks), then the markers under pos. */
static void frame_line(SourceCache *sc, const char *path, GpPos pos, GpBuf *b) {
  size_t n;
  if (path[0] == '<' || pos.line < 1 || !line_of(cached(sc, path), pos.line, &n)) return;
  const char *p = sc->text;
  for (long i = 1; i < pos.line; i++)
    p = strchr(p, '\n') + 1;
  size_t len = strcspn(p, "\r\n"), indent = strspn(p, " \t\f");
  gp_buf_puts(b, "    ");
  gp_buf_put(b, p + indent, len - indent);
  gp_buf_putc(b, '\n');
  gp_traceback_markers(b, p, len, pos.end_line > pos.line, pos.col, pos.end_col);
}

char *gp_traceback_source_line(const char *path, long line) {
  if (path[0] == '<' || line < 1) return NULL;
  size_t len, n;
  char *text = gp_read_file(path, &len);
  const char *p = text ? line_of(text, line, &n) : NULL;
  char *r = p ? strndup(p, n) : NULL;
  free(text);
  return r;
}

static void repeated(GpBuf *b, long count) {
  char s[96];
  snprintf(s, sizeof s, "  [Previous line repeated %ld more time%s]\n", count - RECURSIVE_CUTOFF,
           count - RECURSIVE_CUTOFF > 1 ? "s" : "");
  gp_buf_puts(b, s);
}

/* A frame as shown; CPython's recursion test compares file, line and name. */
typedef struct Shown {
  GpObj *file;
  GpFrameInfo fi;
} Shown;

static bool same_frame(const Shown *a, const Shown *b) {
  return a->file && gp_str_eq(a->file, b->file) && strcmp(a->fi.name, b->fi.name) == 0 &&
         a->fi.pos.line == b->fi.pos.line;
}

static void show_frame(GpBuf *b, SourceCache *sc, const Shown *s) {
  const char *file = GP_STR(gp_objv(s->file))->data;
  char head[64];
  snprintf(head, sizeof head, "\", line %d, in ", s->fi.pos.line);
  gp_buf_puts(b, "  File \"");
  gp_buf_puts(b, file);
  gp_buf_puts(b, head);
  gp_buf_puts(b, s->fi.name);
  gp_buf_putc(b, '\n');
  frame_line(sc, file, s->fi.pos, b);
}

/* The frames of _gpmatch (modules/match_py.c) stand for CPython's MATCH_*
** opcodes, which have none: a traceback does not show them. */
static bool hidden_file(GpObj *file) {
  return file && strcmp(GP_STR(gp_objv(file))->data, "<_gpmatch>") == 0;
}

/* The frames, outermost first (the list holds (code, instruction) entries
** innermost first; an entry may stand for several frames, see gp_code_frames). */
static void format_frames(GpBuf *b, SourceCache *sc, GpObj *tb) {
  GpList *l = (GpList *)tb;
  if (!l || l->len == 0) return;
  Shown last = {NULL, {NULL, {0, 0, -1, -1}}};
  long count = 0;
  for (size_t i = l->len; i-- > 0;) {
    const GpTuple *e = GP_TUPLE(l->items[i]);
    GpCode *c = (GpCode *)e->items[0].as.o;
    if (hidden_file(c->filename)) continue;
    GpFrameInfo fi[GP_MAX_SHOWN];
    int n = gp_code_frames(c, (uint32_t)e->items[1].as.i, fi, GP_MAX_SHOWN);
    for (int k = 0; k < n; k++) {
      Shown cur = {c->filename, fi[k]};
      if (!same_frame(&last, &cur)) {
        if (count > RECURSIVE_CUTOFF) repeated(b, count);
        last = cur;
        count = 0;
      }
      if (++count <= RECURSIVE_CUTOFF) show_frame(b, sc, &cur);
    }
  }
  if (count > RECURSIVE_CUTOFF) repeated(b, count);
}

/* SyntaxError's own location block: File/line, the text and a caret. */
static void format_syntax(GpBuf *b, SourceCache *sc, GpExc *e) {
  GpTuple *a = (GpTuple *)e->args;
  if (a->len != 2 || !GP_IS_TYPE(a->items[1], gp_type_tuple)) return;
  GpTuple *loc = GP_TUPLE(a->items[1]);
  if (loc->len != 4 || !GP_IS_TYPE(loc->items[0], gp_type_str) || !GP_IS_INT(loc->items[1])) return;
  char head[48];
  snprintf(head, sizeof head, "\", line %lld\n", (long long)loc->items[1].as.i);
  gp_buf_puts(b, "  File \"");
  gp_buf_puts(b, GP_STR(loc->items[0])->data);
  gp_buf_puts(b, head);
  const char *text = GP_IS_TYPE(loc->items[3], gp_type_str) ? GP_STR(loc->items[3])->data : NULL;
  GpBuf line;
  gp_buf_init(&line);
  if (!text) {
    source_line(sc, GP_STR(loc->items[0])->data, (long)loc->items[1].as.i, &line);
    gp_buf_putc(&line, '\0');
    text = line.p + (line.len > 5 ? 4 : line.len - 1);
  }
  const char *p = text;
  while (*p == ' ' || *p == '\t' || *p == '\f')
    p++;
  size_t n = strcspn(p, "\r\n");
  while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
    n--;
  if (n > 0) {
    gp_buf_puts(b, "    ");
    gp_buf_put(b, p, n);
    gp_buf_putc(b, '\n');
    long col = GP_IS_INT(loc->items[2]) ? (long)loc->items[2].as.i : 0;
    col -= (long)(p - text) + 1; /* 1-based, relative to the stripped text */
    if (col >= 0 && loc->items[2].as.i > 0) {
      if ((size_t)col > n) col = (long)n;
      gp_buf_puts(b, "    ");
      for (long i = 0; i < col; i++)
        gp_buf_putc(b, ' ');
      gp_buf_puts(b, "^\n");
    }
  }
  gp_buf_free(&line);
}

/* Each line of each of e.__notes__ after the "Type: message" line, as
** 3.11's printer does: any iterable, items shown by str(). */
static void format_notes(GpThread *t, GpBuf *b, GpValue exc, const char *margin) {
  GpValue notes = gp_getattr(t, exc, gp_intern_cstr("__notes__"));
  GpValue it = GP_IS_ERR(notes) ? GP_ERRV : gp_iter(t, notes);
  GpValue note;
  while (!GP_IS_ERR(it) && gp_next(t, it, &note) > 0) {
    GpValue s = gp_str(t, note);
    GP_DECREF(note);
    const char *p = GP_IS_ERR(s) ? "<note str() failed>" : GP_STR(s)->data;
    do {
      size_t n = strcspn(p, "\n");
      gp_buf_puts(b, margin);
      gp_buf_put(b, p, n);
      gp_buf_putc(b, '\n');
      p += n + (p[n] == '\n');
    } while (*p);
    GP_DECREF(s);
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  GP_DECREF(it);
  GP_DECREF(notes);
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
}

/* The "Type: message" line and the notes: format_exception_only's text. */
static void format_only(GpThread *t, GpBuf *b, SourceCache *sc, GpValue exc) {
  GpExc *e = (GpExc *)exc.as.o;
  if (gp_exc_matches(exc, &gp_exc_SyntaxError)) format_syntax(b, sc, e);
  GpValue saved = t->exc;
  t->exc = GP_NONEV;
  GpValue line = gp_exc_format_line(t, exc);
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  if (GP_IS_ERR(line)) {
    gp_buf_puts(b, exc.as.o->type->name);
  } else {
    gp_buf_putstr(b, line);
    GP_DECREF(line);
  }
  gp_buf_putc(b, '\n');
  format_notes(t, b, exc, "");
  t->exc = saved;
}

/* Where the text goes (3.11's _ExceptionPrintContext): inside an exception
** group's box every line is indented by its depth and a margin. */
typedef struct Ctx {
  GpBuf *out;
  SourceCache *sc;
  int depth;
  bool need_close;
  GpObj *seen[MAX_CHAIN];
  int nseen;
} Ctx;

static void indent(Ctx *c) {
  for (int i = 0; i < 2 * c->depth; i++)
    gp_buf_putc(c->out, ' ');
}

/* text's lines into the output, each behind the indentation and margin. */
static void emit(Ctx *c, GpBuf *text, char margin) {
  for (size_t i = 0; i < text->len;) {
    const char *p = text->p + i, *nl = memchr(p, '\n', text->len - i);
    size_t n = nl ? (size_t)(nl - p) + 1 : text->len - i;
    indent(c);
    if (c->depth) {
      gp_buf_putc(c->out, margin);
      gp_buf_putc(c->out, ' ');
    }
    gp_buf_put(c->out, p, n);
    i += n;
  }
  text->len = 0;
}

static void emit_str(Ctx *c, const char *s, char margin) {
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, s);
  emit(c, &b, margin);
  gp_buf_free(&b);
}

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void format_chain(GpThread *t, Ctx *c, GpValue exc);

/* A group's sub-exceptions, each in its numbered box (at most 15 shown). */
static void format_members(GpThread *t, Ctx *c, const GpTuple *subs) {
  size_t n = subs->len <= MAX_GROUP_WIDTH ? subs->len : MAX_GROUP_WIDTH + 1;
  c->need_close = false;
  for (size_t i = 0; i < n; i++) {
    bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
    if (last) c->need_close = true;
    char title[96];
    if (truncated)
      snprintf(title, sizeof title, "%s+---------------- ... ----------------\n", i ? "  " : "+-");
    else
      snprintf(title, sizeof title, "%s+---------------- %zu ----------------\n", i ? "  " : "+-",
               i + 1);
    indent(c);
    gp_buf_puts(c->out, title);
    c->depth++;
    if (!truncated) {
      format_chain(t, c, subs->items[i]);
    } else {
      size_t more = subs->len - MAX_GROUP_WIDTH;
      char s[64];
      snprintf(s, sizeof s, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
      emit_str(c, s, '|');
    }
    if (last && c->need_close) {
      indent(c);
      gp_buf_puts(c->out, "+------------------------------------\n");
      c->need_close = false;
    }
    c->depth--;
  }
}

static void format_one(GpThread *t, Ctx *c, GpValue exc) {
  GpExc *e = (GpExc *)exc.as.o;
  GpBuf b;
  gp_buf_init(&b);
  bool has_tb = e->tb && ((GpList *)e->tb)->len;
  if (!e->group) {
    if (has_tb) gp_buf_puts(&b, "Traceback (most recent call last):\n");
    format_frames(&b, c->sc, e->tb);
    format_only(t, &b, c->sc, exc);
    emit(c, &b, '|');
  } else if (c->depth > MAX_GROUP_DEPTH) {
    emit_str(c, "... (max_group_depth is 10)\n", '|');
  } else {
    bool top = c->depth == 0;
    if (top) c->depth++;
    if (has_tb) {
      emit_str(c, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
      format_frames(&b, c->sc, e->tb);
    }
    format_only(t, &b, c->sc, exc);
    emit(c, &b, '|');
    format_members(t, c, (const GpTuple *)e->group);
    if (top) c->depth = 0;
  }
  gp_buf_free(&b);
}

static void format_chain(GpThread *t, Ctx *c, GpValue exc) {
  GpExc *e = (GpExc *)exc.as.o;
  if (c->nseen < MAX_CHAIN) c->seen[c->nseen++] = exc.as.o;
  GpValue prev = GP_NONEV;
  const char *msg = NULL;
  if (GP_IS_OBJ(e->cause)) {
    prev = e->cause;
    msg = "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (GP_IS_OBJ(e->context) && !e->suppress_context) {
    prev = e->context;
    msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  bool loop = false;
  for (int i = 0; i < c->nseen && GP_IS_OBJ(prev); i++)
    loop = loop || c->seen[i] == prev.as.o;
  if (GP_IS_OBJ(prev) && !loop && c->nseen < MAX_CHAIN) {
    format_chain(t, c, prev);
    emit_str(c, msg, '|');
  }
  format_one(t, c, exc);
}

/* What format() shows: the chain, the exception alone, or only its
** "Type: message" line and notes (format_exception_only). */
enum { SHOW_CHAIN, SHOW_ONE, SHOW_ONLY };

static char *format(GpThread *t, GpValue exc, int show) {
  GpBuf b;
  gp_buf_init(&b);
  SourceCache sc = {NULL, NULL};
  Ctx c = {.out = &b, .sc = &sc};
  if (GP_IS_OBJ(exc) && show == SHOW_CHAIN) format_chain(t, &c, exc);
  if (GP_IS_OBJ(exc) && show == SHOW_ONE) format_one(t, &c, exc);
  if (GP_IS_OBJ(exc) && show == SHOW_ONLY) format_only(t, &b, &sc, exc);
  free(sc.path);
  free(sc.text);
  char *r = b.oom ? NULL : malloc(b.len + 1);
  if (r) {
    memcpy(r, b.p, b.len);
    r[b.len] = '\0';
  }
  gp_buf_free(&b);
  return r;
}

char *gp_traceback_format(GpThread *t, GpValue exc) {
  return format(t, exc, SHOW_CHAIN);
}

char *gp_traceback_format_unchained(GpThread *t, GpValue exc) {
  return format(t, exc, SHOW_ONE);
}

char *gp_traceback_format_only(GpThread *t, GpValue exc) {
  return format(t, exc, SHOW_ONLY);
}

char *gp_traceback_line(const char *path, long line) {
  GpBuf b;
  gp_buf_init(&b);
  SourceCache sc = {NULL, NULL};
  source_line(&sc, path, line, &b);
  free(sc.path);
  free(sc.text);
  char *r = b.oom || b.len < 5 ? NULL : malloc(b.len - 4); /* without "    " and "\n" */
  if (r) {
    memcpy(r, b.p + 4, b.len - 5);
    r[b.len - 5] = '\0';
  }
  gp_buf_free(&b);
  return r;
}

static void print(GpThread *t, GpValue exc, FILE *f, bool chain) {
  char *s = format(t, exc, chain ? SHOW_CHAIN : SHOW_ONE);
  fputs(s ? s : "MemoryError\n", f);
  fflush(f);
  free(s);
}

void gp_traceback_print(GpThread *t, GpValue exc, FILE *f) {
  print(t, exc, f, true);
}

void gp_traceback_print_unchained(GpThread *t, GpValue exc, FILE *f) {
  print(t, exc, f, false);
}
