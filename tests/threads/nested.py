# Threads that start threads; many short threads; current_thread inside them.
import threading

names = []
lock = threading.Lock()


def leaf(tag):
    with lock:
        names.append(tag + ":" + threading.current_thread().name)


def branch(tag, n):
    kids = [threading.Thread(target=leaf, args=(tag + str(i),), name="leaf-" + tag + str(i))
            for i in range(n)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    leaf(tag)


roots = [threading.Thread(target=branch, args=("r" + str(i), 3), name="root" + str(i))
         for i in range(3)]
for r in roots:
    r.start()
for r in roots:
    r.join()
print(sorted(names))

count = [0]


def inc():
    with lock:
        count[0] += 1


for round in range(20):
    ts = [threading.Thread(target=inc) for i in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(count[0], threading.active_count())
