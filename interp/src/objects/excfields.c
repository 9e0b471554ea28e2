/*
** excfields.c — the exceptions that carry fields in their arguments:
** OSError (errno, strerror, filename, filename2, and the subclass CPython
** picks by errno) and the Unicode errors (encoding, object, start, end,
** reason), with the str() CPython builds from those fields.
*/
#include <errno.h>
#include <string.h>

#include "obj.h"

static const GpTuple *exc_args_of(GpValue self) {
  const GpExc *e = (const GpExc *)self.as.o;
  return (const GpTuple *)(e->os_args ? e->os_args : e->args);
}

/* --------------------------------------------------------------- OSError */

const GpType *gp_oserror_subclass(int64_t err) {
  static const struct {
    int err;
    const GpType *tp;
  } map[] = {
      {EAGAIN, &gp_exc_BlockingIOError},
      {EALREADY, &gp_exc_BlockingIOError},
      {EWOULDBLOCK, &gp_exc_BlockingIOError},
      {EINPROGRESS, &gp_exc_BlockingIOError},
      {ECHILD, &gp_exc_ChildProcessError},
      {EPIPE, &gp_exc_BrokenPipeError},
      {ESHUTDOWN, &gp_exc_BrokenPipeError},
      {ECONNABORTED, &gp_exc_ConnectionAbortedError},
      {ECONNREFUSED, &gp_exc_ConnectionRefusedError},
      {ECONNRESET, &gp_exc_ConnectionResetError},
      {EEXIST, &gp_exc_FileExistsError},
      {ENOENT, &gp_exc_FileNotFoundError},
      {EISDIR, &gp_exc_IsADirectoryError},
      {ENOTDIR, &gp_exc_NotADirectoryError},
      {EINTR, &gp_exc_InterruptedError},
      {EACCES, &gp_exc_PermissionError},
      {EPERM, &gp_exc_PermissionError},
      {ESRCH, &gp_exc_ProcessLookupError},
      {ETIMEDOUT, &gp_exc_TimeoutError},
  };
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (map[i].err == err) return map[i].tp;
  return &gp_exc_OSError;
}

/* errno, strerror, filename, filename2: the arguments of the errno form
** (2 to 5 of them), else all None. */
static void oserror_fields(GpValue self, GpValue f[4]) {
  const GpTuple *a = exc_args_of(self);
  for (int i = 0; i < 4; i++)
    f[i] = GP_NONEV;
  if (a->len < 2 || a->len > 5) return;
  f[0] = a->items[0];
  f[1] = a->items[1];
  if (a->len >= 3) f[2] = a->items[2];
  if (a->len == 5) f[3] = a->items[4];
}

/* "[Errno 2] No such file: 'a' -> 'b'"; without errno the plain form. */
GpValue gp_oserror_str(GpThread *t, GpValue self) {
  GpValue f[4];
  oserror_fields(self, f);
  const GpTuple *a = (const GpTuple *)((const GpExc *)self.as.o)->args;
  if (GP_IS_NONE(f[0]) || GP_IS_NONE(f[1])) {
    if (a->len == 0) return gp_str_cstr(t, "");
    return a->len == 1 ? gp_str(t, a->items[0]) : gp_repr(t, gp_objv((GpObj *)&a->ob));
  }
  GpBuf b;
  gp_buf_init(&b);
  GpValue s0 = gp_str(t, f[0]), s1 = GP_IS_ERR(s0) ? GP_ERRV : gp_str(t, f[1]);
  if (GP_IS_ERR(s1)) {
    GP_DECREF(s0);
    return GP_ERRV;
  }
  gp_buf_puts(&b, "[Errno ");
  gp_buf_putstr(&b, s0);
  gp_buf_puts(&b, "] ");
  gp_buf_putstr(&b, s1);
  GP_DECREF(s0);
  GP_DECREF(s1);
  int r = 0;
  if (!GP_IS_NONE(f[2])) {
    gp_buf_puts(&b, ": ");
    r = gp_buf_repr(t, &b, f[2]);
  }
  if (r == 0 && !GP_IS_NONE(f[2]) && !GP_IS_NONE(f[3])) {
    gp_buf_puts(&b, " -> ");
    r = gp_buf_repr(t, &b, f[3]);
  }
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  return gp_buf_finish(t, &b);
}

/* ---------------------------------------------------------- Unicode errors */

/* The args of a well-formed encode/decode error: (encoding, object, start,
** end, reason) with the types CPython requires; NULL otherwise. */
static const GpTuple *unicode_args(GpValue self) {
  const GpTuple *a = exc_args_of(self);
  if (a->len != 5 || !GP_IS_TYPE(a->items[0], gp_type_str) || !GP_IS_INT(a->items[2]) ||
      !GP_IS_INT(a->items[3]) || !GP_IS_TYPE(a->items[4], gp_type_str))
    return NULL;
  bool encode = self.as.o->type == &gp_exc_UnicodeEncodeError ||
                gp_type_is_subtype(self.as.o->type, &gp_exc_UnicodeEncodeError);
  const GpType *want = encode ? &gp_type_str : &gp_type_bytes;
  return GP_IS_OBJ(a->items[1]) && a->items[1].as.o->type == want ? a : NULL;
}

/* The one character an encode error names, as CPython's message quotes it. */
static void char_escape(const GpStr *s, int64_t pos, char *out, size_t n) {
  size_t len;
  uint32_t cp = gp_utf8_decode(s->data + gp_utf8_skip(s->data, s->len, (size_t)pos), &len);
  snprintf(out, n, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
}

GpValue gp_unicode_error_str(GpThread *t, GpValue self) {
  const GpTuple *a = unicode_args(self);
  if (!a) {
    const GpTuple *raw = exc_args_of(self);
    if (raw->len == 0) return gp_str_cstr(t, "");
    return raw->len == 1 ? gp_str(t, raw->items[0]) : gp_repr(t, gp_objv((GpObj *)&raw->ob));
  }
  const char *enc = GP_STR(a->items[0])->data, *why = GP_STR(a->items[4])->data;
  int64_t start = a->items[2].as.i, end = a->items[3].as.i;
  GpValue obj = a->items[1];
  bool encode = GP_IS_TYPE(obj, gp_type_str);
  size_t len = encode ? GP_STR(obj)->nchars : ((GpBytes *)obj.as.o)->len;
  bool one = start >= 0 && (size_t)start < len && end == start + 1;
  if (one && encode) {
    char esc[16];
    char_escape(GP_STR(obj), start, esc, sizeof esc);
    return gp_str_printf(t, "'%s' codec can't encode character '%s' in position %lld: %s", enc, esc,
                         (long long)start, why);
  }
  if (one)
    return gp_str_printf(t, "'%s' codec can't decode byte 0x%02x in position %lld: %s", enc,
                         (unsigned char)((GpBytes *)obj.as.o)->data[start], (long long)start, why);
  return gp_str_printf(t, "'%s' codec can't %s %s in position %lld-%lld: %s", enc,
                       encode ? "encode" : "decode", encode ? "characters" : "bytes",
                       (long long)start, (long long)(end - 1), why);
}

int gp_exc_field(GpThread *t, GpValue self, const char *name, GpValue *out) {
  (void)t;
  static const char *const os_names[] = {"errno", "strerror", "filename", "filename2"};
  static const char *const uni_names[] = {"encoding", "object", "start", "end", "reason"};
  const GpType *tp = self.as.o->type;
  if (gp_type_is_subtype(tp, &gp_exc_OSError)) {
    GpValue f[4];
    oserror_fields(self, f);
    for (int i = 0; i < 4; i++) {
      if (strcmp(name, os_names[i]) != 0) continue;
      GP_INCREF(f[i]);
      *out = f[i];
      return 1;
    }
  }
  const GpTuple *a = gp_type_is_subtype(tp, &gp_exc_UnicodeError) ? unicode_args(self) : NULL;
  for (int i = 0; a && i < 5; i++) {
    if (strcmp(name, uni_names[i]) != 0) continue;
    GP_INCREF(a->items[i]);
    *out = a->items[i];
    return 1;
  }
  return 0;
}
