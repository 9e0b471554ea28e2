# str.casefold (CaseFolding's full folds: ß, ligatures, Greek iota
# subscripts, final sigma, and its exceptions) and str.expandtabs.
for s in ['Straße', 'ẞIG', 'ﬁnal ﬂow', 'ΣΑΣ ς', 'ſ µ', 'ᾈ ῼ', 'İı', 'ᏣᎳᎩ ꮳꮃꭹ', 'ABC', '']:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
text = ''.join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000)
folded = text.casefold()
print(len(folded), sum(map(ord, folded)) % 1000003, sum(1 for ch in text if ch.casefold() != ch.lower()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'x'.casefold() is not None)
try:
    'a'.casefold('x')
except TypeError as e:
    print('TypeError:', e)

for s in ['a\tb', '\tx\n12\ty', 'abcdefgh\ti', 'é\tz\r\tq', '\t\t', '']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=3)),
          repr(s.expandtabs(0)), repr(s.expandtabs(-2)), repr(s.expandtabs(1)))
for bad in (("x",), (1.5,)):
    try:
        'a'.expandtabs(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    'a'.expandtabs(4, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.expandtabs(size=4)
except TypeError as e:
    print('TypeError:', e)
