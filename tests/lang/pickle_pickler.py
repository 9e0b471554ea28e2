# pickle.Pickler and Unpickler: dump and load through files (several
# pickles in one), persistent_id/persistent_load, a per-pickler
# dispatch_table, reducer_override, memo kept across dumps; lambdas and
# local classes refused with PicklingError; bad protocols.
import copyreg
import io
import pickle
import re


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump({"a": Point(1, 2)}, buf, protocol=2)
pickle.dump("tail", buf, 0)
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf), pickle.load(buf)["a"].y, pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError", e)

big = ["x" * 40000, list(range(20000)), b"y" * 70000]
buf = io.BytesIO()
pickle.dump(big, buf, 4)
pickle.dump(7, buf, 4)
buf.seek(0)
print(pickle.load(buf) == big, pickle.load(buf))

DB = {"alice": Point(3, 4)}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return "Point:" + [k for k, v in DB.items() if v is obj][0]
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(":")
        return DB[key]


for p in range(6):
    f = io.BytesIO()
    DBPickler(f, p).dump([DB["alice"], 1])
    print(p, f.getvalue())
    f.seek(0)
    r = DBUnpickler(f).load()
    print(r[0] is DB["alice"], r[1])
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda pt: (Point, (pt.y, pt.x))}


f = io.BytesIO()
TablePickler(f, 4).dump(Point(1, 9))
print(f.getvalue(), pickle.loads(f.getvalue()).x)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented


f = io.BytesIO()
Override(f, 3).dump([Point(1, 2), 5])
print(f.getvalue(), pickle.loads(f.getvalue()))

f = io.BytesIO()
pk = pickle.Pickler(f, 2)
shared = [1]
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(f.getvalue())


def clean(msg):
    return re.sub(r" at 0x[0-9a-f]+", "", str(msg))


for bad in (lambda: 0, Point.__init__):
    try:
        pickle.dumps(bad)
    except pickle.PicklingError as e:
        print(type(e).__name__, clean(e))


def make_local():
    class Local:
        pass
    return Local


try:
    pickle.dumps(make_local()())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
for p in (6, 99):
    try:
        pickle.dumps(1, p)
    except ValueError as e:
        print("ValueError", e)
print(pickle.loads(pickle.dumps(1, -3)), pickle.dumps(1, -3)[:2])
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.loads(b"\x80\x02c__builtin__\nlong\nq\x00.") is int,
      pickle.loads(b"cexceptions\nValueError\n.") is ValueError,
      pickle.loads(b"c__builtin__\nxrange\n.") is range)
print(pickle.loads(b"S'a\\x41\\n\\'b'\n."), pickle.loads(b"S'ab'\n.", encoding="bytes"),
      pickle.loads(b"U\x03abc.", encoding="latin1"), pickle.loads(b"I0x10\n."))
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"(dp0\nVk\np1\nL5L\ns."))
print(pickle.loads(b"Vx\\u20acy\\U0001d11e\n."))


def helper(x):
    return x * 2


# functions and classes by reference: __main__, qualified names (protocol
# 4 names the path, 2 and 3 reach it through getattr), built-ins
for p in range(6):
    for obj in (helper, Point.__init__, Point, len, pickle.Pickler):
        try:
            d = pickle.dumps(obj, p)
            print(p, d, pickle.loads(d) is obj or pickle.loads(d) == obj)
        except pickle.PicklingError as e:
            print(p, "PicklingError", clean(e))
