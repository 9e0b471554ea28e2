/*
** smallmods.c — modules that are mostly names: string (constants,
** capwords; Template is string_template_py.c, Formatter
** string_formatter_py.c) and __future__ (names with
** no run-time effect).
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

int gp_string_template_open(GpThread *t, GpObj *d);  /* string_template_py.c */
int gp_string_formatter_open(GpThread *t, GpObj *d); /* string_formatter_py.c */

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
  if (gp_module_add_functions(t, d, string_fns) < 0) return -1;
  if (gp_string_template_open(t, d) < 0) return -1;
  return gp_string_formatter_open(t, d);
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
