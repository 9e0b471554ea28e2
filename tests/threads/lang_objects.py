# Instances, closures and generators shared between threads: counts under
# locks are exact; racy updates may lose increments (as in CPython) but
# must not crash; a generator resumed by two threads at once raises
# "generator already executing" in one of them.
import threading

class Counter:
    def __init__(self):
        self.n = 0
        self.racy = 0
        self.lock = threading.Lock()
    def inc(self):
        with self.lock:
            self.n += 1
        self.racy += 1

def make_adder():
    total = 0
    lock = threading.Lock()
    def add(k):
        nonlocal total
        with lock:
            total += k
    def get():
        return total
    return add, get

def items(n):
    for i in range(n):
        yield i

counter = Counter()
add, get = make_adder()
shared = items(20000)
seen = []
errors = []

def work():
    for _ in items(2000):
        counter.inc()
        add(2)
    got = 0
    while True:
        try:
            next(shared)
            got += 1
        except StopIteration:
            break
        except ValueError as e:
            errors.append(str(e))
    seen.append(got)

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.n, get(), 0 < counter.racy <= 8000)
print(sum(seen) <= 20000, all(e == "generator already executing" for e in errors))
