# findall: no groups, one group, several groups; empty matches.
import re
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2, c'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b='), re.findall(r'(a)|b', 'ab'), re.findall(r'(?:a)(b)', 'abab'))
print(re.findall('', 'abc'), re.findall('x*', 'axbxx'), re.findall(r'\b', 'ab cd'))
print(re.compile(r'\w').findall('abcdef', 2, 4), re.findall(rb'[0-9]+', b'a12b3'))
