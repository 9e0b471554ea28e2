# E12 process-cost. Claim (S2's table): processes cost start-up and IPC, threads
# are lightweight. Expected: for short tasks threads win, for long CPU tasks
# processes win; the suite finds the break-even task length.
# Entries: empty() does nothing; task_us(us, per_us) does about `us`
# microseconds of Python CPU work at per_us iterations per microsecond, which
# the suite measures once with calibrate() (0: calibrate in this process).
from cpu_bound import burn_us, calibrate  # calibrate: the suite's entry too


def empty():
    return 0


def task_us(us, per_us=0.0):
    return burn_us(us, per_us)


if __name__ == '__main__':
    from demo import compare
    for us in [10.0, 1000.0, 100000.0]:
        print(f"task of {us:.0f} us:")
        compare(task_us, (us,), 2)
