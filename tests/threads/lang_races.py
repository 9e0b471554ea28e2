# Unlocked races on instance attributes, closure cells and class namespaces
# (methods replaced while other threads call them): lost updates are
# allowed, as in CPython; crashes and sanitizer reports are not.
import threading

class Box:
    def __init__(self):
        self.v = 0
    def bump(self):
        self.v += 1

class K:
    def m(self):
        return 1

def counter_cell():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get

box = Box()
inc, get = counter_cell()
results = []

def mutate():
    for i in range(3000):
        K.attr = i
        box.extra = i
        if i % 50 == 0:
            K.m = lambda self: 1

def work():
    k = K()
    s = 0
    for _ in range(5000):
        box.bump()
        inc()
        s += k.m()
    results.append(s)

threads = [threading.Thread(target=work) for _ in range(3)]
threads.append(threading.Thread(target=mutate))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == [5000, 5000, 5000], 0 < box.v <= 15000, 0 < get() <= 15000, K.attr)
