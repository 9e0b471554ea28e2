/*
** sysmod.c — the sys module: argv, the switch interval (the GIL's), the
** recursion limit, exit(), stdout/stderr (write, flush, fileno), stdin (iomod_py.c's),
** the exception being
** handled (exc_info, exception) and a few constants.
**
** Python calls do not recurse on the C stack, so a high recursion limit
** costs only heap (a frame each); it is still capped at MAX_RECURSION.
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "coro.h"
#include "module.h"
#include "num.h"
#include "obj.h"
#include "vm.h"

#define MAX_RECURSION 100000

/* Also gil.setswitchinterval. */
GpValue gp_sys_setswitchinterval(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "setswitchinterval", nargs, kw) < 0) return GP_ERRV;
  double s;
  char err[64];
  if (!gp_is_number(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "must be real number, not %s", gp_type_name(args[0]));
  if (gp_to_double(t, args[0], &s) < 0) return GP_ERRV;
  int bad = gp_knob_switch_interval(NULL, &s, err, sizeof err);
  if (bad) return gp_raise(t, bad == -2 ? &gp_exc_OverflowError : &gp_exc_ValueError, "%s", err);
  gp_gil_set_interval(&t->vm->gil, s);
  t->vm->opt.switch_interval = s;
  return GP_NONEV;
}

static GpValue sys_getswitchinterval(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "getswitchinterval", nargs, kw) < 0) return GP_ERRV;
  return gp_floatv(gp_gil_get_interval(&t->vm->gil));
}

static GpValue sys_getrecursionlimit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "getrecursionlimit", nargs, kw) < 0) return GP_ERRV;
  return gp_intv(t->vm->opt.recursion_limit);
}

static GpValue sys_setrecursionlimit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "setrecursionlimit", nargs, kw) < 0) return GP_ERRV;
  if (GP_IS_FLOAT(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = INT64_MAX; /* a bignum */
  if (!(GP_IS_OBJ(args[0]) && gp_is_int(args[0])) && gp_as_index(t, args[0], &n) < 0)
    return GP_ERRV;
  if (n > INT_MAX || n < INT_MIN) /* CPython's conversion to a C int, before the limit's check */
    return gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
  int limit = n < 1 ? 0 : (int)n;
  char err[64];
  if (gp_knob_recursion_limit(NULL, &limit, err, sizeof err) < 0)
    return gp_raise(t, &gp_exc_ValueError, "%s", err);
  if (n <= t->depth)
    return gp_raise(t, &gp_exc_RecursionError,
                    "cannot set the recursion limit to %lld at the recursion depth %d: the limit "
                    "is too low",
                    (long long)n, t->depth);
  t->vm->opt.recursion_limit = n > MAX_RECURSION ? MAX_RECURSION : (int)n;
  return GP_NONEV;
}

static GpValue sys_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "exit", nargs, kw, 0, 1) < 0) return GP_ERRV;
  GpValue e = gp_vm_call(t, gp_objv(&gp_exc_SystemExit.ob), args, nargs, NULL);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* sys.stdout and sys.stderr: write() and flush() on the files print and
** tracebacks use, under the VM's output lock, so they interleave with print. */
static GpType stream_type;
static GpObj stdout_obj = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &stream_type};
static GpObj stderr_obj = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &stream_type};

/* What print() writes to when no file is given: the program's own
** sys.stdout if it replaced it (sys.stdout = StringIO(), redirect_stdout),
** as a new reference; GP_ERRV (nothing raised) while it is the process's
** stream, which print writes without a method call. */
GpValue gp_sys_stdout_override(GpThread *t) {
  GpValue sys, out;
  if (!gp_dict_get_str(t->vm->modules, gp_intern_cstr("sys"), &sys)) return GP_ERRV;
  bool has = GP_IS_TYPE(sys, gp_type_module) &&
             gp_dict_get_str(((GpModule *)sys.as.o)->dict, gp_intern_cstr("stdout"), &out);
  GP_DECREF(sys);
  if (!has) return GP_ERRV;
  if (out.tag == GP_T_OBJ && out.as.o == &stdout_obj) return GP_ERRV;
  return out;
}

bool gp_sys_is_stream(GpValue v) {
  return v.tag == GP_T_OBJ && (v.as.o == &stdout_obj || v.as.o == &stderr_obj);
}

static FILE *stream_file(GpThread *t, GpValue self) {
  const gp_Options *o = &t->vm->opt;
  if (self.as.o == &stderr_obj) return o->err ? o->err : stderr;
  return o->out ? o->out : stdout;
}

/* write(s): the number of characters written, as CPython's text files. */
static GpValue stream_write(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "write", nargs - 1, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "write() argument must be str, not %s",
                    gp_type_name(args[1]));
  const GpStr *s = GP_STR(args[1]);
  FILE *f = stream_file(t, args[0]);
  pthread_mutex_lock(&t->vm->lock);
  errno = 0;
  size_t w = fwrite(s->data, 1, s->len, f);
  int err = errno ? errno : EIO; /* a short write without errno: CPython's EIO */
  pthread_mutex_unlock(&t->vm->lock);
  if (w != s->len) return gp_raise_errno(t, err, NULL);
  return gp_intv((int64_t)s->nchars);
}

static GpValue stream_flush(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "flush", nargs - 1, kw) < 0) return GP_ERRV;
  FILE *f = stream_file(t, args[0]);
  pthread_mutex_lock(&t->vm->lock);
  fflush(f);
  pthread_mutex_unlock(&t->vm->lock);
  return GP_NONEV;
}

/* fileno(): the descriptor under the file, for what hands it to a child
** process (subprocess's stdout=sys.stdout). */
static GpValue stream_fileno(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "fileno", nargs - 1, kw) < 0) return GP_ERRV;
  int fd = fileno(stream_file(t, args[0]));
  return fd < 0 ? gp_raise_errno(t, EBADF, NULL) : gp_intv(fd);
}

static const GpMethodDef stream_methods[] = {
    {"write", stream_write}, {"flush", stream_flush}, {"fileno", stream_fileno}, {NULL, NULL}};

static GpType stream_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_io.TextIOWrapper",
    .methods = stream_methods,
};

/* The exception being handled: an except block's (or, in a generator
** handling none, its caller's), None outside any. */
static GpValue sys_exception(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "exception", nargs, kw) < 0) return GP_ERRV;
  GP_INCREF(t->handling);
  return t->handling;
}

/* (type, value, traceback) of it; gilpy keeps no traceback objects, so the
** third is None (docs/language.md, known differences). */
/* intern(s): the one str equal to s that every intern call returns. */
static GpValue sys_intern(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "intern", nargs, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "intern() argument must be str, not %s",
                    gp_type_name(args[0]));
  GpObj *s = gp_intern(GP_STR(args[0])->data, GP_STR(args[0])->len);
  if (!s) return gp_raise_nomem(t);
  return gp_objv(s); /* interned strs are immortal */
}

static GpValue sys_get_int_max_str_digits(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "get_int_max_str_digits", nargs, kw) < 0) return GP_ERRV;
  return gp_intv(gp_int_str_limit());
}

static GpValue sys_set_int_max_str_digits(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"maxdigits", NULL};
  GpValue v[1];
  if (gp_parse_args(t, "set_int_max_str_digits", args, nargs, kw, names, 1, 1, v) < 0)
    return GP_ERRV;
  int64_t n;
  if (gp_as_index(t, v[0], &n) < 0) return GP_ERRV;
  if (n != 0 && (n < 640 || n > INT_MAX))
    return gp_raise(t, &gp_exc_ValueError, "maxdigits must be 0 or larger than 640");
  gp_int_set_str_limit((int)n);
  return GP_NONEV;
}

static GpValue sys_exc_info(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "exc_info", nargs, kw) < 0) return GP_ERRV;
  GpValue h = t->handling;
  GpValue tb = GP_IS_NONE(h) ? GP_NONEV : gp_traceback_object(t, ((GpExc *)h.as.o)->tb);
  if (GP_IS_ERR(tb)) return tb;
  GpValue v[3] = {GP_IS_NONE(h) ? h : gp_objv((GpObj *)h.as.o->type), h, tb};
  GpValue r = gp_tuple_pack(t, 3, v);
  GP_DECREF(tb);
  return r;
}

static const GpMethodDef sys_functions[] = {
    {"exception", sys_exception},
    {"exc_info", sys_exc_info},
    {"setswitchinterval", gp_sys_setswitchinterval},
    {"getswitchinterval", sys_getswitchinterval},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exit", sys_exit},
    {"intern", sys_intern},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"set_asyncgen_hooks", gp_agen_set_hooks},
    {"get_asyncgen_hooks", gp_agen_get_hooks},
    {NULL, NULL},
};

GpValue gp_io_stdin(GpThread *t); /* iomod_py.c */

static GpValue make_argv(GpThread *t) {
  const gp_Options *o = &t->vm->opt;
  GpValue l = gp_list_new(t, (size_t)(o->argc > 0 ? o->argc : 1));
  if (GP_IS_ERR(l)) return l;
  for (int i = 0; i < o->argc || i == 0; i++) {
    GpValue s = gp_str_cstr(t, i < o->argc && o->argv && o->argv[i] ? o->argv[i] : "");
    int r = GP_IS_ERR(s) ? -1 : gp_list_append(t, l.as.o, s);
    GP_DECREF(s);
    if (r < 0) {
      GP_DECREF(l);
      return GP_ERRV;
    }
  }
  return l;
}

/* sys.path: the main program's directory, made absolute as CPython's is;
** gp_import looks in what a program adds to it (module.c). */
static GpValue make_path(GpThread *t) {
  const char *dir = gp_module_main_dir(t->vm);
  char *abs = dir ? realpath(dir, NULL) : NULL;
  GpValue l = gp_list_new(t, 1), s = gp_str_cstr(t, abs ? abs : (dir ? dir : ""));
  free(abs);
  if (!GP_IS_ERR(l) && !GP_IS_ERR(s) && gp_list_append(t, l.as.o, s) == 0) {
    GP_DECREF(s);
    return l;
  }
  if (!GP_IS_ERR(l)) GP_DECREF(l);
  if (!GP_IS_ERR(s)) GP_DECREF(s);
  return GP_ERRV;
}

/* The gilpy binary's absolute path, as CPython's sys.executable names its
** own ('' if the system will not say). */
static GpValue executable(GpThread *t) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return gp_str_new(t, buf, n > 0 ? (size_t)n : 0);
}

int gp_open_sys(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, sys_functions) < 0) return -1;
  GpValue vi[5] = {gp_intv(3), gp_intv(11), gp_intv(0), GP_NONEV, gp_intv(0)};
  vi[3] = gp_str_cstr(t, "final");
  if (GP_IS_ERR(vi[3])) return -1;
  GpValue version_info = gp_tuple_pack(t, 5, vi);
  GP_DECREF(vi[3]);
  if (gp_module_set(t, d, "argv", make_argv(t)) < 0 ||
      gp_module_set(t, d, "path", make_path(t)) < 0 ||
      gp_module_set(t, d, "maxsize", gp_intv(INT64_MAX)) < 0 ||
      gp_module_set(t, d, "maxunicode", gp_intv(0x10ffff)) < 0 ||
      gp_module_set(t, d, "version", gp_str_cstr(t, "3.11.0 (gilpy " GP_VERSION ")")) < 0 ||
      gp_module_set(t, d, "version_info", version_info) < 0 ||
      gp_module_set(t, d, "platform", gp_str_cstr(t, "linux")) < 0 ||
      gp_module_set(t, d, "byteorder", gp_str_cstr(t, "little")) < 0 ||
      gp_module_set(t, d, "implementation_name", gp_str_cstr(t, "gilpy")) < 0 ||
      gp_module_set(t, d, "gil_model", gp_str_cstr(t, gp_gil_model_name(t->vm->opt.gil))) < 0 ||
      gp_module_set(t, d, "stdout", gp_objv(&stdout_obj)) < 0 ||
      gp_module_set(t, d, "stderr", gp_objv(&stderr_obj)) < 0 ||
      gp_module_set(t, d, "stdin", gp_io_stdin(t)) < 0)
    return -1;
  GP_INCREF(gp_objv(t->vm->modules)); /* the import cache itself, as CPython's */
  if (gp_module_set(t, d, "modules", gp_objv(t->vm->modules)) < 0 ||
      gp_module_set(t, d, "executable", executable(t)) < 0)
    return -1;
  return gp_sys_open_py(t, d);
}
