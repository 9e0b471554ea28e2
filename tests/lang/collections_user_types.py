# collections.UserDict, UserList and UserString: the wrappers of a dict, list
# or str in self.data, with __missing__, copies, operators and str methods.
import sys, collections, collections.abc
from collections import UserDict, UserList, UserString
class D(UserDict):
    def __missing__(self, k): return k * 2
d = D(a=1); d['b'] = 2
print(d, d['zz'], len(d), 'a' in d, d.get('q', 0), list(d), d | {'c': 3}, {'x': 0} | d, type(d | {}).__name__)
c = d.copy(); c['n'] = 1; print(c, d, type(c).__name__, D.fromkeys('xy', 0))
del d['a']; print(d, isinstance(d, collections.abc.MutableMapping), d == {'b': 2})
l = UserList([3, 1, 2]); l.append(5); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [0] + l, l * 2, len(l), 2 in l)
l += (7,); l.extend(UserList([8])); print(l, l.pop(), l.index(3), l.count(1), l == [1, 2, 3, 5, 7], l < [9], l.copy())
s = UserString('Hello'); print(s, repr(s), s.upper(), s[1:3], type(s[0]).__name__, s + '!', '>' + s, s * 2, len(s), 'ell' in s, s.find('l'), s.split('l'), s == 'Hello', hash(s) == hash('Hello'))
print(s.replace('l', 'L'), s.center(9, '*'), s.zfill(7), int(UserString('42')) + 1, s.encode(), s.startswith('He'), s.lower().capitalize(), '%s!' % s, UserString('%d') % 5)
print(sorted([UserString('b'), UserString('a')]), isinstance(s, collections.abc.Sequence))
