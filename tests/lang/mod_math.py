# The math module: constants and every listed function.
import math
print(math.pi, math.e, repr(math.pi), math.pi * 2)
print(math.sqrt(0), math.sqrt(2), math.sqrt(16), math.sqrt(2**64), math.sqrt(1e-300), math.sqrt(float('inf')))
print(math.floor(2.5), math.floor(-2.5), math.floor(3), math.floor(-0.0), math.floor(1e20), math.floor(2**70))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(3), math.ceil(-0.5), math.ceil(1e20), math.ceil(True))
print(isinstance(math.floor(2.5), int), isinstance(math.ceil(2.5), int), isinstance(math.sqrt(4), float))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**64), math.isqrt(10**40 + 1))
print(math.isqrt(2**127 - 1), math.isqrt(9223372036854775807), math.isqrt(True))
print(math.sin(0), math.sin(math.pi / 2), math.sin(1), math.cos(0), math.cos(math.pi), math.cos(1.5))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-1000))
print(round(math.sin(math.pi), 10), math.floor(math.log(1000, 10) + 1e-9))
for name, arg in [('sqrt', -1), ('log', 0), ('log', -1), ('isqrt', -1), ('exp', 1000), ('floor', float('inf')),
                  ('ceil', float('nan'))]:
    try:
        if name == 'sqrt':
            math.sqrt(arg)
        elif name == 'log':
            math.log(arg)
        elif name == 'isqrt':
            math.isqrt(arg)
        elif name == 'exp':
            math.exp(arg)
        elif name == 'floor':
            math.floor(arg)
        else:
            math.ceil(arg)
    except ValueError as e:
        print(name, arg, 'ValueError', e)
    except OverflowError as e:
        print(name, arg, 'OverflowError', e)
