# replace, upper, lower, hex, fromhex
print(b'aaa'.replace(b'a', b'bb'), b'abc'.replace(b'b', b''), b'aaa'.replace(b'a', b'x', 2))
print(b'abc'.replace(b'', b'-'), b''.replace(b'', b'x'), b'abc'.replace(b'z', b'y'))
print(b'Hello World 123 \xe9'.upper(), b'Hello World \xc9'.lower())
print(b'\x00\x0f\xff'.hex(), b''.hex(), type(b'a'.hex()).__name__)
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD  be ef '), bytes.fromhex(''), bytes.fromhex('00ff'))
print(bytes.fromhex(b'\x01\xab'.hex()) == b'\x01\xab')
for bad in ['zz', 'abc', '0g', ' 1 2']:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(e)
try:
    bytes.fromhex(b'00')
except TypeError as e:
    print(e)
