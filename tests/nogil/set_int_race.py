# Races on sets' small-int paths (interp/src/objects/set.c: `in`, add,
# remove and discard of an int, taken under the set's lock under gil=none):
# writers add and remove their own ranges of ints in one shared set, which
# makes it grow, shrink and switch its index off and on, while readers test
# ints that stay in it throughout and ints that never enter it. Every answer
# is fixed whatever the interleaving, so the output is python3's;
# tests/nogil.cmake compares them (and the sanitizers watch).
import threading

N = 3000
shared = set(range(0, 1000, 10))  # the ints every reader must always find
done = [False, False]  # one flag per writer: `+= 1` would race


def writer(k):
    base = 100000 * (k + 1)
    for i in range(N):
        for j in range(i % 40):
            shared.add(base + j)
        for j in range(i % 40):
            if j % 2:
                shared.remove(base + j)
            else:
                shared.discard(base + j)
    done[k] = True


def reader(out, k):
    bad = 0
    rounds = 0
    while not all(done) or rounds < 50:
        for v in range(0, 1000, 10):
            if v not in shared:
                bad += 1
            if v + 5 in shared:
                bad += 1
        rounds += 1
    out[k] = bad


out = {}
threads = [threading.Thread(target=reader, args=(out, k)) for k in range(2)]
threads += [threading.Thread(target=writer, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad", sorted(out.items()))
print("left", len(shared), sorted(shared)[:3], max(shared))
