# Patterns that backtrack a lot still give the right answer.
import re
print(re.match(r'(a*)*b', 'a' * 18), re.match(r'(a|aa)+c', 'a' * 20), re.search(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(?:a+)+b', 'a' * 15 + 'b').span(), re.match(r'(a|b|ab)*c', 'ab' * 10 + 'c').span())
print(len(re.findall('a', 'a' * 100000)), re.match('(?:ab)*', 'ab' * 50000).end(), re.match('(a|b)*', 'ab' * 20000).end())
print(re.match(r'(?:a{100}){100}', 'a' * 10000).end(), re.search('.*x', 'a' * 5000 + 'x').end())
print(re.compile('(' * 90 + 'a' + ')' * 90).match('a').span())
