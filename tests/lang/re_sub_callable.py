# sub with a function as the replacement.
import re
def dashrepl(m):
    return ' ' if m.group(0) == '-' else '-'
print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'education'))
words = {'cat': 'dog', 'red': 'blue'}
print(re.sub(r'\b\w+\b', lambda m: words.get(m.group(), m.group()), 'the red cat'))
print(re.sub('(?P<x>.)', lambda m: m['x'] * 2 + str(m.start()), 'abc'))
