# timeit: statements as strings (compiled into a function around a loop)
# and as callables, setup, globals=, repeat, autorange, a counting timer;
# no timings are printed, only their types, counts and signs.
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
t = timeit.timeit('calls.append(2)', globals={'calls': calls}, number=5)
print(type(t).__name__, t >= 0, calls)
ns = {'hits': []}
timeit.timeit('hits.append(x)', setup='x = 40 + 2', globals=ns, number=3)
print(ns['hits'])
r = timeit.repeat('sum(range(10))', repeat=4, number=10)
print(type(r).__name__, len(r), all(v >= 0 for v in r))
print(len(timeit.repeat(work, number=1)))
ticks = iter(range(0, 1000, 5))
print(timeit.timeit('pass', timer=lambda: next(ticks), number=3))
T = timeit.Timer('y = x * 2\nz = y + 1', setup='x = 3')
print(type(T).__name__, T.timeit(number=100) >= 0)
# a timer that counts the statement's runs: autorange stops at 0.2 s
seen, runs = [], []
n, taken = timeit.Timer(lambda: runs.append(1), timer=lambda: len(runs) / 1000).autorange(
    lambda number, took: seen.append(number))
print(n, round(taken, 6), seen, len(runs))
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat)
setup_runs = []
timeit.Timer(lambda: None, setup=lambda: setup_runs.append(1)).repeat(3, 2)
print(len(setup_runs))
for bad in (('pass', 5), (5, 'pass')):
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print(type(e).__name__)
t = timeit.Timer('1 / 0')
try:
    t.timeit(1)
except ZeroDivisionError as e:
    print('raised', e)
print(timeit.timeit('for i in range(3):\n    pass', number=2) >= 0)
