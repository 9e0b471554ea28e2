/*
** finalize.h — PEP 442 finalizers (finalize.c documents when they run).
*/
#ifndef GP_FINALIZE_H
#define GP_FINALIZE_H

#include "gp.h"

/* Whether o has a finalizer still to run: a generator suspended in its
** body, an async generator suspended with a finalizer hook, or an instance whose class has __del__
*and which has not been
** finalized (GP_F_FINALIZED). */
bool gp_has_finalizer(const GpObj *o);
/* Runs it if it is still to run; t's exception state is kept, an error is
** reported (gp_print_unraisable) and dropped. */
void gp_run_finalizer(GpThread *t, GpObj *o);
/* CPython's "Exception ignored in: <repr of where>" and the traceback of
** t->exc, to stderr; clears t->exc. */
void gp_print_unraisable(GpThread *t, GpValue where);
/* The same with "Exception ignored MSG: ..." (CPython's _PyErr_WriteUnraisableMsg). */
void gp_print_unraisable_msg(GpThread *t, const char *msg, GpValue where);

/* dealloc_one (object.c), before releasing o: runs its finalizer (or
** queues it, see below) with o resurrected; true if o must not be freed. */
bool gp_finalize_dealloc(GpObj *o);
/* The collector brackets the breaking of garbage with these: finalizers
** due meanwhile are queued (this thread's), and run by
** gp_finalize_run_deferred once the world runs again. */
void gp_finalize_defer(bool on);
bool gp_finalize_deferring(void); /* this thread's collector defers them now */
void gp_finalize_run_deferred(GpThread *t);

#endif
