# pprint: strings split inside containers (no parentheses), quotes and
# non-ASCII in pieces, indent > 1 with every container, empty collections
# types, int subclasses with underscore_numbers, instances with long reprs.
import pprint
from collections import Counter, defaultdict, deque, ChainMap, OrderedDict
words = "it's a \"quoted\" phrase with ünïcödé and\ttabs and more words " * 3
pprint.pprint({'k': [words, (words,)]}, width=40)
pprint.pprint(words, width=30)
pprint.pprint(['x' * 30 + ' ' + 'y' * 30], width=20)
pprint.pprint('nospaces' * 20, width=25)
pprint.pprint('  leading and trailing spaces  ' * 4, width=30)
pprint.pprint('\n\n\n', width=2)
pprint.pprint(['a\nb\n', 'c'], width=4)
for ind in (2, 4):
    pp = pprint.PrettyPrinter(indent=ind, width=30)
    pp.pprint({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'beta': {'x': (1, 2, 3, 4, 5, 6, 7, 8)}})
    pp.pprint([set(range(12)), frozenset('abcdefghijklmn')])
    pp.pprint(Counter('mississippi river banks'))
    pp.pprint(deque(range(15), maxlen=20))
    pp.pprint(OrderedDict(a=list(range(12)), b=2))
    dd = defaultdict(int, {'q': 10 ** 20, 'r': 2})
    pp.pprint(dd)
pprint.pprint([Counter(), defaultdict(list), deque(), OrderedDict(), ChainMap(), set(), frozenset()], width=10)
pprint.pprint(ChainMap(), width=5)
class Big(int):
    pass
class Shown(int):
    def __repr__(self): return 'Shown(%d)' % int(self)
pprint.pprint([Big(10 ** 9), Shown(10 ** 9), True, 10 ** 9, -(10 ** 12)], underscore_numbers=True)
class Thing:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Thing(%s)' % ('n' * self.n)
pprint.pprint([Thing(50), Thing(50)], width=40)
print(pprint.isreadable(Thing(1)), pprint.isreadable({'a': (1, 2.5, None, b'x')}), pprint.saferepr({'b': 1, 'a': [2, {3}]}))
pprint.pprint({'nested': {'deeper': {'deepest': list(range(10))}}}, depth=2)
pprint.pprint([[1, [2, [3]]], (1, (2, (3,)))], depth=2)
pprint.pprint({'x': {}}, depth=1); pprint.pprint([[]], depth=1); pprint.pprint(([],), depth=1)
pprint.pprint(list(range(30)), width=1)
pprint.pprint({i: str(i) * i for i in range(12)}, compact=True, width=40)
pprint.pprint([[i] * i for i in range(10)], compact=True, width=30)
pprint.pprint(tuple(range(40)), compact=True, width=25)
pprint.pprint(b'\x00\xff' * 20, width=20)
pprint.pprint({'blob': b'abcd' * 20, 'arr': bytearray(range(40))}, width=40)
pprint.pprint(range(10)); pprint.pprint(3.5); pprint.pprint(None); pprint.pprint(pprint.pprint.__name__)
