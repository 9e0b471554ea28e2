# Primes with a sieve, set algebra on number classes.
N = 200
composite = set()
for i in range(2, N):
    if i not in composite:
        composite.update(range(i * i, N, i))
primes = set(range(2, N)) - composite
evens = {x for x in range(N) if x % 2 == 0}
squares = {x * x for x in range(15)}
print(len(primes), sorted(primes)[:12], primes & evens, squares & primes)
print(sorted((primes | squares) - evens)[:15], len(primes ^ set(range(2, 50))))
print(min(primes), max(primes), sum(primes), frozenset(primes) == frozenset(primes.copy()))
twin = {(p, p + 2) for p in primes if p + 2 in primes}
print(sorted(twin)[:6], len(twin))
