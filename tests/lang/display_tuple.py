# Tuple displays: parentheses optional, the one-element comma, nesting, repr.
t0 = ()
t1 = (1,)
t1b = 1,
t2 = 1, 2
t3 = (1, (2, 3), [4])
print(t0, t1, t1b, t2, t3, (1), ((1)), ((1),), len(t0), len(t1))
print(('a',), ('a', 'b'), (None,), ((),), (1, 2, 3,))
x = 1, 'two', 3.0
print(x, x[1], len(x))
def pair():
    return 1, 2
print(pair(), pair()[0])
for item in (1, 2), (3, 4):
    print(item)
print(tuple([1, 2]), tuple('ab'), tuple(), tuple(range(3)))
t = (1, [2])
t[1].append(3)
print(t)
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 2, 0))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
