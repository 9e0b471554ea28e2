# glob: patterns over a tree made here (results sorted: directory order is
# the file system's), hidden files, trailing slashes, recursive '**',
# root_dir, bytes patterns, iglob and escape.
import glob
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(top)
for d in ['src/pkg/sub', 'docs', '.hidden_dir', 'src/.cache', 'weird[dir]']:
    os.makedirs(d)
for f in ['a.py', 'b.py', 'c.txt', '.dot.py', 'src/main.c', 'src/util.c', 'src/pkg/x.py',
          'src/pkg/sub/y.py', 'src/pkg/sub/.z.py', 'docs/readme.md', '.hidden_dir/h.py',
          'src/.cache/k.py', 'weird[dir]/w.txt', 'q?.txt', 'star*.txt']:
    with open(f, 'w') as fh:
        fh.write(f)


def show(pattern, **kw):
    print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))


for p in ['*.py', '*', '.*', '*.txt', '?.py', '[ab].py', '[!a].py', 'src/*.c', 'src/*/*.py',
          '*/*', 'src/', '*/', 'nothing*', 'missing/*.py', 'a.py', 'zz.py', 'src/pkg/sub/*',
          'src/pkg/sub/.*', '.hidden_dir/*', 'weird[dir]/*', glob.escape('weird[dir]') + '/*',
          glob.escape('q?.txt'), glob.escape('star*.txt'), 'q?.txt', '', 'src/*/', '**']:
    show(p)
for p in ['**', '**/*.py', 'src/**', 'src/**/*.py', '**/', '**/sub/*.py', '.*/**']:
    show(p, recursive=True)
show('**/*.py', recursive=False)
show('*.py', root_dir='src/pkg')
show('**/*.py', root_dir='src', recursive=True)
print(sorted(glob.glob('*.c', root_dir=os.path.join(top, 'src'))))
print([os.path.relpath(p, top) for p in sorted(glob.glob(os.path.join(top, 'src', '*.c')))])

it = glob.iglob('*.txt')
print(type(it).__name__ != 'list', sorted(it))
for s in ['plain', 'a*b', 'q?', '[x]', 'dir/[*?]/f', b'b*[', '']:
    print(repr(s), repr(glob.escape(s)))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x'))
print(sorted(glob.glob1('src', '*.c')), glob.glob0('src', 'main.c'), glob.glob0('src', 'no'))
try:
    glob.glob(5)
except TypeError as e:
    print('TypeError', e)
os.chdir(old)
shutil.rmtree(top)
