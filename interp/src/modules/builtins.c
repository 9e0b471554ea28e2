/*
** builtins.c — the builtins module: print and the other built-in
** functions, the built-in types and exception classes under their names,
** and the locked output stream print writes to.
*/
#include <errno.h>
#include <string.h>

#include "class.h"
#include "coro.h"
#include "numproto.h"
#include "obj.h"
#include "protoiter.h"
#include "vm.h"

int gp_write_out(GpThread *t, const char *s, size_t n) {
  FILE *out = t->vm->opt.out ? t->vm->opt.out : stdout;
  pthread_mutex_lock(&t->vm->lock);
  errno = 0;
  size_t w = fwrite(s, 1, n, out);
  int err = errno ? errno : EIO; /* a short write without errno: CPython's EIO */
  pthread_mutex_unlock(&t->vm->lock);
  if (w == n) return 0;
  gp_raise_errno(t, err, NULL);
  return -1;
}

static int nkw_of(GpObj *kwnames) {
  return kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0;
}
static const char *kw_name(GpObj *kwnames, int k) {
  return GP_STR(GP_TUPLE(gp_objv(kwnames))->items[k])->data;
}

/* Clears a pending exception of type tp (for defaults); false if another. */
static bool clear_exc(GpThread *t, const GpType *tp) {
  if (!gp_exc_matches(t->exc, tp)) return false;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return true;
}

/* ------------------------------------------------------------------ print */

/* write(piece) for print, piece a new reference or GP_ERRV: 0 or -1. */
static int write_piece(GpThread *t, GpValue write, GpValue piece) {
  if (GP_IS_ERR(piece)) return -1;
  GpValue r = gp_vm_call(t, write, &piece, 1, NULL);
  GP_DECREF(piece);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

/* file.write(the text in b); frees b. */
static GpValue write_line(GpThread *t, GpValue file, GpBuf *b) {
  GpValue text = gp_buf_finish(t, b);
  if (GP_IS_ERR(text)) return text;
  GpValue w = gp_getattr(t, file, gp_intern_cstr("write"));
  if (GP_IS_ERR(w)) {
    GP_DECREF(text);
    return w;
  }
  int rc = write_piece(t, w, text);
  GP_DECREF(w);
  return rc < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue owned(GpValue v) {
  GP_INCREF(v);
  return v;
}

/* print(..., file=f) and print to a replaced sys.stdout: f.write() of each
** piece (separators, items, end), each item's str() taken just before its
** write, as CPython's print does; then f.flush() if asked. */
static GpValue print_to(GpThread *t, GpValue file, const GpValue *items, int n, GpValue sep,
                        GpValue end, bool flush) {
  GpValue w = gp_getattr(t, file, gp_intern_cstr("write"));
  if (GP_IS_ERR(w)) return w;
  int rc = 0;
  for (int i = 0; rc == 0 && i < n; i++) {
    if (i) rc = write_piece(t, w, GP_IS_NONE(sep) ? gp_str_cstr(t, " ") : owned(sep));
    if (rc == 0) rc = write_piece(t, w, gp_str(t, items[i]));
  }
  if (rc == 0) rc = write_piece(t, w, GP_IS_NONE(end) ? gp_str_cstr(t, "\n") : owned(end));
  GP_DECREF(w);
  if (rc == 0 && flush) {
    GpValue f = gp_getattr(t, file, gp_intern_cstr("flush"));
    GpValue r = GP_IS_ERR(f) ? f : gp_vm_call(t, f, NULL, 0, NULL);
    if (!GP_IS_ERR(f)) GP_DECREF(f);
    if (GP_IS_ERR(r))
      rc = -1;
    else
      GP_DECREF(r);
  }
  return rc < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue bi_print(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  GpValue sep = GP_NONEV, end = GP_NONEV, file = GP_NONEV;
  bool flush = false;
  for (int k = 0; k < nkw; k++) {
    const char *name = kw_name(kw, k);
    GpValue v = args[npos + k];
    if (strcmp(name, "sep") == 0 || strcmp(name, "end") == 0) {
      if (!GP_IS_NONE(v) && !GP_IS_TYPE(v, gp_type_str))
        return gp_raise(t, &gp_exc_TypeError, "%s must be None or a string, not %s", name,
                        gp_type_name(v));
      *(name[0] == 's' ? &sep : &end) = v;
    } else if (strcmp(name, "flush") == 0) {
      int b = gp_truthy(t, v);
      if (b < 0) return GP_ERRV;
      flush = b;
    } else if (strcmp(name, "file") == 0) {
      file = v;
    } else {
      return gp_raise(t, &gp_exc_TypeError, "'%s' is an invalid keyword argument for print()",
                      name);
    }
  }
  if (!GP_IS_NONE(file) && !gp_sys_is_stream(file)) /* file=: its write method (io.StringIO) */
    return print_to(t, file, args, npos, sep, end, flush);
  GpValue out = gp_sys_stdout_override(t);
  if (!GP_IS_ERR(out)) { /* sys.stdout replaced; None: print writes nothing, as CPython's */
    GpValue r = GP_IS_NONE(out) ? GP_NONEV : print_to(t, out, args, npos, sep, end, flush);
    GP_DECREF(out);
    return r;
  }
  GpBuf b;
  gp_buf_init(&b);
  for (int i = 0; i < npos; i++) {
    if (i) {
      if (GP_IS_NONE(sep))
        gp_buf_putc(&b, ' ');
      else
        gp_buf_putstr(&b, sep);
    }
    GpValue s = gp_str(t, args[i]);
    if (GP_IS_ERR(s)) {
      gp_buf_free(&b);
      return s;
    }
    gp_buf_putstr(&b, s);
    GP_DECREF(s);
  }
  if (GP_IS_NONE(end))
    gp_buf_putc(&b, '\n');
  else
    gp_buf_putstr(&b, end);
  if (b.oom) {
    gp_buf_free(&b);
    return gp_raise_nomem(t);
  }
  if (!GP_IS_NONE(file)) /* sys.stdout or sys.stderr: the whole line in one write */
    return write_line(t, file, &b);
  int r = gp_write_out(t, b.p, b.len);
  gp_buf_free(&b);
  if (r == 0 && flush) {
    pthread_mutex_lock(&t->vm->lock);
    fflush(t->vm->opt.out ? t->vm->opt.out : stdout);
    pthread_mutex_unlock(&t->vm->lock);
  }
  return r < 0 ? GP_ERRV : GP_NONEV;
}

/* ----------------------------------------------------- one-argument ones */

static GpValue bi_len(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "len", nargs, kw) < 0) return GP_ERRV;
  return gp_len(t, args[0]);
}

static GpValue bi_repr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "repr", nargs, kw) < 0) return GP_ERRV;
  return gp_repr(t, args[0]);
}

static GpValue bi_ascii(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "ascii", nargs, kw) < 0) return GP_ERRV;
  return gp_ascii(t, args[0]);
}

static GpValue bi_abs(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs == 1 && !kw && (args[0].tag == GP_T_INT || args[0].tag == GP_T_FLOAT))
    return gp_num_abs(t, args[0]); /* no __abs__ to look for */
  if (gp_arg_one(t, "abs", nargs, kw) < 0) return GP_ERRV;
  GpValue r;
  int k = gp_inst_call_special(t, args[0], "__abs__", NULL, 0, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  if (gp_has_payload(args[0]) && gp_is_number(gp_unwrap(args[0])))
    return gp_num_abs(t, gp_unwrap(args[0]));
  GpValue x = gp_unwrap(args[0]); /* a library type's __abs__ (complex), or its subclass's */
  const GpMethodDef *m = x.tag == GP_T_OBJ ? gp_type_method(x.as.o->type, "__abs__") : NULL;
  if (m) return m->fn(t, &x, 1, NULL);
  if (!gp_is_number(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "bad operand type for abs(): '%s'",
                    gp_type_name(args[0]));
  return gp_num_abs(t, args[0]);
}

static GpValue bi_hash(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "hash", nargs, kw) < 0) return GP_ERRV;
  int64_t h;
  return gp_hash(t, args[0], &h) < 0 ? GP_ERRV : gp_intv(h);
}

static GpValue bi_ord(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "ord", nargs, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "ord() expected string of length 1, but %s found",
                    gp_type_name(args[0]));
  GpStr *s = GP_STR(args[0]);
  if (s->nchars != 1)
    return gp_raise(t, &gp_exc_TypeError,
                    "ord() expected a character, but string of length %zu found", s->nchars);
  size_t n;
  return gp_intv(gp_utf8_decode(s->data, &n));
}

static GpValue bi_chr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "chr", nargs, kw) < 0) return GP_ERRV;
  int64_t c;
  if (GP_IS_OBJ(args[0]) && gp_is_int(args[0]))
    return gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
  if (gp_as_index(t, args[0], &c) < 0) return GP_ERRV;
  if (c < 0 || c > 0x10ffff)
    return gp_raise(t, &gp_exc_ValueError, "chr() arg not in range(0x110000)");
  if (c >= 0xd800 && c <= 0xdfff) /* not representable in UTF-8 */
    return gp_raise(t, &gp_exc_ValueError, "surrogate code points are not supported");
  return gp_str_char(t, (uint32_t)c);
}

/* hex/bin/oct: gp_int_tostr, with the 0x/0b/0o prefix added if missing. */
static GpValue int_base(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                        int base, const char *prefix) {
  if (gp_arg_one(t, name, nargs, kw) < 0) return GP_ERRV;
  GpValue v = gp_index_value(t, args[0]);
  if (GP_IS_ERR(v)) return v;
  GpValue s = gp_int_tostr(t, v, base);
  GP_DECREF(v);
  if (GP_IS_ERR(s)) return s;
  const char *d = GP_STR(s)->data;
  bool neg = d[0] == '-';
  if (strncmp(d + neg, prefix, 2) == 0) return s;
  GpValue r = gp_str_printf(t, "%s%s%s", neg ? "-" : "", prefix, d + neg);
  GP_DECREF(s);
  return r;
}

static GpValue bi_hex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return int_base(t, "hex", args, nargs, kw, 16, "0x");
}
static GpValue bi_bin(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return int_base(t, "bin", args, nargs, kw, 2, "0b");
}
static GpValue bi_oct(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return int_base(t, "oct", args, nargs, kw, 8, "0o");
}

static GpValue bi_callable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "callable", nargs, kw) < 0) return GP_ERRV;
  const GpType *tp = gp_typeof(args[0]);
  return gp_boolv(tp == &gp_type_native || tp == &gp_type_function || tp == &gp_type_type ||
                  (tp->ops && tp->ops->call));
}

static GpValue bi_id(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "id", nargs, kw) < 0) return GP_ERRV;
  GpValue v = args[0];
  if (GP_IS_OBJ(v)) return gp_intv((int64_t)(uintptr_t)v.as.o);
  /* inline values have no address: odd numbers never clash with objects;
  ** a float's bits, as converting nan or inf to an integer is undefined */
  uint64_t bits = (uint64_t)v.as.i;
  if (v.tag == GP_T_FLOAT) memcpy(&bits, &v.as.f, sizeof bits);
  return gp_intv((int64_t)(((bits * 8 + v.tag) << 1 | 1) & INT64_MAX));
}

static GpValue bi_iter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "iter", nargs, kw, 1, 2) < 0) return GP_ERRV;
  if (nargs == 1) return gp_iter(t, args[0]);
  if (!gp_is_callable(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "iter(v, w): v must be callable");
  return gp_callable_iter_new(t, args[0], args[1]);
}

static GpValue bi_next(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "next", nargs, kw, 1, 2) < 0) return GP_ERRV;
  if (nargs == 1 && GP_IS_TYPE(args[0], gp_type_generator)) /* StopIteration carries the value */
    return gp_gen_send(t, args[0], GP_NONEV);
  if (!gp_typeof(args[0])->next)
    return gp_raise(t, &gp_exc_TypeError, "'%s' object is not an iterator", gp_type_name(args[0]));
  GpValue v;
  int r = gp_next(t, args[0], &v);
  if (r > 0) return v;
  if (r < 0) return GP_ERRV;
  if (nargs == 2) {
    GP_INCREF(args[1]);
    return args[1];
  }
  GpValue e = gp_exc_new(t, &gp_exc_StopIteration, gp_tuple_new(t, 0).as.o);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* any/all: stop at the first item whose truth is `stop_on`. */
static GpValue any_all(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                       bool stop_on) {
  if (gp_arg_one(t, name, nargs, kw) < 0) return GP_ERRV;
  GpValue it = gp_iter(t, args[0]), v;
  if (GP_IS_ERR(it)) return it;
  int r, found = 0;
  while ((r = gp_next(t, it, &v)) > 0) {
    int b = gp_truthy(t, v);
    GP_DECREF(v);
    if (b < 0) r = -1;
    if (b < 0 || b == stop_on) {
      found = 1;
      break;
    }
  }
  GP_DECREF(it);
  if (r < 0) return GP_ERRV;
  return gp_boolv(found ? stop_on : !stop_on);
}

static GpValue bi_any(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return any_all(t, "any", args, nargs, kw, true);
}
static GpValue bi_all(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return any_all(t, "all", args, nargs, kw, false);
}

/* --------------------------------------------------------------- numbers */

static GpValue bi_round(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"number", "ndigits"};
  GpValue a[2];
  if (gp_parse_args(t, "round", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  bool nd = !GP_IS_ERR(a[1]) && !GP_IS_NONE(a[1]);
  GpValue r;
  int k = gp_inst_call_special(t, a[0], "__round__", a + 1, nd, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  a[0] = gp_unwrap(a[0]); /* an int or float subclass's value */
  if (!gp_is_number(a[0]))
    return gp_raise(t, &gp_exc_TypeError, "type %s doesn't define __round__ method",
                    gp_type_name(a[0]));
  return gp_num_round(t, a[0], GP_IS_NONE(a[1]) ? GP_ERRV : a[1]);
}

static GpValue bi_divmod(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "divmod", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (gp_is_inst(args[0]) || gp_is_inst(args[1])) {
    GpValue r;
    int k = gp_inst_divmod(t, args[0], args[1], &r);
    if (k != 0) return k > 0 ? r : GP_ERRV;
  }
  if (!gp_is_number(args[0]) || !gp_is_number(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    gp_type_name(args[0]), gp_type_name(args[1]));
  return gp_num_divmod(t, args[0], args[1]);
}

static GpValue bi_pow(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"base", "exp", "mod"};
  GpValue a[3];
  if (gp_parse_args(t, "pow", args, nargs, kw, names, 3, 2, a) < 0) return GP_ERRV;
  if (GP_IS_ERR(a[2]) || GP_IS_NONE(a[2])) return gp_binop(t, GP_OP_POW, a[0], a[1]);
  if (gp_complex_pair(a[0], a[1])) return gp_raise(t, &gp_exc_ValueError, "complex modulo");
  if (!gp_is_number(a[0]) || !gp_is_number(a[1]) || !gp_is_number(a[2]))
    return gp_raise(t, &gp_exc_TypeError,
                    "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    gp_type_name(a[0]), gp_type_name(a[1]), gp_type_name(a[2]));
  return gp_num_pow3(t, a[0], a[1], a[2]);
}

static GpValue bi_sum(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "start"};
  GpValue a[2];
  if (nargs - nkw_of(kw) == 0)
    return gp_raise(t, &gp_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (gp_parse_args(t, "sum", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  GpValue acc = GP_IS_ERR(a[1]) ? gp_intv(0) : a[1];
  if (GP_IS_TYPE(acc, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  GpValue it = gp_iter(t, a[0]), v;
  if (GP_IS_ERR(it)) return it;
  GP_INCREF(acc);
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    GpValue n;
    int64_t s;
    if (GP_IS_INT(acc) && GP_IS_INT(v) && !__builtin_add_overflow(acc.as.i, v.as.i, &s))
      n = gp_intv(s);
    else if (GP_IS_FLOAT(acc) && GP_IS_FLOAT(v))
      n = gp_floatv(acc.as.f + v.as.f);
    else
      n = gp_binop(t, GP_OP_ADD, acc, v);
    GP_DECREF(v);
    GP_DECREF(acc);
    acc = n;
    if (GP_IS_ERR(n)) {
      r = -1;
      break;
    }
  }
  GP_DECREF(it);
  if (r < 0) {
    GP_DECREF(acc);
    return GP_ERRV;
  }
  return acc;
}

/* ---------------------------------------------------------------- min/max */

static GpValue min_max(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool is_max) {
  const char *name = is_max ? "max" : "min";
  int nkw = nkw_of(kw), npos = nargs - nkw;
  GpValue key = GP_NONEV, dflt = GP_ERRV;
  if (nkw > 2)
    return gp_raise(t, &gp_exc_TypeError, "%s() takes at most 2 keyword arguments (%d given)", name,
                    nkw);
  for (int k = 0; k < nkw; k++) {
    const char *kn = kw_name(kw, k);
    if (strcmp(kn, "key") == 0)
      key = args[npos + k];
    else if (strcmp(kn, "default") == 0)
      dflt = args[npos + k];
    else
      return gp_raise(t, &gp_exc_TypeError, "'%s' is an invalid keyword argument for %s()", kn,
                      name);
  }
  if (npos == 0)
    return gp_raise(t, &gp_exc_TypeError, "%s expected at least 1 argument, got 0", name);
  if (npos > 1 && !GP_IS_ERR(dflt))
    return gp_raise(t, &gp_exc_TypeError,
                    "Cannot specify a default for %s() with multiple positional arguments", name);
  GpValue src = npos == 1 ? args[0] : GP_NONEV;
  GpValue it = GP_NONEV;
  if (npos == 1) {
    it = gp_iter(t, src);
    if (GP_IS_ERR(it)) return it;
  }
  GpValue best = GP_ERRV, bestkey = GP_ERRV, v;
  int r = 0;
  for (int i = 0;; i++) {
    if (npos == 1) {
      if ((r = gp_next(t, it, &v)) <= 0) break;
    } else {
      if (i == npos) break;
      v = args[i];
      GP_INCREF(v);
    }
    GpValue k = v;
    if (!GP_IS_NONE(key)) {
      k = gp_vm_call(t, key, &v, 1, NULL);
      if (GP_IS_ERR(k)) {
        GP_DECREF(v);
        r = -1;
        break;
      }
    } else {
      GP_INCREF(k);
    }
    int better = 1;
    if (GP_IS_INT(k) && GP_IS_INT(bestkey)) { /* small ints: no protocol to run */
      better = is_max ? k.as.i > bestkey.as.i : k.as.i < bestkey.as.i;
    } else if (!GP_IS_ERR(best)) {
      GpValue c = gp_compare(t, is_max ? GP_CMP_GT : GP_CMP_LT, k, bestkey);
      better = GP_IS_ERR(c) ? -1 : gp_truthy(t, c);
      GP_DECREF(c);
    }
    if (better > 0) {
      if (!GP_IS_ERR(best)) {
        GP_DECREF(best);
        GP_DECREF(bestkey);
      }
      best = v, bestkey = k;
    } else {
      GP_DECREF(v);
      GP_DECREF(k);
    }
    if (better < 0) {
      r = -1;
      break;
    }
  }
  GP_DECREF(it);
  if (!GP_IS_ERR(bestkey)) GP_DECREF(bestkey);
  if (r < 0) {
    if (!GP_IS_ERR(best)) GP_DECREF(best);
    return GP_ERRV;
  }
  if (GP_IS_ERR(best)) {
    if (!GP_IS_ERR(dflt)) {
      GP_INCREF(dflt);
      return dflt;
    }
    return gp_raise(t, &gp_exc_ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}

static GpValue bi_min(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return min_max(t, args, nargs, kw, false);
}
static GpValue bi_max(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return min_max(t, args, nargs, kw, true);
}

/* ------------------------------------------------------ sorted, isinstance */

static GpValue bi_sorted(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"$key", "$reverse"};
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (npos != 1) return gp_raise(t, &gp_exc_TypeError, "sorted expected 1 argument, got %d", npos);
  GpValue a[2];
  /* CPython forwards the keywords to list.sort, hence "sort()" in errors */
  if (gp_parse_args(t, "sort", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  int rev = 0;
  if (!GP_IS_ERR(a[1]) && (rev = gp_truthy(t, a[1])) < 0) return GP_ERRV;
  GpValue l = gp_list_from_iter(t, args[0]);
  if (GP_IS_ERR(l)) return l;
  if (gp_list_sort(t, l.as.o, GP_IS_ERR(a[0]) ? GP_NONEV : a[0], rev) < 0) {
    GP_DECREF(l);
    return GP_ERRV;
  }
  return l;
}

/* 1 if v is an instance of cls (a type or nested tuple of types), 0, -1. */
static int instance_of(GpThread *t, GpValue v, GpValue cls) {
  if (GP_IS_TYPE(cls, gp_type_type) && gp_meta_of(v) == (GpType *)cls.as.o) return 1;
  if (!GP_IS_TYPE(cls, gp_type_tuple)) {
    int r = gp_check_hook(t, cls, "__instancecheck__", v);
    if (r != 2) return r;
  }
  if (GP_IS_TYPE(cls, gp_type_type)) return gp_type_is_subtype(gp_meta_of(v), (GpType *)cls.as.o);
  if (GP_IS_TYPE(cls, gp_type_tuple)) {
    for (size_t i = 0; i < GP_TUPLE(cls)->len; i++) {
      int r = instance_of(t, v, GP_TUPLE(cls)->items[i]);
      if (r) return r;
    }
    return 0;
  }
  gp_raise(t, &gp_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

static GpValue bi_isinstance(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "isinstance", nargs, kw, 2, 2) < 0) return GP_ERRV;
  int r = instance_of(t, args[0], args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

/* ----------------------------------------------------- format, attributes */

static GpValue bi_format(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "format", nargs, kw, 1, 2) < 0) return GP_ERRV;
  GpValue spec = nargs > 1 ? args[1] : gp_str_empty();
  if (!GP_IS_TYPE(spec, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "format() argument 2 must be str, not %s",
                    gp_type_name(spec));
  return gp_format(t, args[0], spec.as.o);
}

static GpObj *attr_name(GpThread *t, GpValue v) {
  if (!GP_IS_TYPE(v, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "attribute name must be string, not '%s'", gp_type_name(v));
    return NULL;
  }
  GpObj *name = gp_intern(GP_STR(v)->data, GP_STR(v)->len);
  if (!name) gp_raise_nomem(t);
  return name;
}

static GpValue bi_getattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "getattr", nargs, kw, 2, 3) < 0) return GP_ERRV;
  GpObj *name = attr_name(t, args[1]);
  if (!name) return GP_ERRV;
  GpValue r = gp_getattr(t, args[0], name);
  if (GP_IS_ERR(r) && nargs == 3 && clear_exc(t, &gp_exc_AttributeError)) {
    GP_INCREF(args[2]);
    return args[2];
  }
  return r;
}

static GpValue bi_hasattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "hasattr", nargs, kw, 2, 2) < 0) return GP_ERRV;
  GpObj *name = attr_name(t, args[1]);
  if (!name) return GP_ERRV;
  GpValue r = gp_getattr(t, args[0], name);
  if (!GP_IS_ERR(r)) {
    GP_DECREF(r);
    return gp_boolv(true);
  }
  return clear_exc(t, &gp_exc_AttributeError) ? gp_boolv(false) : GP_ERRV;
}

/* globals(): the calling code's module dict, the object itself. */
static GpValue bi_globals(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_count(t, "globals", nargs, kw, 0, 0) < 0) return GP_ERRV;
  GpObj *g = gp_vm_globals(t);
  if (!g) return gp_raise(t, &gp_exc_RuntimeError, "globals(): no running code");
  gp_incref_o(g);
  return gp_objv(g);
}

/* ------------------------------------------------------------ registration */

int gp_open_dir(GpThread *t, GpObj *d);            /* dir_py.c */
int gp_open_evalexec(GpThread *t, GpObj *d);       /* evalexec.c */
int gp_open_files(GpThread *t, GpObj *d);          /* iomod_py.c: open, input */
int gp_open_import_builtin(GpThread *t, GpObj *d); /* importmod.c: __import__ */

static const GpMethodDef builtin_fns[] = {
    {"print", bi_print},
    {"len", bi_len},
    {"repr", bi_repr},
    {"ascii", bi_ascii},
    {"abs", bi_abs},
    {"hash", bi_hash},
    {"ord", bi_ord},
    {"chr", bi_chr},
    {"hex", bi_hex},
    {"bin", bi_bin},
    {"oct", bi_oct},
    {"callable", bi_callable},
    {"id", bi_id},
    {"iter", bi_iter},
    {"aiter", gp_coro_builtin_aiter},
    {"anext", gp_coro_builtin_anext},
    {"next", bi_next},
    {"any", bi_any},
    {"all", bi_all},
    {"round", bi_round},
    {"divmod", bi_divmod},
    {"pow", bi_pow},
    {"sum", bi_sum},
    {"min", bi_min},
    {"max", bi_max},
    {"sorted", bi_sorted},
    {"isinstance", bi_isinstance},
    {"format", bi_format},
    {"getattr", bi_getattr},
    {"hasattr", bi_hasattr},
    {"globals", bi_globals},
    {NULL, NULL},
};

static GpType *const builtin_types[] = {
    &gp_type_int,   &gp_type_float,     &gp_type_complex,
    &gp_type_str,   &gp_type_bool,      &gp_type_list,
    &gp_type_tuple, &gp_type_dict,      &gp_type_range,
    &gp_type_type,  &gp_type_enumerate, &gp_type_zip,
    &gp_type_map,   &gp_type_filter,    &gp_type_reversed,
    &gp_type_set,   &gp_type_frozenset, &gp_type_slice,
    &gp_type_bytes, &gp_type_bytearray, &gp_type_memoryview,
    NULL,
};

int gp_open_builtins(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, builtin_fns) < 0) return -1;
  for (GpType *const *tp = builtin_types; *tp; tp++)
    if (gp_dict_set_str(t, d, (*tp)->name, gp_objv(&(*tp)->ob)) < 0) return -1;
  for (const GpType *const *e = gp_builtin_exceptions; *e; e++)
    if (gp_dict_set_str(t, d, (*e)->name, gp_objv((GpObj *)&(*e)->ob)) < 0) return -1;
  /* CPython's older names of OSError */
  if (gp_dict_set_str(t, d, "IOError", gp_objv(&gp_exc_OSError.ob)) < 0 ||
      gp_dict_set_str(t, d, "EnvironmentError", gp_objv(&gp_exc_OSError.ob)) < 0)
    return -1;
  if (gp_dict_set_str(t, d, "Ellipsis", gp_ellipsis()) < 0 || gp_open_dir(t, d) < 0 ||
      gp_open_evalexec(t, d) < 0 || gp_open_files(t, d) < 0 || gp_open_import_builtin(t, d) < 0)
    return -1;
  return gp_open_class_builtins(t, d);
}
