# Subclasses of threading.Thread: run() overridden, super().__init__(name=),
# attributes on self, super().run(), the errors of misuse.
import threading

results = []
lock = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        total = 0
        for i in range(self.n):
            total += i
        self.total = total
        with lock:
            results.append((self.name, total))


workers = [Worker(1000 * (i + 1), name="w%d" % i) for i in range(4)]
for w in workers:
    print(w.name, w.is_alive())
    w.start()
for w in workers:
    w.join()
    print(w.name, w.total, w.is_alive())
print(sorted(results))


class Plain(threading.Thread):
    def run(self):
        print("plain run in", threading.current_thread().name)


p = Plain()
print(p.name)
p.start()
p.join()


class WithTarget(threading.Thread):
    pass


def job(a, b):
    print("target", a + b)


t = WithTarget(target=job, args=(2, 3))
t.start()
t.join()


class Daemonic(threading.Thread):
    def __init__(self):
        super().__init__()
        self.daemon = True
        self.name = "renamed"

    def run(self):
        print("daemon", threading.current_thread().daemon, threading.current_thread().name)


d = Daemonic()
d.start()
d.join()
print(d.daemon, d.name)


class SuperRun(threading.Thread):
    def run(self):
        print("before")
        super().run()
        print("after")


s = SuperRun(target=job, args=(10, 20))
s.start()
s.join()


class NoInit(threading.Thread):
    def __init__(self):
        self.x = 1


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    s.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(s, threading.Thread), issubclass(SuperRun, threading.Thread))


class Failing(threading.Thread):
    def run(self):
        raise ValueError("boom")


f = Failing(name="failer")
f.start()
f.join()
print("done")
