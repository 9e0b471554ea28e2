# A small program: sieve of Eratosthenes and prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


primes = sieve(100000)
print(len(primes), primes[:10], primes[-3:], sum(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
twins = [(p, p + 2) for p in primes[:200] if p + 2 in primes[:201]]
print(len(twins), twins[-1])
