# Errors of unpacking calls, with CPython's wording.
def g(a=0, **k):
    return a
tests = [
    lambda: g(*1),
    lambda: g(**1),
    lambda: g(**{"a": 1}, **{"a": 2}),
    lambda: g(1, **{"a": 2}),
    lambda: g(*[1, 2]),
    lambda: g(**{"x": 1}, x=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
