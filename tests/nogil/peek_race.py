# Races on gil=none's lock-free reads (interp/src/runtime/cache_none.h,
# invariant 5): readers load globals, builtins and instance attributes
# while a writer rebinds them to values that need no reference (ints,
# floats), to objects the read must take under the lock (fresh lists and
# strs, freed when replaced) and to deferred ones (new functions and
# classes, freed by the collections the writer asks for), grows and shrinks
# the dicts they live in (the old storage a reader may still be in), and
# shadows a builtin. Every value a reader sees must be whole and of a kind
# the writer stored, so the output is the same whatever the interleaving;
# tests/nogil.cmake compares it with python3's (and the sanitizers watch).
import gc
import threading

N = 20000
value = 0
done = [False]


def make_fn(i):
    return lambda: i


class Box:
    def __init__(self):
        self.v = 0
        self.w = 1.5


box = Box()
KINDS = (int, float, list, str, type, type(make_fn))


def writer():
    global value, len
    for i in range(N):
        k = i % 6
        if k == 0:
            value = i
        elif k == 1:
            value = i * 0.5
        elif k == 2:
            value = [i]
        elif k == 3:
            value = str(i)
        elif k == 4:
            value = type("C%d" % (i % 7), (), {})
        else:
            value = make_fn(i)
        box.v = value
        box.w = [i] if k % 2 else i * 0.25
        if i % 50 == 0:
            for j in range(20):  # grows the globals and the box's dict
                globals()["extra%d" % j] = j
                setattr(box, "a%d" % j, j)
            for j in range(20):
                del globals()["extra%d" % j]
                delattr(box, "a%d" % j)
        if i % 200 == 0:
            len = lambda x: 2  # shadows the builtin for a while
        elif i % 200 == 100:
            del len
        if i % 1000 == 0:
            gc.collect()  # frees the functions and classes rebound away
    done[0] = True


def reader(out, k):
    bad = 0
    seen = 0
    while not done[0] or seen < 1000:
        v = value
        if type(v) not in KINDS:
            bad += 1
        if type(box.v) not in KINDS or type(box.w) not in (float, list):
            bad += 1
        if len([1, 2]) != 2:
            bad += 1
        seen += 1
    out[k] = bad


out = {}
threads = [threading.Thread(target=reader, args=(out, k)) for k in range(2)]
threads.append(threading.Thread(target=writer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad", sorted(out.items()))
print("last", type(value).__name__, type(box.v).__name__, len([1, 2, 3]))
