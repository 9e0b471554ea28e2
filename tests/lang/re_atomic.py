# Atomic groups and possessive quantifiers (Python 3.11).
import re
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaaa'), re.match(r'a++a', 'aaa'))
print(re.match(r'a*+b', 'aab').group(), re.match(r'(?:ab)++c', 'ababc').group(), re.match(r'a?+a', 'a'))
print(re.findall(r'"[^"]*+"', '"a" "b"'), re.match(r'(?>x|xy)z', 'xyz'), re.match(r'(?>xy|x)z', 'xyz').group())
print(re.match(r'a{1,3}+a', 'aaaa').group(), re.match(r'(?>(a)+)', 'aa').groups())
