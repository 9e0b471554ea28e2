# \b and \B, Unicode and ASCII.
import re
print(re.findall(r'\b\w', 'hello big world'), re.findall(r'\B\w', 'ab cd'), re.sub(r'\b', '|', 'ab, cd'))
print(re.findall(r'\bé\w*', 'été éa xé'), re.findall(r'(?a)\b\w+\b', 'été ok'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.search(r'\bfoo\b', 'foo.bar').span(), re.search(r'\Bbar', 'foobar').span(), re.findall(r'\B', 'abc'))
