/*
** namedtuple.c — collections.namedtuple. GpType's call slot does not say
** which type is called, so a namedtuple "class" is an object with a call
** slot (NtClass) rather than a type, and its instances share one type:
** tuples (GpTuple layout, gp_type_tuple as base, so tuple code works on
** them) that keep a reference to their class in a hidden item past len.
** isinstance(p, Point) is therefore not supported; isinstance(p, tuple) is.
*/
#include <stdlib.h>
#include <string.h>

#include "obj.h"
#include "vm.h"

typedef struct NtClass {
  GpObj ob;
  GpObj *name;     /* str */
  GpObj *fields;   /* tuple of interned str */
  GpObj *defaults; /* tuple, for the last fields */
} NtClass;

static GpType ntclass_type, nt_type;

#define CLS(v) ((NtClass *)(v).as.o)
#define NFIELDS(c) (GP_TUPLE(gp_objv((c)->fields))->len)
#define FIELD(c, i) (GP_TUPLE(gp_objv((c)->fields))->items[i])

static NtClass *class_of(GpValue inst) {
  GpTuple *tu = GP_TUPLE(inst);
  return (NtClass *)tu->items[tu->len].as.o;
}

static void ntclass_dealloc(GpObj *o) {
  NtClass *c = (NtClass *)o;
  if (c->name) gp_decref_o(c->name);
  if (c->fields) gp_decref_o(c->fields);
  if (c->defaults) gp_decref_o(c->defaults);
}

/* defaults may hold anything; fields is a tracked tuple of strs. The
** classes have no clear: a cycle through one passes a mutable object. */
static int ntclass_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  NtClass *c = (NtClass *)o;
  int r = c->fields ? visit(c->fields, arg) : 0;
  return !r && c->defaults ? visit(c->defaults, arg) : r;
}

/* A tuple's items, then the class in the slot after them. */
static int nt_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpTuple *tu = (GpTuple *)o;
  int r = gp_type_tuple.traverse(o, visit, arg);
  if (!r) GP_VISIT(tu->items[tu->len], visit, arg);
  return r;
}

static void nt_dealloc(GpObj *o) {
  GpTuple *tu = (GpTuple *)o;
  GP_DECREF(tu->items[tu->len]);
  gp_type_tuple.dealloc(o);
}

/* A new instance of c from n items (increfed). */
static GpValue nt_new(GpThread *t, NtClass *c, const GpValue *items, size_t n) {
  GpTuple *tu = (GpTuple *)gp_alloc(t, &nt_type, sizeof(GpTuple) + (n + 1) * sizeof(GpValue));
  if (!tu) return gp_raise_nomem(t);
  tu->len = n;
  gp_copy_items(tu->items, items, n);
  gp_incref_o(&c->ob);
  tu->items[n] = gp_objv(&c->ob);
  return gp_objv(&tu->ob);
}

static GpValue ntclass_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  NtClass *c = CLS(self);
  size_t nf = NFIELDS(c), nd = GP_TUPLE(gp_objv(c->defaults))->len;
  const char *name = ((GpStr *)c->name)->data;
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0, npos = nargs - nkw;
  if ((size_t)npos > nf)
    return gp_raise(t, &gp_exc_TypeError,
                    "%s.__new__() takes %zu positional arguments but %d were given", name, nf + 1,
                    npos + 1);
  GpValue *vals = calloc(nf + 1, sizeof *vals); /* zeroed: GP_ERRV = unset */
  if (!vals) return gp_raise_nomem(t);
  for (int i = 0; i < npos; i++)
    vals[i] = args[i];
  GpValue r = GP_ERRV;
  for (int k = 0; k < nkw; k++) {
    GpObj *kn = GP_TUPLE(gp_objv(kw))->items[k].as.o;
    size_t i = 0;
    while (i < nf && !gp_str_eq(FIELD(c, i).as.o, kn))
      i++;
    if (i == nf) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() got an unexpected keyword argument '%s'", name,
               ((GpStr *)kn)->data);
      goto done;
    }
    if (!GP_IS_ERR(vals[i])) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() got multiple values for argument '%s'", name,
               ((GpStr *)kn)->data);
      goto done;
    }
    vals[i] = args[npos + k];
  }
  size_t missing = 0;
  for (size_t i = 0; i < nf; i++)
    if (GP_IS_ERR(vals[i])) {
      if (i >= nf - nd)
        vals[i] = GP_TUPLE(gp_objv(c->defaults))->items[i - (nf - nd)];
      else
        missing++;
    }
  if (missing) {
    GpBuf b;
    gp_buf_init(&b);
    size_t seen = 0;
    for (size_t i = 0; i < nf; i++) {
      if (!GP_IS_ERR(vals[i])) continue;
      if (seen) gp_buf_puts(&b, seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
      gp_buf_putc(&b, '\'');
      gp_buf_putstr(&b, FIELD(c, i));
      gp_buf_putc(&b, '\'');
      seen++;
    }
    GpValue list = gp_buf_finish(t, &b);
    if (!GP_IS_ERR(list)) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() missing %zu required positional argument%s: %s",
               name, missing, missing == 1 ? "" : "s", GP_STR(list)->data);
      GP_DECREF(list);
    }
    goto done;
  }
  r = nt_new(t, c, vals, nf);
done:
  free(vals);
  return r;
}

static GpValue ntclass_repr(GpThread *t, GpValue self) {
  return gp_str_printf(t, "<class '__main__.%s'>", ((GpStr *)CLS(self)->name)->data);
}

static GpValue nt_make(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "_make", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue l = gp_list_from_iter(t, args[1]);
  if (GP_IS_ERR(l)) return l;
  NtClass *c = CLS(args[0]);
  GpValue r;
  if (GP_LIST(l)->len != NFIELDS(c))
    r = gp_raise(t, &gp_exc_TypeError, "Expected %zu arguments, got %zu", NFIELDS(c),
                 GP_LIST(l)->len);
  else
    r = nt_new(t, c, GP_LIST(l)->items, GP_LIST(l)->len);
  GP_DECREF(l);
  return r;
}

static GpValue ntclass_getattr(GpThread *t, GpValue self, GpObj *name) {
  NtClass *c = CLS(self);
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "_fields") == 0) {
    gp_incref_o(c->fields);
    return gp_objv(c->fields);
  }
  if (strcmp(s, "__name__") == 0) {
    gp_incref_o(c->name);
    return gp_objv(c->name);
  }
  if (strcmp(s, "_make") == 0) return gp_native_bind(t, "_make", nt_make, self);
  return GP_ERRV;
}

static const GpTypeOps ntclass_ops = {.call = ntclass_call};
static GpType ntclass_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "type",
    .dealloc = ntclass_dealloc,
    .traverse = ntclass_traverse,
    .repr = ntclass_repr,
    .getattr = ntclass_getattr,
    .ops = &ntclass_ops,
};

/* ------------------------------------------------------------ instances */

static GpValue nt_repr(GpThread *t, GpValue self) {
  NtClass *c = class_of(self);
  GpTuple *tu = GP_TUPLE(self);
  int g = gp_repr_enter(t, self.as.o);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_cstr(t, "...");
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_putstr(&b, gp_objv(c->name));
  gp_buf_putc(&b, '(');
  int r = 0;
  for (size_t i = 0; r == 0 && i < tu->len; i++) {
    if (i) gp_buf_puts(&b, ", ");
    gp_buf_putstr(&b, FIELD(c, i));
    gp_buf_putc(&b, '=');
    r = gp_buf_repr(t, &b, tu->items[i]);
  }
  gp_repr_leave(self.as.o);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
}

static GpValue nt_getattr(GpThread *t, GpValue self, GpObj *name) {
  NtClass *c = class_of(self);
  for (size_t i = 0; i < NFIELDS(c); i++)
    if (gp_str_eq(FIELD(c, i).as.o, name)) {
      GpValue v = GP_TUPLE(self)->items[i];
      GP_INCREF(v);
      return v;
    }
  if (strcmp(((GpStr *)name)->data, "_fields") == 0) {
    gp_incref_o(c->fields);
    return gp_objv(c->fields);
  }
  (void)t;
  return GP_ERRV;
}

static GpValue nt_asdict(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "_asdict", nargs - 1, kw) < 0) return GP_ERRV;
  NtClass *c = class_of(args[0]);
  GpValue d = gp_dict_new(t);
  for (size_t i = 0; !GP_IS_ERR(d) && i < NFIELDS(c); i++)
    if (gp_dict_set(t, d.as.o, FIELD(c, i), GP_TUPLE(args[0])->items[i]) < 0) {
      GP_DECREF(d);
      d = GP_ERRV;
    }
  return d;
}

static GpValue nt_replace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  NtClass *c = class_of(args[0]);
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
  if (nargs - 1 - nkw > 0)
    return gp_raise(t, &gp_exc_TypeError,
                    "%s._replace() takes 1 positional argument but %d were given",
                    ((GpStr *)c->name)->data, nargs - nkw);
  size_t nf = NFIELDS(c);
  GpValue *vals = malloc((nf + 1) * sizeof *vals);
  if (!vals) return gp_raise_nomem(t);
  memcpy(vals, GP_TUPLE(args[0])->items, nf * sizeof *vals);
  GpValue r = GP_ERRV;
  for (int k = 0; k < nkw; k++) {
    GpObj *kn = GP_TUPLE(gp_objv(kw))->items[k].as.o;
    size_t i = 0;
    while (i < nf && !gp_str_eq(FIELD(c, i).as.o, kn))
      i++;
    if (i == nf) {
      gp_raise(t, &gp_exc_ValueError, "Got unexpected field names: ['%s']", ((GpStr *)kn)->data);
      goto done;
    }
    vals[i] = args[1 + k];
  }
  r = nt_new(t, c, vals, nf);
done:
  free(vals);
  return r;
}

static int nt_len(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)GP_TUPLE(self)->len;
  return 0;
}

static int nt_contains(GpThread *t, GpValue self, GpValue v) {
  return gp_seq_contains(t, GP_TUPLE(self)->items, GP_TUPLE(self)->len, v);
}

static bool tuplelike(GpValue v) {
  return GP_IS_TYPE(v, gp_type_tuple) || GP_IS_TYPE(v, nt_type);
}

static GpValue nt_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!tuplelike(a) || !tuplelike(b)) return GP_ERRV;
  if (gp_rec_enter(t, " in comparison") < 0) return GP_ERRV;
  GpValue r = gp_seq_compare(t, op, GP_TUPLE(a)->items, GP_TUPLE(a)->len, GP_TUPLE(b)->items,
                             GP_TUPLE(b)->len);
  gp_rec_leave(t);
  return r;
}

static GpValue nt_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  (void)inplace;
  if (op != GP_OP_ADD || !tuplelike(a) || !tuplelike(b)) return GP_ERRV;
  GpValue pa = gp_tuple_pack(t, GP_TUPLE(a)->len, GP_TUPLE(a)->items);
  if (GP_IS_ERR(pa)) return pa;
  GpValue pb = gp_tuple_pack(t, GP_TUPLE(b)->len, GP_TUPLE(b)->items);
  GpValue r = GP_IS_ERR(pb) ? pb : gp_tuple_concat(t, pa, pb);
  GP_DECREF(pa);
  GP_DECREF(pb);
  return r;
}

/* Set here, not inherited: some callers read the iter slot directly. */
static GpValue nt_iter(GpThread *t, GpValue self) {
  return gp_seq_iter_new(t, self, false);
}

static const GpMethodDef nt_methods[] = {
    {"_asdict", nt_asdict},
    {"_replace", nt_replace},
    {NULL, NULL},
};
static const GpTypeOps nt_ops = {
    .len = nt_len,
    .contains = nt_contains,
    .getitem = gp_tuple_getitem,
    .binop = nt_binop,
    .compare = nt_compare,
};
static GpType nt_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "namedtuple",
    .base = &gp_type_tuple,
    .dealloc = nt_dealloc,
    .traverse = nt_traverse,
    .repr = nt_repr,
    .iter = nt_iter,
    .getattr = nt_getattr,
    .methods = nt_methods,
    .ops = &nt_ops,
};

/* ------------------------------------------------------------ namedtuple */

static bool is_identifier(const char *s) {
  if (!*s || (*s >= '0' && *s <= '9')) return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
          *s == '_' || (unsigned char)*s >= 0x80))
      return false;
  return true;
}

static GpValue nt_factory(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"typename", "field_names", "$rename", "$defaults", "$module"};
  GpValue a[5];
  if (gp_parse_args(t, "namedtuple", args, nargs, kw, names, 5, 2, a) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(a[0], gp_type_str) || !is_identifier(GP_STR(a[0])->data))
    return gp_raise(t, &gp_exc_ValueError,
                    "Type names and field names must be valid identifiers: %s",
                    GP_IS_TYPE(a[0], gp_type_str) ? GP_STR(a[0])->data : "?");
  GpValue src = a[1], list;
  if (GP_IS_TYPE(src, gp_type_str)) { /* "x y" or "x, y" */
    GpValue rep = gp_getattr(t, src, gp_intern_cstr("replace")), s2;
    GpValue rargs[2] = {GP_ERRV, GP_ERRV};
    rargs[0] = gp_str_cstr(t, ",");
    rargs[1] = gp_str_cstr(t, " ");
    s2 = GP_IS_ERR(rep) || GP_IS_ERR(rargs[0]) || GP_IS_ERR(rargs[1])
             ? GP_ERRV
             : gp_vm_call(t, rep, rargs, 2, NULL);
    GP_DECREF(rep);
    GP_DECREF(rargs[0]);
    GP_DECREF(rargs[1]);
    if (GP_IS_ERR(s2)) return s2;
    GpValue split = gp_getattr(t, s2, gp_intern_cstr("split"));
    list = GP_IS_ERR(split) ? split : gp_vm_call(t, split, NULL, 0, NULL);
    GP_DECREF(split);
    GP_DECREF(s2);
  } else {
    list = gp_list_from_iter(t, src);
  }
  if (GP_IS_ERR(list)) return list;
  GpList *l = GP_LIST(list);
  GpValue fields = gp_tuple_new(t, l->len), r = GP_ERRV;
  if (GP_IS_ERR(fields)) goto out;
  for (size_t i = 0; i < l->len; i++) {
    GpValue f = l->items[i];
    if (!GP_IS_TYPE(f, gp_type_str) || !is_identifier(GP_STR(f)->data)) {
      gp_raise(t, &gp_exc_ValueError, "Type names and field names must be valid identifiers: %s",
               GP_IS_TYPE(f, gp_type_str) ? GP_STR(f)->data : "?");
      goto out;
    }
    if (GP_STR(f)->data[0] == '_') {
      gp_raise(t, &gp_exc_ValueError, "Field names cannot start with an underscore: '%s'",
               GP_STR(f)->data);
      goto out;
    }
    for (size_t j = 0; j < i; j++)
      if (gp_str_eq(l->items[j].as.o, f.as.o)) {
        gp_raise(t, &gp_exc_ValueError, "Encountered duplicate field name: '%s'", GP_STR(f)->data);
        goto out;
      }
    GP_TUPLE(fields)->items[i] = gp_objv(gp_intern(GP_STR(f)->data, GP_STR(f)->len));
  }
  GpValue defs;
  if (GP_IS_ERR(a[3]) || GP_IS_NONE(a[3])) {
    if (GP_IS_ERR(defs = gp_tuple_new(t, 0))) goto out;
  } else {
    GpValue dl = gp_list_from_iter(t, a[3]);
    if (GP_IS_ERR(dl)) goto out;
    defs = gp_tuple_pack(t, GP_LIST(dl)->len, GP_LIST(dl)->items);
    GP_DECREF(dl);
    if (GP_IS_ERR(defs)) goto out;
    if (GP_TUPLE(defs)->len > l->len) {
      GP_DECREF(defs);
      gp_raise(t, &gp_exc_TypeError, "Got more default values than field names");
      goto out;
    }
  }
  NtClass *c = (NtClass *)gp_alloc(t, &ntclass_type, sizeof(NtClass));
  if (!c) {
    GP_DECREF(defs);
    gp_raise_nomem(t);
    goto out;
  }
  gp_incref_o(a[0].as.o);
  c->name = a[0].as.o;
  c->fields = fields.as.o;
  fields = GP_ERRV;
  c->defaults = defs.as.o;
  r = gp_objv(&c->ob);
out:
  if (!GP_IS_ERR(fields)) GP_DECREF(fields);
  GP_DECREF(list);
  return r;
}

static const GpMethodDef nt_fns[] = {{"namedtuple", nt_factory}, {NULL, NULL}};

int gp_namedtuple_open(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, nt_fns);
}
