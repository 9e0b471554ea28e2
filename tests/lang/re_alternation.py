# Alternation: leftmost branch wins, empty branches, inside groups.
import re
print(re.match('a|ab', 'ab').group(), re.match('ab|a', 'ab').group())
print(re.findall('cat|dog|bird', 'dog cat bird cow'), re.findall('a|', 'ab'), re.findall('|a', 'ab'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.sub(r'(red|green|blue) (car|bike)', r'\2:\1', 'red car, blue bike, pink car'))
print(re.findall(r'\b(?:Mr|Mrs|Ms)\. (\w+)', 'Mr. Smith and Mrs. Jones'))
