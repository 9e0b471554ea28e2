# fork while other threads run (and, under gil=none, run at the same
# time): the child keeps only the forking thread, runs, prints and exits
# without waiting for threads it does not have; the parent's threads go on.
import threading
import time
from multiprocessing import Pool, Process, Queue

stop = threading.Event()
counts = [0, 0]


def spin(k):
    while not stop.is_set():
        counts[k] += 1
        print_lock = None  # plain bytecode, some allocation
        _ = [k] * 3


def child(q, i):
    total = sum(x * x for x in range(20000))
    q.put((i, total))
    print('child', i, 'done')


def square(x):
    return x * x


if __name__ == '__main__':
    threads = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.05)
    q = Queue()
    for i in range(3):
        p = Process(target=child, args=(q, i))
        p.start()
        p.join()
        print('exit', p.exitcode, q.get(timeout=30))
    with Pool(2) as pool:
        print(pool.map(square, range(10)))
    stop.set()
    for t in threads:
        t.join()
    print('threads ran', counts[0] > 0 and counts[1] > 0)
