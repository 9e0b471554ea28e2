# encode errors: the handlers and CPython's UnicodeEncodeError messages
cases = [('é', 'ascii'), ('aéb', 'ascii'), ('aé€😀b', 'ascii'), ('a€', 'latin-1'),
         ('a😀', 'latin-1'), ('€€x€', 'latin-1'), ('ok\u0100', 'latin-1')]
for text, enc in cases:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
for handler in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(handler, 'aé€😀b'.encode('ascii', handler), 'a€'.encode('latin-1', handler))
try:
    'é'.encode('ascii', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
print('plain'.encode('ascii', 'bogus'))
for bad in [lambda: 'x'.encode('no-such-codec'), lambda: 'x'.encode(1), lambda: 'x'.encode('ascii', 2)]:
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
