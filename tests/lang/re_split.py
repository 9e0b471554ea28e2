# split: plain, with groups, maxsplit, empty matches.
import re
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W+)', '...words, words...'), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.split(r'(x)|(y)', 'axbyc'), re.split(',', 'a,b,,c', maxsplit=2), re.split('z', 'abc'))
print(re.split('', 'abc'), re.split(r'\s*', ' a b '), re.compile(',').split('1,2'), re.split(rb',', b'a,b'))
