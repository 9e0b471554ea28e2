"""The module's docstring."""
# globals() is the module's namespace itself; a module's __doc__ is its
# docstring (None without one).
import _globals_helper

x = 1
g = globals()
print(g["x"], g["__name__"], "x" in g, g is globals())
g["y"] = 2
print(y)


def f():
    z = 3
    return "z" in globals(), globals() is g, globals()["x"]


print(f(), __doc__)
print(_globals_helper.__doc__, _globals_helper.names())
globals().update(w=5)
print(w, sorted(k for k in globals() if not k.startswith("__")))
