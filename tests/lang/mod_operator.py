# operator: function forms of the operators, itemgetter/attrgetter/methodcaller.
import operator
from functools import reduce
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq([1], [1]), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.abs(-3.5), operator.index(7), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.concat([1], [2]), operator.getitem("abc", 1))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.iadd(l, [7]), l, operator.iadd(1, 2))
print(reduce(operator.mul, range(1, 11)), sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=operator.itemgetter(1)))
g = operator.itemgetter(0, 2)
print(g("abcdef"), operator.itemgetter(-1)([1, 2, 3]), operator.itemgetter('k')({'k': 5}), g)
import math
print(operator.attrgetter('pi')(math), operator.attrgetter('pi', 'e')(math), operator.attrgetter('__name__')(len))
m = operator.methodcaller('split', ',')
print(m("a,b,c"), operator.methodcaller('replace', 'a', 'o')("banana"), m)
print(operator.methodcaller('pop')([1, 2]), list(map(operator.itemgetter(1), [(1, 2), (3, 4)])))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1), reverse=True))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    operator.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
