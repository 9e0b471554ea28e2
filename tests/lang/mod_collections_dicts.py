# Counter, defaultdict, OrderedDict: dict behaviour plus their own.
from collections import Counter, defaultdict, OrderedDict
import collections
c = Counter("abracadabra")
print(c, c['a'], c['z'], len(c), 'b' in c)
print(c.most_common(2), c.most_common(), sorted(c.elements()))
c.update("aaz")
c.update({'b': 10})
c.subtract(['a'])
print(c, c.total())
print(Counter([1, 2, 2, 3, 3, 3]) + Counter([3, 4]), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), dict(Counter('aab')), Counter({'x': 2}) == {'x': 2}, isinstance(c, dict))
words = "the cat and the hat and the bat".split()
wc = Counter()
for w in words:
    wc[w] += 1
print(wc.most_common(3), list(wc.keys()), sorted(wc.items()))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd.get('zz'), 'zz' in dd, dict(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di, di.default_factory, sorted(di.items()), len(di))
print(defaultdict(None, {1: 2}), defaultdict(int, a=1).copy())
try:
    defaultdict(None)['missing']
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od, list(od), od['y'])
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1}, OrderedDict())
print(collections.OrderedDict([(1, 2)]), type(c).__name__, dict(od), od.get('y'))
nested = defaultdict(dict)
nested['a']['b'] = 1
print(nested)
