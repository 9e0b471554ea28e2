# Limiting concurrency with a Semaphore: at most 3 "downloads" at a time,
# checked by a counter of active workers under a lock; BoundedSemaphore's
# over-release error.
import threading
import time

MAX = 3
slots = threading.Semaphore(MAX)
state_lock = threading.Lock()
active = 0
peak = 0
finished = []


def download(name):
    global active, peak
    with slots:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with state_lock:
            active -= 1
            finished.append(name)


threads = [threading.Thread(target=download, args=(f"file{i:02d}",)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within limit:", 1 <= peak <= MAX)
print(sorted(finished))
print("active at end:", active)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(slots.acquire(blocking=False), slots.acquire(timeout=0.01))
