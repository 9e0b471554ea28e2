# The statistics module as benchmark scripts use it on their timings (mean,
# median, stdev, quantiles for percentiles), then CPython's exactness on
# random int and float data: the results must be the same numbers and
# types (mean of ints stays an int when exact), and the same errors.
import random
import statistics as st

timings_ms = [12.1, 11.8, 12.4, 30.2, 12.0, 11.9, 12.3, 12.2, 11.7, 12.6]
print(f"mean {st.mean(timings_ms):.3f} ms, median {st.median(timings_ms):.3f} ms, "
      f"stdev {st.stdev(timings_ms):.3f} ms, min {min(timings_ms)}")
p = st.quantiles(timings_ms, n=100)
print(f"p50 {p[49]:.2f} p90 {p[89]:.2f} p99 {p[98]:.2f}", st.quantiles(timings_ms, n=4, method="inclusive"))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]))
print(st.mode("abracadabra"), st.multimode("aabbc"), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([1e50, 1, -1e50] * 10), sum([1e50, 1, -1e50] * 10), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9], mu=5))

random.seed(11)
fns = ["mean", "fmean", "median", "median_low", "median_high", "mode", "multimode", "variance",
       "pvariance", "stdev", "pstdev", "geometric_mean", "harmonic_mean", "quantiles"]
datasets = [[], [1], [1, 2], [True, False, True], [2.5, 3, 4], [0.1] * 7, [float("inf"), 1.0],
            [-1, 5], [3, 3, 1, 1, 2], ["a", "b", "a"], [0, 4]]
for _ in range(60):
    k = random.randint(2, 30)
    kind = random.random()
    if kind < 0.3:
        d = [random.randint(-100, 1000) for _ in range(k)]
    elif kind < 0.6:
        d = [random.uniform(0, 1e6) for _ in range(k)]
    else:
        d = [random.gauss(50, 15) for _ in range(k)]
    datasets.append(d)
for d in datasets:
    row = []
    for f in fns:
        try:
            r = getattr(st, f)(d)
            row.append(f"{f}={r!r}:{type(r).__name__}")
        except Exception as e:
            row.append(f"{f}!{type(e).__name__}:{e}")
    print(" ".join(row))
