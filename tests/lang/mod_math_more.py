# The rest of math: inverse/hyperbolic, erf/gamma, fsum, comb/perm/lcm, isclose, errors.
import math
for name in ["acos", "asin", "atan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh",
             "cbrt", "exp2", "expm1", "log1p", "erf", "erfc", "degrees", "radians", "gamma", "lgamma"]:
    f = getattr(math, name)
    out = []
    for x in [0.5, 1.5, -0.25, 3.0, 0.0, -2.5, 100.0]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([float('inf'), 1]), math.fsum(range(10)))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 5, 7), math.lcm(0, 5), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.modf(3.75), math.modf(-2.5), math.ldexp(0.75, 4))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(7, 2), math.remainder(5, 2), math.fmod(3, float('inf')))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.dist((0, 0), (3, 4)), math.dist([1], [4]))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.ldexp(1.0, 5000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.gamma(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print("ValueError:", e)
