# heapq in the programs that use it: a discrete-event scheduler with a
# priority queue of (time, seq, task), Dijkstra's shortest paths, top-k with
# nlargest/nsmallest, and merging sorted runs by hand.
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.log = []

    def at(self, when, name, action=None):
        heapq.heappush(self.queue, (when, next(self.counter), name, action))

    def run(self):
        while self.queue:
            self.now, _, name, action = heapq.heappop(self.queue)
            self.log.append(f"t={self.now:>3} {name}")
            if action:
                action(self)


def make_periodic(name, period, times):
    def action(s):
        nonlocal times
        times -= 1
        if times > 0:
            s.at(s.now + period, name, action)
    return action


s = Scheduler()
s.at(0, "boot")
s.at(5, "tick", make_periodic("tick", 10, 3))
s.at(12, "backup")
s.at(5, "poll", make_periodic("poll", 7, 2))
s.run()
print("\n".join(s.log))

GRAPH = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra(GRAPH, "A")
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(dist, "->".join(["A"] + path[::-1]))

nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, GRAPH, key=lambda k: len(GRAPH[k])))
h = list(nums)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, 1), heapq.heapreplace(h, 100), sorted(h))
runs = [[1, 4, 9], [2, 3, 10], [5]]
heap = [(r[0], i, 0) for i, r in enumerate(runs)]
heapq.heapify(heap)
merged = []
while heap:
    v, i, j = heapq.heappop(heap)
    merged.append(v)
    if j + 1 < len(runs[i]):
        heapq.heappush(heap, (runs[i][j + 1], i, j + 1))
print(merged)
