# A thread's threading.local attributes are freed when the thread ends,
# not when the local is: CPython drops a thread's local dicts as it ends.
import threading


class Tracked:
    live = 0

    def __init__(self, tag):
        self.tag = tag
        Tracked.live += 1

    def __del__(self):
        Tracked.live -= 1


loc = threading.local()
loc.obj = Tracked("main")


def work(tag):
    loc.obj = Tracked(tag)
    print(tag, "sees", loc.obj.tag, "live", Tracked.live)


for i in range(3):
    t = threading.Thread(target=work, args=("t%d" % i,))
    t.start()
    t.join()
    print("after join", i, "live", Tracked.live)


class Counting(threading.local):
    def __init__(self):
        self.obj = Tracked("init")


c = Counting()
print("made", Tracked.live)
seen = []
threads = [threading.Thread(target=lambda: seen.append(c.obj.tag)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("init seen", seen)
print("threads gone", Tracked.live)


def made_in_thread():
    inner = threading.local()
    inner.obj = Tracked("inner")
    box.append(inner)


box = []
t = threading.Thread(target=made_in_thread)
t.start()
t.join()
print("local made in a thread, thread gone", Tracked.live)
del box[:]
del c
print("locals gone", Tracked.live, loc.obj.tag)
