# \d \w \s and their negations: Unicode for str, ASCII with re.ASCII.
import re
s = 'naïve café ٣٤ 12_x\u00a0end'
for p in [r'\d+', r'\w+', r'\s+', r'\D+', r'\W+', r'\S+']:
    print(p, re.findall(p, s), re.findall(p, s, re.ASCII), re.findall('(?a)' + p, s))
print(re.findall(rb'\w+', b'caf\xe9 ok_1'), re.findall(rb'\s+', b'a \t\x85b'))
