# ValueError messages.
# Each case prints the exception type and message CPython gives.
lst = [1, 2, 3]
try:
    print("int('abc')", repr(int('abc')))
except Exception as e:
    print("int('abc')", type(e).__name__, e)
try:
    print("int('')", repr(int('')))
except Exception as e:
    print("int('')", type(e).__name__, e)
try:
    print("int(' ')", repr(int(' ')))
except Exception as e:
    print("int(' ')", type(e).__name__, e)
try:
    print("int('1.5')", repr(int('1.5')))
except Exception as e:
    print("int('1.5')", type(e).__name__, e)
try:
    print("int('12', 2)", repr(int('12', 2)))
except Exception as e:
    print("int('12', 2)", type(e).__name__, e)
try:
    print("int('z', 10)", repr(int('z', 10)))
except Exception as e:
    print("int('z', 10)", type(e).__name__, e)
try:
    print("int('1__0')", repr(int('1__0')))
except Exception as e:
    print("int('1__0')", type(e).__name__, e)
try:
    print("int('_1')", repr(int('_1')))
except Exception as e:
    print("int('_1')", type(e).__name__, e)
try:
    print("int('0x', 16)", repr(int('0x', 16)))
except Exception as e:
    print("int('0x', 16)", type(e).__name__, e)
try:
    print("int('5', 1)", repr(int('5', 1)))
except Exception as e:
    print("int('5', 1)", type(e).__name__, e)
try:
    print("int('5', 37)", repr(int('5', 37)))
except Exception as e:
    print("int('5', 37)", type(e).__name__, e)
try:
    print("float('abc')", repr(float('abc')))
except Exception as e:
    print("float('abc')", type(e).__name__, e)
try:
    print("float('')", repr(float('')))
except Exception as e:
    print("float('')", type(e).__name__, e)
try:
    print("float('1.2.3')", repr(float('1.2.3')))
except Exception as e:
    print("float('1.2.3')", type(e).__name__, e)
try:
    print("float('1e')", repr(float('1e')))
except Exception as e:
    print("float('1e')", type(e).__name__, e)
try:
    print('lst.index(9)', repr(lst.index(9)))
except Exception as e:
    print('lst.index(9)', type(e).__name__, e)
try:
    print("'a,b'.split('')", repr('a,b'.split('')))
except Exception as e:
    print("'a,b'.split('')", type(e).__name__, e)
try:
    print('range(1, 5, 0)', repr(range(1, 5, 0)))
except Exception as e:
    print('range(1, 5, 0)', type(e).__name__, e)
try:
    print('chr(-1)', repr(chr(-1)))
except Exception as e:
    print('chr(-1)', type(e).__name__, e)
try:
    print('chr(0x110000)', repr(chr(0x110000)))
except Exception as e:
    print('chr(0x110000)', type(e).__name__, e)
try:
    print('1 << -1', repr(1 << -1))
except Exception as e:
    print('1 << -1', type(e).__name__, e)
try:
    print('1 >> -1', repr(1 >> -1))
except Exception as e:
    print('1 >> -1', type(e).__name__, e)
try:
    print('2**64 << -1', repr(2**64 << -1))
except Exception as e:
    print('2**64 << -1', type(e).__name__, e)
try:
    print("int(float('nan'))", repr(int(float('nan'))))
except Exception as e:
    print("int(float('nan'))", type(e).__name__, e)
try:
    print('(1, 2).index(3)', repr((1, 2).index(3)))
except Exception as e:
    print('(1, 2).index(3)', type(e).__name__, e)
try:
    print('max([])', repr(max([])))
except Exception as e:
    print('max([])', type(e).__name__, e)
try:
    print('min([])', repr(min([])))
except Exception as e:
    print('min([])', type(e).__name__, e)
try:
    print('max([], key=abs)', repr(max([], key=abs)))
except Exception as e:
    print('max([], key=abs)', type(e).__name__, e)
try:
    a, b = [1, 2, 3]
    print('a, b = [1, 2, 3]', 'no error')
except Exception as e:
    print('a, b = [1, 2, 3]', type(e).__name__, e)
try:
    a, b, c = [1, 2]
    print('a, b, c = [1, 2]', 'no error')
except Exception as e:
    print('a, b, c = [1, 2]', type(e).__name__, e)
try:
    a, = []
    print('a, = []', 'no error')
except Exception as e:
    print('a, = []', type(e).__name__, e)
try:
    print('lst.index(1, 1)', repr(lst.index(1, 1)))
except Exception as e:
    print('lst.index(1, 1)', type(e).__name__, e)
try:
    print("'x'[::0]", repr('x'[::0]))
except Exception as e:
    print("'x'[::0]", type(e).__name__, e)
try:
    print('[1][::0]', repr([1][::0]))
except Exception as e:
    print('[1][::0]', type(e).__name__, e)
try:
    print('range(5)[::0]', repr(range(5)[::0]))
except Exception as e:
    print('range(5)[::0]', type(e).__name__, e)
try:
    print('pow(2, -1, 4)', repr(pow(2, -1, 4)))
except Exception as e:
    print('pow(2, -1, 4)', type(e).__name__, e)
try:
    print("int('9' * 5000)", repr(int('9' * 5000)))
except Exception as e:
    print("int('9' * 5000)", type(e).__name__, e)
try:
    print("'{0:d}'.format('x')", repr('{0:d}'.format('x')))
except Exception as e:
    print("'{0:d}'.format('x')", type(e).__name__, e)
try:
    print("'{:q}'.format(1)", repr('{:q}'.format(1)))
except Exception as e:
    print("'{:q}'.format(1)", type(e).__name__, e)
try:
    print("f'{1.5:d}'", repr(f'{1.5:d}'))
except Exception as e:
    print("f'{1.5:d}'", type(e).__name__, e)
try:
    print('f\'{"s":d}\'', repr(f'{"s":d}'))
except Exception as e:
    print('f\'{"s":d}\'', type(e).__name__, e)
