# pathlib on a real tree: mkdir (parents, exist_ok), write/read text and
# bytes, exists/is_file/is_dir, iterdir, glob and rglob (sorted: the order
# is the directory's), stat, rename, unlink, rmdir, touch, resolve.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    print(root.exists(), root.is_dir(), root.is_file())
    (root / 'pkg' / 'sub').mkdir(parents=True)
    (root / 'pkg').mkdir(exist_ok=True)
    try:
        (root / 'pkg').mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        (root / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    print((root / 'pkg' / 'a.py').write_text('print(1)\n'), (root / 'pkg' / 'b.txt').write_text('bee'))
    print((root / 'pkg' / 'sub' / 'c.py').write_bytes(b'\x00\x01'), (root / 'top.py').write_text('é'))
    print((root / 'pkg' / 'a.py').read_text(), (root / 'pkg' / 'sub' / 'c.py').read_bytes())
    print((root / 'top.py').read_bytes(), (root / 'top.py').stat().st_size)
    rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
    print(rel(root.iterdir()), rel((root / 'pkg').iterdir()))
    print(rel(root.glob('*.py')), rel(root.glob('*/*.py')), rel(root.glob('**/*.py')))
    print(rel(root.rglob('*.py')), rel(root.rglob('*')), rel(root.glob('pkg/[ab].*')))
    print(rel(root.glob('**')), rel(root.glob('nothing*')))
    f = root / 'pkg' / 'b.txt'
    print(f.exists(), f.is_file(), f.is_dir(), (root / 'nope').exists())
    with f.open() as fh:
        print(fh.read())
    with f.open('a') as fh:
        fh.write('!')
    print(f.read_text())
    g = f.rename(root / 'renamed.txt')
    print(g.name, f.exists(), g.read_text())
    (root / 'empty').touch()
    (root / 'empty').touch()
    try:
        (root / 'empty').touch(exist_ok=False)
    except FileExistsError:
        print('touch: exists')
    print((root / 'empty').stat().st_size)
    (root / 'empty').unlink()
    (root / 'empty').unlink(missing_ok=True)
    try:
        (root / 'empty').unlink()
    except FileNotFoundError as e:
        print(str(e).replace(tmp, 'T'))
    try:
        (root / 'pkg').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(root.resolve() == Path(os.path.realpath(tmp)), (root / 'pkg' / '..').resolve() == root.resolve())
    print(Path('rel').absolute() == Path.cwd() / 'rel', Path.cwd() == Path(os.getcwd()))
    try:
        (root / 'top.py').write_text(b'bytes')
    except TypeError as e:
        print(e)
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
print(root.exists())
