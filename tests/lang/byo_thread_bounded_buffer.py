# The textbook bounded buffer: a Condition with wait_for and notify_all,
# several producers and consumers, every item consumed exactly once.
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()
        self.high_water = 0

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.high_water = max(self.high_water, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


buf = BoundedBuffer(3)
consumed = []
consumed_lock = threading.Lock()
N_PRODUCERS, PER_PRODUCER, N_CONSUMERS = 3, 50, 2


def producer(pid):
    for i in range(PER_PRODUCER):
        buf.put((pid, i))


def consumer():
    while True:
        item = buf.get()
        if item is None:
            return
        with consumed_lock:
            consumed.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    buf.put(None)
for t in consumers:
    t.join()

print(len(consumed), len(set(consumed)))
print(sorted(consumed)[:3], sorted(consumed)[-1])
print("capacity respected:", buf.high_water <= buf.capacity)
per_producer = {}
for pid, i in consumed:
    per_producer.setdefault(pid, []).append(i)
print({pid: sorted(v) == list(range(PER_PRODUCER)) for pid, v in sorted(per_producer.items())})
