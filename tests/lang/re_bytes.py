# bytes patterns on bytes subjects; mixing them is a TypeError.
import re
print(re.findall(rb'\d+', b'a1b22'), re.sub(rb'a', b'b', b'aaa'), re.split(rb'\s+', b'a b  c'))
m = re.match(rb'(?P<h>\w+):(\d+)', b'host:80')
print(m, m.groups(), m.groupdict(), m[1], m.span(2))
print(re.match(rb'.', b'\xff'), re.findall(rb'[\x80-\xff]+', b'ab\x80\x90c'))
print(re.search(rb'b', bytearray(b'abc')), re.match(rb'(?i)K', b'k'))
for pat, s in [(b'a', 'a'), ('a', b'a')]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print('TypeError', e)
