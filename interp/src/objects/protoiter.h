/*
** protoiter.h — iterators built from protocols rather than containers
** (protoiter.c): iter(callable, sentinel), iteration over a class that has
** only __getitem__, and reversed() on instances (__reversed__, or
** __len__ with __getitem__).
*/
#ifndef GP_PROTOITER_H
#define GP_PROTOITER_H

#include "gp.h"

GpValue gp_callable_iter_new(GpThread *t, GpValue callable, GpValue sentinel);
/* obj[0], obj[1], ... until IndexError or StopIteration. */
GpValue gp_getitem_iter_new(GpThread *t, GpValue obj);
/* reversed(obj) for an instance obj; CPython's TypeErrors for anything else. */
GpValue gp_inst_reversed(GpThread *t, GpValue obj);

#endif
