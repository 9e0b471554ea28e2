# expect: type=LookupError line=3
import tempfile
with tempfile.TemporaryFile('w', encoding='utf-7x') as f:
    f.write('never')
