/*
** coro.h — what the eval loop calls for await, async with and async for,
** and a coroutine's __await__ method (coro.c).
*/
#ifndef GP_CORO_H
#define GP_CORO_H

#include "gp.h"

/* CPython's GET_AWAITABLE: v itself if a coroutine, else the iterator
** type(v).__await__() returns (a coroutine_wrapper unwrapped). */
GpValue gp_coro_get_awaitable(GpThread *t, GpValue v);
/* The awaitable of ctx.__aenter__(); TypeError if ctx lacks the protocol. */
GpValue gp_coro_aenter(GpThread *t, GpValue ctx);
/* The awaitable of ctx.__aexit__(type(exc), exc, None), or of three Nones
** when exc is None. */
GpValue gp_coro_aexit(GpThread *t, GpValue ctx, GpValue exc);
GpValue gp_coro_aiter(GpThread *t, GpValue v);
GpValue gp_coro_anext(GpThread *t, GpValue v);
/* GET_YIELD_FROM_ITER of anything but a generator: iter(v), a
** coroutine_wrapper unwrapped. */
GpValue gp_coro_yield_from_iter(GpThread *t, GpValue v);
/* coroutine.__await__ */
GpValue gp_coro_await(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

#endif
