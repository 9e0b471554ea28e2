# Sorting records with operator.itemgetter/attrgetter-style keys.
from operator import itemgetter, mul, add
from functools import reduce
rows = [("alice", 31, "NY"), ("bob", 25, "LA"), ("carol", 31, "SF"), ("dave", 25, "NY"), ("eve", 40, "LA")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
print(sorted(rows, key=itemgetter(2, 1)))
print(list(map(itemgetter(0), rows)), reduce(add, map(itemgetter(1), rows)), reduce(mul, [1, 2, 3, 4, 5]))
by_city = {}
for r in rows:
    by_city.setdefault(r[2], []).append(r[0])
print(sorted(by_city.items(), key=itemgetter(0)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(2, 0)))
