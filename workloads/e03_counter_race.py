# E3 race. Claim (S1): `counter += 1` from 2 threads "may not be 2,000,000".
# Expected: gil=legacy (a switch may fall between any two instructions) and
# gil=none (no GIL at all) lose updates; gil=new loses none, since CPython
# >= 3.10 only switches at backward jumps and calls; with a threading.Lock
# nothing is lost under any model.
# Entry: race(nthreads, n, locked) starts nthreads threads that each add 1 to
# a global n times and returns the number of lost updates.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        counter += 1


def add_locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def race(nthreads, n, locked):
    global counter
    counter = 0
    target = add_locked if locked else add
    threads = []
    for k in range(nthreads):
        threads.append(threading.Thread(target=target, args=(n,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return nthreads * n - counter


if __name__ == '__main__':
    lost = race(2, 1_000_000, 0)
    print(f"counter = {2_000_000 - lost:,} (lost {lost:,})")
    lost = race(2, 1_000_000, 1)
    print(f"with a Lock: counter = {2_000_000 - lost:,} (lost {lost:,})")
