# Interval bookkeeping with bisect: insertion points, range counts.
import bisect
events = []
for t in [15, 3, 9, 27, 3, 18, 42, 9, 1]:
    bisect.insort(events, t)
print(events)


def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)


print(count_between(events, 3, 18), count_between(events, 0, 100), count_between(events, 50, 60))
scores = [55, 61, 70, 79, 85, 90, 98]
cuts = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(cuts, s)]) for s in scores])
i = bisect.bisect_left(events, 9)
print(i, events[i], bisect.bisect_left(events, 10), bisect.bisect_right(events, 3))
