# statistics over Fractions: means and variances stay exact Fractions,
# standard deviations are floats, mixed with ints coerce to Fraction.
import statistics
from fractions import Fraction as F
data = [F(1, 2), F(1, 3), F(3, 4), F(5, 6), F(-1, 7)]
for name in ['mean', 'median', 'median_low', 'median_high', 'variance', 'pvariance', 'stdev', 'pstdev', 'mode', 'fmean', 'harmonic_mean']:
    fn = getattr(statistics, name)
    try:
        print(name, repr(fn(data if name != 'harmonic_mean' else [abs(x) for x in data])))
    except Exception as e:
        print(name, type(e).__name__, e)
print(repr(statistics.mean([F(1, 3), 2, 3])), repr(statistics.mean([1, 2, 4])), repr(statistics.mean([1.5, 2])))
print(repr(statistics.variance([F(1, 3), 2, F(5, 2)])), repr(statistics.pvariance([1, 2, 3, 4])))
print(repr(statistics.mean([F(1, 2), 0.25])), repr(statistics.mean([0.25, F(1, 2), 1])))
try:
    statistics.mean([F(1, 2), 'x'])
except TypeError as e:
    print('TypeError', e)
