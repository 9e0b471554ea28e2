# Backreferences by number and by name, case-insensitive ones.
import re
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down'))
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi there" now').group())
print(re.search(r'(?i)(\w+) \1', 'Hello HELLO').group(), re.search(r'(a)|\1b', 'b'))
print(re.match(r'(a*)\1', 'aaaa').group(), re.match(r'(a)?\1', 'b'), re.match(r'(?:(a)|b)\1', 'aa'))
print(re.sub(r'(\w)\1', r'<\1\1>', 'aabbcd'), re.match(r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\10', 'abcdefghijj'))
