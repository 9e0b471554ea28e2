# The utf-8-sig and utf-16 codecs (-le, -be, and plain utf-16 with its
# byte-order mark) in str.encode, bytes.decode and text files, their
# decode errors, and ascii/latin-1 with every error handler.
import os
import tempfile

s = 'Aé€😀\n'
for enc in ['utf-8-sig', 'utf_8_sig', 'UTF-16', 'utf-16-le', 'utf_16_be', 'utf16', 'UTF-16LE',
            'utf-16be']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b''.decode('utf-16'), ''.encode('utf-16'), ''.encode('utf-8-sig'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
print(repr(b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig')))
print(repr(b'\xef\xbb\xbfx'.decode('utf-8')))
print(b'\xfe\xff\x00A\x00B'.decode('utf-16'), b'\xff\xfeA\x00B\x00'.decode('utf-16'))
print(repr(b'A\x00'.decode('utf-16')), repr(b'\xff\xfeA\x00'.decode('utf-16-le')))
print(repr(b'\xff\xfe\xff\xfeA\x00'.decode('utf-16')))

for data, enc in [(b'A\x00B', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'),
                  (b'\x00\xdcA\x00', 'utf-16-le'), (b'A\x00\x00\xd8', 'utf-16-le'),
                  (b'\xd8\x00\x00A', 'utf-16-be'), (b'\xff\xfeA', 'utf-16'),
                  (b'\xef\xbb\xbf\xff', 'utf-8-sig'), (b'\xfe\xff\xdc\x00', 'utf-16'),
                  (b'A\x00\x00\xd8\x00', 'utf-16-le')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError:', e, e.start, e.end, e.encoding)

for enc in ['ascii', 'latin-1']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, 'naïve €5'.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e)
        try:
            print(enc, errors, repr(b'na\xefve \x80'.decode(enc, errors)))
        except (UnicodeDecodeError, TypeError) as e:
            print(enc, errors, type(e).__name__, e)

for enc in ['utf-8-bom', 'utf8-sig', 'UTF16BE', 'nope']:
    for f in (lambda: 'x'.encode(enc), lambda: b'x'.decode(enc)):
        try:
            f()
        except LookupError as e:
            print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    text = 'first ☕\nsecond 😀\n' * 3000
    for enc in ['utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be']:
        with open(p, 'w', encoding=enc) as f:
            f.write(text[:10])
            f.write(text[10:])
            print(enc, f.encoding)
        with open(p, 'rb') as f:
            raw = f.read()
        print(enc, len(raw), raw[:6])
        with open(p, encoding=enc) as f:
            lines = f.readlines()
        print(len(lines), ''.join(lines) == text, repr(lines[0]))
        with open(p, encoding=enc) as f:
            parts = []
            while True:
                c = f.read(4097)
                if not c:
                    break
                parts.append(c)
        print(''.join(parts) == text)
    # appending to a utf-16 file writes no second BOM
    with open(p, 'w', encoding='utf-16') as f:
        f.write('a')
    with open(p, 'a', encoding='utf-16') as f:
        f.write('b')
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, encoding='utf-16') as f:
        print(repr(f.read()))
    # a BOM in a file read as utf-8 is kept, as utf-8-sig drops it
    with open(p, 'wb') as f:
        f.write(b'\xef\xbb\xbfhello\n')
    print(repr(open(p, encoding='utf-8').read()), repr(open(p, encoding='utf-8-sig').read()))
    with open(p, 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write('naïve €\n')
    print(open(p, 'rb').read())
    with open(p, 'w', encoding='latin-1', errors='replace') as f:
        f.write('naïve €\n')
    print(open(p, 'rb').read())
    print(repr(open(p, encoding='ascii', errors='replace').read()))
    print(repr(open(p, encoding='ascii', errors='ignore').read()))
    try:
        open(p, encoding='ascii').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
    try:
        open(p, encoding='klingon')
    except LookupError as e:
        print('LookupError:', e)
    print(sorted(os.listdir(d)))
