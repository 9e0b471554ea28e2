# cmath: CPython's results to the last digit on ordinary and extreme values,
# the special values of infinite and NaN parts, and the module's errors.
import cmath

vals = [1 + 2j, -1.5 + 0.5j, 0.3 - 0.7j, 2, -3.0, 1j, -1j, 0.5, 1e-300 + 1e-300j, 1e300 + 1e300j,
        1e-320j, 0.999 + 0.01j, 1.2 + 0.9j, complex(-0.0, 0), 0j, 1, -1, 710 + 1j, -710 + 2j,
        3 + 1e200j, complex(-2, -0.0)]
names = ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'acos', 'asin', 'atan', 'cosh', 'sinh',
         'tanh', 'acosh', 'asinh', 'atanh']


def show(f, v):
    try:
        r = f(v)
        return repr(r) + repr((r.real, r.imag))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ':' + str(e)


for n in names:
    print(n, ' '.join(show(getattr(cmath, n), v) for v in vals))
inf, nan = float('inf'), float('nan')
xs = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
specials = [complex(a, b) for a in xs for b in xs if not cmath.isfinite(complex(a, b))]
for n in names:
    print(n, ' '.join(show(getattr(cmath, n), v) for v in specials))
for v in vals + specials:
    print(cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
for r in (inf, -inf, nan, 0.0, -0.0, 1.0, -1.0, 2.5):
    for phi in (inf, -inf, nan, 0.0, -0.0, 1.0, -2.0, cmath.pi):
        try:
            print('rect', r, phi, cmath.rect(r, phi))
        except ValueError as e:
            print('rect', r, phi, 'ValueError', e)
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100, 10), cmath.log(-1, -1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(1j, 0, abs_tol=1), cmath.isclose(complex(inf), complex(inf)),
      cmath.isclose(complex(inf), 1e308), cmath.isclose(nan, nan))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class F:
    def __float__(self):
        return 2.5


class Cx:
    def __complex__(self):
        return 1 + 1j


print(cmath.sqrt(F()), cmath.sqrt(Cx()), cmath.phase(-1), cmath.phase(complex(-1, -0.0)),
      cmath.exp(Cx()), cmath.sqrt(2 ** 80))
for f in (lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(2, 0),
          lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(),
          lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.atanh(1),
          lambda: cmath.exp(1000), lambda: cmath.polar(complex(1e308, 1e308)),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1),
          lambda: cmath.sqrt(x=1), lambda: cmath.log(x=1), lambda: cmath.cosh(1000j + 1000),
          lambda: cmath.rect(1, inf), lambda: cmath.exp(complex(1, inf)), lambda: cmath.sqrt(None)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
