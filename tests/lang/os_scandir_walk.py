# os.scandir (DirEntry's names, paths, kinds, stat, os.fspath; context
# manager and iterator), os.walk top-down and bottom-up with pruning, and
# shutil.which over a given search path. Listings are sorted: their order
# is the file system's.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'sub', 'deep'))
    os.mkdir(os.path.join(d, 'skip'))
    for rel, text in [('a.txt', 'alpha'), ('b.py', 'print(1)\n'), ('sub/c.txt', 'c' * 10),
                      ('sub/deep/d.txt', ''), ('skip/e.txt', 'eee')]:
        with open(os.path.join(d, rel), 'w') as f:
            f.write(text)
    os.symlink(os.path.join(d, 'a.txt'), os.path.join(d, 'link'))
    os.symlink(os.path.join(d, 'sub'), os.path.join(d, 'dirlink'))
    os.symlink(os.path.join(d, 'gone'), os.path.join(d, 'broken'))

    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(d, e.name), e.is_file(), e.is_dir(),
              e.is_symlink(), e.is_file(follow_symlinks=False),
              e.is_dir(follow_symlinks=False), repr(e), os.fspath(e) == e.path)
    sizes = {e.name: e.stat().st_size for e in entries if e.is_file()}
    print(sorted(sizes.items()))
    link = [e for e in entries if e.name == 'link'][0]
    print(link.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000,
          link.inode() == os.lstat(link.path).st_ino)
    print(isinstance(entries[0], os.DirEntry))

    # an iterator: next() by hand, then exhausted; a closed one stops
    it = os.scandir(os.path.join(d, 'sub'))
    print(iter(it) is it, sorted(e.name for e in [next(it), next(it)]))
    print(next(it, 'end'))
    it.close()
    it.close()
    it = os.scandir(os.path.join(d, 'sub'))
    it.close()
    print(list(it))

    # the current directory by default, and a path-like
    cwd = os.getcwd()
    os.chdir(d)
    try:
        print(sorted(e.name for e in os.scandir()))
        print(sorted(e.path for e in os.scandir('sub')))
    finally:
        os.chdir(cwd)
    import pathlib
    print(sorted(e.name for e in os.scandir(pathlib.Path(d) / 'sub')))

    def rel(p):
        return os.path.relpath(p, d)

    print('-- walk top-down')
    for top, dirs, files in os.walk(d):
        dirs.sort()
        if 'skip' in dirs:
            dirs.remove('skip')
        print(rel(top), dirs, sorted(files))
    print('-- walk bottom-up')
    seen = [(rel(top), sorted(dirs), sorted(files)) for top, dirs, files in os.walk(d, topdown=False)]
    for row in sorted(seen):
        print(*row)
    order = [rel(top) for top, _, _ in os.walk(d, topdown=False)]
    print(order.index('sub/deep') < order.index('sub') < order.index('.'))
    print('-- walk following links')
    print(sorted(rel(top) for top, _, _ in os.walk(d, followlinks=True)))
    print(list(os.walk(os.path.join(d, 'missing'))))
    errs = []
    list(os.walk(os.path.join(d, 'missing'), onerror=errs.append))
    print([type(e).__name__ for e in errs], errs[0].filename == os.path.join(d, 'missing'))

    for bad in ['missing', 'a.txt']:
        try:
            os.scandir(os.path.join(d, bad))
        except OSError as e:
            print(type(e).__name__, e.errno, str(e).replace(d, 'D'))
    print('-- which')
    tool = os.path.join(d, 'sub', 'mytool')
    with open(tool, 'w') as f:
        f.write('#!/bin/sh\n')
    print(shutil.which('mytool', path=os.path.join(d, 'sub')))
    os.chmod(tool, 0o755)
    print(shutil.which('mytool', path=os.path.join(d, 'sub')) == tool)
    print(shutil.which('mytool', path=os.pathsep.join([d, os.path.join(d, 'sub')])) == tool)
    print(shutil.which('mytool', path='') is None)
    print(shutil.which(tool) == tool)
    print(shutil.which('mytool', mode=os.R_OK, path=os.path.join(d, 'sub')) == tool)
    print(shutil.which('sub', path=d))
    print(shutil.which('no-such-tool-here', path=d))
    print(shutil.which('sh') is not None)
