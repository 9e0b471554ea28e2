# seq * n, n * seq and seq *= n for list, tuple, str and deque: the count
# may be an int, a bool, an int subclass or have __index__; anything else
# is CPython's TypeError.
from collections import deque
class I:
    def __index__(self): return 2
class J(int): pass
for n in (0, 1, 3, -1, True, I(), J(2)):
    print([1, 2] * n, n * (1,), "ab" * n, deque([1, 2]) * n)
    l = [1]; l *= n; print(l)
    d = deque([1, 2], maxlen=3); d *= n; print(d)
for bad in (1.5, "x", None):
    for f in (lambda: [1] * bad, lambda: deque([1]) * bad, lambda: "a" * bad):
        try: f()
        except TypeError as e: print(e)
    l = [1]
    try: l *= bad
    except TypeError as e: print(e)
