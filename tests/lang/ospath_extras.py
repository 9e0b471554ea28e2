# env: GP_X=ex GP_EMPTY=
# os.path: file times, samefile, ismount, expandvars, commonpath, constants
import os
import os.path as p
import tempfile

print(p.altsep, p.extsep, p.pathsep, p.defpath, p.devnull, p.supports_unicode_filenames)
with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, 'a.txt')
    with open(f, 'w') as fh:
        fh.write('x')
    st = os.stat(f)
    print(p.getmtime(f) == st.st_mtime, p.getatime(f) == st.st_atime, p.getctime(f) == st.st_ctime)
    print(p.samefile(f, os.path.join(d, '.', 'a.txt')), p.samefile(f, d))
    with open(f) as a, open(f) as b:
        print(p.sameopenfile(a.fileno(), b.fileno()))
    print(p.ismount(d), p.ismount(f), p.ismount(os.path.join(d, 'missing')))
    try:
        p.getmtime(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
print(p.ismount('/'))
for s in ['$GP_X', '${GP_X}/b', 'a$GP_Xb', '$GP_EMPTY|', '$NOPE_GP $GP_X', '${GP_X', '$', '$$GP_X',
          'x$-y', '${}', '${GP_X}${GP_X}', 'plain', '$GP_X.$GP_X', '~/$GP_X']:
    print(repr(s), repr(p.expandvars(s)))
for paths in [['/usr/lib', '/usr/local/lib'], ['a/b/c', 'a/b/d', 'a/./b/e'], ['/a'], ['x', 'y'],
              ['/a/b/', '/a/b'], ('rel/x', 'rel')]:
    print(paths, repr(p.commonpath(paths)))
for bad in [[], ['/a', 'b']]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(e)
