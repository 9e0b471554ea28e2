# heapq.merge: sorted inputs merged lazily, stable, with key and reverse
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda x: x[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda x: x[0],
                       reverse=True)))
g = heapq.merge(iter(range(0, 10, 2)), iter(range(1, 10, 2)))
print(next(g), next(g), list(g))
print(list(heapq.merge('ace', 'bdf')))


class Seen:
    def __init__(self):
        self.pulled = []

    def numbers(self, tag, xs):
        for x in xs:
            self.pulled.append((tag, x))
            yield x


s = Seen()
m = heapq.merge(s.numbers('a', [1, 4]), s.numbers('b', [2, 3]))
print(next(m), s.pulled)
print(list(m), s.pulled)
try:
    list(heapq.merge([1], ['x']))
except TypeError as e:
    print(e)
