# Encodings and errors: UTF-8 (default) with characters split across the
# 8192-byte chunks a text file reads, latin-1, ascii; errors strict,
# replace, ignore; malformed input raises UnicodeDecodeError as CPython's.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'u.txt')
    s = ('x' * 8191 + 'é' + 'y' * 8190 + '€\n' + 'z' * 8189 + '😀\n') * 3
    with open(p, 'w', encoding='utf-8') as f:
        print(f.write(s))
    print(os.path.getsize(p))
    with open(p) as f:
        lines = list(f)
    print(len(lines), [len(l) for l in lines], ''.join(lines) == s)
    for n in [1, 7, 4097, 8191, 8192, 10000]:
        with open(p) as f:
            parts = []
            while True:
                c = f.read(n)
                if not c:
                    break
                parts.append(c)
        print(n, ''.join(parts) == s, len(parts))
    with open(p) as f:
        f.read(8191)
        print(f.tell(), repr(f.read(1)), f.tell())
        f.seek(8191)
        print(repr(f.read(2)))
    with open(p, 'w', encoding='latin-1') as f:
        f.write('café ÿ\n')
    print(open(p, 'rb').read(), open(p, encoding='latin-1').read(), end='')
    print(repr(open(p, encoding='LATIN1').encoding))
    with open(p, 'wb') as f:
        f.write(b'ok \xff\xfe end \xe2\x82\n')
    for errors in ['strict', 'replace', 'ignore']:
        try:
            with open(p, errors=errors) as f:
                print(errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e, e.start, e.end)
    try:
        open(p).readline()
    except UnicodeDecodeError as e:
        print(e)
    print(repr(open(p, encoding='ascii', errors='replace').read()))
    try:
        open(p, encoding='ascii').read()
    except UnicodeDecodeError as e:
        print(e)
    try:
        with open(p, 'w', encoding='ascii') as f:
            f.write('naïve')
    except UnicodeEncodeError as e:
        print(e)
    with open(p, 'w', encoding='ascii', errors='replace') as f:
        f.write('naïve\n')
    print(open(p).read(), end='')
    # a truncated sequence at the end of the file
    with open(p, 'wb') as f:
        f.write('abc€'.encode()[:-1])
    try:
        open(p).read()
    except UnicodeDecodeError as e:
        print(e)
    print(repr(open(p, errors='replace').read()))
