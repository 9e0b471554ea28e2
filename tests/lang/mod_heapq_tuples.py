# heapq as a priority queue of (priority, seq, task) tuples.
import heapq
pq = []
seq = 0
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "review"), (5, "ship"), (2, "test")]:
    heapq.heappush(pq, (prio, seq, task))
    seq += 1
print(pq)
order = []
while pq:
    prio, _, task = heapq.heappop(pq)
    order.append((prio, task))
print(order)
h = [5, 4, 3, 2, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nsmallest(2, [(2, 'b'), (1, 'z'), (1, 'a')]), heapq.nlargest(2, {3: 'x', 9: 'y', 1: 'z'}))
