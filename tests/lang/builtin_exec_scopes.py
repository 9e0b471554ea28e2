# exec and eval without globals run in the scope they are called from: a
# class body's namespace, the code of an enclosing exec, a generator's
# locals; the source's own __future__ imports and syntax rules apply.
class A:
    exec("x = 1")
    y = eval("x + 1")


print(A.x, A.y)
exec("exec('z = 5')")
print(z)
exec("from __future__ import annotations\n"
     "def f(a: Undefined) -> int: pass\n"
     "print(f.__annotations__)")


def gen():
    k = 2
    yield eval("k * 3")
    try:  # the comprehension is a scope of its own: it sees the globals
        yield eval("[k * i for i in range(3)]")
    except NameError as e:
        yield str(e)
    yield eval("[i for i in range(k)]", None, {"k": 3})  # the first iterable sees locals


print(list(gen()))
for src in ("yield 1", "return 1", "break", "nonsense here"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
try:
    exec("x = (1,\n     2 3)")
except SyntaxError as e:  # a parser error's text is its line, with the newline
    print(e.msg, e.lineno, e.offset, repr(e.text))
print(eval("x", None, {"x": "loc"}))
