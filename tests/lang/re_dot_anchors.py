# The dot, ^ $ \A \Z with and without MULTILINE and DOTALL.
import re
s = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.findall(r'.+', s), re.findall(r'.+', s, re.S))
print(re.search(r'\Athree', s), re.search(r'three\Z', s), re.search(r'three\n\Z', s).span())
print(re.search('a$', 'a\n').span(), re.search('a$', 'a\n\n'), re.search('(?m)a$', 'a\n\n').span())
print(re.findall('^', 'a\nb', re.M), re.findall('$', 'a\nb\n', re.M), re.findall('$', 'a\nb\n'))
print(re.sub('(?m)^', '> ', 'l1\nl2'), re.sub('(?s).', '.', 'a\nb'))
