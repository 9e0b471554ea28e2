/*
** smallmods.c — modules that are mostly names: string (constants and
** capwords), typing and __future__ (names with no run-time effect; typing's
** forms accept subscripts, List[int], and return themselves) and
** collections.abc (each ABC is the tuple of the built-in types that are
** registered with it in CPython, so isinstance(x, Sequence) works).
*/
#include <string.h>

#include "obj.h"
#include "vm.h"

/* --------------------------------------------------------------- string */

static GpValue str_capwords(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"s", "sep"};
  GpValue a[2];
  if (gp_parse_args(t, "capwords", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  GpValue sep = GP_IS_ERR(a[1]) ? GP_NONEV : a[1];
  /* sep.join(x.capitalize() for x in s.split(sep)) */
  GpValue split = gp_getattr(t, a[0], gp_intern_cstr("split"));
  if (GP_IS_ERR(split)) return split;
  GpValue parts = gp_vm_call(t, split, &sep, 1, NULL);
  GP_DECREF(split);
  if (GP_IS_ERR(parts)) return parts;
  GpList *l = GP_LIST(parts);
  for (size_t i = 0; i < l->len; i++) {
    GpValue cap = gp_getattr(t, l->items[i], gp_intern_cstr("capitalize")), c;
    c = GP_IS_ERR(cap) ? cap : gp_vm_call(t, cap, NULL, 0, NULL);
    GP_DECREF(cap);
    if (GP_IS_ERR(c)) {
      GP_DECREF(parts);
      return c;
    }
    GP_DECREF(l->items[i]);
    l->items[i] = c;
  }
  GpValue joiner = sep;
  if (GP_IS_NONE(sep))
    joiner = gp_str_cstr(t, " ");
  else
    GP_INCREF(joiner);
  GpValue join = GP_IS_ERR(joiner) ? joiner : gp_getattr(t, joiner, gp_intern_cstr("join"));
  GpValue r = GP_IS_ERR(join) ? join : gp_vm_call(t, join, &parts, 1, NULL);
  if (!GP_IS_ERR(join)) GP_DECREF(join);
  if (!GP_IS_ERR(joiner)) GP_DECREF(joiner);
  GP_DECREF(parts);
  return r;
}

static const GpMethodDef string_fns[] = {{"capwords", str_capwords}, {NULL, NULL}};

int gp_open_string(GpThread *t, GpObj *d) {
  static const char *const consts[][2] = {
      {"ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"},
      {"ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"digits", "0123456789"},
      {"hexdigits", "0123456789abcdefABCDEF"},
      {"octdigits", "01234567"},
      {"punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
      {"whitespace", " \t\n\r\v\f"},
      {"printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,"
                    "-./:;<=>?@[\\]^_`{|}~ \t\n\r\v\f"},
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    if (gp_module_set(t, d, consts[i][0], gp_str_cstr(t, consts[i][1])) < 0) return -1;
  return gp_module_add_functions(t, d, string_fns);
}

/* --------------------------------------------------------------- typing */

typedef struct Form {
  GpObj ob;
  const char *name;
} Form;

static GpValue form_repr(GpThread *t, GpValue self) {
  return gp_str_printf(t, "typing.%s", ((Form *)self.as.o)->name);
}

static GpValue form_getitem(GpThread *t, GpValue self, GpValue key) {
  (void)t, (void)key;
  GP_INCREF(self);
  return self;
}

/* TypeVar("T"), NewType("N", int): a form named after the first argument. */
static GpValue form_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  (void)t, (void)args, (void)nargs, (void)kw;
  GP_INCREF(self);
  return self;
}

static int form_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

static const GpTypeOps form_ops = {.getitem = form_getitem, .call = form_call};
static GpType form_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "typing._SpecialForm",
    .repr = form_repr,
    .hash = form_hash,
    .ops = &form_ops,
};

static GpValue ty_cast(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "cast", nargs, kw, 2, 2) < 0) return GP_ERRV;
  GP_INCREF(args[1]);
  return args[1];
}

static GpValue ty_identity(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "decorator", nargs, kw) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static const GpMethodDef typing_fns[] = {
    {"cast", ty_cast},
    {"overload", ty_identity},
    {"final", ty_identity},
    {"no_type_check", ty_identity},
    {"runtime_checkable", ty_identity},
    {NULL, NULL},
};

int gp_open_typing(GpThread *t, GpObj *d) {
  static const char *const forms[] = {
      "Any",
      "List",
      "Dict",
      "Tuple",
      "Set",
      "FrozenSet",
      "Optional",
      "Union",
      "Callable",
      "Iterable",
      "Iterator",
      "Sequence",
      "Mapping",
      "MutableMapping",
      "Generator",
      "Type",
      "TypeVar",
      "Generic",
      "Protocol",
      "Literal",
      "ClassVar",
      "Final",
      "NoReturn",
      "Deque",
      "DefaultDict",
      "Counter",
      "OrderedDict",
      "NewType",
      "Hashable",
      "Sized",
      "Collection",
      "Container",
      "AbstractSet",
      "MutableSet",
      "MutableSequence",
      "ChainMap",
      "Awaitable",
      "AnyStr",
      "Text",
      "SupportsInt",
      "SupportsFloat",
      "Annotated",
      "TypeAlias",
      "ParamSpec",
      "Concatenate",
      "Self",
      "Never",
      "LiteralString",
      NULL,
  };
  for (const char *const *f = forms; *f; f++) {
    Form *o = (Form *)gp_alloc(t, &form_type, sizeof(Form));
    if (!o) {
      gp_raise_nomem(t);
      return -1;
    }
    o->name = *f;
    if (gp_module_set(t, d, *f, gp_objv(&o->ob)) < 0) return -1;
  }
  if (gp_module_set(t, d, "TYPE_CHECKING", gp_boolv(false)) < 0) return -1;
  return gp_module_add_functions(t, d, typing_fns);
}

/* ----------------------------------------------------------- __future__ */

int gp_open_future(GpThread *t, GpObj *d) {
  static const char *const features[] = {
      "nested_scopes",
      "generators",
      "division",
      "absolute_import",
      "with_statement",
      "print_function",
      "unicode_literals",
      "barry_as_FLUFL",
      "generator_stop",
      "annotations",
      NULL,
  };
  for (const char *const *f = features; *f; f++)
    if (gp_module_set(t, d, *f, gp_boolv(true)) < 0) return -1;
  return 0;
}

/* ------------------------------------------------------ collections.abc */

/* A tuple of the named builtins (those the VM has). */
static GpValue types_tuple(GpThread *t, const char *const *names) {
  GpValue l = gp_list_new(t, 8);
  for (const char *const *n = names; *n && !GP_IS_ERR(l); n++) {
    GpValue v;
    if (!gp_dict_get_str(t->vm->builtins, gp_intern_cstr(*n), &v)) continue;
    if (gp_list_append(t, l.as.o, v) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(v);
  }
  if (GP_IS_ERR(l)) return l;
  GpValue r = gp_tuple_pack(t, GP_LIST(l)->len, GP_LIST(l)->items);
  GP_DECREF(l);
  return r;
}

int gp_open_collections_abc(GpThread *t, GpObj *d) {
#define CONTAINERS "list", "tuple", "str", "range", "dict", "set", "frozenset"
  static const struct {
    const char *name;
    const char *types[16];
  } abcs[] = {
      {"Iterable", {CONTAINERS, "enumerate", "zip", "map", "filter", "reversed", NULL}},
      {"Iterator", {"enumerate", "zip", "map", "filter", "reversed", NULL}},
      {"Collection", {CONTAINERS, NULL}},
      {"Container", {CONTAINERS, NULL}},
      {"Sized", {CONTAINERS, NULL}},
      {"Reversible", {"list", "tuple", "str", "range", "dict", NULL}},
      {"Sequence", {"list", "tuple", "str", "range", NULL}},
      {"MutableSequence", {"list", NULL}},
      {"Mapping", {"dict", NULL}},
      {"MutableMapping", {"dict", NULL}},
      {"Set", {"set", "frozenset", NULL}},
      {"MutableSet", {"set", NULL}},
      {"Hashable", {"int", "float", "str", "tuple", "frozenset", "bool", "range", NULL}},
      {"Callable", {"type", NULL}},
  };
  for (size_t i = 0; i < sizeof abcs / sizeof abcs[0]; i++)
    if (gp_module_set(t, d, abcs[i].name, types_tuple(t, abcs[i].types)) < 0) return -1;
  return 0;
}
