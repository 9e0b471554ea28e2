# Flags: names, combination, RegexFlag repr, Pattern.flags, inline flags.
import re
print(repr(re.I), repr(re.IGNORECASE | re.MULTILINE), str(re.S), repr(re.A | re.X))
print(re.I == 2, re.M.value, int(re.S | re.X), re.I | re.M == re.M | re.I, isinstance(re.A, int))
print(re.compile('x').flags, re.compile('x', re.I).flags, re.compile('(?im)x').flags, re.compile(b'x').flags)
print(re.compile('(?a)x').flags, re.compile('x', re.A | re.I).flags, re.compile(b'x', re.I).flags)
print(re.compile('x', re.I | re.M), re.compile('x', re.S | re.X | re.A), re.compile(b'x', re.L if False else 0))
print(re.findall('(?i)a', 'aAbA'), re.findall('a', 'aAbA', flags=re.IGNORECASE))
print(re.findall(r'(?i:a)A', 'aA AA aa'), re.findall(r'(?-i:a)b', 'ab AB aB', re.I))
print(re.match('(?s:.)b', '\nb'), re.match('(?x) a b c ', 'abc'), re.match('(?m:^b)', 'b'))
print(re.NOFLAG, repr(re.NOFLAG), re.U, re.compile('a', re.U).flags)
