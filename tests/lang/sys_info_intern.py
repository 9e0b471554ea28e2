# sys's struct sequences (float_info, int_info, hash_info, flags), intern,
# executable, the encodings, and the int <-> str digit limit's get and set.
import sys
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.dig)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.executable).__name__, len(sys.executable) > 0)
a = sys.intern('hello' + str(1)); b = sys.intern('hello1'); print(a is b, a)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
try:
    int('1' * 7000)
except ValueError as e:
    print(e)
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=4300)
try: sys.intern(b'x')
except TypeError as e: print(e)
