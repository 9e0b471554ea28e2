# Character classes: ranges, negation, escapes inside, special first ].
import re
print(re.findall(r'[aeiou]', 'education'), re.findall(r'[^aeiou ]+', 'the quick fox'))
print(re.findall(r'[a-cx-z0-2]+', 'abcdxyz0123'), re.findall(r'[]x]+', 'a]x]b'), re.findall(r'[^]]+', 'a]b'))
print(re.findall(r'[\d\s]+', 'a1 2b'), re.findall(r'[^\w\s]', 'a, b! c?'), re.findall(r'[\\\]]', 'a\\b]'))
print(re.findall(r'[.*+?]', 'a.b*c+d?'), re.findall(r'[a-]+', 'a-a-b'), re.findall(r'[-a]+', 'b-a-'))
print(re.findall(r'[\x30-\x39]+', 'ab123'), re.findall(r'[\b]', 'a\bb'), re.findall(r'[^\D]+', 'ab12cd3'))
print(re.findall(r'[à-ÿ]+', 'voilà café'), re.findall(r'[\u3040-\u309f]+', 'ひらがなカタカナ'))
