# complex(): numbers, two arguments, strings in CPython's grammar, __complex__.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(imag=2), complex(real=3), complex(real=1, imag=-1), complex(2 ** 70, 1))
print(complex(1 + 2j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(2j, 1), complex(-0.0))
print(complex(0.0, -0.0), complex(-0.0, -0.0), complex(1j, -0.0))
for s in ['1+2j', ' (1-2j) ', 'j', '-j', '+j', 'J', 'inf', '-inf', 'nanj', 'infj', '-infinityJ',
          '1_0j', '1e1_0j', '-1.5e-3-2.5E+2J', '+inf-infj', '-nan+1j', '1+j', '1-j', '  3  ',
          '(4j)', '\t5.5e3\n', '.5', '5.', '1e5+1e-5j', '0x', '(1+2j', '1+2j)', '1 + 2j', '1+2',
          '', ' ', '()', 'jj', '1j+2', '1..2', 'e5j', '1__0j', '_1j', '1_j', '1j_', 'nan+nan',
          '1+2jj', '(1+2j)x', '\x00', '1e', 'infinit', '+-1j', '--1']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)


class C:
    def __complex__(self):
        return 4 + 5j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1.5


print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,), (Bad(),), ('1+2j', None), (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    complex(x=1)
except TypeError as e:
    print('TypeError', e)


class Sub(complex):
    def double(self):
        return self * 2


s = Sub(1, 2)
print(s, repr(s), type(s).__name__, isinstance(s, complex), s.real, s.imag, s + 1, s.double())
print(s == 1 + 2j, hash(s) == hash(1 + 2j), abs(Sub(3, 4)), -s, s.conjugate(), Sub('1-1j'))
