# Seed S1's cpu_task (sum of squares), run sequentially; results instead of timings.
# n = 3_100_000 takes the running total past 2^63, n = 4_000_000 past 2^64.
import time


def cpu_task(n):
    """CPU-intensive calculation."""
    total = 0
    for i in range(n):
        total += i * i
    return total


start = time.perf_counter()
r1 = cpu_task(50_000)
r2 = cpu_task(50_000)
seq_time = time.perf_counter() - start
print(r1, r2, r1 == r2, seq_time >= 0)
for n in [0, 1, 2, 10, 1000, 1_000_000, 3_100_000, 4_000_000]:
    r = cpu_task(n)
    print(n, r, r == (n - 1) * n * (2 * n - 1) // 6, r > 2**63, r > 2**64)
print(f"Sequential: {cpu_task(100):,}")
