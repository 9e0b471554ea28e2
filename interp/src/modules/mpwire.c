/*
** mpwire.c — values across processes for multiprocessing, carrying what
** CPython's pickle carries: None, bools, ints of any size, floats, str,
** tuple, list, dict, set, frozenset (nested), slice, functions and classes by
** reference (module + qualified name, looked up again by the receiver in
** its own copy of the program), instances of module-level classes (class
** by reference + their __dict__, as pickle's default reduce) and
** exceptions (class + args + __dict__, re-made as cls(*args)).
**
** Encoding: one tag byte per value; ints and floats as 8 bytes little
** endian, lengths and counts as 4; str as its UTF-8; a bigint as a sign
** byte and its hex digits; containers as a count and their items; a
** global as two str (module, qualname). The reader checks every length
** against what is left, so a truncated or hostile message is a ValueError.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "module.h"
#include "mpwire.h"
#include "obj.h"
#include "vm.h"

enum { WIRE_MAX_DEPTH = 200 };

/* ---------------------------------------------------------- writing */

int gp_wire_put(GpThread *t, GpWireBuf *b, const void *p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n)
      cap *= 2;
    unsigned char *np = realloc(b->p, cap);
    if (!np) {
      gp_raise_nomem(t);
      return -1;
    }
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->len, p, n);
  b->len += n;
  return 0;
}

static int put_u64(GpThread *t, GpWireBuf *b, char tag, uint64_t u) {
  unsigned char c[9] = {(unsigned char)tag};
  for (int i = 0; i < 8; i++)
    c[1 + i] = (unsigned char)(u >> (8 * i));
  return gp_wire_put(t, b, c, 9);
}

static int put_head(GpThread *t, GpWireBuf *b, char tag, size_t n) {
  if (n > UINT32_MAX) {
    gp_raise(t, &gp_exc_OverflowError, "object too large to send to another process");
    return -1;
  }
  unsigned char c[5] = {(unsigned char)tag};
  for (int i = 0; i < 4; i++)
    c[1 + i] = (unsigned char)(n >> (8 * i));
  return gp_wire_put(t, b, c, 5);
}

static int put_str(GpThread *t, GpWireBuf *b, GpObj *s) {
  GpStr *gs = (GpStr *)s;
  return put_head(t, b, 's', gs->len) < 0 ? -1 : gp_wire_put(t, b, gs->data, gs->len);
}

static int put_bigint(GpThread *t, GpWireBuf *b, GpValue v) {
  GpValue s = gp_int_tostr(t, v, 16);
  if (GP_IS_ERR(s)) return -1;
  const char *d = GP_STR(s)->data;
  bool neg = d[0] == '-';
  const char *digits = d + (neg ? 3 : 2); /* past "-0x" or "0x" */
  size_t n = strlen(digits);
  int r = put_head(t, b, neg ? 'J' : 'I', n) < 0 ? -1 : gp_wire_put(t, b, digits, n);
  GP_DECREF(s);
  return r;
}

static int dump(GpThread *t, GpValue v, GpWireBuf *b, int depth);

static int put_items(GpThread *t, GpWireBuf *b, char tag, const GpValue *items, size_t n,
                     int depth) {
  if (put_head(t, b, tag, n) < 0) return -1;
  for (size_t i = 0; i < n; i++)
    if (dump(t, items[i], b, depth) < 0) return -1;
  return 0;
}

static int put_dict(GpThread *t, GpWireBuf *b, GpObj *d, int depth) {
  if (put_head(t, b, 'd', ((GpDict *)d)->len) < 0) return -1;
  GpValue k, v;
  for (size_t i = 0; gp_dict_next(d, &i, &k, &v);)
    if (dump(t, k, b, depth) < 0 || dump(t, v, b, depth) < 0) return -1;
  return 0;
}

/* 'x' and start, stop, step: a slice (a manager's list proxy sends l[i:j]). */
static int put_slice(GpThread *t, GpWireBuf *b, GpValue v, int depth) {
  GpSliceObj *s = (GpSliceObj *)v.as.o;
  if (gp_wire_put(t, b, "x", 1) < 0) return -1;
  return dump(t, s->start, b, depth) < 0 || dump(t, s->stop, b, depth) < 0 ||
                 dump(t, s->step, b, depth) < 0
             ? -1
             : 0;
}

static int put_set(GpThread *t, GpWireBuf *b, GpValue v, int depth) {
  GpValue l = gp_list_from_iter(t, v);
  if (GP_IS_ERR(l)) return -1;
  char tag = GP_IS_TYPE(v, gp_type_set) ? 'S' : 'Z';
  int r = put_items(t, b, tag, GP_LIST(l)->items, GP_LIST(l)->len, depth);
  GP_DECREF(l);
  return r;
}

/* ------------------------------------------------ globals by reference */

static GpValue attr_cstr(GpThread *t, GpValue o, const char *name) {
  GpObj *n = gp_intern_cstr(name);
  return n ? gp_getattr(t, o, n) : gp_raise_nomem(t);
}

/* Drops a pending exception (an attribute that is not there). */
static void clear_exc(GpThread *t) {
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
}

/* The object at dotted path qual in module modname (builtins included). */
static GpValue lookup_global(GpThread *t, GpObj *modname, GpObj *qual) {
  const char *m = ((GpStr *)modname)->data, *q = ((GpStr *)qual)->data;
  GpValue cur;
  if (strcmp(m, "builtins") == 0) {
    gp_incref_o(t->vm->builtins);
    cur = gp_objv(t->vm->builtins);
  } else {
    cur = gp_import(t, gp_intern(m, strlen(m)), NULL);
  }
  while (!GP_IS_ERR(cur) && *q) {
    const char *dot = strchr(q, '.');
    size_t n = dot ? (size_t)(dot - q) : strlen(q);
    GpObj *part = gp_intern(q, n);
    GpValue next;
    if (GP_IS_TYPE(cur, gp_type_dict))
      next = gp_dict_get_str(cur.as.o, part, &next) ? next : gp_raise_keyerror(t, gp_objv(part));
    else
      next = gp_getattr(t, cur, part);
    GP_DECREF(cur);
    cur = next;
    q += n + (dot != NULL);
  }
  return cur;
}

/* The module holding v under some name, and that name: for natives, which
** know neither (math.sqrt). 1 found, 0 not. */
static int find_owner(GpThread *t, GpValue v, GpValue *mod, GpValue *qual) {
  GpValue k, x, m;
  for (size_t i = 0; gp_dict_next(t->vm->builtins, &i, &k, &x);)
    if (GP_IS_OBJ(x) && x.as.o == v.as.o && GP_IS_TYPE(k, gp_type_str)) {
      *mod = gp_str_cstr(t, "builtins");
      *qual = k;
      GP_INCREF(k);
      return 1;
    }
  for (size_t i = 0; gp_dict_next(t->vm->modules, &i, &k, &m);) {
    if (!GP_IS_TYPE(m, gp_type_module) || !GP_IS_TYPE(k, gp_type_str)) continue;
    GpObj *d = ((GpModule *)m.as.o)->dict;
    GpValue n;
    for (size_t j = 0; gp_dict_next(d, &j, &n, &x);)
      if (GP_IS_OBJ(x) && x.as.o == v.as.o && GP_IS_TYPE(n, gp_type_str)) {
        *mod = k;
        *qual = n;
        GP_INCREF(k);
        GP_INCREF(n);
        return 1;
      }
  }
  return 0;
}

/* v's module and qualified name: its __module__ and __qualname__, else
** where it is found. 1, 0 (has none), -1 error. */
static int global_name(GpThread *t, GpValue v, GpValue *mod, GpValue *qual) {
  *qual = attr_cstr(t, v, "__qualname__");
  *mod = GP_IS_ERR(*qual) ? GP_ERRV : attr_cstr(t, v, "__module__");
  if (!GP_IS_ERR(*mod) && GP_IS_TYPE(*mod, gp_type_str) && GP_IS_TYPE(*qual, gp_type_str)) return 1;
  if (!GP_IS_ERR(*qual) && GP_IS_ERR(*mod)) clear_exc(t);
  if (GP_IS_ERR(*qual)) clear_exc(t);
  GP_DECREF(*mod);
  GP_DECREF(*qual);
  return find_owner(t, v, mod, qual);
}

/* CPython's PicklingError (multiprocessing's copy of _pickle's). */
static void raise_pickling(GpThread *t, const char *fmt, GpValue v, GpObj *a, GpObj *b) {
  GpValue r = gp_repr(t, v), cls = GP_ERRV, m;
  if (GP_IS_ERR(r)) return;
  if (gp_dict_get_str(t->vm->modules, gp_intern_cstr("multiprocessing"), &m)) {
    cls = attr_cstr(t, m, "_PicklingError");
    GP_DECREF(m);
  }
  GpValue msg = gp_str_printf(t, fmt, GP_STR(r)->data, ((GpStr *)a)->data, ((GpStr *)b)->data);
  GpValue e = GP_IS_ERR(cls) || GP_IS_ERR(msg) ? GP_ERRV : gp_vm_call(t, cls, &msg, 1, NULL);
  if (GP_IS_ERR(cls) && !GP_IS_ERR(msg))
    gp_raise(t, &gp_exc_TypeError, "%s", GP_STR(msg)->data);
  else if (!GP_IS_ERR(e))
    gp_raise_value(t, e);
  GP_DECREF(e);
  GP_DECREF(msg);
  GP_DECREF(cls);
  GP_DECREF(r);
}

/* Checks that (mod, qual) finds v again, as pickle's save_global does. */
static int check_global(GpThread *t, GpValue v, GpObj *mod, GpObj *qual) {
  if (strstr(((GpStr *)qual)->data, "<locals>")) {
    GpValue r = gp_repr(t, gp_objv(qual));
    if (!GP_IS_ERR(r))
      gp_raise(t, &gp_exc_AttributeError, "Can't pickle local object %s", GP_STR(r)->data);
    GP_DECREF(r);
    return -1;
  }
  GpValue found = lookup_global(t, mod, qual);
  if (GP_IS_ERR(found)) {
    clear_exc(t);
    raise_pickling(t, "Can't pickle %s: attribute lookup %s on %s failed", v, qual, mod);
    return -1;
  }
  bool same = GP_IS_OBJ(found) && found.as.o == v.as.o;
  GP_DECREF(found);
  if (!same) raise_pickling(t, "Can't pickle %s: it's not the same object as %s.%s", v, mod, qual);
  return same ? 0 : -1;
}

/* tag, module, qualname: v by reference. 1 written, 0 v has no name. */
static int put_global(GpThread *t, GpWireBuf *b, char tag, GpValue v) {
  GpValue mod, qual;
  int r = global_name(t, v, &mod, &qual);
  if (r <= 0) return r;
  r = check_global(t, v, mod.as.o, qual.as.o);
  if (r == 0) r = gp_wire_put(t, b, &tag, 1);
  if (r == 0) r = put_str(t, b, mod.as.o);
  if (r == 0) r = put_str(t, b, qual.as.o);
  GP_DECREF(mod);
  GP_DECREF(qual);
  return r < 0 ? -1 : 1;
}

static bool is_type(GpValue v) {
  return GP_IS_OBJ(v) && gp_type_is_subtype(gp_typeof(v), &gp_type_type);
}

static bool is_global(GpValue v) {
  const GpType *tp = gp_typeof(v);
  return is_type(v) || tp == &gp_type_function ||
         (tp == &gp_type_native && !((GpNative *)v.as.o)->bound);
}

/* ------------------------------------------- instances and exceptions */

/* The instance's __dict__, or None if it has none or an empty one. */
static GpValue dict_state(GpThread *t, GpValue v) {
  GpValue d = attr_cstr(t, v, "__dict__");
  if (GP_IS_ERR(d) && gp_exc_matches(t->exc, &gp_exc_AttributeError)) {
    clear_exc(t);
    return GP_NONEV;
  }
  if (GP_IS_ERR(d) || (GP_IS_TYPE(d, gp_type_dict) && GP_DICT(d)->len > 0)) return d;
  GP_DECREF(d);
  return GP_NONEV;
}

/* Adds slot name's value, if it holds one, to *d (made on first use). */
static int add_slot(GpThread *t, GpValue v, GpValue name, GpValue *d) {
  const char *s = GP_STR(name)->data;
  if (strcmp(s, "__dict__") == 0 || strcmp(s, "__weakref__") == 0) return 0;
  GpValue x = gp_getattr(t, v, name.as.o);
  if (GP_IS_ERR(x)) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return -1;
    clear_exc(t);
    return 0;
  }
  if (GP_IS_NONE(*d)) *d = gp_dict_new(t);
  int r = GP_IS_ERR(*d) ? -1 : gp_dict_set(t, d->as.o, name, x);
  GP_DECREF(x);
  return r;
}

/* {name: value} of the __slots__ along the MRO that hold a value, or None. */
static GpValue slot_state(GpThread *t, GpValue v) {
  GpTuple *mro = (GpTuple *)((const GpClass *)gp_typeof(v))->mro;
  GpValue d = GP_NONEV;
  for (size_t i = 0; mro && i < mro->len; i++) {
    const GpType *k = (const GpType *)mro->items[i].as.o;
    GpTuple *slots = GP_IS_CLASS(k) ? (GpTuple *)((const GpClass *)k)->slots : NULL;
    for (size_t j = 0; slots && j < slots->len; j++)
      if (add_slot(t, v, slots->items[j], &d) < 0) {
        GP_DECREF(d);
        return GP_ERRV;
      }
  }
  return d;
}

/* pickle's default state: the __dict__ (or None), or, when slots hold
** values, the pair (__dict__ or None, {slot: value}). */
static GpValue inst_state(GpThread *t, GpValue v) {
  GpValue d = dict_state(t, v), s = GP_IS_ERR(d) ? GP_ERRV : slot_state(t, v);
  if (GP_IS_ERR(s) || GP_IS_NONE(s)) {
    if (GP_IS_ERR(s)) GP_DECREF(d);
    return GP_IS_ERR(s) ? s : d;
  }
  GpValue pair[2] = {d, s};
  GpValue r = gp_tuple_pack(t, 2, pair);
  GP_DECREF(d);
  GP_DECREF(s);
  return r;
}

static int put_unsupported(GpThread *t, GpValue v) {
  const GpType *tp = gp_typeof(v);
  if (GP_IS_CLASS(tp) && ((const GpClass *)tp)->payoffset)
    gp_raise(t, &gp_exc_NotImplementedError,
             "sending a '%s' instance (a subclass of a built-in type) to another process "
             "is not supported by gilpy",
             tp->name);
  else
    gp_raise(t, &gp_exc_TypeError, "cannot pickle '%s' object", tp->name);
  return -1;
}

/* Whether o (an instance or a class) has a __reduce__ of its own, not
** object's default (copyreg's reduction, which the wire's 'o' record
** carries): 1, 0, or -1 on an error. */
static int has_reduce(GpThread *t, GpValue o, GpValue *red) {
  const GpType *cls = is_type(o) ? (const GpType *)o.as.o : gp_typeof(o);
  GpValue own;
  *red = GP_ERRV;
  if (!GP_IS_CLASS(cls) || !gp_class_lookup(cls, gp_intern_cstr("__reduce__"), &own)) return 0;
  GP_DECREF(own);
  *red = attr_cstr(t, o, "__reduce__");
  if (!GP_IS_ERR(*red)) return 1;
  if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return -1;
  clear_exc(t);
  return 0;
}

/* A class's own __reduce__ is called for the error it raises (a Lock,
** Queue or Pool refuses to be sent, as in CPython); one that returns is
** a reduction gilpy does not carry. 0, or -1 with the exception. */
static int check_reduce(GpThread *t, GpValue v) {
  GpValue red;
  int has = has_reduce(t, v, &red);
  if (has <= 0) return has;
  GpValue r = gp_vm_call(t, red, NULL, 0, NULL);
  GP_DECREF(red);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  gp_raise(t, &gp_exc_NotImplementedError,
           "sending a '%s' instance (its class defines __reduce__) to another process is "
           "not supported by gilpy",
           gp_typeof(v)->name);
  return -1;
}

/* 'o' class state, or 'e' class args state. */
static int put_instance(GpThread *t, GpWireBuf *b, GpValue v, int depth) {
  const GpType *tp = gp_typeof(v);
  bool exc = gp_type_is_subtype(tp, &gp_exc_BaseException);
  if (!exc && ((const GpClass *)tp)->payoffset) return put_unsupported(t, v);
  if (!exc && check_reduce(t, v) < 0) return -1;
  GpValue cls = gp_objv((GpObj *)tp);
  int r = put_global(t, b, exc ? 'e' : 'o', cls);
  if (r == 0) {
    GpValue rep = gp_repr(t, cls);
    if (!GP_IS_ERR(rep))
      gp_raise(t, &gp_exc_TypeError, "cannot pickle an instance of %s", GP_STR(rep)->data);
    GP_DECREF(rep);
  }
  if (r <= 0) return -1;
  if (exc && dump(t, gp_objv(((GpExc *)v.as.o)->args), b, depth) < 0) return -1;
  GpValue st = GP_IS_CLASS(tp) ? inst_state(t, v) : GP_NONEV;
  r = GP_IS_ERR(st) ? -1 : dump(t, st, b, depth);
  GP_DECREF(st);
  return r;
}

/* ----------------------------------------------------------- dump */

static int dump_obj(GpThread *t, GpValue v, GpWireBuf *b, int depth) {
  const GpType *tp = v.as.o->type;
  if (tp == &gp_type_str) return put_str(t, b, v.as.o);
  if (tp == &gp_type_int) return put_bigint(t, b, v);
  if (tp == &gp_type_tuple)
    return put_items(t, b, 't', GP_TUPLE(v)->items, GP_TUPLE(v)->len, depth);
  if (tp == &gp_type_list) return put_items(t, b, 'l', GP_LIST(v)->items, GP_LIST(v)->len, depth);
  if (tp == &gp_type_dict) return put_dict(t, b, v.as.o, depth);
  if (tp == &gp_type_set || tp == &gp_type_frozenset) return put_set(t, b, v, depth);
  if (tp == &gp_type_slice) return put_slice(t, b, v, depth);
  if (is_global(v)) {
    int r = put_global(t, b, 'g', v);
    return r == 0 ? put_unsupported(t, v) : r < 0 ? -1 : 0;
  }
  if (GP_IS_CLASS(tp) || gp_type_is_subtype(tp, &gp_exc_BaseException))
    return put_instance(t, b, v, depth);
  return put_unsupported(t, v);
}

static int dump(GpThread *t, GpValue v, GpWireBuf *b, int depth) {
  if (++depth > WIRE_MAX_DEPTH) {
    gp_raise(t, &gp_exc_RecursionError,
             "maximum recursion depth exceeded while pickling an object");
    return -1;
  }
  switch (v.tag) {
  case GP_T_NONE:
    return gp_wire_put(t, b, "N", 1);
  case GP_T_BOOL:
    return gp_wire_put(t, b, v.as.i ? "T" : "F", 1);
  case GP_T_INT:
    return put_u64(t, b, 'i', (uint64_t)v.as.i);
  case GP_T_FLOAT: {
    uint64_t u;
    memcpy(&u, &v.as.f, 8);
    return put_u64(t, b, 'f', u);
  }
  default:
    return dump_obj(t, v, b, depth);
  }
}

int gp_wire_dump(GpThread *t, GpValue v, GpWireBuf *b) {
  return dump(t, v, b, 0);
}

/* ---------------------------------------------------------- reading */

typedef struct Reader {
  const unsigned char *p, *end;
  int depth;
} Reader;

static GpValue malformed(GpThread *t, const char *what) {
  return gp_raise(t, &gp_exc_ValueError, "malformed message from another process: %s", what);
}

static int get_n(GpThread *t, Reader *r, int bytes, uint64_t *out) {
  if (r->end - r->p < bytes) {
    malformed(t, "truncated");
    return -1;
  }
  uint64_t u = 0;
  for (int i = 0; i < bytes; i++)
    u |= (uint64_t)r->p[i] << (8 * i);
  r->p += bytes;
  *out = u;
  return 0;
}

/* A length that the rest of the message can hold (each item >= 1 byte). */
static int get_len(GpThread *t, Reader *r, uint64_t *n) {
  if (get_n(t, r, 4, n) < 0) return -1;
  if (*n > (uint64_t)(r->end - r->p)) {
    malformed(t, "length beyond the end");
    return -1;
  }
  return 0;
}

static GpValue load(GpThread *t, Reader *r);

static GpValue get_str(GpThread *t, Reader *r) {
  uint64_t n;
  if (get_len(t, r, &n) < 0) return GP_ERRV;
  if (!gp_utf8_valid((const char *)r->p, n, NULL)) return malformed(t, "invalid UTF-8");
  GpValue s = gp_str_new(t, (const char *)r->p, n);
  r->p += n;
  return s;
}

static GpValue get_bigint(GpThread *t, Reader *r, bool neg) {
  uint64_t n;
  if (get_len(t, r, &n) < 0) return GP_ERRV;
  if (n == 0) return malformed(t, "empty int");
  for (uint64_t i = 0; i < n; i++)
    if (!strchr("0123456789abcdef", r->p[i]) || r->p[i] == 0) return malformed(t, "bad int digit");
  char *digits = strndup((const char *)r->p, n);
  if (!digits) return gp_raise_nomem(t);
  r->p += n;
  GpValue v = gp_int_from_str(t, digits, 16);
  free(digits);
  if (neg && !GP_IS_ERR(v)) {
    GpValue m = gp_unop(t, GP_UN_NEG, v);
    GP_DECREF(v);
    v = m;
  }
  return v;
}

/* count items into a new tuple or list. */
static GpValue get_items(GpThread *t, Reader *r, bool tuple) {
  uint64_t n;
  if (get_len(t, r, &n) < 0) return GP_ERRV;
  GpValue c = tuple ? gp_tuple_new(t, n) : gp_list_new(t, n);
  for (uint64_t i = 0; !GP_IS_ERR(c) && i < n; i++) {
    GpValue x = load(t, r);
    if (GP_IS_ERR(x)) {
      GP_DECREF(c);
      return x;
    }
    if (tuple) {
      GP_TUPLE(c)->items[i] = x;
    } else {
      int e = gp_list_append(t, c.as.o, x);
      GP_DECREF(x);
      if (e < 0) {
        GP_DECREF(c);
        return GP_ERRV;
      }
    }
  }
  return c;
}

static GpValue get_slice(GpThread *t, Reader *r) {
  GpValue v[3] = {GP_ERRV, GP_ERRV, GP_ERRV}, s = GP_ERRV;
  int n = 0;
  while (n < 3 && !GP_IS_ERR(v[n] = load(t, r)))
    n++;
  if (n == 3) s = gp_slice_new(t, v[0], v[1], v[2]);
  for (int i = 0; i < n; i++)
    GP_DECREF(v[i]);
  return s;
}

static GpValue get_dict(GpThread *t, Reader *r) {
  uint64_t n;
  if (get_len(t, r, &n) < 0) return GP_ERRV;
  GpValue d = gp_dict_new(t);
  for (uint64_t i = 0; !GP_IS_ERR(d) && i < n; i++) {
    GpValue k = load(t, r), v = GP_IS_ERR(k) ? GP_ERRV : load(t, r);
    int e = GP_IS_ERR(v) ? -1 : gp_dict_set(t, d.as.o, k, v);
    GP_DECREF(k);
    GP_DECREF(v);
    if (e < 0) {
      GP_DECREF(d);
      return GP_ERRV;
    }
  }
  return d;
}

static GpValue get_set(GpThread *t, Reader *r, bool frozen) {
  GpValue l = get_items(t, r, false);
  if (GP_IS_ERR(l)) return l;
  GpValue s = gp_set_new(t, frozen ? &gp_type_frozenset : &gp_type_set, l);
  GP_DECREF(l);
  return s;
}

static GpValue get_global(GpThread *t, Reader *r) {
  GpValue mod = load(t, r), qual = GP_IS_ERR(mod) ? GP_ERRV : load(t, r), v = GP_ERRV;
  if (!GP_IS_ERR(qual) && (!GP_IS_TYPE(mod, gp_type_str) || !GP_IS_TYPE(qual, gp_type_str)))
    malformed(t, "a global's name is not a str");
  else if (!GP_IS_ERR(qual))
    v = lookup_global(t, mod.as.o, qual.as.o);
  GP_DECREF(mod);
  GP_DECREF(qual);
  return v;
}

/* Puts the items of state (a dict) into inst's __dict__. */
static int set_dict_state(GpThread *t, GpValue inst, GpValue state) {
  GpValue d = attr_cstr(t, inst, "__dict__"), k, v;
  if (GP_IS_ERR(d)) return -1;
  int e = GP_IS_TYPE(d, gp_type_dict) ? 0 : -1;
  if (e < 0) malformed(t, "instance without a __dict__");
  for (size_t i = 0; e == 0 && gp_dict_next(state.as.o, &i, &k, &v);)
    e = gp_dict_set(t, d.as.o, k, v);
  GP_DECREF(d);
  return e;
}

/* Sets each slot of state (a dict) with setattr, as pickle does. */
static int set_slot_state(GpThread *t, GpValue inst, GpValue state) {
  GpValue k, v;
  for (size_t i = 0; gp_dict_next(state.as.o, &i, &k, &v);) {
    if (!GP_IS_TYPE(k, gp_type_str)) {
      malformed(t, "slot name is not a str");
      return -1;
    }
    if (gp_setattr(t, inst, k.as.o, v) < 0) return -1;
  }
  return 0;
}

/* Applies inst_state's encoding: None, a dict, or (dict or None, dict). */
static int set_state(GpThread *t, GpValue inst, GpValue state) {
  if (GP_IS_NONE(state)) return 0;
  if (GP_IS_TYPE(state, gp_type_dict)) return set_dict_state(t, inst, state);
  GpTuple *p = GP_IS_TYPE(state, gp_type_tuple) ? GP_TUPLE(state) : NULL;
  if (!p || p->len != 2 || !(GP_IS_NONE(p->items[0]) || GP_IS_TYPE(p->items[0], gp_type_dict)) ||
      !GP_IS_TYPE(p->items[1], gp_type_dict)) {
    malformed(t, "bad instance state");
    return -1;
  }
  if (!GP_IS_NONE(p->items[0]) && set_dict_state(t, inst, p->items[0]) < 0) return -1;
  return set_slot_state(t, inst, p->items[1]);
}

/* 'o': cls.__new__(cls), then its state; 'e': cls(*args), then its state. */
static GpValue get_instance(GpThread *t, Reader *r, bool exc) {
  GpValue cls = get_global(t, r), inst = GP_ERRV;
  if (GP_IS_ERR(cls)) return cls;
  if (!is_type(cls) ||
      (exc && !gp_type_is_subtype((const GpType *)cls.as.o, &gp_exc_BaseException))) {
    GP_DECREF(cls);
    return malformed(t, exc ? "exception of a non-exception class" : "instance of a non-class");
  }
  if (exc) {
    GpValue args = load(t, r);
    if (!GP_IS_ERR(args) && !GP_IS_TYPE(args, gp_type_tuple))
      malformed(t, "exception args are not a tuple");
    else if (!GP_IS_ERR(args))
      inst = gp_vm_call(t, cls, GP_TUPLE(args)->items, (int)GP_TUPLE(args)->len, NULL);
    GP_DECREF(args);
  } else {
    /* never written (check_reduce): made and then dropped, such an
    ** instance would run a __del__ on state the message chose */
    GpValue red;
    int has = has_reduce(t, cls, &red);
    GP_DECREF(red);
    if (has != 0) {
      GP_DECREF(cls);
      return has < 0 ? GP_ERRV : malformed(t, "instance of a class that refuses to be sent");
    }
    GpValue nw = attr_cstr(t, cls, "__new__");
    inst = GP_IS_ERR(nw) ? nw : gp_vm_call(t, nw, &cls, 1, NULL);
    GP_DECREF(nw);
  }
  GP_DECREF(cls);
  GpValue st = GP_IS_ERR(inst) ? GP_ERRV : load(t, r);
  if (GP_IS_ERR(st) || set_state(t, inst, st) < 0) {
    GP_DECREF(inst);
    inst = GP_ERRV;
  }
  GP_DECREF(st);
  return inst;
}

static GpValue load_tagged(GpThread *t, Reader *r, unsigned char tag) {
  uint64_t u;
  switch (tag) {
  case 'N':
    return GP_NONEV;
  case 'T':
  case 'F':
    return gp_boolv(tag == 'T');
  case 'i':
    return get_n(t, r, 8, &u) < 0 ? GP_ERRV : gp_intv((int64_t)u);
  case 'f': {
    double d;
    if (get_n(t, r, 8, &u) < 0) return GP_ERRV;
    memcpy(&d, &u, 8);
    return gp_floatv(d);
  }
  case 'I':
  case 'J':
    return get_bigint(t, r, tag == 'J');
  case 's':
    return get_str(t, r);
  case 't':
  case 'l':
    return get_items(t, r, tag == 't');
  case 'd':
    return get_dict(t, r);
  case 'S':
  case 'Z':
    return get_set(t, r, tag == 'Z');
  case 'x':
    return get_slice(t, r);
  case 'g':
    return get_global(t, r);
  case 'o':
  case 'e':
    return get_instance(t, r, tag == 'e');
  default:
    return malformed(t, "unknown tag");
  }
}

static GpValue load(GpThread *t, Reader *r) {
  if (r->p >= r->end) return malformed(t, "truncated");
  if (++r->depth > WIRE_MAX_DEPTH) return malformed(t, "nested too deeply");
  GpValue v = load_tagged(t, r, *r->p++);
  r->depth--;
  return v;
}

GpValue gp_wire_load(GpThread *t, const unsigned char *p, size_t n) {
  Reader r = {p, p + n, 0};
  GpValue v = load(t, &r);
  if (!GP_IS_ERR(v) && r.p != r.end) {
    GP_DECREF(v);
    return malformed(t, "trailing bytes");
  }
  return v;
}
