# expect: type=TypeError line=7
# Writing bytes to a text file.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'f'), 'w') as f:
        f.write(b'bytes')
