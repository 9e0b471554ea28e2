/*
** coro.h — what the eval loop calls for await, async with and async for,
** a coroutine's __await__ method and the aiter/anext built-ins (coro.c);
** async generators (agen.c) and the generator steps they take from vm.c.
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
/* The aiter() and anext() built-ins. */
GpValue gp_coro_builtin_aiter(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_coro_builtin_anext(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
/* coroutine.__await__ */
GpValue gp_coro_await(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

/* Async generators (agen.c): an async def with yield returns
** gp_agen_new(its generator, stolen). */
extern GpType gp_type_agen_asend, gp_type_agen_athrow;
GpValue gp_agen_new(GpThread *t, GpValue gen);
/* asyncio's _agen_ref(agen): a weak reference, and _agen_deref(ref): the
** generator, or None once it was finalized or freed. */
GpValue gp_agen_ref(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_agen_deref(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
/* PEP 525's finalizer (finalize.c): an async generator freed suspended
** calls the finalizer hook its first iteration saw (asyncio's schedules
** its aclose()), with its weak reference cleared first. */
bool gp_agen_has_finalizer(const GpObj *o);
void gp_agen_finalize(GpThread *t, GpObj *o);
/* sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (a tuple) */
GpValue gp_agen_set_hooks(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_agen_get_hooks(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

/* vm.c's generators as agen.c drives them. gp_gen_step sends v, or throws
** exc when it is not None: 2 = gen's own yield gave *out, 1 = an await
** inside it yielded *out, 0 = it returned *out, -1 = raised. */
int gp_gen_step(GpThread *t, GpValue gen, GpValue v, GpValue exc, GpValue *out);
enum { GP_GEN_CREATED, GP_GEN_SUSPENDED, GP_GEN_RUNNING, GP_GEN_FINISHED };
int gp_gen_state(GpValue gen);
/* The exception instance throw(typ[, val[, tb]]) raises (args without self). */
GpValue gp_gen_throw_value(GpThread *t, const GpValue *args, int nargs);

#endif
