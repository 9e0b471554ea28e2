import threading
import multiprocessing as mp
import time

def cpu_work():
    """CPU-bound work (~1 second)."""
    total = 0
    for i in range(20_000_000):
        total += i * i % 1000
    return total

def benchmark_sequential():
    start = time.perf_counter()
    cpu_work()
    cpu_work()
    return time.perf_counter() - start

def benchmark_threaded():
    start = time.perf_counter()
    t1 = threading.Thread(target=cpu_work)
    t2 = threading.Thread(target=cpu_work)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    return time.perf_counter() - start

def benchmark_multiprocessing():
    start = time.perf_counter()
    with mp.Pool(2) as pool:
        pool.map(lambda x: cpu_work(), [1, 2])
    return time.perf_counter() - start

if __name__ == '__main__':
    seq = benchmark_sequential()
    print(f"Sequential:      {seq:.2f}s")
    
    thr = benchmark_threaded()
    print(f"Threading:       {thr:.2f}s ({seq/thr:.1f}x)")
    
    proc = benchmark_multiprocessing()
    print(f"Multiprocessing: {proc:.2f}s ({seq/proc:.1f}x)")
