# Module-level functions with flags, and compiled equivalents.
import re
text = 'He was carefully disguised but captured quickly by police.'
print(re.findall(r'\w+ly\b', text), [m.start() for m in re.finditer(r'\w+ly\b', text)])
print(re.search('police', text, re.I).span(), re.match('he', text, re.I).group())
print(re.split(r'\s', text, maxsplit=2), re.subn(r'\bby\b', 'BY', text)[1])
print(re.fullmatch(r'[\w\s.]+', text) is not None, re.compile(r'\w+ly').findall(text))
print(re.template('a') if hasattr(re, 'template') and False else 'skip')
