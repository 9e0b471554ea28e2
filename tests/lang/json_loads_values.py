# json.loads of every kind of value, whitespace, and the number grammar:
# ints of any size, floats with fractions and exponents, the constants.
import json

docs = ['1', '-0', '0', '-12', '1.5e3', '1E-2', '2e+2', '-0.0', '0.1', '1.0', '123456789012345678901234567890',
        '1e400', '-1e400', '3.141592653589793', '[1, 2, 3]', '{"a": {"b": [true, false, null]}}',
        ' [ ] ', '{ }', '\t\n\r {"k" :\n 1 } \n', 'NaN', 'Infinity', '-Infinity', '"\\/"',
        '[1e5, 1.0, -0.5, 0, 10]', '"spaces  inside"', '[[[[]]]]', '{"a": [], "b": {}, "c": ""}',
        '{"dup": 1, "dup": 2}', '["a", "b"]', '4.9e-324', '17.0000000000000001']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), repr(v), type(v).__name__)
deep = json.loads('[' * 100 + '1' + ']' * 100)
n = 0
while isinstance(deep, list):
    deep = deep[0]
    n += 1
print(n, deep)
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('  "x"', 2))
print(json.JSONDecoder().decode(' {"x": [1]} '))
