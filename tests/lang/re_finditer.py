# finditer: Match objects in order, pos/endpos, empty matches.
import re
for m in re.finditer(r'(\w+)@(\w+)', 'a@b c@d'):
    print(m.span(), m.groups(), m.group(0))
print([m.span() for m in re.finditer('x*', 'axbxx')])
p = re.compile(r'\d')
print([m.group() for m in p.finditer('1a2b3c4', 2, 6)], [m.pos for m in p.finditer('1a2', 1)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'), type(it).__name__)
