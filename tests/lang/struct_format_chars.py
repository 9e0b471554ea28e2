# struct's format: a str is read as ASCII (else UnicodeEncodeError), a
# bytes one byte by byte, whitespace is C's isspace only, and a NUL is an
# error, as CPython (found by fuzz_formats).
import struct
for f in ['\x1c', 'i\x85', b'\xe9', '\xe9', 'i \t\n\x0b\x0c\ri', b'\x00', '\x00', 'i\x00i', '2 i', b'<h']:
    try:
        print(repr(f), struct.calcsize(f))
    except (struct.error, UnicodeEncodeError) as e:
        print(repr(f), type(e).__name__, e)
