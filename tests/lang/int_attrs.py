# int and bool as numbers.Integral: real, imag, numerator, denominator,
# conjugate(), as_integer_ratio(); the results are plain ints.
big = 3**80
for x in [0, 7, -12, big, -big, True, False]:
    print(repr(x.real), x.imag, repr(x.numerator), x.denominator, repr(x.conjugate()))
    print(type(x.real).__name__, type(x.conjugate()).__name__, x.as_integer_ratio())
print(sum(x.real for x in [1, 2.5, True]), (5).numerator + (5).denominator)
try:
    (1).conjugate(2)
except TypeError as e:
    print("TypeError:", e)
try:
    print((1).nosuch)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(True.imag.nosuch)
except AttributeError as e:
    print("AttributeError:", e)
