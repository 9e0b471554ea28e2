# bool is an int subclass: arithmetic, comparisons, repr, hashing.
t = True
f = False
print(t, f, repr(t), str(f), t + t, t * 10, f - t, -t, +t, ~t, ~f)
print(t / 2, t // 1, t % 2, t ** 5, 2 ** t, t << 3, t >> 1, t & f, t | f, t ^ t)
print(t == 1, f == 0, t == 1.0, t is True, f is not True, t != f)
print(t > f, f < t, t >= 1, max(t, f), min(t, f, 0), sum([t, t, f, t]))
print(isinstance(t, int), isinstance(t, bool), isinstance(1, bool))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]),
      bool(()), bool((0,)), bool({}), bool({0: 0}), bool(None), bool(range(0)), bool(range(1)))
print(bool(), bool(2**64), bool(0.1), bool(' '), bool('0'), bool('False'))
print(int(t), float(t), str(t) + '!', f'{t}', f'{f!r}', f'{t:d}', f'{t:>6}')
print(hash(t), hash(f), [10, 20][t], {True: 'yes', 0: 'no'}[1], {1: 'a', True: 'b'})
print(t and 5, f and 5, t or 5, f or 5, not t, not f, not not 0)
print(True + 2**64, True * 2.5, (3 > 2) + (2 > 1), [1, 2, 3].count(True))
