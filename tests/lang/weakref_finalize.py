# weakref.finalize (called when the object dies, by hand, detach/peek/alive,
# and at exit in reverse order), proxy, WeakMethod.
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hi"):
        return "%s from %s" % (greeting, self.name)

    def __len__(self):
        return 3


def closed(what, how="normally"):
    print("closed", what, how)
    return what


r = Res("r1")
f = weakref.finalize(r, closed, "r1", how="by gc")
print(f.alive, f.atexit, f.peek()[2:], f.peek()[1] is closed)
del r
print(f.alive, f())
r2 = Res("r2")
f2 = weakref.finalize(r2, closed, "r2")
print(f2(), f2.alive, f2())
r3 = Res("r3")
f3 = weakref.finalize(r3, closed, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is closed, args, kwargs, f3.alive, f3.detach())
del r3, obj
keep1 = Res("k1")
keep2 = Res("k2")
weakref.finalize(keep1, closed, "k1", how="at exit")
fk = weakref.finalize(keep2, closed, "k2", how="at exit")
skip = Res("skip")
fs = weakref.finalize(skip, closed, "skip")
fs.atexit = False
print(fk.atexit, fs.atexit)

p = Res("proxied")
px = weakref.proxy(p)
print(px.name, px.hello("yo"), len(px), str(px) == str(p), type(px) is weakref.ProxyType)
px.name = "renamed"
print(p.name, weakref.getweakrefcount(p))
dead = []
px2 = weakref.proxy(p, lambda prx: dead.append("proxy callback"))
cp = weakref.proxy(closed)
print(type(cp) is weakref.CallableProxyType, cp("direct", "call"))
del p
print(dead)
try:
    px.name
except ReferenceError as e:
    print("ReferenceError", e)

o = Res("meth")
wm = weakref.WeakMethod(o.hello)
print(wm()(), wm() == o.hello, wm == weakref.WeakMethod(o.hello))
del o
print(wm())
try:
    weakref.WeakMethod(closed)
except TypeError as e:
    print("TypeError", e)
print("end of program")
