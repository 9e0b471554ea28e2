# Literal characters, escapes of metacharacters and character escapes.
import re
print(re.match('abc', 'abcdef'))
print(re.search(r'\.\*\+\?', 'x.*+?y'))
print(re.findall(r'\x41|\u00e9|\101|\n', 'A\u00e9\n'))
print(re.match(r'\t\v\f\r\a', '\t\v\f\r\a').span())
print(re.search(r'\0', 'a\x00b').start(), re.search(r'\\', 'a\\b').start())
print(re.search(r'[-]', 'a-b'), re.search(r'\-', 'a-b').start())
print(re.fullmatch(r'é+ü', 'ééü'), re.search('日本', 'この日本語').span())
