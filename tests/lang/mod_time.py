# The time module: only deterministic facts (types, monotonicity, sleep >= its argument).
import time
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
w0 = time.time()
total = 0
for i in range(10000):
    total += i
time.sleep(0.01)
t1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
w1 = time.time()
print(isinstance(t0, float), isinstance(n0, int), isinstance(m0, float), isinstance(w0, float))
print(t1 - t0 >= 0.01, n1 - n0 >= 10000000, m1 >= m0, w1 >= w0 - 1)
print(w0 > 1600000000, total)
print(time.sleep(0) is None, time.sleep(0.001))
elapsed = time.perf_counter() - t0
print(f'{elapsed:.2f}' != '', elapsed > 0)
