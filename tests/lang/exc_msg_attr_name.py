# AttributeError and NameError messages.
# Each case prints the exception type and message CPython gives.
import math
lst = []
s = 'x'
n = 5
try:
    print('n.foo', repr(n.foo))
except Exception as e:
    print('n.foo', type(e).__name__, e)
try:
    print('s.foo_bar', repr(s.foo_bar))
except Exception as e:
    print('s.foo_bar', type(e).__name__, e)
try:
    print('lst.nothing', repr(lst.nothing))
except Exception as e:
    print('lst.nothing', type(e).__name__, e)
try:
    print('(1.5).zzz', repr((1.5).zzz))
except Exception as e:
    print('(1.5).zzz', type(e).__name__, e)
try:
    print('None.attr', repr(None.attr))
except Exception as e:
    print('None.attr', type(e).__name__, e)
try:
    print('(1, 2).append', repr((1, 2).append))
except Exception as e:
    print('(1, 2).append', type(e).__name__, e)
try:
    print('{}.append', repr({}.append))
except Exception as e:
    print('{}.append', type(e).__name__, e)
try:
    print('math.nosuchthing', repr(math.nosuchthing))
except Exception as e:
    print('math.nosuchthing', type(e).__name__, e)
try:
    print('True.zork', repr(True.zork))
except Exception as e:
    print('True.zork', type(e).__name__, e)
try:
    print('lst.append(1) or lst.qqq', repr(lst.append(1) or lst.qqq))
except Exception as e:
    print('lst.append(1) or lst.qqq', type(e).__name__, e)
try:
    print('undefined_name_xyz', repr(undefined_name_xyz))
except Exception as e:
    print('undefined_name_xyz', type(e).__name__, e)
try:
    print('zzz_undefined + 1', repr(zzz_undefined + 1))
except Exception as e:
    print('zzz_undefined + 1', type(e).__name__, e)
try:
    del not_defined_anywhere
    print('del not_defined_anywhere', 'no error')
except Exception as e:
    print('del not_defined_anywhere', type(e).__name__, e)
