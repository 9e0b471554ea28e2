# base64 and binascii: every encoding round-trips at lengths 0..20, the
# padding and strict-mode errors CPython raises, str input, altchars,
# URL-safe, base32 (casefold, map01), base16, MIME lines, crc32.
import base64
import binascii
import io

data = bytes((i * 37 + 11) & 255 for i in range(200))
for n in range(21):
    d = data[:n]
    e64, e32, e16 = base64.b64encode(d), base64.b32encode(d), base64.b16encode(d)
    print(n, e64, e32, e16, base64.urlsafe_b64encode(d))
    assert base64.b64decode(e64) == d and base64.b32decode(e32) == d
    assert base64.b16decode(e16) == d and base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(bytearray(b'aGk=')))
print(base64.b32decode('mzxw6ytb', casefold=True), base64.b32decode('MZXW6YTB', map01='L'))
print(base64.b16decode('ff00aa', casefold=True))
lines = base64.encodebytes(data)
print(lines.count(b'\n'), len(lines), base64.decodebytes(lines) == data)
out = io.BytesIO()
base64.encode(io.BytesIO(data), out)
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(out.getvalue() == lines, back.getvalue() == data)
for bad in ['YQ', 'Y', 'YQ=', 'a===', '!!!!YQ==']:
    for v in (False, True):
        try:
            print(repr(bad), v, base64.b64decode(bad, validate=v))
        except binascii.Error as e:
            print(repr(bad), v, 'Error:', e)
for f, arg in [(base64.b32decode, 'ABC'), (base64.b32decode, 'AB!DEFGH'),
               (base64.b16decode, 'fg'), (base64.b64decode, 'é'), (base64.b64encode, 'text'),
               (base64.b64decode, 5), (binascii.unhexlify, 'abc'), (binascii.unhexlify, 'zz')]:
    try:
        print(f.__name__, f(arg))
    except (binascii.Error, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'),
      binascii.hexlify(b'\x01\xab\xcd\xef', b':', 2), binascii.unhexlify(b'01AB'))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False),
      binascii.a2b_base64('aGk=\n'))
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')),
      binascii.crc32(data))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
