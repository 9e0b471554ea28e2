# keyword: the 3.11 lists and the membership tests, on words, soft
# keywords, near misses and non-str arguments.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
print(sorted(keyword.__all__))
for w in ['if', 'None', 'none', 'async', 'await', 'match', 'case', '_', 'print',
          'lambda', 'nonlocal', 'type', 'exec', '', 'True', 'IF', 'yield ']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
print([k for k in keyword.kwlist if k[0].isupper()])
print(callable(keyword.iskeyword), callable(keyword.issoftkeyword))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
