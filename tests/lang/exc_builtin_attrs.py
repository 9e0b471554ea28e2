# Built-in exception instances take attributes and have a __dict__.
e = ValueError("v")
e.x = 1
print(e.x, e.__dict__)
e.__cause__ = KeyError(2)
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
e.add_note("hi")
print(e.__notes__)
class E(Exception):
    pass
f = E("q")
f.add_note("n1")
print(f.__notes__, f.__dict__)
g = KeyError("k")
g.__notes__ = (1,)
try:
    g.add_note("a")
except TypeError as x:
    print(x)
try:
    ValueError().add_note()
except TypeError as x:
    print(x)
print(OSError(2, "no", "f").__dict__)
