# Four threads log through one logger into one StreamHandler (its lock
# serializes emit) and one counting Handler subclass: every line arrives
# whole and the counts are exact under every GIL model.
import io
import logging
import threading

THREADS, ROUNDS = 4, 200
buf = io.StringIO()
log = logging.getLogger("workers")
log.propagate = False
log.setLevel(logging.INFO)
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
log.addHandler(h)


class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def emit(self, record):
        self.count += 1  # under the handler's lock


counter = Counting()
log.addHandler(counter)


def work(i):
    child = logging.getLogger("workers.w%d" % i)
    for n in range(ROUNDS):
        child.info("item %d of %d", n, i)
        log.debug("dropped %d", n)


ts = [threading.Thread(target=work, args=(i,), name="T%d" % i) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = buf.getvalue().splitlines()
print(len(lines), counter.count)
per = {}
for line in lines:
    name, level, _, n, _, i = line.split(" ")
    assert level == "INFO" and name == "T" + i, line
    per.setdefault(name, []).append(int(n))
print(sorted(per), all(v == list(range(ROUNDS)) for v in per.values()))
print(sorted(logging.root.manager.loggerDict))
