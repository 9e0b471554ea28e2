# expect: type=ValueError line=8
# Reading a file after its with block closed it.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'f'), 'w') as f:
        f.write('x')
    f.read()
