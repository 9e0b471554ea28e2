# isinstance with built-in types and tuples of types.
values = [0, True, 1.5, 'x', [1], (1,), {'a': 1}, None, 2**64, range(2)]
types = [int, bool, float, str, list, tuple, dict]
for v in values:
    print(repr(v), [isinstance(v, t) for t in types])
print(isinstance(1, (str, int)), isinstance('a', (int, float)), isinstance(1.0, (int, (float, str))))
print(isinstance(True, int), isinstance(1, bool), isinstance(ValueError('x'), Exception))
print(isinstance(KeyError(), (ValueError, KeyError)), isinstance([], ()))
