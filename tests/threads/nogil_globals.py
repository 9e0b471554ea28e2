# Threads create and delete globals of their own (the module dict grows and
# is compacted while others read it) and read shared globals and builtins,
# with no lock; a lock-protected global counter must come out exact.
import threading

N = 4000
lock = threading.Lock()
counter = 0
seen = [0, 0, 0, 0]


def bump():
    global counter
    with lock:
        counter += 1


def w0():
    global a0, b0, c0
    for i in range(N):
        a0 = i
        b0 = a0 + 1
        del a0
        c0 = b0 + len(seen)
        bump()
    seen[0] = c0


def w1():
    global a1, b1, c1
    for i in range(N):
        a1 = i
        b1 = a1 + 1
        del a1
        c1 = b1 + len(seen)
        bump()
    seen[1] = c1


def w2():
    global a2, b2, c2
    for i in range(N):
        a2 = i
        b2 = a2 + 1
        del a2
        c2 = b2 + len(seen)
        bump()
    seen[2] = c2


def w3():
    global a3, b3, c3
    for i in range(N):
        a3 = i
        b3 = a3 + 1
        del a3
        c3 = b3 + len(seen)
        bump()
    seen[3] = c3


ts = [threading.Thread(target=f) for f in [w0, w1, w2, w3]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, seen, b0 + b1 + b2 + b3)
