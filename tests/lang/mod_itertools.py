# itertools: infinite, terminating and combinatoric iterators, CPython's orders.
import itertools as it
from itertools import count, islice, chain, product, permutations, combinations


def first(n, iterable):
    return list(islice(iterable, n))


print(first(5, count()), first(4, count(10, 5)), first(3, count(1.5, 0.5)), repr(count(3)), repr(count(1, 2)))
print(list(it.repeat('x', 3)), first(2, it.repeat(7)), list(it.repeat(1, -1)))
print(first(7, it.cycle('abc')), first(3, it.cycle([])))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 5, 50, 10)), list(islice(count(), 3, 8)))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations(range(3))), list(permutations('abcd', 2))[:7], len(list(permutations(range(5), 3))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations([1], 2)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
import operator
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest([1], [2, 3], [])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))


def small(x):
    return x < 5


print(list(it.takewhile(small, [1, 4, 6, 4, 1])), list(it.dropwhile(small, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(small, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.pairwise('ABCD')), list(it.pairwise([1])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby([1, 1, 2, 3, 3, 3])])


def parity(x):
    return x % 2


print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7, 6], parity)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(sum(islice(count(), 10)))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(combinations([1, 2], -1))
except ValueError as e:
    print("ValueError:", e)
