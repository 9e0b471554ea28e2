# Statistics and geometry with math: fsum, isclose, comb, hypot, dist.
import math
xs = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5]
mean = math.fsum(xs) / len(xs)
sd = math.sqrt(math.fsum([(x - mean) ** 2 for x in xs]) / (len(xs) - 1))
print(mean, sd, math.isclose(sd, 3.0, rel_tol=0.1))
print([math.comb(6, k) for k in range(7)], math.perm(6, 2), math.factorial(10) // math.factorial(8))
pts = [(0, 0), (3, 4), (6, 8), (1, 1)]
print([math.dist(pts[i], pts[i + 1]) for i in range(3)], math.hypot(3, 4))
print(math.degrees(math.atan2(1, 1)), math.radians(180), math.log1p(1e-10), math.expm1(1e-10))
print(math.gcd(84, 36), math.lcm(4, 6, 10), math.prod(range(1, 6)), math.isqrt(99))
print(math.frexp(1024.0), math.ldexp(0.5, 11), math.modf(-3.25), math.copysign(2, -0.0))
