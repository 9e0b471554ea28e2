# A small workload for the harness tests: work(n) is a short CPU-bound loop,
# work_fail raises in worker 1, nap sleeps (so a test can kill a worker or
# hit a timeout), spin loops forever (a timeout must interrupt it).
import time


def work(n=200_000):
    total = 0
    for i in range(n):
        total += i * i
    return total


def work_fail(n, worker):
    if worker == 1:
        raise ValueError("boom in worker 1")
    return work(n)


def nap(seconds):
    time.sleep(seconds)


def spin_forever():
    n = 0
    while True:
        n += 1


if __name__ == '__main__':
    print(work())
