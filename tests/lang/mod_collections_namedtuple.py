# collections.namedtuple: construction, fields, defaults, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, p.x, q.y, p[0], q[-1], len(p), tuple(p), list(q))
x, y = q
print(x, y, p == (1, 2), p == Point(1, 2), p < q, hash(p) == hash((1, 2)), 2 in p)
print(p._asdict(), p._replace(y=9), Point._fields, Point._make([7, 8]), Point.__name__)
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(10), Color(1, 2, 3), Color(red=5, blue=1), isinstance(p, tuple))
Rec = namedtuple("Rec", "name, age, city")
rows = [Rec("ann", 31, "NY"), Rec("bob", 25, "LA"), Rec("cy", 40, "SF")]
print(sorted(rows)[0], max([r.age for r in rows]))
print({r.name: r.city for r in rows}, p + (3,), [f for f in Rec._fields])
for call in range(1):
    try:
        Point(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point(1, z=2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        namedtuple("Bad", "a a")
    except ValueError as e:
        print("ValueError:", e)
    try:
        namedtuple("Bad", "_a")
    except ValueError as e:
        print("ValueError:", e)
