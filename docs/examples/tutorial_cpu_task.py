# The tutorial's CPU-bound example (S1: "CPU-Bound Tasks (GIL Hurts)"), as
# a gilbench workload: the timing code moved under the __main__ guard, so
# `python3 FILE` still runs the tutorial's comparison while gilbench loads
# the file as a module and times cpu_task itself. See README.md, "Bring
# your own workload".
import threading
import time


def cpu_task(n):
    """CPU-intensive calculation."""
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == '__main__':
    n = 2_000_000
    start = time.perf_counter()
    cpu_task(n)
    cpu_task(n)
    seq_time = time.perf_counter() - start
    print(f"Sequential: {seq_time:.2f}s")

    start = time.perf_counter()
    t1 = threading.Thread(target=cpu_task, args=(n,))
    t2 = threading.Thread(target=cpu_task, args=(n,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    threaded_time = time.perf_counter() - start
    print(f"Threaded: {threaded_time:.2f}s")
