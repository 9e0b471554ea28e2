# graphlib: static_order on several graphs, the prepare/get_ready/done
# protocol, cycles (CycleError's args) and the protocol's errors.
from graphlib import CycleError, TopologicalSorter

graphs = [
    {},
    {'a': []},
    {'d': ['b', 'c'], 'c': ['a'], 'b': ['a']},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {'x': ['y'], 'y': ['z'], 'w': ['z', 'x']},
    {'m': ['m2', 'm3', 'm1'], 'm2': ['m1'], 'm3': []},
    {1: (), 2: (), 3: ()},
]
for g in graphs:
    print(list(TopologicalSorter(g).static_order()))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('compile', 'fetch')
ts.add('test', 'build')
ts.add('fetch')
print(bool(ts) if ts._ready_nodes is not None else 'not prepared')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready, bool(ts))
    for node in ready:
        order.append(node)
        ts.done(node)
print(order, ts.is_active(), ts.get_ready())

# nodes done out of order: get_ready returns () until something is done
ts = TopologicalSorter({'b': ['a'], 'c': ['a']})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done('a')
print(sorted(ts.get_ready()))

for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1]}, {'s': ['s']},
          {'p': ['q'], 'q': ['r'], 'r': ['q']}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e.args, isinstance(e, ValueError))

ts = TopologicalSorter({'b': ['a']})
for f in [ts.get_ready, ts.is_active, lambda: ts.done('a')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for f in [ts.prepare, lambda: ts.add('c'), lambda: ts.done('zz'), lambda: ts.done('b')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
ts.get_ready()
ts.done('a')
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
try:
    TopologicalSorter().add([], 'x')
except TypeError as e:
    print('TypeError', e)
big = {i: [i - 1] for i in range(1, 2000)}
print(list(TopologicalSorter(big).static_order())[-3:])
