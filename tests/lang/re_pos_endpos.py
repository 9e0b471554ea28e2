# Pattern methods with pos and endpos.
import re
p = re.compile(r'\d+')
print(p.search('ab12cd34', 3), p.search('ab12cd34', 3, 5), p.match('12', 1), p.match('a12', 1))
print(p.search('123', -5, 99), p.search('123', 2, 1), p.findall('1 2 3', 1, 4))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'\Ba').search('ba', 1))
m = p.search('xx12yy', 1, 5)
print(m.pos, m.endpos, m.string, m.re is p, m.span())
