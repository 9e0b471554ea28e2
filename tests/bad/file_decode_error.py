# expect: type=UnicodeDecodeError line=9
# Malformed UTF-8 in a file read as text, past the first 8192-byte chunk.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'bad.txt')
    with open(p, 'wb') as f:
        f.write(b'ok\n' * 5000 + b'\xc3\x28\n')
    lines = list(open(p))
