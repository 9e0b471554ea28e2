# Capturing, non-capturing and named groups; Match.group and friends.
import re
m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.group(0), m.group(1), m.group(2), m.group(3), m.group(1, 2), m.groups(), m.groups('?'))
print(m[0], m[1], m.span(2), m.start(1), m.end(2), m.span(3), m.lastindex)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.groupdict(), m.start('last'), m.lastgroup, m.lastindex)
print(re.match(r'((a)(b))', 'ab').groups(), re.match(r'((a)(b))', 'ab').lastindex)
print(re.match('(a)(b)?', 'ac').groupdict(), re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict('-'))
print(re.compile(r'(?P<a>.)(.)(?P<c>.)').groupindex, re.compile(r'(a)(?:b)(c)').groups)
for k in [5, 'nope', -1]:
    try:
        m.group(k)
    except IndexError as e:
        print('IndexError', e)
