/*
** module.h — module objects and import (module.c), for vm.c and api.c.
*/
#ifndef GP_MODULE_H
#define GP_MODULE_H

#include "gp.h"

/* A new module with __name__ (and __file__ if file is not NULL) set. */
GpValue gp_module_new(GpThread *t, const char *name, const char *file);
/* import NAME: cached module, built-in module, or NAME.py beside the
** importing file or the main script. */
GpValue gp_import(GpThread *t, GpObj *name, GpObj *importer_globals);
GpValue gp_import_from(GpThread *t, GpValue module, GpObj *name);
int gp_import_star(GpThread *t, GpValue module, GpObj *globals);
/* Compiles src and runs it as module modname (registered in vm->modules
** first, removed again if it fails). Returns the module or GP_ERRV. */
GpValue gp_module_exec(GpThread *t, const char *src, size_t len, const char *filename,
                       const char *modname);
/* Runs src as module hidden (gp_module_exec), adds natives (NULL: none)
** to it for its functions to call, and copies its names but __name__,
** __doc__ and __file__ into d: a built-in module written in Python
** (modules/pysrc.c). 0 or -1. */
int gp_module_fill_from_source(GpThread *t, GpObj *d, const char *src, size_t len,
                               const char *filename, const char *hidden,
                               const GpMethodDef *natives);
/* A name of the hidden module _gpexcgroup (modules/excgroup_py.c): the
** group types and the steps of except*; a new reference. */
GpValue gp_excgroup_attr(GpThread *t, const char *name);
/* Makes that module and puts the group types into the builtins, the first
** time (the VM's first load, its GIL held): 0 or -1. */
int gp_excgroup_install(GpThread *t);
/* Reads a whole file (NUL-terminated, malloc'd); NULL with errno set. */
char *gp_read_file(const char *path, size_t *len);
/* Where `import NAME` looks for NAME.py when the importer's own directory
** does not have it: the directory of the first file run as a script. */
void gp_module_set_main_dir(GpVM *vm, const char *path);
/* The main program's directory (sys.path[0]), or NULL when none was run. */
const char *gp_module_main_dir(GpVM *vm);
/* importlock.c: per-module import locks across a VM's threads. Before
** loading name, gp_import_claim waits while another thread loads it, then
** takes it: 1 (release with gp_import_release when done), 0 (this thread
** was loading it already) or -1 (an exception). gp_import_ready returns
** mod, a cached module, once no other thread is still running its code
** (GP_ERRV, mod released, on an interrupt). */
int gp_import_claim(GpThread *t, const char *name);
void gp_import_release(GpThread *t, const char *name);
GpValue gp_import_ready(GpThread *t, const char *name, GpValue mod);
/* Breaks the module <-> function cycles and frees the module table (gp_close). */
void gp_modules_free(GpVM *vm);

#endif
