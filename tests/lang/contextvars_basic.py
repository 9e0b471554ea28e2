# contextvars: ContextVar get/set/reset with tokens, defaults, copies of
# contexts, Context.run and the mapping API, and the misuse errors.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

v = ContextVar('v')
d = ContextVar('d', default=10)
print(v.name, d.name, d.get(), d.get(5), v.get('fallback'))
try:
    v.get()
except LookupError as e:
    print('LookupError', e.args[0] is v)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(None))

# a copy does not see later sets and its own sets stay inside it
v.set('outer')
ctx = copy_context()
v.set('changed')
print(ctx[v], v.get())


def inside(x):
    v.set(x)
    d.set(x * 2)
    return v.get(), d.get()


print(ctx.run(inside, 7), v.get(), d.get())
print(ctx[v], ctx[d], v in ctx, d in ctx, len(ctx))
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, val) for k, val in ctx.items()))
print(ctx.get(v), ctx.get(ContextVar('other')), ctx.get(ContextVar('o2'), 'dflt'))
try:
    ctx[ContextVar('missing')]
except KeyError:
    print('KeyError')

# an empty context and its copies
empty = Context()
print(len(empty), list(empty), empty.run(v.get, 'none here'))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[v], empty == Context())
c2.run(v.set, 'c2 only')
print(c2[v], ctx[v], c2 == ctx)

# run passes positional and keyword arguments and returns the result


def f(a, b=0, *, c=0):
    return (a, b, c, v.get())


print(ctx.run(f, 1, b=2, c=3))
print(Context().run(lambda: len(copy_context())))

# nested runs in different contexts; re-entering one raises
outer = copy_context()
inner = copy_context()
print(outer.run(lambda: inner.run(lambda: v.get())))
try:
    outer.run(outer.run, print)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context:'))
print(outer.run(lambda: 'reentered after exit'))

# exceptions propagate through run and restore the context
try:
    ctx.run(lambda: 1 / 0)
except ZeroDivisionError:
    print('ZeroDivisionError', v.get())

# tokens are single-use and tied to their variable and context
w = ContextVar('w', default=None)
tw = w.set(1)
w.reset(tw)
try:
    w.reset(tw)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
tw = w.set(2)
try:
    v.reset(tw)
except ValueError as e:
    print('ValueError', 'was created by a different ContextVar' in str(e))
tok = Context().run(w.set, 3)
try:
    w.reset(tok)
except ValueError as e:
    print('ValueError', 'was created in a different Context' in str(e))
for bad in [lambda: w.reset(5), lambda: ContextVar(5), lambda: ctx[5], lambda: 5 in ctx,
            lambda: Context(1), lambda: Token(), lambda: w.get(1, 2),
            lambda: ctx.get('x')]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    w.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
print(repr(ContextVar('r', default=1)).startswith("<ContextVar name='r' default=1 at 0x"))
print(repr(tw).startswith('<Token var=<ContextVar name='), repr(tw).endswith('>'))
try:
    hash(ctx)
except TypeError:
    print('unhashable')
print(w == w, w != v, hash(w) == hash(w))
print(sorted(contextvars.__all__))
