# methods read from the type and from instances
print(bytes.decode(b'abc'), bytes.upper(b'abc'), bytes.hex(b'\x01'))
f = b'a,b'.split
print(f(b','), list(map(bytes.strip, [b' a ', b'b  '])))
print(sorted([b'b', b'A', b'a'], key=bytes.lower))
print(str.encode('x'), list(map(str.encode, ['a', 'é'])))
print(hasattr(b'', 'decode'), hasattr(b'', 'encode'), hasattr('', 'decode'))
try:
    b''.encode()
except AttributeError as e:
    print(e)
