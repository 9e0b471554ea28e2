# ZeroDivisionError messages for every operator and type.
# Each case prints the exception type and message CPython gives.
try:
    print('1 / 0', repr(1 / 0))
except Exception as e:
    print('1 / 0', type(e).__name__, e)
try:
    print('1 // 0', repr(1 // 0))
except Exception as e:
    print('1 // 0', type(e).__name__, e)
try:
    print('1 % 0', repr(1 % 0))
except Exception as e:
    print('1 % 0', type(e).__name__, e)
try:
    print('divmod(1, 0)', repr(divmod(1, 0)))
except Exception as e:
    print('divmod(1, 0)', type(e).__name__, e)
try:
    print('1.0 / 0', repr(1.0 / 0))
except Exception as e:
    print('1.0 / 0', type(e).__name__, e)
try:
    print('1 / 0.0', repr(1 / 0.0))
except Exception as e:
    print('1 / 0.0', type(e).__name__, e)
try:
    print('1.0 // 0', repr(1.0 // 0))
except Exception as e:
    print('1.0 // 0', type(e).__name__, e)
try:
    print('1.0 % 0', repr(1.0 % 0))
except Exception as e:
    print('1.0 % 0', type(e).__name__, e)
try:
    print('divmod(1.0, 0)', repr(divmod(1.0, 0)))
except Exception as e:
    print('divmod(1.0, 0)', type(e).__name__, e)
try:
    print('2**64 / 0', repr(2**64 / 0))
except Exception as e:
    print('2**64 / 0', type(e).__name__, e)
try:
    print('2**64 // 0', repr(2**64 // 0))
except Exception as e:
    print('2**64 // 0', type(e).__name__, e)
try:
    print('2**64 % 0', repr(2**64 % 0))
except Exception as e:
    print('2**64 % 0', type(e).__name__, e)
try:
    print('0 ** -1', repr(0 ** -1))
except Exception as e:
    print('0 ** -1', type(e).__name__, e)
try:
    print('0.0 ** -1', repr(0.0 ** -1))
except Exception as e:
    print('0.0 ** -1', type(e).__name__, e)
try:
    print('0 ** -2.5', repr(0 ** -2.5))
except Exception as e:
    print('0 ** -2.5', type(e).__name__, e)
try:
    print('pow(0, -1)', repr(pow(0, -1)))
except Exception as e:
    print('pow(0, -1)', type(e).__name__, e)
try:
    print('5 % False', repr(5 % False))
except Exception as e:
    print('5 % False', type(e).__name__, e)
try:
    print('10**30 // (2**64 - 2**64)', repr(10**30 // (2**64 - 2**64)))
except Exception as e:
    print('10**30 // (2**64 - 2**64)', type(e).__name__, e)
try:
    print('-1 // 0', repr(-1 // 0))
except Exception as e:
    print('-1 // 0', type(e).__name__, e)
try:
    print('0 / 0', repr(0 / 0))
except Exception as e:
    print('0 / 0', type(e).__name__, e)
try:
    print('0.0 / 0.0', repr(0.0 / 0.0))
except Exception as e:
    print('0.0 / 0.0', type(e).__name__, e)
try:
    print('pow(3, 2, 0)', repr(pow(3, 2, 0)))
except Exception as e:
    print('pow(3, 2, 0)', type(e).__name__, e)
