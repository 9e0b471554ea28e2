# weakref: WeakValueDictionary, WeakKeyDictionary and WeakSet drop their
# entries when the objects die; their mapping and set methods.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wv["k%d" % i] = o
print(len(wv), sorted(wv.keys()), wv["k2"], "k1" in wv, wv.get("zz", "dflt"))
del objs[1]
print(len(wv), sorted(wv), "k1" in wv, wv.get("k1"))
try:
    wv["k1"]
except KeyError as e:
    print("KeyError", e)
print(sorted(wv.items(), key=lambda kv: kv[0]), sorted(v.n for v in wv.values()))
print(wv.pop("k0"), len(wv), wv.setdefault("k2", None), len(wv.valuerefs()))
wv2 = wv.copy()
objs.clear()
gc.collect()
print(len(wv), len(wv2), list(wv.items()))
keep = Obj(9)
wv.update({"a": keep}, b=keep)
print(sorted(wv), wv.popitem()[1])

wk = weakref.WeakKeyDictionary()
ka, kb = Obj(1), Obj(2)
wk[ka] = "one"
wk[kb] = "two"
print(len(wk), wk[ka], ka in wk, Obj(1) in wk, 5 in wk, sorted(wk.values()))
del ka
print(len(wk), [k.n for k in wk.keys()], list(wk.values()))
wk[kb] = "TWO"
print(wk.get(kb), len(wk.keyrefs()), wk.pop(kb), len(wk))
wk.update({kb: 3})
print(list(wk.items()), wk.setdefault(kb, 4), wk.copy()[kb])

ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for it in items:
    ws.add(it)
ws.add(items[0])
print(len(ws), items[2] in ws, Obj(2) in ws, 3 in ws)
del items[2]
print(len(ws), sorted(o.n for o in ws))
ws.discard(items[0])
ws.remove(items[1])
print(sorted(o.n for o in ws))
try:
    ws.remove(items[0])
except KeyError:
    print("KeyError")
other = weakref.WeakSet(items)
print(len(ws | other), len(ws & other), len(other - ws), ws <= other, other >= ws,
      ws == weakref.WeakSet([items[2]]))
one = weakref.WeakSet([items[0]])
print(one.pop() is items[0], len(one))
items.clear()
print(len(ws), len(other), list(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
