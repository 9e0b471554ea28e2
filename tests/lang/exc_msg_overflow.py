# OverflowError messages.
# Each case prints the exception type and message CPython gives.
try:
    print('float(10**400)', repr(float(10**400)))
except Exception as e:
    print('float(10**400)', type(e).__name__, e)
try:
    print('10**400 / 1', repr(10**400 / 1))
except Exception as e:
    print('10**400 / 1', type(e).__name__, e)
try:
    print('1 / 10**400', repr(1 / 10**400))
except Exception as e:
    print('1 / 10**400', type(e).__name__, e)
try:
    print('10**400 / 10**399', repr(10**400 / 10**399))
except Exception as e:
    print('10**400 / 10**399', type(e).__name__, e)
try:
    print('2.0 ** 10000', repr(2.0 ** 10000))
except Exception as e:
    print('2.0 ** 10000', type(e).__name__, e)
try:
    print('10.0 ** 400', repr(10.0 ** 400))
except Exception as e:
    print('10.0 ** 400', type(e).__name__, e)
try:
    print('(-10.0) ** 401', repr((-10.0) ** 401))
except Exception as e:
    print('(-10.0) ** 401', type(e).__name__, e)
try:
    print("int(float('inf'))", repr(int(float('inf'))))
except Exception as e:
    print("int(float('inf'))", type(e).__name__, e)
try:
    print("int(float('-inf'))", repr(int(float('-inf'))))
except Exception as e:
    print("int(float('-inf'))", type(e).__name__, e)
try:
    print("round(float('inf'))", repr(round(float('inf'))))
except Exception as e:
    print("round(float('inf'))", type(e).__name__, e)
try:
    print("round(float('nan'))", repr(round(float('nan'))))
except Exception as e:
    print("round(float('nan'))", type(e).__name__, e)
try:
    print('2**10000 * 1.0', repr(2**10000 * 1.0))
except Exception as e:
    print('2**10000 * 1.0', type(e).__name__, e)
try:
    print('10**400 + 0.5', repr(10**400 + 0.5))
except Exception as e:
    print('10**400 + 0.5', type(e).__name__, e)
try:
    print('1e308 * 10', repr(1e308 * 10))
except Exception as e:
    print('1e308 * 10', type(e).__name__, e)
try:
    print('float(2**1024)', repr(float(2**1024)))
except Exception as e:
    print('float(2**1024)', type(e).__name__, e)
try:
    print('float(2**1024 - 1)', repr(float(2**1024 - 1)))
except Exception as e:
    print('float(2**1024 - 1)', type(e).__name__, e)
try:
    print('10**400 < 1e308', repr(10**400 < 1e308))
except Exception as e:
    print('10**400 < 1e308', type(e).__name__, e)
try:
    print("'a' * 2**63", repr('a' * 2**63))
except Exception as e:
    print("'a' * 2**63", type(e).__name__, e)
try:
    print('[1] * 2**63', repr([1] * 2**63))
except Exception as e:
    print('[1] * 2**63', type(e).__name__, e)
try:
    print('1.5 ** 2000', repr(1.5 ** 2000))
except Exception as e:
    print('1.5 ** 2000', type(e).__name__, e)
