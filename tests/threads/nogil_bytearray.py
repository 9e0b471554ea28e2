# Four threads share one bytearray without a lock: appends, extends, pops,
# slice assignments and deletions that resize it, while they also read it
# (copies, searches, iteration, repr) and take and release memoryviews
# over it, whose exports make resizing fail with BufferError until
# released (then the writer tries again). Each operation is atomic under
# every GIL model (gil=none included), so the totals printed are exact.
import threading

N = 1500
NT = 4
shared = bytearray()
retries = [0] * NT


def retry(k, op):
    while True:
        try:
            return op()
        except BufferError:
            retries[k] += 1


def add_dot():
    global shared
    shared += b"."


def work(k):
    mark = 65 + k
    for i in range(N):
        retry(k, lambda: shared.append(mark))
        retry(k, lambda: shared.extend(bytes([mark, mark])))
        if i % 3 == 0:
            retry(k, lambda: shared.remove(mark))
        if i % 50 == 0:
            view = memoryview(shared)
            assert len(view.tobytes()) <= len(shared) + 3 * NT
            view.release()
        if i % 7 == 0:
            snapshot = bytes(shared)
            assert snapshot.count(mark) >= 0 and shared.find(mark) >= -1
            assert all(0 <= b < 256 for b in shared[:20])
            assert repr(shared[:3]).startswith("bytearray(")
        if i % 11 == 0:
            retry(k, add_dot)
            retry(k, lambda: shared.remove(46))  # some '.' is there: ours at least


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(shared), sorted(set(shared)))
print([shared.count(65 + k) for k in range(NT)])

# Views released by one thread while others slice, read and write through
# them, and that thread then shrinks the array: each access either works or
# finds its view released (ValueError), never a stale window.
arr = bytearray(range(64))
views = [memoryview(arr) for _ in range(200)]
failed = [0] * NT


def releaser():
    for v in views:
        v.release()
    while True:
        try:
            del arr[32:]
            return
        except BufferError:
            pass


def user(k):
    for v in views:
        try:
            part = v[10:40]
            part[5] = 7
            assert len(part.tobytes()) == 30 and v[63] == 63
            part.release()
        except ValueError:
            failed[k] += 1


workers = [threading.Thread(target=user, args=(k,)) for k in range(NT - 1)]
workers.append(threading.Thread(target=releaser))
for th in workers:
    th.start()
for th in workers:
    th.join()
print(len(arr), arr[15] in (7, 15), sum(failed) <= 200 * (NT - 1))
