# JSONDecodeError for malformed documents: CPython's messages, with the
# character offset, line and column of the fault.
import json

bad = ['', ' ', '[', '{', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
       '"\\u12g4"', '01', '1.', '1e', '-', 'nul', 'tru', 'fals', '"a\nb"', '[1]x', '{"a":}', '\n\n  [1,\n  2,\n ]',
       '"\\', '"\\u1234', '\ufeff[]', '[-]', '1.e5', '.5', '[1,,2]', '{"a":1 "b":2}', '"\\ud800\\uzzzz"',
       'Infinit', '-Inf', '[NaNx]', '{"a":1}}', '[1]]', '+1', '0x10', '"\t"', "'single'", '{"a"', '{"a":',
       '[1,\n2,\n3', 'true false', '{"\\q": 1}', '   \n   x']
for doc in bad:
    try:
        print('parsed', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
e = json.JSONDecodeError('custom', 'ab\ncd', 4)
print(e, e.args, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads('[1,')
except ValueError as err:
    print(type(err).__name__, err)
