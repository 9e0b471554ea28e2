# The Match object: repr, truth, attributes, expand, regs.
import re
m = re.search(r'(?P<k>\w+)=(?P<v>\w*)', 'x k1=v1 y')
print(m, bool(m), repr(m), m.re, m.string)
print(m.expand(r'\2:\1 \g<k>'), m.regs, m.lastindex, m.lastgroup, m.start(), m.end())
print(re.match('a', 'a') is not None, re.match(rb'a+', b'aab'))
m2 = re.match(r'(a)(b)?', 'a')
print(m2.span(2), m2.start(2), m2.groups(), m2.expand(r'[\2]'))
print(re.match('(?P<a>x)|(?P<b>y)', 'y').lastgroup, re.match('(x)(?:y)', 'xy').lastgroup)
