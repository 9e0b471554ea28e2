# The Pattern object: attributes, repr, equality, copy, cache.
import re, copy
p = re.compile(r'(?P<w>\w+)\s(\d)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p == re.compile(r'(?P<w>\w+)\s(\d)', re.I), p == re.compile(r'(?P<w>\w+)\s(\d)'), p != p)
print(re.compile('abc') is re.compile('abc'), hash(re.compile('q')) == hash(re.compile('q')))
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.compile(p) is p, type(p).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match('a 1'), re.Match), re.purge())
print(re.compile(b'x+'), re.compile('\n'), re.compile("'"), re.compile('a"\''))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)


def first(p: re.Pattern[str], s: str) -> re.Match[str] | None:
    return p.match(s)


print(re.Pattern[str], re.Match[bytes], first(re.compile('x'), 'xy'))
