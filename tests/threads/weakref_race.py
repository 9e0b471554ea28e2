# Weak references raced across threads: one thread drops objects while
# others dereference their weak references and make new ones; a deref
# gives the live object or None, never a freed one, and every callback runs
# exactly once. Under gil=none this is the clear-vs-deref race.
import threading
import weakref

N, READERS = 400, 3


class Obj:
    def __init__(self, n):
        self.n = n


for rnd in range(3):
    objs = [Obj(i) for i in range(N)]
    called = []
    lock = threading.Lock()

    def cb(w):
        with lock:
            called.append(w)

    refs = [weakref.ref(o, cb) for o in objs]
    bad = []
    start = threading.Barrier(READERS + 1)

    def reader(k):
        start.wait()
        seen_dead = 0
        for sweep in range(4):
            for i, r in enumerate(refs):
                o = r()
                if o is None:
                    seen_dead += 1
                elif o.n != i:
                    bad.append((k, i))
                else:
                    try:
                        weakref.ref(o)  # shares or makes the plain ref
                    except TypeError:
                        bad.append(("type", i))

    def dropper():
        start.wait()
        while objs:
            objs.pop()

    ts = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
    ts.append(threading.Thread(target=dropper))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(rnd, bad, len(called), all(r() is None for r in refs),
          len(set(map(id, called))) == N)
