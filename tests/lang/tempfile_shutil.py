# tempfile's directories and files (cleaned up: the names are checked
# afterwards) and shutil's copies, moves and rmtree.
import os
import shutil
import tempfile

d = tempfile.mkdtemp(prefix='gp_', suffix='_x')
print(os.path.isdir(d), os.path.basename(d).startswith('gp_'), d.endswith('_x'),
      os.path.dirname(d) == tempfile.gettempdir(), oct(os.stat(d).st_mode & 0o777))
fd, name = tempfile.mkstemp(suffix='.txt', dir=d)
print(type(fd).__name__, name.startswith(d), name.endswith('.txt'), oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'mkstemp data')
os.close(fd)
with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.log') as f:
    print(os.path.exists(f.name), f.name.endswith('.log'), f.write('named\n'), f.tell())
    f.seek(0)
    print(repr(f.read()), f.closed)
    kept = f.name
print(os.path.exists(kept), f.closed)
with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
    f.write(b'kept')
print(open(f.name, 'rb').read())
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryDirectory(dir=d) as inner:
    print(os.path.isdir(inner), repr(tempfile.TemporaryDirectory).startswith("<class"))
    os.makedirs(os.path.join(inner, 'a', 'b'))
    open(os.path.join(inner, 'a', 'b', 'f'), 'w').close()
print(os.path.exists(inner))
t = tempfile.TemporaryDirectory(dir=d)
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
src = os.path.join(d, 'src.txt')
with open(src, 'w') as f:
    f.write('copy me\n' * 10000)
print(shutil.copyfile(src, os.path.join(d, 'dst.txt')) == os.path.join(d, 'dst.txt'))
print(open(os.path.join(d, 'dst.txt')).read() == open(src).read())
os.mkdir(os.path.join(d, 'dir'))
print(shutil.copy(src, os.path.join(d, 'dir')) == os.path.join(d, 'dir', 'src.txt'))
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print(type(e).__name__, isinstance(e, OSError))
shutil.copytree(os.path.join(d, 'dir'), os.path.join(d, 'tree', 'copy'))
print(sorted(os.listdir(os.path.join(d, 'tree', 'copy'))))
print(shutil.move(os.path.join(d, 'dst.txt'), os.path.join(d, 'moved.txt')) == os.path.join(d, 'moved.txt'))
print(sorted(os.listdir(d))[-4:] if False else sorted(n for n in os.listdir(d) if not n.startswith('tmp')))
try:
    shutil.rmtree(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
shutil.rmtree(d)
print(os.path.exists(d))
