# Text files: write, read, readline, readlines, iteration, read(n), seek
# and tell, append, exclusive creation, the attributes and reprs, print's
# file=, writelines, truncate, r+ and w+, under a TemporaryDirectory.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.txt')
    with open(p, 'w') as f:
        print(repr(f).replace(d, 'D'), f.closed, f.name == p, f.mode, f.encoding, f.errors)
        print(f.readable(), f.writable(), f.seekable(), f.line_buffering, type(f.fileno()))
        print(f.write('héllo\nwörld\n'), f.tell())
        print('printed', 42, sep='-', file=f)
        f.writelines(['a\n', 'b\n'])
    print(f.closed, repr(f).replace(d, 'D'))
    with open(p) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
        print(repr(f.read(4)), f.tell(), repr(f.read()), repr(f.read()), f.tell())
        f.seek(0)
        print(f.readlines())
        f.seek(7)
        print(repr(f.read(5)), f.seek(0, 2), repr(f.read()))
        print(f.seek(0, 1) == f.tell())
    with open(p, encoding='utf-8') as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    print(list(open(p))[-1], end='')
    with open(p, 'a') as f:
        print(f.tell(), f.write('appended\n'))
    with open(p) as f:
        print(f.readlines(20), f.readlines())
    with open(p, 'r+') as f:
        f.write('HEL')
        f.seek(0)
        print(repr(f.readline()))
        print(f.truncate(9), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(p, 'w+') as f:
        f.write('new\ntext\n')
        f.seek(0)
        print(f.read().split())
    q = os.path.join(d, 'x.txt')
    with open(q, 'x') as f:
        f.write('once')
    try:
        open(q, 'x')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == q)
    print(open(q).read(), os.path.getsize(q))
    with open(q, 'w') as f:
        pass
    print(repr(open(q).read()), os.stat(q).st_size)
    fd = os.open(p, os.O_RDONLY)
    with open(fd) as f:
        print(repr(f), f.readline(), end='')
    with open(fd, closefd=False) if False else open(p, 'rb', buffering=0) as f:
        print(repr(f).replace(d, 'D'), f.read(3), f.readall()[:3])
