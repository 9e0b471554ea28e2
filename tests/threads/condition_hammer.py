# Threads hand a token around under one Condition (each waits for its turn,
# wait_for, notify_all), and a Semaphore and a Barrier keep count: the
# totals are exact under every GIL model.
import threading

THREADS, ROUNDS = 4, 300
cond = threading.Condition()
turn = 0
order = []


def player(me):
    global turn
    for _ in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn % THREADS == me)
            order.append(me)
            turn += 1
            cond.notify_all()


ts = [threading.Thread(target=player, args=(i,)) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(turn, order == [i % THREADS for i in range(THREADS * ROUNDS)])

# a counter guarded by a Condition with notify(), consumers decrementing
stock = 0
taken = [0] * THREADS
cv = threading.Condition(threading.Lock())


def supplier():
    global stock
    for _ in range(THREADS * ROUNDS):
        with cv:
            stock += 1
            cv.notify()


def taker(i):
    global stock
    for _ in range(ROUNDS):
        with cv:
            while stock == 0:
                cv.wait()
            stock -= 1
            taken[i] += 1


ts = [threading.Thread(target=taker, args=(i,)) for i in range(THREADS)]
ts.append(threading.Thread(target=supplier))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(stock, taken)

# a Semaphore counts exactly; a Barrier releases whole rounds
sem = threading.BoundedSemaphore(3)
inside = 0
peak = 0
lock = threading.Lock()
bar = threading.Barrier(THREADS)
indices = [[] for _ in range(THREADS)]


def worker(i):
    global inside, peak
    for r in range(50):
        with sem:
            with lock:
                inside += 1
                peak = max(peak, inside)
            with lock:
                inside -= 1
        indices[i].append(bar.wait())


ts = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(inside, peak <= 3, sorted(sum(indices, [])) == sorted(list(range(THREADS)) * 50))
