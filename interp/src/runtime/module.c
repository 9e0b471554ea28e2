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

const GpBuiltinModule gp_builtin_modules[] = {
    {"math", gp_open_math}, {"time", gp_open_time},
    {"sys", gp_open_sys},   {"threading", gp_open_threading},
    {"gil", gp_open_gil},   {"bench", gp_open_bench},
    {"gc", gp_open_gc},     {NULL, NULL},
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
  return gp_str_printf(t, "<module '%s' (built-in)>", module_name(m));
}

static GpValue module_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpModule *m = (GpModule *)self.as.o;
  GpValue v;
  if (gp_dict_get_str(m->dict, name, &v)) return v;
  if (strcmp(((GpStr *)name)->data, "__dict__") == 0) {
    gp_incref_o(m->dict);
    return gp_objv(m->dict);
  }
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

GpType gp_type_module = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "module",
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .repr = module_repr,
    .hash = module_hash,
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

static GpValue import_builtin(GpThread *t, const GpBuiltinModule *bm) {
  GpValue mod = gp_module_new(t, bm->name, NULL);
  if (GP_IS_ERR(mod)) return mod;
  GpModule *m = (GpModule *)mod.as.o;
  if (bm->open(t, m->dict) < 0 || gp_dict_set(t, t->vm->modules, gp_objv(m->name), mod) < 0) {
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

GpValue gp_import(GpThread *t, GpObj *name, GpObj *importer_globals) {
  GpVM *vm = t->vm;
  const char *s = ((GpStr *)name)->data;
  GpValue cached;
  if (gp_dict_get_str(vm->modules, name, &cached)) return cached;
  for (const GpBuiltinModule *bm = gp_builtin_modules; bm->name; bm++)
    if (strcmp(bm->name, s) == 0) return import_builtin(t, bm);
  size_t len = 0;
  char *path = NULL, *src = NULL, *dir = importer_dir(importer_globals);
  if (dir) src = find_source(dir, s, &len, &path);
  ModState *ms = vm->priv;
  if (!src && ms && ms->main_dir) src = find_source(ms->main_dir, s, &len, &path);
  free(dir);
  if (!src) return gp_raise(t, &gp_exc_ModuleNotFoundError, "No module named '%s'", s);
  GpValue mod = gp_module_exec(t, src, len, path, s);
  free(src);
  free(path);
  return mod;
}

GpValue gp_import_from(GpThread *t, GpValue module, GpObj *name) {
  if (!GP_IS_TYPE(module, gp_type_module)) return gp_getattr(t, module, name);
  GpModule *m = (GpModule *)module.as.o;
  GpValue v;
  if (gp_dict_get_str(m->dict, name, &v)) return v;
  const char *file = module_file(m);
  return gp_raise(t, &gp_exc_ImportError, "cannot import name '%s' from '%s' (%s)",
                  ((GpStr *)name)->data, module_name(m), file ? file : "unknown location");
}

int gp_import_star(GpThread *t, GpValue module, GpObj *globals) {
  if (!GP_IS_TYPE(module, gp_type_module)) {
    gp_raise(t, &gp_exc_TypeError, "import * expects a module");
    return -1;
  }
  GpValue k, v;
  GpObj *d = ((GpModule *)module.as.o)->dict;
  for (size_t i = 0; gp_dict_next(d, &i, &k, &v);) {
    if (GP_IS_TYPE(k, gp_type_str) && GP_STR(k)->data[0] == '_') continue;
    if (gp_dict_set(t, globals, k, v) < 0) return -1;
  }
  return 0;
}

/* ----------------------------------------------------------- closing */

static void dict_clear_values(GpObj *d) {
  GpDict *dd = (GpDict *)d;
  for (size_t i = 0; i < dd->nentries; i++) {
    if (GP_IS_ERR(dd->entries[i].key)) continue;
    GpValue old = dd->entries[i].value;
    dd->entries[i].value = GP_NONEV;
    GP_DECREF(old);
  }
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
