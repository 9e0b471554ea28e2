# One attribute site meeting many classes (more than the cache's ways),
# instances whose dicts hold the same names in different orders, and
# changes that must invalidate what a site remembered: a method shadowed
# by an instance attribute, a class attribute added or removed later, an
# attribute deleted from one instance.


def make(i):
    def kind(self):
        return 'k%d' % i
    return type('C%d' % i, (), {'kind': kind})


classes = [make(i) for i in range(12)]


def fill(obj, i):
    # Different insertion orders, so one name sits at different entries.
    if i % 2:
        obj.a = i
        obj.b = i * 10
    else:
        obj.b = i * 10
        obj.a = i
    return obj


objs = [fill(c(), i) for i, c in enumerate(classes)]
for rnd in range(3):
    total = 0
    kinds = []
    for o in objs:
        total += o.a + o.b
        o.a = o.a + 1
        kinds.append(o.kind())
    print(rnd, total, ' '.join(kinds))

o = objs[3]
o.kind = lambda: 'own'
print(o.kind(), objs[4].kind())
del o.kind
print(o.kind())

del objs[5].a
for o in objs[4:7]:
    try:
        print(o.a)
    except AttributeError as e:
        print('AttributeError:', e)

classes[6].a = 'class attr'
print(objs[6].a)
del objs[6].a
print(objs[6].a)
del classes[6].a
print(hasattr(objs[6], 'a'))


class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 100


class Q:
    pass


def q_with(x):
    q = Q()
    q.x = x
    return q


for o in [P(), q_with(2), P(), q_with(3)]:
    print(o.x)
q = q_with(4)
Q.x = property(lambda self: 'a data descriptor wins over the instance dict')
print(q.x)
