# split, join and strip as protocol code uses them
line = b'  GET /index.html HTTP/1.1\r\n'
print(line.split(), line.strip(), line.lstrip(), line.rstrip(), line.rstrip(b'\r\n'))
print(b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a b c'.split(maxsplit=1))
print(b'k=v;x=y'.split(b';'), b''.split(), b''.split(b','), b'   '.split(), b'a\tb\nc'.split())
print(b'a::b::c'.split(b'::'), b'abc'.split(b'abc'), b' a  b '.split(None, 1), b'ab'.split(sep=b'b'))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x',)), b'.'.join(iter([b'1', b'2'])))
print(b'xxhixx'.strip(b'x'), b'<>tag<>'.strip(b'<>'), b'\x00pad\x00'.strip(b'\x00'), b'ab'.strip(None))
for bad in [lambda: b'a'.split(''), lambda: b'a'.split(b''), lambda: b','.join([b'a', 'b']),
            lambda: b','.join([1]), lambda: b'a'.strip('a'), lambda: b','.join(5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
