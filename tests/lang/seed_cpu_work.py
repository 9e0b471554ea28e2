# Seed S1's solution code: cpu_work (i*i % 1000) and the sequential benchmark.
import time


def cpu_work():
    """CPU-bound work (scaled down from 20_000_000 iterations)."""
    total = 0
    for i in range(300_000):
        total += i * i % 1000
    return total


def benchmark_sequential():
    start = time.perf_counter()
    cpu_work()
    cpu_work()
    return time.perf_counter() - start


if __name__ == '__main__':
    seq = benchmark_sequential()
    print(f"Sequential ran: {seq >= 0}")
    print(cpu_work())
    print(f"{cpu_work():,} {cpu_work() / 300_000:.3f}")
