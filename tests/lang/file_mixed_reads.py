# read(n), readline(), readline(limit) and tell() mixed on long lines of
# non-ASCII text, in each newline mode: each call resumes where the last
# one stopped, and tell() is the byte offset of what was read (not asked
# where newlines are translated or recognised: CPython's cookie there is
# opaque, a number bigger than the file, when a '\r' ends what was read).
import os
import tempfile

text = ''.join(f'{i}:' + 'aé€' * (i * 13 % 90) + ('\r\n', '\n', '\r')[i % 3] for i in range(40))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'm.txt')
    with open(p, 'w', newline='') as f:
        f.write(text)
    for nl in [None, '', '\n', '\r', '\r\n']:
        got = []
        with open(p, newline=nl) as f:
            step = 0
            while True:
                k = step % 5
                if k == 0:
                    s = f.read(3 + step % 70)
                elif k == 1:
                    s = f.readline()
                elif k == 2:
                    s = f.readline(1 + step % 40)
                elif k == 3:
                    s = f.read(1)
                else:
                    s = f.readline(200)
                got.append((len(s), f.tell() if nl not in (None, '') else None))
                step += 1
                if not s and k != 3:
                    break
            print(repr(nl), len(got), got[:12], got[-3:], f.newlines)
        with open(p, newline=nl) as f:
            whole = f.read()
        with open(p, newline=nl) as f:
            parts = []
            while True:
                c = f.read(7)
                if not c:
                    break
                parts.append(c)
                if len(parts) % 9 == 0:
                    parts.append(f.readline())
        print(''.join(parts) == whole, len(whole))
