# heapq: the heap's layout after each operation is CPython's.
import heapq
import random
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 1), h, heapq.heappushpop(h, 100), h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nsmallest(10, range(3)), heapq.nlargest(0, [1, 2]))
random.seed(7)
h = []
for i in range(50):
    heapq.heappush(h, (random.randint(0, 20), i))
out = [heapq.heappop(h) for _ in range(50)]
print(out == sorted(out), out[:6])
h = [(1, 'a'), (1, 'b')]
heapq.heapify(h)
print(h)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush([1, 'a'], 2)
except TypeError as e:
    print("TypeError:", e)
