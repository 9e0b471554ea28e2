# Empty matches in findall, finditer, sub and split (Python 3.7 rules).
import re
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', ''))
print(re.findall(r'\b|:+', 'a::bc'), re.split(r'\b|:+', 'a::bc'), re.sub(r'\b|:+', '-', 'a::bc'))
print([m.span() for m in re.finditer(r'\b|:+', 'a::bc')], re.subn('^', '>', 'ab\ncd', flags=re.M))
print(re.split('(?=[A-Z])', 'HelloWorldFoo'), re.sub('(?<=a)', '!', 'aba'), re.findall('a??', 'aa'))
