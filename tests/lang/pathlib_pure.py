# pathlib's path algebra: construction and joining, str and repr, parts,
# name/stem/suffix(es), parent(s), with_name/with_suffix/with_stem,
# relative_to, match, equality, hashing and ordering.
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = Path('/usr/local/lib/python3.11/site.tar.gz')
print(p, repr(p), type(p).__name__, type(PurePath('x')).__name__)
print(p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor, repr(p.drive))
print(p.parent, list(map(str, p.parents)), p.is_absolute())
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('other'))
for s in ['', '.', 'a', 'a/', '/a//b/./c/', '//x/y', '///x', 'a/../b', '.hidden', 'x.', 'a.b.c', '..']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), q.parts, repr(q.name), repr(q.stem), repr(q.suffix), q.suffixes,
          repr(q.parent))
print(Path('a') / 'b' / Path('c'), 'x' / Path('y'), Path('a', 'b/c', '/abs', 'd'))
print(Path('a').joinpath('b', 'c'), Path('/a/b').relative_to('/a'), Path('a/b/c').relative_to('a', 'b'))
try:
    Path('/a/b').relative_to('/c')
except ValueError as e:
    print(e)
print(Path('a/b').is_relative_to('a'), Path('a/b').is_relative_to('b'))
print(Path('a/b.py').match('*.py'), Path('/a/b/c.py').match('b/*.py'), Path('/a/b/c.py').match('a/*.py'),
      Path('/a/b.py').match('/*.py'), Path('a/b.py').match('/*.py'), Path('x/y.txt').match('?.[tu]xt'),
      Path('x/y.txt').match('y.[!t]xt'))
print(Path('a') == Path('a/'), Path('a') == PurePosixPath('a'), Path('a') == 'a', Path('a') != Path('b'))
print(hash(Path('a/b')) == hash(Path('a//b')), len({Path('a'), Path('a/.'), Path('b')}))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/z')]), Path('a') < Path('b'))
for bad in [lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: p.with_suffix('gz'),
            lambda: p.with_suffix('.'), lambda: Path('/').with_name('x'), lambda: Path(3),
            lambda: Path('a') / 3, lambda: Path('a') < 'b']:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str(Path('~/x').expanduser()) == str(Path.home() / 'x'), Path('a').as_posix())
import os
print(os.fspath(Path('a/b')), os.path.join(Path('a'), 'b'), os.path.basename(Path('/q/r.txt')))
