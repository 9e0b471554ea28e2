# str.strip (whitespace and chars) and str.replace (count, empty patterns).
for s in ['  pad  ', '\t\n x \r\n', 'none', '', '    ', '\x0b\x0cvt ff\x1c', 'xxhixx']:
    print(repr(s), repr(s.strip()), repr(s.strip('x')), repr(s.strip(' xh')))
print(repr('abcXYcba'.strip('abc')), repr('...dots...'.strip('.')), repr('aaa'.strip('a')), repr('ab'.strip('')))
print('hello world'.replace('o', '0'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'bb', 0))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'abc'.replace('x', 'y'))
print('abab'.replace('ab', 'ba'), 'aaaa'.replace('aa', 'a'), 'x'.replace('x', ''), 'é€é'.replace('é', 'e'))
print('a.b.c'.replace('.', '', -1), 'no change'.replace('zzz', 'y', 5))
s = 'immutable'
t = s.replace('i', 'I')
print(s, t)
