# Binary files: BufferedReader/Writer/Random and unbuffered FileIO; read,
# read1, readline, readinto, iteration, write of bytes-likes, seek with
# each whence, tell, truncate, append, and the reprs and modes.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'b.bin')
    with open(p, 'wb') as f:
        print(repr(f).replace(d, 'D'), f.mode, f.name == p, f.writable(), f.readable())
        print(f.write(b'line one\n'), f.write(bytearray(b'line two\n')), f.tell())
        print(f.write(memoryview(b'\x00\x01\x02\xff')), f.tell())
        f.writelines([b'\nx', b'y\n'])
        print(repr(f.raw).replace(d, 'D'))
    with open(p, 'rb') as f:
        print(f.read(4), f.tell(), f.readline(), f.readline(3), f.read1(2))
        print(f.read(), f.read(), f.tell())
        print(f.seek(2), f.read(3), f.seek(-4, 1), f.read(2), f.seek(-3, 2), f.read())
        f.seek(0)
        print(list(f))
        f.seek(0)
        print(f.readlines())
        f.seek(0)
        buf = bytearray(6)
        print(f.readinto(buf), buf)
    with open(p, 'ab') as f:
        print(f.tell(), f.write(b'tail'), f.tell())
    with open(p, 'r+b') as f:
        print(repr(f).replace(d, 'D'), f.mode)
        print(f.read(4))
        f.write(b'ONE')
        f.seek(0)
        print(f.readline())
        print(f.truncate(12), f.tell())
        f.seek(0, 2)
        print(f.tell())
        f.write(b'++')
        f.seek(0)
        print(f.read())
    with open(p, 'w+b') as f:
        print(f.read(), f.write(b'abc'), f.tell(), f.seek(0), f.read())
    with open(p, 'rb', buffering=0) as f:
        print(repr(f).replace(d, 'D'), f.mode, f.closefd, f.read(2), f.readall(), f.read(5))
    f = open(p, 'wb', buffering=0)
    print(f.write(b'direct'), open(p, 'rb').read())
    f.close()
    print(repr(f))
    big = bytes(range(256)) * 100
    with open(p, 'wb', buffering=1000) as f:
        for i in range(0, len(big), 333):
            f.write(big[i:i + 333])
    with open(p, 'rb') as f:
        print(f.read() == big, os.path.getsize(p))
    with open(p, 'rb') as f:
        chunks = []
        while True:
            c = f.read(4096)
            if not c:
                break
            chunks.append(len(c))
        print(chunks)
