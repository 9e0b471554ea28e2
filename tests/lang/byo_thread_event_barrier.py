# A race with a starting gun (Event) and phases kept in step by a Barrier:
# every runner finishes phase k before any starts phase k+1.
import threading

N = 4
PHASES = 3
start = threading.Event()
barrier = threading.Barrier(N)
log = []
log_lock = threading.Lock()
leaders = []


def runner(rid):
    start.wait()
    for phase in range(PHASES):
        with log_lock:
            log.append((phase, rid))
        idx = barrier.wait()
        if idx == 0:
            with log_lock:
                leaders.append(phase)


threads = [threading.Thread(target=runner, args=(r,), name=f"runner-{r}") for r in range(N)]
for t in threads:
    t.start()
print("gun fired:", start.is_set())
start.set()
for t in threads:
    t.join()

phases = [p for p, _ in log]
print("phases in order:", phases == sorted(phases))
print("each phase complete:", all(sorted(r for p, r in log if p == k) == list(range(N)) for k in range(PHASES)))
print("one leader per phase:", sorted(leaders))
print(barrier.parties, barrier.n_waiting, barrier.broken)
print(sorted(t.name for t in threads))

b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
