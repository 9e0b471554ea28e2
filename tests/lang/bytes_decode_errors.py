# decode errors: CPython's reasons and positions, and the handlers
cases = [b'\xff', b'ab\xe2\x82', b'\xe2\x28\xa1', b'\xc0\x80', b'\xed\xa0\x80', b'\xf4\x90\x80\x80',
         b'\xf0\x9f\x98', b'ok\x80', b'\xc3', b'\xe0\x80\x80', b'\xf5']
for data in cases:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    b'ok\xc3\xa9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
for handler in ['ignore', 'replace', 'backslashreplace']:
    print(handler, repr(b'a\xffb\xe2\x82'.decode('utf-8', handler)), repr(b'a\xe9'.decode('ascii', handler)))
try:
    b'\xff'.decode('utf-8', 'xmlcharrefreplace')
except TypeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8', 'nope')
except LookupError as e:
    print(e)
