# `in` with an int or bytes, and what it refuses
b = b'protocol\x00data'
print(112 in b, 0 in b, 255 in b, b'col' in b, b'' in b, b'\x00d' in b, b'xyz' not in b)
print(True in b'\x01', False in b'\x01')
for item in ['p', 256, -1, 1.5, None, [112]]:
    try:
        print(item in b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
