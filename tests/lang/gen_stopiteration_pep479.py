# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def g():
    yield 1
    next(iter([]))
    yield 2
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
