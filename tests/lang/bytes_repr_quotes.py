# repr picks the quote CPython picks and escapes the rest
for b in [b'plain', b"it's", b'say "hi"', b'both \' and "', b"'", b'"', b'\\', b'',
          b'\x1f\x20\x7e\x7f', bytes(range(0, 256, 17))]:
    print(repr(b), str(b), len(repr(b)))
print([b'a', b"b'c"], (b'x',), {b'k': b'v'})
print(f"{b'fmt'}", f"{b'fmt'!r}", '%s|%r' % (b'p', b'q'), format(b'z'))
