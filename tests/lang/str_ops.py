# Strings: concatenation, repetition, comparison, membership, iteration, immutability.
s = 'hello'
t = s + ' ' + 'world'
print(t, len(t), s * 2, 'ab' < 'b', 'Z' < 'a', 'hello' == 'hel' + 'lo', 'ell' in s)
acc = ''
for i in range(5):
    acc += str(i)
print(acc)
big = ''
for i in range(10000):
    big += 'x'
print(len(big))
print([c for c in 'abc'], list('héllo'), 'x'.join('123'))
print(str(1) + str(2.0) + str(None) + str([1]), 'a' 'b')
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError', e)
print(s.upper().lower().replace('l', 'L').strip('h').split('L'))
print('%' + 'd', '{', '}', '{}', '\\')
lines = 'line1\nline2\nline3'
print(lines.split('\n'), len(lines.split('\n')))
