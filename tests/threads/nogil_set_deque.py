# Four threads share one set, one deque, one Counter and one heap list
# without a lock: adds, discards, membership tests, iteration snapshots,
# pops from both deque ends and heap pushes. Each operation is atomic under
# every GIL model (gil=none included), so the totals printed are exact.
import threading
import heapq
from collections import deque, Counter

N = 4000
NT = 4
shared = set()
dq = deque()
counts = Counter()
heap = []
lock = threading.Lock()
seen = [0] * NT


def work(k):
    base = k * N
    got = 0
    for i in range(N):
        shared.add(base + i)
        dq.append(base + i)
        if i % 2:
            shared.discard(base + i)
            dq.popleft()
        got += (base + i - 1) in shared
        if i % 500 == 0:
            got += len(sorted(shared)) > 0
            got += len(list(dq)) >= 0
            got += len(shared | {1}) > 0
        with lock:
            counts[k] += 1
            heapq.heappush(heap, base + i)
    seen[k] = got


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(dq), sum(counts.values()), len(heap))
print(sorted(shared) == sorted([k * N + i for k in range(NT) for i in range(0, N, 2)]))
print([heapq.heappop(heap) for _ in range(5)], seen[0] > 0)
