/*
** module.c — module objects, the table of built-in modules and import.
**
** vm->modules maps names to loaded modules; a module is registered before
** its code runs (so circular imports see it) and removed if that code
** raises. Module dicts and the functions in them reference each other, so
** gp_modules_free clears the dicts before dropping them; modules whose code
** failed are kept aside until then (their functions may still be in use).
** vm->priv is this file's ModState.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "module.h"
#include "obj.h"
#include "vm.h"

typedef struct ModState {
  char *main_dir; /* where `import` looks after the importer's directory */
  GpObj *failed;  /* list of modules whose code raised */
} ModState;

static ModState *mod_state(GpVM *vm) {
  if (!vm->priv) vm->priv = calloc(1, sizeof(ModState));
  return vm->priv;
}

static int open_builtins(GpThread *t, GpObj *d); /* the VM's builtins dict */

const GpBuiltinModule gp_builtin_modules[] = {
    {"math", gp_open_math},
    {"cmath", gp_open_cmath},
    {"time", gp_open_time},
    {"sys", gp_open_sys},
    {"builtins", open_builtins},
    {"threading", gp_open_threading},
    {"gil", gp_open_gil},
    {"bench", gp_open_bench},
    {"random", gp_open_random},
    {"heapq", gp_open_heapq},
    {"bisect", gp_open_bisect},
    {"functools", gp_open_functools},
    {"operator", gp_open_operator},
    {"itertools", gp_open_itertools},
    {"string", gp_open_string},
    {"errno", gp_open_errno},
    {"typing", gp_open_typing},
    {"__future__", gp_open_future},
    {"collections", gp_open_collections},
    {"collections.abc", gp_open_collections_abc},
    {"copy", gp_open_copy},
    {"io", gp_open_io},
    {"gc", gp_open_gc},
    {"contextlib", gp_open_contextlib},
    {"queue", gp_open_queue},
    {"concurrent", gp_open_concurrent},
    {"concurrent.futures", gp_open_concurrent_futures},
    {"abc", gp_open_abc},
    {"traceback", gp_open_traceback},
    {"dataclasses", gp_open_dataclasses},
    {"enum", gp_open_enum},
    {"json", gp_open_json},
    {"asyncio", gp_open_asyncio},
    {"os", gp_open_os},
    {"multiprocessing", gp_open_multiprocessing},
    {"statistics", gp_open_statistics},
    {"textwrap", gp_open_textwrap},
    {"tempfile", gp_open_tempfile},
    {"shutil", gp_open_shutil},
    {"pathlib", gp_open_pathlib},
    {"datetime", gp_open_datetime},
    {"_strptime", gp_open_strptime},
    {"calendar", gp_open_calendar},
    {"logging", gp_open_logging},
    {"types", gp_open_types},
    {"weakref", gp_open_weakref},
    {"re", gp_open_re},
    {"importlib", gp_open_importlib},
    {"argparse", gp_open_argparse},
    {"warnings", gp_open_warnings},
    {"stat", gp_open_stat},
    {"struct", gp_open_struct},
    {"csv", gp_open_csv},
    {"_hashlib", gp_open_hashlib_c},
    {"hashlib", gp_open_hashlib},
    {"hmac", gp_open_hmac},
    {"binascii", gp_open_binascii},
    {"base64", gp_open_base64},
    {"socket", gp_open_socket},
    {"signal", gp_open_signal},
    {"atexit", gp_open_atexit},
    {"urllib", gp_open_urllib},
    {"urllib.parse", gp_open_urllib_parse},
    {"http", gp_open_http},
    {"http.client", gp_open_http_client},
    {"urllib.error", gp_open_urllib_error},
    {"urllib.request", gp_open_urllib_request},
    {"subprocess", gp_open_subprocess},
    {"timeit", gp_open_timeit},
    {"shlex", gp_open_shlex},
    {"getopt", gp_open_getopt},
    {"numbers", gp_open_numbers},
    {"fractions", gp_open_fractions},
    {"pprint", gp_open_pprint},
    {"reprlib", gp_open_reprlib},
    {"unittest", gp_open_unittest},
    {"keyword", gp_open_keyword},
    {"contextvars", gp_open_contextvars},
    {"fnmatch", gp_open_fnmatch},
    {"glob", gp_open_glob},
    {"graphlib", gp_open_graphlib},
    {"select", gp_open_select},
    {"selectors", gp_open_selectors},
    {"secrets", gp_open_secrets},
    {"uuid", gp_open_uuid},
    {"platform", gp_open_platform},
    {"sched", gp_open_sched},
    {"copyreg", gp_open_copyreg},
    {"pickle", gp_open_pickle},
    {"_gpmatch", gp_open_gpmatch},
    {NULL, NULL},
};

/* ------------------------------------------------------------ objects */

static void module_dealloc(GpObj *o) {
  GpModule *m = (GpModule *)o;
  if (m->name) gp_decref_o(m->name);
  if (m->dict) gp_decref_o(m->dict);
}

static int module_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpModule *m = (GpModule *)o;
  return m->dict ? visit(m->dict, arg) : 0;
}

static const char *module_name(GpModule *m) {
  return ((GpStr *)m->name)->data;
}

static const char *module_file(GpModule *m) {
  GpObj *key = gp_intern_cstr("__file__");
  GpValue *f = key ? gp_dict_find_str(m->dict, key) : NULL;
  return f && GP_IS_TYPE(*f, gp_type_str) ? GP_STR(*f)->data : NULL;
}

static GpValue module_repr(GpThread *t, GpValue self) {
  GpModule *m = (GpModule *)self.as.o;
  const char *file = module_file(m);
  if (file) return gp_str_printf(t, "<module '%s' from '%s'>", module_name(m), file);
  GpObj *spec = gp_intern_cstr("__spec__");
  if (spec && gp_dict_find_str(m->dict, spec))
    return gp_str_printf(t, "<module '%s'>", module_name(m));
  return gp_str_printf(t, "<module '%s' (built-in)>", module_name(m));
}

/* A name the module's dict lacks, from its own __getattr__ (PEP 562):
** 1 with *out set, 0 if it has none, -1 if it raised. */
static int module_hook(GpThread *t, GpModule *m, GpObj *name, GpValue *out) {
  GpValue hook;
  if (!gp_dict_get_str(m->dict, gp_intern_cstr("__getattr__"), &hook)) return 0;
  GpValue arg = gp_objv(name);
  *out = gp_vm_call(t, hook, &arg, 1, NULL);
  GP_DECREF(hook);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static GpValue module_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpModule *m = (GpModule *)self.as.o;
  GpValue v;
  if (gp_dict_get_str(m->dict, name, &v)) return v;
  if (strcmp(((GpStr *)name)->data, "__dict__") == 0) {
    gp_incref_o(m->dict);
    return gp_objv(m->dict);
  }
  int r = module_hook(t, m, name, &v);
  if (r) return r > 0 ? v : GP_ERRV;
  return gp_raise(t, &gp_exc_AttributeError, "module '%s' has no attribute '%s'", module_name(m),
                  ((GpStr *)name)->data);
}

static int module_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  return gp_dict_set(t, ((GpModule *)self.as.o)->dict, gp_objv(name), v);
}

static int module_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

/* types.ModuleType(name, doc=None): an empty module, which (with no spec,
** as CPython's) names no file and is not built in. */
static GpValue module_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "module", nargs, kw, 1, 2) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "module() argument 'name' must be str, not %s",
                    gp_typeof(args[0])->name);
  GpValue m = gp_module_new(t, GP_STR(args[0])->data, NULL);
  if (GP_IS_ERR(m)) return m;
  GpObj *d = ((GpModule *)m.as.o)->dict;
  if ((nargs > 1 && gp_dict_set_str(t, d, "__doc__", args[1]) < 0) ||
      gp_dict_set_str(t, d, "__package__", GP_NONEV) < 0 ||
      gp_dict_set_str(t, d, "__loader__", GP_NONEV) < 0 ||
      gp_dict_set_str(t, d, "__spec__", GP_NONEV) < 0) {
    GP_DECREF(m);
    return GP_ERRV;
  }
  return m;
}

GpType gp_type_module = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "module",
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .repr = module_repr,
    .hash = module_hash,
    .call = module_call,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

GpValue gp_module_new(GpThread *t, const char *name, const char *file) {
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) return d;
  GpValue n = gp_str_cstr(t, name);
  GpModule *m = GP_IS_ERR(n) ? NULL : (GpModule *)gp_alloc(t, &gp_type_module, sizeof(GpModule));
  if (!m) {
    GP_DECREF(d);
    GP_DECREF(n);
    return gp_raise_nomem(t);
  }
  m->name = n.as.o;
  m->dict = d.as.o;
  GpValue mv = gp_objv(&m->ob);
  if (gp_dict_set_str(t, m->dict, "__name__", n) < 0) goto fail;
  if (gp_dict_set_str(t, m->dict, "__doc__", GP_NONEV) < 0) goto fail; /* or the docstring */
  if (file) {
    GpValue f = gp_str_cstr(t, file);
    if (GP_IS_ERR(f)) goto fail;
    int r = gp_dict_set_str(t, m->dict, "__file__", f);
    GP_DECREF(f);
    if (r < 0) goto fail;
  }
  return mv;
fail:
  GP_DECREF(mv);
  return GP_ERRV;
}

/* ------------------------------------------------------------- files */

char *gp_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n - 1, f);
    if (n < cap - 1) break;
    char *nb = realloc(buf, cap * 2);
    if (!nb) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = nb;
    cap *= 2;
  }
  bool failed = ferror(f) != 0;
  int err = failed ? EIO : ENOMEM;
  fclose(f);
  if (!buf || failed) {
    free(buf);
    errno = err;
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

void gp_module_set_main_dir(GpVM *vm, const char *path) {
  ModState *ms = mod_state(vm);
  if (!ms || ms->main_dir) return;
  const char *slash = strrchr(path, '/');
  ms->main_dir = slash ? strndup(path, (size_t)(slash - path)) : strdup(".");
}

/* Keeps a module whose code raised, for gp_modules_free to break its cycles. */
static void keep_failed(GpThread *t, GpValue mod) {
  ModState *ms = mod_state(t->vm);
  if (!ms) return;
  GpValue saved = t->exc;
  t->exc = GP_NONEV;
  if (!ms->failed) {
    GpValue l = gp_list_new(t, 1);
    if (!GP_IS_ERR(l)) ms->failed = l.as.o;
  }
  if (ms->failed) gp_list_append(t, ms->failed, mod);
  GP_DECREF(t->exc);
  t->exc = saved;
}

GpValue gp_module_exec(GpThread *t, const char *src, size_t len, const char *filename,
                       const char *modname) {
  GpVM *vm = t->vm;
  GpValue code = gp_compile_source(t, src, len, filename);
  if (GP_IS_ERR(code)) return code;
  bool is_file = filename[0] != '<';
  GpValue mod = gp_module_new(t, modname, is_file ? filename : NULL);
  if (GP_IS_ERR(mod)) {
    GP_DECREF(code);
    return mod;
  }
  GpValue key = gp_objv(((GpModule *)mod.as.o)->name);
  if (gp_dict_set(t, vm->modules, key, mod) < 0) goto fail;
  GpValue r = gp_vm_run_module(t, (GpCode *)code.as.o, ((GpModule *)mod.as.o)->dict);
  if (GP_IS_ERR(r)) {
    GpValue saved = t->exc;
    t->exc = GP_NONEV;
    if (gp_dict_del(t, vm->modules, key) < 0) GP_DECREF(t->exc);
    t->exc = saved;
    keep_failed(t, mod);
    goto fail;
  }
  GP_DECREF(r);
  GP_DECREF(code);
  return mod;
fail:
  GP_DECREF(code);
  GP_DECREF(mod);
  return GP_ERRV;
}

/* ------------------------------------------------------------ import */

/* `builtins` is the VM's own builtins dict, not a copy: a program that
** sets builtins.print changes what print names everywhere, as in CPython.
** Its module is not yet published, so its dict may still be swapped. */
static int open_builtins(GpThread *t, GpObj *d) {
  (void)t;
  (void)d;
  return 0;
}

static int use_vm_builtins(GpThread *t, GpModule *m) {
  GpObj *b = t->vm->builtins;
  if (gp_dict_set_str(t, b, "__name__", gp_objv(m->name)) < 0) return -1;
  gp_incref_o(b);
  gp_decref_o(m->dict);
  m->dict = b;
  return 0;
}

static GpValue import_builtin(GpThread *t, const GpBuiltinModule *bm) {
  GpValue mod = gp_module_new(t, bm->name, NULL);
  if (GP_IS_ERR(mod)) return mod;
  GpModule *m = (GpModule *)mod.as.o;
  if ((bm->open == open_builtins && use_vm_builtins(t, m) < 0) || bm->open(t, m->dict) < 0 ||
      gp_dict_set(t, t->vm->modules, gp_objv(m->name), mod) < 0) {
    GP_DECREF(mod);
    return GP_ERRV;
  }
  return mod;
}

/* NAME.py in dir; NULL if there is none. */
static char *find_source(const char *dir, const char *name, size_t *len, char **path) {
  size_t n = strlen(dir) + strlen(name) + 5;
  char *p = malloc(n);
  if (!p) return NULL;
  snprintf(p, n, "%s/%s.py", dir, name);
  char *src = gp_read_file(p, len);
  if (!src) {
    free(p);
    return NULL;
  }
  *path = p;
  return src;
}

static char *importer_dir(GpObj *globals) {
  GpObj *key = globals ? gp_intern_cstr("__file__") : NULL;
  GpValue *f = key ? gp_dict_find_str(globals, key) : NULL;
  if (!f || !GP_IS_TYPE(*f, gp_type_str)) return NULL;
  const char *s = GP_STR(*f)->data, *slash = strrchr(s, '/');
  return slash ? strndup(s, (size_t)(slash - s)) : strdup(".");
}

/* The directory a package's submodules are in (its __path__), or NULL. */
static char *package_dir(GpValue pkg) {
  if (!GP_IS_TYPE(pkg, gp_type_module)) return NULL;
  GpValue p;
  if (!gp_dict_get_str(((GpModule *)pkg.as.o)->dict, gp_intern_cstr("__path__"), &p)) return NULL;
  char *r = GP_IS_TYPE(p, gp_type_str) ? strdup(GP_STR(p)->data) : NULL;
  GP_DECREF(p);
  return r;
}

/* A package: DIR/NAME/__init__.py, or (a namespace package) just the
** directory; its __path__ is that directory. */
static GpValue import_package(GpThread *t, const char *dir, const char *leaf, const char *full,
                              bool *found) {
  size_t n = strlen(dir) + strlen(leaf) + 2, len;
  char *pdir = malloc(n), *path = NULL, *src = NULL;
  if (!pdir) return gp_raise_nomem(t);
  snprintf(pdir, n, "%s/%s", dir, leaf);
  src = find_source(pdir, "__init__", &len, &path);
  struct stat st;
  *found = src || (stat(pdir, &st) == 0 && S_ISDIR(st.st_mode));
  GpValue mod = GP_NONEV;
  if (*found) {
    GpValue pv = gp_str_cstr(t, pdir);
    /* __path__ first: the package's own code may import its submodules */
    mod = gp_module_new(t, full, path);
    if (!GP_IS_ERR(mod) &&
        (GP_IS_ERR(pv) || gp_dict_set_str(t, ((GpModule *)mod.as.o)->dict, "__path__", pv) < 0)) {
      GP_DECREF(mod);
      mod = GP_ERRV;
    }
    GP_DECREF(pv);
    if (!GP_IS_ERR(mod)) {
      GpModule *m = (GpModule *)mod.as.o;
      if (gp_dict_set(t, t->vm->modules, gp_objv(m->name), mod) < 0) {
        GP_DECREF(mod);
        mod = GP_ERRV;
      } else if (src) {
        GpValue code = gp_compile_source(t, src, len, path);
        GpValue r = GP_IS_ERR(code) ? code : gp_vm_run_module(t, (GpCode *)code.as.o, m->dict);
        GP_DECREF(code);
        if (GP_IS_ERR(r)) {
          GpValue saved = t->exc;
          t->exc = GP_NONEV;
          if (gp_dict_del(t, t->vm->modules, gp_objv(m->name)) < 0) GP_DECREF(t->exc);
          t->exc = saved;
          keep_failed(t, mod);
          GP_DECREF(mod);
          mod = GP_ERRV;
        }
        GP_DECREF(r);
      }
    }
  }
  free(src);
  free(path);
  free(pdir);
  return mod;
}

/* NAME.py, else the package NAME, in dir; GP_NONEV if neither is there. */
static GpValue import_from_dir(GpThread *t, const char *dir, const char *leaf, const char *full) {
  size_t len = 0;
  char *path = NULL, *src = find_source(dir, leaf, &len, &path);
  if (src) {
    GpValue mod = gp_module_exec(t, src, len, path, full);
    free(src);
    free(path);
    return mod;
  }
  bool found = false;
  GpValue mod = import_package(t, dir, leaf, full, &found);
  return found || GP_IS_ERR(mod) ? mod : GP_NONEV;
}

/* NAME from the directories a program added to sys.path (sys.path.insert(0,
** dir) before an import, as benchmark drivers do); only once sys is imported,
** since a program that never imported it cannot have changed it. The
** directories in skip (NULL entries allowed) were searched already. */
static bool same_dir(const char *a, const char *b) {
  struct stat x, y;
  if (!b) return false;
  if (strcmp(a, b) == 0) return true;
  return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

static bool searched(const char *dir, const char *const skip[2]) {
  return same_dir(dir, skip[0]) || same_dir(dir, skip[1]);
}

static GpValue import_from_sys_path(GpThread *t, const char *name, const char *const skip[2]) {
  GpValue sys, path, mod = GP_NONEV;
  if (!gp_dict_get_str(t->vm->modules, gp_intern_cstr("sys"), &sys)) return GP_NONEV;
  bool has = gp_dict_get_str(((GpModule *)sys.as.o)->dict, gp_intern_cstr("path"), &path);
  GP_DECREF(sys);
  if (!has) return GP_NONEV;
  GpValue it = GP_IS_TYPE(path, gp_type_list) ? gp_iter(t, path) : GP_NONEV, dir;
  GP_DECREF(path);
  if (GP_IS_ERR(it) || GP_IS_NONE(it)) return it;
  int r;
  while (GP_IS_NONE(mod) && (r = gp_next(t, it, &dir)) > 0) {
    if (GP_IS_TYPE(dir, gp_type_str) && !searched(GP_STR(dir)->data, skip))
      mod = import_from_dir(t, GP_STR(dir)->data, name, name);
    GP_DECREF(dir);
  }
  GP_DECREF(it);
  return r < 0 ? GP_ERRV : mod;
}

/* import a.b: a first, then b from a's directory; b becomes a's attribute. */
static GpValue import_dotted(GpThread *t, const char *s, const char *dot, GpObj *globals) {
  GpValue parent = gp_import(t, gp_intern(s, (size_t)(dot - s)), globals), mod = GP_NONEV;
  if (GP_IS_ERR(parent)) return parent;
  /* importing the parent may have registered it (multiprocessing.pool) */
  if (!gp_dict_get_str(t->vm->modules, gp_intern_cstr(s), &mod)) mod = GP_NONEV;
  for (const GpBuiltinModule *bm = gp_builtin_modules; GP_IS_NONE(mod) && bm->name; bm++)
    if (strcmp(bm->name, s) == 0) mod = import_builtin(t, bm);
  if (GP_IS_NONE(mod)) {
    char *dir = package_dir(parent);
    if (!dir) {
      GP_DECREF(parent);
      return gp_raise(t, &gp_exc_ModuleNotFoundError,
                      "No module named '%s'; '%.*s' is not a package", s, (int)(dot - s), s);
    }
    mod = import_from_dir(t, dir, dot + 1, s);
    free(dir);
    if (GP_IS_NONE(mod)) mod = gp_raise(t, &gp_exc_ModuleNotFoundError, "No module named '%s'", s);
  }
  if (!GP_IS_ERR(mod) && gp_dict_set_str(t, ((GpModule *)parent.as.o)->dict, dot + 1, mod) < 0) {
    GP_DECREF(mod);
    mod = GP_ERRV;
  }
  GP_DECREF(parent);
  return mod;
}

/* The package a module's relative imports start from: its own name if it
** is a package (has __path__), else its name without the last part. */
static GpValue importer_package(GpThread *t, GpObj *globals) {
  GpValue *name = globals ? gp_dict_find_str(globals, gp_intern_cstr("__name__")) : NULL;
  if (!name || !GP_IS_TYPE(*name, gp_type_str)) return gp_str_cstr(t, "");
  const char *s = GP_STR(*name)->data, *dot = strrchr(s, '.');
  if (gp_dict_find_str(globals, gp_intern_cstr("__path__"))) return gp_str_cstr(t, s);
  return dot ? gp_str_printf(t, "%.*s", (int)(dot - s), s) : gp_str_cstr(t, "");
}

/* The length of the package name p[len] without its last part ("a.b" of "a.b.c"). */
static size_t parent_len(const char *p, size_t len) {
  while (len > 0 && p[len - 1] != '.')
    len--;
  return len > 0 ? len - 1 : 0;
}

/* "..m" imported from package a.b.c: "a.b.m" (interned), or ImportError. */
static GpObj *resolve_relative(GpThread *t, const char *s, GpObj *globals) {
  GpValue pkg = importer_package(t, globals);
  if (GP_IS_ERR(pkg)) return NULL;
  const char *p = GP_STR(pkg)->data, *rest = s + 1;
  size_t len = GP_STR(pkg)->len;
  for (; *rest == '.' && len > 0; rest++) /* each dot after the first: one package up */
    len = parent_len(p, len);
  GpObj *r = NULL;
  if (GP_STR(pkg)->len == 0)
    gp_raise(t, &gp_exc_ImportError, "attempted relative import with no known parent package");
  else if (*rest == '.' || len == 0)
    gp_raise(t, &gp_exc_ImportError, "attempted relative import beyond top-level package");
  else {
    GpValue full = gp_str_printf(t, "%.*s%s%s", (int)len, p, *rest ? "." : "", rest);
    if (!GP_IS_ERR(full)) r = gp_intern(GP_STR(full)->data, GP_STR(full)->len);
    GP_DECREF(full);
  }
  GP_DECREF(pkg);
  return r;
}

/* NAME not in vm->modules: a built-in module, a dotted name, or a file. */
static GpValue import_uncached(GpThread *t, GpObj *name, GpObj *importer_globals) {
  GpVM *vm = t->vm;
  const char *s = ((GpStr *)name)->data;
  const char *dot = strrchr(s, '.');
  if (dot) return import_dotted(t, s, dot, importer_globals);
  for (const GpBuiltinModule *bm = gp_builtin_modules; bm->name; bm++)
    if (strcmp(bm->name, s) == 0) return import_builtin(t, bm);
  GpValue mod = GP_NONEV;
  char *dir = importer_dir(importer_globals);
  if (dir) mod = import_from_dir(t, dir, s, s);
  ModState *ms = vm->priv;
  const char *const skip[2] = {dir, ms ? ms->main_dir : NULL};
  if (GP_IS_NONE(mod) && skip[1] && !(dir && same_dir(skip[1], dir)))
    mod = import_from_dir(t, skip[1], s, s);
  if (GP_IS_NONE(mod)) mod = import_from_sys_path(t, s, skip);
  free(dir);
  if (GP_IS_NONE(mod)) return gp_raise(t, &gp_exc_ModuleNotFoundError, "No module named '%s'", s);
  return mod;
}

/* Threads importing one name take turns (importlock.c): the first loads
** it, the others get the finished module. */
GpValue gp_import(GpThread *t, GpObj *name, GpObj *importer_globals) {
  const char *s = ((GpStr *)name)->data;
  GpValue mod;
  if (s[0] == '.') {
    GpObj *full = resolve_relative(t, s, importer_globals);
    return full ? gp_import(t, full, importer_globals) : GP_ERRV;
  }
  if (gp_dict_get_str(t->vm->modules, name, &mod)) return gp_import_ready(t, s, mod);
  int claimed = gp_import_claim(t, s);
  if (claimed < 0) return GP_ERRV;
  /* loaded by the thread this one waited for */
  if (!gp_dict_get_str(t->vm->modules, name, &mod))
    mod = import_uncached(t, name, importer_globals);
  if (claimed) gp_import_release(t, s);
  return mod;
}

const char *gp_module_main_dir(GpVM *vm) {
  ModState *ms = vm->priv;
  return ms ? ms->main_dir : NULL;
}

/* Whether name is a built-in submodule (collections.abc). */
static bool builtin_submodule(const char *pkg, const char *name) {
  size_t n = strlen(pkg);
  for (const GpBuiltinModule *bm = gp_builtin_modules; bm->name; bm++)
    if (strncmp(bm->name, pkg, n) == 0 && bm->name[n] == '.' && strcmp(bm->name + n + 1, name) == 0)
      return true;
  return false;
}

GpValue gp_import_from(GpThread *t, GpValue module, GpObj *name) {
  if (!GP_IS_TYPE(module, gp_type_module)) return gp_getattr(t, module, name);
  GpModule *m = (GpModule *)module.as.o;
  GpValue v;
  if (gp_dict_get_str(m->dict, name, &v)) return v;
  int r = module_hook(t, m, name, &v); /* an AttributeError from it: go on */
  if (r > 0) return v;
  if (r < 0) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return GP_ERRV;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  char *dir = package_dir(module); /* from pkg import submodule */
  if (dir || builtin_submodule(module_name(m), ((GpStr *)name)->data)) {
    free(dir);
    GpValue full = gp_str_printf(t, "%s.%s", module_name(m), ((GpStr *)name)->data);
    if (GP_IS_ERR(full)) return full;
    GpValue r = gp_import(t, gp_intern(GP_STR(full)->data, GP_STR(full)->len), NULL);
    GP_DECREF(full);
    if (!GP_IS_ERR(r) || !gp_exc_matches(t->exc, &gp_exc_ModuleNotFoundError)) return r;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  const char *file = module_file(m);
  return gp_raise(t, &gp_exc_ImportError, "cannot import name '%s' from '%s' (%s)",
                  ((GpStr *)name)->data, module_name(m), file ? file : "unknown location");
}

/* from m import * with m.__all__: exactly the names it lists. */
static int import_all(GpThread *t, GpValue module, GpValue all, GpObj *globals) {
  GpValue it = gp_iter(t, all), k;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &k)) > 0) {
    GpValue v = GP_IS_TYPE(k, gp_type_str) ? gp_getattr(t, module, k.as.o) : GP_ERRV;
    if (!GP_IS_TYPE(k, gp_type_str))
      gp_raise(t, &gp_exc_TypeError, "Item in %s.__all__ must be str, not %s",
               module_name((GpModule *)module.as.o), gp_type_name(k));
    r = GP_IS_ERR(v) ? -1 : gp_dict_set(t, globals, k, v);
    GP_DECREF(v);
    GP_DECREF(k);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r < 0 ? -1 : 0;
}

int gp_import_star(GpThread *t, GpValue module, GpObj *globals) {
  if (!GP_IS_TYPE(module, gp_type_module)) {
    gp_raise(t, &gp_exc_TypeError, "import * expects a module");
    return -1;
  }
  GpValue k, v;
  GpObj *d = ((GpModule *)module.as.o)->dict;
  if (gp_dict_get_str(d, gp_intern_cstr("__all__"), &v)) {
    int r = import_all(t, module, v, globals);
    GP_DECREF(v);
    return r;
  }
  for (size_t i = 0; gp_dict_next(d, &i, &k, &v);) {
    if (GP_IS_TYPE(k, gp_type_str) && GP_STR(k)->data[0] == '_') continue;
    if (gp_dict_set(t, globals, k, v) < 0) return -1;
  }
  return 0;
}

/* ----------------------------------------------------------- closing */

/* Sets every value of d to None. Through the dict's store protocol
** (gp_dict_next_swap), and each old value dropped after its lock: under
** gil=none another thread may still read d, even with a peek (cache_none.h). */
static void dict_clear_values(GpObj *d) {
  GpValue old;
  for (size_t i = 0; gp_dict_next_swap(d, &i, GP_NONEV, &old);)
    GP_DECREF(old);
}

static void clear_module(GpValue m) {
  if (GP_IS_TYPE(m, gp_type_module)) dict_clear_values(((GpModule *)m.as.o)->dict);
}

void gp_modules_free(GpVM *vm) {
  GpValue m;
  if (vm->modules) {
    for (size_t i = 0; gp_dict_next(vm->modules, &i, NULL, &m);)
      clear_module(m);
    gp_decref_o(vm->modules);
    vm->modules = NULL;
  }
  ModState *ms = vm->priv;
  if (ms) {
    if (ms->failed) {
      GpList *l = (GpList *)ms->failed;
      for (size_t i = 0; i < l->len; i++)
        clear_module(l->items[i]);
      gp_decref_o(ms->failed);
    }
    free(ms->main_dir);
    free(ms);
  }
  vm->priv = NULL;
}
