# os's file-system calls: mkdir, listdir, rename, replace, remove, rmdir,
# stat, makedirs, walk, the descriptors, and os.path over paths that exist.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'sub'))
    os.makedirs(os.path.join(d, 'sub', 'a', 'b'))
    os.makedirs(os.path.join(d, 'sub', 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(d, 'sub', 'a'))
    except FileExistsError as e:
        print('makedirs:', type(e).__name__, e.errno)
    try:
        os.mkdir(os.path.join(d, 'sub'))
    except FileExistsError as e:
        print(str(e).replace(d, 'D'))
    for name in ['one.txt', 'two.txt', 'sub/three.txt', 'sub/a/b/four.txt']:
        with open(os.path.join(d, name), 'w') as f:
            f.write(name * 3)
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'sub'))))
    print([(os.path.relpath(top, d), sorted(dirs), sorted(files))
           for top, dirs, files in sorted(os.walk(d))])
    st = os.stat(os.path.join(d, 'one.txt'))
    print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, st.st_mode & 0o170000 == 0o100000)
    print(os.path.getsize(os.path.join(d, 'two.txt')), os.path.isfile(os.path.join(d, 'one.txt')),
          os.path.isdir(os.path.join(d, 'sub')), os.path.exists(os.path.join(d, 'nope')),
          os.path.islink(os.path.join(d, 'one.txt')))
    os.rename(os.path.join(d, 'one.txt'), os.path.join(d, 'uno.txt'))
    os.replace(os.path.join(d, 'two.txt'), os.path.join(d, 'uno.txt'))
    print(sorted(os.listdir(d)), open(os.path.join(d, 'uno.txt')).read())
    try:
        os.rename(os.path.join(d, 'gone'), os.path.join(d, 'x'))
    except FileNotFoundError as e:
        print(str(e).replace(d, 'D'), e.filename2 == os.path.join(d, 'x'))
    os.remove(os.path.join(d, 'uno.txt'))
    for call in [os.remove, os.unlink, os.rmdir, os.listdir, os.stat]:
        try:
            call(os.path.join(d, 'nope'))
        except OSError as e:
            print(call.__name__, type(e).__name__, e.errno, str(e).replace(d, 'D'))
    try:
        os.rmdir(os.path.join(d, 'sub'))
    except OSError as e:
        print(type(e).__name__, e.errno)
    fd = os.open(os.path.join(d, 'fd.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_CUR))
    os.ftruncate(fd, 5)
    os.close(fd)
    fd = os.open(os.path.join(d, 'fd.bin'), os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(e)
    print(os.fspath(os.path.join('a', 'b')), os.path.realpath(d) == os.path.realpath(d + '/sub/..'))
    try:
        os.fspath(3)
    except TypeError as e:
        print(e)
