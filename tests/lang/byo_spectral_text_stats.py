# Numeric kernels from benchmark suites and courses: spectral norm, a prime
# sieve, matrix multiplication with zip(*B), Newton's square root, and text
# statistics (mean, median, population and sample standard deviation)
# computed by hand, as a course exercise has them written.
import math


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_Av(v):
    n = len(v)
    return [sum(eval_A(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_Atv(v):
    n = len(v)
    return [sum(eval_A(j, i) * v[j] for j in range(n)) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = mul_Atv(mul_Av(u))
        u = mul_Atv(mul_Av(v))
    vBv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return math.sqrt(vBv / vv)


print(f"{spectral_norm(60):.9f}")


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


ps = sieve(10000)
print(len(ps), ps[:10], ps[-3:])


def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]


A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(matmul(A, B), [list(r) for r in zip(*A)])


def newton_sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    while abs(guess * guess - x) > tol * max(1.0, x):
        guess = (guess + x / guess) / 2
    return guess


print([round(newton_sqrt(x), 10) for x in (2, 9, 1e6)], math.isclose(newton_sqrt(2), math.sqrt(2)))
words = "it was the best of times it was the worst of times it was the age of wisdom".split()
lengths = [len(w) for w in words]
n = len(lengths)
mean = sum(lengths) / n
s = sorted(lengths)
median = (s[n // 2] + s[(n - 1) // 2]) / 2
pvar = sum((x - mean) ** 2 for x in lengths) / n
svar = sum((x - mean) ** 2 for x in lengths) / (n - 1)
print(f"n={n} mean={mean:.4f} median={median} pstdev={math.sqrt(pvar):.4f} stdev={math.sqrt(svar):.4f}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.gcd(84, 36), math.lcm(4, 6))
