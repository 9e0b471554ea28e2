# Entries that return while threads they started still run (test_leftover_threads).
import threading
import time


def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def spin_until(t_end):
    while time.perf_counter() < t_end:
        busy(1000)


def leave_running(n):
    # a non-daemon thread that outlives the task by ~50 ms
    threading.Thread(target=spin_until, args=(time.perf_counter() + 0.05,)).start()
    return busy(n)


def leave_daemon(n):
    # a daemon that never ends: it dies with the process
    threading.Thread(target=spin_until, args=(float("inf"),), daemon=True).start()
    return busy(n)
