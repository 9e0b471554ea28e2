# The spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
# by power iteration on A^T A, with generator expressions and map.
import math


def a_entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a_entry(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a_entry(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral_norm(n, rounds=10):
    u = [1.0] * n
    for _ in range(rounds):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = sum(map(lambda pair: pair[0] * pair[1], zip(u, v)))
    vv = sum(x * x for x in v)
    return math.sqrt(vbv / vv)


for n in (10, 30, 50):
    print(f'n={n:3d} norm={spectral_norm(n):.9f}')
