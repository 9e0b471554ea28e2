# str.isascii and str.isprintable: both true of the empty str.
for s in ['', 'abc', 'a b~', 'é', 'a\x7f', '\x00', 'tab\t', 'line\n', '\u00a0', '\u200b', 'ä漢字', '\U0001F600', ' ']:
    print(repr(s), s.isascii(), s.isprintable())
text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
print(sum(1 for ch in text if ch.isprintable()), sum(1 for ch in text if ch.isascii()))
for name in ('isascii', 'isprintable'):
    try:
        getattr('x', name)(1)
    except TypeError as e:
        print('TypeError:', e)
print(repr('\u0378\u2065\U000E0080\U0010FFFF'), repr('\u00e9\u4e00'))
