/*
** namedtuple.c — collections.namedtuple: a class deriving from tuple
** (objects/class.h: its instances wrap a tuple) with __slots__ = (), a
** property per field and the methods below, which find the fields in the
** class (_fields, _field_defaults), so subclasses inherit them.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "vm.h"

static GpObj *S(const char *s) {
  return gp_intern_cstr(s);
}

/* cls._fields and cls._field_defaults (borrowed: the class holds them). */
static int fields_of(GpThread *t, const GpType *cls, GpTuple **fields, GpObj **defaults) {
  GpValue f = GP_NONEV, d = GP_NONEV;
  if (!GP_IS_CLASS(cls) || !gp_class_lookup(cls, S("_fields"), &f) ||
      !GP_IS_TYPE(f, gp_type_tuple) || !gp_class_lookup(cls, S("_field_defaults"), &d) ||
      !GP_IS_TYPE(d, gp_type_dict)) {
    GP_DECREF(f);
    GP_DECREF(d);
    gp_raise(t, &gp_exc_TypeError, "'%s' is not a namedtuple class", cls->name);
    return -1;
  }
  *fields = GP_TUPLE(f);
  *defaults = d.as.o;
  GP_DECREF(f);
  GP_DECREF(d);
  return 0;
}

/* An instance of cls holding the n items (tuple.__new__(cls, items)). */
static GpValue make(GpThread *t, GpType *cls, const GpValue *items, size_t n) {
  GpValue tu = gp_tuple_pack(t, n, items);
  if (GP_IS_ERR(tu)) return tu;
  GpValue r = gp_payload_new(t, cls, &tu, 1, NULL);
  GP_DECREF(tu);
  return r;
}

/* "'x', 'y' and 'z'" of the unset fields, for the missing-arguments error. */
static GpValue missing_list(GpThread *t, GpTuple *fields, const GpValue *vals, size_t missing) {
  GpBuf b;
  gp_buf_init(&b);
  size_t seen = 0;
  for (size_t i = 0; i < fields->len; i++) {
    if (!GP_IS_ERR(vals[i])) continue;
    if (seen) gp_buf_puts(&b, seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
    gp_buf_putc(&b, '\'');
    gp_buf_putstr(&b, fields->items[i]);
    gp_buf_putc(&b, '\'');
    seen++;
  }
  return gp_buf_finish(t, &b);
}

/* vals[i] = the argument for field i; GP_ERRV where none was given. */
static int bind_args(GpThread *t, const char *name, GpTuple *fields, size_t ndefaults,
                     const GpValue *args, int nargs, GpObj *kw, GpValue *vals) {
  size_t nf = fields->len;
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0, npos = nargs - nkw;
  if ((size_t)npos > nf && ndefaults) {
    gp_raise(t, &gp_exc_TypeError,
             "%s.__new__() takes from %zu to %zu positional arguments but %d were given", name,
             nf - ndefaults + 1, nf + 1, npos + 1);
    return -1;
  }
  if ((size_t)npos > nf) {
    gp_raise(t, &gp_exc_TypeError, "%s.__new__() takes %zu positional arguments but %d were given",
             name, nf + 1, npos + 1);
    return -1;
  }
  for (int i = 0; i < npos; i++)
    vals[i] = args[i];
  for (int k = 0; k < nkw; k++) {
    GpObj *kn = GP_TUPLE(gp_objv(kw))->items[k].as.o;
    size_t i = 0;
    while (i < nf && !gp_str_eq(fields->items[i].as.o, kn))
      i++;
    if (i == nf) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() got an unexpected keyword argument '%s'", name,
               ((GpStr *)kn)->data);
      return -1;
    }
    if (!GP_IS_ERR(vals[i])) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() got multiple values for argument '%s'", name,
               ((GpStr *)kn)->data);
      return -1;
    }
    vals[i] = args[npos + k];
  }
  return 0;
}

/* __new__(cls, *fields): positional or keyword, defaults for the last ones. */
static GpValue nt_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpTuple *fields;
  GpObj *defaults;
  if (nargs < 1 || !GP_IS_TYPE(args[0], gp_type_type))
    return gp_raise(t, &gp_exc_TypeError, "__new__() needs a class argument");
  GpType *cls = (GpType *)args[0].as.o;
  if (fields_of(t, cls, &fields, &defaults) < 0) return GP_ERRV;
  size_t nf = fields->len, missing = 0;
  GpValue *vals = calloc(nf + 1, sizeof *vals); /* zeroed: GP_ERRV = unset */
  if (!vals) return gp_raise_nomem(t);
  GpValue r = GP_ERRV;
  if (bind_args(t, cls->name, fields, gp_dict_len(defaults), args + 1, nargs - 1, kw, vals) < 0)
    goto done;
  for (size_t i = 0; i < nf; i++)
    if (GP_IS_ERR(vals[i]) && gp_dict_getref(t, defaults, fields->items[i], &vals[i]) == 1)
      GP_DECREF(vals[i]); /* the class's dict keeps it */
    else if (GP_IS_ERR(vals[i]))
      missing++;
  if (missing) {
    GpValue list = missing_list(t, fields, vals, missing);
    if (!GP_IS_ERR(list)) {
      gp_raise(t, &gp_exc_TypeError, "%s.__new__() missing %zu required positional argument%s: %s",
               cls->name, missing, missing == 1 ? "" : "s", GP_STR(list)->data);
      GP_DECREF(list);
    }
    goto done;
  }
  r = make(t, cls, vals, nf);
done:
  free(vals);
  return r;
}

/* _make(iterable), a classmethod. */
static GpValue nt_make(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "_make", nargs - 1, kw) < 0) return GP_ERRV;
  GpTuple *fields;
  GpObj *defaults;
  if (fields_of(t, (GpType *)args[0].as.o, &fields, &defaults) < 0) return GP_ERRV;
  GpValue l = gp_list_from_iter(t, args[1]);
  if (GP_IS_ERR(l)) return l;
  GpValue r;
  if (GP_LIST(l)->len != fields->len)
    r = gp_raise(t, &gp_exc_TypeError, "Expected %zu arguments, got %zu", fields->len,
                 GP_LIST(l)->len);
  else
    r = make(t, (GpType *)args[0].as.o, GP_LIST(l)->items, GP_LIST(l)->len);
  GP_DECREF(l);
  return r;
}

/* The methods below are bound to instances of namedtuple classes (their
** owner is tuple): self's payload holds the items. */
static GpTuple *items_of(GpValue self) {
  return GP_TUPLE(gp_unwrap(self));
}

static GpValue nt_repr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__repr__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue self = args[0];
  GpTuple *fields, *tu = items_of(self);
  GpObj *defaults;
  if (fields_of(t, self.as.o->type, &fields, &defaults) < 0) return GP_ERRV;
  int g = gp_repr_enter(t, self.as.o);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_cstr(t, "...");
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, self.as.o->type->name);
  gp_buf_putc(&b, '(');
  int r = 0;
  for (size_t i = 0; r == 0 && i < tu->len && i < fields->len; i++) {
    if (i) gp_buf_puts(&b, ", ");
    gp_buf_putstr(&b, fields->items[i]);
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

static GpValue nt_asdict(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "_asdict", nargs - 1, kw) < 0) return GP_ERRV;
  GpTuple *fields, *tu = items_of(args[0]);
  GpObj *defaults;
  if (fields_of(t, args[0].as.o->type, &fields, &defaults) < 0) return GP_ERRV;
  GpValue d = gp_dict_new(t);
  for (size_t i = 0; !GP_IS_ERR(d) && i < fields->len && i < tu->len; i++)
    if (gp_dict_set(t, d.as.o, fields->items[i], tu->items[i]) < 0) {
      GP_DECREF(d);
      d = GP_ERRV;
    }
  return d;
}

static GpValue nt_replace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpTuple *fields, *tu = items_of(args[0]);
  GpObj *defaults;
  GpType *cls = (GpType *)args[0].as.o->type;
  if (fields_of(t, cls, &fields, &defaults) < 0) return GP_ERRV;
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
  if (nargs - 1 - nkw > 0)
    return gp_raise(t, &gp_exc_TypeError,
                    "%s._replace() takes 1 positional argument but %d were given", cls->name,
                    nargs - nkw);
  size_t nf = fields->len;
  if (tu->len != nf)
    return gp_raise(t, &gp_exc_TypeError, "Expected %zu arguments, got %zu", nf, tu->len);
  GpValue *vals = malloc((nf + 1) * sizeof *vals);
  if (!vals) return gp_raise_nomem(t);
  memcpy(vals, tu->items, nf * sizeof *vals);
  GpValue r = GP_ERRV;
  for (int k = 0; k < nkw; k++) {
    GpObj *kn = GP_TUPLE(gp_objv(kw))->items[k].as.o;
    size_t i = 0;
    while (i < nf && !gp_str_eq(fields->items[i].as.o, kn))
      i++;
    if (i == nf) {
      gp_raise(t, &gp_exc_ValueError, "Got unexpected field names: ['%s']", ((GpStr *)kn)->data);
      goto done;
    }
    vals[i] = args[1 + k];
  }
  r = make(t, cls, vals, nf);
done:
  free(vals);
  return r;
}

/* The getter of field i: bound to i, called with the instance. */
static GpValue nt_field(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)kw;
  if (nargs != 2 || !gp_has_payload(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "a namedtuple field needs a namedtuple instance");
  GpTuple *tu = items_of(args[1]);
  if ((size_t)args[0].as.i >= tu->len)
    return gp_raise(t, &gp_exc_IndexError, "tuple index out of range");
  GpValue v = tu->items[args[0].as.i];
  GP_INCREF(v);
  return v;
}

static const GpMethodDef nt_methods[] = {
    {"__repr__", nt_repr},
    {"_asdict", nt_asdict},
    {"_replace", nt_replace},
    {NULL, NULL},
};

static int put(GpThread *t, GpObj *ns, const char *name, GpValue v) {
  return gp_dict_set(t, ns, gp_objv(S(name)), v);
}

/* The class's namespace: fields, defaults (a tuple for the last fields). */
static GpValue nt_namespace(GpThread *t, GpValue fields, GpValue defs, GpValue module) {
  GpValue ns = gp_dict_new(t), fd = gp_dict_new(t);
  size_t nf = GP_TUPLE(fields)->len, nd = GP_TUPLE(defs)->len;
  for (size_t i = 0; !GP_IS_ERR(fd) && i < nd; i++)
    if (gp_dict_set(t, fd.as.o, GP_TUPLE(fields)->items[nf - nd + i], GP_TUPLE(defs)->items[i]) <
        0) {
      GP_DECREF(fd);
      fd = GP_ERRV;
    }
  GpValue mk = gp_native_new(t, "_make", nt_make);
  GpValue cm = GP_IS_ERR(mk) ? mk : gp_vm_call(t, gp_objv(&gp_type_classmethod.ob), &mk, 1, NULL);
  GP_DECREF(mk);
  GP_INCREF(fields);
  GP_INCREF(fields); /* __match_args__ is _fields, as CPython's namedtuple */
  GP_INCREF(module);
  static const char *const names[] = {"__slots__", "_fields",    "_field_defaults", "__new__",
                                      "_make",     "__module__", "__match_args__"};
  GpValue vals[] = {
      gp_tuple_new(t, 0), fields, fd, gp_native_new(t, "__new__", nt_new), cm, module, fields};
  int r = GP_IS_ERR(ns) ? -1 : 0;
  for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) { /* every one dropped, errors or not */
    if (r == 0 && (GP_IS_ERR(vals[i]) || put(t, ns.as.o, names[i], vals[i]) < 0)) r = -1;
    GP_DECREF(vals[i]);
  }
  for (const GpMethodDef *m = nt_methods; r == 0 && m->name; m++) {
    GpValue f = gp_native_method(t, &gp_type_tuple, m);
    r = GP_IS_ERR(f) ? -1 : put(t, ns.as.o, m->name, f);
    GP_DECREF(f);
  }
  for (size_t i = 0; r == 0 && i < nf; i++) {
    GpValue get = gp_native_bind(t, "_tuplegetter", nt_field, gp_intv((int64_t)i));
    GpValue prop =
        GP_IS_ERR(get) ? get : gp_vm_call(t, gp_objv(&gp_type_property.ob), &get, 1, NULL);
    GP_DECREF(get);
    r = GP_IS_ERR(prop) ? -1 : gp_dict_set(t, ns.as.o, GP_TUPLE(fields)->items[i], prop);
    GP_DECREF(prop);
  }
  if (r == 0) return ns;
  GP_DECREF(ns);
  return GP_ERRV;
}

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
  GpValue module = GP_IS_ERR(a[4]) || GP_IS_NONE(a[4]) ? gp_objv(S("__main__")) : a[4];
  GpValue ns = nt_namespace(t, fields, defs, module);
  GP_DECREF(defs);
  if (GP_IS_ERR(ns)) goto out;
  GpValue tuple = gp_objv(&gp_type_tuple.ob), bases = gp_tuple_pack(t, 1, &tuple);
  GpObj *name = gp_intern(GP_STR(a[0])->data, GP_STR(a[0])->len);
  r = GP_IS_ERR(bases) ? bases : gp_class_new(t, name, name, bases.as.o, ns.as.o);
  GP_DECREF(bases);
  GP_DECREF(ns);
out:
  if (!GP_IS_ERR(fields)) GP_DECREF(fields);
  GP_DECREF(list);
  return r;
}

static const GpMethodDef nt_fns[] = {{"namedtuple", nt_factory}, {NULL, NULL}};

int gp_namedtuple_open(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, nt_fns);
}
