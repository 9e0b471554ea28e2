# Run by test_priority_pinned on one core: a task that sleeps in a loop
# (a priority taker under gil=priority) while CPU-bound threads start.
import threading
import time

started = []
stop = False


def squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def burn(i):
    started.append(i)
    while not stop:
        squares(1000)


def main():
    global stop
    stop = False
    del started[:]
    threads = [threading.Thread(target=burn, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    while len(started) < 4:
        time.sleep(0.0005)
    t_end = time.perf_counter() + 0.3
    polls = 0
    while time.perf_counter() < t_end:
        time.sleep(0.0005)
        polls += 1
    stop = True
    for t in threads:
        t.join()
    return f"started {sorted(started)} polled {polls > 0}"


if __name__ == "__main__":
    print(main())
