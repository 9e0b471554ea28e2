# Sets of heap objects (str, tuple, frozenset) iterated while shared between
# threads: under gil=none a shared set is iterated over a snapshot of its
# keys, which once skipped every other key and read past the copied ones.
import threading

words = {'alpha', 'beta', 'gamma', 'delta', 'epsilon'}
pairs = {(i, i * i) for i in range(50)}
nested = {frozenset({i, -i}) for i in range(10)}
results = [None] * 4


def reader(slot):
    total = 0
    for _ in range(200):
        total += len(sorted(words)) + sum(a + b for a, b in pairs) + len(list(nested))
    results[slot] = total


print(sorted(words), len(list(pairs)), sorted(pairs)[:3])
threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, sorted(words), max(pairs), sorted(min(s) for s in nested))
print(sorted({w.upper() for w in words}), ''.join(sorted(w[0] for w in words)))
