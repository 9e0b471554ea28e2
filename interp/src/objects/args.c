/*
** args.c — argument binding and arity checks for natives, with the wording
** CPython's argument parsers use (the messages are compared verbatim by
** the differential tests).
*/
#include <string.h>

#include "obj.h"

static int nkw_of(GpObj *kwnames) {
  return kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0;
}

static int raise_nokw(GpThread *t, const char *fname) {
  gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", fname);
  return -1;
}

int gp_arg_count(GpThread *t, const char *fname, int n, GpObj *kwnames, int min, int max) {
  if (nkw_of(kwnames)) return raise_nokw(t, fname);
  if (n >= min && n <= max) return 0;
  if (min == max)
    gp_raise(t, &gp_exc_TypeError, "%s expected %d argument%s, got %d", fname, min,
             min == 1 ? "" : "s", n);
  else if (n < min)
    gp_raise(t, &gp_exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
             min == 1 ? "" : "s", n);
  else
    gp_raise(t, &gp_exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
             max == 1 ? "" : "s", n);
  return -1;
}

int gp_arg_one(GpThread *t, const char *fname, int n, GpObj *kwnames) {
  if (nkw_of(kwnames)) return raise_nokw(t, fname);
  if (n == 1) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() takes exactly one argument (%d given)", fname, n);
  return -1;
}

int gp_arg_none(GpThread *t, const char *fname, int n, GpObj *kwnames) {
  if (nkw_of(kwnames)) return raise_nokw(t, fname);
  if (n == 0) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() takes no arguments (%d given)", fname, n);
  return -1;
}

static const char *param_name(const char *name) {
  return name[0] == '$' ? name + 1 : name;
}

int gp_parse_args(GpThread *t, const char *fname, const GpValue *args, int nargs, GpObj *kwnames,
                  const char *const *names, int nnames, int nrequired, GpValue *out) {
  int nkw = nkw_of(kwnames), npos = nargs - nkw, maxpos = 0;
  while (maxpos < nnames && names[maxpos][0] != '$')
    maxpos++;
  if (nargs > nnames) {
    gp_raise(t, &gp_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, nnames,
             npos == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs);
    return -1;
  }
  if (npos > maxpos) {
    if (maxpos == 0)
      gp_raise(t, &gp_exc_TypeError, "%s() takes no positional arguments", fname);
    else
      gp_raise(t, &gp_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
               nrequired < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", npos);
    return -1;
  }
  for (int i = 0; i < nnames; i++)
    out[i] = i < npos ? args[i] : GP_ERRV;
  for (int k = 0; k < nkw; k++) {
    GpStr *kn = GP_STR(GP_TUPLE(gp_objv(kwnames))->items[k]);
    int i = 0;
    while (i < nnames && strcmp(param_name(names[i]), kn->data) != 0)
      i++;
    if (i == nnames) {
      gp_raise(t, &gp_exc_TypeError, "'%s' is an invalid keyword argument for %s()", kn->data,
               fname);
      return -1;
    }
    if (i < npos) {
      gp_raise(t, &gp_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
               fname, kn->data, i + 1);
      return -1;
    }
    out[i] = args[npos + k];
  }
  for (int i = 0; i < nrequired; i++) {
    if (GP_IS_ERR(out[i])) {
      gp_raise(t, &gp_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
               param_name(names[i]), i + 1);
      return -1;
    }
  }
  return 0;
}
