# Thread pools under load: many small tasks from several submitting threads,
# results and done-callbacks counted exactly; map over a lock-guarded
# counter; as_completed over all of them.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

counter = 0
lock = threading.Lock()
callbacks = []


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    return n


with ThreadPoolExecutor(max_workers=6) as ex:
    print(sum(ex.map(bump, [100] * 40)), counter)
    futures = []
    flock = threading.Lock()

    def submitter(k):
        mine = [ex.submit(pow, k, i) for i in range(200)]
        for f in mine:
            f.add_done_callback(lambda f: callbacks.append(1))
        with flock:
            futures.extend(mine)

    ts = [threading.Thread(target=submitter, args=(k,)) for k in range(2, 6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = sum(f.result() for f in as_completed(futures))
    done, not_done = wait(futures)
print(total == sum(k ** i for k in range(2, 6) for i in range(200)), len(done), len(not_done))
print(len(callbacks))
