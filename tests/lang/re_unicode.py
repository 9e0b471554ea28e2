# Patterns and subjects with non-ASCII characters: positions are characters.
import re
s = 'añb 日本語 ok é'
print(re.search('日本', s).span(), re.findall(r'\w+', s), [m.span() for m in re.finditer(r'\S+', s)])
print(re.sub('本', 'X', s), re.split(' ', s), re.match('a.b', s), re.search(r'é$', s).start())
print(re.findall('[ñé]', s), re.findall('[^ -~]', s), re.search(r'(?<=ñ)b', s).span(), re.sub(r'(\w+)', r'[\1]', 'ça va'))
print(re.match(r'(.)(.)', 'éü').groups(), re.escape('日本.'), re.fullmatch(r'\w+', 'ñx'))
