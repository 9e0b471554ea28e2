# Operators a class does not define raise CPython's TypeErrors.
class Nothing:
    pass
n = Nothing()
tests = [lambda: n + 1, lambda: 1 - n, lambda: n * n, lambda: -n, lambda: n[0],
         lambda: len(n), lambda: n < n, lambda: iter(n), lambda: 1 in n]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print(n == n, n != Nothing(), bool(n))
