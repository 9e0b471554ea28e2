# ord and chr across ASCII, Latin-1, the BMP and astral planes.
for c in ['a', 'A', '0', ' ', '\n', '\x00', '\x7f', '\x80', 'é', 'ÿ', 'Ā', '€', '中', '\uffff', '😀', '\U0010ffff']:
    print(repr(c), ord(c), repr(chr(ord(c))), chr(ord(c)) == c)
print(chr(65), chr(97) + chr(98), repr(chr(0)), chr(233), chr(0x20ac), chr(0x1F600), repr(chr(0x10FFFF)))
print([ord(c) for c in 'hello'], ''.join([chr(c) for c in [72, 105, 33]]))
print(chr(True), ord('a') - ord('A'), chr(ord('a') + 25))
