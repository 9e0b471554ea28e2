# timedelta from floats: every component summed in microseconds, the float
# parts rounded once, half to even, as CPython's C module does; multiplying
# and dividing by floats round the exact ratio half to even too.
from datetime import timedelta as T

for kw in [dict(seconds=0.5e-6), dict(seconds=1.5e-6), dict(seconds=2.5e-6), dict(seconds=-0.5e-6),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-1.5),
           dict(milliseconds=0.0005), dict(milliseconds=0.0015), dict(days=0.1), dict(days=-0.1),
           dict(hours=1 / 3), dict(minutes=-1 / 7), dict(weeks=1e-12), dict(seconds=1e-7, microseconds=0.4),
           dict(days=1.5, seconds=0.25, microseconds=0.75), dict(days=-1.5, hours=2.25, minutes=-0.5),
           dict(seconds=86399.9999995), dict(seconds=86399.9999994), dict(days=999999999),
           dict(days=-999999999), dict(seconds=True), dict(days=1, seconds=-1)]:
    d = T(**kw)
    print(kw, repr(d), d, d.total_seconds())
for f in (0.1, 0.5, 1.5, 2.5, -0.5, 1 / 3, 1e-6, 123.456):
    print(f, repr(T(microseconds=1) * f), repr(T(microseconds=3) * f), repr(T(days=1) * f),
          repr(T(seconds=1) / f), repr(T(microseconds=5) / f))
for n in (2, 3, -3, 7, 10**6):
    print(n, repr(T(microseconds=5) / n), repr(T(microseconds=-5) / n), repr(T(seconds=1) // n),
          repr(T(microseconds=-7) // n), repr(n * T(hours=1)))
print(T(days=1) / T(hours=5), T(days=-1) // T(hours=5), T(days=-1) % T(hours=5), divmod(T(days=-1), T(hours=5)))
print(T(microseconds=1) / T(seconds=3), T(weeks=1).total_seconds(), T(microseconds=-1).total_seconds())
print(T.max.total_seconds(), T.min.total_seconds(), repr(T.max), repr(T.min))
