# Non-ASCII text: str counts code points, not bytes.
s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s[1:5])
print(s.replace('é', 'e'), 'ÉCOLE'.find('C'))
e = '€100'
print(len(e), e[0], ord(e[0]), chr(8364), e[1:])
c = '中文字符'
print(len(c), c[::-1], c[1:3], c.find('字'))
emoji = 'a😀b'
print(len(emoji), emoji[1] == '\U0001F600', emoji[2], ord(emoji[1]))
print(repr('é'), repr('\u200b'), repr('😀'), repr('\x85'))
print('ñ' < 'o', 'é' > 'z', sorted(['é', 'e', 'z', 'a']))
print(s.replace('ö', 'oe'), s.split('ö'), 'x'.join(['ü', 'ß']))
print(s.startswith('hé'), s.endswith('rld'), s.find('w'))
for ch in 'aé€😀':
    print(ch, ord(ch), hex(ord(ch)))
print([ch for ch in 'ça va'])
print(f'{s}|{len(s)}')
