# Verbose patterns: whitespace and comments are ignored outside classes.
import re
p = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d*))?  # optional fraction
    \s* [ ]? (?P<unit>[a-z]+)  # unit, a class keeps its space
""", re.VERBOSE)
for s in ['12.5 kg', '3 m', '7.kg']:
    m = p.match(s)
    print(m and m.groupdict())
print(re.match(r'(?x) a \  b', 'a b'), re.findall(r'(?x) \d + # digits', '12 345'))
print(re.match('(?x)a{2} # c', 'aa'), re.match('(?x)[#]x', '#x'))
