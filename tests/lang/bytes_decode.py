# bytes.decode and its round trips
print(b'h\xc3\xa9llo'.decode(), b'h\xc3\xa9llo'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'abc'.decode('ascii'), b'\xf0\x9f\x98\x80'.decode(), b''.decode(), b'\x00'.decode())
for text in ['', 'ascii', 'é', '€uro', '😀 emoji', 'mixed é€😀']:
    assert text.encode().decode() == text
    print(repr(text), text.encode(), len(text.encode()))
print(bytes(range(256)).decode('latin-1') == ''.join(chr(i) for i in range(256)))
print(b'\xff\xfe'.decode('latin-1'), b'x'.decode(encoding='ascii', errors='strict'))
