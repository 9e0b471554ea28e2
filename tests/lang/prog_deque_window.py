# Sliding-window maximum with a monotonic deque; moving average with maxlen.
from collections import deque


def window_max(xs, k):
    d, out = deque(), []
    for i, x in enumerate(xs):
        while d and xs[d[-1]] <= x:
            d.pop()
        d.append(i)
        if d[0] <= i - k:
            d.popleft()
        if i >= k - 1:
            out.append(xs[d[0]])
    return out


data = [1, 3, -1, -3, 5, 3, 6, 7, 2, 8, 1]
print(window_max(data, 3), window_max(data, 1) == data)
w = deque(maxlen=4)
avgs = []
for x in data:
    w.append(x)
    avgs.append(sum(w) / len(w))
print([round(a, 3) for a in avgs], w)
r = deque(range(8))
r.rotate(3)
print(r, r.index(0), list(reversed(list(r)))[:3])
