# range: arguments, len, indexing, membership, repr, equality, iteration.
for args in [(5,), (0,), (-3,), (2, 8), (8, 2), (0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (1, 2, 100)]:
    if len(args) == 1:
        r = range(args[0])
    elif len(args) == 2:
        r = range(args[0], args[1])
    else:
        r = range(args[0], args[1], args[2])
    print(r, len(r), list(r), r[0] if len(r) else None, r[-1] if len(r) else None, 3 in r, bool(r))
print(range(10) == range(0, 10), range(0, 5, 2) == range(0, 6, 2), range(0) == range(5, 2))
print(list(reversed(range(5))), sorted(range(5), reverse=True), sum(range(101)), max(range(7)))
print(range(3, 10, 2)[1:3], range(True, 5), range(-1, -10, -4))
print(list(range(3)) + list(range(3, 6)))
print([i for i in range(0, -10, -3)])
print(4 in range(0, 10, 4), 3.0 in range(5))
