# the Unicode error classes: hierarchy, constructors, str and repr
for cls in [UnicodeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad bytes')
print(str(e), repr(e), e.args)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 1, 2, 'bad')
print(e)
e = UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'nope')
print(e, repr(e))
e = UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'nope')
print(e)
print(str(UnicodeError('plain')), repr(UnicodeError()), isinstance(UnicodeError(), ValueError))
for bad in [lambda: UnicodeDecodeError('x'), lambda: UnicodeEncodeError(), lambda: UnicodeTranslateError('a')]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    raise UnicodeDecodeError('ascii', b'\x80', 0, 1, 'ordinal not in range(128)')
except ValueError as e:
    print('caught as ValueError:', e)
