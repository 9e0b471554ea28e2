# bytes literals: prefixes, escapes, concatenation, triple quotes
print(b'abc', B"abc", rb'\n\x00', Rb'a\\b', bR'x', br"\d+")
print(b'\x00\x01\x7f\x80\xfe\xff')
print(b'\t\n\r\a\b\f\v\\')
print(b'\101\102\7\0', b'\u1234', b'\N{DASH}', b'\q')
print(b'one' b'two' b"three")
print(b'''multi
line''', b"""tri"ple""")
print(len(b'\x00' * 4), len(rb'\x00'))
print(b'' == b"", b'a' != None)
