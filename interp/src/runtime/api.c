/*
** api.c — the embedding API of gilpy.h.
**
** Every entry point that runs Python code takes the VM's GIL on entry and
** drops it on return. After a failing call the exception stays in t->exc
** (gp_exit_status reads SystemExit's code from it) and its report in
** t->errtext / t->errtype, until the next call.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "module.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

#define MAX_RECURSION_LIMIT 100000

void gp_options_default(gp_Options *o) {
  memset(o, 0, sizeof *o);
  o->gil = GP_GIL_NEW;
  o->switch_interval = 0.005;
  o->check_interval = 100;
  o->recursion_limit = 1000;
}

static const char *const model_names[GP_GIL_NMODELS] = {"new",  "legacy",   "none",
                                                        "fifo", "priority", "fair"};

int gp_gil_model_parse(const char *name, gp_GilModel *out) {
  for (int i = 0; i < GP_GIL_NMODELS; i++) {
    if (name && strcmp(name, model_names[i]) == 0) {
      *out = (gp_GilModel)i;
      return 0;
    }
  }
  return -1;
}

const char *gp_gil_model_name(gp_GilModel m) {
  return (unsigned)m < GP_GIL_NMODELS ? model_names[m] : "?";
}

static int check_options(const gp_Options *o, char *err, size_t errlen) {
  gp_GilModel gil = o->gil;
  double si = o->switch_interval;
  int ci = o->check_interval, rl = o->recursion_limit;
  return gp_knob_gil(NULL, &gil, err, errlen) < 0 ||
                 gp_knob_switch_interval(NULL, &si, err, errlen) < 0 ||
                 gp_knob_check_interval(NULL, &ci, err, errlen) < 0 ||
                 gp_knob_recursion_limit(NULL, &rl, err, errlen) < 0
             ? -1
             : 0;
}

/* ----------------------------------------------------------- lifecycle */

gp_VM *gp_open(const gp_Options *o, char *err, size_t errlen) {
  if (check_options(o, err, errlen) < 0) return NULL;
  /* aligned: the GC shards are a cache line each (gc.h) */
  GpVM *vm = aligned_alloc(_Alignof(GpVM), sizeof *vm);
  if (vm) memset(vm, 0, sizeof *vm);
  if (!vm) {
    if (err && errlen) snprintf(err, errlen, "out of memory");
    return NULL;
  }
  vm->opt = *o;
  if (vm->opt.recursion_limit > MAX_RECURSION_LIMIT) vm->opt.recursion_limit = MAX_RECURSION_LIMIT;
  if (!vm->opt.out) vm->opt.out = stdout;
  if (!vm->opt.err) vm->opt.err = stderr;
  vm->obj_flags = o->gil == GP_GIL_NONE ? GP_F_ATOMIC : 0;
  gp_gc_init(&vm->gc);
  pthread_mutex_init(&vm->lock, NULL);
  if (gp_gil_init(&vm->gil, &vm->opt) < 0) {
    pthread_mutex_destroy(&vm->lock);
    free(vm);
    if (err && errlen) snprintf(err, errlen, "cannot initialize the GIL");
    return NULL;
  }
  /* builtins and the module table are made by a thread that never runs code */
  GpThread boot = {.vm = vm,
                   .exc = GP_NONEV,
                   .handling = GP_NONEV,
                   .agen_hooks = {GP_NONEV, GP_NONEV},
                   .context = GP_NONEV};
  GpValue b = gp_dict_new(&boot), m = gp_dict_new(&boot);
  if (!GP_IS_ERR(b)) vm->builtins = b.as.o;
  if (!GP_IS_ERR(m)) vm->modules = m.as.o;
  if (!vm->builtins || !vm->modules || gp_open_builtins(&boot, vm->builtins) < 0) {
    if (err && errlen) snprintf(err, errlen, "cannot create the builtins");
    GP_DECREF(boot.exc);
    gp_close(vm);
    return NULL;
  }
  return vm;
}

static void thread_clear(GpThread *t) {
  GP_DECREF(t->exc);
  GP_DECREF(t->handling);
  t->exc = t->handling = GP_NONEV;
  for (int i = 0; i < 2; i++) {
    GP_DECREF(t->agen_hooks[i]);
    t->agen_hooks[i] = GP_NONEV;
  }
  GP_DECREF(t->context);
  t->context = GP_NONEV;
  free(t->errtext);
  free(t->errtype);
  t->errtext = t->errtype = NULL;
}

static void thread_free(GpThread *t) {
  thread_clear(t);
  if (t->name) gp_decref_o(t->name);
  gp_vm_thread_free(t);
  free(t);
}

/* CPython's finalize_modules, its common case: the modules are dropped
** and a full collection finalizes what they kept alive (their dicts are
** cycles with their functions), in allocation order, with every global
** still set, so `a = A()` at module level gets its __del__ and a suspended
** generator its finally blocks. On a thread of its own that runs code; a
** finalizer that imports gets a fresh module table. */
static void finalize_modules(GpVM *vm) {
  GpThread *t = vm->modules && vm->builtins ? gp_attach(vm) : NULL;
  if (!t) return;
  gp_gil_take(&vm->gil, t);
  GpThread *outer = gp_vm_set_current(t);
  GpValue fresh = gp_dict_new(t);
  if (!GP_IS_ERR(fresh)) {
    GpObj *old = vm->modules;
    vm->modules = fresh.as.o;
    gp_decref_o(old);
  }
  if (vm->last_module) gp_decref_o(vm->last_module);
  vm->last_module = NULL;
  gp_gc_collect(t);
  fflush(vm->opt.out);
  gp_vm_set_current(outer);
  gp_gil_drop(&vm->gil, t);
  gp_detach(t);
}

void gp_close(gp_VM *vm) {
  if (!vm) return;
  finalize_modules(vm);
  gp_signal_vm_closed(vm);
  gp_atexit_vm_closed(vm);
  while (vm->threads) {
    GpThread *t = vm->threads;
    vm->threads = t->next;
    thread_free(t);
  }
  if (vm->last_module) gp_decref_o(vm->last_module);
  vm->last_module = NULL;
  GpRetired batch; /* no thread runs: no reader is left */
  gp_retire_take(&vm->retired, &batch);
  gp_retire_release(&batch);
  gp_modules_free(vm);
  if (vm->builtins) gp_decref_o(vm->builtins);
  gp_gc_fini(&vm->gc);
  gp_gil_destroy(&vm->gil);
  pthread_mutex_destroy(&vm->lock);
  free(vm);
}

gp_Thread *gp_attach(gp_VM *vm) {
  GpThread *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->vm = vm;
  t->exc = t->handling = t->agen_hooks[0] = t->agen_hooks[1] = t->context = GP_NONEV;
  t->ticks = vm->opt.check_interval;
  t->ident = (uint64_t)pthread_self();
  pthread_mutex_lock(&vm->lock);
  t->id = ++vm->next_thread_id;
  if (t->id == 1) vm->main_ident = t->ident; /* the thread that runs the program */
  t->next = vm->threads;
  vm->threads = t;
  pthread_mutex_unlock(&vm->lock);
  return t;
}

void gp_detach(gp_Thread *t) {
  if (!t) return;
  GpVM *vm = t->vm;
  pthread_mutex_lock(&vm->lock);
  for (GpThread **p = &vm->threads; *p; p = &(*p)->next) {
    if (*p == t) {
      *p = t->next;
      break;
    }
  }
  pthread_mutex_unlock(&vm->lock);
  /* its exceptions may share objects with running threads: release under the GIL */
  bool take = !t->holds_gil &&
              (GP_IS_OBJ(t->exc) || GP_IS_OBJ(t->handling) || GP_IS_OBJ(t->context) || t->name);
  if (take) gp_gil_take(&vm->gil, t);
  thread_clear(t);
  if (t->name) gp_decref_o(t->name);
  t->name = NULL;
  if (take) gp_gil_drop(&vm->gil, t);
  gp_vm_thread_free(t);
  free(t);
}

/* -------------------------------------------------------------- errors */

static void error_reset(GpThread *t) {
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  free(t->errtext);
  free(t->errtype);
  t->errtext = t->errtype = NULL;
}

/* Keeps the report of t->exc for gp_error (with the GIL held). */
static int error_record(GpThread *t) {
  if (!GP_IS_OBJ(t->exc)) gp_raise(t, &gp_exc_RuntimeError, "error without an exception");
  t->errtype = strdup(t->exc.as.o->type->name);
  t->errtext = gp_traceback_format(t, t->exc);
  return -1;
}

static void error_text(GpThread *t, const char *type, const char *text) {
  error_reset(t);
  t->errtype = strdup(type);
  t->errtext = strdup(text);
}

const char *gp_error(gp_Thread *t) {
  return t->errtext ? t->errtext : "";
}
const char *gp_error_type(gp_Thread *t) {
  return t->errtype;
}

int gp_exit_status(gp_Thread *t, const char **report) {
  *report = gp_error(t);
  if (gp_exc_matches(t->exc, &gp_exc_KeyboardInterrupt)) return 130;
  if (!gp_exc_matches(t->exc, &gp_exc_SystemExit)) return t->errtext ? 1 : 0;
  const GpTuple *args = (const GpTuple *)((const GpExc *)t->exc.as.o)->args;
  GpValue code = args->len ? args->items[0] : GP_NONEV;
  const char *line = strstr(*report, "SystemExit: ");
  *report = "";
  if (GP_IS_NONE(code)) return 0;
  if (GP_IS_INT(code) || GP_IS_BOOL(code)) return (int)(code.as.i & 0xff);
  if (line) *report = line + strlen("SystemExit: ");
  return 1;
}

/* ------------------------------------------------------------- running */

static int load(GpThread *t, const char *src, size_t len, const char *filename,
                const char *modname) {
  GpVM *vm = t->vm;
  gp_gil_take(&vm->gil, t);
  error_reset(t);
  GpValue mod = gp_excgroup_install(t) < 0
                    ? GP_ERRV
                    : gp_module_exec(t, src, len, filename, modname ? modname : "__main__");
  int r = 0;
  if (GP_IS_ERR(mod)) {
    r = error_record(t);
  } else {
    if (vm->last_module) gp_decref_o(vm->last_module);
    vm->last_module = mod.as.o;
  }
  fflush(vm->opt.out);
  gp_gil_drop(&vm->gil, t);
  return r;
}

int gp_load_file(gp_Thread *t, const char *path, const char *modname) {
  size_t len;
  char *src = gp_read_file(path, &len);
  if (!src) {
    char msg[600];
    snprintf(msg, sizeof msg, "OSError: [Errno %d] %s: '%s'\n", errno, strerror(errno), path);
    error_text(t, "OSError", msg);
    return -1;
  }
  pthread_mutex_lock(&t->vm->lock);
  gp_module_set_main_dir(t->vm, path);
  pthread_mutex_unlock(&t->vm->lock);
  int r = load(t, src, len, path, modname);
  free(src);
  return r;
}

int gp_load_string(gp_Thread *t, const char *src, const char *filename, const char *modname) {
  return load(t, src, strlen(src), filename ? filename : "<string>", modname);
}

static GpValue arg_value(GpThread *t, const gp_Arg *a) {
  switch (a->kind) {
  case GP_ARG_INT:
    return gp_intv(a->i);
  case GP_ARG_FLOAT:
    return gp_floatv(a->f);
  default:
    return gp_str_cstr(t, a->s ? a->s : "");
  }
}

static int result_of(GpThread *t, GpValue v, gp_Result *res) {
  memset(res, 0, sizeof *res);
  switch (v.tag) {
  case GP_T_NONE:
    res->kind = GP_RES_NONE;
    return 0;
  case GP_T_INT:
  case GP_T_BOOL:
    res->kind = GP_RES_INT;
    res->i = v.as.i;
    return 0;
  case GP_T_FLOAT:
    res->kind = GP_RES_FLOAT;
    res->f = v.as.f;
    return 0;
  default:
    break;
  }
  bool is_str = GP_IS_TYPE(v, gp_type_str);
  GpValue s = is_str ? v : gp_repr(t, v);
  if (GP_IS_ERR(s)) return -1;
  res->kind = is_str ? GP_RES_STR : GP_RES_OTHER;
  res->s = strdup(GP_STR(s)->data);
  if (!is_str) GP_DECREF(s);
  if (!res->s) return gp_raise_nomem(t), -1;
  return 0;
}

/* A reference to module `modname` (NULL = the last loaded), or an error. */
static GpValue find_module(GpThread *t, const char *modname) {
  GpVM *vm = t->vm;
  GpValue mod = vm->last_module ? gp_objv(vm->last_module) : GP_NONEV;
  GP_INCREF(mod);
  if (modname) {
    GpObj *key = gp_intern_cstr(modname);
    GP_DECREF(mod);
    /* a reference, not a borrowed slot: under gil=none threads may import meanwhile */
    if (!key || !gp_dict_get_str(vm->modules, key, &mod)) mod = GP_NONEV;
    if (!GP_IS_TYPE(mod, gp_type_module)) {
      GP_DECREF(mod);
      return gp_raise(t, &gp_exc_ModuleNotFoundError, "No module named '%s'", modname);
    }
  }
  if (GP_IS_NONE(mod)) return gp_raise(t, &gp_exc_RuntimeError, "no module has been loaded");
  return mod;
}

static GpValue find_function(GpThread *t, const char *modname, const char *func) {
  GpValue mod = find_module(t, modname);
  if (GP_IS_ERR(mod)) return mod;
  GpObj *name = gp_intern_cstr(func);
  GpValue r = name ? gp_getattr(t, mod, name) : gp_raise_nomem(t);
  GP_DECREF(mod);
  return r;
}

int gp_call(gp_Thread *t, const char *modname, const char *func, int nargs, const gp_Arg *args,
            gp_Result *res) {
  GpVM *vm = t->vm;
  gp_gil_take(&vm->gil, t);
  error_reset(t);
  memset(res, 0, sizeof *res);
  int r = -1, n = 0;
  GpValue *av = calloc((size_t)nargs + 1, sizeof *av);
  GpValue fn = find_function(t, modname, func), v = GP_ERRV;
  if (!av) gp_raise_nomem(t);
  if (av && !GP_IS_ERR(fn)) {
    for (; n < nargs; n++) {
      av[n] = arg_value(t, &args[n]);
      if (GP_IS_ERR(av[n])) break;
    }
    if (n == nargs) v = gp_vm_call(t, fn, av, nargs, NULL);
  }
  if (!GP_IS_ERR(v) && result_of(t, v, res) == 0) r = 0;
  if (r < 0) error_record(t);
  GP_DECREF(v);
  GP_DECREF(fn);
  for (int i = 0; av && i < n; i++)
    GP_DECREF(av[i]);
  free(av);
  fflush(vm->opt.out);
  gp_gil_drop(&vm->gil, t);
  return r;
}

int gp_arity(gp_Thread *t, const char *modname, const char *func, int *min, int *max) {
  GpVM *vm = t->vm;
  gp_gil_take(&vm->gil, t);
  error_reset(t);
  GpValue fn = find_function(t, modname, func);
  int r = GP_IS_ERR(fn) ? -1 : 0;
  *min = 0;
  *max = -1;
  if (GP_IS_TYPE(fn, gp_type_function)) {
    const GpFunction *f = (const GpFunction *)fn.as.o;
    *max = f->code->nparams;
    *min = *max - gp_func_ndefaults(f);
  } else if (r == 0 && !GP_IS_TYPE(fn, gp_type_native) && !GP_IS_TYPE(fn, gp_type_type)) {
    gp_raise(t, &gp_exc_TypeError, "'%s' object is not callable", gp_typeof(fn)->name);
    r = -1;
  }
  if (r < 0) error_record(t);
  GP_DECREF(fn);
  gp_gil_drop(&vm->gil, t);
  return r;
}

/* Appends `name` to out as "a, b": false once out is full. */
static bool names_append(char *out, size_t len, size_t *used, const char *name) {
  int n = snprintf(out + *used, len - *used, "%s%s", *used ? ", " : "", name);
  if (n < 0 || (size_t)n >= len - *used) return false;
  *used += (size_t)n;
  return true;
}

/* Ends a full list after its last whole name with "...". */
static void names_cut(char *out, size_t len, size_t used) {
  if (used && used + 5 < len)
    strcpy(out + used, ", ...");
  else if (used + 3 < len)
    strcpy(out + used, "...");
  else if (len > 4)
    strcpy(out + len - 4, "...");
}

int gp_functions(gp_Thread *t, const char *modname, char *out, size_t len) {
  GpVM *vm = t->vm;
  gp_gil_take(&vm->gil, t);
  error_reset(t);
  int count = -1;
  if (len) out[0] = '\0';
  GpValue mod = find_module(t, modname);
  if (!GP_IS_ERR(mod)) {
    GpObj *dict = ((GpModule *)mod.as.o)->dict;
    size_t i = 0, used = 0;
    bool full = len == 0;
    GpValue k, v;
    count = 0;
    /* imported ones too: `from cpu_bound import squares` makes an entry */
    while (gp_dict_next(dict, &i, &k, &v)) {
      if (!GP_IS_TYPE(v, gp_type_function)) continue;
      const char *name = GP_STR(k)->data;
      if (name[0] == '_') continue;
      count++;
      if (!full && !names_append(out, len, &used, name)) {
        full = true;
        names_cut(out, len, used);
      }
    }
    GP_DECREF(mod);
  } else {
    error_record(t);
  }
  gp_gil_drop(&vm->gil, t);
  return count;
}

void gp_result_free(gp_Result *r) {
  free(r->s);
  r->s = NULL;
}

/* ---------------------------------------------------------- forwarding */

void gp_interrupt(gp_VM *vm) {
  gp_gil_interrupt(&vm->gil);
}
void gp_gil_stats(gp_VM *vm, gp_GilStats *out) {
  gp_gil_totals(&vm->gil, out);
}
void gp_thread_gil_stats(gp_Thread *t, gp_GilStats *out) {
  gp_gil_thread_stats(&t->vm->gil, t, out);
}
unsigned gp_thread_id(gp_Thread *t) {
  return t->id;
}
void gp_trace_start(gp_VM *vm) {
  gp_gil_trace_start(&vm->gil);
}
void gp_trace_stop(gp_VM *vm) {
  gp_gil_trace_stop(&vm->gil);
}
size_t gp_trace_read(gp_VM *vm, gp_TraceEvent *buf, size_t max) {
  return gp_gil_trace_read(&vm->gil, buf, max);
}
