import threading
import time

def cpu_task(n):
    """CPU-intensive calculation."""
    total = 0
    for i in range(n):
        total += i * i
    return total

# Sequential
start = time.perf_counter()
cpu_task(50_000_000)
cpu_task(50_000_000)
seq_time = time.perf_counter() - start
print(f"Sequential: {seq_time:.2f}s")

# Threaded (NO speedup due to GIL!)
start = time.perf_counter()
t1 = threading.Thread(target=cpu_task, args=(50_000_000,))
t2 = threading.Thread(target=cpu_task, args=(50_000_000,))
t1.start()
t2.start()
t1.join()
t2.join()
threaded_time = time.perf_counter() - start
print(f"Threaded: {threaded_time:.2f}s")  # Same or slower!
