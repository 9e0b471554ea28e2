# statistics.NormalDist: the docs' examples, inv_cdf's three regions,
# arithmetic, equality, from_samples, seeded samples and the errors
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.cdf(130), n.zscore(85), n.quantiles(), n.quantiles(10))
for p in (0.5, 0.9, 0.975, 0.01, 1e-10, 1 - 1e-12, 0.3):
    print(p, NormalDist().inv_cdf(p))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), n.overlap(NormalDist(110, 15)), n.overlap(n))
temp = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temp, temp * (9 / 5) + 32, -temp, +temp, 10 - temp, temp + temp, temp - 1, temp / 2, 2 * temp)
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) == 3,
      hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))
print(NormalDist(5, 2).samples(4, seed=42), len(NormalDist().samples(3)))
print(NormalDist(0, 0).mean, NormalDist(0, 0).quantiles(1))
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
          lambda: NormalDist().inv_cdf(1.0), lambda: NormalDist(0, 0).inv_cdf(0.5),
          lambda: NormalDist(0, 0).zscore(1), lambda: NormalDist.from_samples([1]),
          lambda: NormalDist().overlap(NormalDist(1, 0)), lambda: NormalDist().overlap(3)]:
    try:
        f()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
