# complex with the rest of the language: attributes, operators' reflected
# methods, subclasses overriding them, copy, operator, str.format fields.
import copy
z = 1 + 2j
print(z.__class__, type(z) is complex, complex.__name__, str(complex))
print(z.__abs__(), z.__neg__(), z.__complex__(), hasattr(z, 'real'))
try:
    z.real = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    z.foo
except AttributeError as e:
    print('AttributeError', e)
print(sorted([3j, 1j, 2j], key=abs), max([1j, 3 + 0j, -2j], key=abs))
print(list(map(complex, ['1', '2j'])), [complex(i, i) for i in range(3)])
print(f"{z}", str(z), '%s' % z, '{}'.format(z), '{0.real} {0.imag}'.format(z))
print(z == z, z is z, (z, 1) == (1 + 2j, 1), {z: 1}.get(1 + 2j))
print(copy.copy(z), copy.deepcopy([z]))
import operator
print(operator.add(1j, 2), operator.mul(2, 1j), operator.neg(1j), operator.truediv(1, 2j), operator.pow(2j, 2))
print(complex('1e500j'), complex('-1e-500'))
a = [complex(i, -i) for i in range(5)]
print(sum(a) / len(a))
class N:
    def __radd__(self, o): return 'radd ' + repr(o)
    def __rmul__(self, o): return 'rmul ' + repr(o)
print(1j + N(), 2j * N())
class M(complex):
    def __add__(self, o): return 'M.add'
    def __radd__(self, o): return 'M.radd'
print(M(1) + 1, 1j + M(2), 1 + M(3))
import math
print(math.isclose(abs(3+4j), 5))
print(-1j.real, (1+1j).imag.is_integer())
print(repr(complex(1, 1e-310)), complex(5e-324, 1.7976931348623157e308))
print(type(M(1) * 2).__name__, type(-M(1)).__name__, type(M(1) + 1j if False else M(1).conjugate()).__name__)


def defaults(a=(1j, -2j, 1 + 2j)):
    return a


print(defaults(), (1j, 2), frozenset({1j}))
for e in [lambda: '%f' % 1j, lambda: '%d' % 1j, lambda: '%g' % 'x', lambda: '%s %r' % (1j, 2j),
          lambda: (1j).__add__(2), lambda: (2).__add__(1j), lambda: (1.5).__mul__(1j),
          lambda: 1j.__eq__(1), lambda: 1j.__lt__(1), lambda: (2j).__rpow__(2),
          lambda: (1 + 1j).__truediv__(1j), lambda: (0j).__bool__(), lambda: 1j.__rsub__(1)]:
    try:
        print(e())
    except TypeError as ex:
        print(type(ex).__name__, ex)
