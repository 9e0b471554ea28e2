# Greedy and lazy quantifiers * + ? {m} {m,} {,n} {m,n}.
import re
s = 'aaaa'
for p in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,3}', 'a{1,3}', 'a*?', 'a+?', 'a??', 'a{2,}?', 'a{1,3}?', 'a{0}']:
    print(p, re.match(p, s).group(), re.findall(p, s))
print(re.findall(r'<.*>', '<a><b>'), re.findall(r'<.*?>', '<a><b>'))
print(re.match(r'x{2,3}?y', 'xxxy'), re.match('a{', 'a{'), re.match('a{x}', 'a{x}'), re.match('a{,}', 'aaa'))
print(re.match(r'(ab){2,3}', 'abababab').span(), re.match(r'(ab){2,3}?', 'abababab').span())
print(re.findall(r'\d{2,4}', '1 12 123 12345'), re.match('x{1}', 'x{1}'))
