/*
** spinlib.h — where CPython finds E5's native loop (libgbspin.so, built
** from workloads/native/spin.c, the code gilpy's bench.spin_native runs).
*/
#ifndef GB_SPINLIB_H
#define GB_SPINLIB_H

/* Sets $GILBENCH_SPINLIB, which workloads/compat.py loads, to libgbspin.so
** beside this binary (build/bin/ -> build/lib/) unless it is set already or
** the library is not there (compat.py then looks relative to itself).
** Before any thread starts: setenv is not thread-safe. */
void gb_spinlib_export(void);

#endif
