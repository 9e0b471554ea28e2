# Comprehension filters: one or several ifs, conditions using the variable.
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([x for x in range(20) if x % 2 == 0 and x > 10])
print([x for x in range(10) if x in [2, 3, 5, 7]])
print([s for s in ['a', '', 'bc', '', 'd'] if s])
print([w.upper() for w in 'the quick brown fox'.split() if len(w) > 3])
print([x for x in [0, 1, None, 2, False, 3] if x is not None])
print([n for n in range(2, 50) if [d for d in range(2, n) if n % d == 0] == []])
