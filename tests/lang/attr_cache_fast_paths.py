# The attribute and method-call fast paths (per-site cache ways, the hint
# of the instance dict entry, the dict's key bits) must fall back whenever
# what they remembered stops being true: each case warms a site in a loop,
# changes something, and runs the same site again.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_norm(o):
    return o.norm1()


p = Point(3, -4)
for i in range(5):
    set_x(p, i)
    print(get_x(p), call_norm(p))

# Attribute deleted: the hint entry no longer holds the name.
del p.x
try:
    get_x(p)
except AttributeError as e:
    print('AttributeError:', e)
set_x(p, 7)  # comes back at another entry
print(get_x(p), sorted(vars(p)))

# The whole dict emptied through __dict__, then refilled in another order.
p.__dict__.clear()
p.y = 1
set_x(p, 2)
print(get_x(p), call_norm(p), list(vars(p)))

# Entries written through __dict__ count as instance attributes.
p.__dict__['x'] = 40
print(get_x(p))
p.__dict__['norm1'] = lambda: 'own norm1'
print(call_norm(p))
del p.__dict__['norm1']
print(call_norm(p))

# A method replaced on the instance, then removed again.
q = Point(1, 2)
for i in range(3):
    print(call_norm(q))
q.norm1 = lambda: 'instance norm1'
print(call_norm(q), call_norm(Point(5, 5)))
del q.norm1
print(call_norm(q))

# A method replaced on the class, and on a base class under a subclass.
Point.norm1 = lambda self: 'patched %d' % self.x
print(call_norm(q))


class Sub(Point):
    pass


s = Sub(2, 3)
for i in range(3):
    print(call_norm(s), get_x(s))
Point.norm1 = lambda self: 'patched again'
print(call_norm(s))
Sub.norm1 = lambda self: 'Sub.norm1'
print(call_norm(s), call_norm(q))

# A class attribute shadowed later by an instance attribute, and the other
# way round: an instance attribute the class later gets a plain attribute for.


class Counter:
    x = 'class x'


c = Counter()
for i in range(3):
    print(get_x(c))
set_x(c, 'instance x')
print(get_x(c), Counter.x)
Point.x = 'class attribute under an instance one'
print(get_x(p), get_x(q))
del Point.x

# A property (a data descriptor) added to the class after first use wins
# over the instance dict for loads and stores.
r = Point(10, 20)
for i in range(3):
    set_x(r, i)
    print(get_x(r))
stored = []
Point.x = property(lambda self: 'property x', lambda self, v: stored.append(v))
set_x(r, 99)
print(get_x(r), stored, vars(r)['x'])
del Point.x
print(get_x(r))

# __setattr__ added to a base class after the store site is warm.
log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value * 2)


t = Sub(1, 1)
for i in range(3):
    set_x(t, i)
Point.__setattr__ = logging_setattr
set_x(t, 5)
print(get_x(t), log)
del Point.__setattr__
set_x(t, 5)
print(get_x(t), log)

# __getattr__ answers only while the instance lacks the attribute.


class Lazy:
    def __getattr__(self, name):
        return 'computed ' + name


z = Lazy()
for i in range(3):
    print(get_x(z))
set_x(z, 'real')
print(get_x(z))
del z.x
print(get_x(z))

# __slots__ instances at the same sites as dict-backed ones.


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 'slot x'

    def norm1(self):
        return 'slotted norm1'


objs = [Point(1, 1), Slotted(), Sub(2, 2), Counter(), Lazy()]
for rnd in range(2):
    print([get_x(o) for o in objs], [call_norm(o) for o in objs[:3]])
    set_x(objs[1], 'slot x %d' % rnd)
try:
    objs[1].z = 1
except AttributeError as e:
    print('AttributeError:', e)

# A temporary instance whose only reference is the one being loaded from.
print(Point(6, 7).x, Point(8, 9).norm1())

# Many names in one instance: the key bits of a method name collide with
# some attribute's, and the call must still find the method.
big = Point(0, 0)
for i in range(80):
    setattr(big, 'attr%d' % i, i)
print(call_norm(big), get_x(big), big.attr79)
