# Temporary files with an encoding (a byte-order mark written once) and one
# that is unknown: the descriptor open() owns is closed once, the file removed.
import os
import tempfile

f = tempfile.TemporaryFile('w+', encoding='utf-16')
print(type(f.name).__name__, f.write('hé'), f.seek(0), repr(f.read()))
f.close()
with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8-sig') as g:
    print(g.name.endswith('.txt'), os.path.exists(g.name), g.file.buffer.raw.name == g.name)
    g.write('x'); g.flush()
    print(open(g.name, 'rb').read())
print(os.path.exists(g.name))
try:
    tempfile.NamedTemporaryFile('w', encoding='nope')
except LookupError as e:
    print(e)
with tempfile.TemporaryDirectory() as d:
    try:
        tempfile.NamedTemporaryFile('w', encoding='nope', dir=d)
    except LookupError as e:
        print(e, os.listdir(d))
