# Kahn's topological sort with defaultdict, Counter of in-degrees and a heap for a stable order.
from collections import defaultdict, Counter
import heapq
edges = [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
         ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
         ("undershorts", "shoes")]
succ = defaultdict(set)
indeg = Counter()
nodes = set()
for a, b in edges:
    succ[a].add(b)
    indeg[b] += 1
    nodes |= {a, b}
ready = [n for n in nodes if indeg[n] == 0]
heapq.heapify(ready)
order = []
while ready:
    n = heapq.heappop(ready)
    order.append(n)
    for m in sorted(succ[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            heapq.heappush(ready, m)
print(order, len(order) == len(nodes))
