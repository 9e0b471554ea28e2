# copy.copy and copy.deepcopy: shallow vs deep, shared and cyclic structures.
import copy
from collections import deque, Counter, defaultdict, OrderedDict
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, len(cc))
cyc.pop()  # gilpy has no cycle collector: break the cycles
cc.pop()
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] == [2])
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset([1])), copy.deepcopy({'a': {1: (2, [3])}}))
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[0].append(7)
print(dq, dq2, copy.copy(dq))
c = Counter("aab")
print(copy.copy(c), copy.deepcopy(c), type(copy.deepcopy(c)).__name__)
dd = defaultdict(list, {'x': [1]})
dd2 = copy.deepcopy(dd)
dd['x'].append(2)
print(dd, dd2, dd2['new'])
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None))
