# SciMark-style numeric kernels in pure Python: successive over-relaxation
# on a grid, Monte Carlo integration of pi with a seeded generator, sparse
# matrix-vector products in compressed-row form, LU factorisation with
# partial pivoting, and a radix-2 complex FFT with its inverse.
import math
import random


def sor(n, cycles, omega):
    rng = random.Random(7)
    g = [[rng.random() for _ in range(n)] for _ in range(n)]
    w4, w1 = omega * 0.25, 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            up, row, down = g[i - 1], g[i], g[i + 1]
            for j in range(1, n - 1):
                row[j] = w4 * (up[j] + down[j] + row[j - 1] + row[j + 1]) + w1 * row[j]
    return sum(map(sum, g))


def monte_carlo(samples):
    rng = random.Random(113)
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside / samples * 4.0


def sparse_matmult(n, nz, cycles):
    rng = random.Random(3)
    per_row = nz // n
    row_ptr = [0]
    cols, vals = [], []
    for r in range(n):
        step = max(1, r // per_row) if r >= per_row else 1
        for k in range(per_row):
            cols.append((k * step) % n)
            vals.append(rng.random())
        row_ptr.append(len(cols))
    x = [rng.random() for _ in range(n)]
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for k in range(row_ptr[r], row_ptr[r + 1]):
                s += x[cols[k]] * vals[k]
            y[r] = s
    return sum(y)


def lu_factor(a):
    n = len(a)
    pivots = list(range(n))
    for j in range(n):
        p = max(range(j, n), key=lambda i: abs(a[i][j]))
        if p != j:
            a[p], a[j] = a[j], a[p]
            pivots[p], pivots[j] = pivots[j], pivots[p]
        if a[j][j] == 0:
            raise ZeroDivisionError('singular matrix')
        inv = 1.0 / a[j][j]
        for i in range(j + 1, n):
            a[i][j] *= inv
        for i in range(j + 1, n):
            f, row_i, row_j = a[i][j], a[i], a[j]
            for k in range(j + 1, n):
                row_i[k] -= f * row_j[k]
    return pivots


def lu_solve(a, pivots, b):
    n = len(a)
    x = [b[p] for p in pivots]
    for i in range(n):
        x[i] -= sum(a[i][k] * x[k] for k in range(i))
    for i in reversed(range(n)):
        x[i] = (x[i] - sum(a[i][k] * x[k] for k in range(i + 1, n))) / a[i][i]
    return x


def fft(data, inverse=False):
    n = len(data)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            data[i], data[j] = data[j], data[i]
    size = 2
    sign = 1 if inverse else -1
    while size <= n:
        ang = sign * 2 * math.pi / size
        wr, wi = math.cos(ang), math.sin(ang)
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(size // 2):
                a_re, a_im = data[start + k]
                b_re, b_im = data[start + k + size // 2]
                t_re, t_im = b_re * cr - b_im * ci, b_re * ci + b_im * cr
                data[start + k] = (a_re + t_re, a_im + t_im)
                data[start + k + size // 2] = (a_re - t_re, a_im - t_im)
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size *= 2
    if inverse:
        data[:] = [(re / n, im / n) for re, im in data]
    return data


print(f'SOR      {sor(40, 10, 1.25):.10f}')
print(f'MC pi    {monte_carlo(20000):.6f}')
print(f'sparse   {sparse_matmult(200, 1000, 5):.10f}')
rng = random.Random(11)
n = 30
a = [[rng.random() for _ in range(n)] for _ in range(n)]
orig = [row[:] for row in a]
b = [rng.random() for _ in range(n)]
piv = lu_factor(a)
x = lu_solve(a, piv, b)
resid = max(abs(sum(orig[i][k] * x[k] for k in range(n)) - b[i]) for i in range(n))
print(f'LU       pivots {piv[:8]} residual below 1e-9: {resid < 1e-9}')
signal = [(math.sin(2 * math.pi * 3 * t / 64) + 0.5 * math.cos(2 * math.pi * 7 * t / 64), 0.0) for t in range(64)]
spec = fft(signal[:])
peaks = sorted(range(64), key=lambda k: -math.hypot(*spec[k]))[:4]
back = fft(spec[:], inverse=True)
err = max(abs(p[0] - q[0]) + abs(p[1] - q[1]) for p, q in zip(back, signal))
print(f'FFT      peaks {sorted(peaks)} |X3| {math.hypot(*spec[3]):.6f} round trip below 1e-12: {err < 1e-12}')
try:
    lu_factor([[0.0, 0.0], [0.0, 0.0]])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
