# expect: type=io.UnsupportedOperation line=7
# Writing to a file opened for reading.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'f'), 'w') as f, open(os.path.join(d, 'f')) as g:
        g.write('x')
