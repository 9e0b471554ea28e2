# Threads read, store and call through the same attribute sites on shared
# instances while another thread moves the attributes around in their
# dicts (delete and re-add: the name lands at another entry; new names:
# the dict grows) and gives the class a __setattr__ for a while. Under
# gil=none the sites' fast paths read the value at the entry a cache way
# remembers, under the dict's lock: every value read is one that was
# stored, and every store lands.
import threading

N = 3000


class Box:
    def __init__(self, v):
        self.v = v
        self.w = v

    def get(self):
        return self.v


boxes = [Box(i % 3) for i in range(4)]
seen_bad = []


def mover(stop):
    for i in range(N):
        b = boxes[i % 4]
        del b.w
        b.w = i % 3
        setattr(b, "extra%d" % (i % 50), i)
        if i % 500 == 0:
            Box.__setattr__ = object.__setattr__
        elif i % 500 == 250:
            del Box.__setattr__
    stop.set()


def user(stop, k):
    bad = rounds = 0
    while not stop.is_set() or rounds < N:
        rounds += 1
        b = boxes[rounds % 4]
        if b.v not in (0, 1, 2) or b.get() not in (0, 1, 2):
            bad += 1
        b.v = (b.v + k) % 3
        w = getattr(b, "w", 0)
        if w not in (0, 1, 2):
            bad += 1
    seen_bad.append(bad)


stop = threading.Event()
ts = [threading.Thread(target=mover, args=(stop,))]
ts += [threading.Thread(target=user, args=(stop, k)) for k in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen_bad, all(b.v in (0, 1, 2) and b.w in (0, 1, 2) for b in boxes))
print([len([k for k in vars(b) if k.startswith("extra")]) for b in boxes])
