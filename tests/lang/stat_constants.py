# stat: every public name's value as CPython 3.11 on Linux; the ST_*
# indices against a real os.stat() result.
import os
import stat

names = sorted(n for n in dir(stat) if not n.startswith('_'))
print(len(names))
for n in names:
    v = getattr(stat, n)
    print(n, v if isinstance(v, int) else callable(v))
st = os.stat(__file__)
print(st[stat.ST_MODE] == st.st_mode, st[stat.ST_SIZE] == st.st_size,
      st[stat.ST_INO] == st.st_ino, st[stat.ST_NLINK] == st.st_nlink)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('.').st_mode),
      stat.filemode(os.stat('.').st_mode)[0])
print(stat.S_IRWXU | stat.S_IRGRP == 0o740, stat.S_ENFMT == stat.S_ISGID)
