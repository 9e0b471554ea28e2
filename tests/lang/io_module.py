# The io module: io.open is open, the classes a file is an instance of,
# BytesIO, UnsupportedOperation, the constants.
import io
import os
import tempfile

print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation, io.UnsupportedOperation.__mro__)
print(io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'm.txt')
    with io.open(p, 'w') as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase),
              isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__,
              isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
        f.write('via io\n')
    for mode in ['rb', 'wb', 'ab', 'r+b', 'w+b']:
        with open(p, mode) as f:
            print(mode, type(f).__name__, f.mode)
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    raw = io.FileIO(p)
    buf = io.BufferedReader(raw)
    text = io.TextIOWrapper(buf, encoding='utf-8')
    print(text.read(), end='')
    text.close()
    print(raw.closed, buf.closed, text.closed)
    try:
        raise io.UnsupportedOperation('custom')
    except OSError as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
b.seek(0)
print(list(b))
b.seek(10)
print(b.write(b'Z'), b.getvalue())
b.seek(0, 2)
b.write(b'!')
print(b.getvalue(), b.truncate(4), b.getvalue(), b.seek(-2, 2))
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
with io.BytesIO() as b2:
    b2.write(b'ctx')
    print(b2.getvalue(), b2.closed)
print(b2.closed)
s = io.StringIO()
print('to a StringIO', file=s)
print(repr(s.getvalue()))
