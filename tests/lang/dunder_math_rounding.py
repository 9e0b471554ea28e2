# math.floor, math.ceil and math.trunc call __floor__, __ceil__, __trunc__;
# floor and ceil fall back to __float__, trunc does not.
import math
class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __floor__(self):
        return self.n // self.d
    def __ceil__(self):
        return -(-self.n // self.d)
    def __trunc__(self):
        return ("trunc", int(self.n / self.d))
class AsFloat:
    def __float__(self):
        return 2.5
f = Frac(-7, 2)
print(math.floor(f), math.ceil(f), math.trunc(f))
print(math.floor(AsFloat()), math.ceil(AsFloat()))
for fn in [math.floor, math.ceil, math.trunc]:
    for obj in [AsFloat(), object()]:
        try:
            print(fn.__name__, fn(obj))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
