# __len__ must return a non-negative int (or an object with __index__);
# len() and bool() report CPython's errors otherwise.
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class I:
    def __index__(self):
        return 3
print(len(L(5)), bool(L(0)), len(L(True)), len(L(I())))
for v in ["a", -1, 2.0, 2 ** 70]:
    for f in (len, bool):
        try:
            print(f(L(v)))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__ + ":", e)
