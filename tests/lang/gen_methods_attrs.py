# Generator attributes and the iterator protocol.
def g():
    yield 1
x = g()
print(iter(x) is x, x.__name__, x.__qualname__)
print(list(x), list(x))
def outer():
    def inner():
        yield 0
    return inner()
print(outer().__qualname__)
print(next((c for c in "z")))
