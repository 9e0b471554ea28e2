# Serialising other objects: default= as a function, a JSONEncoder
# subclass's default through cls=, skipkeys, and the TypeErrors when
# nothing converts an object or a key.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}, frozenset('ba')], cls=Encoder))
print(json.dumps(Point(1, 2), default=lambda o: [o.x, o.y]))
print(json.dumps({'p': Point(3, 4)}, default=vars, sort_keys=True, indent=1))
print(json.dumps({'p': Point(5, 6)}, cls=Encoder, indent=2, separators=(',', ': ')))
print(Encoder(sort_keys=True).encode({'b': Point(0, 1), 'a': 1}))
nested = Point(Point(1, 2), [Point(3, 4)])
print(json.dumps(nested, cls=Encoder))
for bad in ({1, 2}, Point(0, 0), {(1, 2): 3}, object, range(3)):
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'a': 4, Point(0, 0): 5}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({'z': {(1,): 1}}, skipkeys=True, indent=1))
try:
    json.dumps(Point(1, 1), default=lambda o: o)
except ValueError as e:
    print('ValueError:', e)
