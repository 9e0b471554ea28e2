# stderr: full
# An uncaught nested group with tracebacks and a note, as the printer shows it.
def f():
    raise ValueError("v1")

def g():
    try:
        f()
    except ValueError as e:
        e1 = e
    try:
        raise TypeError("t")
    except TypeError as e:
        e2 = e
    inner = ExceptionGroup("inner", [e2, KeyError("k")])
    inner.add_note("inner note")
    raise ExceptionGroup("outer", [e1, inner])

g()
