# TypeError messages.
# Each case prints the exception type and message CPython gives.
lst = [1, 2]
s = 'str'
t = (1,)
n = 5
def f(a): return a
try:
    print("1 + 'a'", repr(1 + 'a'))
except Exception as e:
    print("1 + 'a'", type(e).__name__, e)
try:
    print("'a' + 1", repr('a' + 1))
except Exception as e:
    print("'a' + 1", type(e).__name__, e)
try:
    print('[1] + (1,)', repr([1] + (1,)))
except Exception as e:
    print('[1] + (1,)', type(e).__name__, e)
try:
    print('(1,) + [1]', repr((1,) + [1]))
except Exception as e:
    print('(1,) + [1]', type(e).__name__, e)
try:
    print("1 - 'a'", repr(1 - 'a'))
except Exception as e:
    print("1 - 'a'", type(e).__name__, e)
try:
    print("'a' * 'b'", repr('a' * 'b'))
except Exception as e:
    print("'a' * 'b'", type(e).__name__, e)
try:
    print("'a' * 2.0", repr('a' * 2.0))
except Exception as e:
    print("'a' * 2.0", type(e).__name__, e)
try:
    print('[1] * 1.5', repr([1] * 1.5))
except Exception as e:
    print('[1] * 1.5', type(e).__name__, e)
try:
    print("-'a'", repr(-'a'))
except Exception as e:
    print("-'a'", type(e).__name__, e)
try:
    print('~1.5', repr(~1.5))
except Exception as e:
    print('~1.5', type(e).__name__, e)
try:
    print("~'a'", repr(~'a'))
except Exception as e:
    print("~'a'", type(e).__name__, e)
try:
    print('+[1]', repr(+[1]))
except Exception as e:
    print('+[1]', type(e).__name__, e)
try:
    print("1 < 'a'", repr(1 < 'a'))
except Exception as e:
    print("1 < 'a'", type(e).__name__, e)
try:
    print("'a' >= 1", repr('a' >= 1))
except Exception as e:
    print("'a' >= 1", type(e).__name__, e)
try:
    print('[1] < (1,)', repr([1] < (1,)))
except Exception as e:
    print('[1] < (1,)', type(e).__name__, e)
try:
    print('None < None', repr(None < None))
except Exception as e:
    print('None < None', type(e).__name__, e)
try:
    print('{} < {}', repr({} < {}))
except Exception as e:
    print('{} < {}', type(e).__name__, e)
try:
    print('1.5 & 1', repr(1.5 & 1))
except Exception as e:
    print('1.5 & 1', type(e).__name__, e)
try:
    print('1 << 1.0', repr(1 << 1.0))
except Exception as e:
    print('1 << 1.0', type(e).__name__, e)
try:
    print("1 ** 'x'", repr(1 ** 'x'))
except Exception as e:
    print("1 ** 'x'", type(e).__name__, e)
try:
    print('n[0]', repr(n[0]))
except Exception as e:
    print('n[0]', type(e).__name__, e)
try:
    print('n()', repr(n()))
except Exception as e:
    print('n()', type(e).__name__, e)
try:
    print('len(5)', repr(len(5)))
except Exception as e:
    print('len(5)', type(e).__name__, e)
try:
    print('len(None)', repr(len(None)))
except Exception as e:
    print('len(None)', type(e).__name__, e)
try:
    print('[x for x in 5]', repr([x for x in 5]))
except Exception as e:
    print('[x for x in 5]', type(e).__name__, e)
try:
    s[0] = 'x'
    print("s[0] = 'x'", 'no error')
except Exception as e:
    print("s[0] = 'x'", type(e).__name__, e)
try:
    t[0] = 2
    print('t[0] = 2', 'no error')
except Exception as e:
    print('t[0] = 2', type(e).__name__, e)
try:
    print('{[1]: 2}', repr({[1]: 2}))
except Exception as e:
    print('{[1]: 2}', type(e).__name__, e)
try:
    print('hash([1])', repr(hash([1])))
except Exception as e:
    print('hash([1])', type(e).__name__, e)
try:
    print('hash({})', repr(hash({})))
except Exception as e:
    print('hash({})', type(e).__name__, e)
try:
    print('{}[[1]]', repr({}[[1]]))
except Exception as e:
    print('{}[[1]]', type(e).__name__, e)
try:
    print('int([1])', repr(int([1])))
except Exception as e:
    print('int([1])', type(e).__name__, e)
try:
    print('int(None)', repr(int(None)))
except Exception as e:
    print('int(None)', type(e).__name__, e)
try:
    print('float([1])', repr(float([1])))
except Exception as e:
    print('float([1])', type(e).__name__, e)
try:
    print('float(None)', repr(float(None)))
except Exception as e:
    print('float(None)', type(e).__name__, e)
try:
    print("'abc'.join([1, 2])", repr('abc'.join([1, 2])))
except Exception as e:
    print("'abc'.join([1, 2])", type(e).__name__, e)
try:
    print("','.join(['a', 3])", repr(','.join(['a', 3])))
except Exception as e:
    print("','.join(['a', 3])", type(e).__name__, e)
try:
    print("sum(['a', 'b'])", repr(sum(['a', 'b'])))
except Exception as e:
    print("sum(['a', 'b'])", type(e).__name__, e)
try:
    print('sum([[1], [2]])', repr(sum([[1], [2]])))
except Exception as e:
    print('sum([[1], [2]])', type(e).__name__, e)
try:
    print("abs('x')", repr(abs('x')))
except Exception as e:
    print("abs('x')", type(e).__name__, e)
try:
    print("round('x')", repr(round('x')))
except Exception as e:
    print("round('x')", type(e).__name__, e)
try:
    print("ord('ab')", repr(ord('ab')))
except Exception as e:
    print("ord('ab')", type(e).__name__, e)
try:
    print('ord(5)', repr(ord(5)))
except Exception as e:
    print('ord(5)', type(e).__name__, e)
try:
    print("chr('a')", repr(chr('a')))
except Exception as e:
    print("chr('a')", type(e).__name__, e)
try:
    print('chr(1.5)', repr(chr(1.5)))
except Exception as e:
    print('chr(1.5)', type(e).__name__, e)
try:
    print('hex(1.5)', repr(hex(1.5)))
except Exception as e:
    print('hex(1.5)', type(e).__name__, e)
try:
    print("bin('1')", repr(bin('1')))
except Exception as e:
    print("bin('1')", type(e).__name__, e)
try:
    print("sorted([3, 'a', 1])", repr(sorted([3, 'a', 1])))
except Exception as e:
    print("sorted([3, 'a', 1])", type(e).__name__, e)
try:
    print("max(1, 'a')", repr(max(1, 'a')))
except Exception as e:
    print("max(1, 'a')", type(e).__name__, e)
try:
    print('max(5)', repr(max(5)))
except Exception as e:
    print('max(5)', type(e).__name__, e)
try:
    print('range(1.5)', repr(range(1.5)))
except Exception as e:
    print('range(1.5)', type(e).__name__, e)
try:
    print("range('a')", repr(range('a')))
except Exception as e:
    print("range('a')", type(e).__name__, e)
try:
    print("lst['a']", repr(lst['a']))
except Exception as e:
    print("lst['a']", type(e).__name__, e)
try:
    print("s['a']", repr(s['a']))
except Exception as e:
    print("s['a']", type(e).__name__, e)
try:
    print('t[1.0]', repr(t[1.0]))
except Exception as e:
    print('t[1.0]', type(e).__name__, e)
try:
    print("divmod('a', 1)", repr(divmod('a', 1)))
except Exception as e:
    print("divmod('a', 1)", type(e).__name__, e)
try:
    print('pow(2, 3, 1.5)', repr(pow(2, 3, 1.5)))
except Exception as e:
    print('pow(2, 3, 1.5)', type(e).__name__, e)
try:
    print('isinstance(1, 5)', repr(isinstance(1, 5)))
except Exception as e:
    print('isinstance(1, 5)', type(e).__name__, e)
try:
    print('f()', repr(f()))
except Exception as e:
    print('f()', type(e).__name__, e)
try:
    print('f(1, 2)', repr(f(1, 2)))
except Exception as e:
    print('f(1, 2)', type(e).__name__, e)
try:
    print('f(b=1)', repr(f(b=1)))
except Exception as e:
    print('f(b=1)', type(e).__name__, e)
try:
    print("'%s' * None", repr('%s' * None))
except Exception as e:
    print("'%s' * None", type(e).__name__, e)
try:
    print('lst.append()', repr(lst.append()))
except Exception as e:
    print('lst.append()', type(e).__name__, e)
try:
    print('lst.append(1, 2)', repr(lst.append(1, 2)))
except Exception as e:
    print('lst.append(1, 2)', type(e).__name__, e)
try:
    print('s.split(1)', repr(s.split(1)))
except Exception as e:
    print('s.split(1)', type(e).__name__, e)
try:
    print('s.startswith(1)', repr(s.startswith(1)))
except Exception as e:
    print('s.startswith(1)', type(e).__name__, e)
try:
    print('s.replace(1, 2)', repr(s.replace(1, 2)))
except Exception as e:
    print('s.replace(1, 2)', type(e).__name__, e)
try:
    print('{}.get()', repr({}.get()))
except Exception as e:
    print('{}.get()', type(e).__name__, e)
try:
    print('s.find(5)', repr(s.find(5)))
except Exception as e:
    print('s.find(5)', type(e).__name__, e)
try:
    print("int('5', 'x')", repr(int('5', 'x')))
except Exception as e:
    print("int('5', 'x')", type(e).__name__, e)
try:
    print('print(sep=5)', repr(print(sep=5)))
except Exception as e:
    print('print(sep=5)', type(e).__name__, e)
