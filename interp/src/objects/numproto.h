/*
** numproto.h — numbers from instances: the special methods that int(),
** float(), abs(), round(), divmod(), math.floor/ceil/trunc and every place
** that needs an index (subscripts, slices, range, hex, seq * n) dispatch to
** when the operand is an instance of a class (numproto.c).
*/
#ifndef GP_NUMPROTO_H
#define GP_NUMPROTO_H

#include "gp.h"

/* *out = v.__index__(), checked to be an int: 1 = *out set, 0 = v is no
** instance or its class has no __index__ (nothing raised), -1 = error. */
int gp_inst_index(GpThread *t, GpValue v, GpValue *out);
/* keys[n] into out[n] (new references), each instance with __index__
** replaced by its result: a locked container (list, deque) converts its
** indices first, for __index__ runs Python code. -1: error, out[] empty. */
int gp_index_keys(GpThread *t, const GpValue *keys, int n, GpValue *out);
/* v as an int for range(), hex(), operator.index(): ints (bools become
** ints) and __index__; else CPython's "cannot be interpreted" TypeError. */
GpValue gp_index_value(GpThread *t, GpValue v);
/* v.name(*args) for an instance whose class defines name: 1 = *out set,
** 0 = no such method (nothing raised), -1 = error. */
int gp_inst_call_special(GpThread *t, GpValue v, const char *name, const GpValue *args, int n,
                         GpValue *out);
/* The built-ins on instances, as gp_inst_call_special: 0 (nothing raised)
** if v's class lacks every method the built-in would try. */
int gp_inst_int(GpThread *t, GpValue v, GpValue *out);   /* __int__, __index__, __trunc__ */
int gp_inst_float(GpThread *t, GpValue v, GpValue *out); /* __float__, __index__ */
int gp_inst_divmod(GpThread *t, GpValue a, GpValue b, GpValue *out);
/* math.floor/ceil/trunc: __floor__/__ceil__/__trunc__ (`name`), else via float(). */
int gp_inst_rounding(GpThread *t, GpValue v, const char *name, double (*fn)(double), GpValue *out);

#endif
