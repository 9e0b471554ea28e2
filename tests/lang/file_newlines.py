# Universal newlines: newline=None translates \r\n and \r on read, '' keeps
# them but splits lines at each, '\n' '\r' '\r\n' split at that one only; on
# write, '\r' and '\r\n' replace each \n. newlines records the kinds seen.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'nl.txt')
    with open(p, 'w', newline='') as f:
        f.write('one\ntwo\r\nthree\rfour\r\n\r\nend')
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(p, newline=nl) as f:
            print(repr(nl), f.readlines(), f.newlines)
        with open(p, newline=nl) as f:
            print(repr(f.read(5)), repr(f.read(5)), repr(f.read(3)), f.tell())
        with open(p, newline=nl) as f:
            print(repr(f.read()))
        with open(p, newline=nl) as f:
            print([f.readline(4) for _ in range(5)])
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(p, 'w', newline=nl) as f:
            f.write('a\nb\r\nc\r')
        print(repr(nl), open(p, 'rb').read())
    # a \r\n whose two halves come in different chunks of 8192 bytes
    with open(p, 'w', newline='') as f:
        f.write('x' * 8191 + '\r\n' + 'y' * 8190 + '\r' + '\rz\r')
    with open(p) as f:
        print([len(l) for l in f], f.newlines)
    with open(p, newline='') as f:
        print([len(l) for l in f])
    with open(p) as f:
        print(len(f.read(8191)), repr(f.read(1)), repr(f.read(2)))
