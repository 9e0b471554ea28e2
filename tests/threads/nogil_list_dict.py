# Four threads hammer one shared list and one shared dict without any lock:
# appends, reads of items other threads may be moving, setting and deleting
# keys. Under every GIL model (and gil=none) each operation is atomic, so the
# totals are exact; what is printed does not depend on the interleaving.
import threading

N = 10000
NT = 4
shared = []
table = {}
seen = [0] * NT


def work(k):
    base = k * N
    got = 0
    for i in range(N):
        shared.append(base + i)
        table[base + i] = i
        table["t%d" % k] = i
        n = len(shared)
        got += shared[n // 2] >= 0  # a read while others append (may reallocate)
        if i % 3 == 0:
            del table[base + i]
    seen[k] = got


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared), sum(shared), sorted(shared) == list(range(NT * N)))
print(len(table), sum(table.values()), seen)
print(sorted([k for k in table if isinstance(k, str)]), [table["t%d" % k] for k in range(NT)])
for k in range(NT):
    mine = [x for x in shared if x // N == k]
    print(k, mine == sorted(mine), len(mine))
