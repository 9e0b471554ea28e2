# Threads in several processes share a multiprocessing Value and Array and
# their locks (process-shared semaphores): under every GIL model, and
# gil=none's truly parallel threads, no update is lost, and each process's
# threads see one RLock per Value (get_lock) that only its holder owns.
import threading
from multiprocessing import Array, Event, Process, Value


def bump(v, arr, idx):
    for _ in range(300):
        with v.get_lock():
            with v.get_lock():  # an RLock: its owner may take it again
                v.value += 1
        with arr.get_lock():
            arr[idx] += 1


def worker(v, arr, idx, go):
    go.wait(30)
    ts = [threading.Thread(target=bump, args=(v, arr, idx)) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


if __name__ == '__main__':
    v = Value('i', 0)
    arr = Array('i', 3)
    go = Event()
    ps = [Process(target=worker, args=(v, arr, i, go)) for i in range(2)]
    for p in ps:
        p.start()
    go.set()
    worker(v, arr, 2, go)
    for p in ps:
        p.join()
    print(v.value, arr[:], [p.exitcode for p in ps])
