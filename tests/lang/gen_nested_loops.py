# Generators with nested loops, break and continue.
def pairs(n):
    for i in range(n):
        if i == 1:
            continue
        for j in range(n):
            if j > i:
                break
            yield (i, j)
print(list(pairs(4)))
def first_n_primes(n):
    found = 0
    k = 2
    while found < n:
        if all(k % p for p in range(2, k)):
            yield k
            found += 1
        k += 1
print(list(first_n_primes(8)))
