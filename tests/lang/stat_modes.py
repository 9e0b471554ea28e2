# stat: file-type tests, S_IMODE/S_IFMT and filemode over every type and
# the set-id and sticky bits; the mode checks of CPython's _stat.
import stat

types = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO,
         stat.S_IFLNK, stat.S_IFSOCK, 0]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
         stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for t in types:
    for perm in (0o755, 0o644, 0o4755, 0o2750, 0o1777, 0o4644, 0o2640, 0o1776, 0):
        m = t | perm
        print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
              [f(m) for f in tests])
print(stat.S_IMODE(True), stat.S_ISDIR(0xffffffff), stat.filemode(0o170777))
for f in (stat.S_IMODE, stat.S_ISDIR, stat.filemode, stat.S_IFMT, stat.S_ISDOOR):
    for bad in ('x', 2.0, -1, 2 ** 32, 2 ** 70, None):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
