# fullmatch versus match and search.
import re
for s in ['abc', 'abcd', 'ab']:
    print(s, bool(re.fullmatch('abc', s)), bool(re.match('abc', s)), bool(re.search('abc', s)))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.fullmatch(r'(a|ab)(c|bcd)', 'abcd').groups())
print(re.compile(r'\d+').fullmatch('a123b', 1, 4), re.compile(r'\d+').fullmatch('a123b', 1, 3))
print(re.fullmatch('', ''), re.fullmatch('x?', ''), re.fullmatch(r'\w+@\w+\.com', 'me@site.com').span())
