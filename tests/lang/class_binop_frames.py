# Operator methods run as frames of the eval loop: super() inside them, a
# keyword-only parameter (the generic path), closures, a generator driving
# them, and threads sharing a class.
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return A(self.v + o.v)
    def __sub__(self, o, *, k=2):
        return A(self.v - o.v * k)
    def __mul__(self, o):
        fs = [lambda: self.v * o for _ in range(2)]
        return A(sum(f() for f in fs))
class B(A):
    def __add__(self, o):
        r = super().__add__(o)
        return B(r.v * 10)
    def __isub__(self, o):
        self.v -= o.v
        return self
print((B(1) + A(2)).v, type(B(1) + B(2)).__name__, (A(1) + B(2)).v)
print((A(5) - A(1)).v, (A(3) * 4).v)
b = B(10); b2 = b
b -= A(3)
print(b.v, b is b2)
b = b + A(1)
print(b.v, type(b).__name__)
def gen():
    x = yield (A(1) + A(2)).v
    yield (A(x) * 2).v
g = gen()
print(next(g), g.send(5))
import threading
def work(out):
    s = A(0)
    for i in range(1000):
        s = s + A(i)
    out.append(s.v)
out = []
ts = [threading.Thread(target=work, args=(out,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
