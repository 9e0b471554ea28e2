# json.dump and json.load on io.StringIO, and on any object with write.
import io
import json

buf = io.StringIO()
json.dump({'k': [1, 2.5, 'x', None], 'n': {'deep': [True]}}, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(text)
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"a": [1, 2, {"b": 1.25}], "c": "\\u00e9"}'), object_hook=lambda d: sorted(d.items())))


class Chunks:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Chunks()
json.dump([1, {'a': 'b'}, 'é'], c, ensure_ascii=False, separators=(',', ':'))
print(''.join(c.parts), len(c.parts) > 0, all(isinstance(p, str) for p in c.parts))
out = io.StringIO()
for rec in ({'id': 1}, {'id': 2, 'tags': ['x']}):
    json.dump(rec, out)
    out.write('\n')
print([json.loads(line) for line in out.getvalue().splitlines()])
try:
    json.load(io.StringIO('{"broken": '))
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
