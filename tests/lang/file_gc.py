# Files are closed, their buffers written out, when the last reference
# goes (refcounting) and when the cycle collector frees them.
import gc
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'g.txt')
    open(p, 'w').write('written by a temporary\n')
    print(open(p).read(), end='')

    def local():
        f = open(p, 'a')
        f.write('from a local\n')
    local()
    print(open(p).read(), end='')

    class Node:
        pass
    n = Node()
    n.me = n
    n.f = open(p, 'a')
    n.f.write('from a cycle\n')
    buf = n.f.buffer
    del n
    gc.collect()
    print(buf.closed)
    print(open(p).read(), end='')
    f = open(p)
    fd = f.fileno()
    del f
    try:
        os.fstat(fd)
    except OSError as e:
        print('descriptor closed:', e.errno)
