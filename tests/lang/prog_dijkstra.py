# Dijkstra's shortest paths with heapq over a random graph (seeded).
import heapq
import random
random.seed(11)
N = 30
graph = {i: [] for i in range(N)}
for _ in range(90):
    a, b = random.randrange(N), random.randrange(N)
    w = random.randint(1, 20)
    graph[a].append((b, w))
    graph[b].append((a, w))
dist = {0: 0}
pq = [(0, 0)]
done = set()
while pq:
    d, u = heapq.heappop(pq)
    if u in done:
        continue
    done.add(u)
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, 10 ** 9):
            dist[v] = nd
            heapq.heappush(pq, (nd, v))
print(sorted(dist.items())[:10], len(done), max(dist.values()))
