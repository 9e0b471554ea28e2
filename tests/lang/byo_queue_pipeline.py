# Producer-consumer with queue.Queue: a two-stage pipeline (parse, then
# aggregate), sentinels to stop workers, task_done/join, a PriorityQueue of
# jobs and the Empty/Full exceptions.
import queue
import threading

raw = queue.Queue()
parsed = queue.Queue(maxsize=5)
STOP = object()


def parser():
    while True:
        line = raw.get()
        if line is STOP:
            raw.task_done()
            parsed.put(STOP)
            return
        name, _, score = line.partition(",")
        parsed.put((name.strip(), int(score)))
        raw.task_done()


totals = {}


def aggregator(n_parsers):
    stops = 0
    while stops < n_parsers:
        item = parsed.get()
        if item is STOP:
            stops += 1
            continue
        name, score = item
        totals[name] = totals.get(name, 0) + score


lines = [f"{name}, {i * 3 % 17}" for i in range(60) for name in ("ada", "bob", "cy") if (i + len(name)) % 2]
parsers = [threading.Thread(target=parser) for _ in range(3)]
agg = threading.Thread(target=aggregator, args=(len(parsers),))
for t in parsers + [agg]:
    t.start()
for line in lines:
    raw.put(line)
for _ in parsers:
    raw.put(STOP)
raw.join()
agg.join()
for t in parsers:
    t.join()
print(sorted(totals.items()))
print(raw.empty(), parsed.qsize())

jobs = queue.PriorityQueue()
for prio, job in [(3, "report"), (1, "backup"), (2, "email"), (1, "alert")]:
    jobs.put((prio, job))
print([jobs.get()[1] for _ in range(jobs.qsize())])
try:
    jobs.get_nowait()
except queue.Empty:
    print("empty")
small = queue.Queue(maxsize=1)
small.put("x")
try:
    small.put("y", timeout=0.01)
except queue.Full:
    print("full")
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
