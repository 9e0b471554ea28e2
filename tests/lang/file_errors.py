# The errors of misused files, as CPython's messages: closed files, the
# wrong direction, bad modes and arguments, missing files and directories.
import io
import os
import tempfile


def t(what, f):
    try:
        r = f()
        print(what, 'ok', repr(r))
    except Exception as e:
        print(what, type(e).__name__, str(e).replace(d, 'D'), getattr(e, 'errno', None))


with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'e.txt')
    with open(p, 'w') as f:
        f.write('abc\n')
    f = open(p)
    f.close()
    for name in ['read', 'readline', 'readlines', 'tell', 'flush', 'readable', 'fileno',
                 '__enter__', '__iter__', 'isatty']:
        t('text closed ' + name, getattr(f, name))
    t('text closed write', lambda: f.write('x'))
    t('text closed seek', lambda: f.seek(0))
    t('text closed next', lambda: next(f))
    print(f.closed, f.name == p)
    f = open(p, 'rb')
    f.close()
    for name in ['read', 'readline', 'tell', 'flush', 'fileno', 'peek', 'read1']:
        t('binary closed ' + name, getattr(f, name))
    t('binary closed write', lambda: f.write(b'x'))
    t('binary closed seek', lambda: f.seek(0))
    f = open(p, 'wb')
    f.close()
    t('writer closed write', lambda: f.write(b'x'))
    t('writer closed flush', f.flush)
    with open(p, 'w') as f:
        t('text read on w', f.read)
        t('text readline on w', f.readline)
        t('text write bytes', lambda: f.write(b'x'))
        t('text seek cur', lambda: f.seek(1, 1))
        t('text seek end', lambda: f.seek(1, 2))
        t('text seek negative', lambda: f.seek(-1))
        t('text seek whence', lambda: f.seek(0, 3))
    with open(p) as f:
        t('text write on r', lambda: f.write('x'))
        t('text writelines on r', lambda: f.writelines(['x']))
        t('text truncate on r', f.truncate)
    with open(p, 'rb') as f:
        t('binary write on r', lambda: f.write(b'x'))
        t('binary truncate on r', f.truncate)
    with open(p, 'wb') as f:
        t('binary read on w', f.read)
        t('binary write str', lambda: f.write('x'))
    for m in ['rw', 'rr', '', 'q', 'rbt', 'b', 't', '+', 'r+b+', 'wa', 'U', 'rU', 'ab+x']:
        t('mode %r' % m, lambda: open(p, m))
    t('bytes encoding', lambda: open(p, 'rb', encoding='utf-8'))
    t('bytes errors', lambda: open(p, 'rb', errors='strict'))
    t('bytes newline', lambda: open(p, 'rb', newline=''))
    t('bad newline', lambda: open(p, newline='x'))
    t('newline type', lambda: open(p, newline=3))
    t('unknown encoding', lambda: open(p, encoding='no-such-codec'))
    t('unbuffered text', lambda: open(p, buffering=0))
    t('mode type', lambda: open(p, 3))
    t('file type', lambda: open(1.5))
    t('encoding type', lambda: open(p, encoding=3))
    t('errors type', lambda: open(p, errors=3))
    t('missing', lambda: open(os.path.join(d, 'nope')))
    t('missing dir', lambda: open(os.path.join(d, 'no', 'x'), 'w'))
    t('directory', lambda: open(d))
    t('directory w', lambda: open(d, 'w'))
    t('exists x', lambda: open(p, 'x'))
    t('empty name', lambda: open(''))
    try:
        open(os.path.join(d, 'nope'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, 'nope'))
    t('bad fd', lambda: open(12345))
    print(issubclass(io.UnsupportedOperation, OSError),
          issubclass(io.UnsupportedOperation, ValueError))
    try:
        open(p).write('x')
    except ValueError as e:
        print('caught as ValueError:', e)
