# pprint: nested containers at many widths, indent, depth, compact,
# sort_dicts, underscore_numbers, long strs and bytes, collections types,
# dataclasses, namedtuples, subclasses, PrettyPrinter's argument checks.
import pprint, collections, dataclasses, types
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 5, 'dims': (1.5, 2.25, 3), 'nested': {'x': [1, 2, {'y': list(range(30))}], 'z': None, 'w': {1, 2, 3}}, 'fs': frozenset({'p', 'q'}), 'b': b'bytes' * 20, 'c': 3+4j, 'flag': True}
pprint.pprint(data)
for w in (10, 20, 40, 60, 120):
    print('--- width', w)
    pprint.pprint(data, width=w)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1)); print(pprint.pformat(data, depth=2, width=30))
pprint.pprint(list(range(100)), compact=True)
pprint.pprint(list(range(60)), compact=True, width=30, indent=3)
pprint.pprint([[1, 2, 3]] * 8, compact=True, width=25)
pprint.pp({'b': 1, 'a': 2, 'c': [3] * 40})
pprint.pprint({'b': 1, 'a': 2, 'c': [3] * 40}, sort_dicts=False)
pprint.pprint([10**10, 123456789, -7654321, 2**70], underscore_numbers=True, width=20)
pprint.pprint(123456789, underscore_numbers=True)
s = 'The quick brown fox jumps over the lazy dog. ' * 6
pprint.pprint(s)
pprint.pprint([s, 'short'], width=40)
pprint.pprint({'text': s, 'k': 'line one\nline two\n' * 5}, width=50)
pprint.pprint('a' * 200, width=30)
pprint.pprint('x\ny\nz' * 20, width=20)
pprint.pprint(bytes(range(60)), width=40)
pprint.pprint([bytes(range(60))], width=40)
pprint.pprint(bytearray(b'abcdefgh' * 10), width=40)
pprint.pprint(b'ab', width=1)
pprint.pprint(OrderedDict((str(i), i * 'x') for i in range(8)))
pprint.pprint(OrderedDict(), width=5)
dd = defaultdict(list); dd['k'].extend(range(30)); dd['j'].append('v')
pprint.pprint(dd, width=40)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pprint(deque(range(40)), width=40)
pprint.pprint(deque(range(40), maxlen=50), width=40)
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': 2, 'c': 'x' * 40}), width=40)
Point = namedtuple('Point', 'x y')
pprint.pprint([Point(1, 2)] * 6, width=30)
pprint.pprint(Point(list(range(30)), 'y'), width=40)
@dataclasses.dataclass
class Item:
    name: str
    qty: int
    parts: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='s', repr=False)
pprint.pprint(Item('bolt', 3, [Item('nut', 1, list(range(25)))]), width=40)
pprint.pprint([Item('a', 1)], width=10)
@dataclasses.dataclass
class Custom:
    v: list
    def __repr__(self): return 'Custom!'
pprint.pprint(Custom(list(range(50))), width=20)
pprint.pprint(types.SimpleNamespace(a=list(range(30)), b='x'), width=30)
pprint.pprint(types.MappingProxyType({'k': list(range(30))}), width=30)
pprint.pprint({(1, 2): 'a', 'b': 2, 3: 'c', None: [], 2.5: ()}, width=20)
pprint.pprint({1: set(range(20)), 2: frozenset(range(20)), 3: set(), 4: frozenset()}, width=30)
pprint.pprint(((1,),) * 3, width=5)
pprint.pprint([(), [], {}, set(), '', b''], width=3)
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint([1, [2, [3, [4, [5]]]]] * 3)
print(pp.pformat({'a': {'b': {'c': {'d': 1}}}}))
print(pprint.saferepr([1, 'a', {'x': (1,)}]), pprint.isreadable([1, 2]), pprint.isreadable([object]), pprint.isrecursive([1]))
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
print(pp.isrecursive(r), pp.isreadable(r), pp.isreadable({'a': 1}))
class L(list): pass
class L2(list):
    def __repr__(self): return 'L2!'
pprint.pprint([L(range(30)), L2(range(30))], width=40)
class D(dict): pass
pprint.pprint(D(a=list(range(30))), width=30)
import io
buf = io.StringIO(); pprint.pprint({'x': 1}, stream=buf); print(repr(buf.getvalue()))
for bad in [dict(width=0), dict(indent=-1), dict(depth=0), dict(depth=-2)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
pprint.pprint({'a': 1}, width=-5)
print(pprint.__all__)
pprint.pprint([float('nan'), 1e100, -0.0, 1/3], width=20)
pprint.pprint({'z': 1, 10: 2, 'a': 3}, width=8)
