# sub and subn: templates, count, group references, escapes.
import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home'), re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a1b22'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'), re.sub(r'x', r'\n', 'axb'), re.sub('a', r'\\', 'bab'))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa'), re.subn('z', 'b', 'aaaa'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub(r'\s+', ' ', '  many   spaces  '), re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('b*', '-', 'abc'), re.subn(r'(?=x)', '^', 'axbx'))
print(re.sub(r'(\d+)', r'\g<0>\g<0>', 'a1b23'), re.sub('a', r'\-', 'a'), re.sub(r'(a)', r'\01\1', 'a'))
print(re.compile('o').sub('0', 'foo boo', 3), re.sub(rb'(o+)', rb'[\1]', b'foo'))
