# E2 io-overlap. Claim (S1): I/O-bound threads overlap their waits (5 requests:
# 2.50 s sequential, 0.52 s threaded). Expected: threads ~ N x faster than
# sequential until the server's concurrency or the CPU time bounds it.
# Entries: fetch_n(url, count) requests `url` (the harness's loopback server,
# whose latency is set by the suite) count times; sleep_n(seconds, count)
# waits in time.sleep instead. Demo: python3 e02_io_bound.py [URL]
import sys
import time
from compat import fetch


def fetch_n(url, count):
    size = 0
    for k in range(count):
        size += fetch(url)
    return size


def sleep_n(seconds, count):
    for k in range(count):
        time.sleep(seconds)
    return count


if __name__ == '__main__':
    from demo import compare
    compare(sleep_n, (0.1, 1), 5)
    if len(sys.argv) > 1:
        compare(fetch_n, (sys.argv[1], 1), 5)
