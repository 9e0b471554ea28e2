# json.dumps with indent (int or str) at any depth, separators, sort_keys,
# and the chunks iterencode and dump write, as CPython's pure-Python encoder.
import json
d = {"b": [1, {"x": [1, 2, {"y": {"z": [3, [], {}, [[[]]]]}}], "e": {}}], "a": (1, 2), "c": None,
     "d": {"k": [True, False, 1.5, -0.0, 1e100, "s\u00e9\n"]}, 5: {"n": {"m": {"o": [1]}}}}
for kw in [dict(indent=2), dict(indent='\t', sort_keys=False), dict(indent=0), dict(indent=""),
           dict(separators=(',', ':')), dict(indent=3, separators=(',', ': ')), dict(indent=4, separators=(';', '=')),
           dict(indent=-1), dict(indent='--'), dict(indent=True), dict(indent=2, ensure_ascii=False),
           dict(separators=(' , ', ' : ')), dict(indent=None, separators=None)]:
    print(kw)
    print(json.dumps(d, **kw))
d2 = {"b": 1, "a": {"d": [3, {"z": 1, "y": 2}], "c": 2}, "A": None}
for kw in [dict(sort_keys=True), dict(sort_keys=True, indent=2), dict(sort_keys=True, indent=1, separators=(',', ':'))]:
    print(json.dumps(d2, **kw))
print(json.dumps([[[[1]]]], indent=1))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
try:
    print(json.dumps({1: 2, 'a': 3}, sort_keys=True))
except TypeError as e: print('TypeError', e)
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([{}], indent=2), json.dumps({"a": []}, indent=2))
print(json.dumps("x", indent=2), json.dumps(1.0, indent=2), json.dumps([1, [2, [3, [4, [5]]]]], indent=2))
class E(json.JSONEncoder):
    def default(self, o): return sorted(o)
print(json.dumps({"s": {3, 1, 2}, "t": [{2, 1}]}, cls=E, indent=2))
print(json.dumps({'a': {'b': {'c': {'d': {'e': 1}}}}}, indent=2, sort_keys=True))
import io
buf = io.StringIO(); json.dump(d2, buf, indent=2, sort_keys=True); print(buf.getvalue())
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, {"b": 2}]})))
for o in [[1, "a", None, True, 2.5, [2, {"k": [3]}], {}, []], {"a": 1, "b": [1, 2], "c": {"d": None}}, "s", 5, [[]]]:
    print(list(json.JSONEncoder().iterencode(o)))
    print(list(json.JSONEncoder(indent=1, separators=(',', ':')).iterencode(o)))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({"a": [1, 2, {"b": None}]}, w); print(w.parts)
w = W(); json.dump([{"a": 1}, 2], w, indent=2); print(w.parts)
